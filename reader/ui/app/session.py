"""The application session: what lives as long as the program, not as long as a window.

It owns the library's GUI-thread connection, the settings, the task runner, the controllers
(imports, annotations with their undo stack, the reading state) and the error reporter. A
window is a view of it: replacing the window (a change of language) keeps every running task,
the undo history and the open article.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from reader.library.articles import Library
from reader.library.transactions import made_here, remember_commits
from reader.ui.app.annotation_controller import AnnotationController
from reader.ui.app.changes import Changes
from reader.ui.app.error_dialog import ErrorReporter
from reader.ui.app.import_controller import ImportController
from reader.ui.app.read_aloud_controller import ReadAloudController
from reader.ui.app.reading_controller import ReadingController
from reader.ui.app.settings import Settings
from reader.ui.app.subscription_controller import SubscriptionController
from reader.ui.app.sync_controller import SyncController
from reader.ui.app.tasks import TaskRunner, guard
from reader.ui.app.word_indexer import WordIndexer

T = TypeVar("T")


WATCH_INTERVAL_MS = 1000  # how soon another process's writes show in the window


class Session(QObject):
    # What a write changed (Changes): emitted once a write, for every part to update from.
    changed = Signal(object)

    def __init__(
        self, library: Library, settings: Settings, log_path: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.log_path = log_path
        self.window: QWidget | None = None
        self.runner = TaskRunner(library.path, self)
        self.errors = ErrorReporter(lambda: self.window, log_path)
        self.imports = ImportController(self.runner, self)
        self.annotations = AnnotationController(library, self)
        self.reading = ReadingController(library, settings, self.runner, self)
        self.subscriptions = SubscriptionController(library, settings, self.runner, self)
        self.sync = SyncController(library, self.runner, self)
        self.read_aloud = ReadAloudController(self.runner, settings, self)
        self.words = WordIndexer(library, self.runner, self)
        self.changed.connect(self.words.changed)
        self.runner.task_failed.connect(lambda _name, exc: self.errors.report(exc))
        for failed in (self.annotations.failed, self.reading.failed, self.subscriptions.failed,
                       self.words.failed, self.sync.failed, self.read_aloud.failed):
            failed.connect(self.errors.report)
        for source in (self.annotations.changes, self.reading.changes, self.imports.changes,
                       self.subscriptions.changes, self.sync.changes):
            source.connect(self.report)
        # Another process (qari import, a second window) may write: PRAGMA data_version moves
        # when anyone else commits, this session's own tasks included; the library's commit
        # count tells whose commits they were, and only another's are reported.
        remember_commits()
        self._data_version = library.data_version()
        self._commits = self._count()
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_INTERVAL_MS)
        self._watch.timeout.connect(self.check_outside_changes)
        self._watch.start()

    def report(self, changes: Changes) -> None:
        """A write's changes, to every part at once."""
        if changes:
            self.changed.emit(changes)

    def _count(self) -> tuple[str, int]:
        import sqlite3

        try:
            return self.library.commit_count()
        except sqlite3.OperationalError:
            return "", 0  # a read-only library of an older Qari has no count

    def check_outside_changes(self) -> None:
        import sqlite3

        try:
            version = self.library.data_version()
            if version == self._data_version:
                return
            count = self._count()
        except sqlite3.ProgrammingError:  # the library was closed under us: stop looking
            self._watch.stop()
            return
        (library, before), self._commits = self._commits, count
        self._data_version = version
        # A commit that counts nothing (an older Qari, a hand-made change) is another's too.
        if count[1] == before or not made_here(library, before, count[1]):
            self.report(Changes(outside=True))

    def guarded(self, write: Callable[[], T]) -> T | None:
        """Run a write started from the interface; report what the library refused."""
        return guard(write, self.errors.report)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel and wait for every task, then close the library."""
        self._watch.stop()
        self.subscriptions.stop()
        self.sync.stop()
        self.read_aloud.stop()
        self.words.stop()
        ended = self.runner.shutdown(timeout)
        self.library.close()
        return ended
