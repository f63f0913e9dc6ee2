"""What the program leaves behind when something goes wrong: Qt's own warnings in the log, and
a clean end on SIGINT or SIGTERM (the window closed as a person closes it, tasks cancelled and
waited for, a log line saying why), where Python's default would stop Qt mid-write."""

from __future__ import annotations

import os
import signal
import sys
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
    written to a pipe Qt watches, and the end happens on the GUI thread. (A pipe: the socket
    module costs 5 ms of start-up; Windows wants a socket.)"""

    def __init__(self, end: Callable[[str], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.end = end
        if sys.platform == "win32":  # set_wakeup_fd takes a socket there
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            read_fd, write_fd = reader.fileno(), writer.fileno()
            self._receive: Callable[[], bytes] = lambda: reader.recv(64)
            self._ends: tuple[Callable[[], None], ...] = (reader.close, writer.close)
        else:
            read_fd, write_fd = os.pipe()
            os.set_blocking(read_fd, False)
            os.set_blocking(write_fd, False)
            self._receive = lambda: os.read(read_fd, 64)
            self._ends = (lambda: os.close(read_fd), lambda: os.close(write_fd))
        signal.set_wakeup_fd(write_fd, warn_on_full_buffer=False)
        self._previous = {
            number: signal.signal(number, lambda *_args: None)  # woken through the pipe
            for number in (signal.SIGINT, signal.SIGTERM)
        }
        self._notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            data = self._receive()
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
        for close in self._ends:
            close()
