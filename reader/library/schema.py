"""The library's schema as numbered migrations; ``PRAGMA user_version`` is the number applied.

Never edit a migration that has shipped: add the next one.
"""

from __future__ import annotations

from collections.abc import Callable
from sqlite3 import Connection

# Each step is SQL, or a function for what SQL cannot do (filling the search index).
Step = str | Callable[[Connection], None]


# The search index's steps load its module when they run: opening an up-to-date library
# (every start of the window) does not need it.
def _create_search(conn: Connection) -> None:
    from reader.library import search_index

    conn.execute(search_index.CREATE)
    search_index.rebuild_search(conn)


def _create_titles(conn: Connection) -> None:
    from reader.library import search_index

    conn.execute(search_index.CREATE_TITLES)
    search_index.rebuild_titles(conn)


MIGRATIONS: list[Step | tuple[Step, ...]] = [
    # 1: articles, their bodies (kept apart so that listing never reads a body), originals
    # and images.
    """
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        site TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        source_path TEXT,
        published TEXT,
        views INTEGER,
        comments INTEGER,
        language TEXT NOT NULL DEFAULT '',
        direction TEXT NOT NULL DEFAULT 'rtl' CHECK (direction IN ('rtl', 'ltr')),
        format TEXT NOT NULL DEFAULT '',
        encoding TEXT NOT NULL DEFAULT '',
        content_hash TEXT NOT NULL,
        word_count INTEGER NOT NULL DEFAULT 0,
        imported_at TEXT NOT NULL,
        updated_at TEXT,
        bookmarked INTEGER NOT NULL DEFAULT 0,
        read_position INTEGER NOT NULL DEFAULT 0,
        read_progress REAL NOT NULL DEFAULT 0,
        opened_at TEXT
    );
    CREATE UNIQUE INDEX articles_content_hash ON articles (content_hash);
    CREATE INDEX articles_source_path ON articles (source_path);
    CREATE INDEX articles_imported_at ON articles (imported_at);

    CREATE TABLE bodies (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        blocks TEXT NOT NULL,
        plain_text TEXT NOT NULL,
        previous_text TEXT
    );

    CREATE TABLE originals (
        article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        data BLOB NOT NULL
    );

    CREATE TABLE images (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        PRIMARY KEY (article_id, name)
    );
    """,
    # 2: annotations (highlights, notes, position bookmarks) anchored by W3C Web Annotation
    # selectors over the article's plain text: TextQuoteSelector (exact, prefix, suffix) and
    # TextPositionSelector (start, end).
    """
    CREATE TABLE annotations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('highlight', 'note', 'bookmark')),
        exact TEXT NOT NULL DEFAULT '',
        prefix TEXT NOT NULL DEFAULT '',
        suffix TEXT NOT NULL DEFAULT '',
        start INTEGER,
        "end" INTEGER,
        color TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        name TEXT NOT NULL DEFAULT '',
        orphaned INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX annotations_article ON annotations (article_id, kind);
    """,
    # 3: full-text search over normalised titles, bodies and notes.
    _create_search,
    # 4: the library list sorts in SQL on any column.
    """
    CREATE INDEX articles_title ON articles (title);
    CREATE INDEX articles_site ON articles (site);
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_bookmarked ON articles (bookmarked, read_progress);
    """,
    # 5: titles indexed on their own, so that title matches rank without reading bodies.
    _create_titles,
]

SCHEMA_VERSION = len(MIGRATIONS)
