"""The main window: a view of the application session.

The library panel and the reading view in a splitter, the notes and bookmarks docks, menus and
toolbar built from the action table, the status bar. What it shows comes from the session's
controllers (imports, annotations, reading state); what it writes goes through them.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QToolBar,
)

from reader import __version__
from reader.text.normalize import isolate
from reader.ui.actions import MENU_LAYOUT, SEPARATOR, TOP_MENUS, action_specs, menu_titles
from reader.ui.first_paint import AfterFirstPaint
from reader.ui.i18n import core_text
from reader.ui.library_model import ID_ROLE, LibraryFilter, LibraryModel
from reader.ui.library_panel import LibraryPanel
from reader.ui.notes_panel import BookmarksPanel, NotesPanel
from reader.ui.reading_view import ReadingView
from reader.ui.roles import HIT_ROLE
from reader.ui.settings import DEFAULT_SIZE, ReadingPrefs

if TYPE_CHECKING:
    from reader.library.annotations import Annotation
    from reader.library.articles import Article, ArticleSummary
    from reader.library.search_index import SearchFilters, SearchHit, SearchResults
    from reader.ui.import_controller import ImportReport
    from reader.ui.session import Session
    from reader.ui.toast import Toast


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.library = session.library
        self.settings = session.settings
        self.reading = session.reading
        self.notes = session.annotations
        self.imports = session.imports
        self.undo_stack = self.notes.undo_stack
        self.prefs: ReadingPrefs = self.settings.reading()

        self.model = LibraryModel(self.library, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)
        self.panel = LibraryPanel(self.proxy, self)
        self.reader = ReadingView(self)
        self.reader.image_loader = self.library.image
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 680])
        self.setCentralWidget(self.splitter)
        self._toast: Toast | None = None
        self.all_notes_dialog = None

        self.actions_by_id: dict[str, QAction] = {}
        self.menu_of: dict[str, QMenu] = {}
        self._build_panels()
        self._build_actions()
        self._build_status_bar()
        self._connect()
        self.reader.bind_actions(self.action("copy_title"), self.action("bookmark"))
        self.reader.apply_prefs(self.prefs)
        header = self.panel.table.horizontalHeader()
        header.blockSignals(True)  # the model already lists newest first
        header.setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        header.blockSignals(False)
        self.setAcceptDrops(True)
        self.setWindowTitle("Qari")
        self.resize(1200, 800)
        # Another process (qari import, a second window) may change the library: SQLite's
        # data_version moves when someone else commits, and then the list is read again.
        self._data_version = self.library.data_version()
        self._watch_timer = QTimer(self)
        self._watch_timer.setInterval(1000)
        self._watch_timer.timeout.connect(self.check_outside_changes)
        self._watch_timer.start()
        self.refresh_library(first_page_now=True)
        self._update_actions()
        # What the first frame does not show: the rest of a long list, the sites beyond "All
        # sites" (a scan of every article).
        self.panel.site_box.blockSignals(True)  # not a change of filter: the list stays as read
        self.panel.site_box.addItem(self.tr("All sites"), None)
        self.panel.site_box.blockSignals(False)
        AfterFirstPaint(self, [self.model.complete, self._refresh_sites])
        if self.imports.busy():  # an import started under the window this one replaces
            self._import_started()

    # -- building ----------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    def _build_actions(self) -> None:
        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(toolbar)
        groups: dict[str, QActionGroup] = {}
        for spec in action_specs():
            action = QAction(spec.text, self)
            action.setObjectName(spec.id)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checkable)
            if spec.short:
                action.setIconText(spec.short)
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(self)).addAction(action)
            handler = getattr(self, spec.method)
            if spec.argument:
                action.triggered.connect(lambda _c=False, h=handler, a=spec.argument: h(a))
            else:
                action.triggered.connect(lambda _c=False, h=handler: h())
            if spec.toolbar:
                toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_id[spec.id] = action
        titles = menu_titles()
        for key in TOP_MENUS:
            self._fill_menu(self.menuBar().addMenu(titles[key]), key, titles)
        self._sync_pref_actions()

    def _fill_menu(self, menu: QMenu, key: str, titles: dict[str, str]) -> None:
        self.menu_of[key] = menu
        for entry in MENU_LAYOUT[key]:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry.startswith(">"):
                self._fill_menu(menu.addMenu(titles[entry[1:]]), entry[1:], titles)
            elif entry == "@docks":
                for dock in (self.notes_dock, self.bookmarks_dock):
                    menu.addAction(dock.toggleViewAction())
            else:
                menu.addAction(self.action(entry))

    def _build_panels(self) -> None:
        self.notes_panel = NotesPanel(self)
        self.bookmarks_panel = BookmarksPanel(self)
        self.notes_dock = QDockWidget(self.tr("Notes"), self)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.bookmarks_dock = QDockWidget(self.tr("Bookmarks"), self)
        self.bookmarks_dock.setObjectName("bookmarksDock")
        self.bookmarks_dock.setWidget(self.bookmarks_panel)
        # Dock areas are absolute, not mirrored: put the panels on the trailing side.
        trailing = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        for dock in (self.notes_dock, self.bookmarks_dock):
            self.addDockWidget(trailing, dock)
        self.tabifyDockWidget(self.notes_dock, self.bookmarks_dock)
        self.notes_dock.raise_()

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.imports.cancel)
        self.progress_label = QLabel(self)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()

    def _connect(self) -> None:
        self.reader.highlights_for = self.notes.highlights
        self.reader.pane.note_for = self.notes.note_of
        self.reader.pane.menu_actions = [
            self.action(i) for i in ("highlight", "add_note", "add_bookmark")
        ]
        self.reader.pane.annotation_clicked.connect(self.select_annotation)
        self.notes_panel.jump_requested.connect(self.reader.scroll_to_plain)
        self.bookmarks_panel.jump_requested.connect(self.reader.scroll_to_plain)
        self.notes_panel.note_edited.connect(lambda a, text: self.notes.edit(a, "note", text))
        self.notes_panel.color_chosen.connect(lambda a, color: self.notes.edit(a, "color", color))
        self.notes_panel.delete_requested.connect(self.notes.delete)
        self.bookmarks_panel.delete_requested.connect(self.notes.delete)
        self.bookmarks_panel.model.rename = lambda a, name: self.notes.edit(a, "name", name)
        self.notes_panel.article_note_requested.connect(self.add_article_note)
        self.undo_stack.canUndoChanged.connect(self.action("undo").setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action("redo").setEnabled)
        self.action("undo").setEnabled(self.undo_stack.canUndo())
        self.action("redo").setEnabled(self.undo_stack.canRedo())
        # The session outlives this window: its signals reach it only while it exists.
        self.notes.changed.connect(self.annotations_changed)
        self.reading.summary_changed.connect(self._summary_changed)
        self.reading.deleted.connect(self._deleted)
        self.imports.started.connect(self._import_started)
        self.imports.progress.connect(self._import_progress)
        self.imports.finished.connect(self._import_done)
        self._search_serial = 0
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.run_search)
        self.panel.filter_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.panel.filter_edit.returnPressed.connect(self.run_search)
        for action_id in ("bookmarked_only", "with_notes_only", "unread_only"):
            self.panel.add_filter_button(self.action(action_id))
        self.panel.finish_filter_row()
        self.panel.site_box.currentIndexChanged.connect(lambda _i: self.filters_changed())
        self.panel.hit_chosen.connect(self.open_hit)
        self.panel.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.table.customContextMenuRequested.connect(self._context_menu)

    @property
    def toast(self) -> Toast:
        if self._toast is None:  # made when first needed: it is not part of the first paint
            from reader.ui.toast import Toast

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
        self.reader.show_article(article, article.read_position if article else None)
        self.notes.clear_history()
        self._load_panels()
        if article is None:
            self.setWindowTitle("Qari")
            self._update_actions()
            return
        self.setWindowTitle(f"{isolate(article.title)} — Qari")
        if article.id not in self.selected_ids():  # keep a multi-selection that includes it
            self._select_ids([article.id])
        row = self.model.row_of(article.id)
        if row is not None:
            self.panel.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._update_actions()

    def save_position(self) -> None:
        self.notes_panel.save_now()
        if self.current_id is not None:
            self.reading.save_position(self.reader.reading_position(), self.reader.progress())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_article(int(current.data(ID_ROLE)))
        self._update_actions()

    def toggle_bookmark(self) -> None:
        if self.current_id is None:
            return
        value = self.action("bookmark").isChecked()
        summary = self.model.summary_at(self.model.row_of(self.current_id) or 0)
        if summary is not None and summary.id == self.current_id:
            summary.bookmarked = value  # shown at once; the write follows in the background
            self.model.update_row(summary)
        self.reading.set_bookmarked(self.current_id, value)

    def _summary_changed(self, summary: ArticleSummary) -> None:
        self.model.update_row(summary)
        if summary.id == self.current_id:
            self.action("bookmark").setChecked(summary.bookmarked)
        if self.model.filters["bookmarked"]:
            self.refresh_library()

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        ids = self.selected_ids()
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete articles"),
            self.tr("Delete %n article(s) and their notes? This cannot be undone.", "", len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # destructive: not by Enter
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        if self.current_id in ids:
            self.show_article(None)
        self.reading.delete(ids)

    def _deleted(self, _ids: list[int]) -> None:
        self.refresh_library()
        self._update_actions()

    # -- annotations -------------------------------------------------------------------------

    def annotations_changed(self, article_id: int) -> None:
        """Redraw everything that shows the article's annotations."""
        if article_id == self.current_id:
            self.reader.refresh_highlights()
            self._load_panels()
        summary = self.library.summary(article_id)
        if summary:
            self.model.update_row(summary)

    def _load_panels(self) -> None:
        annotations = self.notes.for_article(self.current_id)
        self.notes_panel.set_annotations(annotations)
        self.bookmarks_panel.set_annotations(annotations)

    def highlight_selection(self, color: str = "yellow", note: str = "") -> Annotation | None:
        selected = self.reader.selection_range()
        if self.current_id is None or selected is None:
            self.statusBar().showMessage(self.tr("Select a passage first"), 4000)
            return None
        return self.notes.highlight(self.current_id, selected[0], selected[1], color, note)

    def note_selection(self) -> None:
        annotation = self.highlight_selection()
        if annotation is not None:
            self._edit_note_of(annotation)

    def add_article_note(self) -> None:
        if self.current_id is not None:
            annotation = self.notes.add_article_note(self.current_id)
            if annotation is not None:
                self._edit_note_of(annotation)

    def _edit_note_of(self, annotation: Annotation) -> None:
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_panel.select_uuid(annotation.uuid)
        self.notes_panel.editor.setFocus()

    def add_position_bookmark(self) -> None:
        if self.current_id is None:
            return
        if self.notes.add_bookmark(self.current_id, self.reader.reading_position()):
            self.bookmarks_dock.show()
            self.bookmarks_dock.raise_()

    def undo(self) -> None:
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    def select_annotation(self, annotation_id: int) -> None:
        annotation = self.notes.get(annotation_id)
        if annotation is not None:
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes_panel.select_uuid(annotation.uuid)

    def show_all_notes(self) -> None:
        from reader.ui.all_notes import AllNotesDialog

        if self.all_notes_dialog is None:
            self.all_notes_dialog = AllNotesDialog(self)
            self.all_notes_dialog.open_requested.connect(self.open_annotation)
        self.all_notes_dialog.model.set_notes(
            self.library.annotations.all_notes(), self.all_notes_dialog.search.text()
        )
        self.all_notes_dialog.show()
        self.all_notes_dialog.raise_()

    def open_annotation(self, annotation: Annotation) -> None:
        """Open the annotation's article at its passage, with the note selected."""
        if not self.open_article(annotation.article_id):
            return
        if annotation.start is not None and not annotation.orphaned:
            self.reader.scroll_to_plain(annotation.start)
        self.select_annotation(annotation.id or 0)

    def export_notes_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export notes"), str(Path.home() / "qari-notes.md"),
            self.tr("Markdown (*.md);;Web Annotation JSON-LD (*.json)"),
        )
        if path:
            self.export_notes(Path(path))

    def export_notes(self, path: Path) -> None:
        """Notes of the selected articles (or of all) to Markdown or JSON-LD, by extension;
        in the background, written beside the target and renamed over it when whole."""
        from reader.ui.tasks import TaskContext

        ids = self.selected_ids() or None

        def work(context: TaskContext) -> Path:
            import json
            import os

            from reader.library.notes_export import to_jsonld, to_markdown

            library = context.library
            if path.suffix.lower() == ".json":
                text = json.dumps(to_jsonld(library, ids), ensure_ascii=False, indent=2) + "\n"
            else:
                text = to_markdown(library, ids)
            partial = path.with_name(path.name + ".partial")
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, path)
            return path

        def done(written: Path) -> None:
            self.statusBar().showMessage(
                self.tr("Notes exported to %1").replace("%1", str(written)), 8000
            )

        self.session.runner.run(
            work, success=done, failure=self.session.errors.report, name="export", owner=self
        )

    # -- the library list and search ---------------------------------------------------------

    def refresh_library(self, first_page_now: bool = False) -> None:
        selected = self.selected_ids()
        self.model.reload(first_page_now)
        self._select_ids(selected or ([self.current_id] if self.current_id else []))
        if not first_page_now:  # else after the first frame: the list is seen only when opened
            self._refresh_sites()
        if self.panel.filter_edit.text().strip():
            self.run_search()

    def check_outside_changes(self) -> None:
        import sqlite3

        try:
            version = self.library.data_version()
        except sqlite3.ProgrammingError:  # the library was closed under us: stop looking
            self._watch_timer.stop()
            return
        if version != self._data_version:
            self._data_version = version
            self.refresh_library()

    def _refresh_sites(self) -> None:
        box = self.panel.site_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All sites"), None)
        for site in self.library.sites():
            box.addItem(site, site)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)

    def search_filters(self) -> SearchFilters:
        from reader.library.search_index import SearchFilters  # with the first search

        return SearchFilters(
            bookmarked=self.action("bookmarked_only").isChecked(),
            with_notes=self.action("with_notes_only").isChecked(),
            unread=self.action("unread_only").isChecked(),
            site=self.panel.site_box.currentData(),
        )

    def filters_changed(self) -> None:
        filters = self.search_filters()
        self.proxy.set_filters(
            bookmarked=filters.bookmarked, with_notes=filters.with_notes,
            unread=filters.unread, site=filters.site,
        )
        if self.panel.filter_edit.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Full-text search of titles, bodies and notes, ranked by a task on its own
        connection; an empty box shows the library. Only the newest search is shown."""
        from reader.ui.search_results import BATCH
        from reader.ui.tasks import TaskContext

        self._search_timer.stop()
        self._search_serial += 1
        query = self.panel.filter_edit.text()
        if not query.strip():
            self.panel.stack.setCurrentWidget(self.panel.table)
            return
        serial, filters = self._search_serial, self.search_filters()

        def work(context: TaskContext) -> tuple[SearchResults, list[SearchHit]]:
            results = context.library.rank(query, filters, limit=200)
            first = results.hits(0, BATCH)
            results.has_more(len(first))  # ranks the second tier here, when the list needs it
            return results, first

        def show(found: tuple[SearchResults, list[SearchHit]]) -> None:
            if serial != self._search_serial:  # typed on since: a newer search is coming
                return
            results, first = found
            model = self.panel.results_model
            model.set_results(results.rebind(self.library.conn), first)
            panel = self.panel
            panel.stack.setCurrentWidget(panel.results if model.hits else panel.no_results)

        self.session.runner.run(
            work, success=show, failure=self.session.errors.report, name="search", owner=self
        )

    def open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is None:
            return
        self.open_article(hit.id)
        if hit.match is not None:
            # Open at the first match, with every match marked as in-article find shows them.
            self.reader.find_bar.open_bar(self.panel.filter_edit.text())
            self.reader.scroll_to_plain(hit.match)

    def find_in_article(self) -> None:
        if self.reader.article is not None:
            self.reader.find_bar.open_bar()

    def focus_filter(self) -> None:
        self.panel.filter_edit.setFocus()
        self.panel.filter_edit.selectAll()

    def selected_ids(self) -> list[int]:
        rows = self.panel.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.panel.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for article_id in ids:
            row = self.model.row_of(article_id)
            index = self.proxy.mapFromSource(self.model.index(row, 0)) if row is not None else None
            if index is not None and index.isValid():
                selection.select(index, flags)
                if article_id == self.current_id:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)

    def titles_to_copy(self) -> list[str]:
        ids = self.selected_ids()
        if self.panel.table.hasFocus() or (ids and self.reader.article is None):
            rows = [self.model.row_of(i) for i in ids]
            found = [self.model.summary_at(r) for r in rows if r is not None]
            titles = [summary.title for summary in found if summary is not None]
            if titles:
                return titles
        if self.reader.article is not None:
            return [self.reader.article.title]
        return []

    def copy_titles(self, titles: list[str] | None = None) -> None:
        titles = titles if titles is not None else self.titles_to_copy()
        if not titles:
            return
        from reader.ui import clipboard

        clipboard.copy_titles(titles)
        if len(titles) == 1:
            self.toast.show_message(self.tr("Article title copied to clipboard"))
        else:
            self.toast.show_message(
                self.tr("%n article titles copied to clipboard", "", len(titles))
            )

    def library_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.action("copy_title"))
        menu.addAction(self.action("bookmark"))
        menu.addSeparator()
        menu.addAction(self.action("delete_articles"))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.library_context_menu()
        menu.exec(self.panel.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    def _update_actions(self) -> None:
        has_article = self.current_id is not None
        selected = bool(self.selected_ids())
        self.action("copy_title").setEnabled(has_article or selected)
        self.action("delete_articles").setEnabled(selected)
        for action_id in ("bookmark", "find_in_article", "add_article_note", "add_bookmark"):
            self.action(action_id).setEnabled(has_article)
        summary = self.library.summary(self.current_id) if self.current_id else None
        self.action("bookmark").setChecked(bool(summary and summary.bookmarked))

    # -- reading preferences ---------------------------------------------------------------

    def change_prefs(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self.prefs, key, value)
        self.prefs.clamp()
        self.settings.set_reading(self.prefs)
        self.reader.apply_prefs(self.prefs)
        self._sync_pref_actions()

    def zoom_in(self) -> None:
        self.change_prefs(size=self.prefs.size + 1)

    def zoom_out(self) -> None:
        self.change_prefs(size=self.prefs.size - 1)

    def zoom_reset(self) -> None:
        self.change_prefs(size=DEFAULT_SIZE)

    def spacing_more(self) -> None:
        self.change_prefs(line_spacing=self.prefs.line_spacing + 10)

    def spacing_less(self) -> None:
        self.change_prefs(line_spacing=self.prefs.line_spacing - 10)

    def wider(self) -> None:
        self.change_prefs(max_width=self.prefs.max_width + 80)

    def narrower(self) -> None:
        self.change_prefs(max_width=self.prefs.max_width - 80)

    def set_theme(self, theme: str) -> None:
        self.change_prefs(theme=theme)

    def set_face(self, face: str) -> None:
        self.change_prefs(face=face)

    def _sync_pref_actions(self) -> None:
        self.action(f"theme_{self.prefs.theme}").setChecked(True)
        self.action(f"face_{self.prefs.face}").setChecked(True)

    def show_preferences(self) -> None:
        from reader.ui.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.settings.language(), self)
        if dialog.exec():
            self.prefs = dialog.prefs().clamp()
            self.settings.set_reading(self.prefs)
            self.reader.apply_prefs(self.prefs)
            self._sync_pref_actions()
            language = dialog.language()
            if language != self.settings.language():
                self.settings.set_language(language)
                self.language_change_requested.emit(language or "")

    # -- importing -------------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import articles"),
            str(Path.home()),
            self.tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"),
        )
        if files:
            self.start_import([Path(f) for f in files], open_result=len(files) == 1)

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Import a folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, files: list[Path], open_result: bool = False) -> None:
        self.imports.start(files, open_result=open_result)

    def _import_started(self) -> None:
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importing…"))
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.show()

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Importing %1").replace("%1", isolate(name)))

    def _import_done(self, report: ImportReport) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        from reader.library.importer import summarise

        if not self.imports.busy():
            for widget in (self.progress_label, self.progress, self.cancel_button):
                widget.hide()
        self.refresh_library()
        outcomes = report.outcomes
        counts = summarise(outcomes)
        message = self.tr("%1 imported, %2 duplicate, %3 updated, %4 failed")
        for i, key in enumerate(("imported", "duplicate", "updated", "failed"), start=1):
            message = message.replace(f"%{i}", self.locale().toString(counts[key]))
        if report.cancelled:
            message = self.tr("Import cancelled") + " — " + message
        if report.error is not None:
            message = self.tr("The import stopped") + " — " + message
        self.statusBar().showMessage(message, 15000)
        failed = [o for o in outcomes if o.status == "failed"]
        if report.error is not None:
            self.session.errors.report(report.error, self.tr("Import finished"))
        elif failed:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Import finished"))
            box.setText(message)
            box.setDetailedText(
                "\n".join(
                    f"{isolate(Path(o.path).name)}: {core_text(o.message or o.error)}"
                    for o in failed
                )
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setObjectName("importSummary")
            box.open()
        opened = [o.id for o in outcomes if o.id is not None and o.status != "failed"]
        changed = [o for o in outcomes if o.status in ("imported", "updated")]
        if opened and (report.open_result or len(changed) == 1):
            self.open_article(opened[0])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.start_import(files, open_result=True)

    # -- misc ------------------------------------------------------------------------------

    def open_welcome(self) -> None:
        from reader.ui.welcome import ensure_welcome

        article_id = self.session.guarded(lambda: ensure_welcome(self.library))
        self.refresh_library()
        if article_id:
            self.open_article(article_id)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        text = self.tr("Qari %1 — an article reader for Arabic.").replace("%1", __version__)
        if self.session.log_path is not None:
            text += "\n\n" + self.tr("Log file: %1").replace("%1", str(self.session.log_path))
        QMessageBox.about(self, self.tr("About Qari"), text)

    def restore_state(self) -> None:
        geometry = self.settings.bytes_value("window/geometry")
        if geometry:
            self.restoreGeometry(geometry)
        splitter = self.settings.bytes_value("window/splitter")
        if splitter:
            self.splitter.restoreState(splitter)
        state = self.settings.bytes_value("window/state")
        if state:
            self.restoreState(state)
        if self.reading.article is not None:  # the window this one replaces had it open
            self.show_article(self.reading.article)
            return
        last = self.settings.last_article(self.library.path)
        if last:
            self.open_article(last)

    def save_state(self) -> None:
        self.save_position()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("window/state", self.saveState())
        self.settings.set_last_article(self.library.path, self.current_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._watch_timer.stop()
        self.save_state()
        super().closeEvent(event)


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
