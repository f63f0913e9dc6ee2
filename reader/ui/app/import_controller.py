"""Imports as tasks of the application session: they outlive the window that started them.

The window shows progress and the summary; a change of language (a new window) or closing the
window never stops an import half-way. Closing the program cancels it between two articles.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.ui.app.changes import Changes
from reader.ui.app.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from reader.library.importer import ImportOutcome


@dataclass
class ImportReport:
    outcomes: list[ImportOutcome] = field(default_factory=list)
    cancelled: bool = False
    open_result: bool = False
    error: BaseException | None = None  # the import itself stopped (a bug, the disk)


class ImportController(QObject):
    started = Signal()
    progress = Signal(int, int, str)  # done, total, file name
    finished = Signal(object)  # ImportReport
    changes = Signal(object)  # Changes: what the import added or updated

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.jobs: list[TaskHandle[list[ImportOutcome]]] = []
        self.last: ImportReport | None = None

    def busy(self) -> bool:
        return bool(self.jobs)

    def start(
        self, files: list[Path], open_result: bool = False, max_bytes: int | None = None
    ) -> TaskHandle[list[ImportOutcome]]:
        """``max_bytes``: a file's limit, else the importer's own (its module, and the
        importing model's, load with the first import, not with the window)."""

        def work(context: TaskContext) -> list[ImportOutcome]:
            from reader.importing.model import DEFAULT_MAX_BYTES
            from reader.library.importer import import_paths

            return import_paths(
                context.library,
                files,
                max_bytes=DEFAULT_MAX_BYTES if max_bytes is None else max_bytes,
                progress=lambda done, total, outcome: context.progress(
                    done, total, Path(outcome.path).name
                ),
                cancelled=context.cancelled,
            )

        return self._run(work, open_result)

    def start_text(
        self, tries: list[tuple[bytes, str]], label: str, source: str = "",
        open_result: bool = True,
    ) -> TaskHandle[list[ImportOutcome]]:
        """A pasted or dropped text as a new article: each (bytes, name) of ``tries`` in turn
        (a page's HTML, then its plain text) until one makes an article."""
        def work(context: TaskContext) -> list[ImportOutcome]:
            from reader.library.importer import import_text

            outcome = None
            for data, name in tries:
                outcome = import_text(context.library, data, label, name=name, source=source)
                if outcome.status != "failed":
                    break
            return [outcome] if outcome is not None else []

        return self._run(work, open_result)

    def start_url(self, url: str, open_result: bool = True) -> TaskHandle[list[ImportOutcome]]:
        """The page at a link the reader gave, fetched and imported."""
        def work(context: TaskContext) -> list[ImportOutcome]:
            from reader.library.importer import import_url

            context.progress(0, 1, url)
            return [import_url(context.library, url)]

        return self._run(work, open_result)

    def _run(
        self, work: Callable[[TaskContext], list[ImportOutcome]], open_result: bool
    ) -> TaskHandle[list[ImportOutcome]]:
        handle: TaskHandle[list[ImportOutcome]]

        def ended(outcomes: list[ImportOutcome] | None, error: BaseException | None) -> None:
            if handle in self.jobs:
                self.jobs.remove(handle)
            report = ImportReport(
                outcomes or [], handle.is_cancelled(), open_result, error
            )
            self.last = report
            updated = frozenset(o.id for o in report.outcomes
                                if o.status == "updated" and o.id is not None)
            if any(o.status in ("imported", "updated") for o in report.outcomes):
                self.changes.emit(Changes(
                    rows=updated, membership=True, side=True, text=updated, notes=updated
                ))
            self.finished.emit(report)

        handle = self.runner.run(
            work,
            success=lambda outcomes: ended(outcomes, None),
            failure=lambda exc: ended(None, exc),
            progress=self.progress.emit,
            name="import",
        )
        self.jobs.append(handle)
        self.started.emit()
        return handle

    def cancel(self) -> None:
        for job in self.jobs:
            job.cancel()
