"""Feeds and watched folders in the window: subscribing from File › Subscribe to Feed brings
the entries into the list; the dialog shows the feeds, changes a setting, refreshes; a file
saved into a watched folder appears in the list by itself; a feed's font is the one its
articles are read in."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.subscriptions.feed_server import FeedServer, Route, long_html, rss, running
from tests.ui.conftest import settle


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as state:
        state.routes["/feed.xml"] = Route(rss([
            {"guid": "a", "title": "حديقة جديدة على ضفة النهر", "link": state.url("/a"),
             "date": "Fri, 04 Dec 2026 09:30:00 +0300", "content": long_html()},
            {"guid": "b", "title": "سوق الكتب يعود إلى الساحة", "link": state.url("/b"),
             "date": "Thu, 03 Dec 2026 09:30:00 +0300",
             "content": long_html("ويعرض الباعة كتبا قديمة ومجلات نادرة.")},
        ]), etag='"one"')
        yield state


def _titles(window) -> set[str]:
    model = window.library_view.model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_subscribe_refresh_and_settings_from_the_window(qtbot, window, server) -> None:
    window.feeds.subscribe(server.url("/feed.xml"))
    qtbot.waitUntil(lambda: len(_titles(window)) == 2, timeout=15000)
    assert "حديقة جديدة على ضفة النهر" in _titles(window)
    assert "2 new article(s)" in window.statusBar().currentMessage()

    window.action("manage_feeds").trigger()
    dialog = window.feeds.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.feeds_model.rowCount() == 1
    name = dialog.feeds_model.index(0, 0)
    assert name.data() == "أخبار المدينة"
    from PySide6.QtCore import Qt

    assert name.data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert dialog.feeds_model.index(0, 1).data() == "2"
    # The font for this feed's articles: Amiri.
    dialog.font_box.setCurrentIndex(dialog.font_box.findData("amiri"))
    dialog.font_box.activated.emit(dialog.font_box.currentIndex())
    settle(qtbot, window)
    feed = window.library.feeds.all()[0]
    assert feed.font == "amiri"
    article_id = window.library.article_ids("imported_at", True)[0]
    window.open_article(article_id)
    assert window.reader.face == "amiri"

    window.action("refresh_feeds").trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: server.count("/feed.xml", 304) == 1, timeout=10000)
    dialog.close()


def test_a_refused_subscription_is_said_in_the_status_bar(qtbot, window, server) -> None:
    server.routes["/page"] = Route(b"<html><body>nothing</body></html>", "text/html")
    window.feeds.subscribe(server.url("/page"))
    qtbot.waitUntil(lambda: "not a feed" in window.statusBar().currentMessage(), timeout=10000)
    assert window.library.feeds.all() == []


def test_a_file_saved_into_a_watched_folder_arrives_by_itself(
    qtbot, window, tmp_path: Path
) -> None:
    folder = tmp_path / "saved"
    folder.mkdir()
    window.library.watched.add(str(folder))
    controller = window.session.subscriptions
    controller.folders_changed()
    controller._watch.start()  # what start() does after the first frame
    (folder / "note.md").write_text(
        "# ملاحظات الرحلة\n\nوصلنا إلى القرية قبل الغروب، وكان الطريق طويلا ومتعبا.\n",
        encoding="utf-8")
    written = time.monotonic()
    qtbot.waitUntil(lambda: "ملاحظات الرحلة" in _titles(window), timeout=5000)
    assert time.monotonic() - written < 2.5
    controller.stop()


def test_the_side_lists_feeds_and_filters_by_one(qtbot, window, server, tmp_path) -> None:
    from reader.library.feed_refresh import refresh, subscribe
    from reader.library.importer import import_paths
    from reader.ui.library.sidebar_model import FEED, Source

    note = tmp_path / "note.md"
    note.write_text("# ملاحظة من ملف\n\nنص قصير لا يأتي من أي موجز.\n", encoding="utf-8")
    import_paths(window.library, [note])
    feed, fetched = subscribe(window.library, server.url("/feed.xml"))
    refresh(window.library, [feed], fetched={feed.id: fetched})
    window.library_view.refresh_sidebar()
    model = window.library_view.panel.sidebar_model
    [entry] = model.entries[FEED]
    assert (entry.name, entry.count, entry.id) == ("أخبار المدينة", 2, feed.id)
    index = model.index_of(entry)
    assert index.data() == "أخبار المدينة (2)"
    window.library_view.choose(Source(FEED, entry.key, entry.id, entry.name))
    settle(qtbot, window)
    assert _titles(window) == {"حديقة جديدة على ضفة النهر", "سوق الكتب يعود إلى الساحة"}
    assert window.library_view.save_search_query() == f"feed:{feed.id}"


def test_the_schedules_quiet_refresh_leaves_the_status_bar_alone(qtbot, window) -> None:
    window.status("Something the reader should still see", 0)
    controller = window.session.subscriptions
    assert controller.refresh(asked=False)
    qtbot.waitUntil(lambda: not controller.busy(), timeout=5000)
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Something the reader should still see"
