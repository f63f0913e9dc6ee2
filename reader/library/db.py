"""Opening a library file: pragmas, schema checks, migrations and the backup before them."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from reader.library.schema import MIGRATIONS, SCHEMA_VERSION


class LibraryError(Exception):
    """The library file cannot be used; the message says why and what to do."""


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """An open, migrated connection to the library at ``path``."""
    if not path.exists():
        if not create:
            raise LibraryError(f"no library at {path}")
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        # Autocommit mode: every write goes through an explicit transaction (see transaction()).
        conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except sqlite3.Error as exc:
        raise LibraryError(f"cannot open library {path}: {exc}") from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                f"library {path} was written by a newer Qari (schema {version}; this version "
                f"reads up to {SCHEMA_VERSION}); it was left untouched"
            )
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            _migrate(conn, path, version)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LibraryError(f"library {path} is damaged or not a Qari library ({exc})") from None
    except LibraryError:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version > 0:
        from reader.library.backup import make_backup

        make_backup(conn, path, f"before-v{version + 1}")
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            migration = MIGRATIONS[number]
            for step in migration if isinstance(migration, tuple) else (migration,):
                if callable(step):
                    step(conn)
                    continue
                for statement in _statements(step):
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _statements(script: str) -> Iterator[str]:
    """Split a migration into statements; executescript() would commit behind our back."""
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        yield buffer.strip()


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


class Batch:
    """Groups many small atomic writes into few commits (each commit costs FTS5 a new index
    segment). Commits after ``size`` writes or ``seconds``, whichever comes first, so a crash
    loses at most that much work and other writers never wait longer."""

    def __init__(self, conn: sqlite3.Connection, size: int = 64, seconds: float = 0.1) -> None:
        self.conn, self.size, self.seconds = conn, size, seconds
        self.pending = 0
        self.started = 0.0

    def before(self) -> None:
        if not self.conn.in_transaction:
            self.conn.execute("BEGIN IMMEDIATE")
            self.started = time.monotonic()
            self.pending = 0

    def after(self) -> None:
        self.pending += 1
        if self.pending >= self.size or time.monotonic() - self.started >= self.seconds:
            self.commit()

    def commit(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("COMMIT")
        self.pending = 0
