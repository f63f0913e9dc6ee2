"""The window's share of looking words up: a double-click on a word (or Notes › Look Up Word,
or the text's context menu) opens the Word panel beside the text with what the word is; Add
to Vocabulary keeps it, with its sentence; Notes › Vocabulary lists what was kept.
The analysis runs on a task: the analyser loads with the first lookup (half a second)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

if TYPE_CHECKING:
    from reader.text.morphology import Lookup
    from reader.text.word_at import WordAt
    from reader.ui.app.session import Session
    from reader.ui.reading.reading_view import ReadingView
    from reader.ui.words.lookup_panel import LookupPanel
    from reader.ui.words.vocabulary_dialog import VocabularyDialog


class LookupPart(QObject):
    """Given the window (to place the panel), the session and the reading view."""

    def __init__(self, window: QMainWindow, session: Session, reader: ReadingView,
                 beside: QDockWidget, open_article: Callable[[int], object],
                 status: Callable[[str, int], None]) -> None:
        super().__init__(window)
        self.window, self.session, self.reader, self.beside = window, session, reader, beside
        self.open_article, self.status = open_article, status
        self.dialog: VocabularyDialog | None = None
        self.dock: QDockWidget | None = None
        self.panel: LookupPanel | None = None
        self.last: WordAt | None = None
        self._serial = 0
        reader.pane.double_clicked.connect(self.look_up)
        reader.derivatives = self._derivatives  # root:كتب found in the open article too

    def _derivatives(self, roots: tuple[str, ...], lemmas: tuple[str, ...]) -> frozenset[str]:
        from reader.library.word_index import derivatives

        return derivatives(self.session.library.conn, roots, lemmas)

    def _ensure_panel(self) -> LookupPanel:
        if self.panel is None:  # made with the first lookup: not part of the first paint
            from reader.ui.words.lookup_panel import LookupPanel

            self.panel = LookupPanel(self.window)
            self.panel.add_requested.connect(self.add_to_vocabulary)
            self.panel.add_button.setVisible(not self.session.library.read_only)
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

    def add_to_vocabulary(self) -> None:
        """The looked-up word, its likeliest reading and its sentence, kept."""
        from reader.library.vocabulary import Word

        found = self.panel.found if self.panel is not None else None
        top = self.panel.chosen_reading() if self.panel is not None else None
        article = self.reader.article
        if found is None or top is None or self.last is None:
            return
        entry = Word(found.word, top.lemma, top.root, top.pos, top.definitions,
                     self.last.sentence, article.id if article else None,
                     article.title if article else "")

        def work(context: object) -> Word:
            return context.library.vocabulary.add(entry)  # type: ignore[attr-defined]

        def done(kept: Word) -> None:
            self.status(self.tr("“%1” added to the vocabulary").replace("%1", kept.word), 5000)
            if self.panel is not None:
                self.panel.add_button.setEnabled(False)
            if self.dialog is not None:
                self.dialog.reload()

        self.session.runner.run(work, success=done, failure=self.session.errors.report,
                                name="vocabulary", owner=self.window)

    def show_vocabulary(self) -> None:
        if self.dialog is None:
            from reader.ui.words.vocabulary_dialog import VocabularyDialog

            self.dialog = VocabularyDialog(self.session.library, self.open_article,
                                           self._remove, self.window)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()

    def _remove(self, entry_id: int) -> None:
        def work(context: object) -> bool:
            return context.library.vocabulary.remove(entry_id)  # type: ignore[attr-defined]

        def done(_removed: bool) -> None:
            if self.dialog is not None:
                self.dialog.reload()

        self.session.runner.run(work, success=done, failure=self.session.errors.report,
                                name="vocabulary", owner=self.window)
