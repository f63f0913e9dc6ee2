"""README's screenshots, taken as a person sees the window: a real X server (Xvfb) at a laptop's
1366x768, a first start of Qari on a small library, the welcome article open with a
highlight and a note.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        python -m tests.ui.screenshots docs/screenshots

Writes reading-en.png, reading-ar.png and focus-ar.png; and, from a vocalised passage written
for them, justify-ar.png (ragged beside justified) and harakat-ar.png (shown beside hidden).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def shoot(out: Path, lang: str, focus: bool = False) -> Path:
    folder = Path(tempfile.mkdtemp(prefix="qari-shots-"))
    os.environ["QARI_SETTINGS"] = str(folder / "qari.ini")
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.library.importer import import_paths
    from reader.ui.app.session import Session
    from reader.ui.app.settings import Settings
    from reader.ui.launch import make_app, show_window
    from reader.ui.window.welcome import ensure_welcome
    from tests.ui.conftest import ENGLISH_ARTICLE, MIXED_ARTICLE

    app = make_app()
    library = Library(folder / "library.sqlite3")
    for name, text in (("english", ENGLISH_ARTICLE), ("mixed", MIXED_ARTICLE)):
        (folder / f"{name}.txt").write_text(text, "utf-8")
        import_paths(library, [folder / f"{name}.txt"])
    welcome = ensure_welcome(library)
    assert welcome is not None
    text = library.get(welcome).plain_text
    start = text.index("\n\n") + 2
    note = "تظليل وملاحظة: يبقيان مع النص" if lang == "ar" else "A note stays with its passage"
    library.annotations.add_highlight(welcome, start, start + 40, "yellow", note)
    session = Session(library, Settings())
    window = show_window(session, lang)
    window.open_article(welcome)
    if focus:
        window.window_layout.enter_focus()
    for _ in range(30):
        app.processEvents()
    QApplication.processEvents()
    image = QGuiApplication.primaryScreen().grabWindow(0)
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))
    session.runner.shutdown()
    window.hide()
    return out


# Written for these pictures: a vocalised passage in the register of a newspaper column.
PASSAGE = (
    "ذَهَبْتُ صَبَاحَ السَّبْتِ إِلَى الْمَكْتَبَةِ الْعَامَّةِ فِي وَسَطِ الْمَدِينَةِ، وَجَلَسْتُ "
    "قُرْبَ النَّافِذَةِ الْكَبِيرَةِ أَقْرَأُ مَقَالًا طَوِيلًا عَنْ تَارِيخِ الطِّبَاعَةِ الْعَرَبِيَّةِ "
    "وَكَيْفَ انْتَقَلَتِ الْحُرُوفُ مِنْ أَيْدِي الْخَطَّاطِينَ إِلَى الْمَطَابِعِ ثُمَّ إِلَى "
    "الشَّاشَاتِ.\n\n"
    "وَيَرَى الْكَاتِبُ أَنَّ الْقَارِئَ الْعَرَبِيَّ يَسْتَحِقُّ نَصًّا مَضْبُوطَ الْأَسْطُرِ، "
    "مُتَّصِلَ الْحُرُوفِ، تَبْقَى فِيهِ الْكَلِمَاتُ كَمَا رَسَمَهَا الْخَطَّاطُ، وَلَا تَتَفَرَّقُ "
    "حُرُوفُهَا لِتَمْلَأَ السَّطْرَ، فَالْمَسَافَةُ مَكَانُهَا بَيْنَ الْكَلِمَاتِ لَا دَاخِلَهَا."
)


def _ink_box(image: object) -> tuple[int, int, int, int]:
    """The box holding the page's text (dark pixels), below the bar, away from the scroll bar."""
    from PySide6.QtGui import QColor, QImage

    assert isinstance(image, QImage)
    xs, ys = [], []
    for y in range(56, image.height(), 2):  # below the reading bar
        for x in range(24, image.width() - 24, 2):
            if QColor(image.pixel(x, y)).lightness() < 100:
                xs.append(x)
                ys.append(y)
    return min(xs), min(ys), max(xs), max(ys)


def typography(out: Path, name: str, left: dict[str, object], right: dict[str, object]) -> Path:
    """The same passage in the reading view twice, side by side: ``right`` as the reader
    would set it, ``left`` as the comparison (Arabic reads from the right)."""
    folder = Path(tempfile.mkdtemp(prefix="qari-shots-"))
    os.environ["QARI_SETTINGS"] = str(folder / "qari.ini")
    from PySide6.QtGui import QImage, QPainter

    from reader.library.articles import Library
    from reader.library.importer import import_paths
    from reader.ui.launch import make_app
    from reader.ui.render import render_png

    make_app()
    library = Library(folder / "library.sqlite3")
    (folder / "passage.txt").write_text("الحروف المتصلة\n\n" + PASSAGE, "utf-8")
    [outcome] = import_paths(library, [folder / "passage.txt"])
    halves = []
    for prefs in (left, right):
        shot = render_png(library, outcome.id, folder / "half.png", width=1024, height=760,
                          lang="ar", whole_window=False, prefs=prefs | {"measure": 52})
        page = QImage(str(shot))
        x0, y0, x1, y1 = _ink_box(page)
        halves.append(page.copy(x0 - 24, y0 - 20, x1 - x0 + 48, y1 - y0 + 40))
    image = QImage(2 * halves[0].width() + 12, halves[0].height(), QImage.Format.Format_RGB32)
    image.fill(0x888888)
    painter = QPainter(image)
    painter.drawImage(0, 0, halves[0])
    painter.drawImage(halves[0].width() + 12, 0, halves[1])
    painter.end()
    target = out / f"{name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(target))
    return target


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else Path("docs/screenshots")
    which = argv[1] if len(argv) > 1 else ""
    shots = {
        "reading-en": ("en", False), "reading-ar": ("ar", False), "focus-ar": ("ar", True)
    }
    for name, (lang, focus) in shots.items():
        if which and name != which:
            continue
        print(shoot(target / f"{name}.png", lang, focus))
    pairs = {
        "justify-ar": ({"justify": "off"}, {"justify": "arabic"}),
        "harakat-ar": ({"harakat": "show"}, {"harakat": "hide"}),
    }
    for name, (left, right) in pairs.items():
        if not which or name == which:
            print(typography(target, name, left, right))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
