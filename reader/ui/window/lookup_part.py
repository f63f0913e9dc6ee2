"""The window's share of looking words up: a double-click on a word (or Notes › Look Up Word,
or the text's context menu) opens the Word panel beside the text with what the word is.
The analysis runs on a task: the analyser loads with the first lookup (half a second)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

if TYPE_CHECKING:
    from reader.text.morphology import Lookup
    from reader.text.word_at import WordAt
    from reader.ui.app.session import Session
    from reader.ui.reading.reading_view import ReadingView
    from reader.ui.words.lookup_panel import LookupPanel


class LookupPart(QObject):
    """Given the window (to place the panel), the session and the reading view."""

    def __init__(self, window: QMainWindow, session: Session, reader: ReadingView,
                 beside: QDockWidget) -> None:
        super().__init__(window)
        self.window, self.session, self.reader, self.beside = window, session, reader, beside
        self.dock: QDockWidget | None = None
        self.panel: LookupPanel | None = None
        self.last: WordAt | None = None
        self._serial = 0
        reader.pane.double_clicked.connect(self.look_up)

    def _ensure_panel(self) -> LookupPanel:
        if self.panel is None:  # made with the first lookup: not part of the first paint
            from reader.ui.words.lookup_panel import LookupPanel

            self.panel = LookupPanel(self.window)
            self.dock = QDockWidget(self.tr("Word"), self.window)
            self.dock.setObjectName("wordDock")
            self.dock.setWidget(self.panel)
            trailing = (
                Qt.DockWidgetArea.LeftDockWidgetArea
                if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
                else Qt.DockWidgetArea.RightDockWidgetArea
            )
            self.window.addDockWidget(trailing, self.dock)
            if self.beside.isVisible():
                self.window.tabifyDockWidget(self.beside, self.dock)
        assert self.dock is not None
        self.dock.show()
        self.dock.raise_()
        return self.panel

    def look_up(self) -> None:
        found = self.reader.word_at_cursor()
        if found is None:
            return
        self.last = found
        panel = self._ensure_panel()
        panel.show_loading(found.word)
        self._serial += 1
        serial = self._serial

        def work(_context: object) -> Lookup:
            from reader.text.morphology import analyse

            return analyse(found.word, found.before)

        def done(result: Lookup) -> None:
            if serial == self._serial and self.panel is not None:
                self.panel.show_lookup(result)

        self.session.runner.run(work, success=done, failure=self.session.errors.report,
                                name="lookup", owner=self.panel)
