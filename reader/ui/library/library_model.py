"""The library list as a table model over a SQL query.

Only the ordered ids of the listed articles are held (sorting and filtering happen in SQL);
a row's details are read in pages when the view first shows it. A 100,000-article library
opens without reading 100,000 rows, and bodies are never read at all.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QIdentityProxyModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from reader.library.articles import ArticleSummary, Library, parse_iso
from reader.library.filters import SearchFilters
from reader.text.direction import direction_of
from reader.ui.app.i18n import format_date, number, ui_locale
from reader.ui.widgets.direction import leading_alignment, qt_direction
from reader.ui.widgets.roles import DIRECTION_ROLE, ID_ROLE, META_ROLE

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_ROLES = frozenset(
    {_DISPLAY, _ALIGNMENT, _TOOLTIP, _FONT, ID_ROLE, DIRECTION_ROLE, META_ROLE}
)
_FSI, _PDI = "\u2068", "\u2069"
_ALIGN_VCENTER = {
    direction: leading_alignment(direction) | Qt.AlignmentFlag.AlignVCenter
    for direction in ("rtl", "ltr")
}
_CENTER = Qt.AlignmentFlag.AlignCenter

TITLE, SITE, PUBLISHED, ADDED, BOOKMARKED, NOTES, READ = range(7)
COLUMNS = 7
ORDER_KEYS = ("title", "site", "published", "imported_at", "bookmarked", "notes",
              "read_progress")
PAGE = 256
# Rows kept in memory. Scrolling through 100,000 rows must not keep 100,000 objects alive:
# besides the memory, the garbage collector's full passes over them stall a frame.
CACHE_ROWS = 8 * PAGE
AnyIndex = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    # A reload left ids past the first page unread: the view reads them on a task and hands
    # them to take_rest(), so that a 100,000-article list repaints in milliseconds.
    rest_wanted = Signal()

    def __init__(self, library: Library | None = None, parent: object = None) -> None:
        super().__init__(parent)
        self.library = library
        self.ids: list[int] = []
        self._rest_pending = False
        self._rows: dict[int, ArticleSummary] = {}
        self._row_of: dict[int, int] | None = None
        self._title_direction: dict[int, str] = {}
        self._meta: dict[int, str] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.order = ("imported_at", True)
        self._order_override: str | None = None  # "position": a collection's own order
        # The library opens on the inbox; Archive and All are a click away.
        self.filters = SearchFilters(shelf="inbox")
        self._shown: tuple[SearchFilters, str | None] | None = None

    # -- contents --------------------------------------------------------------------------

    def reload(self, first_page_now: bool = False) -> None:
        """Query the ids again (after an import, a delete, a new order or filter).

        ``first_page_now`` reads only the first page of ids: a new window paints its first
        rows without waiting for every id of a 100,000-article library (25 ms), and reads
        the rest with complete() after its first frame. Whatever needs the whole list calls
        complete() first."""
        if self.library is None:
            return
        self.beginResetModel()
        self._shown = (self.filters, self._order_override)
        limit = PAGE if first_page_now else None
        self.ids = self._ids(limit)
        self._rest_pending = limit is not None and len(self.ids) == limit
        self._forget_rows()
        self.endResetModel()
        if self._rest_pending:
            self.rest_wanted.emit()

    @property
    def rest_pending(self) -> bool:
        return self._rest_pending

    def shown(self) -> tuple[SearchFilters, tuple[str, bool]]:
        """What the list shows: its filters and order, for reading the rest elsewhere."""
        order = (self._order_override, False) if self._order_override else self.order
        return self.filters, order

    def take_rest(self, ids: list[int], shown: tuple[SearchFilters, tuple[str, bool]]) -> bool:
        """The whole list, read on a task for what ``shown`` was; ignored if the list has
        changed since (or was completed meanwhile)."""
        if not self._rest_pending or shown != self.shown():
            return False
        self._rest_pending = False
        self._extend(ids)
        return True

    def complete(self) -> None:
        """Read the ids that reload(first_page_now=True) left for later."""
        if not self._rest_pending or self.library is None:
            return
        self._rest_pending = False
        self._extend(self._ids(None))

    def _extend(self, ids: list[int]) -> None:
        if ids[: len(self.ids)] == self.ids:
            if len(ids) > len(self.ids):
                self.beginInsertRows(QModelIndex(), len(self.ids), len(ids) - 1)
                self.ids = ids
                self._row_of = None
                self.endInsertRows()
            return
        self.beginResetModel()  # the library changed in between
        self.ids = ids
        self._forget_rows()
        self.endResetModel()

    def restyle(self) -> None:
        """Dates and counts made again (the reader chose other digits or another calendar):
        the rows stay, their text is worked out anew."""
        self._meta.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, COLUMNS - 1))

    def _forget_rows(self) -> None:
        """The rows read so far and what was worked out from them: the list changed."""
        self._rows.clear()
        self._row_of = None
        self._title_direction.clear()
        self._meta.clear()

    def _ids(self, limit: int | None) -> list[int]:
        assert self.library is not None
        filters, (order, descending) = self.shown()
        return self.library.article_ids(order, descending, limit=limit, filters=filters)

    def set_filters(self, filters: SearchFilters) -> None:
        """List what these filters keep; nothing is read again when they and the order are
        what the list already shows."""
        if (filters, self._order_override) == self._shown:
            return
        self.filters = filters
        self.reload(first_page_now=True)

    def set_order_override(self, order: str | None) -> None:
        """Order the list by ``order`` (a collection's positions) until a header is clicked
        or the override is taken away. Read with the next set_filters."""
        self._order_override = order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMNS:
            return
        self.order = (ORDER_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        self._order_override = None
        self.reload(first_page_now=True)

    def summary_at(self, row: int) -> ArticleSummary | None:
        """The row's article; None when it was deleted since the ids were read (by another
        process: the window reads the list again once it notices)."""
        article_id = self.ids[row]
        found = self._rows.get(article_id)
        if found is None:
            if len(self._rows) >= CACHE_ROWS:
                self._rows.clear()
                self._title_direction.clear()
                self._meta.clear()
            start = row - row % PAGE
            page = self.ids[start:start + PAGE]
            self._rows.update(self.library.summaries_for(page) if self.library else {})
            found = self._rows.get(article_id)
        return found

    @property
    def rows(self) -> list[ArticleSummary]:
        """Every listed row (reads them all: for small lists and tests)."""
        self.complete()
        found = (self.summary_at(i) for i in range(len(self.ids)))
        return [row for row in found if row is not None]

    def update_row(self, summary: ArticleSummary) -> None:
        row = self.row_of(summary.id, complete=False)  # a row not read yet is read fresh
        if row is None or self._rows.get(summary.id) == summary:
            return  # the row shows this already (an optimistic change, now written)
        self._rows[summary.id] = summary
        self._title_direction.pop(summary.id, None)
        self._meta.pop(summary.id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def row_of(self, article_id: int, complete: bool = True) -> int | None:
        if complete:
            self.complete()
        if self._row_of is None:
            self._row_of = {article_id: row for row, article_id in enumerate(self.ids)}
        return self._row_of.get(article_id)

    def title_direction(self, row: ArticleSummary) -> str:
        # A title is aligned by its own letters, not by its article's (an English article
        # can have an Arabic title); worked out when the row is first shown.
        direction = self._title_direction.get(row.id)
        if direction is None:
            direction = direction_of(row.title, row.direction)
            self._title_direction[row.id] = direction
        return direction

    # -- Qt model --------------------------------------------------------------------------

    def headers(self) -> list[str]:
        # Narrow columns get a symbol; their names are in the header's tooltip.
        return [
            self.tr("Title"), self.tr("Site"), self.tr("Published"), self.tr("Added"), "★", "✎",
            self.tr("Read"),
        ]

    def header_tooltips(self) -> list[str]:
        return [
            self.tr("Title"), self.tr("Site"), self.tr("Published"), self.tr("Added"),
            self.tr("Bookmarked"), self.tr("Notes"), self.tr("Read"),
        ]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltips()[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        # Called for every role of every visible cell at every paint: roles this model does
        # not serve leave first, and the roles are plain ints (an enum member's look-up runs
        # Python code).
        if role not in _ROLES or not index.isValid():
            return None
        row_number = index.row()
        if not 0 <= row_number < len(self.ids):
            return None
        if role == ID_ROLE:
            return self.ids[row_number]
        column = index.column()
        row = self.summary_at(row_number)
        if row is None:
            return None
        if role == _DISPLAY:
            return self._display(row, column)
        if role == META_ROLE:
            meta = self._meta.get(row.id)
            if meta is None:  # worked out when the row is first painted, not at every paint
                meta = self._meta[row.id] = self.meta_line(row)
            return meta
        if role == DIRECTION_ROLE:
            return qt_direction(self.title_direction(row) if column == TITLE else _dir_of(row.site))
        if role == _ALIGNMENT:
            if column == TITLE:
                return _ALIGN_VCENTER[self.title_direction(row)]
            if column == SITE:
                return _ALIGN_VCENTER[_dir_of(row.site)]
            return _CENTER
        if role == _TOOLTIP:
            return row.title if column == TITLE else None
        if role == _FONT and column == TITLE and row.read_progress <= 0:
            return self._bold  # unread
        return None

    def meta_line(self, row: ArticleSummary) -> str:
        """The title's second line: site · date · progress, each part isolated so that a
        Latin site name cannot reorder an Arabic date beside it."""
        parts = [
            self._display(row, SITE), self._display(row, PUBLISHED) or self._display(row, ADDED),
            self._display(row, READ),
        ]
        return " · ".join(_FSI + part + _PDI for part in parts if part)

    def _display(self, row: ArticleSummary, column: int) -> str:
        locale = ui_locale()
        if column == TITLE:
            return row.title
        if column == SITE:
            return row.site
        if column in (PUBLISHED, ADDED):
            value = parse_iso(row.published if column == PUBLISHED else row.imported_at)
            return format_date(value) if value is not None else ""
        if column == BOOKMARKED:
            return "★" if row.bookmarked else ""
        if column == NOTES:
            return number(row.notes) if row.notes else ""
        if column == READ:
            if row.read_progress <= 0:
                return ""
            return number(round(row.read_progress * 100)) + locale.percent()
        return ""


def _dir_of(text: str) -> str:
    return direction_of(text, "ltr")


class LibraryFilter(QIdentityProxyModel):
    """The view's model: filters and order live in the SQL behind LibraryModel; this proxy
    only forwards (in C++, with no Python call per row)."""

    def source(self) -> LibraryModel:
        model = self.sourceModel()
        assert isinstance(model, LibraryModel)
        return model

    def set_filters(self, filters: SearchFilters) -> None:
        self.source().set_filters(filters)
