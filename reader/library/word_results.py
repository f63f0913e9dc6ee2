"""A search by root or lemma alone (``root:كتب``, ``lemma:كتاب``): articles ranked by BM25
over their roots and lemmas, each snippet around the first of the words that matched."""

from __future__ import annotations

import sqlite3
from dataclasses import replace

from reader.library.filters import SearchFilters, filter_sql
from reader.library.search_index import SNIPPET_WIDTH, SearchHit, SearchResults, snippet
from reader.library.word_index import Analyses, derivative_spans, match_expression


class WordResults(SearchResults):
    def __init__(self, conn: sqlite3.Connection, rows: list, filters: SearchFilters) -> None:
        super().__init__(conn, [], rows)
        self.filters = filters

    def hits(self, start: int, end: int) -> list[SearchHit]:
        keys = Analyses(self.conn).of
        out = []
        for article_id, title, bm25, _in_title in self.rows[start:end]:
            score = -bm25 / (1 - bm25)
            row = self.conn.execute(
                "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
            ).fetchone()
            body = row[0] if row else ""
            spans = derivative_spans(body, self.filters.roots, self.filters.lemmas, keys)
            title_marks = derivative_spans(title, self.filters.roots, self.filters.lemmas, keys)
            if not spans:
                passage = body[:140].replace("\n", " ")
                out.append(SearchHit(article_id, title, passage, [], score, None, False,
                                     title_marks))
                continue
            passage, begin, _end = snippet(body, spans[0], SNIPPET_WIDTH)
            offset = spans[0][0] - begin
            marks = [(s - offset, e - offset) for s, e in spans
                     if s - offset >= 0 and e - offset <= len(passage)]
            out.append(SearchHit(article_id, title, passage, marks, score, spans[0][0], False,
                                 title_marks))
        return out


def by_words(conn: sqlite3.Connection, filters: SearchFilters, limit: int) -> WordResults:
    expression = match_expression(filters.roots, filters.lemmas)
    extra, params = filter_sql(replace(filters, roots=(), lemmas=()))
    sql = f"""SELECT a.id, a.title, bm25(word_index) AS score
              FROM word_index JOIN word_docs d ON d.doc = word_index.rowid
              JOIN articles a ON a.id = d.article_id
              WHERE word_index MATCH ? {"AND " + " AND ".join(extra) if extra else ""}
              ORDER BY score LIMIT ?"""
    rows = [(*row, False) for row in conn.execute(sql, [expression, *params, limit])]
    return WordResults(conn, rows, filters)
