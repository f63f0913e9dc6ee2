"""A log file that starts afresh past a size, keeping a few old ones (qari.log.1 ...).

What logging.handlers.RotatingFileHandler does, without loading logging.handlers: that module
brings socket, pickle and queue with it, 5 ms of the window's start-up for a handler that
writes a line only when something goes wrong.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path


class RotatingLog(logging.FileHandler):
    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            line = self.format(record) + self.terminator  # formatted once: measured, written
            if self.stream.tell() + len(line.encode("utf-8", "replace")) > self.max_bytes:
                self._rotate()
            self.stream.write(line)
            self.flush()
        except RecursionError:  # as logging's own handlers do
            raise
        except Exception:  # a log line never raises
            self.handleError(record)

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            older = f"{base}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{n + 1}")
        if os.path.exists(base):
            if self.backups > 0:
                os.replace(base, f"{base}.1")
            else:
                os.remove(base)
        self.stream = self._open()
