"""README's screenshots, taken as a person sees the window: a real X server (Xvfb) at a laptop's
1366x768, a first start of Qari on a small library, the welcome article open with a
highlight and a note.

    xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb \\
        python -m tests.ui.screenshots docs/screenshots

Writes reading-en.png, reading-ar.png and focus-ar.png.
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
    from reader.ui.app import make_app, show_window
    from reader.ui.session import Session
    from reader.ui.settings import Settings
    from reader.ui.welcome import ensure_welcome
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
