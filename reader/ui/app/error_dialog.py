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
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from reader import __version__
from reader.library.errors import describe
from reader.logs import logger
from reader.ui.app.i18n import core_text, in_digits

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]



def details(exc: BaseException) -> str:
    lines = traceback.format_exception(type(exc), exc, exc.__traceback__)
    return f"Qari {__version__}, Python {sys.version.split()[0]}\n\n" + "".join(lines)


def error_box(
    parent: QWidget | None, title: str, text: str, detail: str = "", log_path: Path | None = None
) -> QMessageBox:
    """A non-blocking warning with the log's path and, for bugs, a Copy Details button."""
    from PySide6.QtWidgets import QMessageBox  # with the first error, not the window: 2 ms

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


POOL_MS = 100  # errors this close together are shown in one dialog


class ErrorReporter:
    """Shows failures in a dialog over the current window; installed as ``sys.excepthook``.
    Errors that come within ``POOL_MS`` of each other (a burst: every row of a broken list,
    every task of a full disk) share one dialog instead of opening one each."""

    def __init__(self, window: Callable[[], QWidget | None], log_path: Path | None) -> None:
        self.window = window
        self.log_path = log_path
        self.previous: ExceptHook | None = None
        self.shown: list[QMessageBox] = []
        self._pending: list[tuple[BaseException, str]] = []
        self._timer: QTimer | None = None

    def report(self, exc: BaseException, title: str = "") -> None:
        if describe(exc) is None:
            logger(__name__).error("unexpected error", exc_info=exc)
        else:
            logger(__name__).warning("%s", exc)
        self._pending.append((exc, title))
        if self._timer is None:
            self._timer = QTimer()
            self._timer.setSingleShot(True)
            self._timer.setInterval(POOL_MS)
            self._timer.timeout.connect(self._show)
        if not self._timer.isActive():
            self._timer.start()

    def _show(self) -> None:
        pending, self._pending = self._pending, []
        if not pending:
            return
        explained = [explain(exc) for exc, _title in pending]
        title = pending[0][1] or QCoreApplication.translate("ErrorDialog", "Qari")
        texts = list(dict.fromkeys(text for text, _detail in explained))  # each once
        text = texts[0]
        if len(pending) > 1:
            more = QCoreApplication.translate("ErrorDialog", "%n errors at once:", "", len(pending))
            text = in_digits(more) + "\n\n" + "\n".join(f"• {t}" for t in texts)
        detail = "\n\n".join(d for _text, d in explained if d)
        parent = self.window()
        if parent is not None and not shiboken6.isValid(parent):
            parent = None  # the window was closed since the error came
        box = error_box(parent, title, text, detail, self.log_path)
        box.finished.connect(lambda _result, b=box: self._closed(b))
        self.shown.append(box)
        box.open()

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
