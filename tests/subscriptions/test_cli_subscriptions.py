"""``qari feed``, ``qari feeds`` and ``qari watch`` as a cron job or a person would use them."""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.cli import main
from tests.subscriptions.feed_server import FeedServer, Route, long_html, rss, running


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as state:
        state.routes["/feed.xml"] = Route(rss([
            {"guid": "a", "title": "حديقة جديدة على ضفة النهر", "link": state.url("/a"),
             "date": "Fri, 04 Dec 2026 09:30:00 +0300", "content": long_html()},
        ]), etag='"one"')
        yield state


def _json(capsys: pytest.CaptureFixture[str]) -> object:
    return json.loads(capsys.readouterr().out)


def test_feed_add_refresh_and_opml(server: FeedServer, tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str],
                                   isolated_home: Path) -> None:
    url = server.url("/feed.xml")
    assert main(["feed", "add", url, "--tag", "أخبار", "--json"]) == 0
    added = _json(capsys)
    assert added["feed"]["title"] == "أخبار المدينة" and added["refresh"][0]["new"] == 1
    assert main(["feeds", "refresh", "--json"]) == 0
    [again] = _json(capsys)
    assert (again["new"], again["not_modified"]) == (0, True)
    assert server.count("/feed.xml", 304) == 1
    assert main(["feeds", "refresh", "--due"]) == 0  # not due for an hour: nothing asked
    assert capsys.readouterr().out == "" and server.count("/feed.xml") == 2
    assert main(["feed", "set", url, "--full-page", "never", "--direction", "rtl",
                 "--archive-after", "7", "--pause"]) == 0
    assert main(["feeds", "--json"]) == 0
    [listed] = _json(capsys)
    assert (listed["full_page"], listed["direction"], listed["archive_after_days"],
            listed["paused"], listed["unread"]) == ("never", "rtl", 7, True, 1)

    opml = tmp_path / "subs.opml"
    assert main(["feeds", "export", str(opml)]) == 0
    other = tmp_path / "other.db"
    assert main(["--library", str(other), "feeds", "import", str(opml)]) == 0
    assert "1 subscribed" in capsys.readouterr().out
    assert main(["--library", str(other), "feeds", "--json"]) == 0
    [imported] = _json(capsys)
    assert (imported["url"], imported["tag"]) == (url, "أخبار")

    assert main(["--library", str(isolated_home), "feed", "remove", url]) == 0
    assert main(["--library", str(isolated_home), "feed", "remove", url]) == 1
    assert "not subscribed" in capsys.readouterr().err
    assert main(["--library", str(isolated_home), "list", "--json"]) == 0
    assert len(_json(capsys)) == 1  # the articles it brought stay


def test_feed_add_failures_are_one_line(server: FeedServer,
                                        capsys: pytest.CaptureFixture[str],
                                        isolated_home: Path) -> None:
    server.routes["/page"] = Route(b"<html><body>no feed here</body></html>", "text/html")
    assert main(["feed", "add", server.url("/page")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a feed" in err
    assert main(["feed", "add", "file:///etc/passwd"]) == 1
    assert "only http and https" in capsys.readouterr().err


def test_watch_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                        isolated_home: Path) -> None:
    folder = tmp_path / "saved pages"
    folder.mkdir()
    assert main(["watch", "add", str(folder), "--move"]) == 0
    assert capsys.readouterr().out == f"watching {folder}\n"
    assert main(["watch", "list", "--json"]) == 0
    assert [f["move_imported"] for f in _json(capsys)] == [True]
    page = folder / "a.md"
    page.write_text("# ملاحظات الرحلة\n\nوصلنا إلى القرية قبل الغروب، وكان الطريق طويلا.\n",
                    encoding="utf-8")
    stamp = time.time() - 5
    os.utime(page, (stamp, stamp))
    assert main(["watch", "scan", "--json"]) == 0
    [outcome] = _json(capsys)
    assert outcome["status"] == "imported" and (folder / "imported" / "a.md").exists()
    assert main(["watch", "remove", str(folder)]) == 0
    assert main(["watch", "remove", str(folder)]) == 1
    assert main(["watch", "add", str(tmp_path / "nowhere")]) == 1
