"""Work that a window's first frame need not wait for."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterFirstPaint(QObject):
    """Runs callbacks once, as soon as the event loop is free after ``widget`` first painted.

    A zero timer started before the window is shown fires before its first paint (the paint
    is requested later, by show()); started from the paint event, it fires once the whole
    frame is on screen. The widget owns it: callers need not keep it."""

    def __init__(self, widget: QWidget, callbacks: list[Callable[[], None]]) -> None:
        super().__init__(widget)
        self._callbacks = callbacks
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()
