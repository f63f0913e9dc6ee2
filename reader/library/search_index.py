"""The full-text index: SQLite FTS5 over normalised titles, bodies and notes.

Each column holds the normalised words of its field (harakat removed, hamza and ta marbuta
folded, digits in ASCII); ``stems`` holds the clitic-free stems of all of them, in a column of
its own so that phrases stay contiguous in the others.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.library.filters import SearchFilters, query_filters
from reader.library.filters import filter_sql as _filter_sql
from reader.text.query import (
    Term,
    find_matches,
    fts_expression,
    may_match,
    parse_query,
    snippet,
)

__all__ = ["SearchFilters", "query_filters"]  # search's callers import them from here
from reader.text.search import strip_prefix, words

# The tables (schema.py creates them): ``search`` (title, body, notes, stems) for articles,
# with ``notes`` left empty since schema 6; ``titles`` (title, stems), titles again, so that
# ranking a common word's title matches reads only titles, not the word's positions in every
# body; ``notes_index`` (article_id, text, stems), one row per highlight or note (rowid = the
# annotation's id), so that saving a note re-indexes that note alone.
WEIGHTS = "10.0, 1.0, 3.0, 0.5"  # title, body, notes, stems
NOTE_WEIGHTS = "0.0, 3.0, 0.5"  # article_id (unindexed), text, stems
TITLE_WEIGHTS = "1.0, 0.5"  # title, stems: a word as written counts twice a clitic form
SNIPPET_WIDTH = 70  # characters of context on each side of the first match


def _stems(words: list[str]) -> str:
    """The clitic-free stems of the words that carry a clitic."""
    return " ".join(s for w in words if (s := strip_prefix(w)))


def fields(title: str, body: str) -> tuple[str, str, str, str]:
    """The search row of an article: title words, body words, no notes (they have rows of
    their own), and the stems of both."""
    columns = [words(title), words(body)]
    return (" ".join(columns[0]), " ".join(columns[1]), "", _stems(columns[0] + columns[1]))


def index_article(conn: sqlite3.Connection, article_id: int, title: str, body: str) -> None:
    insert_fields(conn, article_id, fields(title, body))


def index_note(
    conn: sqlite3.Connection, annotation_id: int, article_id: int, exact: str, note: str
) -> None:
    """One highlight or note: its quoted passage and its note, searchable with the article."""
    conn.execute("DELETE FROM notes_index WHERE rowid = ?", (annotation_id,))
    found = words(exact) + words(note)
    if found:
        conn.execute(
            "INSERT INTO notes_index (rowid, article_id, text, stems) VALUES (?, ?, ?, ?)",
            (annotation_id, article_id, " ".join(found), _stems(found)),
        )


def unindex_note(conn: sqlite3.Connection, annotation_id: int) -> None:
    conn.execute("DELETE FROM notes_index WHERE rowid = ?", (annotation_id,))


Fields = tuple[str, str, str, str] | tuple[bytes, ...]  # str, or UTF-8 from prepare()


def insert_fields(conn: sqlite3.Connection, article_id: int, values: Fields) -> None:
    _insert_search(conn, article_id, values)
    title = values[0]
    _insert_title(conn, article_id, title.decode("utf-8") if isinstance(title, bytes) else title)


def _insert_search(conn: sqlite3.Connection, article_id: int, values: Fields) -> None:
    conn.execute("DELETE FROM search WHERE rowid = ?", (article_id,))
    conn.execute(
        "INSERT INTO search (rowid, title, body, notes, stems) VALUES (?, CAST(? AS TEXT),"
        " CAST(? AS TEXT), CAST(? AS TEXT), CAST(? AS TEXT))",
        (article_id, *values),
    )


def _insert_title(conn: sqlite3.Connection, article_id: int, title_words: str) -> None:
    stems = _stems(title_words.split())
    conn.execute("DELETE FROM titles WHERE rowid = ?", (article_id,))
    conn.execute(
        "INSERT INTO titles (rowid, title, stems) VALUES (?, ?, ?)",
        (article_id, title_words, stems),
    )


def unindex_article(conn: sqlite3.Connection, article_id: int) -> None:
    """Before the article's rows go: its notes' rows are found through the annotations."""
    conn.execute("DELETE FROM search WHERE rowid = ?", (article_id,))
    conn.execute("DELETE FROM titles WHERE rowid = ?", (article_id,))
    conn.execute(
        "DELETE FROM notes_index WHERE rowid IN"
        " (SELECT id FROM annotations WHERE article_id = ?)",
        (article_id,),
    )


def rebuild_search(conn: sqlite3.Connection) -> None:
    """Fill the full-text index from the articles (queued by migration 3)."""
    conn.execute("DELETE FROM search")
    rows = conn.execute(
        "SELECT a.id, a.title, b.plain_text FROM articles a JOIN bodies b ON b.article_id = a.id"
    )
    for article_id, title, body in rows.fetchall():
        _insert_search(conn, article_id, fields(title, body))


def rebuild_titles(conn: sqlite3.Connection) -> None:
    """Fill the title index from the full-text index's title words (queued by migration 5)."""
    conn.execute("DELETE FROM titles")
    for article_id, title_words in conn.execute("SELECT rowid, title FROM search").fetchall():
        _insert_title(conn, article_id, title_words)


def rebuild_notes(conn: sqlite3.Connection) -> None:
    """Give every highlight and note its own row (queued by migration 6), and take the notes
    out of the articles' rows, where versions before it kept them."""
    conn.execute("DELETE FROM notes_index")
    rows = conn.execute(
        "SELECT id, article_id, exact, note FROM annotations WHERE kind != 'bookmark'"
    ).fetchall()
    for annotation_id, article_id, exact, note in rows:
        index_note(conn, annotation_id, article_id, exact, note)
    stale = conn.execute(
        "SELECT rowid, title, body FROM search WHERE notes != ''"
    ).fetchall()
    for article_id, title_words, body_words in stale:
        both = title_words.split() + body_words.split()
        _insert_search(conn, article_id, (title_words, body_words, "", _stems(both)))


INDEX_JOBS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "search": rebuild_search,
    "titles": rebuild_titles,
    "notes": rebuild_notes,
}


@dataclass
class SearchHit:
    id: int
    title: str
    snippet: str
    marks: list[tuple[int, int]]  # match spans inside the snippet
    score: float
    match: int | None  # offset of the first match in the article's plain text
    in_title: bool = False  # ranked among the title matches, which come first
    title_marks: list[tuple[int, int]] = field(default_factory=list)  # matches in the title

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "snippet": self.snippet,
            "marks": [list(m) for m in self.marks],
            "score": round(self.score, 6),
            "match": self.match,
            "in_title": self.in_title,
            "title_marks": [list(m) for m in self.title_marks],
        }


def search(
    conn: sqlite3.Connection,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 50,
) -> list[SearchHit]:
    """The best ``limit`` matches of ``query``, each with its snippet."""
    results = rank(conn, query, filters, limit)
    return results.hits(0, len(results))


Row = tuple[int, str, float, bool]  # id, title, BM25, whether it is a title match


class SearchResults:
    """The ranked matches of one query, made as they are asked for: a hit's snippet when the
    hit is, and the second tier (articles whose title does not match) when a list reaches
    past the title matches. A list shows its first results without reading every match."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        terms: list[Term],
        rows: list[Row],
        rest: Callable[[sqlite3.Connection], list[Row]] | None = None,
    ) -> None:
        self.conn = conn
        self.terms = terms
        self._rows = rows
        self._rest = rest

    @property
    def rows(self) -> list[Row]:
        if self._rest is not None:
            rest, self._rest = self._rest, None
            self._rows += rest(self.conn)
        return self._rows

    def __len__(self) -> int:
        return len(self.rows)

    def rebind(self, conn: sqlite3.Connection) -> SearchResults:
        """Read snippets and the second tier from ``conn`` from now on: results ranked on a
        task's connection are shown, and scrolled, on the GUI thread's."""
        self.conn = conn
        return self

    def has_more(self, count: int) -> bool:
        """Whether there are hits past the first ``count`` (without ranking the second tier
        while the title matches last)."""
        return count < len(self._rows) or (self._rest is not None and len(self.rows) > count)

    def hits(self, start: int, end: int) -> list[SearchHit]:
        rows = self._rows if end <= len(self._rows) else self.rows
        return [_hit(self.conn, row, self.terms) for row in rows[start:end]]


def rank(
    conn: sqlite3.Connection,
    query: str,
    filters: SearchFilters | None = None,
    limit: int = 50,
) -> SearchResults:
    """Articles that match every term, best first: those whose title matches come first,
    ranked by BM25 over their titles; then the rest, ranked by BM25 over all fields.

    Title matches first is what a reader scanning a list of titles expects, and it keeps a
    common word fast: its title matches are ranked in an index of titles alone, in about a
    millisecond, where ranking all of its matches (tens of thousands in a large library)
    makes BM25 read the word's positions in every body. The second tier is ranked only when
    the first leaves room, and only when it is asked for."""
    query, filters = query_filters(query, filters or SearchFilters())
    terms = parse_query(query)
    if not terms:
        return SearchResults(conn, [], [])  # root:كتب alone: see word_results.by_words
    title_expression = fts_expression(terms, phrase_columns="title")
    rows: list[Row] = [
        (*row, True)
        for row in _ranked(conn, "titles", TITLE_WEIGHTS, title_expression, filters, limit)
    ]
    if len(rows) >= limit:
        return SearchResults(conn, terms, rows)
    seen = {row[0] for row in rows}
    title_count = len(rows)

    def rest(conn: sqlite3.Connection) -> list[Row]:
        wanted = limit + title_count
        more = _ranked(conn, "search", WEIGHTS, fts_expression(terms), filters, wanted)
        # Articles whose highlights or notes hold every word: each note is ranked on its own,
        # an article by its best note.
        noted = _ranked_notes(conn, fts_expression(terms, "text"), filters, wanted)
        best: dict[int, tuple[int, str, float]] = {}
        for row in more + noted:
            if row[0] not in seen and (row[0] not in best or row[2] < best[row[0]][2]):
                best[row[0]] = row
        ranked = sorted(best.values(), key=lambda r: r[2])
        return [(*row, False) for row in ranked][: limit - title_count]

    return SearchResults(conn, terms, rows, rest)


def _ranked(
    conn: sqlite3.Connection,
    table: str,
    weights: str,
    expression: str,
    filters: SearchFilters,
    limit: int,
) -> list[tuple[int, str, float]]:
    extra, extra_params = _filter_sql(filters)
    where = [f"{table} MATCH ?", *extra]
    params: list[object] = [expression, *extra_params, limit]
    if len(where) == 1:
        # No article filter: rank inside FTS5 first, then read only the top rows' titles.
        # Joining first would look up every match (tens of thousands for a common word).
        sql = f"""WITH top AS MATERIALIZED (
                      SELECT rowid, bm25({table}, {weights}) AS score FROM {table}
                      WHERE {table} MATCH ? ORDER BY score LIMIT ?)
                  SELECT a.id, a.title, top.score FROM top JOIN articles a ON a.id = top.rowid
                  ORDER BY top.score"""
    else:
        sql = f"""SELECT a.id, a.title, bm25({table}, {weights}) AS score
                  FROM {table} JOIN articles a ON a.id = {table}.rowid
                  WHERE {" AND ".join(where)}
                  ORDER BY score LIMIT ?"""
    return conn.execute(sql, params).fetchall()


def _ranked_notes(
    conn: sqlite3.Connection, expression: str, filters: SearchFilters, limit: int
) -> list[tuple[int, str, float]]:
    where, params = _filter_sql(filters)
    # bm25() cannot stand inside an aggregate: rank the notes first, then keep each
    # article's best.
    sql = f"""WITH hits AS MATERIALIZED (
                  SELECT article_id, bm25(notes_index, {NOTE_WEIGHTS}) AS score
                  FROM notes_index WHERE notes_index MATCH ?)
              SELECT a.id, a.title, MIN(hits.score) AS score
              FROM hits JOIN articles a ON a.id = hits.article_id
              {"WHERE " + " AND ".join(where) if where else ""}
              GROUP BY a.id ORDER BY score LIMIT ?"""
    return conn.execute(sql, [expression, *params, limit]).fetchall()


def _hit(conn: sqlite3.Connection, row: tuple, terms: list[Term]) -> SearchHit:
    article_id, title, bm25, in_title = row
    # Higher is better, and the tiers never interleave: title matches score in [1, 2), the
    # rest in [0, 1). BM25 as FTS5 gives it is negative, better the more negative.
    score = int(in_title) + -bm25 / (1 - bm25)
    title_marks = find_matches(title, terms)
    row = conn.execute(
        "SELECT b.plain_text, (SELECT s.body FROM search s WHERE s.rowid = b.article_id)"
        " FROM bodies b WHERE b.article_id = ?",
        (article_id,),
    ).fetchone()
    body, folded = row if row else ("", "")
    # The index holds the body's words in search form: when none of the query's is there
    # (the title matched), there is no passage to show. Else only the first match's
    # neighbourhood is looked for: a snippet shows no more.
    spans = (
        find_matches(body, terms, near_first=2 * SNIPPET_WIDTH)
        if folded is None or may_match(folded, terms)
        else []
    )
    if spans:
        passage, start, end = snippet(body, spans[0], SNIPPET_WIDTH)
        # Every match that falls inside the passage is marked, not only the first.
        offset = spans[0][0] - start
        marks = [
            (s - offset, e - offset)
            for s, e in spans
            if s - offset >= 0 and e - offset <= len(passage)
        ]
        return SearchHit(article_id, title, passage, marks, score, spans[0][0], in_title,
                         title_marks)
    passage = body[:140].replace("\n", " ") + ("…" if len(body) > 140 else "")
    return SearchHit(article_id, title, passage, [], score, None, in_title, title_marks)
