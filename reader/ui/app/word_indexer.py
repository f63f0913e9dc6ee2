"""The library's words indexed by root and lemma in the background: a while after the window
opens, and after every import, a task of the session indexes what is new, a batch of articles
a transaction, until nothing is left (see reader.library.word_index). The analysis runs in a
child process, half a minute at a time: the analyser's lexicon (up to 170 MB) leaves with it,
and the window's thread never waits for the interpreter behind it. Closing the program stops
it between two slices (a killed child loses at most its open batch); the next start goes on
from there."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.app.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.ui.app.changes import Changes

FIRST_RUN_MS = 5_000  # after start: the window, the last article and the feeds first
AFTER_CHANGE_MS = 1_500  # an import's last article written: then index it
SLICE_SECONDS = 30.0  # a child's turn: it starts in about a second


def _slice(path: str, cancelled: Callable[[], bool]) -> tuple[int, int] | None:
    """One slice of indexing in a child process; stopped at once (the child killed: SQLite
    keeps whole transactions) when the program ends."""
    import multiprocessing

    from reader.library.word_index import index_in_child

    # spawn, not fork: the window's process has Qt threads a fork would copy half-alive.
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=index_in_child, args=(path, SLICE_SECONDS, sender),
                            daemon=True)
    child.start()
    sender.close()
    try:
        while True:
            if receiver.poll(0.2):
                try:
                    return receiver.recv()
                except EOFError:
                    return None
            if cancelled():
                child.terminate()
                return None
            if not child.is_alive() and not receiver.poll(0):
                return None
    finally:
        child.join(5)
        receiver.close()


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

        path = str(self.library.path)

        def work(context: TaskContext) -> int:
            from reader.library.word_index import pending_count

            total = pending_count(context.library.conn)
            done = 0
            while total and not context.cancelled():
                outcome = _slice(path, context.cancelled)
                if outcome is None:  # cancelled, or the child died: the next start goes on
                    break
                indexed, left = outcome
                done += indexed
                context.progress(done, done + left)
                if not left or not indexed:
                    break
            return done

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
