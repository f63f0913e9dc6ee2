"""Tashkeel as the reader gets it (``reader.text.tashkeel.vocalise``): its diacritic error rate
on a public vocalised set it was not tuned on, and its speed on one core.

The set: the fully vocalised example sentences ("…" quotes) in Arramooz's noun definitions
(from the Al-Ghani dictionary; the database ships with arramooz-pysqlite, a dependency), the
marks taken off and put back by the model. DER counts, over every Arabic letter that carries a
mark in the reference, the letters whose marks (vowel, tanween, sukun, shadda) differ; "without
case endings" leaves out each word's last letter.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

from tests.bench.__main__ import Figure

MARKS = set("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
LETTER = re.compile(r"[\u0621-\u064A]")
QUOTE = re.compile(r'""([^"]+)""')


def sentences(limit: int = 2000) -> list[str]:
    import arramooz

    db = Path(arramooz.__file__).parent / "data" / "arabicdictionary.sqlite"
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    found: list[str] = []
    seen: set[str] = set()
    for (definition,) in conn.execute(
        "SELECT definition FROM nouns WHERE definition LIKE '%\"\"%' ORDER BY id"
    ):
        for quote in QUOTE.findall(definition):
            text = " ".join(quote.split())
            words = text.split()
            letters = LETTER.findall(text)
            marked = sum(1 for i, c in enumerate(text[:-1])
                         if LETTER.match(c) and text[i + 1] in MARKS)
            if len(words) >= 5 and letters and marked / len(letters) >= 0.75 \
                    and not re.search(r"[A-Za-z0-9]", text) and text not in seen:
                seen.add(text)
                found.append(text)
        if len(found) >= limit:
            break
    return found


def _letters(text: str) -> list[tuple[str, frozenset[str], bool]]:
    """(letter, its marks, whether it ends its word) for each Arabic letter."""
    out: list[tuple[str, frozenset[str], bool]] = []
    i = 0
    while i < len(text):
        char = text[i]
        i += 1
        if not LETTER.match(char):
            continue
        marks = set()
        while i < len(text) and text[i] in MARKS:
            marks.add(text[i])
            i += 1
        last = i >= len(text) or not LETTER.match(text[i])
        out.append((char, frozenset(marks), last))
    return out


def der(reference: list[str], predicted: list[str]) -> tuple[float, float]:
    errors = total = errors_inner = total_inner = 0
    for ref, pred in zip(reference, predicted, strict=True):
        a, b = _letters(ref), _letters(pred)
        if [x[0] for x in a] != [x[0] for x in b]:
            continue
        for (_, ref_marks, last), (_, pred_marks, _) in zip(a, b, strict=True):
            if not ref_marks:
                continue
            wrong = ref_marks != pred_marks
            total += 1
            errors += wrong
            if not last:
                total_inner += 1
                errors_inner += wrong
    return errors / max(total, 1), errors_inner / max(total_inner, 1)


def measure(limit: int) -> list[Figure]:
    from reader.text.tashkeel import vocalise

    reference = sentences(limit)
    bare = ["".join(c for c in s if c not in MARKS) for s in reference]
    vocalise("تحميل النموذج")  # its one-time load is not part of the speed
    started = time.perf_counter()
    predicted = [vocalise(s).text for s in bare]
    seconds = time.perf_counter() - started
    with_case, without_case = der(reference, predicted)
    words = sum(len(s.split()) for s in bare)
    text = " ".join(bare)
    started = time.perf_counter()
    vocalise(text)
    long_seconds = time.perf_counter() - started
    return [
        Figure("tashkeel-der", round(with_case * 100, 1), "%", "<= 5%", with_case <= 0.05,
               detail=f"{len(reference)} sentences, {words} words; without case endings "
               f"{without_case * 100:.1f}%"),
        Figure("tashkeel-speed", round(words / long_seconds), "words/s", ">= 2,000",
               words / long_seconds >= 2000,
               detail=f"the set as one text of {len(text):,} characters; sentence by "
               f"sentence {words / seconds:.0f} words/s"),
    ]


def window_toggle(kilobytes: int) -> list[Figure]:
    """View › Harakat › Add Harakat on a long article in the window (the path users get): the
    longest frame on the GUI thread while the task vocalises, and the one that shows the
    result (the article laid out again, as opening it does)."""
    import os
    import tempfile

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.importing.pipeline import parse_bytes
    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window, make_app
    from tests.bench.generator import article

    app = make_app()
    text, index = "", 0
    while len(text.encode("utf-8")) < kilobytes * 1024:
        text += article(index, seed=7, paragraphs=20).partition("\n\n")[2] + "\n"
        index += 1
    text = f"مقال طويل {kilobytes}\n\n" + text
    words = len(text.split())
    with tempfile.TemporaryDirectory() as folder:
        os.environ["QARI_SETTINGS"] = str(Path(folder) / "qari.ini")
        library = Library(Path(folder) / "lib.sqlite3")
        article_id = library.add(parse_bytes(text.encode("utf-8"), "long.txt"), b"").id
        window = create_window(library, Settings(), "en")
        window.resize(1366, 768)
        window.show()
        window.open_article(article_id)
        # The opening's own work done first (justifying a long article in slices).
        settled = time.perf_counter()
        while (not window.reader.justifier.finished() or window.session.runner.busy()) \
                and time.perf_counter() - settled < 120:
            app.processEvents()
            time.sleep(0.002)
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()

        def tick() -> None:
            gaps.append(clock.restart())

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        timer.start()
        started = time.perf_counter()
        window.action("harakat_add").trigger()
        while not window.reader.vocalised and time.perf_counter() - started < 600:
            app.processEvents()
            time.sleep(0.002)
        during = max(gaps[1:-1] or [0.0])
        vocalising = time.perf_counter() - started
        gaps.clear()
        while window.harakat.placing and time.perf_counter() - started < 900:
            app.processEvents()
            time.sleep(0.002)
        placing = time.perf_counter() - started - vocalising
        for _ in range(20):
            app.processEvents()
            time.sleep(0.005)
        shown = max(gaps or [0.0])  # while the paragraphs are put in place
        timer.stop()
        window.session.runner.wait_all(10)
        window.close()
        QApplication.processEvents()
        library.close()
    return [
        Figure(f"add harakat to a {kilobytes} KB article: longest frame",
               max(during, shown), "ms", "< 50 ms", max(during, shown) < 50,
               detail=f"while {words:,} words are vocalised on a task ({vocalising:.1f} s, "
               f"{words / vocalising:,.0f} words/s) the longest is {during:.0f} ms; then "
               f"the paragraphs are put in place in {placing:.1f} s of slices, the longest "
               f"frame {shown:.0f} ms"),
    ]
