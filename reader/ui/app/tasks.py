"""Background work that always ends: the application session's task runner.

In the manner of Anki's ``QueryOp``/``CollectionOp``: a task is a function run on a thread of
its own, with a connection of its own to the library (SQLite connections belong to one
thread), and it ends in exactly one callback on the GUI thread: ``success(result)`` or
``failure(exception)``, whatever the function raised. A task can be cancelled (the function
asks ``context.cancelled()``), reports progress (throttled, so that a fast loop cannot flood
the GUI thread), and the runner waits for every task, or cancels it, before the program exits.

A task may name an ``owner`` widget: when the owner is gone (a window replaced after a change
of language), the task runs on and its callbacks are dropped rather than called on a deleted
object.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from reader.library.articles import Library
from reader.logs import logger

T = TypeVar("T")

PROGRESS_INTERVAL = 0.05  # seconds between two progress reports reaching the GUI thread


def guard(write: Callable[[], T], report: Callable[[BaseException], object]) -> T | None:
    """Run a write started from the interface on this thread; what the library refuses (the
    disk, the lock, a read-only file) goes to ``report`` instead of up the stack."""
    import sqlite3

    try:
        return write()
    except (sqlite3.Error, OSError) as exc:
        report(exc)
        return None


class Cancelled(Exception):  # noqa: N818 - a state, not an error
    """Raised by ``TaskContext.check()`` when the task was asked to stop."""


class TaskContext:
    """What a running task sees: its library connection, its cancel flag, its progress."""

    def __init__(self, handle: TaskHandle, library_path: Path | None) -> None:
        self._handle = handle
        self._library_path = library_path
        self._library: Library | None = None
        self._last_progress = 0.0

    @property
    def library(self) -> Library:
        """This task's own connection, opened on first use and closed when the task ends."""
        if self._library is None:
            if self._library_path is None:
                raise RuntimeError("this runner has no library")
            self._library = Library(self._library_path)
        return self._library

    def cancelled(self) -> bool:
        return self._handle.is_cancelled()

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled

    def progress(self, done: int, total: int, label: str = "", force: bool = False) -> None:
        now = time.monotonic()
        if force or done >= total or now - self._last_progress >= PROGRESS_INTERVAL:
            self._last_progress = now
            self._handle.runner._progressed.emit(self._handle, done, total, label)

    def close(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None


class TaskHandle(Generic[T]):
    def __init__(
        self,
        runner: TaskRunner,
        name: str,
        work: Callable[[TaskContext], T],
        success: Callable[[T], None] | None,
        failure: Callable[[BaseException], None] | None,
        progress: Callable[[int, int, str], None] | None,
        owner: QObject | None,
    ) -> None:
        self.runner = runner
        self.name = name
        self.work = work
        self.success = success
        self.failure = failure
        self.on_progress = progress
        self.owner = owner
        self._cancel = threading.Event()
        self.finished = threading.Event()
        self.thread: threading.Thread | None = None
        self.ended = False  # its callback has run (or was dropped)

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def owner_alive(self) -> bool:
        if self.owner is None:
            return True
        from shiboken6 import isValid

        return isValid(self.owner)


class TaskRunner(QObject):
    """Runs tasks on threads; delivers their ends on the GUI thread."""

    # Emitted from task threads; this object lives on the GUI thread, so the slots run there.
    _finished = Signal(object, object, object)  # handle, result, exception or None
    _progressed = Signal(object, int, int, str)
    task_failed = Signal(str, object)  # name, exception: a failure nobody handled

    def __init__(self, library_path: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library_path = library_path
        self._tasks: list[TaskHandle[Any]] = []
        self._closed = False
        self._finished.connect(self._deliver)
        self._progressed.connect(self._deliver_progress)

    def run(
        self,
        work: Callable[[TaskContext], T],
        *,
        success: Callable[[T], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        name: str = "task",
        owner: QObject | None = None,
    ) -> TaskHandle[T]:
        if self._closed:
            raise RuntimeError("the task runner has shut down")
        handle = TaskHandle(self, name, work, success, failure, progress, owner)
        # Daemon threads: a task that outlives shutdown()'s wait must not keep a closed program
        # alive; what it wrote is whole or absent (one transaction each).
        thread = threading.Thread(
            target=self._run, args=(handle,), name=f"qari-{name}", daemon=True
        )
        handle.thread = thread
        self._tasks.append(handle)
        thread.start()
        return handle

    def _run(self, handle: TaskHandle[Any]) -> None:
        context = TaskContext(handle, self.library_path)
        result: object = None
        error: BaseException | None = None
        try:
            result = handle.work(context)
        except BaseException as exc:  # noqa: BLE001 - every end reaches exactly one callback
            error = exc
            if not isinstance(exc, Cancelled):
                logger(__name__).error("task %s failed", handle.name, exc_info=exc)
        finally:
            try:
                context.close()
            except Exception:  # noqa: BLE001 - closing must not replace the task's own end
                logger(__name__).exception("closing the library of task %s", handle.name)
            handle.finished.set()
            if not self._closed:
                try:
                    self._finished.emit(handle, result, error)
                except RuntimeError:  # "Signal source has been deleted"
                    # The runner's Qt object went without shutdown() (a window dropped at the
                    # interpreter's exit): nobody is left to tell, and the work is done.
                    pass

    @Slot(object, object, object)
    def _deliver(
        self, handle: TaskHandle[Any], result: object, error: BaseException | None
    ) -> None:
        if handle.ended or self._closed:
            return
        handle.ended = True
        if handle in self._tasks:
            self._tasks.remove(handle)
        if not handle.owner_alive():
            return
        if error is None:
            if handle.success is not None:
                handle.success(result)
        elif handle.failure is not None:
            handle.failure(error)
        elif not isinstance(error, Cancelled):
            self.task_failed.emit(handle.name, error)

    @Slot(object, int, int, str)
    def _deliver_progress(self, handle: TaskHandle[Any], done: int, total: int, label: str) -> None:
        if handle.on_progress is not None and not handle.ended and handle.owner_alive():
            handle.on_progress(done, total, label)

    def busy(self) -> bool:
        return bool(self._tasks)

    @property
    def closed(self) -> bool:
        return self._closed

    def cancel_all(self) -> None:
        for handle in self._tasks:
            handle.cancel()

    def wait_all(self, timeout: float = 30.0) -> bool:
        """Wait for every running task (without delivering its callback). True when all
        ended in time."""
        deadline = time.monotonic() + timeout
        for handle in list(self._tasks):
            if handle.thread is not None:
                handle.thread.join(max(0.0, deadline - time.monotonic()))
        return all(h.finished.is_set() for h in self._tasks)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """At exit: cancel every task and wait for it; no callback runs after this."""
        self.cancel_all()
        ended = self.wait_all(timeout)
        self._closed = True
        if not ended:
            names = ", ".join(h.name for h in self._tasks if not h.finished.is_set())
            logger(__name__).error("tasks still running at exit: %s", names)
        return ended
