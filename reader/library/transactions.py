"""One atomic write to the library: the transaction every change goes through.

Each one also raises the library's commit count (schema 10) and remembers, in this process,
the number its commit took: a window asks ``made_here`` whether the commits it noticed were
its own session's or another process's.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
# The commits this process made, not yet asked about: (library, number). Kept only where a
# window watches (a command-line import of 100,000 files keeps none).
_made_here: set[tuple[str, int]] = set()
_remembering = False


def remember_commits() -> None:
    """From now on, this process's commits are remembered for ``made_here``."""
    global _remembering
    _remembering = True


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One atomic write: all of it lands, or none of it.

    Inside a batch (see ``batch``) it is a savepoint of the batch's transaction: still all or
    nothing, but committed with its neighbours."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT one")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK TO one")
            conn.execute("RELEASE one")
            raise
        else:
            conn.execute("RELEASE one")
        return
    conn.execute("BEGIN IMMEDIATE")
    number = None
    try:
        yield conn
        # Every writer raises the count, remembered or not: that is how another process's
        # commit shows as not ours.
        number = _count(conn)
        if not _remembering:
            number = None
        if number is not None:
            # Known as ours before it is visible to anyone: a window's watch that sees the
            # commit at once must not take it for another process's.
            with _lock:
                _made_here.add(number)
        conn.execute("COMMIT")
    except BaseException:
        if number is not None:
            with _lock:
                _made_here.discard(number)
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _count(conn: sqlite3.Connection) -> tuple[str, int] | None:
    try:
        row = conn.execute(
            "UPDATE commit_count SET n = n + 1 RETURNING library, n"
        ).fetchone()
    except sqlite3.OperationalError as exc:
        if "no such table" in str(exc):
            return None  # a library not yet upgraded (a migration's own index jobs)
        raise
    return (str(row[0]), int(row[1])) if row else None


def commit_count(conn: sqlite3.Connection) -> tuple[str, int]:
    """(the library's own id, how many write transactions it has seen)."""
    row = conn.execute("SELECT library, n FROM commit_count").fetchone()
    return (str(row[0]), int(row[1])) if row else ("", 0)


def made_here(library: str, after: int, upto: int) -> bool:
    """Whether every commit of ``library`` numbered after ``after`` up to ``upto`` was made
    in this process (and forget them: each is asked about once)."""
    with _lock:
        ours = upto - after <= len(_made_here) and all(
            (library, n) in _made_here for n in range(after + 1, upto + 1)
        )
        _made_here.difference_update(
            [k for k in _made_here if k[0] == library and k[1] <= upto]
        )
    return ours
