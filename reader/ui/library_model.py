"""The library list as a table model: one row per article, never a body loaded."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont

from reader.library.articles import ArticleSummary, parse_iso
from reader.text.direction import direction_of
from reader.ui.document import leading_alignment, qt_direction
from reader.ui.i18n import ui_locale

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DIRECTION_ROLE = Qt.ItemDataRole.UserRole + 3
FILTER_ROLE = Qt.ItemDataRole.UserRole + 4

TITLE, SITE, PUBLISHED, ADDED, BOOKMARKED, NOTES, READ = range(7)
COLUMNS = 7
AnyIndex = QModelIndex | QPersistentModelIndex


class LibraryModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.rows: list[ArticleSummary] = []
        self._row_of: dict[int, int] = {}
        # Direction of each title, worked out when a row is first shown: a title is aligned by
        # its own letters, not by its article (an English article can have an Arabic title).
        self._title_direction: dict[int, str] = {}

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

    def set_rows(self, rows: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._row_of = {r.id: i for i, r in enumerate(rows)}
        self._title_direction.clear()
        self.endResetModel()

    def title_direction(self, row: ArticleSummary) -> str:
        direction = self._title_direction.get(row.id)
        if direction is None:
            direction = direction_of(row.title, row.direction)
            self._title_direction[row.id] = direction
        return direction

    def update_row(self, summary: ArticleSummary) -> None:
        row = self._row_of.get(summary.id)
        if row is None:
            return
        self.rows[row] = summary
        self._title_direction.pop(summary.id, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, COLUMNS - 1))

    def row_of(self, article_id: int) -> int | None:
        return self._row_of.get(article_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

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
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return (
                row.title.casefold(), row.site.casefold(), row.published or "", row.imported_at,
                int(row.bookmarked), row.notes, row.read_progress,
            )[column]
        if role == DIRECTION_ROLE:
            return qt_direction(self.title_direction(row) if column == TITLE else _dir_of(row.site))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == TITLE:
                alignment = leading_alignment(self.title_direction(row))
                return alignment | Qt.AlignmentFlag.AlignVCenter
            if column == SITE:
                return leading_alignment(_dir_of(row.site)) | Qt.AlignmentFlag.AlignVCenter
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == TITLE:
            return row.title
        if role == Qt.ItemDataRole.FontRole and column == TITLE and row.read_progress <= 0:
            font = QFont()
            font.setBold(True)  # unread
            return font
        if role == FILTER_ROLE:
            return f"{row.title}\n{row.site}"
        return None

    def _display(self, row: ArticleSummary, column: int) -> str:
        locale = ui_locale()
        if column == TITLE:
            return row.title
        if column == SITE:
            return row.site
        if column in (PUBLISHED, ADDED):
            value = parse_iso(row.published if column == PUBLISHED else row.imported_at)
            if value is None:
                return ""
            return locale.toString(value.date(), locale.FormatType.ShortFormat)
        if column == BOOKMARKED:
            return "★" if row.bookmarked else ""
        if column == NOTES:
            return locale.toString(row.notes) if row.notes else ""
        if column == READ:
            if row.read_progress <= 0:
                return ""
            return locale.toString(round(row.read_progress * 100)) + locale.percent()
        return ""


def _dir_of(text: str) -> str:
    return direction_of(text, "ltr")


class LibraryFilter(QSortFilterProxyModel):
    """Filter box and "bookmarked only" over the library model, Arabic-aware."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
        self._terms: list[str] = []
        self.bookmarked_only = False
        self.with_notes_only = False
        self.unread_only = False
        self.site: str | None = None

    def set_text(self, text: str) -> None:
        from reader.text.search import normalize_for_search

        self._begin()
        self._terms = normalize_for_search(text).split()
        self._end()

    def set_bookmarked_only(self, value: bool) -> None:
        self.set_filters(bookmarked=value)

    def set_filters(self, **values: object) -> None:
        """bookmarked, with_notes, unread (bools) and site (str or None)."""
        self._begin()
        for key, value in values.items():
            attribute = {"bookmarked": "bookmarked_only", "with_notes": "with_notes_only",
                         "unread": "unread_only", "site": "site"}[key]
            setattr(self, attribute, value)
        self._end()

    def _begin(self) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateRowsFilter is deprecated
            self.beginFilterChange()

    def _end(self) -> None:
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:  # noqa: N802
        from reader.text.search import normalize_for_search

        model = self.sourceModel()
        if not isinstance(model, LibraryModel):
            return True
        row = model.rows[source_row]
        if self.bookmarked_only and not row.bookmarked:
            return False
        if self.with_notes_only and not row.notes:
            return False
        if self.unread_only and row.read_progress > 0:
            return False
        if self.site and row.site != self.site:
            return False
        if not self._terms:
            return True
        haystack = normalize_for_search(f"{row.title} {row.site}")
        return all(term in haystack for term in self._terms)
