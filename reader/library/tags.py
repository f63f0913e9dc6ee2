"""Tags: any number per article, Arabic or Latin names, matched as search matches words.

A tag is stored with the name first given to it and a key: the name folded as search folds
text (harakat, hamza forms, ة/ه, ى/ي, Latin case, and "_" as a space), so ``اخبار`` is the tag
``أخبار`` and ``tag:كرة_القدم`` finds ``كرة القدم``. Renaming
to a name whose key another tag has merges the two.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from reader.library.transactions import transaction
from reader.text.normalize import clean_title
from reader.text.search import normalize_for_search

MAX_NAME = 100


@dataclass(frozen=True)
class Tag:
    id: int
    name: str
    count: int = 0


def tag_key(name: str) -> str:
    # "_" is a space: a query's tag:NAME is one word, so tag:كرة_القدم is the tag كرة القدم.
    return " ".join(normalize_for_search(name.replace("_", " ")).split())


def clean_name(name: str) -> str:
    cleaned = clean_title(name)[:MAX_NAME]
    if not tag_key(cleaned):
        raise ValueError("a tag needs a name")
    return cleaned


class Tags:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def _ensure(self, conn: sqlite3.Connection, name: str) -> int:
        name = clean_name(name)
        key = tag_key(name)
        row = conn.execute("SELECT id FROM tags WHERE key = ?", (key,)).fetchone()
        if row:
            return int(row[0])
        return int(conn.execute(
            "INSERT INTO tags (name, key) VALUES (?, ?)", (name, key)
        ).lastrowid or 0)

    def add(self, ids: list[int], name: str) -> int:
        """Tag these articles (one transaction); returns how many were newly tagged."""
        with transaction(self.conn) as conn:
            tag_id = self._ensure(conn, name)
            return conn.executemany(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
                " SELECT id, ? FROM articles WHERE id = ?",
                [(tag_id, article_id) for article_id in ids],
            ).rowcount

    def remove(self, ids: list[int], name: str) -> int:
        row = self.conn.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
        if row is None:
            return 0
        with transaction(self.conn) as conn:
            return conn.executemany(
                "DELETE FROM article_tags WHERE tag_id = ? AND article_id = ?",
                [(row[0], article_id) for article_id in ids],
            ).rowcount

    def rename(self, old: str, new: str) -> Tag:
        """Rename a tag; a new name that another tag already has merges the two."""
        new = clean_name(new)
        with transaction(self.conn) as conn:
            row = conn.execute("SELECT id FROM tags WHERE key = ?", (tag_key(old),)).fetchone()
            if row is None:
                raise LookupError(f"no tag {old}")
            source = int(row[0])
            other = conn.execute(
                "SELECT id FROM tags WHERE key = ? AND id != ?", (tag_key(new), source)
            ).fetchone()
            if other:
                target = int(other[0])
                conn.execute(
                    "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
                    " SELECT article_id, ? FROM article_tags WHERE tag_id = ?",
                    (target, source),
                )
                conn.execute("DELETE FROM tags WHERE id = ?", (source,))
            else:
                target = source
            conn.execute(
                "UPDATE tags SET name = ?, key = ? WHERE id = ?", (new, tag_key(new), target)
            )
        return next(t for t in self.all() if t.id == target)

    def delete(self, name: str) -> int:
        """The tag goes from every article (the articles stay); returns how many had it."""
        row = self.conn.execute("SELECT id FROM tags WHERE key = ?", (tag_key(name),)).fetchone()
        if row is None:
            raise LookupError(f"no tag {name}")
        with transaction(self.conn) as conn:
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM article_tags WHERE tag_id = ?", (row[0],)
            ).fetchone()
            conn.execute("DELETE FROM tags WHERE id = ?", (row[0],))
        return int(count)

    def all(self) -> list[Tag]:
        """Every tag with the number of its articles, by name."""
        rows = self.conn.execute(
            "SELECT t.id, t.name, COUNT(at.article_id) FROM tags t"
            " LEFT JOIN article_tags at ON at.tag_id = t.id GROUP BY t.id ORDER BY t.key"
        ).fetchall()
        return [Tag(*row) for row in rows]

    def of(self, article_id: int) -> list[str]:
        rows = self.conn.execute(
            "SELECT t.name FROM tags t JOIN article_tags at ON at.tag_id = t.id"
            " WHERE at.article_id = ? ORDER BY t.key",
            (article_id,),
        ).fetchall()
        return [r[0] for r in rows]

    def of_any(self, ids: list[int]) -> list[str]:
        """The tags any of these articles has, by name: one query for a thousand articles."""
        import json

        rows = self.conn.execute(
            "SELECT DISTINCT t.name, t.key FROM tags t JOIN article_tags at ON at.tag_id = t.id"
            " WHERE at.article_id IN (SELECT value FROM json_each(?)) ORDER BY t.key",
            (json.dumps(ids),),
        ).fetchall()
        return [r[0] for r in rows]


def tag_condition(name: str, negate: bool = False, gather: bool = False) -> tuple[str, str]:
    """SQL (over articles ``a``) for articles with (or without) the tag, and its bound key.

    ``gather`` reads the tag's articles from its index (a small tag, or every match);
    otherwise each article is tested (the first page of a large tag, in list order)."""
    if gather:
        sql = (
            "a.id IN (SELECT at.article_id FROM article_tags at"
            " WHERE at.tag_id = (SELECT t.id FROM tags t WHERE t.key = ?))"
        )
    else:
        sql = (
            "EXISTS (SELECT 1 FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE at.article_id = a.id AND t.key = ?)"
        )
    return (f"NOT {sql}" if negate else sql), tag_key(name)


def tagged_count(conn: sqlite3.Connection, name: str) -> int:
    """How many articles have the tag, from its index (a millisecond for 30,000)."""
    row = conn.execute(
        "SELECT COUNT(*) FROM article_tags WHERE tag_id = (SELECT id FROM tags WHERE key = ?)",
        (tag_key(name),),
    ).fetchone()
    return int(row[0])
