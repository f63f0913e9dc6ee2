"""One atomic write to the library: the transaction every change goes through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


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
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
