import json
import os
import subprocess
import sys
from pathlib import Path

from reader.cli import main
from tests.fixtures_text import PLAIN, SAVED_PAGE


def _files(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "page.txt").write_text(SAVED_PAGE, encoding="utf-8")
    (folder / "note.txt").write_text(PLAIN, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def _json(capsys) -> object:
    return json.loads(capsys.readouterr().out)


def test_import_json_and_exit_status(tmp_path, capsys, isolated_home):
    folder = _files(tmp_path)
    assert main(["import", str(folder), "--json"]) == 1
    outcomes = _json(capsys)
    statuses = {Path(o["path"]).name: o["status"] for o in outcomes}
    assert statuses == {"page.txt": "imported", "note.txt": "imported", "empty.txt": "failed"}
    failed = next(o for o in outcomes if o["status"] == "failed")
    assert failed["error"] == "empty file" and failed["id"] is None
    assert set(outcomes[0]) == {"path", "status", "id", "title", "error"}
    assert isolated_home.exists()

    assert main(["import", str(folder / "page.txt"), "--json"]) == 0
    assert _json(capsys)[0]["status"] == "duplicate"


def test_import_summary_text(tmp_path, capsys):
    folder = _files(tmp_path)
    assert main(["import", str(folder)]) == 1
    out = capsys.readouterr().out
    assert "failed: " in out and "empty.txt: empty file" in out
    assert out.strip().endswith("2 imported, 0 duplicate, 0 updated, 1 failed, 0 skipped")


def test_list_show_delete(tmp_path, capsys):
    folder = _files(tmp_path)
    main(["import", str(folder / "page.txt"), "--json"])
    article_id = _json(capsys)[0]["id"]

    assert main(["list", "--json"]) == 0
    [row] = _json(capsys)
    assert row["id"] == article_id and row["title"] == "مكتبة المدينة تفتح أبوابها ليلاً للقراء"

    assert main(["show", str(article_id), "--json"]) == 0
    shown = _json(capsys)
    assert set(shown) == {
        "id", "title", "author", "site", "source", "published", "views", "comments",
        "language", "direction", "paragraphs", "bookmarked", "archived", "tags",
    }
    assert shown["published"] == "2024-03-03T20:05:12"
    assert shown["views"] == 12480 and shown["comments"] == 7
    assert shown["direction"] == "rtl" and len(shown["paragraphs"]) == 3
    assert shown["bookmarked"] is False

    assert main(["show", str(article_id)]) == 0
    logical = capsys.readouterr().out
    assert logical.splitlines()[0] == shown["title"]

    assert main(["show", str(article_id), "--visual"]) == 0
    visual = capsys.readouterr().out
    assert shown["title"] not in visual
    assert "\ufe8e" in visual or any("\ufe70" <= c <= "\ufeff" for c in visual)

    assert main(["delete", str(article_id)]) == 0
    capsys.readouterr()
    assert main(["show", str(article_id)]) == 1
    assert main(["list", "--json"]) == 0
    assert _json(capsys) == []


def test_library_option_beats_environment(tmp_path, capsys, isolated_home):
    other = tmp_path / "elsewhere" / "lib.sqlite3"
    folder = _files(tmp_path)
    assert main(["--library", str(other), "import", str(folder / "note.txt")]) == 0
    assert main(["import", "--library", str(other), str(folder / "page.txt")]) == 0
    assert other.exists()
    assert not isolated_home.exists()


def test_python_dash_m_entry_point(tmp_path):
    folder = _files(tmp_path)
    env = dict(os.environ, QARI_LIBRARY=str(tmp_path / "lib.sqlite3"))
    result = subprocess.run(
        [sys.executable, "-m", "reader", "import", "--json", str(folder / "note.txt")],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["title"] == "رسالة قصيرة عن القراءة"


def test_bad_library_is_one_line_error(tmp_path, capsys):
    broken = tmp_path / "broken.sqlite3"
    broken.write_bytes(b"garbage" * 1000)
    try:
        main(["--library", str(broken), "list"])
    except SystemExit as exit_:
        assert exit_.code == 2
    err = capsys.readouterr().err
    assert err.startswith("qari: library") and err.count("\n") == 1


def test_bare_qari_and_files_open_the_window(monkeypatch, tmp_path):
    import reader.ui.launch as app

    calls = []
    monkeypatch.setattr(app, "run", lambda files, lang: calls.append((files, lang)) or 0)
    assert main([]) == 0
    assert main(["--lang", "ar", str(tmp_path / "a.txt")]) == 0
    assert calls == [([], None), ([tmp_path / "a.txt"], "ar")]


def test_nothing_a_file_holds_reaches_the_terminal_raw(tmp_path, capsys):
    """A file name carrying an OSC 52 sequence (it would set the terminal's clipboard) and a
    title carrying a bidi override and CSI codes are printed with those written out."""
    import json

    from reader.cli import main

    library = str(tmp_path / "lib.sqlite3")
    hostile = tmp_path / "name\x1b]52;c;aGVsbG8=\x07.txt"
    hostile.write_bytes(b"")  # empty: its name appears in the failed line
    titled = tmp_path / "titled.txt"
    titled.write_text("\u202eعنوان\x1b[31m مقلوب\x9b2J\n\nنص المقال هنا.\n", "utf-8")
    assert main(["--library", library, "import", str(hostile), str(titled)]) == 1
    out = capsys.readouterr().out
    assert "\x1b" not in out and "\x07" not in out
    assert "\\x1b]52" in out  # shown, not obeyed
    main(["--library", library, "list"])
    main(["--library", library, "search", "مقلوب"])
    out = capsys.readouterr().out
    assert not any(c in out for c in "\x1b\x9b\u202e")
    main(["--library", library, "list", "--json"])
    raw = capsys.readouterr().out
    assert not any(c in raw for c in "\x1b\x9b\u202e")
    [row] = json.loads(raw)  # still valid JSON, whatever it escaped
    assert row["title"].startswith("عنوان") and "\u202e" not in row["title"]


def test_archive_and_the_inbox_from_the_command_line(tmp_path, capsys):
    import json

    from reader.cli import main

    library = _library_of(
        tmp_path, [f"مقال رقم {n}\n\nنص المقال {n} عن الحديقة." for n in range(3)], capsys
    )
    assert main(["--library", library, "archive", "1", "2"]) == 0
    assert capsys.readouterr().out.strip() == "2 archived"
    main(["--library", library, "list", "--inbox", "--json"])
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [3]
    main(["--library", library, "list", "--archived", "--json"])
    assert sorted(r["id"] for r in json.loads(capsys.readouterr().out)) == [1, 2]
    assert main(["--library", library, "search", "الحديقة is:archived", "--json"]) == 0
    assert sorted(h["id"] for h in json.loads(capsys.readouterr().out)) == [1, 2]
    assert main(["--library", library, "search", "الحديقة is:inbox", "--json"]) == 0
    assert [h["id"] for h in json.loads(capsys.readouterr().out)] == [3]
    assert main(["--library", library, "unarchive", "2", "9"]) == 1
    out = capsys.readouterr()
    assert "1 back in the inbox" in out.out and "no article with id 9" in out.err
    main(["--library", library, "show", "2", "--json"])
    assert json.loads(capsys.readouterr().out)["archived"] is False


def test_tags_from_the_command_line(tmp_path, capsys):
    import json

    from reader.cli import main

    library = _library_of(tmp_path, [f"مقال {n}\n\nنص {n}." for n in range(2)], capsys)
    assert main(["--library", library, "tag", "add", "1", "2", "رياضة"]) == 0
    assert capsys.readouterr().out.strip() == "2 tagged"
    main(["--library", library, "tags", "--json"])
    assert json.loads(capsys.readouterr().out) == [{"name": "رياضة", "count": 2}]
    assert main(["--library", library, "tag", "rename", "رياضه", "كرة القدم"]) == 0
    capsys.readouterr()
    assert main(["--library", library, "tag", "remove", "1", "كرة القدم"]) == 0
    capsys.readouterr()
    main(["--library", library, "list", "--tag", "كرة القدم", "--json"])
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [2]
    main(["--library", library, "show", "2", "--json"])
    assert json.loads(capsys.readouterr().out)["tags"] == ["كرة القدم"]
    assert main(["--library", library, "tag", "add", "x", "y"]) == 2


def test_collections_and_saved_searches_from_the_command_line(tmp_path, capsys):
    import json

    import pytest

    from reader.cli import main

    library = _library_of(
        tmp_path, [f"مقال {n}\n\nنص {n} عن الحدائق." for n in range(3)], capsys
    )
    # --library may stand anywhere, even between a command and its words.
    assert main(["collection", "add", "--library", library, "مختارات", "3", "1"]) == 0
    assert capsys.readouterr().out.strip() == "2 added to مختارات"
    assert main(["--library", library, "collection", "move", "مختارات", "1", "1"]) == 0
    capsys.readouterr()
    main(["--library", library, "list", "--collection", "مختارات", "--json"])
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == [1, 3]
    main(["--library", library, "collections", "--json"])
    assert json.loads(capsys.readouterr().out) == [{"id": 1, "name": "مختارات", "count": 2}]
    assert main(["--library", library, "collection", "move", "مختارات", "x"]) == 2
    assert main(["--library", library, "collection", "show", "لا شيء"]) == 1
    assert "no collection" in capsys.readouterr().err
    main(["--library", library, "tag", "add", "2", "3", "أخبار"])
    # A word that starts with "-" is an option to argparse, unless "--" comes first.
    with pytest.raises(SystemExit):
        main(["saved", "save", "--library", library, "أخبار", "tag:اخبار", "-tag:رياضة"])
    words = ["saved", "save", "أخبار", "--", "tag:اخبار", "-tag:x"]
    assert main(["--library", library, *words]) == 0
    assert capsys.readouterr().out.strip().endswith("أخبار: tag:اخبار -tag:x")
    assert main(["--library", library, "saved", "save", "أخبار", "tag:اخبار is:inbox"]) == 0
    capsys.readouterr()
    main(["--library", library, "list", "--saved", "أخبار", "--json"])
    assert sorted(r["id"] for r in json.loads(capsys.readouterr().out)) == [2, 3]
    main(["--library", library, "saved", "--json"])
    assert json.loads(capsys.readouterr().out)[0]["query"] == "tag:اخبار is:inbox"
    # Filters alone in qari search list the articles they keep.
    assert main(["--library", library, "search", "tag:أخبار", "--json"]) == 0
    assert sorted(r["id"] for r in json.loads(capsys.readouterr().out)) == [2, 3]
    assert main(["--library", library, "saved", "delete", "اخبار"]) == 0
    assert main(["--library", library, "collection", "delete", "مختارات"]) == 0
    capsys.readouterr()
    main(["--library", library, "collections", "--json"])
    assert json.loads(capsys.readouterr().out) == []


def _library_of(tmp_path, bodies: list[str], capsys) -> str:
    """A library made by `qari import` of one text file per body; its path."""
    from reader.cli import main

    library = str(tmp_path / "lib.sqlite3")
    for n, body in enumerate(bodies):
        (tmp_path / f"a{n}.txt").write_text(body, "utf-8")
        main(["--library", library, "import", str(tmp_path / f"a{n}.txt")])
    capsys.readouterr()
    return library


def test_command_table_names_every_groups_commands():
    """`qari` knows the commands without loading their groups; the table must not drift from
    what each group handles, nor miss a group."""
    import importlib

    main_module = importlib.import_module("reader.cli.main")
    folder = Path(main_module.__file__).parent
    groups = {p.stem for p in folder.glob("*.py")} - {"__init__", "main", "common"}
    assert set(main_module.GROUPS) == groups
    for group, names in main_module.GROUPS.items():
        module = importlib.import_module(f"reader.cli.{group}")
        assert tuple(module.HANDLERS) == names, group
    assert len(set(main_module.COMMANDS)) == len(main_module.COMMANDS)
