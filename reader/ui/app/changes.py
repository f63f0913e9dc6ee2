"""What a write changed, as Anki's ``OpChanges``: each write of the session ends by reporting
one of these, the session emits it once, and every part (the list, the side, the notes, the
reading header) updates from it alone. No part reads the library again by hand after a write.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.library.articles import ArticleSummary


@dataclass(frozen=True)
class Changes:
    # Articles whose row changed (flags, progress, counts), with their rows as the write
    # read them on its own connection when it had them (none to read again here).
    rows: frozenset[int] = frozenset()
    summaries: dict[int, ArticleSummary] = field(default_factory=dict, compare=False)
    # Articles added, deleted, archived, tagged or moved in a collection: a list may gain,
    # lose or reorder rows.
    membership: bool = False
    # The side's entries and counts: shelves, tags, collections, saved searches, sites.
    side: bool = False
    # Articles whose highlights, notes or bookmarks changed.
    notes: frozenset[int] = frozenset()
    # Articles whose text changed (a fetched page, a re-import): shown again if open.
    text: frozenset[int] = frozenset()
    # Another process wrote: anything may have changed.
    outside: bool = False

    @staticmethod
    def of_rows(summaries: list[ArticleSummary]) -> Changes:
        return Changes(rows=frozenset(s.id for s in summaries),
                       summaries={s.id: s for s in summaries})

    def __bool__(self) -> bool:
        return bool(self.rows or self.membership or self.side or self.notes or self.text
                    or self.outside)
