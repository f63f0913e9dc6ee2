"""The full-text index: SQLite FTS5 over normalised titles, bodies and notes.

Each column holds the normalised words of its field (harakat removed, hamza and ta marbuta
folded, digits in ASCII); ``stems`` holds the clitic-free stems of all of them, in a column of
its own so that phrases stay contiguous in the others.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from reader.text.query import Term, find_matches, fts_expression, parse_query, snippet
from reader.text.search import strip_prefix, words

CREATE = """
CREATE VIRTUAL TABLE search USING fts5(
    title, body, notes, stems,
    tokenize = "unicode61 remove_diacritics 0"
)
"""
WEIGHTS = "10.0, 1.0, 3.0, 0.5"  # title, body, notes, stems


def fields(title: str, body: str, notes: str) -> tuple[str, str, str, str]:
    columns = [words(title), words(body), words(notes)]
    stems = [s for column in columns for w in column if (s := strip_prefix(w))]
    return (*(" ".join(c) for c in columns), " ".join(stems))


def index_article(
    conn: sqlite3.Connection, article_id: int, title: str, body: str, notes: str = ""
) -> None:
    insert_fields(conn, article_id, fields(title, body, notes))


def insert_fields(
    conn: sqlite3.Connection, article_id: int, values: tuple[str, str, str, str]
) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (article_id,))
    conn.execute(
        "INSERT INTO search (rowid, title, body, notes, stems) VALUES (?, ?, ?, ?, ?)",
        (article_id, *values),
    )


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (article_id,))


def rebuild(conn: sqlite3.Connection) -> None:
    """Index every article (migration step; also repairs a damaged index)."""
    conn.execute("DELETE FROM search")
    rows = conn.execute(
        "SELECT a.id, a.title, b.plain_text FROM articles a JOIN bodies b ON b.article_id = a.id"
    )
    for article_id, title, body in rows.fetchall():
        index_article(conn, article_id, title, body, notes_text(conn, article_id))


def notes_text(conn: sqlite3.Connection, article_id: int) -> str:
    rows = conn.execute(
        "SELECT exact, note FROM annotations WHERE article_id = ? AND kind != 'bookmark'",
        (article_id,),
    ).fetchall()
    return "\n".join(f"{exact}\n{note}" for exact, note in rows)


@dataclass
class SearchHit:
    id: int
    title: str
    snippet: str
    marks: list[tuple[int, int]]  # match spans inside the snippet
    score: float
    match: int | None  # offset of the first match in the article's plain text

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "snippet": self.snippet,
            "marks": [list(m) for m in self.marks],
            "score": round(self.score, 4),
            "match": self.match,
        }


@dataclass
class SearchFilters:
    bookmarked: bool = False
    with_notes: bool = False
    unread: bool = False
    site: str | None = None


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    terms = parse_query(query)
    if not terms:
        return []
    filters = filters or SearchFilters()
    where = ["search MATCH ?"]
    params: list[object] = [fts_expression(terms)]
    if filters.bookmarked:
        where.append("a.bookmarked = 1")
    if filters.unread:
        where.append("a.read_progress = 0")
    if filters.with_notes:
        where.append(
            "EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id"
            " AND n.kind != 'bookmark')"
        )
    if filters.site:
        where.append("a.site = ?")
        params.append(filters.site)
    params.append(limit)
    if len(where) == 1:
        # No article filter: rank inside FTS5 first, then read only the top rows' titles.
        # Joining first would look up every match (tens of thousands for a common word).
        sql = f"""WITH top AS MATERIALIZED (
                      SELECT rowid, bm25(search, {WEIGHTS}) AS score FROM search
                      WHERE search MATCH ? ORDER BY score LIMIT ?)
                  SELECT a.id, a.title, top.score FROM top JOIN articles a ON a.id = top.rowid
                  ORDER BY top.score"""
    else:
        sql = f"""SELECT a.id, a.title, bm25(search, {WEIGHTS}) AS score
                  FROM search JOIN articles a ON a.id = search.rowid
                  WHERE {" AND ".join(where)}
                  ORDER BY score LIMIT ?"""
    rows = conn.execute(sql, params).fetchall()
    return [_hit(conn, row, terms) for row in rows]


def _first_matches(body: str, terms: list[Term]) -> list[tuple[int, int]]:
    """Matches near the first one, reading as little of the body as needed: most first
    matches are in the opening paragraphs, and a snippet shows only their neighbourhood."""
    end = 0
    while end < len(body):
        end = min(len(body), max(2000, end * 4))
        if end < len(body):
            space = body.rfind(" ", 0, end)  # never cut a word in two
            end = space if space > 0 else end
        spans = find_matches(body[:end], terms)
        if spans:
            return spans
    return []


def _hit(conn: sqlite3.Connection, row: tuple, terms: list[Term]) -> SearchHit:
    article_id, title, score = row
    body = conn.execute(
        "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
    ).fetchone()[0]
    spans = _first_matches(body, terms)
    if spans:
        passage, start, end = snippet(body, spans[0])
        # Every match that falls inside the passage is marked, not only the first.
        offset = spans[0][0] - start
        marks = [
            (s - offset, e - offset)
            for s, e in spans
            if s - offset >= 0 and e - offset <= len(passage)
        ]
        return SearchHit(article_id, title, passage, marks, -score, spans[0][0])
    passage = body[:140].replace("\n", " ") + ("…" if len(body) > 140 else "")
    return SearchHit(article_id, title, passage, [], -score, None)
