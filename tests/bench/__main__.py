"""Qari's benchmark suite: python -m tests.bench [--size N] [--only FIGURE] [--json FILE]
[--runs N] [--smoke]

Builds libraries from a deterministic generator (cached in bench-cache/), measures each figure
as the median of several runs, beside its floor measured in the same run, and prints a Markdown
table: figure, value, floor, ratio, target.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "bench-cache"
CORPUS = ROOT.parent / "shared" / "corpus"
GENERATOR_VERSION = 3


@dataclass
class Figure:
    name: str
    value: float
    unit: str
    target: str
    ok: bool
    floor: float | None = None
    detail: str = ""

    @property
    def ratio(self) -> float | None:
        return self.value / self.floor if self.floor else None


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


# -- libraries -------------------------------------------------------------------------------

def build_library(size: int) -> Path:
    """A library of ``size`` generated articles plus the corpus, built once and cached."""
    from reader.importing.pipeline import parse_bytes
    from reader.library.articles import Library
    from reader.library.importer import import_paths
    from tests.bench.generator import article

    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"library-{size}-v{GENERATOR_VERSION}.sqlite3"
    if path.exists():
        return path
    partial = path.with_suffix(".building")
    for leftover in CACHE.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    library = Library(partial)
    if CORPUS.is_dir():
        import_paths(library, [CORPUS / "saved-text", CORPUS / "ant"])
    for index in range(size):
        text = article(index)
        parsed = parse_bytes(text.encode("utf-8"), f"a{index}.txt")
        parsed.source = f"bench:{index}"
        library.add(parsed, text.encode("utf-8"))
        if index and index % 10000 == 0:
            print(f"  built {index}/{size} ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr)
    library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    partial.rename(path)
    print(f"  library of {size} built in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return path


def notes_library(size: int, notes: int) -> Path:
    from reader.library.articles import Library

    path = CACHE / f"notes-{size}-{notes}-v{GENERATOR_VERSION}.sqlite3"
    if path.exists():
        return path
    source = build_library(size)
    target = path.with_suffix(".building")
    target.write_bytes(source.read_bytes())
    library = Library(target)
    ids = [r[0] for r in library.conn.execute("SELECT id FROM articles ORDER BY id").fetchall()]
    for n in range(notes):
        article_id = ids[n % len(ids)]
        text = library.conn.execute(
            "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
        ).fetchone()[0]
        start = (n * 37) % max(len(text) - 30, 1)
        library.annotations.add_highlight(article_id, start, start + 20, note=f"note {n}")
    library.close()
    target.rename(path)
    return path


# -- figures ---------------------------------------------------------------------------------

def _child(
    mode: str, library: Path, settings: Path | None = None, keep: Path | None = None
) -> tuple[float, int]:
    """A start to the first painted window. ``settings``: the settings file it starts from
    (else none: a first start); ``keep``: end it as a person does (SIGTERM closes the window,
    which saves its state) and keep the settings it leaves there."""
    # The settings, the log and the window's socket in a folder of the run's own: never the
    # user's, and no socket left by an earlier (killed) run to be asked.
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_SETTINGS=str(home / "qari.ini"),
                   QARI_STATE=str(home / "state"), XDG_RUNTIME_DIR=str(home))
        if settings is not None:
            shutil.copy(settings, home / "qari.ini")
        if keep is not None:
            env["QARI_BENCH_HOLD"] = "1"
        started = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.bench.child", mode, str(library)],
            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )
        line = process.stdout.readline() if process.stdout else ""
        elapsed = time.perf_counter() - started
        if keep is not None and line.startswith("PAINTED"):
            time.sleep(1.0)  # what it does after its first frame, done
            process.send_signal(signal.SIGTERM)
            process.wait(60)
            shutil.copy(home / "qari.ini", keep)
        process.kill()
        process.wait()
    if not line.startswith("PAINTED"):
        raise RuntimeError(f"{mode} window did not paint")
    return elapsed, int(line.split()[1])


def compile_sources() -> None:
    """Bytecode for Qari's modules, as an installed Qari has (pip compiles on install). Where
    PYTHONDONTWRITEBYTECODE is set, a checkout would otherwise compile every module at every
    start: 30 to 40 ms that no user pays."""
    import compileall

    compileall.compile_dir(ROOT / "reader", quiet=1)
    compileall.compile_dir(ROOT / "tests" / "bench", quiet=1)


def startup(size: int, runs: int, target_ratio: float) -> Figure:
    """``qari`` to its first painted window beside the same widgets built without Qari (the
    floor: what any PySide6 program showing such a window pays) and an empty window."""
    library = build_library(size)
    compile_sources()
    ours, empty, widgets = [], [], []
    for _ in range(runs):  # interleaved, so that load on the machine hits all alike
        empty.append(_child("bare", library)[0])
        widgets.append(_child("widgets", library)[0])
        ours.append(_child("qari", library)[0])
    value, base = median(ours) * 1000, median(widgets) * 1000
    return Figure(f"start to first painted window, {size:,} library", value, "ms",
                  f"<= {target_ratio}x the same widgets", value <= target_ratio * base, base,
                  f"an empty window: {median(empty) * 1000:.0f} ms; runs "
                  + "/".join(f"{o * 1000:.0f}" for o in ours))


def startup_returning(size: int, runs: int) -> Figure:
    """``qari`` as most starts are: the window its last session left (its size, its panels)
    reopening the article it had open, a mid-length one, to the first painted text."""
    from reader.library.articles import Library
    from reader.ui.app.settings import Settings

    library = build_library(size)
    compile_sources()
    with tempfile.TemporaryDirectory() as folder:
        prepared = Path(folder) / "qari.ini"
        _child("qari", library, keep=prepared)  # a first start, ended as a person ends it
        opened = Library(library)
        lengths = opened.conn.execute(
            "SELECT article_id, length(plain_text) FROM bodies ORDER BY article_id"
        ).fetchall()
        opened.close()
        article_id, length = sorted(lengths, key=lambda row: row[1])[len(lengths) // 2]
        settings = Settings(prepared)
        settings.set_last_article(library, article_id)
        settings.sync()
        times = [_child("qari", library, settings=prepared)[0] for _ in range(runs)]
    value = median(times) * 1000
    return Figure(f"start to first painted window reopening its article ({length:,} "
                  f"characters), {size:,} library", value, "ms", "informational", True,
                  detail="runs " + "/".join(f"{t * 1000:.0f}" for t in times))


def memory(size: int, runs: int) -> Figure:
    library = build_library(size)
    compile_sources()
    ours = [_child("qari", library)[1] / 1024 for _ in range(runs)]
    floor = [_child("bare", library)[1] / 1024 for _ in range(runs)]
    value = median(ours)
    return Figure(f"resident memory, {size:,} library open", value, "MB", "<= 300 MB",
                  value <= 300, median(floor))


def _import_rate(files: list[Path], runs: int, workers: int | None) -> float:
    """In this process; ``workers=None`` is what ``qari import`` and the window choose."""
    from reader.library.articles import Library
    from reader.library.importer import import_paths

    rates = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as folder:
            library = Library(Path(folder) / "lib.sqlite3")
            started = time.perf_counter()
            outcomes = import_paths(library, files, workers=workers)
            elapsed = time.perf_counter() - started
            library.close()
            assert all(o.status == "imported" for o in outcomes), outcomes[:3]
            rates.append(len(files) / elapsed)
    return median(rates)


def _command_rate(folder: Path, count: int, runs: int) -> float:
    """``qari import FOLDER`` as a user runs it: a fresh process, start-up included."""
    rates = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as target:
            env = dict(os.environ, QARI_LIBRARY=str(Path(target) / "lib.sqlite3"))
            started = time.perf_counter()
            done = subprocess.run(
                [sys.executable, "-m", "reader", "import", str(folder), "--json"],
                env=env, capture_output=True, text=True, check=False,
            )
            elapsed = time.perf_counter() - started
            outcomes = json.loads(done.stdout)
            assert all(o["status"] == "imported" for o in outcomes), outcomes[:3]
            assert len(outcomes) == count
            rates.append(count / elapsed)
    return median(rates)


def _write_pages(folder: Path, make: Callable[[int], str], suffix: str, count: int) -> list[Path]:
    files = []
    for index in range(count):
        path = folder / f"page-{index:05}{suffix}"
        path.write_text(make(index), encoding="utf-8")
        files.append(path)
    return files


def _import_figure(name: str, make: Callable[[int], str], suffix: str, count: int, runs: int,
                   unit: str, target: float) -> Figure:
    with tempfile.TemporaryDirectory() as folder:
        files = _write_pages(Path(folder), make, suffix, count)
        rate = _command_rate(Path(folder), count, runs)
        inside = _import_rate(files, runs, workers=None)
        serial = _import_rate(files, 1, workers=0)
    return Figure(name, rate, unit, f">= {target:.0f} {unit}", rate >= target,
                  detail=f"start-up included; in one process: {inside:.0f}, on one core: "
                  f"{serial:.0f}")


def import_text(count: int, runs: int) -> Figure:
    from tests.bench.generator import saved_page

    return _import_figure(f"qari import of {count:,} saved-page text files", saved_page,
                          ".txt", count, runs, "files/s", 500)


def import_html(count: int, runs: int) -> Figure:
    from tests.bench.generator import html_page

    return _import_figure(f"qari import of {count:,} saved HTML pages", html_page, ".html",
                          count, runs, "pages/s", 40)


def pool_threshold(runs: int, counts: tuple[int, ...]) -> Figure:
    """From how many files parsing in every core beats one, beside how many the importer
    waits for (importer.POOL_SECONDS of estimated parsing)."""
    from reader.library.importer import cores, default_workers
    from tests.bench.generator import saved_page

    every_core = cores()
    found = None
    details = []
    chosen = None  # the fewest files the importer parses in every core
    for count in counts:
        with tempfile.TemporaryDirectory() as folder:
            files = _write_pages(Path(folder), saved_page, ".txt", count)
            one = _import_rate(files, runs, workers=0)
            every = _import_rate(files, runs, workers=every_core)
            if chosen is None and default_workers(files) > 1:
                chosen = count
        details.append(f"{count}: {one:.0f} vs {every:.0f}")
        if found is None and every > one:
            found = count
    value = float(found or 0)
    pooled = f"the importer pools from {chosen}" if chosen else "the importer pools above these"
    return Figure(f"files from which {every_core} parsing processes beat one (files/s one vs all)",
                  value, "files", pooled,
                  found is not None and (chosen is None or found <= chosen),
                  detail="; ".join(details))


def window_import(count: int) -> Figure:
    """A window imports ``count`` files as a user's drop would: the rate, and the longest the
    GUI thread went without turning its event loop (a frame). Measured in a fresh process,
    as a user's window is, apart from what this process's other figures leave behind (after
    the open-a-1-MB-article figure, one stall of 300 to 550 ms appears here, not found in a
    window of its own)."""
    done = subprocess.run(
        [sys.executable, "-c",
         "import json, sys; from tests.bench.__main__ import window_import_here as w; "
         f"f = w({count}); print(json.dumps([f.value, f.detail]))"],
        capture_output=True, text=True, check=True, cwd=ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    worst, detail = json.loads(done.stdout.strip().splitlines()[-1])
    return Figure(f"window import of {count:,} files: worst GUI frame", worst, "ms",
                  "no frame over 50 ms", worst <= 50, detail=detail)


def window_import_here(count: int) -> Figure:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window
    from tests.bench.generator import saved_page

    with tempfile.TemporaryDirectory() as folder:
        pages = Path(folder) / "pages"
        pages.mkdir()
        _write_pages(pages, saved_page, ".txt", count)
        library = Library(Path(folder) / "lib.sqlite3")
        window = create_window(library, Settings(), "en")
        window.resize(1200, 800)
        window.show()
        QApplication.processEvents()
        gaps: list[float] = []
        clock = QElapsedTimer()
        ticker = QTimer()
        ticker.setInterval(5)

        def tick() -> None:
            gaps.append(clock.nsecsElapsed() / 1e6)
            clock.restart()

        ticker.timeout.connect(tick)
        done: list[object] = []
        window.session.imports.finished.connect(done.append)
        started = time.perf_counter()
        clock.start()
        ticker.start()
        window.start_import([pages])
        while not done:
            QApplication.processEvents()
            time.sleep(0.001)
        elapsed = time.perf_counter() - started
        ticker.stop()
        imported = sum(o.status == "imported" for o in done[0].outcomes)  # type: ignore[attr-defined]
        assert imported == count, imported
        window.close()
        window.session.shutdown()
    worst = max(gaps) - 5  # the timer's own interval is not a stall
    return Figure(f"window import of {count:,} files: worst GUI frame", worst, "ms",
                  "no frame over 50 ms", worst <= 50,
                  detail=f"{count / elapsed:.0f} files/s; median frame "
                  f"{median(gaps) - 5:.1f} ms")


def note_save_large(runs: int) -> Figure:
    """Typing a note on a 1.4 MB article: the GUI thread's cost of each save (the panel saves
    half a second after the last key press)."""
    from reader.library.articles import Library
    from reader.library.importer import import_paths
    from reader.ui.app.annotation_controller import AnnotationController
    from tests.bench.generator import article

    with tempfile.TemporaryDirectory() as folder:
        parts, size, n = ["مقال طويل جدا عن المكتبات"], 0, 0
        while size < 1400 * 1024:
            body = article(n).partition("\n\n")[2]
            parts.append(body)
            size += len(body.encode())
            n += 1
        text = "\n\n".join(parts)
        path = Path(folder) / "long.txt"
        path.write_text(text, encoding="utf-8")
        library = Library(Path(folder) / "lib.sqlite3")
        [outcome] = import_paths(library, [path])
        controller = AnnotationController(library)
        note = controller.add_article_note(outcome.id)
        assert note is not None
        times = []
        typed = ""
        for n in range(max(runs * 10, 20)):
            typed += f" كلمة{n}"
            current = library.annotations.by_uuid(note.uuid)
            started = time.perf_counter()
            controller.edit(current, "note", typed)
            times.append(time.perf_counter() - started)
        size = len(text.encode()) / 1024 / 1024
        library.close()
    value = median(times) * 1000
    return Figure(f"save a note on a {size:.1f} MB article (GUI thread)", value, "ms",
                  "<= 5 ms", value <= 5, detail=f"max {max(times) * 1000:.1f} ms")


QUERIES = (
    "المكتبة", "الطلاب", "كتاب", "الجامعة الحديقة", "مدينه", "القراءة", "الاقتصاد النفط",
    "قال المدرب", "الطاقه", "Twitter", "2024", "٢٠٢٤", "\"الفريق المدرب\"", "الانتخ*",
    "الصحة المستشفى", "امتحان", "المسرح", "بالمدينة", "الحكومة الوزارة", "مهرجان",
)


def search(size: int, runs: int) -> Figure:
    import sqlite3

    from reader.library.articles import Library
    from reader.library.search_index import TITLE_WEIGHTS, WEIGHTS
    from reader.text.query import fts_expression, parse_query

    path = build_library(size)
    library = Library(path)
    bare = sqlite3.connect(path)
    ranked = (f"SELECT rowid, bm25(search, {WEIGHTS}) AS s FROM search WHERE search MATCH ?"
              " ORDER BY s LIMIT ?")
    ranked_titles = (f"SELECT rowid, bm25(titles, {TITLE_WEIGHTS}) AS s FROM titles"
                     " WHERE titles MATCH ? ORDER BY s LIMIT ?")

    def floor_query(query: str) -> None:
        # The same FTS5 queries Qari makes (title matches, then the rest when they leave
        # room), without reading titles and bodies or making snippets.
        terms = parse_query(query)
        title_expression = fts_expression(terms, phrase_columns="title")
        rows = bare.execute(ranked_titles, (title_expression, 20)).fetchall()
        if len(rows) < 20:
            bare.execute(ranked, (fts_expression(terms), 20 + len(rows))).fetchall()

    ours, floor, single, window = [], [], [], []
    for _ in range(runs):
        for query in QUERIES:
            started = time.perf_counter()
            floor_query(query)
            floor.append(time.perf_counter() - started)
            started = time.perf_counter()
            library.search(query, limit=20)
            ours.append(time.perf_counter() - started)
            # The window's list: 200 ranked, the first 25 with their snippets.
            started = time.perf_counter()
            library.rank(query, limit=200).hits(0, 25)
            window.append(time.perf_counter() - started)
            # For the record: one BM25 ranking of every match, as search did before tiers.
            started = time.perf_counter()
            bare.execute(ranked, (fts_expression(parse_query(query)), 20)).fetchall()
            single.append(time.perf_counter() - started)
    library.close()
    bare.close()
    value = p95(ours) * 1000
    return Figure(f"library search p95, {len(QUERIES)} Arabic queries, {size:,} library", value,
                  "ms", "p95 <= 20 ms", value <= 20, p95(floor) * 1000,
                  f"median {median(ours) * 1000:.1f} ms; the window's list, 200 ranked and 25 "
                  f"shown: p95 {p95(window) * 1000:.1f} ms; one BM25 ranking of all matches: "
                  f"p95 {p95(single) * 1000:.1f} ms")


def open_article(kilobytes: int, runs: int, target_ms: float) -> Figure:
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader.importing.pipeline import parse_bytes
    from reader.library.articles import Library
    from reader.ui.launch import make_app
    from reader.ui.reading.reading_view import ReadingView
    from tests.bench.generator import article

    make_app()
    text, index = "", 0
    while len(text.encode("utf-8")) < kilobytes * 1024:
        text += article(index, seed=7, paragraphs=20).partition("\n\n")[2] + "\n"
        index += 1
    text = f"مقال طويل {kilobytes}\n\n" + text
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "lib.sqlite3")
        result = library.add(parse_bytes(text.encode("utf-8"), "long.txt"), b"")
        stored = library.get(result.id)
        view = ReadingView()
        view.resize(1000, 800)
        view.show()
        bare = QTextBrowser()
        bare.resize(1000, 800)
        bare.show()
        ours, floor, spread, slices = [], [], [], []
        longest = 0.0
        for _ in range(runs):
            QApplication.processEvents()
            started = time.perf_counter()
            article_now = library.get(result.id)
            view.show_article(article_now)
            view.pane.viewport().repaint()
            ours.append(time.perf_counter() - started)
            # The rest of the justified paragraphs, spread in slices between frames.
            started = time.perf_counter()
            while not view.justifier.finished():
                slice_started = time.perf_counter()
                QApplication.processEvents()
                slices.append(time.perf_counter() - slice_started)
            spread.append(time.perf_counter() - started)
            longest = max(longest, view.justifier.longest_slice)
            started = time.perf_counter()
            doc = QTextDocument()
            doc.setPlainText(stored.plain_text)
            bare.setDocument(doc)
            bare.viewport().repaint()
            floor.append(time.perf_counter() - started)
            view.show_article(None)
        library.close()
        # Gone before the next figure: a shown 1 MB document left behind slows every frame
        # the next figure measures.
        for widget in (view, bare):
            widget.close()
            widget.deleteLater()
        # processEvents() leaves deferred deletions for later: deleting a 1 MB document then
        # stalls whatever figure comes next. Delete them now.
        from PySide6.QtCore import QCoreApplication, QEvent

        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()
    value = median(ours) * 1000
    size = f"{kilobytes} KB" if kilobytes < 1024 else f"{kilobytes // 1024} MB"
    return Figure(f"open a {size} Arabic article to painted view", value, "ms",
                  f"<= {target_ms:.0f} ms", value <= target_ms, median(floor) * 1000,
                  f"justified; the other paragraphs spread after it in "
                  f"{median(spread) * 1000:.0f} ms of slices, the longest "
                  f"{longest * 1000:.0f} ms (with Qt's own work between: "
                  f"{max(slices) * 1000:.0f} ms)")


def add_note(size: int, notes: int, runs: int) -> Figure:
    from reader.library.articles import Library

    path = notes_library(size, notes)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "lib.sqlite3"
        copy.write_bytes(path.read_bytes())
        library = Library(copy)
        count = library.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0]
        ids = [r[0] for r in library.conn.execute("SELECT id FROM articles LIMIT 50")]
        times = []
        for n in range(max(runs * 5, 10)):
            started = time.perf_counter()
            library.annotations.add_highlight(ids[n % len(ids)], 5, 25, note="جديدة")
            times.append(time.perf_counter() - started)
        library.close()
    value = median(times) * 1000
    return Figure(f"add a note, {count:,} notes in the library", value, "ms", "<= 10 ms",
                  value <= 10, detail=f"max {max(times) * 1000:.1f} ms")


def scrolling(size: int) -> Figure:
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    path = build_library(size)
    library = Library(path)
    window = create_window(library, Settings(), "ar")
    window.resize(1200, 800)
    window.show()
    QApplication.processEvents()
    window.model.complete()  # the ids past the first page, read after the first frame
    QApplication.processEvents()
    table = window.panel.table
    assert table.model().rowCount() == library.count(), "the list is not complete"
    bar = table.verticalScrollBar()
    frames = []
    value = 0
    while True:
        started = time.perf_counter()
        bar.setValue(value)
        table.viewport().repaint()
        frames.append(time.perf_counter() - started)
        if value >= bar.maximum():
            break
        value = min(value + bar.pageStep(), bar.maximum())
    window.close()
    library.close()
    worst = max(frames) * 1000
    return Figure(f"scroll the {size:,} library list end to end ({len(frames)} frames)", worst,
                  "ms (worst frame)", "no frame over 50 ms", worst <= 50,
                  detail=f"median {median(frames) * 1000:.1f} ms")


# -- the table -------------------------------------------------------------------------------

def plan(
    size: int, runs: int, smoke: bool
) -> dict[str, Callable[[], Figure | list[Figure]]]:
    from tests.bench import feeds, organise, sync, tashkeel, words
    from tests.bench import pages as real
    small = min(size, 10_000)
    texts, pages = (40, 10) if smoke else (1000, 200)
    return {
        "startup": lambda: startup(small, runs, 1.15),
        "startup-large": lambda: startup(size, runs, 1.5),
        "startup-returning": lambda: startup_returning(small, runs),
        "import-text": lambda: import_text(texts, runs),
        "import-html": lambda: import_html(pages, runs),
        "search": lambda: search(size, runs),
        "open-100k": lambda: open_article(100, runs, 60),
        "open-1m": lambda: open_article(1024, runs, 400),
        "add-note": lambda: add_note(small, 50 if smoke else 10_000, runs),
        "note-save-large": lambda: note_save_large(runs),
        "window-import": lambda: window_import(texts),
        "pool-threshold": lambda: pool_threshold(
            1 if smoke else 3, (20, 40) if smoke else (50, 100, 150, 200, 300, 400)
        ),
        "memory": lambda: memory(size, runs),
        "scroll": lambda: scrolling(size),
        "import-pages": lambda: real.real_pages(1 if smoke else runs),
        "organise-filter": lambda: organise.filtering(size, runs),
        "organise-tagging": lambda: organise.bulk_tagging(size, 1 if smoke else 3),
        "organise-startup": lambda: organise.startup_with_tags(small, runs),
        "feeds-refresh": lambda: feeds.refresh_in_window(1 if smoke else min(runs, 3),
                                                         10 if smoke else 50),
        "feeds-big": lambda: feeds.big_feed(1 if smoke else runs, 1000 if smoke else 10_000),
        "watched-folder": lambda: feeds.watched_folder(2 if smoke else 5),
        "lookup": lambda: words.lookup(1 if smoke else min(runs, 3)),
        "search-root": lambda: words.root_search(size, runs),
        "sync-webdav": lambda: sync.first_and_incremental(small, "webdav"),
        "sync-folder": lambda: sync.first_and_incremental(small, "folder"),
        "sync-converge": lambda: [sync.convergence(100 if smoke else 1000)],
        "tashkeel": lambda: tashkeel.measure(50 if smoke else 2000),
        "tashkeel-window": lambda: tashkeel.window_toggle(16 if smoke else 1024),
    }


def table(figures: list[Figure]) -> str:
    lines = ["| figure | value | floor | ratio | target | met |", "|---|---|---|---|---|---|"]
    for f in figures:
        floor = f"{f.floor:.1f}" if f.floor is not None else "-"
        ratio = f"{f.ratio:.2f}x" if f.ratio is not None else "-"
        value = f"{f.value:.1f} {f.unit}" + (f" ({f.detail})" if f.detail else "")
        lines.append(f"| {f.name} | {value} | {floor} | {ratio} | {f.target} | "
                     f"{'yes' if f.ok else 'NO'} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench")
    parser.add_argument("--size", type=int, default=100_000, help="large library size")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--only", action="append", help="run only this figure (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--smoke", action="store_true",
                        help="tiny libraries, one run: proves the suite still works")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QARI_SETTINGS", str(Path(tempfile.mkdtemp()) / "qari.ini"))
    if args.smoke:
        args.size, args.runs = 300, 1
    figures_plan = plan(args.size, args.runs, args.smoke)
    unknown = set(args.only or []) - set(figures_plan)
    if unknown:
        parser.error(f"unknown figure {sorted(unknown)}; choose from {sorted(figures_plan)}")
    results = []
    for name, run in figures_plan.items():
        if args.only and name not in args.only:
            continue
        print(f"measuring {name}…", file=sys.stderr)
        made = run()
        for figure in made if isinstance(made, list) else [made]:
            results.append(figure)
            print(table([figure]).splitlines()[-1], file=sys.stderr)
    print(table(results))
    if args.json:
        args.json.write_text(
            json.dumps([asdict(f) | {"ratio": f.ratio} for f in results], indent=2) + "\n",
            encoding="utf-8",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
