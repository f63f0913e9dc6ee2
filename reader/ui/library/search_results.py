"""Library search results: each hit's title and snippet, drawn by the rich-rows delegate in
their own directions with the matches in bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reader.library.search_index import SearchHit, SearchResults
from reader.text.direction import direction_of
from reader.ui.widgets.direction import leading_alignment
from reader.ui.widgets.rich_rows import LINES_ROLE, Line
from reader.ui.widgets.roles import HIT_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex


# Hits made at once, and then at each scroll to the end of the list: a snippet costs reading
# its article, and two hundred of them would hold the window for a tenth of a second.
BATCH = 25


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []
        self.results: SearchResults | None = None

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.results = None
        self.endResetModel()

    def set_results(self, results: SearchResults, first: list[SearchHit] | None = None) -> None:
        """Ranked results: the first hits now (made already by the search task, when it
        gives them), the others as the list is scrolled to them."""
        self.beginResetModel()
        self.results = results
        self.hits = first if first is not None else results.hits(0, BATCH)
        self.endResetModel()

    def total(self) -> int:
        """Every result, ranked now if it was not (for a count; the list does not need it)."""
        return len(self.results) if self.results is not None else len(self.hits)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return (
            not parent.isValid()
            and self.results is not None
            and self.results.has_more(len(self.hits))
        )

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or self.results is None:
            return
        start = len(self.hits)
        more = self.results.hits(start, start + BATCH)
        if not more:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.hits.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return leading_alignment(direction_of(hit.title))
        if role == LINES_ROLE:
            return [
                Line(hit.title, "title", list(hit.title_marks)),
                Line(hit.snippet, "muted", list(hit.marks)),
            ]
        return None
