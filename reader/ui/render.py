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
) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from reader.ui.app import create_window
    from reader.ui.settings import Settings

    settings = Settings()
    window = create_window(library, settings, lang)
    if theme:
        window.prefs.theme = theme
        window.reader.apply_prefs(window.prefs)
    window.resize(width, height)
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
    window.deleteLater()
    return out
