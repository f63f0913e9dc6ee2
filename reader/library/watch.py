"""Watched folders kept in the library: where Qari imports from as files appear (a browser
extension such as SingleFile saving into it), and the files already seen there."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from reader.library.transactions import transaction
from reader.text.dates import utc_now


@dataclass
class WatchedFolder:
    id: int
    path: str
    move_imported: bool  # move each imported file into an "imported" folder inside it
    added_at: str

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "path": self.path, "move_imported": self.move_imported,
                "added_at": self.added_at}


class WatchedFolders:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self) -> list[WatchedFolder]:
        rows = self.conn.execute(
            "SELECT id, path, move_imported, added_at FROM watched_folders ORDER BY path"
        ).fetchall()
        return [WatchedFolder(i, p, bool(m), a) for i, p, m, a in rows]

    def find(self, path: str) -> WatchedFolder | None:
        return next((f for f in self.all() if f.path == path), None)

    def add(self, path: str, move_imported: bool = False) -> WatchedFolder:
        with transaction(self.conn) as conn:
            conn.execute(
                """INSERT INTO watched_folders (path, move_imported, added_at) VALUES (?, ?, ?)
                   ON CONFLICT (path) DO UPDATE SET move_imported = excluded.move_imported""",
                (path, int(move_imported), utc_now().isoformat()),
            )
        found = self.find(path)
        assert found is not None
        return found

    def remove(self, path: str) -> bool:
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM watched_folders WHERE path = ?", (path,)).rowcount > 0

    def seen(self, folder_id: int) -> dict[str, tuple[int, int]]:
        """name -> (size, mtime_ns) of every file already taken from the folder."""
        rows = self.conn.execute(
            "SELECT name, size, mtime_ns FROM watched_files WHERE folder_id = ?", (folder_id,)
        ).fetchall()
        return {n: (s, m) for n, s, m in rows}

    def record(self, folder_id: int, name: str, size: int, mtime_ns: int, status: str,
               article_id: int | None) -> None:
        self.conn.execute(
            """INSERT OR REPLACE INTO watched_files
               (folder_id, name, size, mtime_ns, status, article_id) VALUES (?, ?, ?, ?, ?, ?)""",
            (folder_id, name, size, mtime_ns, status, article_id),
        )
