"""The library's words indexed by root and lemma in the background: a while after the window
opens, and after every import, a task of the session indexes what is new, a batch of articles
a transaction, until nothing is left (see reader.library.word_index). Closing the program
stops it between two batches; the next start goes on from there."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.app.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.ui.app.changes import Changes

FIRST_RUN_MS = 5_000  # after start: the window, the last article and the feeds first
AFTER_CHANGE_MS = 1_500  # an import's last article written: then index it


class WordIndexer(QObject):
    progressed = Signal(int, int)  # articles done, articles to do
    finished = Signal(int)  # articles indexed
    failed = Signal(object)

    def __init__(self, library: Library, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.runner = library, runner
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.run)

    def start(self) -> None:
        if not self.library.read_only:
            self._timer.start(FIRST_RUN_MS)

    def changed(self, changes: Changes) -> None:
        """A write's changes: new or changed texts are indexed a moment later."""
        if (changes.membership or changes.text or changes.outside) and not self.library.read_only:
            self._timer.start(AFTER_CHANGE_MS)

    def busy(self) -> bool:
        return self._running

    def stop(self) -> None:
        self._timer.stop()

    def run(self) -> None:
        import sqlite3

        if self.runner.closed:  # the program is ending
            return
        try:
            self.library.conn.execute("SELECT 1")
        except sqlite3.ProgrammingError:  # the session's library was closed: nothing to do
            return
        if self._running:
            self._again = True
            return

        def work(context: TaskContext) -> int:
            from reader.library.word_index import index_pending

            return index_pending(context.library.conn, context.progress, context.cancelled)

        def ended(done: int | None) -> None:
            self._running = False
            if done:
                self.finished.emit(done)
            if self._again:
                self._again = False
                self._timer.start(AFTER_CHANGE_MS)

        def failure(exc: BaseException) -> None:
            ended(None)
            self.failed.emit(exc)

        self._running = True
        self.runner.run(work, success=ended, failure=failure,
                        progress=lambda done, total, _label: self.progressed.emit(done, total),
                        name="word-index")
