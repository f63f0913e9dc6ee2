"""Articles by the roots and lemmas of their words: ``root:كتب`` finds كتب، يكتبون، الكاتب،
مكتبة، والكتابة; ``lemma:كتاب`` finds كتاب، الكتاب، كتابهم، والكتب.

Each distinct word of a library is analysed once (reader.text.morphology, a few
milliseconds) and its root and lemma kept in ``word_cache``; an article's roots and lemmas go
into ``word_index`` (schema 12), a root repeated as often as its words occur, up to three
times, so that BM25 ranks an article full of a root's words above one that names it once.
Indexing runs after imports, in batches, on a task of the window's session or before a
command-line search that needs it; an interrupted run goes on where it stopped (an article
is indexed in the same transaction that records it done).
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from reader.library.transactions import transaction
from reader.text.dictionary import bare, folded

# Raised when the analysis (the analyser, its ranking, the dictionary) changes: the cache and
# the index are made again with the code of the day.
VERSION = 3  # 2: titles indexed apart too (schema 14); 3: with the notes
MAX_REPEAT = 3
BATCH = 20  # articles a transaction, by default
MAX_BATCH = 200
_ARABIC_RUN = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]+")


def root_key(root: str) -> str:
    """A root as the index keeps it: its letters, every hamza one letter (ء)."""
    letters = "".join(root.split()).replace("_", "")
    return letters.translate(str.maketrans("أإآؤئ", "ءءءءء"))


def lemma_key(lemma: str) -> str:
    """A lemma as the index keeps it: folded as the dictionary compares (no harakat, alef
    without hamza), and ة as ه, ى as ي."""
    return folded(lemma).translate(str.maketrans("ةى", "هي"))


def match_expression(roots: Iterable[str], lemmas: Iterable[str]) -> str:
    terms = [f'roots : "{root_key(r)}"' for r in roots if root_key(r)]
    terms += [f'lemmas : "{lemma_key(lemma)}"' for lemma in lemmas if lemma_key(lemma)]
    return " AND ".join(terms) or 'roots : ""'


def words_of(text: str) -> list[str]:
    """The Arabic words of a text, as the analyser takes them (no harakat, no tatweel)."""
    return _ARABIC_RUN.findall(bare(text))


class Analyses:
    """Word -> (root key, lemma key), from memory, then the library's cache, then the
    analyser (whose results are written to the cache with the article)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.memory: dict[str, tuple[str, str]] = {}
        self.new: dict[str, tuple[str, str]] = {}

    def of(self, words: set[str]) -> dict[str, tuple[str, str]]:
        from reader.text.morphology import analyse

        wanted = [w for w in words if w not in self.memory]
        for start in range(0, len(wanted), 500):
            part = wanted[start:start + 500]
            marks = ", ".join("?" * len(part))
            for word, root, lemma in self.conn.execute(
                f"SELECT word, root, lemma FROM word_cache WHERE version = ? AND word IN ({marks})",
                (VERSION, *part),
            ):
                self.memory[word] = (root, lemma)
        for word in wanted:
            if word in self.memory:
                continue
            found = analyse(word, definitions=False).analyses
            top = found[0] if found else None
            value = (root_key(top.root), lemma_key(top.lemma)) if top else ("", "")
            self.memory[word] = self.new[word] = value
        return {w: self.memory[w] for w in words}

    def flush(self) -> None:
        """Inside the caller's transaction."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO word_cache (word, root, lemma, version) VALUES (?, ?, ?, ?)",
            [(w, r, m, VERSION) for w, (r, m) in self.new.items()],
        )
        self.new.clear()


def _document(counts: Counter[str], keys: dict[str, tuple[str, str]]) -> tuple[str, str]:
    roots: Counter[str] = Counter()
    lemmas: Counter[str] = Counter()
    for word, count in counts.items():
        root, lemma = keys.get(word, ("", ""))
        if root:
            roots[root] += count
        if lemma:
            lemmas[lemma] += count
    return (" ".join(" ".join([k] * min(n, MAX_REPEAT)) for k, n in roots.items()),
            " ".join(" ".join([k] * min(n, MAX_REPEAT)) for k, n in lemmas.items()))


def pending(conn: sqlite3.Connection, limit: int = BATCH) -> list[int]:
    rows = conn.execute(
        """SELECT a.id FROM articles a LEFT JOIN word_docs d ON d.article_id = a.id
           WHERE d.article_id IS NULL OR d.version != ? ORDER BY a.id DESC LIMIT ?""",
        (VERSION, limit),
    ).fetchall()
    return [r[0] for r in rows]


def pending_count(conn: sqlite3.Connection) -> int:
    return conn.execute(
        """SELECT COUNT(*) FROM articles a LEFT JOIN word_docs d ON d.article_id = a.id
           WHERE d.article_id IS NULL OR d.version != ?""", (VERSION,),
    ).fetchone()[0]


def index_articles(conn: sqlite3.Connection, ids: list[int], analyses: Analyses) -> int:
    """Index ``ids`` in one transaction; how many were indexed."""
    marks = ", ".join("?" * len(ids))
    texts = {
        article_id: f"{title}\n{text}"
        for article_id, title, text in conn.execute(
            f"""SELECT a.id, a.title, b.plain_text FROM articles a JOIN bodies b
                ON b.article_id = a.id WHERE a.id IN ({marks})""", ids,
        )
    }
    # The reader's notes on the article: a root in a note finds the article too.
    for article_id, note in conn.execute(
        f"SELECT article_id, note FROM annotations WHERE note != '' AND article_id IN ({marks})",
        ids,
    ):
        if article_id in texts:
            texts[article_id] += "\n" + note
    documents = {}
    for article_id, text in texts.items():
        title = text.split("\n", 1)[0]
        counts = Counter(words_of(text))
        keys = analyses.of(set(counts))
        documents[article_id] = (_document(counts, keys),
                                 _document(Counter(words_of(title)), keys))
    with transaction(conn):
        analyses.flush()
        for article_id, ((roots, lemmas), (title_roots, title_lemmas)) in documents.items():
            conn.execute("DELETE FROM word_docs WHERE article_id = ?", (article_id,))
            cursor = conn.execute(
                "INSERT INTO word_docs (article_id, version) VALUES (?, ?)",
                (article_id, VERSION),
            )
            conn.execute("INSERT INTO word_index (rowid, roots, lemmas) VALUES (?, ?, ?)",
                         (cursor.lastrowid, roots, lemmas))
            if title_roots or title_lemmas:
                conn.execute("INSERT INTO word_titles (rowid, roots, lemmas) VALUES (?, ?, ?)",
                             (cursor.lastrowid, title_roots, title_lemmas))
    return len(documents)


def index_pending(
    conn: sqlite3.Connection,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> int:
    """Index every article not yet indexed, a batch a transaction; how many were. A batch
    is as many articles as take about a second: few while most words are new to the library
    (each a few milliseconds to analyse), up to ``MAX_BATCH`` once most are known, so that
    an interrupted run loses little and a long one commits seldom."""
    import time

    analyses = Analyses(conn)
    total = pending_count(conn)
    done, size = 0, 2
    while not cancelled():
        ids = pending(conn, size)
        if not ids:
            break
        started = time.monotonic()
        done += index_articles(conn, ids, analyses)
        took = time.monotonic() - started
        size = max(1, min(MAX_BATCH, int(size * (2 if took < 0.5 else 0.5 if took > 2 else 1))))
        if progress:
            progress(done, max(total, done))
    return done


def derivatives(conn: sqlite3.Connection, roots: Iterable[str],
                lemmas: Iterable[str]) -> frozenset[str]:
    """The library's words of these roots or lemmas (as analysed and kept)."""
    found: set[str] = set()
    for root in {root_key(r) for r in roots}:
        found.update(w for (w,) in conn.execute(
            "SELECT word FROM word_cache WHERE root = ?", (root,)))
    for lemma in {lemma_key(m) for m in lemmas}:
        found.update(w for (w,) in conn.execute(
            "SELECT word FROM word_cache WHERE lemma = ?", (lemma,)))
    return frozenset(found)


_SPAN = re.compile("[\u0621-\u063a\u0640-\u0652\u0670\u0671-\u06d3]+")
SNIPPET_REACH = 400  # characters after the first match that a snippet can show


def derivative_spans(text: str, words: frozenset[str],
                     first_only: bool = False) -> list[tuple[int, int]]:
    """Where in ``text`` these words stand (harakat and tatweel aside), to mark them. With
    ``first_only``: the first, and the others a snippet around it can show."""
    spans: list[tuple[int, int]] = []
    for match in _SPAN.finditer(text):
        if spans and first_only and match.start() > spans[0][0] + SNIPPET_REACH:
            break
        if bare(match.group()) in words:
            spans.append(match.span())
    return spans


def index_for_a_while(path: str, seconds: float) -> tuple[int, int]:
    """In a process of its own (the window's indexer starts one): index what is pending for
    about ``seconds``; (indexed, still pending). The analyser's lexicon grows to some 170 MB
    as it meets words; in a child process that memory goes back when the child ends."""
    import time

    # The library the window has open, migrated already: a plain connection, as the window's
    # own is made (autocommit, every write an explicit transaction).
    conn = sqlite3.connect(Path(path), isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 10000")
    try:
        deadline = time.monotonic() + seconds
        done = index_pending(conn, cancelled=lambda: time.monotonic() > deadline)
        return done, pending_count(conn)
    finally:
        conn.close()


def index_in_child(path: str, seconds: float, pipe: object) -> None:
    """A child process's whole work: a slice of indexing, its outcome sent back."""
    pipe.send(index_for_a_while(path, seconds))  # type: ignore[attr-defined]
