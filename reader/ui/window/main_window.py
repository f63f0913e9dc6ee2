"""The main window, a view of the application session: it puts the parts together (the
library's view, the reading view, the docks, arrivals, the organiser, preferences, help),
gives each what it needs, routes the actions, and updates them from the session's changes.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from reader.text.normalize import isolate
from reader.ui.app.changes import Changes
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.i18n import in_digits
from reader.ui.library.library_view import LibraryView
from reader.ui.notes.notes_docks import NotesDocks
from reader.ui.reading.reading_view import ReadingView
from reader.ui.window.action_builder import WindowActions
from reader.ui.window.import_status import ImportStatus
from reader.ui.window.lazy_part import LazyPart, make_all
from reader.ui.window.reading_prefs import ReadingPrefsPart
from reader.ui.window.window_layout import WindowLayout

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeyEvent

    from reader.library.articles import Article
    from reader.library.search_index import SearchHit
    from reader.ui.app.session import Session
    from reader.ui.library.organiser import Organiser
    from reader.ui.widgets.toast import Toast
    from reader.ui.window.arrivals import Arrivals
    from reader.ui.window.feeds_part import FeedsPart
    from reader.ui.window.harakat_part import HarakatPart
    from reader.ui.window.help import HelpPart
    from reader.ui.window.lookup_part import LookupPart
    from reader.ui.window.read_aloud_part import ReadAloudPart
    from reader.ui.window.sync_part import SyncPart

W = "reader.ui.window."


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)
    # The parts the first frame does not show: made at first use, or once it is on screen.
    arrivals: LazyPart[Arrivals] = LazyPart(W + "arrivals", "Arrivals", lambda w: (
        w, w.session, lambda: w.reader.article, w.status))
    feeds: LazyPart[FeedsPart] = LazyPart(W + "feeds_part", "FeedsPart", lambda w: (
        w, w.session, w.status))
    syncing: LazyPart[SyncPart] = LazyPart(W + "sync_part", "SyncPart", lambda w: (
        w, w.session, w.status))
    read_aloud: LazyPart[ReadAloudPart] = LazyPart(W + "read_aloud_part", "ReadAloudPart",
                                                   lambda w: (w, w.session, w.reader, w.status))
    harakat: LazyPart[HarakatPart] = LazyPart(W + "harakat_part", "HarakatPart", lambda w: (
        w, w.session, w.reader, w.action, w.status))
    lookup: LazyPart[LookupPart] = LazyPart(W + "lookup_part", "LookupPart", lambda w: (
        w, w.session, w.reader, w.notes_dock, w.open_article, w.status))
    help: LazyPart[HelpPart] = LazyPart(W + "help", "HelpPart", lambda w: (
        w, w.session, lambda: w.reader.article, w.open_article,
        lambda: list(w.actions_by_id.values())))
    organiser: LazyPart[Organiser] = LazyPart("reader.ui.library.organiser", "Organiser", lambda w:
        (w.library_view, w.session, lambda: w.current_id, w.status, w.action("save_search")))

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.library = session.library
        self.settings = session.settings
        self.reading = session.reading
        self.undo_stack = session.annotations.undo_stack
        self._toast: Toast | None = None
        self._keys_to_text = False  # the open article takes the keys when the window is active

        notes = session.annotations
        self.reader = ReadingView(
            self, image_loader=self.library.image, highlights_for=notes.highlights,
            note_for=notes.note_of,
        )
        self.library_view = LibraryView(self, session, self.action, lambda: self.current_id)
        view = self.library_view
        self.panel, self.model, self.proxy = view.panel, view.model, view.proxy
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 680])
        self.setCentralWidget(self.splitter)
        self.docks = NotesDocks(
            self, session, self.reader, lambda: self.current_id, self.open_article,
            self.library_view.selected_ids,
        )
        self.notes_panel, self.bookmarks_panel = self.docks.notes_panel, self.docks.bookmarks_panel
        self.notes_dock, self.bookmarks_dock = self.docks.notes_dock, self.docks.bookmarks_dock
        self.window_layout = WindowLayout(
            self, self.splitter, self.panel, self.docks.docks,
            [self.menuBar(), self.statusBar(), self.reader.bar], self.settings,
        )
        self.reading_prefs = ReadingPrefsPart(self.reader, self.settings, self.action,
                                              self._restyle, self.language_change_requested.emit)
        # The actions exist before anything that lists them (the filter row, the menus).
        self.window_actions = WindowActions(self)
        self.actions_by_id = self.window_actions.by_id
        self.menu_of, self.toolbar = self.window_actions.menu_of, self.window_actions.toolbar
        self.reading_prefs.sync_actions()
        self.window_actions.connect(self.handler)  # each found when it is triggered
        self.window_layout.chrome.append(self.toolbar)
        self.library_view.connect_filters()
        self.import_status = ImportStatus(self, session)
        self._connect()
        header = self.panel.table.horizontalHeader()
        header.blockSignals(True)  # the model already lists newest first
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.setAcceptDrops(True)
        self.setWindowTitle(self._name())
        self.resize(1200, 800)
        self.refresh_library(first_page_now=True)
        if self.library.read_only:
            self._show_read_only()
        self._update_actions()
        # What the first frame does not show: the rest of a long list, the site list, parts.
        AfterFirstPaint(self, [self.library_view.refresh_sites,
                               self.library_view.read_rest_on_tasks, lambda: make_all(self)])

    # -- building ----------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    def handler(self, name: str) -> Callable[..., object]:
        """An action's handler: a method of the window, or of one of its parts
        (``docks.highlight_selection``)."""
        target: object = self
        for part in name.split("."):
            target = getattr(target, part)
        assert callable(target), name
        return target

    def status(self, text: str, milliseconds: int) -> None:
        """A word in the status bar, for the parts that have something to say."""
        self.statusBar().showMessage(text, milliseconds)

    def _connect(self) -> None:
        self.reading_prefs.apply()
        self.reader.bind_actions(
            self.action("copy_title"), self.action("bookmark"), self.action("import_files"),
            self.action("welcome"), self.action("open_original"),
        )
        self.docks.bind_menu([self.action(i) for i in (
            "highlight", "add_note", "add_bookmark", "look_up_word")])
        self.undo_stack.canUndoChanged.connect(self.action("undo").setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action("redo").setEnabled)
        self.action("undo").setEnabled(self.undo_stack.canUndo())
        self.action("redo").setEnabled(self.undo_stack.canRedo())
        # The session outlives this window: its signals reach it only while it exists.
        # Every write's changes arrive here once, from the session.
        self.session.changed.connect(self._changed)
        self.import_status.open_requested.connect(self.open_article)
        self.library_view.article_chosen.connect(self.open_article)
        self.library_view.selection_changed.connect(self._update_actions)
        self.library_view.source_changed.connect(self._update_actions)
        self.library_view.hit_opened.connect(self.open_hit)
        self.panel.escaped.connect(self.reader.pane.setFocus)
        # The View menu's ticks follow the panels, however they were shown or hidden.
        for dock in self.docks.docks:
            dock.visibilityChanged.connect(self._sync_layout_actions)
        self.window_layout.changed.connect(self._sync_layout_actions)
        self._sync_layout_actions()

    def _name(self) -> str:
        return self.tr("Qari (read-only)") if self.library.read_only else "Qari"

    @property
    def toast(self) -> Toast:
        if self._toast is None:  # made when first needed: it is not part of the first paint
            from reader.ui.widgets.toast import Toast

            self._toast = Toast(self)
        return self._toast

    @property
    def current_id(self) -> int | None:
        return self.reading.current_id if self.reader.article is not None else None

    # -- the open article ----------------------------------------------------------------------

    def open_article(self, article_id: int) -> bool:
        if article_id == self.current_id:
            return True
        self.save_position()
        article = self.reading.open(article_id)
        if article is None:
            return False
        self.show_article(article)
        return True

    def show_article(self, article: Article | None) -> None:
        self.reader.show_article(article, article.read_position if article else None,
                                 self.reading.face_for(article))
        self.session.annotations.clear_history()
        self.docks.load()
        if article is not None:
            self.setWindowTitle(f"{isolate(article.title)} — {self._name()}")
            self.library_view.show_current(article.id)
            # The keys go to the text (Space, Page Down), unless the reader is moving through
            # the library's list or its search results.
            # (The results list is made with the first search: until then it is None, as is
            # the focus of a window not yet active, and None must not count as a list.)
            focused = QApplication.focusWidget()
            if focused is None or focused not in (self.panel.table, self.panel._results):
                self.reader.pane.setFocus()
                self._keys_to_text = not self.isActiveWindow()
        else:
            self.setWindowTitle(self._name())
        self._update_actions()

    def open_hit(self, hit: SearchHit) -> None:
        self.open_article(hit.id)
        if hit.match is not None:
            # Open at the first match, with every match marked as in-article find shows them.
            self.reader.find_bar.open_bar(self.panel.filter_edit.text())
            self.reader.scroll_to_plain(hit.match)

    def save_position(self) -> None:
        self.notes_panel.save_now()
        if self.current_id is not None:
            self.reading.save_position(self.reader.reading_position(), self.reader.progress())

    def toggle_bookmark(self) -> None:
        if self.current_id is None:
            return
        value = self.action("bookmark").isChecked()
        row = self.model.row_of(self.current_id)
        summary = self.model.summary_at(row) if row is not None else None
        if summary is not None and summary.id == self.current_id:
            # Shown at once; the write follows in the background, and its row (the same)
            # changes nothing more when it comes back.
            self.model.update_row(replace(summary, bookmarked=value))
        self.reading.set_bookmarked(self.current_id, value)

    def _changed(self, changes: Changes) -> None:
        """One write's changes, from the session: each part updates once, from them."""
        view, current = self.library_view, self.current_id
        if changes.outside or changes.membership:
            self.refresh_library()
        elif changes.rows:
            view.update_rows(changes.rows, changes.summaries)
        if changes.side and not changes.outside:  # (refresh_library read the side already)
            view.refresh_sites()
        if current is None:
            if self.reader.article is not None:  # the open article was deleted
                self.show_article(None)
            return
        if current in changes.text or (changes.outside and self.library.summary(current) is None):
            self.show_article(self.reading.open(current))
        elif current in changes.notes or changes.outside:
            self.docks.load()
        summary = changes.summaries.get(current)
        if summary is not None:
            self.action("bookmark").setChecked(summary.bookmarked)

    def find_in_article(self) -> None:
        if self.reader.article is not None:
            self.reader.find_bar.open_bar()

    def copy_titles(self, titles: list[str] | None = None) -> None:
        if titles is None:
            article = self.reader.article
            titles = self.library_view.titles_to_copy(article.title if article else None)
        if not titles:
            return
        from reader.ui.widgets import clipboard

        clipboard.copy_titles(titles)
        if len(titles) == 1:
            self.toast.show_message(self.tr("Article title copied to clipboard"))
        else:
            self.toast.show_message(
                in_digits(self.tr("%n article titles copied to clipboard", "", len(titles)))
            )

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def _sync_layout_actions(self, *_changed: object) -> None:
        layout = self.window_layout
        self.action("show_library").setChecked(layout.library_visible())
        self.action("focus_mode").setChecked(layout.focused())
        for action_id, dock in zip(("show_notes", "show_bookmarks"), self.docks.docks, strict=True):
            self.action(action_id).setChecked(dock.isVisible())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape and self.window_layout.focused():
            self.window_layout.leave_focus()
            return
        super().keyPressEvent(event)

    def _update_actions(self) -> None:
        """Each action on or off by its ``enabled_when`` in the action table."""
        article = self.reader.article
        selected = bool(self.library_view.selected_ids())
        self.window_actions.update({
            "": True,
            "article": article is not None,
            "article_or_selection": article is not None or selected,
            "selection": selected,
            "collection_selection": selected and self.library_view.source.kind == "collection",
            "link_article": article is not None and article.format == "link",
            "web_article": article is not None and article.source.startswith(
                ("http://", "https://")
            ),
        }, self.library.read_only)
        # The star from the list's row when it has it: no query at every change of selection.
        current = self.current_id
        row = self.model.row_of(current, False) if current is not None else None
        summary = self.model.summary_at(row) if row is not None else (
            self.library.summary(current) if current is not None else None
        )
        self.action("bookmark").setChecked(bool(summary and summary.bookmarked))

    def _show_read_only(self) -> None:
        """A library that cannot be written says so where the reader looks, and offers
        nothing that would write: reading, searching and copying stay."""
        self.import_status.show_read_only()
        self.docks.set_read_only()
        self.setAcceptDrops(False)

    # -- the library -----------------------------------------------------------------------

    def refresh_library(self, first_page_now: bool = False) -> None:
        self.library_view.refresh(first_page_now)
        self.reader.empty.set_library_empty(
            self.model.rowCount() == 0 and self.library.count() == 0
        )

    def run_search(self) -> None:
        self.library_view.run_search()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Files and folders are imported; links are fetched; text becomes an article."""
        if self.arrivals.drop(event.mimeData()):
            event.acceptProposedAction()

    def start_import(self, files: list[Path], open_result: bool = False) -> None:
        self.arrivals.start_import(files, open_result)

    def _restyle(self) -> None:
        """The list's and the side's dates and counts written in new digits or calendar:
        the same rows, nothing read again."""
        self.model.restyle()
        self.library_view.panel.sidebar_model.restyle()

    def restore_state(self) -> None:
        """The window as the reader left it, or as a first start makes it; then the article
        it had open."""
        self.window_layout.restore_window()
        self._sync_layout_actions()
        if self.reading.article is not None:  # the window this one replaces had it open
            self.show_article(self.reading.article)
            return
        last = self.settings.last_article(self.library.path)
        if last:
            self.open_article(last)

    def save_state(self) -> None:
        self.window_layout.save_window()
        self.save_position()
        self.settings.set_last_article(self.library.path, self.current_id)
        self.settings.sync()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.WindowActivate and self._keys_to_text:
            # An article opened before the window was active (restored at start, or the file
            # `qari FILE` imported) asked for the keys when nothing could take them: on
            # activation Qt would give them to the first button. Page Down goes to the text.
            self._keys_to_text = False
            if self.reader.article is not None:
                self.reader.pane.setFocus()
        return handled

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        super().closeEvent(event)
