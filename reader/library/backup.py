"""Backups of the library file: before every migration, at most daily from the window, and on
request (``qari backup``). Restoring never destroys anything: the file it replaces is kept."""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from reader import messages as M
from reader import paths
from reader.library.schema import SCHEMA_VERSION
from reader.messages import Message
from reader.paths import shown

KEEP_AUTOMATIC = 5


class BackupError(Exception):
    """A backup cannot be made or used; the message says why."""

    def __init__(self, template: str, **args: object) -> None:
        self.message = Message(template, args)
        super().__init__(str(self.message))


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy of the open library (SQLite's online backup: safe while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    dest = sqlite3.connect(partial)
    try:
        conn.backup(dest)
    finally:
        dest.close()
    os.replace(partial, target)
    return target


# A backup still being written by another process is younger than this; older ones were
# left by a process that was killed and are removed.
STALE_PARTIAL = timedelta(hours=1)


def make_backup(conn: sqlite3.Connection, library: Path, reason: str) -> Path:
    folder = paths.backup_dir(library)
    remove_stale_partials(folder)
    return backup_to(conn, folder / f"{library.stem}-{_stamp()}-{reason}.sqlite3")


def remove_stale_partials(folder: Path) -> int:
    """Delete the half-made backups that killed processes left (each as large as the
    library); returns how many."""
    if not folder.is_dir():
        return 0
    removed = 0
    cutoff = (datetime.now() - STALE_PARTIAL).timestamp()
    for leftover in folder.glob("*.partial*"):  # the copy and its journal
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
                removed += 1
        except OSError:
            continue
    return removed


def backups(library: Path) -> list[Path]:
    """Existing backups, newest first."""
    folder = paths.backup_dir(library)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{library.stem}-*.sqlite3"), key=lambda p: p.stat().st_mtime,
                  reverse=True)


# Daily backups may use at most this share of the disk's free space (counting their own), and
# one is made only when twice the library's size is free: backups never crowd the library out
# of the disk it needs to grow on.
SPACE_SHARE = 0.25


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _free(folder: Path) -> int:
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    return shutil.disk_usage(folder).free


def daily_backup_due(library: Path) -> bool:
    if _free(paths.backup_dir(library)) < 2 * _size(library):
        return False  # no room for one without crowding the library
    newest = next(iter(backups(library)), None)
    if newest is None:
        return True
    age = datetime.now() - datetime.fromtimestamp(newest.stat().st_mtime)
    return age > timedelta(days=1)


def prune(library: Path, keep: int = KEEP_AUTOMATIC) -> None:
    """Drop the oldest daily backups beyond ``keep``, and beyond the space budget (always
    keeping the newest); migration and manual ones stay."""
    daily = [p for p in backups(library) if p.stem.endswith("-daily")]
    for old in daily[keep:]:
        old.unlink(missing_ok=True)
    daily = daily[:keep]
    folder = paths.backup_dir(library)
    if not daily or not folder.exists():
        return
    used = sum(_size(p) for p in daily)
    budget = SPACE_SHARE * (_free(folder) + used)
    while len(daily) > 1 and used > budget:
        oldest = daily.pop()
        used -= _size(oldest)
        oldest.unlink(missing_ok=True)


def check(candidate: Path) -> int:
    """The schema version of a usable library file, or BackupError saying what is wrong."""
    if not candidate.is_file():
        raise BackupError(M.BACKUP_MISSING, path=shown(candidate))
    try:
        conn = sqlite3.connect(f"file:{candidate}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise BackupError(M.BACKUP_DAMAGED, path=shown(candidate))
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            conn.execute("SELECT COUNT(*) FROM articles").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BackupError(M.BACKUP_NOT_LIBRARY, path=shown(candidate), detail=str(exc)) from None
    if version > SCHEMA_VERSION:
        raise BackupError(M.BACKUP_NEWER, path=shown(candidate), version=version)
    return version


def set_aside(library: Path, label: str) -> Path | None:
    """Move the library (and its WAL files) out of the way, keeping it, and say where."""
    if not library.exists():
        return None
    kept = library.with_name(f"{library.stem}-{label}-{_stamp()}{library.suffix}")
    os.replace(library, kept)
    for suffix in ("-wal", "-shm"):
        extra = library.with_name(library.name + suffix)
        if extra.exists():
            os.replace(extra, kept.with_name(kept.name + suffix))
    return kept


def _exclusive(library: Path) -> sqlite3.Connection | None:
    """Hold the library alone, its log written back into it; BackupError when another
    connection (a window, an import) has it open: restoring under it would lose its work.
    None for a file that is not a database any more (nothing can be using it)."""
    conn = sqlite3.connect(library, timeout=0, isolation_level=None)
    try:
        # In exclusive locking mode the first access needs every other connection gone.
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        busy = 1
        if "locked" not in str(exc) and "busy" not in str(exc):
            conn.close()
            return None  # damaged: the restore is what it needs
    except sqlite3.DatabaseError:
        conn.close()
        return None
    if busy:
        conn.close()
        raise BackupError(M.LIBRARY_IN_USE)
    return conn


def restore(library: Path, candidate: Path) -> Path | None:
    """Put ``candidate`` in place of the library; returns where the replaced file was kept.

    Refused while any other process has the library open. The swap is one rename: at every
    moment the library's name holds the old library or the restored one (the old one is kept
    under a second name first), so a crash never leaves no library for the next start to
    replace with an empty one."""
    check(candidate)
    staged = library.with_name(library.name + ".restoring")
    shutil.copyfile(candidate, staged)
    with open(staged, "rb+") as handle:
        os.fsync(handle.fileno())
    lock = _exclusive(library) if library.exists() else None
    kept = None
    try:
        if library.exists():
            kept = library.with_name(f"{library.stem}-replaced-{_stamp()}{library.suffix}")
            try:
                os.link(library, kept)
            except OSError:  # no hard links here: a copy keeps it just as well
                shutil.copyfile(library, kept)
        os.replace(staged, library)
        # The old library's log was written back into it and emptied: it belongs to the old
        # file, never to the restored one.
        for suffix in ("-wal", "-shm"):
            library.with_name(library.name + suffix).unlink(missing_ok=True)
    finally:
        if lock is not None:
            lock.close()
    return kept
