"""Watched folders (a file imported once it is complete, never twice, downloads in progress
left alone, moved aside when asked) and OPML (every reader's list of subscriptions) both
ways, with hostile input refused in one line."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from reader.importing.model import ImportFailed
from reader.importing.opml import Subscription, read_opml, write_opml
from reader.library.articles import Library
from reader.library.watch_scan import SETTLE, FolderWatcher

ARTICLE = (
    "<html lang='ar'><head><title>سوق الكتب المستعملة</title></head><body><article>"
    "<h1>سوق الكتب المستعملة</h1>"
    "<p>يعود سوق الكتب المستعملة كل جمعة إلى ساحة المدينة القديمة، حيث يعرض الباعة آلاف "
    "الكتب القديمة والمجلات النادرة بأسعار زهيدة للطلاب والقراء.</p>"
    "<p>ويقول أحد الباعة إن الإقبال زاد هذا العام، وإن الشباب يبحثون عن الروايات المترجمة "
    "وكتب التاريخ أكثر من أي وقت مضى.</p></article></body></html>"
)


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as lib:
        yield lib


def _aged(path: Path, seconds: float = 5.0) -> None:
    stamp = time.time() - seconds
    os.utime(path, (stamp, stamp))


def test_a_file_is_imported_once_it_settles_and_never_twice(
    tmp_path: Path, library: Library
) -> None:
    inbox = tmp_path / "saved"
    inbox.mkdir()
    library.watched.add(str(inbox))
    watcher = FolderWatcher()
    page = inbox / "souq.html"
    page.write_text(ARTICLE[:200], encoding="utf-8")  # still being written
    assert watcher.poll(library) == []
    page.write_text(ARTICLE, encoding="utf-8")  # grew: looked at again
    assert watcher.poll(library) == []
    (inbox / "other.html.crdownload").write_text(ARTICLE, encoding="utf-8")
    (inbox / ".hidden.html").write_text(ARTICLE, encoding="utf-8")
    _aged(page)
    assert watcher.poll(library) == []  # first look at the settled state
    [outcome] = watcher.poll(library)  # unchanged since: taken
    assert outcome.status == "imported" and outcome.title == "سوق الكتب المستعملة"
    assert watcher.poll(library) == [] and FolderWatcher().poll(library, once=True) == []
    assert library.count() == 1


def test_within_two_seconds_of_being_complete(tmp_path: Path, library: Library) -> None:
    inbox = tmp_path / "saved"
    inbox.mkdir()
    library.watched.add(str(inbox))
    watcher = FolderWatcher()
    (inbox / "souq.html").write_text(ARTICLE, encoding="utf-8")
    written = time.monotonic()
    while library.count() == 0 and time.monotonic() - written < 5:
        watcher.poll(library)
        time.sleep(0.25)  # the window looks every quarter second
    assert library.count() == 1
    assert time.monotonic() - written < 2.0 and SETTLE < 2.0


def test_imported_files_move_aside_when_asked(tmp_path: Path, library: Library) -> None:
    inbox = tmp_path / "saved"
    inbox.mkdir()
    library.watched.add(str(inbox), move_imported=True)
    page = inbox / "souq.html"
    page.write_text(ARTICLE, encoding="utf-8")
    _aged(page)
    bad = inbox / "empty.txt"
    bad.write_text("   \n", encoding="utf-8")
    _aged(bad)
    outcomes = FolderWatcher().poll(library, once=True)
    assert sorted(o.status for o in outcomes) == ["failed", "imported"]
    assert (inbox / "imported" / "souq.html").exists() and not page.exists()
    assert bad.exists()  # a file that failed stays, and is not tried again unchanged
    assert FolderWatcher().poll(library, once=True) == []


def test_opml_round_trips_with_folders_as_tags() -> None:
    subs = [Subscription("https://news.example/feed.xml", "أخبار المدينة",
                         "https://news.example/", "أخبار"),
            Subscription("https://blog.example/atom", "Travel & <notes>\x07", "", "")]
    data = write_opml(subs, datetime(2026, 12, 4, tzinfo=UTC))
    back = read_opml(data)
    assert back[0] == subs[0]
    assert back[1] == Subscription("https://blog.example/atom", "Travel & <notes>", "", "")


@pytest.mark.parametrize("data", [
    b'<?xml version="1.0"?><!DOCTYPE o [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b'<opml><body><outline xmlUrl="https://a.example/&x;"/></body></opml>',
    b"not xml at all",
    b"<html><body>a page</body></html>",
])
def test_hostile_opml_is_refused_in_one_line(data: bytes) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_opml(data)
    assert "\n" not in caught.value.reason


def test_opml_ignores_what_is_not_a_web_feed() -> None:
    data = (b'<opml version="2.0"><body><outline text="x" xmlUrl="file:///etc/passwd"/>'
            b'<outline text="y" xmlUrl="javascript:alert(1)"/>'
            b'<outline text="z" xmlUrl="https://ok.example/rss"/></body></opml>')
    assert [s.url for s in read_opml(data)] == ["https://ok.example/rss"]
