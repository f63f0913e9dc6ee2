"""The library's side: where the list comes from. The inbox, the archive and everything;
the reader's saved searches and collections; the tags, each with how many articles it holds.

Two levels: a section, then its entries. An entry is a ``Source``; choosing it decides what
the list shows, and the search box and the Filter button narrow that further.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reader.text.direction import direction_of
from reader.ui.app.i18n import number
from reader.ui.library.library_model import DIRECTION_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
SOURCE_ROLE = Qt.ItemDataRole.UserRole + 40

SHELF, SAVED, COLLECTION, TAG, FEED = "shelf", "saved", "collection", "tag", "feed"
SECTIONS = (SHELF, SAVED, COLLECTION, TAG, FEED)
SECTION_ID = 99  # a section's internal id; an entry's is its section's row


@dataclass(frozen=True)
class Source:
    kind: str  # shelf | saved | collection | tag | feed
    key: str  # the shelf's name, the saved search's query, the tag's name, the feed's address
    id: int | None = None  # the saved search's, collection's or feed's id
    # Not part of what the source is: the same tag with one more article is the same tag.
    name: str = field(default="", compare=False)
    count: int | None = field(default=None, compare=False)


INBOX = Source(SHELF, "inbox")


def section_title(kind: str) -> str:
    return {
        SHELF: QCoreApplication.translate("Sidebar", "Library"),
        SAVED: QCoreApplication.translate("Sidebar", "Saved Searches"),
        COLLECTION: QCoreApplication.translate("Sidebar", "Collections"),
        TAG: QCoreApplication.translate("Sidebar", "Tags"),
        FEED: QCoreApplication.translate("Sidebar", "Feeds"),
    }[kind]


def shelf_title(shelf: str) -> str:
    return {
        "inbox": QCoreApplication.translate("Sidebar", "Inbox"),
        "archive": QCoreApplication.translate("Sidebar", "Archive"),
        "all": QCoreApplication.translate("Sidebar", "All Articles"),
    }[shelf]


class SidebarModel(QAbstractItemModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.entries: dict[str, list[Source]] = {kind: [] for kind in SECTIONS}
        self.entries[SHELF] = [Source(SHELF, s) for s in ("inbox", "archive", "all")]

    def set_entries(self, kind: str, sources: list[Source]) -> None:
        parent = self.index(SECTIONS.index(kind), 0)
        old = len(self.entries[kind])
        if old == len(sources):  # the same rows: counts and names change in place
            self.entries[kind] = sources
            if sources:
                self.dataChanged.emit(self.index(0, 0, parent), self.index(old - 1, 0, parent))
            return
        if old:
            self.beginRemoveRows(parent, 0, old - 1)
            self.entries[kind] = []
            self.endRemoveRows()
        if sources:
            self.beginInsertRows(parent, 0, len(sources) - 1)
            self.entries[kind] = sources
            self.endInsertRows()

    def restyle(self) -> None:
        """Counts written again in the reader's digits."""
        for section, kind in enumerate(SECTIONS):
            parent = self.index(section, 0)
            if self.entries[kind]:
                last = len(self.entries[kind]) - 1
                self.dataChanged.emit(self.index(0, 0, parent), self.index(last, 0, parent))

    def index_of(self, source: Source) -> QModelIndex:
        """The entry showing this source (matched by kind and id, or kind and key)."""
        for row, entry in enumerate(self.entries[source.kind]):
            same = entry.id == source.id if source.id is not None else entry.key == source.key
            if same:
                return self.index(row, 0, self.index(SECTIONS.index(source.kind), 0))
        return QModelIndex()

    # -- QAbstractItemModel ------------------------------------------------------------------

    def index(
        self, row: int, column: int, parent: AnyIndex = QModelIndex()  # noqa: B008
    ) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, SECTION_ID) if row < len(SECTIONS) else QModelIndex()
        if not self._is_section(parent):
            return QModelIndex()  # entries have no children
        section = parent.row()
        if row >= len(self.entries[SECTIONS[section]]):
            return QModelIndex()
        return self.createIndex(row, 0, section)

    def parent(  # type: ignore[override]
        self, index: AnyIndex = QModelIndex()  # noqa: B008
    ) -> QModelIndex:
        if not index.isValid() or self._is_section(index):
            return QModelIndex()
        return self.createIndex(index.internalId(), 0, SECTION_ID)

    @staticmethod
    def _is_section(index: AnyIndex) -> bool:
        return index.internalId() == SECTION_ID

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        if not parent.isValid():
            return len(SECTIONS)
        if self._is_section(parent):
            return len(self.entries[SECTIONS[parent.row()]])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 1

    def source_at(self, index: AnyIndex) -> Source | None:
        if not index.isValid() or self._is_section(index):
            return None
        return self.entries[SECTIONS[index.internalId()]][index.row()]

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._is_section(index):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if self._is_section(index):
            if role == Qt.ItemDataRole.DisplayRole:
                return section_title(SECTIONS[index.row()])
            if role == Qt.ItemDataRole.FontRole:
                from PySide6.QtGui import QFont

                font = QFont()
                font.setBold(True)
                return font
            return None
        source = self.source_at(index)
        assert source is not None
        name = shelf_title(source.key) if source.kind == SHELF else source.name
        if role == Qt.ItemDataRole.DisplayRole:
            if source.count is None:
                return name
            return f"{name} ({number(source.count)})"
        if role == Qt.ItemDataRole.ToolTipRole and source.kind in (SAVED, FEED):
            return source.key  # the query it runs, the feed's address
        if role == SOURCE_ROLE:
            return source
        if role == DIRECTION_ROLE and source.kind != SHELF:
            # A name in Arabic reads right to left in an English interface, and a Latin one
            # left to right in an Arabic one.
            rtl = direction_of(name, "ltr") == "rtl"
            return Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        return None
