"""The main window: library list and reading view in a splitter, menus, toolbar, status bar."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
    QPainter,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMenu,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader import __version__
from reader.library.articles import Library
from reader.text.normalize import isolate
from reader.ui.actions import action_specs, menu_titles
from reader.ui.first_paint import AfterFirstPaint
from reader.ui.i18n import ui_locale
from reader.ui.library_model import (
    ADDED,
    DIRECTION_ROLE,
    ID_ROLE,
    PUBLISHED,
    READ,
    SITE,
    TITLE,
    LibraryFilter,
    LibraryModel,
)
from reader.ui.notes_panel import BookmarksPanel, NotesPanel
from reader.ui.reading_view import ReadingView
from reader.ui.roles import HIT_ROLE
from reader.ui.settings import DEFAULT_SIZE, ReadingPrefs, Settings

if TYPE_CHECKING:
    from reader.library.annotations import Annotation
    from reader.library.importer import ImportOutcome
    from reader.library.search_index import SearchFilters
    from reader.ui.search_results import SearchResultsModel
    from reader.ui.toast import Toast
    from reader.ui.workers import ImportJob


class DirectionDelegate(QStyledItemDelegate):
    """Lays each cell's text out in its own direction, whatever the interface language.

    The direction is set on a copy of the option in paint(): overriding initStyleOption from
    Python makes PySide6 drop a reference to None on every call, which aborts the interpreter
    at exit on Python 3.11."""

    def styled_option(
        self, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QStyleOptionViewItem:
        styled = QStyleOptionViewItem(option)
        direction = index.data(DIRECTION_ROLE)
        if direction is not None:
            styled.direction = direction
        return styled

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, self.styled_option(option, index), index)


class LibraryPanel(QWidget):
    hit_chosen = Signal(QModelIndex)

    def __init__(self, model: LibraryFilter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Search library"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_row = QHBoxLayout()
        self.filter_row.setContentsMargins(0, 0, 0, 0)
        self.site_box = QComboBox(self)
        self.site_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.site_box.setMinimumContentsLength(10)
        self._results: QListView | None = None
        self._results_model: SearchResultsModel | None = None
        self.no_results = QLabel(self.tr("No articles match."), self)
        self.no_results.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableView(self)
        self.table.setModel(model)
        # Only titles and sites need a direction of their own; the other columns keep Qt's
        # delegate, which paints without calling Python.
        self.direction_delegate = DirectionDelegate(self.table)
        for column in (TITLE, SITE):
            self.table.setItemDelegateForColumn(column, self.direction_delegate)
        # Sorting is the model's (in SQL): the header only reports the clicks.
        header_view = self.table.horizontalHeader()
        header_view.setSectionsClickable(True)
        header_view.setSortIndicatorShown(True)
        header_view.sortIndicatorChanged.connect(model.sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        # Fixed row heights: the view never asks 100,000 rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        self._size_columns(model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.stack = QStackedWidget(self)
        for page in (self.table, self.no_results):
            self.stack.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.stack, 1)

    @property
    def results(self) -> QListView:
        """The search results list, made at the first search."""
        if self._results is None:
            from reader.ui.rich_rows import LinesDelegate
            from reader.ui.search_results import SearchResultsModel

            self._results_model = SearchResultsModel(self)
            view = QListView(self)
            view.setModel(self._results_model)
            view.setItemDelegate(LinesDelegate(view))
            view.setWordWrap(True)
            view.setUniformItemSizes(False)
            view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
            view.activated.connect(self.hit_chosen)
            view.clicked.connect(self.hit_chosen)
            self.stack.addWidget(view)
            self._results = view
        return self._results

    @property
    def results_model(self) -> SearchResultsModel:
        self.results  # noqa: B018 - made with its view
        assert self._results_model is not None
        return self._results_model

    def _size_columns(self, model: LibraryFilter) -> None:
        """Widths from what the columns can hold (a date, a percentage, a symbol) rather
        than from their cells: sizing to contents asks the model for every role of every
        visible cell again at each layout. The title takes what is left; the site column
        can be dragged wider."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        header_metrics = header.fontMetrics()
        locale = ui_locale()
        date = locale.toString(QDate(2026, 12, 28), QLocale.FormatType.ShortFormat)
        samples = {PUBLISHED: date, ADDED: date, READ: locale.toString(100) + locale.percent()}
        for column in range(model.columnCount()):
            if column == TITLE:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
                continue
            label = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            width = max(
                header_metrics.horizontalAdvance(label) + 28,  # room for the sort arrow
                metrics.horizontalAdvance(samples.get(column, "★")) + 16,
            )
            if column == SITE:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                width = max(width, 12 * metrics.averageCharWidth())
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)

    def add_filter_button(self, action: QAction) -> None:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.filter_row.addWidget(button)

    def finish_filter_row(self) -> None:
        self.filter_row.addStretch(1)
        self.filter_row.addWidget(self.site_box)


class MainWindow(QMainWindow):
    language_change_requested = Signal(str)

    def __init__(self, library: Library, settings: Settings) -> None:
        super().__init__()
        self.library = library
        self.settings = settings
        self.prefs: ReadingPrefs = settings.reading()
        self.jobs: list[ImportJob] = []
        self.current_id: int | None = None
        self._open_after_import = False

        self.model = LibraryModel(library, self)
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

        self.undo_stack = QUndoStack(self)
        self.actions_by_id: dict[str, QAction] = {}
        self._build_actions()
        self._build_panels()
        self._build_status_bar()
        self.reader.bind_actions(self.action("copy_title"), self.action("bookmark"))
        self.reader.apply_prefs(self.prefs)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.run_search)
        self.panel.filter_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.panel.filter_edit.returnPressed.connect(self.run_search)
        for action_id in ("bookmarked_only", "with_notes_only", "unread_only"):
            self.panel.add_filter_button(self.action(action_id))
        self.panel.finish_filter_row()
        self.panel.site_box.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.panel.hit_chosen.connect(self._open_hit)
        self.panel.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.panel.table.customContextMenuRequested.connect(self._context_menu)
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

    # -- actions ----------------------------------------------------------------------------

    def action(self, action_id: str) -> QAction:
        return self.actions_by_id[action_id]

    @property
    def toast(self) -> Toast:
        if self._toast is None:  # made when first needed: it is not part of the first paint
            from reader.ui.toast import Toast

            self._toast = Toast(self)
        return self._toast

    def _handlers(self) -> dict[str, Callable[[], None]]:
        return {
            "import_files": self.import_files_dialog,
            "import_folder": self.import_folder_dialog,
            "delete_articles": self.delete_selected,
            "preferences": self.show_preferences,
            "quit": self.close,
            "copy_title": self.copy_titles,
            "filter_library": self._focus_filter,
            "bookmark": self.toggle_bookmark,
            "bookmarked_only": self._filters_changed,
            "with_notes_only": self._filters_changed,
            "unread_only": self._filters_changed,
            "find_in_article": self.find_in_article,
            "zoom_in": lambda: self._change_prefs(size=self.prefs.size + 1),
            "zoom_out": lambda: self._change_prefs(size=self.prefs.size - 1),
            "zoom_reset": lambda: self._change_prefs(size=DEFAULT_SIZE),
            "spacing_more": lambda: self._change_prefs(line_spacing=self.prefs.line_spacing + 10),
            "spacing_less": lambda: self._change_prefs(line_spacing=self.prefs.line_spacing - 10),
            "wider": lambda: self._change_prefs(max_width=self.prefs.max_width + 80),
            "narrower": lambda: self._change_prefs(max_width=self.prefs.max_width - 80),
            "theme_light": lambda: self._change_prefs(theme="light"),
            "theme_sepia": lambda: self._change_prefs(theme="sepia"),
            "theme_dark": lambda: self._change_prefs(theme="dark"),
            "face_naskh": lambda: self._change_prefs(face="naskh"),
            "face_amiri": lambda: self._change_prefs(face="amiri"),
            "face_sans": lambda: self._change_prefs(face="sans"),
            "undo": self.undo_stack.undo,
            "redo": self.undo_stack.redo,
            "highlight": lambda: self.highlight_selection("yellow"),
            "highlight_green": lambda: self.highlight_selection("green"),
            "highlight_blue": lambda: self.highlight_selection("blue"),
            "highlight_pink": lambda: self.highlight_selection("pink"),
            "add_note": self.note_selection,
            "add_article_note": self.add_article_note,
            "add_bookmark": self.add_position_bookmark,
            "all_notes": self.show_all_notes,
            "export_notes": self.export_notes_dialog,
            "welcome": self.open_welcome,
            "about": self.show_about,
        }

    def _build_actions(self) -> None:
        handlers = self._handlers()
        menus: dict[str, QMenu] = {}
        self.menu_of = menus
        titles = menu_titles()
        bar = self.menuBar()
        for key in ("file", "edit", "notes", "view", "help"):
            menus[key] = bar.addMenu(titles[key])
        menus["theme"] = menus["view"].addMenu(titles["theme"])
        menus["face"] = menus["view"].addMenu(titles["face"])
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
                group = groups.setdefault(spec.group, QActionGroup(self))
                group.addAction(action)
            handler = handlers[spec.id]
            action.triggered.connect(lambda _checked=False, h=handler: h())
            if spec.menu:
                if spec.id in ("quit", "preferences"):
                    menus[spec.menu].addSeparator()
                menus[spec.menu].addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)
            self.addAction(action)
            self.actions_by_id[spec.id] = action
        self._sync_pref_actions()

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
            self.menu_of["view"].addAction(dock.toggleViewAction())
        self.tabifyDockWidget(self.notes_dock, self.bookmarks_dock)
        self.notes_dock.raise_()
        store = self.library.annotations
        self.reader.highlights_for = lambda article_id: [
            (a.start, a.end, a.color, a.id)
            for a in store.for_article(article_id, "highlight")
            if not a.orphaned and a.start is not None
        ]
        self.reader.pane.note_for = lambda annotation_id: (
            getattr(store.get(annotation_id), "note", "")
        )
        self.reader.pane.menu_actions = [
            self.action(i) for i in ("highlight", "add_note", "add_bookmark")
        ]
        self.reader.pane.annotation_clicked.connect(self._annotation_clicked)
        self.notes_panel.jump_requested.connect(self._jump)
        self.bookmarks_panel.jump_requested.connect(self._jump)
        self.notes_panel.note_edited.connect(
            lambda a, text: self._edit_annotation(a, "note", text, self.tr("Edit note"))
        )
        self.notes_panel.color_chosen.connect(
            lambda a, color: self._edit_annotation(a, "color", color, self.tr("Change colour"))
        )
        self.notes_panel.delete_requested.connect(self.delete_annotation)
        self.bookmarks_panel.delete_requested.connect(self.delete_annotation)
        self.bookmarks_panel.model.rename = (
            lambda a, name: self._edit_annotation(a, "name", name, self.tr("Rename bookmark"))
        )
        self.notes_panel.article_note_requested.connect(self.add_article_note)
        self.undo_stack.canUndoChanged.connect(self.action("undo").setEnabled)
        self.undo_stack.canRedoChanged.connect(self.action("redo").setEnabled)
        self.action("undo").setEnabled(False)
        self.action("redo").setEnabled(False)

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
        annotations = (
            self.library.annotations.for_article(self.current_id) if self.current_id else []
        )
        self.notes_panel.set_annotations(annotations)
        self.bookmarks_panel.set_annotations(annotations)

    def _push_new(self, annotation: Annotation, text: str) -> None:
        from reader.ui.undo import AddAnnotation

        self.undo_stack.push(
            AddAnnotation(self.library.annotations, self.annotations_changed, annotation, text)
        )

    def highlight_selection(self, color: str = "yellow", note: str = "") -> Annotation | None:
        selected = self.reader.selection_range()
        if self.current_id is None or selected is None:
            self.statusBar().showMessage(self.tr("Select a passage first"), 4000)
            return None
        annotation = self.library.annotations.add_highlight(
            self.current_id, selected[0], selected[1], color, note
        )
        self._push_new(annotation, self.tr("Highlight"))
        return annotation

    def note_selection(self) -> None:
        annotation = self.highlight_selection()
        if annotation is not None:
            self._edit_note_of(annotation)

    def add_article_note(self) -> None:
        if self.current_id is None:
            return
        annotation = self.library.annotations.add_article_note(self.current_id, "")
        self._push_new(annotation, self.tr("Add article note"))
        self._edit_note_of(annotation)

    def _edit_note_of(self, annotation: Annotation) -> None:
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_panel.select_uuid(annotation.uuid)
        self.notes_panel.editor.setFocus()

    def add_position_bookmark(self) -> None:
        if self.current_id is None:
            return
        annotation = self.library.annotations.add_bookmark(
            self.current_id, self.reader.reading_position()
        )
        self._push_new(annotation, self.tr("Add bookmark"))
        self.bookmarks_dock.show()
        self.bookmarks_dock.raise_()

    def delete_annotation(self, annotation: Annotation) -> None:
        from reader.ui.undo import DeleteAnnotation

        self.undo_stack.push(
            DeleteAnnotation(self.library.annotations, self.annotations_changed, annotation,
                             self.tr("Delete"))
        )

    def _edit_annotation(self, annotation: Annotation, field: str, value: str, text: str) -> None:
        from reader.ui.undo import EditAnnotation

        self.undo_stack.push(
            EditAnnotation(self.library.annotations, self.annotations_changed, annotation, field,
                           value, text)
        )

    def _annotation_clicked(self, annotation_id: int) -> None:
        annotation = self.library.annotations.get(annotation_id)
        if annotation is not None:
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes_panel.select_uuid(annotation.uuid)

    def _jump(self, offset: int) -> None:
        self.reader.scroll_to_plain(offset)

    def show_all_notes(self) -> None:
        from reader.ui.all_notes import AllNotesDialog

        if getattr(self, "all_notes_dialog", None) is None:
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
        self._annotation_clicked(annotation.id or 0)

    def export_notes_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened


        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export notes"), str(Path.home() / "qari-notes.md"),
            self.tr("Markdown (*.md);;Web Annotation JSON-LD (*.json)"),
        )
        if path:
            self.export_notes(Path(path))

    def export_notes(self, path: Path) -> None:
        """Notes of the selected articles (or of all) to Markdown or JSON-LD, by extension."""
        import json

        from reader.library.notes_export import to_jsonld, to_markdown

        ids = self.selected_ids() or None
        if path.suffix.lower() == ".json":
            text = json.dumps(to_jsonld(self.library, ids), ensure_ascii=False, indent=2) + "\n"
        else:
            text = to_markdown(self.library, ids)
        path.write_text(text, encoding="utf-8")
        self.statusBar().showMessage(self.tr("Notes exported to %1").replace("%1", str(path)), 8000)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel_imports)
        self.progress_label = QLabel(self)
        for widget in (self.progress_label, self.progress, self.cancel_button):
            status.addPermanentWidget(widget)
            widget.hide()

    def _sync_pref_actions(self) -> None:
        self.action(f"theme_{self.prefs.theme}").setChecked(True)
        self.action(f"face_{self.prefs.face}").setChecked(True)

    def _update_actions(self) -> None:
        has_article = self.current_id is not None
        selected = bool(self.selected_ids())
        self.action("copy_title").setEnabled(has_article or selected)
        self.action("delete_articles").setEnabled(selected)
        self.action("bookmark").setEnabled(has_article)
        self.action("find_in_article").setEnabled(has_article)
        for action_id in ("add_article_note", "add_bookmark"):
            self.action(action_id).setEnabled(has_article)
        summary = self.library.summary(self.current_id) if has_article else None
        self.action("bookmark").setChecked(bool(summary and summary.bookmarked))

    def _focus_filter(self) -> None:
        self.panel.filter_edit.setFocus()
        self.panel.filter_edit.selectAll()

    # -- library ---------------------------------------------------------------------------

    def refresh_library(self, first_page_now: bool = False) -> None:
        selected = self.selected_ids()
        self.model.reload(first_page_now)
        self._select_ids(selected or ([self.current_id] if self.current_id else []))
        if not first_page_now:  # else after the first frame: the list is seen only when opened
            self._refresh_sites()
        if self.panel.filter_edit.text().strip():
            self.run_search()

    def check_outside_changes(self) -> None:
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

    def _filters_changed(self) -> None:
        filters = self.search_filters()
        self.proxy.set_filters(
            bookmarked=filters.bookmarked, with_notes=filters.with_notes,
            unread=filters.unread, site=filters.site,
        )
        if self.panel.filter_edit.text().strip():
            self.run_search()

    def run_search(self) -> None:
        """Full-text search of titles, bodies and notes; an empty box shows the library."""
        self._search_timer.stop()
        query = self.panel.filter_edit.text()
        if not query.strip():
            self.panel.stack.setCurrentWidget(self.panel.table)
            return
        results = self.library.rank(query, self.search_filters(), limit=200)
        model = self.panel.results_model
        model.set_results(results)
        panel = self.panel
        panel.stack.setCurrentWidget(panel.results if model.hits else panel.no_results)

    def _open_hit(self, index: QModelIndex) -> None:
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

    def selected_ids(self) -> list[int]:
        rows = self.panel.table.selectionModel().selectedRows()
        return [int(index.data(ID_ROLE)) for index in sorted(rows, key=lambda i: i.row())]

    def _select_ids(self, ids: list[int]) -> None:
        selection = self.panel.table.selectionModel()
        selection.blockSignals(True)
        selection.clearSelection()
        for article_id in ids:
            row = self.model.row_of(article_id)
            if row is None:
                continue
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                flags = (
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.select(index, flags)
                if article_id == self.current_id:
                    selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.open_article(int(current.data(ID_ROLE)))
        self._update_actions()

    def open_article(self, article_id: int) -> bool:
        if article_id == self.current_id and self.reader.article is not None:
            return True
        self._save_position()
        article = self.library.get(article_id)
        if article is None:
            return False
        self.current_id = article_id
        self.reader.show_article(article, article.read_position)
        self.undo_stack.clear()
        self._load_panels()
        self.settings.set_last_article(article_id)
        self.setWindowTitle(f"{isolate(article.title)} — Qari")
        if article_id not in self.selected_ids():  # keep a multi-selection that includes it
            self._select_ids([article_id])
        row = self.model.row_of(article_id)
        if row is not None:
            self.panel.table.scrollTo(self.proxy.mapFromSource(self.model.index(row, 0)))
        self._update_actions()
        return True

    def _save_position(self) -> None:
        self.notes_panel.save_now()
        if self.current_id is None or self.reader.article is None:
            return
        self.library.set_reading_position(
            self.current_id, self.reader.reading_position(), self.reader.progress()
        )

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

    def toggle_bookmark(self) -> None:
        if self.current_id is None:
            return
        value = self.action("bookmark").isChecked()
        self.library.set_bookmarked(self.current_id, value)
        summary = self.library.summary(self.current_id)
        if summary:
            self.model.update_row(summary)
        if self.model.filters["bookmarked"]:
            self.refresh_library()

    def delete_selected(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete articles"),
            self.tr("Delete %n article(s) and their notes? This cannot be undone.", "", len(ids)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for article_id in ids:
            self.library.delete(article_id)
            if article_id == self.current_id:
                self.current_id = None
                self.reader.show_article(None)
                self.setWindowTitle("Qari")
        self.refresh_library()
        self._update_actions()

    def library_context_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addAction(self.action("copy_title"))
        menu.addAction(self.action("bookmark"))
        menu.addSeparator()
        menu.addAction(self.action("delete_articles"))
        return menu

    def _context_menu(self, position) -> None:  # noqa: ANN001
        menu = self.library_context_menu()
        menu.exec(self.panel.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- reading preferences ---------------------------------------------------------------

    def _change_prefs(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self.prefs, key, value)
        self.prefs.clamp()
        self.settings.set_reading(self.prefs)
        self.reader.apply_prefs(self.prefs)
        self._sync_pref_actions()

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

    def start_import(self, files: list[Path], open_result: bool = False) -> ImportJob:
        from reader.ui.workers import ImportJob, ImportWorker

        self._open_after_import = open_result
        worker = ImportWorker(self.library.path, files)
        job = ImportJob(worker, self)
        worker.progress.connect(self._import_progress)
        job.done.connect(self._import_done)
        self.jobs.append(job)
        self.progress.setRange(0, 0)
        self.progress_label.setText(self.tr("Importing…"))
        for widget in (self.progress_label, self.progress, self.cancel_button):
            widget.show()
        job.start()
        return job

    def _import_progress(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(self.tr("Importing %1").replace("%1", isolate(name)))

    def cancel_imports(self) -> None:
        for job in self.jobs:
            job.worker.cancel()

    def _import_done(self, job: ImportJob, outcomes: list[ImportOutcome], cancelled: bool) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        if job in self.jobs:
            self.jobs.remove(job)
        if not self.jobs:
            for widget in (self.progress_label, self.progress, self.cancel_button):
                widget.hide()
        self.refresh_library()
        from reader.library.importer import summarise

        counts = summarise(outcomes)
        message = self.tr("%1 imported, %2 duplicate, %3 updated, %4 failed")
        for i, key in enumerate(("imported", "duplicate", "updated", "failed"), start=1):
            message = message.replace(f"%{i}", self.locale().toString(counts[key]))
        if cancelled:
            message = self.tr("Import cancelled") + " — " + message
        self.statusBar().showMessage(message, 15000)
        self.last_import = outcomes
        failed = [o for o in outcomes if o.status == "failed"]
        if failed:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Import finished"))
            box.setText(message)
            box.setDetailedText(
                "\n".join(f"{isolate(Path(o.path).name)}: {o.error}" for o in failed)
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
        opened = [o.id for o in outcomes if o.id is not None and o.status != "failed"]
        if self._open_after_import and opened:
            self.open_article(opened[0])
        elif len([o for o in outcomes if o.status in ("imported", "updated")]) == 1 and opened:
            self.open_article(opened[0])
        self.import_finished_hook(outcomes)

    def import_finished_hook(self, outcomes: list[ImportOutcome]) -> None:
        """For tests and scripting: called after each import's summary."""

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

        article_id = ensure_welcome(self.library)
        self.refresh_library()
        if article_id:
            self.open_article(article_id)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        QMessageBox.about(
            self,
            self.tr("About Qari"),
            self.tr("Qari %1 — an article reader for Arabic.").replace("%1", __version__),
        )

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
        last = self.settings.last_article()
        if last:
            self.open_article(last)

    def save_state(self) -> None:
        self._save_position()
        self.settings.set_value("window/geometry", self.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("window/state", self.saveState())
        self.settings.set_last_article(self.current_id)
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._watch_timer.stop()
        self.cancel_imports()
        for job in list(self.jobs):
            job.wait()
        self.save_state()
        super().closeEvent(event)


def application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return app
