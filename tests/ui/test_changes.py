"""One change channel: a write's changes reach the window once; the window's own writes never
make it read the list again, and another process's still show within the watch's period."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.fixtures_text import PLAIN
from tests.ui.conftest import settle

WATCH_WAIT_MS = 2500  # past the session's one-second watch, twice


class Counter:
    """The list model's resets and row updates, and the SQL the window's connection runs."""

    def __init__(self, window) -> None:
        self.resets = 0
        self.rows: list[int] = []
        self.sql: list[str] = []
        model = window.model
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda top, _bottom, _roles=(): self.rows.append(top.row()))
        window.library.conn.set_trace_callback(self.sql.append)
        self._conn = window.library.conn

    def _reset(self) -> None:
        self.resets += 1

    def stop(self) -> None:
        self._conn.set_trace_callback(None)

    def reads(self) -> list[str]:
        """What the window read, less the watch's own two questions each second."""
        return [s for s in self.sql
                if s != "PRAGMA data_version" and "FROM commit_count" not in s]

    def list_reads(self) -> list[str]:
        """Statements that read the list again (its ids in order, or a page of rows)."""
        return [s for s in self.sql if "ORDER BY" in s and "FROM articles" in s]


def test_a_bookmark_click_updates_its_row_once_and_reads_no_list(qtbot, window, articles):
    window.refresh_library()  # the articles were written on the window's own connection
    window.open_article(articles["plain"])
    settle(qtbot, window)
    qtbot.wait(WATCH_WAIT_MS)  # the open's own position write has come and gone
    row = window.model.row_of(articles["plain"])
    counter = Counter(window)
    window.action("bookmark").trigger()
    settle(qtbot, window)
    qtbot.wait(WATCH_WAIT_MS)
    counter.stop()
    assert window.library.summary(articles["plain"]).bookmarked
    assert counter.resets == 0
    assert counter.rows == [row]  # shown at once; the write's own row changes nothing more
    assert counter.list_reads() == []
    assert counter.reads() == []  # the row came back from the write's task, read there


def test_switching_articles_updates_one_row_and_reads_no_list(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["plain"])
    settle(qtbot, window)
    qtbot.wait(WATCH_WAIT_MS)
    counter = Counter(window)
    window.open_article(articles["saved"])  # the plain one's reading position is written
    settle(qtbot, window)
    opened = len(counter.reads())  # reading the article opened (its text, its notes)
    qtbot.wait(WATCH_WAIT_MS)
    counter.stop()
    assert counter.resets == 0
    assert counter.list_reads() == []
    assert len(counter.reads()) == opened  # nothing read after the write came back
    assert len(set(counter.rows)) <= 1  # at most the left article's progress


def test_another_process_import_still_shows_within_the_watch(qtbot, window, tmp_path: Path):
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")
    subprocess.run([sys.executable, "-m", "reader", "--library", str(window.library.path),
                    "import", str(tmp_path / "a.txt")], check=True, capture_output=True)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=WATCH_WAIT_MS)


def test_a_tag_added_in_the_window_reports_once(qtbot, window, articles):
    """The organiser's write reaches the list and the side through the session alone."""
    window.refresh_library()
    seen = []
    window.session.changed.connect(seen.append)
    window.library_view.select_ids([articles["plain"]])
    window.organiser.tag_selected("مكتبات")
    settle(qtbot, window)
    assert len(seen) == 1 and seen[0].side and seen[0].membership
    assert window.library.tags.of(articles["plain"]) == ["مكتبات"]


def test_the_open_article_deleted_by_another_process_leaves_the_view(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["plain"])
    subprocess.run([sys.executable, "-m", "reader", "--library", str(window.library.path),
                    "delete", str(articles["plain"])], check=True, capture_output=True)
    qtbot.waitUntil(lambda: window.reader.article is None, timeout=WATCH_WAIT_MS)
    assert window.model.row_of(articles["plain"]) is None
