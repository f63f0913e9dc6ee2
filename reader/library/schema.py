"""The library's schema as numbered migrations; ``PRAGMA user_version`` is the number applied.

Never edit a migration that has shipped: add the next one. (Migrations 3 and 5 were made
SQL-only in schema 6: they used to fill their indexes by calling the search code of the day;
they now create the same tables and queue the same fill.)
"""

from __future__ import annotations

# Each step is SQL, and only SQL: a shipped migration must do the same thing forever, so it
# never calls code that a later version may change. Data derived by code (the search
# indexes) is not built here: a migration queues an index job (``index_jobs``) and the library,
# once migrated, builds it with the code of the version that opens it (see db.run_index_jobs).
Step = str

_INDEX_JOBS = """
CREATE TABLE IF NOT EXISTS index_jobs (name TEXT PRIMARY KEY);
"""

MIGRATIONS: list[Step] = [
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
    """
    CREATE VIRTUAL TABLE search USING fts5(
        title, body, notes, stems,
        tokenize = "unicode61 remove_diacritics 0"
    );
    """ + _INDEX_JOBS + """
    INSERT OR IGNORE INTO index_jobs (name) VALUES ('search');
    """,
    # 4: the library list sorts in SQL on any column.
    """
    CREATE INDEX articles_title ON articles (title);
    CREATE INDEX articles_site ON articles (site);
    CREATE INDEX articles_published ON articles (published);
    CREATE INDEX articles_bookmarked ON articles (bookmarked, read_progress);
    """,
    # 5: titles indexed on their own, so that title matches rank without reading bodies.
    """
    CREATE VIRTUAL TABLE titles USING fts5(
        title, stems,
        tokenize = "unicode61 remove_diacritics 0"
    );
    """ + _INDEX_JOBS + """
    INSERT OR IGNORE INTO index_jobs (name) VALUES ('titles');
    """,
    # 6: each highlight and note indexed on its own, so that saving a note re-indexes the note
    # alone, never the article's body (the search table's notes column is left empty).
    """
    CREATE VIRTUAL TABLE notes_index USING fts5(
        article_id UNINDEXED, text, stems,
        tokenize = "unicode61 remove_diacritics 0"
    );
    """ + _INDEX_JOBS + """
    INSERT OR IGNORE INTO index_jobs (name) VALUES ('notes');
    """,
    # 7: an inbox and an archive: an article is in the inbox until it is archived.
    """
    ALTER TABLE articles ADD COLUMN archived_at TEXT;
    CREATE INDEX articles_archived ON articles (archived_at);
    """,
    # 8: tags; ``key`` is the name folded as search folds words, so that one tag has one key.
    """
    CREATE TABLE tags (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE
    );
    CREATE TABLE article_tags (
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        tag_id INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
        PRIMARY KEY (article_id, tag_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_tags_tag ON article_tags (tag_id, article_id);
    """,
    # 9: collections (hand-made, ordered lists of articles; an article can be in several)
    # and saved searches (a name and a query in the search box's syntax). Keys fold names as
    # tags do.
    """
    CREATE TABLE collections (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    );
    CREATE TABLE collection_items (
        collection_id INTEGER NOT NULL REFERENCES collections (id) ON DELETE CASCADE,
        article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        position REAL NOT NULL,
        PRIMARY KEY (collection_id, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX collection_items_article ON collection_items (article_id);
    CREATE TABLE saved_searches (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        key TEXT NOT NULL UNIQUE,
        query TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 10: a count of commits, raised by every write transaction, so that a window can tell
    # the commits its own session made from another process's (PRAGMA data_version moves
    # for both alike).
    """
    CREATE TABLE commit_count (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        n INTEGER NOT NULL,
        library TEXT NOT NULL  -- which library: one process may write to several
    );
    INSERT INTO commit_count (id, n, library) VALUES (1, 0, lower(hex(randomblob(16))));
    """,
    # 11: subscriptions. Feeds with their settings and the server's validators and schedule;
    # every entry seen (imported or passed over), so that none comes twice; watched folders
    # and the files seen in them.
    """
    CREATE TABLE feeds (
        id INTEGER PRIMARY KEY,
        url TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL DEFAULT '',
        site_url TEXT NOT NULL DEFAULT '',
        language TEXT NOT NULL DEFAULT '',
        tag TEXT NOT NULL DEFAULT '',
        full_page TEXT NOT NULL DEFAULT 'auto' CHECK (full_page IN ('auto', 'always', 'never')),
        direction TEXT NOT NULL DEFAULT '' CHECK (direction IN ('', 'rtl', 'ltr')),
        font TEXT NOT NULL DEFAULT '',
        archive_after_days INTEGER,
        first_limit INTEGER NOT NULL DEFAULT 20,
        paused INTEGER NOT NULL DEFAULT 0,
        etag TEXT NOT NULL DEFAULT '',
        last_modified TEXT NOT NULL DEFAULT '',
        ttl_minutes INTEGER,
        checked_at TEXT,
        next_at TEXT,
        failures INTEGER NOT NULL DEFAULT 0,
        last_error TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    CREATE TABLE feed_entries (
        feed_id INTEGER NOT NULL REFERENCES feeds (id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        link TEXT NOT NULL DEFAULT '',
        fingerprint TEXT NOT NULL,
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        seen_at TEXT NOT NULL,
        PRIMARY KEY (feed_id, key)
    ) WITHOUT ROWID;
    CREATE INDEX feed_entries_link ON feed_entries (feed_id, link);
    CREATE INDEX feed_entries_article ON feed_entries (article_id);
    CREATE TABLE watched_folders (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        move_imported INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL
    );
    CREATE TABLE watched_files (
        folder_id INTEGER NOT NULL REFERENCES watched_folders (id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        size INTEGER NOT NULL,
        mtime_ns INTEGER NOT NULL,
        status TEXT NOT NULL,
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        PRIMARY KEY (folder_id, name)
    ) WITHOUT ROWID;
    """,
    # 12: words by root and lemma. An inverted index of each article's roots and lemmas
    # (contentless: the index alone, not the text again), filled in the background; an
    # article's entry is made anew (a new doc, never a reused one) when its text changes,
    # so an old entry is never matched again. The analyses of words, kept once per library.
    """
    CREATE VIRTUAL TABLE word_index USING fts5(
        roots, lemmas, content='', tokenize='unicode61 remove_diacritics 0'
    );
    CREATE TABLE word_docs (
        doc INTEGER PRIMARY KEY AUTOINCREMENT,
        article_id INTEGER NOT NULL UNIQUE REFERENCES articles (id) ON DELETE CASCADE,
        version INTEGER NOT NULL
    );
    CREATE TRIGGER word_docs_new_text AFTER UPDATE OF plain_text ON bodies BEGIN
        DELETE FROM word_docs WHERE article_id = new.article_id;
    END;
    CREATE TABLE word_cache (
        word TEXT PRIMARY KEY,
        root TEXT NOT NULL,
        lemma TEXT NOT NULL,
        version INTEGER NOT NULL
    ) WITHOUT ROWID;
    """,
    # 13: the reader's vocabulary: words kept from the lookup panel, with their lemma, root,
    # definitions and the sentence they came from (and its article, while it exists).
    """
    CREATE TABLE vocabulary (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        word TEXT NOT NULL,
        lemma TEXT NOT NULL,
        root TEXT NOT NULL DEFAULT '',
        pos TEXT NOT NULL DEFAULT '',
        definitions TEXT NOT NULL DEFAULT '[]',
        sentence TEXT NOT NULL DEFAULT '',
        article_id INTEGER REFERENCES articles (id) ON DELETE SET NULL,
        article_title TEXT NOT NULL DEFAULT '',
        added_at TEXT NOT NULL
    );
    CREATE INDEX vocabulary_root ON vocabulary (root);
    CREATE INDEX vocabulary_article ON vocabulary (article_id);
    """,
    # 14: the roots and lemmas of titles alone, under the same doc as the article's: a search
    # by root ranks the articles whose title holds the root first, in a small index, as a
    # search by word ranks title matches first (a common root is in most articles' bodies).
    # The words of a root or lemma, found from it: what a result marks in its snippet. An
    # article's notes are part of what its roots hold: a note written, changed or deleted
    # sends the article back to be indexed.
    """
    CREATE VIRTUAL TABLE word_titles USING fts5(
        roots, lemmas, content='', tokenize='unicode61 remove_diacritics 0'
    );
    CREATE INDEX word_cache_root ON word_cache (root);
    CREATE INDEX word_cache_lemma ON word_cache (lemma);
    CREATE TRIGGER word_docs_note_added AFTER INSERT ON annotations
    WHEN new.note != '' BEGIN
        DELETE FROM word_docs WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER word_docs_note_changed AFTER UPDATE OF note ON annotations BEGIN
        DELETE FROM word_docs WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER word_docs_note_deleted AFTER DELETE ON annotations
    WHEN old.note != '' BEGIN
        DELETE FROM word_docs WHERE article_id = old.article_id;
    END;
    """,
    # 15: sync. Each article gets a lasting identity (its first content hash, or a random one
    # when that is taken) that stays when its text changes. Every change to what syncs marks
    # its record (by that identity, a note's uuid, a list's key) in sync_dirty, whoever
    # writes it, unless sync itself is writing (a row in sync_applying, inside sync's own
    # transaction). The shared document, what is waiting to be sent and what was read from
    # each other device are kept in sync_state and sync_cursors. (The marks are written with
    # NOT EXISTS, not OR IGNORE: an outer upsert's conflict rule would override a trigger's.)
    """
    ALTER TABLE articles ADD COLUMN uid TEXT;
    UPDATE articles SET uid = content_hash;
    CREATE UNIQUE INDEX articles_uid ON articles (uid);
    CREATE TABLE sync_dirty (
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        PRIMARY KEY (kind, key)
    ) WITHOUT ROWID;
    CREATE TABLE sync_applying (one INTEGER PRIMARY KEY CHECK (one = 1));
    CREATE TABLE sync_state (name TEXT PRIMARY KEY, value BLOB) WITHOUT ROWID;
    CREATE TABLE sync_cursors (
        device TEXT PRIMARY KEY,
        seq INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE sync_blobs (hash TEXT PRIMARY KEY, file TEXT NOT NULL) WITHOUT ROWID;

    CREATE TRIGGER articles_new_uid AFTER INSERT ON articles WHEN new.uid IS NULL BEGIN
        UPDATE articles SET uid = CASE
            WHEN EXISTS (SELECT 1 FROM articles WHERE uid = new.content_hash)
            THEN lower(hex(randomblob(16))) ELSE new.content_hash END
        WHERE id = new.id;
    END;
    CREATE TRIGGER sync_article_changed
    AFTER UPDATE OF uid, content_hash, archived_at, bookmarked, read_position ON articles
    WHEN new.uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'art', new.uid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = new.uid);
    END;
    CREATE TRIGGER sync_article_inserted AFTER INSERT ON articles
    WHEN new.uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'art', new.uid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = new.uid);
    END;
    CREATE TRIGGER sync_article_deleted AFTER DELETE ON articles
    WHEN old.uid IS NOT NULL AND NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'art', old.uid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = old.uid);
    END;
    CREATE TRIGGER sync_tagged AFTER INSERT ON article_tags
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'art', uid FROM articles
        WHERE id = new.article_id AND uid IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = articles.uid);
    END;
    CREATE TRIGGER sync_untagged AFTER DELETE ON article_tags
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'art', uid FROM articles
        WHERE id = old.article_id AND uid IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = articles.uid);
    END;
    CREATE TRIGGER sync_tag_renamed AFTER UPDATE ON tags
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT DISTINCT 'art', a.uid
        FROM article_tags t JOIN articles a ON a.id = t.article_id
        WHERE t.tag_id = new.id AND a.uid IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'art' AND key = a.uid);
    END;
    CREATE TRIGGER sync_note_inserted AFTER INSERT ON annotations
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'ann', new.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ann' AND key = new.uuid);
    END;
    CREATE TRIGGER sync_note_changed AFTER UPDATE ON annotations
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'ann', new.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ann' AND key = new.uuid);
    END;
    CREATE TRIGGER sync_note_deleted AFTER DELETE ON annotations
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'ann', old.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'ann' AND key = old.uuid);
    END;
    CREATE TRIGGER sync_collection_inserted AFTER INSERT ON collections
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', new.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'coll' AND key = new.key);
    END;
    CREATE TRIGGER sync_collection_changed AFTER UPDATE ON collections
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', old.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'coll' AND key = old.key);
        INSERT INTO sync_dirty SELECT 'coll', new.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'coll' AND key = new.key);
    END;
    CREATE TRIGGER sync_collection_deleted AFTER DELETE ON collections
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', old.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'coll' AND key = old.key);
    END;
    CREATE TRIGGER sync_item_inserted AFTER INSERT ON collection_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', key FROM collections
        WHERE id = new.collection_id AND NOT EXISTS
            (SELECT 1 FROM sync_dirty d WHERE d.kind = 'coll' AND d.key = collections.key);
    END;
    CREATE TRIGGER sync_item_moved AFTER UPDATE ON collection_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', key FROM collections
        WHERE id = new.collection_id AND NOT EXISTS
            (SELECT 1 FROM sync_dirty d WHERE d.kind = 'coll' AND d.key = collections.key);
    END;
    CREATE TRIGGER sync_item_deleted AFTER DELETE ON collection_items
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'coll', key FROM collections
        WHERE id = old.collection_id AND NOT EXISTS
            (SELECT 1 FROM sync_dirty d WHERE d.kind = 'coll' AND d.key = collections.key);
    END;
    CREATE TRIGGER sync_saved_inserted AFTER INSERT ON saved_searches
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'saved', new.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'saved' AND key = new.key);
    END;
    CREATE TRIGGER sync_saved_changed AFTER UPDATE ON saved_searches
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'saved', old.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'saved' AND key = old.key);
        INSERT INTO sync_dirty SELECT 'saved', new.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'saved' AND key = new.key);
    END;
    CREATE TRIGGER sync_saved_deleted AFTER DELETE ON saved_searches
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'saved', old.key
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'saved' AND key = old.key);
    END;
    CREATE TRIGGER sync_word_inserted AFTER INSERT ON vocabulary
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'vocab', new.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'vocab' AND key = new.uuid);
    END;
    CREATE TRIGGER sync_word_changed AFTER UPDATE ON vocabulary
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'vocab', new.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'vocab' AND key = new.uuid);
    END;
    CREATE TRIGGER sync_word_deleted AFTER DELETE ON vocabulary
    WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN
        INSERT INTO sync_dirty SELECT 'vocab', old.uuid
        WHERE NOT EXISTS (SELECT 1 FROM sync_dirty WHERE kind = 'vocab' AND key = old.uuid);
    END;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
