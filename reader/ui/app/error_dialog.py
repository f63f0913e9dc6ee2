"""Errors a person can read: the dialog for an unexpected error, and the hook that shows it.

An exception that nothing caught (in a slot, a callback or a task nobody handled) is written
to the log with its traceback and shown in a dialog that names the log and can copy the
details; the program goes on. Environment errors (the disk is full, the library is read-only
or busy) are told in words without a traceback: they are not bugs.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader import __version__
from reader.library.errors import describe
from reader.logs import logger
from reader.ui.app.i18n import core_text

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]



def details(exc: BaseException) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return f"Qari {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def error_box(
    parent: QWidget | None, title: str, text: str, detail: str = "", log_path: Path | None = None
) -> QMessageBox:
    """A non-blocking warning with the log's path and, for bugs, a Copy Details button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if not detail else QMessageBox.Icon.Critical)
    box.setWindowTitle(title)
    box.setText(text)
    if log_path is not None:
        where = QCoreApplication.translate("ErrorDialog", "Details are in the log: %1")
        box.setInformativeText(where.replace("%1", str(log_path)))
    if detail:
        box.setDetailedText(detail)
        copy = box.addButton(
            QCoreApplication.translate("ErrorDialog", "Copy Details"),
            QMessageBox.ButtonRole.ActionRole,
        )
        copy.clicked.disconnect()  # keep the box open after copying

        def copy_details() -> None:
            QApplication.clipboard().setText(detail)

        copy.clicked.connect(copy_details)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    box.setObjectName("errorBox")
    return box


def explain(exc: BaseException) -> tuple[str, str]:
    """(what to tell the person, details for a bug report: empty for environment errors)."""
    reason = describe(exc)
    if reason is not None:
        return core_text(reason), ""
    summary = str(exc) or type(exc).__name__
    text = QCoreApplication.translate("ErrorDialog", "Something went wrong inside Qari: %1")
    return text.replace("%1", summary), details(exc)


class ErrorReporter:
    """Shows failures in a dialog over the current window; installed as ``sys.excepthook``."""

    def __init__(self, window: Callable[[], QWidget | None], log_path: Path | None) -> None:
        self.window = window
        self.log_path = log_path
        self.previous: ExceptHook | None = None
        self.shown: list[QMessageBox] = []
        self._showing = False

    def report(self, exc: BaseException, title: str = "") -> QMessageBox | None:
        if describe(exc) is None:
            logger(__name__).error("unexpected error", exc_info=exc)
        else:
            logger(__name__).warning("%s", exc)
        if self._showing:  # an error while showing an error: the log has it
            return None
        self._showing = True
        try:
            text, detail = explain(exc)
            title = title or QCoreApplication.translate("ErrorDialog", "Qari")
            box = error_box(self.window(), title, text, detail, self.log_path)
            box.finished.connect(lambda _result, b=box: self._closed(b))
            self.shown.append(box)
            box.open()
            return box
        finally:
            self._showing = False

    def _closed(self, box: QMessageBox) -> None:
        if box in self.shown:
            self.shown.remove(box)
        box.deleteLater()

    def hook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, (KeyboardInterrupt, SystemExit)):
            if self.previous is not None:
                self.previous(kind, exc, tb)
            return
        if exc.__traceback__ is None:
            exc = exc.with_traceback(tb)
        self.report(exc)

    def install(self) -> None:
        self.previous = sys.excepthook
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if self.previous is not None and sys.excepthook == self.hook:
            sys.excepthook = self.previous
