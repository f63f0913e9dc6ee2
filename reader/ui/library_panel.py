"""The library panel: the search box, the filter row, and the list of articles (or of search
results), each title laid out in its own direction."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QLocale, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.ui.i18n import ui_locale
from reader.ui.library_model import (
    ADDED,
    DIRECTION_ROLE,
    PUBLISHED,
    READ,
    SITE,
    TITLE,
    LibraryFilter,
)

if TYPE_CHECKING:
    from reader.ui.search_results import SearchResultsModel


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
    search_now = Signal()  # Enter in the search box: no need to wait for the typing pause
    escaped = Signal()  # Escape in the search box

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
        self.site_box.setMinimumContentsLength(6)
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
        self.filter_edit.installEventFilter(self)
        self.table.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Down or Enter in the search box go to the list shown under it; Escape in the list
        comes back to the box; Escape in the box gives the keys back to the text."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        key = event.key()  # type: ignore[attr-defined]
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.search_now.emit()  # the list takes the keys once its results are in
                return True
            if key == Qt.Key.Key_Down:
                self.enter_list()
                return True
            if key == Qt.Key.Key_Escape:
                self.escaped.emit()
                return True
        elif key == Qt.Key.Key_Escape:
            self.filter_edit.setFocus()
            return True
        return False

    def enter_list(self) -> None:
        view = self.stack.currentWidget()
        if not isinstance(view, (QListView, QTableView)):
            return
        view.setFocus()
        if not view.currentIndex().isValid() and view.model().rowCount() > 0:
            view.setCurrentIndex(view.model().index(0, 0))

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
            view.installEventFilter(self)
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

    def set_filter_actions(self, actions: list[QAction]) -> None:
        """One Filter button whose menu holds the filters: the row stays narrow enough for a
        library panel beside the text on a small screen. It names how many are on."""
        from PySide6.QtWidgets import QMenu

        self.filter_button = QToolButton(self)
        self.filter_button.setObjectName("filterButton")
        self.filter_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.filter_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.filter_button)
        for action in actions:
            menu.addAction(action)
            action.toggled.connect(lambda _on: self._count_filters(actions))
        self.filter_button.setMenu(menu)
        self._count_filters(actions)
        self.filter_row.addWidget(self.filter_button)
        self.filter_row.addWidget(self.site_box, 1)

    def _count_filters(self, actions: list[QAction]) -> None:
        on = sum(action.isChecked() for action in actions)
        text = self.tr("Filter")
        if on:
            text += f" ({ui_locale().toString(on)})"
        self.filter_button.setText(text)
