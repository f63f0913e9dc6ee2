"""A search by root or lemma alone (``root:كتب``, ``lemma:كتاب``): articles ranked by BM25
over their roots and lemmas, each snippet around the first of the words that matched."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from reader.library.filters import SearchFilters, filter_sql
from reader.library.search_index import SNIPPET_WIDTH, SearchHit, SearchResults, snippet
from reader.library.word_index import derivative_spans, derivatives, match_expression


class WordResults(SearchResults):
    def __init__(self, conn: sqlite3.Connection, rows: list, filters: SearchFilters) -> None:
        super().__init__(conn, [], rows)
        self.filters = filters

    def hits(self, start: int, end: int) -> list[SearchHit]:
        words = derivatives(self.conn, self.filters.roots, self.filters.lemmas)
        out = []
        for article_id, title, bm25, in_title in self.rows[start:end]:
            # As a search by word scores: title matches in [1, 2), the rest in [0, 1).
            score = int(in_title) + -bm25 / (1 - bm25)
            row = self.conn.execute(
                "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
            ).fetchone()
            body = row[0] if row else ""
            spans = derivative_spans(body, words, first_only=True)
            title_marks = derivative_spans(title, words)
            if not spans:
                passage = body[:140].replace("\n", " ")
                out.append(SearchHit(article_id, title, passage, [], score, None, in_title,
                                     title_marks))
                continue
            passage, begin, _end = snippet(body, spans[0], SNIPPET_WIDTH)
            offset = spans[0][0] - begin
            marks = [(s - offset, e - offset) for s, e in spans
                     if s - offset >= 0 and e - offset <= len(passage)]
            out.append(SearchHit(article_id, title, passage, marks, score, spans[0][0],
                                 in_title, title_marks))
        return out


def _ranked(conn: sqlite3.Connection, table: str, expression: str, filters: SearchFilters,
            limit: int, without: set[int]) -> list[tuple[int, str, float]]:
    extra, params = filter_sql(replace(filters, roots=(), lemmas=()))
    if not extra:
        # No other filter: rank inside FTS5 first, then read only the top rows (a doc whose
        # article has a newer text since has no word_docs row and drops out).
        sql = f"""WITH top AS MATERIALIZED (
                      SELECT rowid, bm25({table}) AS score FROM {table}
                      WHERE {table} MATCH ? ORDER BY score LIMIT ?)
                  SELECT a.id, a.title, top.score FROM top
                  JOIN word_docs d ON d.doc = top.rowid JOIN articles a ON a.id = d.article_id
                  ORDER BY top.score"""
        rows = conn.execute(sql, [expression, limit + len(without)]).fetchall()
    else:
        sql = f"""SELECT a.id, a.title, bm25({table}) AS score
                  FROM {table} JOIN word_docs d ON d.doc = {table}.rowid
                  JOIN articles a ON a.id = d.article_id
                  WHERE {table} MATCH ? AND {" AND ".join(extra)}
                  ORDER BY score LIMIT ?"""
        rows = conn.execute(sql, [expression, *params, limit + len(without)]).fetchall()
    return [r for r in rows if r[0] not in without][:limit]


def by_words(conn: sqlite3.Connection, filters: SearchFilters, limit: int) -> WordResults:
    """Articles whose title holds the root (or lemma) first, ranked among titles; then the
    rest, ranked over their whole text, only when the titles leave room."""
    expression = match_expression(filters.roots, filters.lemmas)
    first = _ranked(conn, "word_titles", expression, filters, limit, set())
    rows = [(*row, True) for row in first]
    if len(rows) < limit:
        seen = {row[0] for row in rows}
        rows += [(*row, False) for row in
                 _ranked(conn, "word_index", expression, filters, limit - len(rows), seen)]
    return WordResults(conn, rows, filters)
