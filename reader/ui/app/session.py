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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reader.library.articles import Library
from reader.ui.app.annotation_controller import AnnotationController
from reader.ui.app.error_dialog import ErrorReporter
from reader.ui.app.import_controller import ImportController
from reader.ui.app.reading_controller import ReadingController
from reader.ui.app.settings import Settings
from reader.ui.app.tasks import TaskRunner, guard

T = TypeVar("T")


class Session(QObject):
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
        self.runner.task_failed.connect(lambda _name, exc: self.errors.report(exc))
        for failed in (self.annotations.failed, self.reading.failed):
            failed.connect(self.errors.report)

    def guarded(self, write: Callable[[], T]) -> T | None:
        """Run a write started from the interface; report what the library refused."""
        return guard(write, self.errors.report)

    def shutdown(self, timeout: float = 30.0) -> bool:
        """Cancel and wait for every task, then close the library."""
        ended = self.runner.shutdown(timeout)
        self.library.close()
        return ended
