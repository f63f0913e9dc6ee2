"""Find in the article (Ctrl+F): the library search's normalisation, every match
highlighted, a count, next and previous, Escape to close."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from reader.text.query import find_matches, parse_query
from reader.ui.app.i18n import number


class FindBar(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.previous_button = QToolButton(self)
        self.previous_button.setText(self.tr("Previous"))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("Next"))
        self.close_button = QToolButton(self)
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.edit, self.count, self.previous_button, self.next_button,
                       self.close_button):
            layout.addWidget(widget)
        self.matches: list[tuple[int, int]] = []  # document positions
        self.current = -1
        self.view = None
        self.edit.textChanged.connect(self.update_matches)
        self.edit.returnPressed.connect(self.next)
        self.next_button.clicked.connect(self.next)
        self.previous_button.clicked.connect(self.previous)
        self.close_button.clicked.connect(self.close_bar)
        self.hide()

    def attach(self, view: object) -> None:
        """``view`` is the ReadingView whose article is searched."""
        self.view = view

    def open_bar(self, text: str | None = None) -> None:
        self.show()
        if text is not None:
            self.edit.setText(text)
        self.edit.setFocus()
        self.edit.selectAll()
        self.update_matches()

    def close_bar(self) -> None:
        self.hide()
        self.matches = []
        self._paint()
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.previous()
            return
        super().keyPressEvent(event)

    def update_matches(self) -> None:
        view = self.view
        self.matches = []
        self.current = -1
        if view is not None and view.article is not None and view.doc is not None:
            spans = self._spans(view.article.plain_text, self.edit.text())
            self.matches = [
                (view.doc.to_document(s), view.doc.to_document(e)) for s, e in spans
            ]
        if self.matches:
            self._go(0)
        else:
            self._paint()
        self._update_count()

    def _spans(self, text: str, query: str) -> list[tuple[int, int]]:
        """The query's words, and (``root:كتب``, ``lemma:كتاب``, as a search result opens the
        article with) every word of those roots and lemmas."""
        from reader.library.filters import SearchFilters, query_filters

        words, filters = query_filters(query, SearchFilters())
        spans = find_matches(text, parse_query(words)) if words.strip() else []
        find_words = getattr(self.view, "derivatives", None)
        if filters.by_words and find_words is not None:
            from reader.library.word_index import derivative_spans

            spans = sorted(set(spans) | set(derivative_spans(
                text, find_words(filters.roots, filters.lemmas))))
        return spans

    def _update_count(self) -> None:
        if not self.edit.text().strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("No matches"))
        else:
            self.count.setText(
                self.tr("%1 of %2")
                .replace("%1", number(self.current + 1))
                .replace("%2", number(len(self.matches)))
            )

    def next(self) -> None:
        if self.matches:
            self._go((self.current + 1) % len(self.matches))

    def previous(self) -> None:
        if self.matches:
            self._go((self.current - 1) % len(self.matches))

    def _go(self, index: int) -> None:
        self.current = index
        self._paint()
        self._update_count()
        pane = self.view.pane
        cursor = QTextCursor(pane.document())
        cursor.setPosition(self.matches[index][0])
        pane.setTextCursor(cursor)
        pane.ensureCursorVisible()

    def _paint(self) -> None:
        if self.view is None:
            return
        selections = []
        for i, (start, end) in enumerate(self.matches):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.view.pane.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor("#ff9632" if i == self.current else "#ffe066"))
            fmt.setForeground(QColor("#000000"))
            selection.format = fmt
            selections.append(selection)
        self.view.pane.find_selections = selections
        self.view.pane.show_selections()
