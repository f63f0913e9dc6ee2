"""The subscriptions as item models: feeds (name, unread entries, state) and watched folders.
Each name is aligned by its own direction, whatever the interface's."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reader.text.direction import direction_of
from reader.text.normalize import isolate
from reader.ui.widgets.direction import leading_alignment
from reader.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from reader.library.feeds import Feed
    from reader.library.watch import WatchedFolder

Index = QModelIndex | QPersistentModelIndex
FEED_ROLE = Qt.ItemDataRole.UserRole + 1


def _state(feed: Feed) -> str:
    if feed.paused:
        return QCoreApplication.translate("Feeds", "Paused")
    from reader.ui.app.i18n import core_text, format_date

    if feed.failures and feed.error_message is not None:
        return QCoreApplication.translate("Feeds", "Failing: %1").replace(
            "%1", core_text(feed.error_message))
    if feed.checked_at is None:
        return QCoreApplication.translate("Feeds", "Not yet read")
    when = datetime.fromisoformat(feed.checked_at).astimezone()  # the reader's own time
    return QCoreApplication.translate("Feeds", "Read %1").replace("%1", format_date(when, True))


def _feed_headers() -> tuple[str, str, str]:
    return (QCoreApplication.translate("Feeds", "Feed"),
            QCoreApplication.translate("Feeds", "Unread"),
            QCoreApplication.translate("Feeds", "State"))


class FeedsModel(RowsModel["Feed"]):
    NAME, UNREAD, STATE = range(3)

    def __init__(self, parent: object = None) -> None:
        super().__init__(_feed_headers, parent)
        self.unread: dict[int, int] = {}

    @property
    def feeds(self) -> list[Feed]:
        return self.rows

    def set_feeds(self, feeds: list[Feed], unread: dict[int, int]) -> None:
        self.unread = unread
        self.set_rows(feeds)

    def feed_at(self, row: int) -> Feed | None:
        return self.row_at(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.feeds):
            return None
        feed = self.feeds[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return feed.name
            if column == self.UNREAD:
                from reader.ui.app.i18n import number

                return number(self.unread.get(feed.id, 0))
            return _state(feed)
        if role == Qt.ItemDataRole.ToolTipRole:
            return isolate(feed.url) if column == self.NAME else _state(feed)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = feed.name if column == self.NAME else _state(feed)
            return leading_alignment(direction_of(text, "ltr")) | Qt.AlignmentFlag.AlignVCenter
        if role == FEED_ROLE:
            return feed
        return None

class FoldersModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.folders: list[WatchedFolder] = []

    def set_folders(self, folders: list[WatchedFolder]) -> None:
        self.beginResetModel()
        self.folders = folders
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt's
        return 0 if parent.isValid() else len(self.folders)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.folders):
            return None
        folder = self.folders[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return isolate(folder.path)  # a path keeps its own order in a mirrored list
        if role == Qt.ItemDataRole.TextAlignmentRole:
            direction = direction_of(folder.path, "ltr")
            return leading_alignment(direction) | Qt.AlignmentFlag.AlignVCenter
        return None

    def folder_at(self, row: int) -> WatchedFolder | None:
        return self.folders[row] if 0 <= row < len(self.folders) else None
