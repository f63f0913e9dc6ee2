"""The window's share of reading aloud: View › Read Aloud (play and pause, stop, the previous
and next sentence, faster, slower), from the selection, the clicked place, or the first line
in view; the spoken word marked and kept in view; a word in the status bar."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QWidget

from reader.ui.app.i18n import in_digits
from reader.ui.reading.spoken_word import mark_spoken

if TYPE_CHECKING:
    from reader.ui.app.session import Session
    from reader.ui.reading.reading_view import ReadingView


class ReadAloudPart(QObject):
    def __init__(self, parent: QWidget, session: Session, reader: ReadingView,
                 status: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self.session, self.reader, self.status = session, reader, status
        controller = session.read_aloud
        controller.word.connect(self._word)
        controller.told.connect(lambda text: self.status(text, 10000))
        controller.state.connect(self._state)

    def _start_offset(self) -> int:
        selection = self.reader.selection_range()
        if selection is not None:
            return selection[0]
        pane, doc = self.reader.pane, self.reader.doc
        cursor = pane.textCursor()
        if doc is not None and cursor.position() > 0:
            rect = pane.cursorRect(cursor)
            if 0 <= rect.top() < pane.viewport().height():  # a place clicked, in view
                found = doc.to_plain(cursor.position())
                if found is not None:
                    return found
        return self.reader.reading_position()

    def play_pause(self) -> None:
        article = self.reader.article
        controller = self.session.read_aloud
        if article is None:
            return
        if controller.active and controller.article_id == article.id:
            controller.toggle()
            return
        controller.play(article.id, article.plain_text, self._start_offset())

    def stop(self) -> None:
        self.session.read_aloud.stop()

    def next_sentence(self) -> None:
        self.session.read_aloud.next_sentence()

    def previous_sentence(self) -> None:
        self.session.read_aloud.previous_sentence()

    def faster(self) -> None:
        self.session.read_aloud.faster()
        self._say_rate()

    def slower(self) -> None:
        self.session.read_aloud.slower()
        self._say_rate()

    def _say_rate(self) -> None:
        self.status(in_digits(self.tr("Reading speed: %1 words a minute")
                              .replace("%1", str(self.session.read_aloud.rate))), 3000)

    def _word(self, start: int, end: int) -> None:
        article = self.reader.article
        controller = self.session.read_aloud
        if start >= 0 and (article is None or article.id != controller.article_id):
            controller.stop()  # another article is open: its words are not these
            return
        mark_spoken(self.reader, start, end)
        if start >= 0:
            # The text cursor follows, so that Play after a stop goes on from here.
            cursor = QTextCursor(self.reader.pane.document())
            if self.reader.doc is not None:
                cursor.setPosition(self.reader.doc.to_document(start))
                self.reader.pane.setTextCursor(cursor)

    def _state(self, state: str) -> None:
        if state == "paused":
            self.status(self.tr("Reading aloud paused"), 3000)
        elif state == "stopped":
            mark_spoken(self.reader, -1, -1)
