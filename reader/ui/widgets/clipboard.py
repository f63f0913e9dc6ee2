"""Titles to the clipboard: text/plain exactly as stored (logical order, nothing added) and
text/html carrying each title's direction for rich-text editors."""

from __future__ import annotations

import html

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from reader.text.direction import direction_of


def titles_mime(titles: list[str]) -> QMimeData:
    mime = QMimeData()
    mime.setText("\n".join(titles))
    parts = [
        f'<div dir="{direction_of(t, "rtl")}">{html.escape(t, quote=False)}</div>' for t in titles
    ]
    mime.setHtml('<meta charset="utf-8">' + "".join(parts))
    return mime


def copy_titles(titles: list[str]) -> None:
    QGuiApplication.clipboard().setMimeData(titles_mime(titles))
