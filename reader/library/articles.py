"""Articles in the library: adding (with duplicate and update detection), reading, listing and
deleting. Every change is one transaction."""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths
from reader.library.db import connect
from reader.library.filters import SearchFilters, filter_sql, query_filters
from reader.library.records import (  # noqa: F401 - the records, where callers find them
    DUPLICATE,
    IMPORTED,
    UPDATED,
    AddResult,
    Article,
    ArticleSummary,
    blocks_from_json,
    blocks_json,
    content_hash,
    parse_iso,
    summary_of,
)
from reader.library.transactions import transaction
from reader.text.dates import utc_now

if TYPE_CHECKING:
    from reader.importing.model import ParsedArticle
    from reader.library import search_index
    from reader.library.annotations import Annotations
    from reader.library.feeds import Feeds
    from reader.library.saved import Collections, SavedSearches
    from reader.library.tags import Tags
    from reader.library.vocabulary import Vocabulary
    from reader.library.watch import WatchedFolders

def _prepared_blocks(article: ParsedArticle) -> str | bytes:
    prepared = article.prepared.get("blocks")
    return prepared if isinstance(prepared, (str, bytes)) else blocks_json(article.blocks)


def _prepared_text(article: ParsedArticle) -> str | bytes:
    prepared = article.prepared.get("text")
    return prepared if isinstance(prepared, (str, bytes)) else article.plain_text


def _as_str(value: str | bytes) -> str:
    return value.decode("utf-8") if isinstance(value, bytes) else value


def prepare(article: ParsedArticle) -> ParsedArticle:
    """Do in the parsing process what needs no database: hash, blocks JSON, search fields."""
    from reader.library import search_index

    text = article.plain_text
    article.prepared = {
        "hash": content_hash(article),
        # Large values travel and are stored as UTF-8 (bound as CAST(? AS TEXT)): the
        # writing process then never converts a long string while holding Python's lock,
        # which in the window's process would hold up the window.
        "blocks": blocks_json(article.blocks).encode("utf-8"),
        "text": text.encode("utf-8"),
        "search": tuple(v.encode("utf-8") for v in search_index.fields(article.title, text)),
        "words": len(text.split()),
    }
    article.blocks = []  # in "text" now; not sent between processes twice
    return article


_SUMMARY_COLUMNS = (
    "a.id, a.title, a.site, a.published, a.imported_at, a.bookmarked, a.direction, a.language,"
    " a.word_count, a.read_progress,"
    " (SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.kind != 'bookmark'),"
    " a.archived_at IS NOT NULL"
)
class Library:
    """The article library in one SQLite file."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.library_path()
        self.conn: sqlite3.Connection = connect(self.path)
        # Opened for reading only (a read-only disk, or a file or folder this user cannot
        # write): it lists, searches and opens; a write says why it cannot happen.
        self.read_only = bool(self.conn.execute("PRAGMA query_only").fetchone()[0])

    @cached_property
    def tags(self) -> Tags:
        from reader.library.tags import Tags

        return Tags(self.conn)

    @cached_property
    def collections(self) -> Collections:
        from reader.library.saved import Collections

        return Collections(self.conn)

    @cached_property
    def saved_searches(self) -> SavedSearches:
        from reader.library.saved import SavedSearches

        return SavedSearches(self.conn)

    @cached_property
    def feeds(self) -> Feeds:
        from reader.library.feeds import Feeds

        return Feeds(self.conn)

    @cached_property
    def vocabulary(self) -> Vocabulary:
        from reader.library.vocabulary import Vocabulary

        return Vocabulary(self.conn)

    @cached_property
    def watched(self) -> WatchedFolders:
        from reader.library.watch import WatchedFolders

        return WatchedFolders(self.conn)

    @cached_property
    def annotations(self) -> Annotations:
        # Loaded with the first note or bookmark shown: the window's first frame needs none.
        from reader.library.annotations import Annotations

        return Annotations(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing --------------------------------------------------------------------------

    def add(
        self,
        article: ParsedArticle,
        original: bytes = b"",
        source_path: Path | None = None,
    ) -> AddResult:
        """Store ``article``: ``imported``, ``duplicate`` (same content already here) or
        ``updated`` (a changed version of a file imported before from the same path)."""
        digest = article.prepared.get("hash") or content_hash(article)
        path_key = paths.shown(source_path.resolve()) if source_path else None
        now = utc_now().isoformat()
        with transaction(self.conn) as conn:
            same = conn.execute(
                "SELECT id FROM articles WHERE content_hash = ?", (digest,)
            ).fetchone()
            if same:
                return AddResult(DUPLICATE, same[0])
            previous = None
            if path_key:
                previous = conn.execute(
                    "SELECT id FROM articles WHERE source_path = ? ORDER BY id LIMIT 1",
                    (path_key,),
                ).fetchone()
            values = _row(article, path_key, digest)
            if previous:
                article_id = previous[0]
                self._replace(conn, article_id, values, article, now)
                status = UPDATED
            else:
                cursor = conn.execute(
                    """INSERT INTO articles (title, author, site, source, source_path,
                       published, views, comments, language, direction, format, encoding,
                       content_hash, word_count, imported_at)
                       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    (*values, now),
                )
                article_id = int(cursor.lastrowid or 0)
                conn.execute(
                    "INSERT INTO bodies (article_id, blocks, plain_text)"
                    " VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT))",
                    (article_id, _prepared_blocks(article), _prepared_text(article)),
                )
                status = IMPORTED
            conn.execute(
                "INSERT OR REPLACE INTO originals (article_id, name, data) VALUES (?, ?, ?)",
                (article_id, paths.shown(source_path.name) if source_path else "", original),
            )
            conn.executemany(
                "INSERT INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
                [(article_id, name, mime, data) for name, (data, mime) in article.images.items()],
            )
            self._after_write(conn, article_id, article)
        return AddResult(status, article_id)

    @staticmethod
    def _replace(
        conn: sqlite3.Connection, article_id: int, values: tuple, article: ParsedArticle,
        now: str,
    ) -> None:
        conn.execute(
            """UPDATE articles SET title = ?, author = ?, site = ?, source = ?,
               source_path = ?, published = ?, views = ?, comments = ?, language = ?,
               direction = ?, format = ?, encoding = ?, content_hash = ?,
               word_count = ?, updated_at = ? WHERE id = ?""",
            (*values, now, article_id),
        )
        # The old text stays so that annotations can be re-anchored to the new one.
        text = _prepared_text(article)
        conn.execute(
            """UPDATE bodies SET previous_text = plain_text, blocks = CAST(? AS TEXT),
               plain_text = CAST(? AS TEXT) WHERE article_id = ?""",
            (_prepared_blocks(article), text, article_id),
        )
        conn.execute("DELETE FROM images WHERE article_id = ?", (article_id,))
        # Notes follow the text: re-placed, or kept as orphans, in this transaction.
        from reader.library.annotations import reanchor

        reanchor(conn, article_id, _as_str(text))

    def fill(self, article_id: int, article: ParsedArticle, original: bytes) -> None:
        """A link-only article's text, fetched: the same article (its tags, collections,
        notes and archived state kept), with the page's text and pictures."""
        values = _row(article, None, article.prepared.get("hash") or content_hash(article))
        with transaction(self.conn) as conn:
            self._replace(conn, article_id, values, article, utc_now().isoformat())
            conn.execute(
                "INSERT OR REPLACE INTO originals (article_id, name, data) VALUES (?, ?, ?)",
                (article_id, "", original),
            )
            conn.executemany(
                "INSERT INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
                [(article_id, name, mime, data) for name, (data, mime) in article.images.items()],
            )
            self._after_write(conn, article_id, article)

    def _after_write(
        self, conn: sqlite3.Connection, article_id: int, article: ParsedArticle
    ) -> None:
        """Inside the article's transaction: the search index changes with the article."""
        from reader.library import search_index

        fields = article.prepared.get("search") or search_index.fields(
            article.title, _as_str(_prepared_text(article))
        )
        search_index.insert_fields(conn, article_id, fields)

    def delete(self, article_id: int) -> bool:
        from reader.library import search_index

        with transaction(self.conn) as conn:
            search_index.unindex_article(conn, article_id)
            cursor = conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            return cursor.rowcount > 0

    def search(
        self, query: str, filters: search_index.SearchFilters | None = None, limit: int = 50
    ) -> list[search_index.SearchHit]:
        results = self.rank(query, filters, limit)
        return results.hits(0, len(results))

    def rank(
        self, query: str, filters: search_index.SearchFilters | None = None, limit: int = 50
    ) -> search_index.SearchResults:
        """Ranked matches whose snippets are made as they are asked for (the window's list).
        A query of roots or lemmas alone (root:كتب) is ranked over their index."""
        from reader.library import search_index
        from reader.library.filters import query_filters

        words, found = query_filters(query, filters or search_index.SearchFilters())
        if found.by_words and not words.strip():
            from reader.library.word_results import by_words

            return by_words(self.conn, found, limit)

        return search_index.rank(self.conn, query, filters, limit)

    def matching(self, query: str, filters: SearchFilters | None = None) -> list[ArticleSummary]:
        """The articles a query finds, in the search box's syntax: ranked when it holds words,
        newest first when it only filters (``tag:أخبار is:unread``)."""
        words, filters = query_filters(query, filters or SearchFilters())
        if words.strip():  # the filters read once: search is given the words alone
            ids = [hit.id for hit in self.search(words, filters, limit=10_000)]
        else:
            ids = self.article_ids(filters=filters)
        rows = self.summaries_for(ids)
        return [rows[i] for i in ids if i in rows]

    def sites(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT site FROM articles WHERE site != '' ORDER BY site"
        ).fetchall()
        return [r[0] for r in rows]

    def set_bookmarked(self, article_id: int, bookmarked: bool) -> None:
        with transaction(self.conn) as conn:
            conn.execute(
                "UPDATE articles SET bookmarked = ? WHERE id = ?", (int(bookmarked), article_id)
            )

    def set_archived(self, ids: list[int], archived: bool) -> int:
        """Archive (or bring back to the inbox) these articles in one transaction; returns
        how many changed."""
        now = utc_now().isoformat() if archived else None
        with transaction(self.conn) as conn:
            changed = 0
            for start in range(0, len(ids), 500):
                chunk = ids[start:start + 500]
                marks = ",".join("?" * len(chunk))
                state = "IS NULL" if archived else "IS NOT NULL"
                changed += conn.execute(
                    f"UPDATE articles SET archived_at = ? WHERE id IN ({marks})"
                    f" AND archived_at {state}",
                    [now, *chunk],
                ).rowcount
        return changed

    def set_reading_position(self, article_id: int, position: int, progress: float) -> None:
        with transaction(self.conn) as conn:
            conn.execute(
                """UPDATE articles SET read_position = ?, read_progress = MAX(read_progress, ?),
                   opened_at = ? WHERE id = ?""",
                (position, min(max(progress, 0.0), 1.0), utc_now().isoformat(), article_id),
            )

    # -- reading --------------------------------------------------------------------------

    def shelf_counts(self) -> dict[str, int]:
        """How many articles the inbox, the archive and the whole library hold."""
        (total,) = self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()
        (archived,) = self.conn.execute(
            "SELECT COUNT(*) FROM articles WHERE archived_at IS NOT NULL"
        ).fetchone()
        return {"inbox": total - archived, "archive": archived, "all": total}

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])

    def article_ids(
        self,
        order: str = "imported_at",
        descending: bool = True,
        bookmarked: bool = False,
        with_notes: bool = False,
        unread: bool = False,
        site: str | None = None,
        limit: int | None = None,
        shelf: str = "all",
        tag: str | None = None,
        tags: tuple[str, ...] = (),
        without_tags: tuple[str, ...] = (),
        collection: int | None = None,
        filters: SearchFilters | None = None,
    ) -> list[int]:
        """Article ids in list order, filtered: what the library list shows, without loading
        a single row (a 100,000-article library answers in tens of milliseconds; the first
        ``limit`` of them in a fraction of one)."""
        column = _ORDER_COLUMNS.get(order)
        order_params: list[object] = []
        collection = filters.collection if filters else collection
        if order == "position" and collection is not None:  # the collection's own order
            column = (
                "(SELECT ci.position FROM collection_items ci"
                " WHERE ci.article_id = a.id AND ci.collection_id = ?)"
            )
            order_params.append(collection)
        elif column is None:
            raise ValueError(f"cannot order by {order!r}")
        filters = filters or SearchFilters(
            bookmarked=bookmarked, with_notes=with_notes, unread=unread, site=site, shelf=shelf,
            tags=((tag,) if tag else ()) + tuple(tags), without_tags=tuple(without_tags),
            collection=collection,
        )
        scan = limit is not None and self._many(filters)
        where, params = filter_sql(filters, scan=scan)
        direction = "DESC" if descending else "ASC"
        sql = f"SELECT a.id FROM articles a {'WHERE ' + ' AND '.join(where) if where else ''}"
        sql += f" ORDER BY {column} {direction}, a.id {direction}"
        params += order_params
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [r[0] for r in self.conn.execute(sql, params).fetchall()]

    def _many(self, filters: SearchFilters) -> bool:
        """Whether the filters keep many articles (a twentieth of the library or more): then
        a first page is found by walking the list's order, not by gathering every match.
        Counted from indexes, in well under a millisecond each."""
        counts = self.shelf_counts()
        total = counts["all"]
        estimate = counts.get(filters.shelf, total)
        if filters.collection is not None:
            return False
        if filters.tags:
            from reader.library.tags import tagged_count

            estimate = min([estimate] + [tagged_count(self.conn, t) for t in filters.tags])
        if filters.site:
            (sited,) = self.conn.execute(
                "SELECT COUNT(*) FROM articles WHERE site = ?", (filters.site,)
            ).fetchone()
            estimate = min(estimate, sited)
        if filters.bookmarked:
            (marked,) = self.conn.execute(
                "SELECT COUNT(*) FROM articles WHERE bookmarked = 1"
            ).fetchone()
            estimate = min(estimate, marked)
        return estimate * 20 >= total

    def summaries_for(self, ids: list[int]) -> dict[int, ArticleSummary]:
        out: dict[int, ArticleSummary] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM articles a WHERE a.id IN ({marks})", chunk
            ).fetchall()
            out.update((r[0], summary_of(r)) for r in rows)
        return out

    def summary(self, article_id: int) -> ArticleSummary | None:
        row = self.conn.execute(
            f"SELECT {_SUMMARY_COLUMNS} FROM articles a WHERE a.id = ?", (article_id,)
        ).fetchone()
        return summary_of(row) if row else None

    def get(self, article_id: int) -> Article | None:
        row = self.conn.execute(
            """SELECT a.id, a.title, a.author, a.site, a.source, a.published, a.views,
                      a.comments, a.language, a.direction, a.format, a.encoding, a.imported_at,
                      a.updated_at, a.bookmarked, a.word_count, a.read_position,
                      b.blocks, b.plain_text, a.archived_at IS NOT NULL
               FROM articles a JOIN bodies b ON b.article_id = a.id WHERE a.id = ?""",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        return Article(
            *row[:14], bool(row[14]), row[15], row[16], blocks_from_json(row[17]), row[18],
            bool(row[19]),
        )

    def plain_text(self, article_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def previous_text(self, article_id: int) -> str | None:
        row = self.conn.execute(
            "SELECT previous_text FROM bodies WHERE article_id = ?", (article_id,)
        ).fetchone()
        return row[0] if row else None

    def original(self, article_id: int) -> tuple[str, bytes] | None:
        row = self.conn.execute(
            "SELECT name, data FROM originals WHERE article_id = ?", (article_id,)
        ).fetchone()
        return (row[0], bytes(row[1])) if row else None

    def image(self, article_id: int, name: str) -> tuple[bytes, str] | None:
        row = self.conn.execute(
            "SELECT data, mime FROM images WHERE article_id = ? AND name = ?",
            (article_id, name),
        ).fetchone()
        return (bytes(row[0]), row[1]) if row else None

    def commit_count(self) -> tuple[str, int]:
        """The library's own id and how many write transactions it has seen (schema 10)."""
        from reader.library.transactions import commit_count

        return commit_count(self.conn)

    def data_version(self) -> int:
        """Changes when another connection commits to the library."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


_NOTES_COUNT = (
    "(SELECT COUNT(*) FROM annotations n WHERE n.article_id = a.id AND n.kind != 'bookmark')"
)
_ORDER_COLUMNS = {
    "title": "a.title",
    "site": "a.site",
    "published": "a.published IS NULL, a.published",
    "imported_at": "a.imported_at",
    "bookmarked": "a.bookmarked",
    "notes": _NOTES_COUNT,
    "read_progress": "a.read_progress",
}


def _row(article: ParsedArticle, path_key: str | None, digest: str) -> tuple:
    """An article's columns, in the order add() and _replace() write them."""
    return (
        article.title, article.author, article.site, article.source, path_key,
        article.published.isoformat() if article.published else None,
        article.views, article.comments, article.language, article.direction,
        article.format, article.encoding, digest,
        article.prepared.get("words") or len(_as_str(_prepared_text(article)).split()),
    )
