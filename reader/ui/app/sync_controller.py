"""Sync as a task of the application session: on start and every N minutes once set up, and
when the reader asks (File › Sync Now); progress and cancel for a long first sync. The
library's own sync state (reader.sync.state) says where to and how often; nothing runs on the
GUI thread but the timer and the bookkeeping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.app.changes import Changes
from reader.ui.app.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.sync.engine import SyncReport

FIRST_LOOK_MS = 5_000  # after start: after the window's first paint and the feeds' first look


class SyncController(QObject):
    syncing = Signal(int, int, str)  # done, total, stage ("receiving", "adding", "sending")
    synced = Signal(object, bool)  # SyncReport, whether the reader asked
    sync_failed = Signal(str, bool)  # one line, whether the reader asked
    changes = Signal(object)
    failed = Signal(object)  # a bug, for the error reporter

    def __init__(self, library: Library, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library, self.runner = library, runner
        self.asked = False
        self._task: TaskHandle[Any] | None = None
        self._timer = QTimer(self)
        self._timer.timeout.connect(lambda: self.sync_now(asked=False))

    # -- settings (read on the GUI thread's connection: a few rows) -------------------------

    def _state(self):  # noqa: ANN202 - a SyncState
        from reader.sync.state import SyncState

        return SyncState(self.library.conn)

    def target(self) -> dict | None:
        return self._state().target

    def interval(self) -> int:
        return self._state().interval

    def position_rule(self) -> str:
        return self._state().position_rule

    def last(self) -> dict | None:
        value = self._state().json("last", None)
        return value if isinstance(value, dict) else None

    def busy(self) -> bool:
        return self._task is not None

    def start(self) -> None:
        if self.library.read_only or self.target() is None:
            return
        QTimer.singleShot(FIRST_LOOK_MS, self, lambda: self.sync_now(asked=False))
        self._schedule()

    def stop(self) -> None:
        self._timer.stop()

    def _schedule(self) -> None:
        minutes = self.interval()
        if minutes and self.target() is not None:
            self._timer.start(minutes * 60_000)
        else:
            self._timer.stop()

    # -- work -------------------------------------------------------------------------------

    def set_up(self, target: dict, password: str | None, interval: int, position: str) -> None:
        """Keep where and how to sync (the password in the keyring, never the library), then
        sync."""
        def work(context: TaskContext) -> None:
            from reader.library.transactions import transaction
            from reader.sync import credentials
            from reader.sync.state import SyncState

            if password is not None and target.get("kind") == "webdav" and target.get("user"):
                credentials.remember(target["where"], target["user"], password)
            state = SyncState(context.library.conn)
            with transaction(context.library.conn):
                state.set_json("target", target)
                state.set("interval", max(0, interval))
                state.set("position", position)

        def done(_result: None) -> None:
            self._schedule()
            self.sync_now(asked=True)

        self.runner.run(work, success=done, failure=self.failed.emit, name="sync-setup")

    def sync_now(self, asked: bool = True) -> bool:
        """False when a sync runs already or none is set up."""
        if self._task is not None or self.library.read_only or self.runner.closed:
            return False
        if self.target() is None:
            if asked:
                self.sync_failed.emit(
                    self.tr("Sync is not set up: File › Set Up Sync"), True)
            return False

        def work(context: TaskContext) -> Any:
            from reader.sync.engine import sync
            from reader.sync.state import SyncState
            from reader.sync.targets import open_transport
            from reader.sync.transport import SyncFailed

            state = SyncState(context.library.conn)
            try:
                report = sync(context.library, open_transport(state.target or {}),
                              progress=lambda stage, done, total: context.progress(
                                  done, total, stage),
                              cancelled=context.cancelled)
            except SyncFailed as exc:
                state.remember_last(f"failed: {exc}", ok=False)
                return exc
            state.remember_last(report.summary(), ok=True)
            return report

        def ended(result: Any) -> None:
            from reader.sync.transport import SyncFailed

            self._task = None
            if isinstance(result, SyncFailed):
                from reader.ui.app.i18n import core_text

                self.sync_failed.emit(core_text(result.reason), asked)
                return
            report: SyncReport = result
            if report.created or report.updated or report.deleted or report.notes:
                # Anything may have come: lists, the side, notes, the open article's text.
                self.changes.emit(Changes(outside=True))
            self.synced.emit(report, asked)

        def failure(exc: BaseException) -> None:
            self._task = None
            self.failed.emit(exc)

        self.asked = asked
        self._task = self.runner.run(work, success=ended, failure=failure,
                                     progress=self.syncing.emit, name="sync")
        return True

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()

