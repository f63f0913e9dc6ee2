"""What sync remembers in the library (sync_state, sync_cursors, sync_blobs): this device's
name and Yjs client id, the merged document, what is not yet sent, where and how to sync."""

from __future__ import annotations

import json
import secrets
import sqlite3

from reader.sync.shared_doc import new_client_id

POSITION_RULES = ("latest", "furthest")


class SyncState:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, name: str, default: object = None) -> object:
        row = self.conn.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
        return default if row is None or row[0] is None else row[0]

    def set(self, name: str, value: object) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_state (name, value) VALUES (?, ?)", (name, value)
        )

    def json(self, name: str, default: object) -> object:
        raw = self.get(name)
        if raw is None:
            return default
        try:
            return json.loads(raw)
        except (TypeError, ValueError):
            return default

    def set_json(self, name: str, value: object) -> None:
        self.set(name, json.dumps(value, ensure_ascii=False))

    # -- identity --------------------------------------------------------------------------

    def device(self) -> str:
        device = self.get("device")
        if not isinstance(device, str):
            device = self.new_identity()
        return device

    def client_id(self) -> int:
        value = self.get("client")
        return int(value) if isinstance(value, int) else new_client_id()

    def new_identity(self) -> str:
        """A new device name and client id: this library is not (or no longer) the only
        writer of its old ones (a copy of it on another machine, a backup put back)."""
        device = secrets.token_hex(8)
        self.set("device", device)
        self.set("client", new_client_id())
        self.set("sent_seq", 0)
        return device

    # -- settings --------------------------------------------------------------------------

    @property
    def target(self) -> dict | None:
        value = self.json("target", None)
        return value if isinstance(value, dict) else None

    @property
    def position_rule(self) -> str:
        rule = self.get("position")
        return rule if rule in POSITION_RULES else "latest"

    @property
    def interval(self) -> int:
        value = self.get("interval")
        return value if isinstance(value, int) and value >= 0 else 15

    def remember_last(self, summary: str, ok: bool) -> None:
        """How the last sync went (``qari sync --status``, the window's status bar)."""
        from reader.library.transactions import transaction
        from reader.text.dates import utc_now

        with transaction(self.conn):
            self.set_json("last", {"at": utc_now().isoformat(timespec="seconds"),
                                   "summary": summary, "ok": ok})

    def cursor(self, device: str) -> int:
        row = self.conn.execute(
            "SELECT seq FROM sync_cursors WHERE device = ?", (device,)
        ).fetchone()
        return int(row[0]) if row else 0

    def set_cursor(self, device: str, seq: int) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO sync_cursors (device, seq) VALUES (?, ?)", (device, seq)
        )
