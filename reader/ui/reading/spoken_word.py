"""The word being read aloud, marked in the reading view (a background over the text, so Qt
still shapes the word with its neighbours) and kept in view: when it leaves the visible part,
its line is brought to a third of the way down."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

if TYPE_CHECKING:
    from reader.ui.reading.reading_view import ReadingView

SPOKEN = "#9ecbff"  # a blue apart from the highlight colours and find's yellow and orange


def mark_spoken(view: ReadingView, start: int, end: int) -> None:
    """Mark the stored-text range [start, end) (nothing when start < 0)."""
    pane = view.pane
    if view.doc is None or start < 0 or end <= start:
        pane.spoken_selections = []
        pane.show_selections()
        return
    cursor = QTextCursor(view.doc.document)
    cursor.setPosition(view.doc.to_document(start))
    cursor.setPosition(view.doc.to_document(end), QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    fmt = QTextCharFormat()
    colour = QColor(SPOKEN)
    colour.setAlpha(170)
    fmt.setBackground(colour)
    selection.format = fmt
    pane.spoken_selections = [selection]
    pane.show_selections()
    rect = pane.cursorRect(cursor)
    viewport = pane.viewport().rect()
    if rect.top() < 0 or rect.bottom() > viewport.height():
        bar = pane.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - viewport.height() // 3)
