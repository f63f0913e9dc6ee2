"""Offscreen rendering of the window showing one article, for docs and checks."""

from __future__ import annotations

import os
from pathlib import Path

from reader.library.articles import Library


def render_png(
    library: Library,
    article_id: int,
    out: Path,
    *,
    width: int = 1200,
    height: int = 800,
    theme: str | None = None,
    lang: str = "en",
    whole_window: bool = True,
    prefs: dict[str, object] | None = None,
    screen: bool = False,
) -> Path:
    """The window at this size with the article open, or with ``screen``, the window a first
    start makes on a screen of this size (its size and its panels: what a reader sees);
    ``prefs`` sets reading preferences (justify, kashida, harakat, digits, calendar…) as a
    reader would have."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import shutil
    import tempfile

    from reader import paths
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    # The user's preferences, read from a copy: a render never writes them (the last
    # article, the reading position, a theme given here stay out of the user's settings).
    scratch = Path(tempfile.mkdtemp(prefix="qari-render-"))
    copy = scratch / "qari.ini"
    if paths.settings_path().is_file():
        shutil.copyfile(paths.settings_path(), copy)
    settings = Settings(copy)
    window = create_window(library, settings, lang)
    changes = dict(prefs or {}) | ({"theme": theme} if theme else {})
    if changes:
        for name, value in changes.items():
            setattr(window.reading_prefs.prefs, name, value)
        window.reading_prefs.prefs.clamp()
        window.reading_prefs.apply()
    if screen:
        from PySide6.QtCore import QRect

        window.window_layout.first_geometry(QRect(0, 0, width, height))
    else:
        window.resize(width, height)
    window.window_layout.first_panels()  # the panels a first start gives this width
    if not window.open_article(article_id):
        window.deleteLater()
        raise LookupError(f"no article with id {article_id}")
    window.show()
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    QApplication.processEvents()  # and what the window does right after its first frame
    widget = window if whole_window else window.reader
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):
        raise OSError(f"cannot write {out}")
    window.hide()
    window.session.runner.shutdown()
    window.deleteLater()
    shutil.rmtree(scratch, ignore_errors=True)
    return out
