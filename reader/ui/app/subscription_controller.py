"""Subscriptions as tasks of the application session: feeds refreshed on start and every N
minutes while the program runs, watched folders looked into four times a second, and the
reader's own requests (subscribe, refresh now, settings, OPML). Nothing here runs on the GUI
thread but the timers and the bookkeeping; every request and every write is a task.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.app.changes import Changes
from reader.ui.app.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.library.feed_refresh import FeedOutcome
    from reader.ui.app.settings import Settings

INTERVAL_KEY = "feeds/interval"  # minutes between automatic refreshes; 0: only when asked
DEFAULT_INTERVAL = 60
SCHEDULE_MS = 60_000  # how often the schedule is looked at (each feed keeps its own time)
FIRST_LOOK_MS = 3_000  # after start: the window's first paint and the last article first
WATCH_MS = 250  # watched folders: a file is imported within SETTLE + this of being complete


class SubscriptionController(QObject):
    # A refresh ended: its outcomes (FeedOutcome), and whether the reader asked for it.
    refreshed = Signal(object, bool)
    refreshing = Signal(int, int, str)  # done, total, feed
    subscribed = Signal(object)  # (Feed, [FeedOutcome]) of a new subscription
    refused = Signal(str)  # why a subscription, an OPML file or a folder was refused
    watched_imported = Signal(object)  # [ImportOutcome] from watched folders
    feeds_changed = Signal()  # the list of feeds or their settings changed
    changes = Signal(object)  # Changes
    failed = Signal(object)  # a write the library refused

    def __init__(self, library: Library, settings: Settings, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.settings, self.runner = library, settings, runner
        self._refreshing = False
        self.asked = False  # the refresh under way is one the reader asked for
        self._polling = False
        self._watcher: Any = None  # a FolderWatcher, made with the first watched folder
        self._has_folders: bool | None = None
        self._schedule = QTimer(self)
        self._schedule.timeout.connect(lambda: self.refresh(asked=False))
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.poll_folders)

    def start(self) -> None:
        """Begin the schedule and the watch (not for a read-only library)."""
        if self.library.read_only:
            return
        QTimer.singleShot(FIRST_LOOK_MS, self, lambda: self.refresh(asked=False))
        self._schedule.start(SCHEDULE_MS)
        self._watch.start()

    def stop(self) -> None:
        self._schedule.stop()
        self._watch.stop()

    # -- settings --------------------------------------------------------------------------

    def interval(self) -> int:
        try:
            return max(0, int(str(self.settings.value(INTERVAL_KEY, DEFAULT_INTERVAL))))
        except ValueError:
            return DEFAULT_INTERVAL

    def set_interval(self, minutes: int) -> None:
        self.settings.set_value(INTERVAL_KEY, max(0, minutes))
        self.settings.sync()

    def busy(self) -> bool:
        return self._refreshing

    # -- feeds -----------------------------------------------------------------------------

    def refresh(self, asked: bool = True, feed_ids: list[int] | None = None) -> bool:
        """Ask the feeds for new entries: every feed not held back by its server when the
        reader asks; only those whose time has come on the schedule. False if one runs."""
        if self._refreshing or self.library.read_only or self.runner.closed:
            return False
        if not asked and self.interval() == 0:
            return False
        interval = self.interval() or DEFAULT_INTERVAL

        def work(context: TaskContext) -> list[FeedOutcome]:
            from reader.library.feed_refresh import refresh
            from reader.text.dates import utc_now

            due = context.library.feeds.due(utc_now(), scheduled=not asked)
            if feed_ids is not None:
                due = [f for f in due if f.id in feed_ids]
            return refresh(
                context.library, due, interval=interval, cancelled=context.cancelled,
                progress=lambda done, total, o: context.progress(done, total, o.title),
            )

        def ended(outcomes: list[FeedOutcome] | None) -> None:
            self._refreshing = False
            outcomes = outcomes or []
            self._report(outcomes)
            if outcomes:
                self.feeds_changed.emit()
            self.refreshed.emit(outcomes, asked)

        def failure(exc: BaseException) -> None:
            ended(None)
            self.failed.emit(exc)

        self._refreshing, self.asked = True, asked
        self.runner.run(work, success=ended, failure=failure,
                        progress=self.refreshing.emit, name="feeds")
        return True

    def _report(self, outcomes: list[FeedOutcome]) -> None:
        new = any(o.new for o in outcomes)
        updated = frozenset(i for o in outcomes if o.updated for i in o.article_ids)
        if new or any(o.updated for o in outcomes):
            self.changes.emit(Changes(membership=True, side=True, rows=updated, text=updated))

    def subscribe(self, url: str, tag: str = "") -> None:
        def work(context: TaskContext) -> tuple[Any, list[FeedOutcome]]:
            from reader.importing.model import ImportFailed
            from reader.library.feed_refresh import refresh, subscribe

            try:
                feed, fetched = subscribe(context.library, url, tag=tag)
            except ImportFailed as exc:
                return exc, []
            return feed, refresh(context.library, [feed], fetched={feed.id: fetched},
                                 interval=self.interval() or DEFAULT_INTERVAL)

        def done(result: tuple[Any, list[FeedOutcome]]) -> None:
            from reader.importing.model import ImportFailed
            from reader.ui.app.i18n import core_text

            feed, outcomes = result
            if isinstance(feed, ImportFailed):
                self.refused.emit(core_text(feed.message))
                return
            self._report(outcomes)
            self.changes.emit(Changes(side=True))
            self.feeds_changed.emit()
            self.subscribed.emit((feed, outcomes))

        self.runner.run(work, success=done, failure=self.failed.emit, name="subscribe")

    def write(self, change: Callable[[Library], object],
              then: Callable[[object], None] | None = None) -> None:
        """A small change of the subscriptions (a setting, a removal, a folder) as a task."""
        def work(context: TaskContext) -> object:
            return change(context.library)

        def done(result: object) -> None:
            self._has_folders = None
            self.changes.emit(Changes(side=True))  # the side lists the feeds
            self.feeds_changed.emit()
            if then is not None:
                then(result)

        self.runner.run(work, success=done, failure=self.failed.emit, name="subscriptions")

    def import_opml(self, path: Path) -> None:
        def change(library: Library) -> object:
            from reader.importing.model import ImportFailed
            from reader.importing.opml import read_opml
            from reader.importing.pipeline import read_file

            try:
                subs = read_opml(read_file(path, 10 * 1024 * 1024).data)
            except ImportFailed as exc:
                return exc
            added = 0
            for sub in subs:
                if library.feeds.find(sub.url) is None:
                    library.feeds.add(sub.url, sub.title, sub.site_url, sub.tag)
                    added += 1
            return added

        def then(result: object) -> None:
            from reader.importing.model import ImportFailed
            from reader.ui.app.i18n import core_text

            if isinstance(result, ImportFailed):
                self.refused.emit(core_text(result.message))
            elif result:
                self.refresh(asked=True)

        self.write(change, then)

    # -- watched folders -------------------------------------------------------------------

    def poll_folders(self) -> None:
        if self._polling or self.library.read_only or self.runner.closed:
            return
        if self._has_folders is None:
            import sqlite3

            try:
                self._has_folders = bool(self.library.watched.all())
            except sqlite3.Error:
                return
        if not self._has_folders:
            return
        if self._watcher is None:
            from reader.library.watch_scan import FolderWatcher

            self._watcher = FolderWatcher()
        watcher = self._watcher

        def work(context: TaskContext) -> list[Any]:
            return watcher.poll(context.library)

        def done(outcomes: list[Any]) -> None:
            self._polling = False
            if any(o.status in ("imported", "updated") for o in outcomes):
                updated = frozenset(o.id for o in outcomes if o.status == "updated" and o.id)
                self.changes.emit(Changes(membership=True, side=True, rows=updated,
                                          text=updated))
            if outcomes:
                self.watched_imported.emit(outcomes)

        def failure(exc: BaseException) -> None:
            self._polling = False
            self.failed.emit(exc)

        self._polling = True
        self.runner.run(work, success=done, failure=failure, name="watch")

    def folders_changed(self) -> None:
        self._has_folders = None
