"""Opening a library file: pragmas, schema checks, migrations and the backup before them."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from reader import messages as M
from reader.library.errors import LibraryError, describe
from reader.library.schema import MIGRATIONS, SCHEMA_VERSION
from reader.library.transactions import transaction
from reader.paths import shown


def connect(path: Path, *, create: bool = True) -> sqlite3.Connection:
    """An open, migrated connection to the library at ``path``."""
    if not path.exists():
        if path.with_name(path.name + ".restoring").exists():
            # Never a fresh, empty library where a restore stopped half-way.
            raise LibraryError(M.RESTORE_INTERRUPTED, path=shown(path))
        if not create:
            raise LibraryError(M.NO_LIBRARY, path=shown(path))
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            detail = exc.strerror or str(exc)
            raise LibraryError(M.CANNOT_OPEN, path=shown(path), detail=detail) from None
    # A library on a read-only disk, or a file this user cannot write, is opened for reading:
    # it can be listed, searched and read, and a write says why it cannot happen.
    read_only = not writable(path)
    try:
        # Autocommit mode: every write goes through an explicit transaction (see transaction()).
        if read_only:
            conn = _connect_read_only(path)
        else:
            conn = sqlite3.connect(path, isolation_level=None, timeout=10.0)
    except sqlite3.Error as exc:
        raise LibraryError(M.CANNOT_OPEN, path=shown(path), detail=str(exc)) from None
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 10000")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise LibraryError(
                M.NEWER_LIBRARY, path=shown(path), version=version, supported=SCHEMA_VERSION
            )
        if read_only:
            if version < SCHEMA_VERSION:
                raise LibraryError(M.READ_ONLY_OLD, path=shown(path))
            # SQLite refuses every write on this connection, and Library.read_only reads it.
            conn.execute("PRAGMA query_only = ON")
            return conn
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        if version < SCHEMA_VERSION:
            _migrate(conn, path, version)
        run_index_jobs(conn)  # also those an interrupted build left
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise LibraryError(M.DAMAGED, path=shown(path), detail=str(exc)) from None
    except LibraryError:
        conn.close()
        raise
    return conn


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that only reads. A library in WAL mode needs its -shm file to be read; on
    a read-only disk that file cannot be made, and SQLite answers "unable to open database
    file". Nobody can write there either, so the file is then read as immutable."""
    uri = path.resolve().as_uri()
    conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=10.0)
    try:
        conn.execute("PRAGMA user_version").fetchone()
        return conn
    except sqlite3.OperationalError:
        conn.close()
        if not path.exists() or _folder_writable(path):
            raise
    conn = sqlite3.connect(f"{uri}?immutable=1", uri=True, isolation_level=None, timeout=10.0)
    conn.execute("PRAGMA user_version").fetchone()
    return conn


def _folder_writable(path: Path) -> bool:
    import os

    return os.access(path.parent, os.W_OK)


def writable(path: Path) -> bool:
    """Whether the library and the folder it keeps its log in can be written."""
    import os

    folder = path.parent
    return os.access(folder, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _migrate(conn: sqlite3.Connection, path: Path, version: int) -> None:
    if version > 0:
        from reader.library.backup import make_backup

        try:
            make_backup(conn, path, f"before-v{version + 1}")
        except (OSError, sqlite3.Error) as exc:
            # No upgrade without its backup; the library is untouched and not "damaged".
            reason = describe(exc)
            raise LibraryError(
                M.NO_BACKUP_BEFORE_UPGRADE, path=shown(path),
                detail=str(reason) if reason else str(exc),
            ) from None
    for number in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(MIGRATIONS[number]):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def run_index_jobs(conn: sqlite3.Connection) -> None:
    """Build the indexes that migrations queued, with this version's code; each job in one
    transaction with its removal from the queue, so an interrupted build runs again."""
    while True:
        row = conn.execute(
            "SELECT name FROM index_jobs ORDER BY CASE name WHEN 'search' THEN 0"
            " WHEN 'titles' THEN 1 ELSE 2 END LIMIT 1"
        ).fetchone()
        if row is None:
            return
        from reader.library import search_index  # only when a migration queued something

        with transaction(conn):
            search_index.INDEX_JOBS[row[0]](conn)
            conn.execute("DELETE FROM index_jobs WHERE name = ?", (row[0],))


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
