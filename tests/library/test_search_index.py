import sqlite3
from pathlib import Path

from reader.importing.pipeline import parse_bytes
from reader.library.articles import Library
from reader.library.importer import import_paths
from reader.library.search_index import SearchFilters


def _add(library: Library, folder: Path, name: str, text: str) -> int:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    [outcome] = import_paths(library, [path])
    return outcome.id


def test_title_match_ranks_above_body_match(library: Library, tmp_path: Path):
    body = _add(
        library, tmp_path, "a.txt", "مقال عن الطقس\n\nتحدث التقرير عن المكتبات العامة مرة واحدة."
    )
    title = _add(library, tmp_path, "b.txt", "المكتبات العامة في المدن\n\nنص قصير عن القراءة.")
    hits = library.search("مكتبات")
    assert [h.id for h in hits] == [title, body]
    assert hits[0].score > hits[1].score


def test_title_matches_come_first_then_the_rest_fill_the_limit(library: Library, tmp_path: Path):
    # The body that repeats the word would win on BM25 alone; a title match still leads.
    repeats = _add(library, tmp_path, "a.txt", "تقرير\n\n" + "المكتبات " * 30)
    titled = [
        _add(library, tmp_path, f"t{n}.txt", f"المكتبات والقراءة والمدن رقم {n}\n\nنص {n}.")
        for n in range(3)
    ]
    hits = library.search("مكتبات", limit=3)
    assert {h.id for h in hits} == set(titled) and all(h.in_title for h in hits)
    hits = library.search("مكتبات", limit=10)
    assert [h.id for h in hits][-1] == repeats and len(hits) == 4
    assert [h.in_title for h in hits] == [True, True, True, False]
    assert hits[-1].snippet and hits[-1].marks  # the body match still gets its passage


def test_the_second_tier_is_ranked_only_when_reached(library: Library, tmp_path: Path):
    for n in range(3):
        _add(library, tmp_path, f"t{n}.txt", f"المكتبات رقم {n}\n\nنص.")
    for n in range(4):
        _add(library, tmp_path, f"b{n}.txt", f"تقرير {n}\n\nعن المكتبات العامة.")
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    results = library.rank("مكتبات", limit=10)
    first = results.hits(0, 2)
    assert [h.in_title for h in first] == [True, True]
    assert not any("search MATCH" in s for s in statements)  # the bodies' ranking: not yet
    assert results.has_more(3)
    assert any("search MATCH" in s for s in statements)
    assert len(results) == 7
    assert [h.in_title for h in results.hits(0, 7)] == [True] * 3 + [False] * 4
    library.conn.set_trace_callback(None)


def test_filters(library: Library, tmp_path: Path):
    first = _add(library, tmp_path, "a.txt", "الأول\n\nعن الحدائق العامة.")
    second = _add(library, tmp_path, "b.txt", "الثاني\n\nعن الحدائق المنزلية.")
    library.set_bookmarked(second, True)
    assert {h.id for h in library.search("حدائق")} == {first, second}
    assert [h.id for h in library.search("حدائق", SearchFilters(bookmarked=True))] == [second]
    library.set_reading_position(first, 0, 0.1)
    assert [h.id for h in library.search("حدائق", SearchFilters(unread=True))] == [second]
    assert library.search("حدائق", SearchFilters(with_notes=True)) == []


def test_index_follows_updates_and_deletes(library: Library, tmp_path: Path):
    path = tmp_path / "a.txt"
    path.write_text("عنوان\n\nكلمة قديمة هنا.", "utf-8")
    [outcome] = import_paths(library, [path])
    assert library.search("قديمة")
    path.write_text("عنوان\n\nكلمة جديدة هنا.", "utf-8")
    import_paths(library, [path])
    assert library.search("قديمة") == []
    assert [h.id for h in library.search("جديده")] == [outcome.id]
    library.delete(outcome.id)
    assert library.search("جديدة") == []
    for table in ("search", "titles"):
        assert library.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0


def test_migration_indexes_existing_articles(tmp_path: Path):
    from reader.library import db

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    # A library as version 2 left it: articles, but no search index yet.
    for step in db.MIGRATIONS[:2]:
        for statement in db._statements(step):
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 2")
    conn.execute(
        "INSERT INTO articles (id, title, content_hash, imported_at) VALUES (7, 'عنوان', 'h', 'x')"
    )
    conn.execute(
        "INSERT INTO bodies (article_id, blocks, plain_text) VALUES (7, '[]', 'نص عن الكواليس')"
    )
    conn.close()
    library = Library(path)
    assert [h.id for h in library.search("كواليس")] == [7]
    [title_hit] = library.search("عنوان")
    assert title_hit.id == 7 and title_hit.in_title
    backups = list((tmp_path / "old-backups").glob("*.sqlite3"))
    assert len(backups) == 1  # the library was backed up before the migration
    library.close()


def _undo_migrations_7_to_15(conn: sqlite3.Connection) -> None:
    """What the archive, tags, collections, commit count, subscriptions, word index and sync
    migrations added, taken away again to make an older library."""
    for (trigger,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND (name LIKE 'sync_%'"
        " OR name = 'articles_new_uid')"
    ).fetchall():
        conn.execute(f"DROP TRIGGER {trigger}")
    for table in ("sync_dirty", "sync_applying", "sync_state", "sync_cursors", "sync_blobs"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX articles_uid")
    conn.execute("ALTER TABLE articles DROP COLUMN uid")
    for trigger in ("word_docs_new_text", "word_docs_note_added", "word_docs_note_changed",
                    "word_docs_note_deleted"):
        conn.execute(f"DROP TRIGGER {trigger}")
    for table in ("collection_items", "collections", "saved_searches", "commit_count",
                  "feed_entries", "feeds", "watched_files", "watched_folders", "word_index",
                  "word_docs", "word_cache", "vocabulary", "word_titles"):
        conn.execute(f"DROP TABLE {table}")
    conn.execute("DROP INDEX articles_archived")
    conn.execute("ALTER TABLE articles DROP COLUMN archived_at")
    conn.execute("DROP TABLE article_tags")
    conn.execute("DROP TABLE tags")


def test_a_version_4_library_gets_its_title_index(tmp_path: Path):
    path = tmp_path / "v4.sqlite3"
    library = Library(path)
    parsed = parse_bytes("المكتبات في المدن\n\nنص عن القراءة.".encode(), "a.txt")
    article_id = library.add(parsed, b"").id
    library.close()
    # As version 4 left it: no title index.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE titles")
    conn.execute("DROP TABLE notes_index")
    conn.execute("DROP TABLE index_jobs")
    _undo_migrations_7_to_15(conn)
    conn.execute("PRAGMA user_version = 4")
    conn.close()
    library = Library(path)
    [hit] = library.search("مكتبات")
    assert hit.id == article_id and hit.in_title
    library.close()


def test_a_version_5_library_moves_its_notes_to_their_own_index(tmp_path: Path):
    """Version 5 kept notes in the article's search row; version 6 gives each note its own
    row, so the note is still found, and the article's row no longer holds it."""
    path = tmp_path / "v5.sqlite3"
    library = Library(path)
    parsed = parse_bytes("مقال عن الحدائق\n\nنص قصير عن الزراعة.".encode(), "a.txt")
    article_id = library.add(parsed, b"").id
    library.annotations.add_article_note(article_id, "ملاحظة عن البستنة")
    library.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TABLE notes_index")
    conn.execute("DROP TABLE index_jobs")
    title, body, _notes, stems = conn.execute(
        "SELECT title, body, notes, stems FROM search WHERE rowid = ?", (article_id,)
    ).fetchone()
    conn.execute(
        "INSERT OR REPLACE INTO search (rowid, title, body, notes, stems) VALUES (?,?,?,?,?)",
        (article_id, title, body, "ملاحظه عن البستنه", stems),
    )
    _undo_migrations_7_to_15(conn)
    conn.execute("PRAGMA user_version = 5")
    conn.close()
    library = Library(path)
    [hit] = library.search("البستنة")
    assert hit.id == article_id
    assert library.conn.execute("SELECT notes FROM search").fetchone()[0] == ""
    assert library.conn.execute("SELECT COUNT(*) FROM index_jobs").fetchone()[0] == 0
    library.close()


def test_migrations_are_sql_only():
    """A shipped migration never calls code that can change later."""
    from reader.library.schema import MIGRATIONS

    assert all(isinstance(step, str) for step in MIGRATIONS)


def test_search_cli(tmp_path: Path, capsys):
    import json

    from reader.cli import main

    (tmp_path / "a.txt").write_text("خبر عن الحديقة\n\nزرع السكان حديقة فوق السطح.", "utf-8")
    main(["import", str(tmp_path / "a.txt"), "--json"])
    capsys.readouterr()
    assert main(["search", "حديقه", "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)
    assert set(hit) >= {"id", "title", "snippet", "score"}
    assert hit["title"] == "خبر عن الحديقة"
    start, end = hit["marks"][0]
    assert hit["snippet"][start:end] in ("الحديقة", "حديقة")
    assert main(["search", "حديقة"]) == 0
    out = capsys.readouterr().out
    assert "«حديقة»" in out
    assert main(["search", "غائب"]) == 1
