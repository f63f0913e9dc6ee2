"""Collections and saved searches: what a reader shapes the library into.

A collection is a hand-made, ordered list of articles (an article can be in several). A saved
search is a name and a query in the search box's syntax (words, ``tag:``, ``site:``, ``is:``,
``has:notes``), listed live: it is run each time it is opened. Names are matched as tags are
(harakat, hamza forms, Latin case folded), so one name means one collection.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from reader.library.filters import SearchFilters, query_filters
from reader.library.tags import clean_name, tag_key
from reader.library.transactions import transaction
from reader.text.dates import utc_now

MAX_QUERY = 1000


@dataclass(frozen=True)
class Collection:
    id: int
    name: str
    count: int = 0


@dataclass(frozen=True)
class SavedSearch:
    id: int
    name: str
    query: str

    def filters(self, base: SearchFilters | None = None) -> tuple[str, SearchFilters]:
        """The saved query's words and filters (over ``base``, which defaults to every shelf)."""
        return query_filters(self.query, base or SearchFilters())


class Collections:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def create(self, name: str) -> Collection:
        """A new, empty collection; the one with that name when there is one."""
        name = clean_name(name)
        with transaction(self.conn) as conn:
            conn.execute(
                "INSERT OR IGNORE INTO collections (name, key, created_at) VALUES (?, ?, ?)",
                (name, tag_key(name), utc_now()),
            )
        found = self.find(name)
        assert found is not None
        return found

    def find(self, name: str) -> Collection | None:
        row = self.conn.execute(
            "SELECT c.id, c.name, (SELECT COUNT(*) FROM collection_items ci"
            " WHERE ci.collection_id = c.id) FROM collections c WHERE c.key = ?",
            (tag_key(name),),
        ).fetchone()
        return Collection(*row) if row else None

    def get(self, collection_id: int) -> Collection | None:
        return next((c for c in self.all() if c.id == collection_id), None)

    def _id(self, name: str) -> int:
        found = self.find(name)
        if found is None:
            raise LookupError(f"no collection {name}")
        return found.id

    def all(self) -> list[Collection]:
        rows = self.conn.execute(
            "SELECT c.id, c.name, COUNT(ci.article_id) FROM collections c"
            " LEFT JOIN collection_items ci ON ci.collection_id = c.id"
            " GROUP BY c.id ORDER BY c.key"
        ).fetchall()
        return [Collection(*row) for row in rows]

    def add(self, collection_id: int, ids: list[int]) -> int:
        """Append these articles (in the order given) to the end; returns how many were new."""
        with transaction(self.conn) as conn:
            (last,) = conn.execute(
                "SELECT COALESCE(MAX(position), 0) FROM collection_items WHERE collection_id = ?",
                (collection_id,),
            ).fetchone()
            added = 0
            for article_id in ids:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO collection_items (collection_id, article_id, position)"
                    " SELECT ?, id, ? FROM articles WHERE id = ?",
                    (collection_id, last + added + 1, article_id),
                )
                added += cursor.rowcount
            return added

    def remove(self, collection_id: int, ids: list[int]) -> int:
        with transaction(self.conn) as conn:
            return conn.executemany(
                "DELETE FROM collection_items WHERE collection_id = ? AND article_id = ?",
                [(collection_id, article_id) for article_id in ids],
            ).rowcount

    def items(self, collection_id: int) -> list[int]:
        rows = self.conn.execute(
            # Ties (two devices adding at once) fall to the article's lasting identity, the
            # same on every device, not to its local number.
            "SELECT ci.article_id FROM collection_items ci JOIN articles a"
            " ON a.id = ci.article_id WHERE ci.collection_id = ? ORDER BY ci.position, a.uid",
            (collection_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def move(self, collection_id: int, article_id: int, index: int) -> None:
        """Put the article at ``index`` (0 first; past the end is last) of the collection."""
        order = self.items(collection_id)
        if article_id not in order:
            raise LookupError(f"article {article_id} is not in the collection")
        order.remove(article_id)
        order.insert(max(0, min(index, len(order))), article_id)
        with transaction(self.conn) as conn:
            conn.executemany(
                "UPDATE collection_items SET position = ?"
                " WHERE collection_id = ? AND article_id = ?",
                [(n + 1, collection_id, a) for n, a in enumerate(order)],
            )

    def step(self, collection_id: int, article_id: int, delta: int) -> bool:
        """Move the article ``delta`` places up (negative) or down the collection; False
        when it is not in it or already at that end."""
        order = self.items(collection_id)
        if article_id not in order:
            return False
        index = order.index(article_id) + delta
        if not 0 <= index < len(order):
            return False
        self.move(collection_id, article_id, index)
        return True

    def rename(self, old: str, new: str) -> Collection:
        new = clean_name(new)
        source = self._id(old)
        other = self.find(new)
        if other is not None and other.id != source:
            raise ValueError(f"a collection named {other.name} exists")
        with transaction(self.conn) as conn:
            conn.execute(
                "UPDATE collections SET name = ?, key = ? WHERE id = ?", (new, tag_key(new), source)
            )
        found = self.find(new)
        assert found is not None
        return found

    def delete(self, name: str) -> None:
        """The collection goes; its articles stay in the library."""
        source = self._id(name)
        with transaction(self.conn) as conn:
            conn.execute("DELETE FROM collections WHERE id = ?", (source,))

    def of(self, article_id: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT c.name FROM collections c JOIN collection_items ci ON ci.collection_id = c.id"
            " WHERE ci.article_id = ? ORDER BY c.key",
            (article_id,),
        ).fetchall()
        return [r[0] for r in rows]


class SavedSearches:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def save(self, name: str, query: str) -> SavedSearch:
        """Save the query under this name (replacing the query a search of that name had)."""
        name = clean_name(name)
        query = " ".join(query.split())[:MAX_QUERY]
        if not query:
            raise ValueError("a saved search needs a query")
        with transaction(self.conn) as conn:
            conn.execute(
                "INSERT INTO saved_searches (name, key, query, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (key) DO UPDATE SET query = excluded.query, name = excluded.name",
                (name, tag_key(name), query, utc_now()),
            )
        found = self.find(name)
        assert found is not None
        return found

    def find(self, name: str) -> SavedSearch | None:
        row = self.conn.execute(
            "SELECT id, name, query FROM saved_searches WHERE key = ?", (tag_key(name),)
        ).fetchone()
        return SavedSearch(*row) if row else None

    def get(self, search_id: int) -> SavedSearch | None:
        row = self.conn.execute(
            "SELECT id, name, query FROM saved_searches WHERE id = ?", (search_id,)
        ).fetchone()
        return SavedSearch(*row) if row else None

    def all(self) -> list[SavedSearch]:
        rows = self.conn.execute(
            "SELECT id, name, query FROM saved_searches ORDER BY key"
        ).fetchall()
        return [SavedSearch(*row) for row in rows]

    def rename(self, old: str, new: str) -> SavedSearch:
        found = self.find(old)
        if found is None:
            raise LookupError(f"no saved search {old}")
        new = clean_name(new)
        other = self.find(new)
        if other is not None and other.id != found.id:
            raise ValueError(f"a saved search named {other.name} exists")
        with transaction(self.conn) as conn:
            conn.execute(
                "UPDATE saved_searches SET name = ?, key = ? WHERE id = ?",
                (new, tag_key(new), found.id),
            )
        return SavedSearch(found.id, new, found.query)

    def delete(self, name: str) -> None:
        found = self.find(name)
        if found is None:
            raise LookupError(f"no saved search {name}")
        with transaction(self.conn) as conn:
            conn.execute("DELETE FROM saved_searches WHERE id = ?", (found.id,))
