"""What a word is, measured: a lookup's time (the analyser's cold start apart), the memory the
analyser and dictionary add, indexing a library by root, and a search by root beside a search
by word in the same library, as the window's list makes them (200 ranked, 25 with snippets).

The library: the generated 10,000 articles, indexed by root (each distinct word analysed
once), then repeated by SQL with their search rows and root documents up to ``size``.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from tests.bench.__main__ import CACHE, GENERATOR_VERSION, Figure, build_library, median, p95


def _copy_rows(conn: sqlite3.Connection, size: int) -> None:
    from reader.library.word_index import VERSION, Analyses, _document, words_of

    columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "id"]
    names = ", ".join(columns)
    picked = ", ".join(f"{c} || ' ' || ?" if c in ("title", "content_hash", "source") else c
                       for c in columns)
    base = [r[0] for r in conn.execute("SELECT id FROM articles ORDER BY id")]
    analyses = Analyses(conn)
    documents = {}
    for article_id, title, text in conn.execute(
        "SELECT a.id, a.title, b.plain_text FROM articles a JOIN bodies b ON b.article_id = a.id"
    ).fetchall():
        counts = Counter(words_of(f"{title}\n{text}"))
        keys = analyses.of(set(counts))
        documents[article_id] = (_document(counts, keys),
                                 _document(Counter(words_of(title)), keys))
    copy = 1
    count = len(base)
    while count < size:
        for old in base[: size - count]:
            marks = (str(copy),) * sum(c in ("title", "content_hash", "source") for c in columns)
            cursor = conn.execute(
                f"INSERT INTO articles ({names}) SELECT {picked} FROM articles WHERE id = ?",  # noqa: S608
                (*marks, old),
            )
            new = cursor.lastrowid
            conn.execute("INSERT INTO bodies (article_id, blocks, plain_text) SELECT ?, blocks,"
                         " plain_text FROM bodies WHERE article_id = ?", (new, old))
            conn.execute("INSERT INTO search (rowid, title, body, notes, stems) SELECT ?, title,"
                         " body, notes, stems FROM search WHERE rowid = ?", (new, old))
            conn.execute("INSERT INTO titles (rowid, title, stems) SELECT ?, title, stems"
                         " FROM titles WHERE rowid = ?", (new, old))
            doc = conn.execute("INSERT INTO word_docs (article_id, version) VALUES (?, ?)",
                               (new, VERSION)).lastrowid
            (roots, lemmas), (title_roots, title_lemmas) = documents[old]
            conn.execute("INSERT INTO word_index (rowid, roots, lemmas) VALUES (?, ?, ?)",
                         (doc, roots, lemmas))
            if title_roots or title_lemmas:
                conn.execute("INSERT INTO word_titles (rowid, roots, lemmas) VALUES (?, ?, ?)",
                             (doc, title_roots, title_lemmas))
            count += 1
        copy += 1
    conn.commit()


def words_library(size: int) -> tuple[Path, float, int]:
    """The library indexed by root; the seconds indexing the base took, and its words."""
    from reader.library.articles import Library
    from reader.library.word_index import VERSION, index_pending

    path = CACHE / f"words-{size}-v{GENERATOR_VERSION}-w{VERSION}.sqlite3"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        facts = json.loads(meta.read_text())
        return path, facts["seconds"], facts["words"]
    source = build_library(min(size, 10_000))
    target = path.with_suffix(".building")
    target.write_bytes(source.read_bytes())
    Library(target).close()  # brought to the current schema
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    started = time.perf_counter()
    index_pending(conn)
    seconds = time.perf_counter() - started
    words = conn.execute("SELECT COUNT(*) FROM word_cache").fetchone()[0]
    conn.execute("BEGIN")
    _copy_rows(conn, size)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    target.rename(path)
    meta.write_text(json.dumps({"seconds": seconds, "words": words}))
    return path, seconds, words


def root_search(size: int, runs: int) -> list[Figure]:
    from reader.library.articles import Library

    path, seconds, words = words_library(size)
    library = Library(path)
    rows = library.conn.execute(
        "SELECT root, COUNT(*) n FROM word_cache WHERE root != '' GROUP BY root ORDER BY n DESC"
    ).fetchall()
    roots = [r for r, _n in rows[:7] + rows[len(rows) // 2:len(rows) // 2 + 7] + rows[-6:]]
    # Words of the same roots: a search by word and a search by root over the same matter.
    words_of_roots = []
    for root in roots:
        found = library.conn.execute(
            "SELECT word FROM word_cache WHERE root = ? ORDER BY length(word) LIMIT 1", (root,)
        ).fetchone()
        words_of_roots.append(found[0])
    by_root, by_word = [], []
    for _ in range(runs):
        for root, word in zip(roots, words_of_roots, strict=True):
            started = time.perf_counter()
            library.rank(f"root:{root}", limit=200).hits(0, 25)
            by_root.append(time.perf_counter() - started)
            started = time.perf_counter()
            library.rank(word, limit=200).hits(0, 25)
            by_word.append(time.perf_counter() - started)
    library.close()
    root_p95, word_p95 = p95(by_root) * 1000, p95(by_word) * 1000
    return [Figure(
        f"search by root, {size:,} articles (the window's list: 200 ranked, 25 snippets)",
        root_p95, "ms p95", "<= 1.5x a search by word", root_p95 <= 1.5 * word_p95,
        floor=word_p95,
        detail=f"median {median(by_root) * 1000:.1f} ms; by word (a word of each root) p95 "
        f"{word_p95:.1f} ms; 20 roots from the commonest to the rarest; indexing the base "
        f"{min(size, 10_000):,} articles took {seconds:.0f} s ({words:,} distinct words "
        "analysed)",
    )]


_PROBE = """
import json, resource, sys, time
def rss():
    with open("/proc/self/status") as f:
        return next(int(l.split()[1]) for l in f if l.startswith("VmRSS")) / 1024
before = rss()
started = time.perf_counter()
from reader.text.morphology import analyse
analyse("والكتاب")
cold = time.perf_counter() - started
from tests.text.lookup_words import HELD_OUT, inflected
times = []
for word, _l, _r in inflected() + HELD_OUT:
    t = time.perf_counter(); analyse(word); times.append(time.perf_counter() - t)
print(json.dumps({"cold": cold, "times": times, "added": rss() - before}))
"""


def lookup(runs: int) -> list[Figure]:
    """In a fresh process each run: the analyser's cold start, then every test word once."""
    root = Path(__file__).resolve().parents[2]
    colds, times, added = [], [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                             cwd=root, env=os.environ | {"PYTHONPATH": str(root)}, check=True)
        found = json.loads(out.stdout.strip().splitlines()[-1])
        colds.append(found["cold"])
        times += found["times"]
        added.append(found["added"])
    value = p95(times) * 1000
    return [
        Figure(f"look a word up ({len(times) // runs} inflected words, each once)", value,
               "ms p95", "p95 <= 50 ms", value <= 50,
               detail=f"median {median(times) * 1000:.1f} ms; the analyser's cold start "
               f"(first lookup) {median(colds) * 1000:.0f} ms, not counted"),
        Figure("memory the analyser and dictionary add when loaded", median(added), "MB",
               "informational", True),
    ]
