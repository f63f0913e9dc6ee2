"""The library panel: the search box, the filter row, and the list of articles (or of search
results), each title laid out in its own direction."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QPainter,
    QPalette,
    QTextOption,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QToolTip,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.ui.app.i18n import format_date, number, ui_locale
from reader.ui.library.library_model import (
    ADDED,
    DIRECTION_ROLE,
    NOTES,
    PUBLISHED,
    READ,
    SITE,
    TITLE,
    LibraryFilter,
)
from reader.ui.library.sidebar_model import SECTIONS, TAG, SidebarModel
from reader.ui.widgets.roles import META_ROLE

# Folded into the title's second line, so hidden unless the reader asks for them (the
# header's context menu): the title gets the width.
DEFAULT_HIDDEN = frozenset({SITE, PUBLISHED, ADDED, NOTES, READ})

if TYPE_CHECKING:
    from reader.ui.library.search_results import SearchResultsModel


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


class TitleDelegate(DirectionDelegate):
    """A title on two lines, as read-it-later lists show them: the title (bold while unread,
    cut with an ellipsis at its own end) and under it, muted, site · date · progress. Both
    lines keep the title's direction and leading edge."""

    MARGIN = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        styled = self.styled_option(option, index)
        self.initStyleOption(styled, index)
        title, styled.text = styled.text, ""
        widget = styled.widget
        style = widget.style() if widget is not None else None
        if style is not None:  # background, selection and focus, without the text
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, styled, painter, widget)
        selected = bool(styled.state & QStyle.StateFlag.State_Selected)
        palette = styled.palette
        ink = palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = ink if selected else palette.color(QPalette.ColorRole.PlaceholderText)
        rect = QRectF(styled.rect).adjusted(self.MARGIN, 3, -self.MARGIN, -3)
        text_option = QTextOption()
        text_option.setTextDirection(styled.direction)
        text_option.setWrapMode(QTextOption.WrapMode.NoWrap)
        leading = (
            Qt.AlignmentFlag.AlignRight
            if styled.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft
        )
        text_option.setAlignment(leading | Qt.AlignmentFlag.AlignTop)
        meta = index.data(META_ROLE) or ""
        painter.save()
        # Each line gets the room its script needs (Arabic runs in a fallback face stand
        # taller than the font's own metrics): the title above, the details at the bottom.
        title_font = styled.font
        metrics, meta_font, meta_metrics = self._fonts(title_font)
        meta_height = meta_metrics.height() * 1.3 if meta else 0.0
        line = QRectF(rect.x(), rect.y(), rect.width(), rect.height() - meta_height)
        painter.setFont(title_font)
        painter.setPen(ink)
        painter.drawText(
            line, metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
            text_option,
        )
        if meta:
            painter.setFont(meta_font)
            painter.setPen(muted)
            below = QRectF(rect.x(), rect.bottom() - meta_height, rect.width(), meta_height)
            text_option.setAlignment(leading | Qt.AlignmentFlag.AlignBottom)
            painter.drawText(
                below, meta_metrics.elidedText(meta, Qt.TextElideMode.ElideRight, rect.width()),
                text_option,
            )
        painter.restore()

    def _fonts(self, title_font: QFont) -> tuple[QFontMetricsF, QFont, QFontMetricsF]:
        """The title's metrics and the details line's font: made once per font, not at each
        cell's paint (the list paints a few dozen cells a frame while it scrolls)."""
        cache: dict[str, tuple[QFontMetricsF, QFont, QFontMetricsF]] = self.__dict__.setdefault(
            "_font_cache", {}
        )
        key = title_font.key()
        if key not in cache:
            meta_font = QFont(title_font)
            meta_font.setBold(False)
            meta_font.setPointSizeF(title_font.pointSizeF() * 0.9)
            cache[key] = (QFontMetricsF(title_font), meta_font, QFontMetricsF(meta_font))
        return cache[key]

    def helpEvent(  # noqa: N802 - Qt override
        self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
        index: QModelIndex,
    ) -> bool:
        """The whole title as a tooltip, when the list cuts it."""
        if event.type() == QEvent.Type.ToolTip:
            title = str(index.data() or "")
            width = option.rect.width() - 2 * self.MARGIN
            if QFontMetricsF(option.font).horizontalAdvance(title) > width:
                QToolTip.showText(event.globalPos(), title, view)
            else:
                QToolTip.hideText()
            return True
        return super().helpEvent(event, view, option, index)


class LibraryPanel(QWidget):
    columns_changed = Signal(list)  # the hidden columns, to remember
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
        self.title_delegate = TitleDelegate(self.table)
        self.table.setItemDelegateForColumn(TITLE, self.title_delegate)
        self.table.setItemDelegateForColumn(SITE, self.direction_delegate)
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
        # Two lines a row: the title, and site · date · progress under it.
        row_height = int(self.table.fontMetrics().height() * 2.6 + 8)
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        # Fixed row heights: the view never asks 100,000 rows for their size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        self._size_columns(model)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.set_hidden_columns(DEFAULT_HIDDEN)
        self.stack = QStackedWidget(self)
        for page in (self.table, self.no_results):
            self.stack.addWidget(page)
        self.sidebar_model = SidebarModel(self)
        self.sidebar = self._make_sidebar()
        # The side above the list, as tall as its rows need up to a third of the panel; the
        # reader drags the handle to give the list more (or all) of it.
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([self.sidebar_height(), 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.filter_edit)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.splitter, 1)
        self.filter_edit.installEventFilter(self)
        self.table.installEventFilter(self)

    def _make_sidebar(self) -> QTreeView:
        view = QTreeView(self)
        view.setObjectName("librarySidebar")
        view.setModel(self.sidebar_model)
        view.setHeaderHidden(True)
        view.setRootIsDecorated(True)
        view.setUniformRowHeights(True)
        view.setItemDelegate(DirectionDelegate(view))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setFrameShape(QTreeView.Shape.NoFrame)
        view.expandAll()
        view.collapse(self.sidebar_model.index(SECTIONS.index(TAG), 0))  # can be long
        self.sidebar_model.rowsInserted.connect(self._expand_new)
        return view

    def _expand_new(self, parent: QModelIndex, _first: int, _last: int) -> None:
        if parent.isValid() and parent.row() != SECTIONS.index(TAG):
            self.sidebar.expand(parent)

    def sidebar_height(self) -> int:
        """The shelves and the sections' titles: the rest scrolls, and the list keeps the
        panel's height for its titles (dragging the handle gives the side more)."""
        rows = len(SECTIONS) + 3
        return int(self.sidebar.sizeHintForRow(0) * rows + 4)

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
            from reader.ui.library.search_results import SearchResultsModel
            from reader.ui.widgets.rich_rows import LinesDelegate

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
        date = format_date(datetime(2026, 12, 28))  # in the reader's calendar: maybe both
        samples = {PUBLISHED: date, ADDED: date, READ: number(100) + locale.percent()}
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

    def hidden_columns(self) -> list[int]:
        return [c for c in range(self.table.model().columnCount()) if self.table.isColumnHidden(c)]

    def set_hidden_columns(self, hidden: frozenset[int] | set[int] | list[int]) -> None:
        for column in range(self.table.model().columnCount()):
            self.table.setColumnHidden(column, column in hidden and column != TITLE)

    def column_menu(self) -> QMenu:
        """The columns beside the title, each shown or hidden (the title always shows)."""
        menu = QMenu(self)
        model = self.table.model()
        for column in range(model.columnCount()):
            if column == TITLE:
                continue
            name = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            action = menu.addAction(str(name))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self._show_column(c, on))
        return menu

    def _show_column(self, column: int, shown: bool) -> None:
        self.table.setColumnHidden(column, not shown)
        self.columns_changed.emit(self.hidden_columns())

    def _header_menu(self, position: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))
        menu.deleteLater()

    def set_filter_actions(self, actions: list[QAction]) -> None:
        """One Filter button whose menu holds the filters: the row stays narrow enough for a
        library panel beside the text on a small screen. It names how many are on."""
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
            text += f" ({number(on)})"
        self.filter_button.setText(text)
