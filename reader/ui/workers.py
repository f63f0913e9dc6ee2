"""Imports off the GUI thread, with progress and cancel.

The worker opens its own connection to the library (SQLite connections belong to one thread);
WAL mode lets the window keep reading while it writes.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from reader.importing.model import DEFAULT_MAX_BYTES
from reader.library.articles import Library
from reader.library.importer import ImportOutcome, import_paths


class ImportWorker(QObject):
    progress = Signal(int, int, str)  # done, total, current file name
    imported = Signal(int)  # an article id that is new or changed
    finished = Signal(list, bool)  # outcomes, cancelled

    def __init__(
        self, library_path: Path, files: list[Path], max_bytes: int = DEFAULT_MAX_BYTES
    ) -> None:
        super().__init__()
        self.library_path = library_path
        self.files = files
        self.max_bytes = max_bytes
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        outcomes: list[ImportOutcome] = []
        try:
            library = Library(self.library_path)
        except Exception as exc:  # noqa: BLE001 - reported to the user, never raised in a thread
            outcome = ImportOutcome(str(self.library_path), "failed", error=str(exc))
            self.finished.emit([outcome], False)
            return
        try:

            def on_progress(done: int, total: int, outcome: ImportOutcome) -> None:
                self.progress.emit(done, total, Path(outcome.path).name)
                if outcome.status in ("imported", "updated") and outcome.id is not None:
                    self.imported.emit(outcome.id)

            outcomes = import_paths(
                library,
                self.files,
                max_bytes=self.max_bytes,
                progress=on_progress,
                cancelled=self._cancel.is_set,
            )
        finally:
            library.close()
        self.finished.emit(outcomes, self._cancel.is_set())


class ImportJob(QObject):
    """Owns a worker and its thread for one import; re-emits the worker's end in the GUI
    thread (a slot of an object living there makes the connection queued)."""

    done = Signal(object, list, bool)  # job, outcomes, cancelled

    def __init__(self, worker: ImportWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.thread = QThread(self)
        worker.moveToThread(self.thread)
        self.thread.started.connect(worker.run)
        worker.finished.connect(self._finished)

    @Slot(list, bool)
    def _finished(self, outcomes: list, cancelled: bool) -> None:
        self.thread.quit()
        self.thread.wait()
        self.done.emit(self, outcomes, cancelled)

    def start(self) -> None:
        self.thread.start()

    def wait(self, ms: int = 30000) -> bool:
        return self.thread.wait(ms)
