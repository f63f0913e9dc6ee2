import json
import sqlite3
from pathlib import Path

import pytest

from reader.cli import main
from reader.library.articles import Library
from reader.library.backup import BackupError, backups, daily_backup_due, prune, restore
from reader.library.importer import import_paths
from tests.fixtures_text import HTML_PAGE, PLAIN, PNG_1PX, SAVED_PAGE


def _fill(library: Library, folder: Path) -> list[int]:
    (folder / "page_files").mkdir(parents=True)
    (folder / "page_files" / "garden.png").write_bytes(PNG_1PX)
    for name, text in (("a.txt", PLAIN), ("b.txt", SAVED_PAGE), ("page.html", HTML_PAGE)):
        (folder / name).write_text(text, encoding="utf-8")
    ids = [o.id for o in import_paths(library, [folder]) if o.status == "imported"]
    library.set_bookmarked(ids[1], True)
    text = library.get(ids[1]).plain_text
    start = text.index("منتصف الليل")
    library.annotations.add_highlight(ids[1], start, start + 11, "green", "ملاحظة")
    library.annotations.add_article_note(ids[0], "عامة")
    library.annotations.add_bookmark(ids[0], 5, "علامة")
    return ids


def _snapshot(library: Library) -> dict:
    from reader.library.notes_export import to_jsonld

    articles = {}
    for (article_id,) in library.conn.execute("SELECT id FROM articles"):
        article = library.get(article_id)
        images = library.conn.execute(
            "SELECT name, data FROM images WHERE article_id = ?", (article_id,)
        ).fetchall()
        articles[article.title] = (article.as_json() | {"id": None}, article.blocks,
                                   [(n, bytes(d)) for n, d in images])
    return {"articles": articles, "notes": to_jsonld(library)}


def test_export_all_then_import_into_empty_library(tmp_path: Path, library, capsys):
    _fill(library, tmp_path / "in")
    before = _snapshot(library)
    bundle = tmp_path / "all.json"
    assert main(["export", "--all", "-o", str(bundle)]) == 0
    empty = tmp_path / "empty.sqlite3"
    capsys.readouterr()
    assert main(["--library", str(empty), "import", "--json", str(bundle)]) == 0
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in outcomes] == ["imported"] * 3
    restored = Library(empty)
    assert _snapshot(restored) == before
    assert restored.search("حديقه")  # the index came along
    restored.close()


def test_backup_and_restore_commands(tmp_path: Path, library, isolated_home, capsys):
    ids = _fill(library, tmp_path / "in")
    assert main(["backup"]) == 0
    made = Path(capsys.readouterr().out.strip())
    assert made.exists() and made.parent.name.endswith("-backups")
    library.delete(ids[0])
    library.close()
    assert main(["restore"]) == 0
    out = capsys.readouterr().out
    assert "the replaced library is kept" in out
    again = Library(isolated_home)
    assert again.get(ids[0]) is not None
    kept = list(isolated_home.parent.glob("library-replaced-*.sqlite3"))
    assert len(kept) == 1
    assert Library(kept[0]).get(ids[0]) is None  # the replaced one is what we had before
    again.close()


def test_restore_refuses_a_damaged_backup(tmp_path: Path, library):
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    with pytest.raises(BackupError):
        restore(library.path, bad)
    assert library.integrity_ok()


def test_daily_backups_are_pruned(tmp_path: Path, library):
    from reader.library.backup import make_backup

    assert daily_backup_due(library.path)
    for _ in range(8):
        make_backup(library.conn, library.path, "daily")
    make_backup(library.conn, library.path, "manual")
    assert not daily_backup_due(library.path)
    prune(library.path)
    names = [p.stem for p in backups(library.path)]
    assert sum(n.endswith("-daily") for n in names) == 5
    assert sum(n.endswith("-manual") for n in names) == 1


def test_truncated_library_gives_clear_error(tmp_path: Path, library):
    _fill(library, tmp_path / "in")
    library.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    library.close()
    data = library.path.read_bytes()
    library.path.write_bytes(data[: len(data) // 3])
    from reader.library.errors import LibraryError

    with pytest.raises((LibraryError, sqlite3.DatabaseError)) as info:
        broken = Library(library.path)
        broken.conn.execute("SELECT * FROM bodies").fetchall()
    assert "damaged" in str(info.value) or "malformed" in str(info.value)


def test_a_failed_export_keeps_the_previous_one(tmp_path, monkeypatch, capsys):
    import os

    from reader.cli import main

    library = str(tmp_path / "lib.sqlite3")
    (tmp_path / "a.txt").write_text("عنوان\n\nنص قصير.", "utf-8")
    main(["--library", library, "import", str(tmp_path / "a.txt")])
    target = tmp_path / "all.json"
    target.write_text("the previous export", "utf-8")

    def crash(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    try:
        main(["--library", library, "export", "--all", "-o", str(target)])
    except OSError:
        pass
    monkeypatch.undo()
    assert target.read_text("utf-8") == "the previous export"
    assert not list(tmp_path.glob("*.partial"))
    assert main(["--library", library, "export", "--all", "-o", str(target)]) == 0
    assert '"qari-library"' in target.read_text("utf-8")


def test_half_made_backups_of_killed_processes_are_removed(tmp_path):
    import os
    import time

    from reader import paths
    from reader.library.articles import Library
    from reader.library.backup import make_backup

    with Library(tmp_path / "lib.sqlite3") as library:
        folder = paths.backup_dir(library.path)
        folder.mkdir(parents=True)
        old = folder / "lib-20260101-000000-000000-daily.sqlite3.partial"
        old.write_bytes(b"x" * 1000)
        hour_ago = time.time() - 7200
        os.utime(old, (hour_ago, hour_ago))
        fresh = folder / "lib-20261127-000000-000000-daily.sqlite3.partial"
        fresh.write_bytes(b"y")  # another process's backup in progress: kept
        made = make_backup(library.conn, library.path, "manual")
    assert made.exists()
    assert not old.exists() and fresh.exists()


def test_a_hostile_bundle_is_checked_article_by_article(tmp_path, capsys):
    """Spoofing titles are cleaned, wrong types and unknown blocks fail alone with a reason,
    deep nesting is a clear error, and the library still shows and renders."""
    import json

    from reader.cli import main
    from reader.library.articles import Library

    source = tmp_path / "src.sqlite3"
    (tmp_path / "a.txt").write_text("عنوان سليم\n\nنص سليم تماما.", "utf-8")
    main(["--library", str(source), "import", str(tmp_path / "a.txt")])
    bundle = tmp_path / "all.json"
    main(["--library", str(source), "export", "--all", "-o", str(bundle)])
    data = json.loads(bundle.read_text("utf-8"))
    [good] = data["articles"]

    def variant(**changes):
        record = json.loads(json.dumps(good))
        record.update(changes)
        record["blocks"] = changes.get("blocks", [
            {"kind": "paragraph", "text": f"نص آخر {len(data['articles'])} {sorted(changes)}"}
        ])
        return record

    data["articles"] += [
        variant(title="\u202eمقلوب\x1b]52;c;aGk=\x07 عنوان"),
        variant(views="many"),
        variant(blocks=[{"kind": "script", "text": "x"}]),
        variant(blocks="not a list"),
        "not a record",
    ]
    bundle.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    target = str(tmp_path / "target.sqlite3")
    capsys.readouterr()
    assert main(["--library", target, "import", str(bundle), "--json"]) == 1
    outcomes = json.loads(capsys.readouterr().out)
    assert [o["status"] for o in outcomes] == [
        "imported", "imported", "failed", "failed", "failed", "failed"
    ]
    assert all(o["error"] for o in outcomes if o["status"] == "failed")
    with Library(Path(target)) as library:
        ids = library.article_ids()
        titles = [s.title for s in library.summaries_for(ids).values()]
        assert any(t.startswith("مقلوب") for t in titles)
        assert not any(c in t for t in titles for c in "\u202e\x1b\x07")
    for article_id in ids:
        assert main(["--library", target, "show", str(article_id), "--json"]) == 0
    deep = tmp_path / "deep.json"
    deep.write_text('{"format": "qari-library", "articles": ' + "[" * 100000 + "]" * 100000 + "}")
    capsys.readouterr()
    assert main(["--library", target, "import", str(deep), "--json"]) == 1
    [outcome] = json.loads(capsys.readouterr().out)
    assert outcome["status"] == "failed" and "nested" in outcome["error"]


def test_restore_is_refused_while_the_library_is_in_use(tmp_path):
    import pytest

    from reader.library.articles import Library
    from reader.library.backup import BackupError, backup_to, restore

    path = tmp_path / "lib.sqlite3"
    (tmp_path / "a.txt").write_text("عنوان\n\nنص.", "utf-8")
    with Library(path) as library:
        from reader.library.importer import import_paths

        import_paths(library, [tmp_path / "a.txt"])
        copy = backup_to(library.conn, tmp_path / "copy.sqlite3")
        # Another process's connection is open (a window, an import): its work would be lost.
        with pytest.raises(BackupError, match="open in another"):
            restore(path, copy)
        assert library.count() == 1
    kept = restore(path, copy)  # alone, it restores
    assert kept is not None and kept.exists()
    with Library(path) as library:
        assert library.count() == 1 and library.integrity_ok()


def test_an_interrupted_restore_never_becomes_an_empty_library(tmp_path):
    import pytest

    from reader.cli import main
    from reader.library.articles import Library
    from reader.library.backup import backup_to
    from reader.library.errors import LibraryError

    path = tmp_path / "lib.sqlite3"
    with Library(path) as library:
        copy = backup_to(library.conn, tmp_path / "copy.sqlite3")
    # As a crash between the old two renames left it: the staged copy, no library.
    (tmp_path / "lib.sqlite3.restoring").write_bytes(copy.read_bytes())
    path.unlink()
    with pytest.raises(LibraryError, match="interrupted"):
        Library(path)
    assert not path.exists()
    assert main(["--library", str(path), "restore", str(copy)]) == 0
    with Library(path) as library:
        assert library.integrity_ok()


def test_a_read_only_library_opens_for_reading_and_says_why_it_cannot_write(
    tmp_path, monkeypatch, capsys
):
    from reader.cli import main
    from reader.library import db

    library = str(tmp_path / "lib.sqlite3")
    (tmp_path / "a.txt").write_text("عنوان\n\nنص قصير للقراءة.", "utf-8")
    assert main(["--library", library, "import", str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    # As on a read-only mount (the tests run as root, whom permissions do not stop).
    monkeypatch.setattr(db, "writable", lambda path: False)
    assert main(["--library", library, "list"]) == 0
    assert "عنوان" in capsys.readouterr().out
    assert main(["--library", library, "delete", "1"]) == 1
    err = capsys.readouterr().err
    assert "read-only" in err and "Traceback" not in err


def test_a_full_disk_is_said_in_words(tmp_path, monkeypatch, capsys):
    import sqlite3

    from reader.cli import main
    from reader.library.articles import Library

    library = str(tmp_path / "lib.sqlite3")
    (tmp_path / "a.txt").write_text("عنوان\n\nنص قصير للقراءة.", "utf-8")
    main(["--library", library, "import", str(tmp_path / "a.txt")])
    capsys.readouterr()

    def full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Library, "delete", full)
    assert main(["--library", library, "delete", "1"]) == 1
    assert capsys.readouterr().err.strip() == (
        "qari: the disk is full: free some space and try again; nothing was changed"
    )


def test_daily_backups_stay_within_a_space_budget(tmp_path, monkeypatch):
    import os
    import time

    from reader import paths
    from reader.library import backup

    library = tmp_path / "lib.sqlite3"
    library.write_bytes(b"x" * 1000)
    folder = paths.backup_dir(library)
    folder.mkdir()
    for n in range(4):
        old = folder / f"lib-2026010{n}-000000-000000-daily.sqlite3"
        old.write_bytes(b"y" * 1000)
        stamp = time.time() - 86400 * (10 - n)
        os.utime(old, (stamp, stamp))
    manual = folder / "lib-20260101-000000-000000-manual.sqlite3"
    manual.write_bytes(b"z" * 1000)
    os.utime(manual, (time.time() - 86400 * 20, time.time() - 86400 * 20))
    # A small disk: 2,000 bytes free besides the backups.
    usage = type("Usage", (), {"free": 2000})
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda _path: usage)
    backup.prune(library)
    daily = [p for p in backup.backups(library) if p.stem.endswith("-daily")]
    assert len(daily) == 1  # (2,000 + 1,000) / 4 leaves room for the newest only
    assert manual.exists()
    assert backup.daily_backup_due(library)  # a week old, and room for twice the library
    usage.free = 1500  # less than twice the library: no daily backup is made
    assert not backup.daily_backup_due(library)


def test_tags_travel_in_the_bundle_and_the_notes_export(tmp_path, capsys):
    import json

    from reader.cli import main

    source = str(tmp_path / "src.sqlite3")
    (tmp_path / "a.txt").write_text("عنوان موسوم\n\nنص عن الحدائق في المدينة.", "utf-8")
    main(["--library", source, "import", str(tmp_path / "a.txt")])
    main(["--library", source, "tag", "add", "1", "حدائق"])
    main(["--library", source, "tag", "add", "1", "City Life"])
    main(["--library", source, "notes", "add", "1", "--exact", "الحدائق", "--note", "جميل"])
    main(["--library", source, "export", "--all", "-o", str(tmp_path / "all.json")])
    main(["--library", source, "export", "notes", "1", "-o", str(tmp_path / "notes.md")])
    capsys.readouterr()
    markdown = (tmp_path / "notes.md").read_text("utf-8")
    front, body = markdown.split("---\n", 2)[1:]
    assert 'title: "عنوان موسوم"' in front and 'tags: ["City Life", "حدائق"]' in front
    assert body.lstrip("\n").startswith("# عنوان موسوم")
    assert "#حدائق" in body and "#City_Life" in body
    target = str(tmp_path / "target.sqlite3")
    assert main(["--library", target, "import", str(tmp_path / "all.json")]) == 0
    capsys.readouterr()
    main(["--library", target, "tags", "--json"])
    assert json.loads(capsys.readouterr().out) == [
        {"name": "City Life", "count": 1}, {"name": "حدائق", "count": 1}
    ]


def _in_read_only_mount(folder, command: str):
    """Run ``command`` where ``folder`` is mounted read-only (a private mount namespace:
    nothing outside the command sees it). None where the system allows no such namespace."""
    import shutil
    import subprocess

    if not shutil.which("unshare"):
        return None
    script = f'mount --bind -o ro "{folder}" "{folder}" && {command}'
    probe = subprocess.run(["unshare", "-rm", "sh", "-c", script.replace(command, "true")],
                           capture_output=True)
    if probe.returncode != 0:
        return None
    return subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120)


def test_a_library_on_a_read_only_mount_lists_shows_and_searches(tmp_path):
    """A WAL library on a read-only disk cannot make its -shm file; it is read as immutable,
    and the message for a write names the real cause, never "damaged"."""
    import sys

    folder = tmp_path / "mounted"
    folder.mkdir()
    library = folder / "lib.sqlite3"
    (tmp_path / "a.txt").write_text("عنوان المقال\n\nنص قصير للقراءة عن المكتبة.", "utf-8")
    assert main(["--library", str(library), "import", str(tmp_path / "a.txt")]) == 0
    qari = f'"{sys.executable}" -m reader --library "{library}"'
    result = _in_read_only_mount(
        folder,
        f"{qari} list && {qari} show 1 --json && {qari} search مكتبة; {qari} delete 1",
    )
    if result is None:
        pytest.skip("this system allows no private read-only mount")
    assert "عنوان المقال" in result.stdout
    assert '"paragraphs"' in result.stdout and "نص قصير" in result.stdout
    assert "damaged" not in result.stderr and "Traceback" not in result.stderr
    assert "read-only" in result.stderr
    assert result.returncode == 1  # the delete, refused
    with Library(library) as again:  # and nothing was changed
        assert again.count() == 1
