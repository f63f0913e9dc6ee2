"""The log: a rotating file in the user's state folder, for the window's errors and tasks.

Qari writes warnings and errors here (a failed task, an unexpected exception with its
traceback), so that a person who meets an error dialog can send what happened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader import paths

if TYPE_CHECKING:
    import logging

MAX_BYTES = 1024 * 1024
BACKUPS = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def setup(path: Path | None = None) -> Path | None:
    """Log to ``path`` (default: the state folder). Returns the file, or None when it cannot
    be written (a read-only home): Qari then logs to standard error only."""
    import logging

    from reader.rotating_log import RotatingLog

    path = path or paths.log_path()
    root = logging.getLogger("reader")
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "qari", False):
            root.removeHandler(handler)
            handler.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingLog(path, MAX_BYTES, BACKUPS)
    except OSError:
        handler = logging.StreamHandler()
        path = None
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.qari = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def logger(name: str) -> logging.Logger:
    """A module's logger. logging loads with the first message rather than with the window
    (6 ms of start-up)."""
    import logging

    return logging.getLogger(name)


_crash_file: object = None  # kept open for faulthandler, which writes to its descriptor


def keep_crash_traces(log: Path | None) -> Path | None:
    """A hard crash (a segfault in Qt, an abort) leaves every thread's Python stack in
    ``qari-crash.log`` beside the log, where a log line could not be written."""
    import faulthandler

    global _crash_file
    if log is None:
        return None
    path = log.with_name("qari-crash.log")
    try:
        _crash_file = path.open("a", encoding="utf-8")
    except OSError:
        return None
    faulthandler.enable(_crash_file, all_threads=True)  # type: ignore[arg-type]
    return path
