"""What the program leaves behind when something goes wrong: Qt's own warnings in the log, and
a clean end on SIGINT or SIGTERM (the window closed as a person closes it, tasks cancelled and
waited for, a log line saying why), where Python's default would stop Qt mid-write."""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import (
    QMessageLogContext,
    QObject,
    QSocketNotifier,
    QtMsgType,
    qInstallMessageHandler,
)

from reader.logs import logger

_LEVELS = {
    QtMsgType.QtDebugMsg: 10, QtMsgType.QtInfoMsg: 20, QtMsgType.QtWarningMsg: 30,
    QtMsgType.QtCriticalMsg: 40, QtMsgType.QtFatalMsg: 50,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    level = _LEVELS.get(kind, 30)
    if level >= 30:  # Qt's debug chatter stays out of the log
        where = f" ({context.category})" if context.category not in (None, "default") else ""
        logger("qt").log(level, "%s%s", text, where)


def route_qt_messages() -> object:
    """Qt's warnings and errors go to Qari's log, not lost on a terminal nobody reads.
    Returns the handler it replaced."""
    return qInstallMessageHandler(_qt_message)


class SignalEnd(QObject):
    """SIGINT and SIGTERM end the program as closing its window would. Python runs a signal
    handler only between bytecodes, and Qt's event loop runs none: the signal's number is
    written to a socket Qt watches, and the end happens on the GUI thread."""

    def __init__(self, end: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.end = end
        self._read, self._write = socket.socketpair()
        for end_ in (self._read, self._write):
            end_.setblocking(False)
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        self._previous = {
            number: signal.signal(number, lambda *_args: None)  # woken through the socket
            for number in (signal.SIGINT, signal.SIGTERM)
        }
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._read.recv(64)
        except BlockingIOError:
            return
        names = {signal.SIGINT: "SIGINT", signal.SIGTERM: "SIGTERM"}
        for number in data:
            name = names.get(number)
            if name is not None:
                logger(__name__).warning("ending on %s: closing the window, waiting for tasks",
                                         name)
                self.end(name)
                return

    def restore(self) -> None:
        signal.set_wakeup_fd(-1)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
