import sqlite3
from pathlib import Path

import pytest

from reader.importing.pipeline import parse_bytes
from reader.library.articles import Library
from reader.library.errors import LibraryError
from reader.library.importer import import_paths, summarise
from reader.library.schema import SCHEMA_VERSION
from tests.fixtures_text import PLAIN, SAVED_PAGE


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_library_file_settings(library: Library):
    conn = library.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_article_round_trip_keeps_everything(library: Library, tmp_path: Path):
    path = _write(tmp_path, "page.txt", SAVED_PAGE)
    [outcome] = import_paths(library, [path])
    assert outcome.status == "imported"
    article = library.get(outcome.id)
    assert article.title == "مكتبة المدينة تفتح أبوابها ليلاً للقراء"
    assert article.published == "2024-03-03T20:05:12"
    assert article.views == 12480 and article.comments == 7
    assert article.direction == "rtl" and article.language == "ar"
    assert len(article.paragraphs) == 3
    assert article.plain_text == "\n\n".join(article.paragraphs)
    assert library.original(outcome.id) == ("page.txt", SAVED_PAGE.encode())


def test_same_content_again_is_duplicate(library: Library, tmp_path: Path):
    first = _write(tmp_path, "a.txt", PLAIN)
    copy = _write(tmp_path, "copy/a.txt", PLAIN)
    outcomes = import_paths(library, [first, copy, first])
    assert [o.status for o in outcomes] == ["imported", "duplicate", "duplicate"]
    assert len({o.id for o in outcomes}) == 1
    assert library.count() == 1


def test_changed_file_from_same_path_is_updated_and_old_text_kept(
    library: Library, tmp_path: Path
):
    path = _write(tmp_path, "a.txt", PLAIN)
    [first] = import_paths(library, [path])
    old_text = library.get(first.id).plain_text
    library.set_bookmarked(first.id, True)
    path.write_text(PLAIN + "\nفقرة جديدة أضيفت لاحقاً.\n", encoding="utf-8")
    [second] = import_paths(library, [path])
    assert second.status == "updated" and second.id == first.id
    article = library.get(first.id)
    assert article.paragraphs[-1] == "فقرة جديدة أضيفت لاحقاً."
    assert article.bookmarked
    assert library.previous_text(first.id) == old_text
    assert library.count() == 1


def test_folder_import_is_recursive_and_reports_each_file(library: Library, tmp_path: Path):
    _write(tmp_path, "one.txt", PLAIN)
    _write(tmp_path, "deep/er/two.txt", SAVED_PAGE)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    _write(tmp_path, "page_files/style.css", "body{}")
    _write(tmp_path, ".hidden.txt", PLAIN)
    outcomes = import_paths(library, [tmp_path])
    by_name = {Path(o.path).name: o for o in outcomes}
    assert set(by_name) == {"one.txt", "two.txt", "empty.txt", "photo.jpg"}
    assert by_name["one.txt"].status == "imported"
    assert by_name["two.txt"].status == "imported"
    assert by_name["empty.txt"].status == "failed"
    assert by_name["empty.txt"].error == "empty file"
    assert by_name["photo.jpg"].status == "skipped"
    assert summarise(outcomes)["imported"] == 2
    assert library.count() == 2


def test_bad_files_never_stop_the_batch(library: Library, tmp_path: Path):
    good = _write(tmp_path, "good.txt", PLAIN)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    unreadable = _write(tmp_path, "locked.txt", SAVED_PAGE)
    unreadable.chmod(0)
    vanished = tmp_path / "gone.txt"
    binary = tmp_path / "bin.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    outcomes = import_paths(
        library, [vanished, big, unreadable, binary, good], max_bytes=1024
    )
    reasons = {Path(o.path).name: (o.status, o.error) for o in outcomes}
    assert reasons["gone.txt"] == ("failed", "file not found (moved or deleted?)")
    assert reasons["big.txt"][0] == "failed" and reasons["big.txt"][1].startswith("too large")
    assert reasons["bin.txt"] == ("failed", "binary file, not text")
    if reasons["locked.txt"][0] == "failed":  # root can read a chmod-0 file
        assert reasons["locked.txt"][1] == "permission denied"
    assert reasons["good.txt"][0] == "imported"
    for _status, error in reasons.values():
        assert error is None or "\n" not in error


def test_failed_write_leaves_no_half_article(library: Library, monkeypatch):
    article = parse_bytes(SAVED_PAGE.encode(), "x.txt")

    def boom(*args, **kwargs):
        raise RuntimeError("disk pulled out mid-article")

    monkeypatch.setattr(library, "_after_write", boom)
    with pytest.raises(RuntimeError):
        library.add(article, b"raw")
    for table in ("articles", "bodies", "originals", "images"):
        assert library.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert library.integrity_ok()


def test_delete_removes_body_original_and_images(library: Library, tmp_path: Path):
    [outcome] = import_paths(library, [_write(tmp_path, "a.txt", PLAIN)])
    assert library.delete(outcome.id)
    assert library.get(outcome.id) is None
    for table in ("bodies", "originals", "images"):
        assert library.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == 0
    assert not library.delete(outcome.id)


def test_newer_schema_is_refused_and_untouched(tmp_path: Path):
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="newer Qari"):
        Library(path)
    assert path.read_bytes() == before


def test_corrupt_library_gives_clear_error(tmp_path: Path):
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(LibraryError, match="damaged or not a Qari library"):
        Library(path)


def test_summaries_never_read_bodies(library: Library, tmp_path: Path):
    import_paths(library, [_write(tmp_path, "a.txt", PLAIN), _write(tmp_path, "b.txt", SAVED_PAGE)])
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    # As the window's list reads them: the ids in order, then the rows of a page.
    rows = library.summaries_for(library.article_ids("imported_at", True))
    library.conn.set_trace_callback(None)
    assert len(rows) == 2
    assert not any("bodies" in s for s in statements)


def test_tags_match_as_search_matches_and_rename_merges(tmp_path):
    from reader.importing.pipeline import parse_bytes
    from reader.library.articles import Library

    with Library(tmp_path / "lib.sqlite3") as library:
        ids = []
        for n in range(3):
            text = f"مقال {n}\n\nنص عن الأخبار رقم {n}.".encode()
            ids.append(library.add(parse_bytes(text, f"{n}.txt"), text).id)
        tags = library.tags
        assert tags.add(ids[:2], "أخبار") == 2
        assert tags.add([ids[1]], "اخبار") == 0  # the same tag: no hamza, no harakat
        assert tags.add([ids[2]], "Sport") == 1
        assert [(t.name, t.count) for t in tags.all()] == [("Sport", 1), ("أخبار", 2)]
        assert set(library.article_ids(tag="الأَخْبَار".replace("ال", "", 1))) == set(ids[:2])
        assert library.article_ids(tag="SPORT") == [ids[2]]
        merged = tags.rename("sport", "أخبار")  # onto an existing tag: merged
        assert (merged.name, merged.count) == ("أخبار", 3)
        assert [t.name for t in tags.all()] == ["أخبار"]
        assert tags.remove([ids[0]], "اخبار") == 1
        assert tags.of(ids[0]) == [] and tags.of(ids[1]) == ["أخبار"]
        assert {h.id for h in library.search("نص tag:اخبار")} == {ids[1], ids[2]}
        assert {h.id for h in library.search("نص -tag:أخبار")} == {ids[0]}
        import pytest

        with pytest.raises(ValueError):
            tags.add(ids, "  \u202e ")


def test_every_write_raises_the_commit_count_and_only_remembered_ones_are_ours(tmp_path):
    """The window's watch tells its own commits from another process's: every writer raises
    the count; the commits this process remembers are its own, and a gap is someone else's."""
    from reader.library import transactions

    with Library(tmp_path / "lib.sqlite3") as library:
        key, start = library.commit_count()
        library.set_bookmarked(1, True)  # a write, even one that changes no row
        assert library.commit_count() == (key, start + 1)
        transactions.remember_commits()
        library.set_bookmarked(1, False)
        library.set_bookmarked(1, True)
        assert transactions.made_here(key, start + 1, start + 3)
        # One more commit, then a number this process did not make: not all ours.
        library.set_bookmarked(1, False)
        assert not transactions.made_here(key, start + 3, start + 5)
