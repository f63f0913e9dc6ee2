"""A refresh killed at any moment (SIGKILL) leaves whole feeds: run again, it converges with
nothing lost and nothing twice; two processes refreshing the same library at once do too."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.library.articles import Library
from tests.subscriptions.feed_server import Route, long_html, page_html, rss, running

ROOT = Path(__file__).resolve().parents[2]


def _serve_many(state, feeds: int = 4, entries: int = 8) -> list[str]:
    urls = []
    for f in range(feeds):
        items = []
        for e in range(entries):
            item = {"guid": f"{f}-{e}", "title": f"خبر {e} من الموجز {f}",
                    "link": state.url(f"/p/{f}/{e}")}
            if e % 2:
                item["summary"] = "ملخص قصير... اقرأ المزيد"
                state.routes[f"/p/{f}/{e}"] = Route(
                    page_html(item["title"], f"تفاصيل الخبر {e} في الموجز {f}."), "text/html")
            else:
                item["content"] = long_html(f"الخبر {e} في الموجز {f}.")
            items.append(item)
        state.routes[f"/f{f}.xml"] = Route(rss(items, title=f"الموجز {f}"))
        urls.append(state.url(f"/f{f}.xml"))
    return urls


def _qari(library: Path, *words: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), *words],
        cwd=ROOT, env=os.environ | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _subscribe_all(library: Path, urls: list[str]) -> None:
    with Library(library) as lib:
        for url in urls:
            lib.feeds.add(url, first_limit=100)


def test_a_killed_refresh_converges_when_run_again(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    with running() as state:
        urls = _serve_many(state)
        _subscribe_all(library, urls)
        state.delay = 0.05  # slow enough to be killed half-way
        process = _qari(library, "feeds", "refresh")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and len(state.requests) < 12:
            time.sleep(0.02)
        process.send_signal(signal.SIGKILL)
        process.wait()
        state.delay = 0.0
        with Library(library) as lib:
            assert lib.integrity_ok()
            half = lib.count()
        again = _qari(library, "feeds", "refresh", "--json")
        out, err = again.communicate(timeout=120)
        assert again.returncode == 0, err
        with Library(library) as lib:
            titles = [s.title for s in lib.summaries_for(lib.article_ids("imported_at", True))
                      .values()]
            assert len(titles) == len(set(titles)) == 4 * 8  # every entry, once
            assert lib.conn.execute("SELECT COUNT(*) FROM feed_entries").fetchone()[0] == 32
        assert half < 32
        assert sum(o["new"] for o in json.loads(out)) == 32 - half


def test_two_processes_refreshing_at_once_bring_each_entry_once(tmp_path: Path) -> None:
    library = tmp_path / "library.sqlite3"
    with running() as state:
        urls = _serve_many(state)
        _subscribe_all(library, urls)
        first, second = _qari(library, "feeds", "refresh"), _qari(library, "feeds", "refresh")
        for process in (first, second):
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        with Library(library) as lib:
            titles = [s.title for s in lib.summaries_for(lib.article_ids("imported_at", True))
                      .values()]
            assert len(titles) == len(set(titles)) == 32


def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path: Path, monkeypatch, capsys,
                                                   isolated_home: Path) -> None:
    import sqlite3

    from reader.cli import main

    with running() as state:
        urls = _serve_many(state, feeds=2, entries=4)
        _subscribe_all(isolated_home, urls)

        def full(*_args: object, **_kwargs: object) -> None:
            raise sqlite3.OperationalError("database or disk is full")

        with monkeypatch.context() as patched:
            patched.setattr(Library, "add", full)
            assert main(["feeds", "refresh"]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "disk is full" in err
        with Library(isolated_home) as lib:
            assert lib.count() == 0
            assert lib.conn.execute("SELECT COUNT(*) FROM feed_entries").fetchone()[0] == 0
        assert main(["feeds", "refresh"]) == 0  # space again: everything comes
        with Library(isolated_home) as lib:
            assert lib.count() == 8
