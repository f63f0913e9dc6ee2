"""Telling what went wrong with the library: the machine's doing, or ours.

As qutebrowser's ``misc/sql.py`` does, SQLite's error codes sort errors into environment
errors (the disk is full, the file is read-only or locked, the disk failed), which a person can
act on and which are reported in words, and everything else, which is a bug in Qari and is
reported as one (with the log).
"""

from __future__ import annotations

import errno
import sqlite3

from reader import messages as M
from reader.messages import Message, message

# sqlite3 exposes extended codes as sqlite_errorcode (Python 3.11+); the primary code is the
# low byte.
_SQLITE_BUSY, _SQLITE_LOCKED = 5, 6
_SQLITE_READONLY, _SQLITE_IOERR, _SQLITE_FULL = 8, 10, 13
_SQLITE_CANTOPEN, _SQLITE_PERM = 14, 3

_ENOSPC = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class LibraryError(Exception):
    """The library file cannot be used; the message says why and what to do."""

    def __init__(self, template: str, **args: object) -> None:
        self.message = Message(template, args)
        super().__init__(str(self.message))


def describe(exc: BaseException) -> Message | None:
    """The environment error ``exc`` stands for, in words; None when it is a bug."""
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        primary = code & 0xFF if isinstance(code, int) else None
        text = str(exc).lower()
        if primary == _SQLITE_FULL or "database or disk is full" in text:
            return message(M.DISK_FULL)
        if primary in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
            return message(M.LOCKED)
        if primary in (_SQLITE_READONLY, _SQLITE_PERM) or "readonly" in text:
            return message(M.READ_ONLY)
        if primary in (_SQLITE_IOERR, _SQLITE_CANTOPEN) or "disk i/o error" in text:
            return message(M.IO_ERROR, detail=str(exc))
        return None
    if isinstance(exc, OSError):
        if exc.errno in _ENOSPC:
            return message(M.DISK_FULL)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return message(M.READ_ONLY)
        if exc.errno == errno.EIO:
            return message(M.IO_ERROR, detail=exc.strerror or str(exc))
        return message(M.CANNOT_READ, detail=exc.strerror or str(exc))
    if isinstance(exc, LibraryError):
        return exc.message
    return None
