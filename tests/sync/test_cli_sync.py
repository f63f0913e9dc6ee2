"""qari sync from the command line: a target remembered, the password kept out of the
library, --status, --json."""

from __future__ import annotations

import json
import stat

from reader.cli.main import main
from tests.sync.devices import PARAGRAPHS, article, device
from tests.sync.webdav_server import PASSWORD, USER, running


def test_sync_over_webdav_remembers_the_server_and_keeps_the_password_apart(
    tmp_path, monkeypatch, capsys
):
    credentials = tmp_path / "credentials.json"
    monkeypatch.setenv("QARI_CREDENTIALS", str(credentials))
    root = tmp_path / "server"
    root.mkdir()
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    article(a, "مقال من سطر الأوامر", *PARAGRAPHS)
    with running(root) as (url, _):
        monkeypatch.setenv("QARI_WEBDAV_PASSWORD", PASSWORD)
        assert main(["--library", str(a.path), "sync", "--webdav", url, "--user", USER]) == 0
        out = capsys.readouterr().out
        assert "1 out" in out and "password kept in" in out
        monkeypatch.delenv("QARI_WEBDAV_PASSWORD")
        assert stat.S_IMODE(credentials.stat().st_mode) == 0o600
        assert PASSWORD in json.loads(credentials.read_text(encoding="utf-8")).values()
        # The password is nowhere in the library file.
        a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert PASSWORD.encode() not in a.path.read_bytes()
        # The next sync needs no address: the last one is remembered (and the password kept).
        assert main(["--library", str(a.path), "sync", "--json"]) == 0
        report = json.loads(capsys.readouterr().out)
        assert report["sent_files"] == 0
        assert main(["--library", str(b.path), "sync", "--webdav", url, "--user", USER]) == 0
        capsys.readouterr()
        assert b.count() == 1
        assert main(["--library", str(b.path), "sync", "--status", "--json"]) == 0
        status = json.loads(capsys.readouterr().out)
        assert status["target"] == {"kind": "webdav", "where": url, "user": USER}
        assert status["last"]["ok"] is True and status["unsent"] == 0


def test_sync_without_a_target_or_with_a_missing_folder_says_so(tmp_path, capsys):
    a = device(tmp_path, "a")
    assert main(["--library", str(a.path), "sync"]) == 2
    assert "sync is not set up" in capsys.readouterr().err
    assert main(["--library", str(a.path), "sync", "--folder", str(tmp_path / "nowhere")]) == 1
    err = capsys.readouterr().err
    assert "does not exist" in err and err.count("\n") == 1
    assert main(["--library", str(a.path), "sync", "--webdav", "ftp://example.org"]) == 1
    assert "https://" in capsys.readouterr().err
