"""Highlights, notes and position bookmarks, anchored to the article's plain text.

Every change is its own committed transaction: a note shown as saved is on disk. Annotations
are never deleted by re-anchoring; one that cannot be placed is kept as orphaned, quote and all.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass, replace

from reader.library.anchoring import Anchor, make_anchor, place
from reader.library.annotation_kinds import BOOKMARK, COLORS, HIGHLIGHT, NOTE
from reader.library.transactions import transaction
from reader.text.dates import utc_now

DEFAULT_COLOR = "yellow"

_NAMES = (
    "id", "uuid", "article_id", "kind", "exact", "prefix", "suffix", "start", '"end"', "color",
    "note", "name", "orphaned", "created_at", "updated_at",
)
_COLUMNS = ", ".join(_NAMES)
_N_COLUMNS = ", ".join(f"n.{name}" for name in _NAMES)


def _new_uuid() -> str:
    import uuid  # loaded with the first note, not at start-up

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Annotation:
    id: int | None
    uuid: str
    article_id: int
    kind: str
    exact: str = ""
    prefix: str = ""
    suffix: str = ""
    start: int | None = None
    end: int | None = None
    color: str = ""
    note: str = ""
    name: str = ""
    orphaned: bool = False
    created_at: str = ""
    updated_at: str = ""

    @property
    def anchored(self) -> bool:
        return self.start is not None

    @property
    def anchor(self) -> Anchor:
        return Anchor(self.exact, self.prefix, self.suffix, self.start or 0, self.end or 0)

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def _row(row: tuple) -> Annotation:
    values = list(row)
    values[12] = bool(values[12])
    return Annotation(*values)


class Annotations:
    """Annotation storage over a library connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    # -- reading -----------------------------------------------------------------------------

    def for_article(self, article_id: int, kind: str | None = None) -> list[Annotation]:
        sql = f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ?"
        params: list[object] = [article_id]
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        sql += " ORDER BY start IS NOT NULL, start, id"
        return [_row(r) for r in self.conn.execute(sql, params).fetchall()]

    def get(self, annotation_id: int) -> Annotation | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE id = ?", (annotation_id,)
        ).fetchone()
        return _row(row) if row else None

    def by_uuid(self, value: str) -> Annotation | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM annotations WHERE uuid = ?", (value,)
        ).fetchone()
        return _row(row) if row else None

    def all_notes(self) -> list[tuple[Annotation, str]]:
        """Every highlight and note in the library, with its article's title."""
        rows = self.conn.execute(
            f"""SELECT {_N_COLUMNS}, a.title
                FROM annotations n JOIN articles a ON a.id = n.article_id
                WHERE n.kind != 'bookmark' ORDER BY n.updated_at DESC, n.id DESC"""
        ).fetchall()
        return [(_row(r[:-1]), r[-1]) for r in rows]

    # -- writing -----------------------------------------------------------------------------

    def _text(self, article_id: int) -> str:
        row = self.conn.execute(
            "SELECT plain_text FROM bodies WHERE article_id = ?", (article_id,)
        ).fetchone()
        if row is None:
            raise LookupError(f"no article with id {article_id}")
        return row[0]

    def _insert(self, annotation: Annotation) -> Annotation:
        with transaction(self.conn) as conn:
            cursor = conn.execute(
                """INSERT INTO annotations (uuid, article_id, kind, exact, prefix, suffix, start,
                   "end", color, note, name, orphaned, created_at, updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (
                    annotation.uuid, annotation.article_id, annotation.kind, annotation.exact,
                    annotation.prefix, annotation.suffix, annotation.start, annotation.end,
                    annotation.color, annotation.note, annotation.name, int(annotation.orphaned),
                    annotation.created_at, annotation.updated_at,
                ),
            )
            stored = replace(annotation, id=int(cursor.lastrowid or 0))
            _index(conn, stored)
        return stored

    def add_highlight(
        self, article_id: int, start: int, end: int, color: str = DEFAULT_COLOR, note: str = ""
    ) -> Annotation:
        text = self._text(article_id)
        anchor = make_anchor(text, start, end)
        if not anchor.exact.strip():
            raise ValueError("nothing selected")
        now = utc_now().isoformat()
        return self._insert(
            Annotation(
                None, _new_uuid(), article_id, HIGHLIGHT, anchor.exact, anchor.prefix,
                anchor.suffix, anchor.start, anchor.end,
                color if color in COLORS else DEFAULT_COLOR, note, "", False, now, now,
            )
        )

    def add_article_note(self, article_id: int, note: str) -> Annotation:
        self._text(article_id)
        now = utc_now().isoformat()
        return self._insert(
            Annotation(None, _new_uuid(), article_id, NOTE, note=note,
                       created_at=now, updated_at=now)
        )

    def add_bookmark(self, article_id: int, offset: int, name: str = "") -> Annotation:
        text = self._text(article_id)
        anchor = make_anchor(text, offset, offset)
        if not name:
            paragraph_start = text.rfind("\n\n", 0, offset) + 1 if offset else 0
            words = text[paragraph_start:].strip().split()[:6]
            name = " ".join(words) + ("…" if len(words) == 6 else "")
        now = utc_now().isoformat()
        return self._insert(
            Annotation(None, _new_uuid(), article_id, BOOKMARK, "", anchor.prefix,
                       anchor.suffix, anchor.start, anchor.end, "", "", name, False, now, now)
        )

    def restore(self, annotation: Annotation) -> Annotation:
        """Put back an annotation exactly as it was (undo of a delete, import of notes)."""
        return self._insert(replace(annotation, id=None))

    def update(self, annotation_id: int, **changes: object) -> Annotation:
        """Change note, color or name; anything else is the anchor's business."""
        allowed = {"note", "color", "name"}
        if not set(changes) <= allowed:
            raise ValueError(f"cannot change {set(changes) - allowed}")
        current = self.get(annotation_id)
        if current is None:
            raise LookupError(f"no annotation {annotation_id}")
        updated = replace(current, **changes, updated_at=utc_now().isoformat())  # type: ignore[arg-type]
        with transaction(self.conn) as conn:
            conn.execute(
                "UPDATE annotations SET note = ?, color = ?, name = ?, updated_at = ? WHERE id = ?",
                (updated.note, updated.color, updated.name, updated.updated_at, annotation_id),
            )
            if updated.note != current.note:
                _index(conn, updated)
        return updated

    def delete(self, annotation_id: int) -> Annotation | None:
        current = self.get(annotation_id)
        if current is None:
            return None
        with transaction(self.conn) as conn:
            conn.execute("DELETE FROM annotations WHERE id = ?", (annotation_id,))
            from reader.library import search_index

            search_index.unindex_note(conn, annotation_id)
        return current


def _index(conn: sqlite3.Connection, annotation: Annotation) -> None:
    """A note's search row changes with it, in its transaction; its cost is the note's
    length, never the article's."""
    if annotation.kind == BOOKMARK or annotation.id is None:
        return
    from reader.library import search_index  # notes are searchable too

    search_index.index_note(
        conn, annotation.id, annotation.article_id, annotation.exact, annotation.note
    )


def reanchor(conn: sqlite3.Connection, article_id: int, text: str) -> tuple[int, int]:
    """Place every annotation of the article in its new ``text``, inside the caller's
    transaction. Returns (placed, orphaned)."""
    placed = orphaned = 0
    rows = conn.execute(
        f"SELECT {_COLUMNS} FROM annotations WHERE article_id = ? AND start IS NOT NULL",
        (article_id,),
    ).fetchall()
    for annotation in map(_row, rows):
        found = place(text, annotation.anchor)
        if found is None:
            conn.execute("UPDATE annotations SET orphaned = 1 WHERE id = ?", (annotation.id,))
            orphaned += 1
            continue
        start, end = found
        fresh = make_anchor(text, start, end)
        if annotation.kind != BOOKMARK and fresh.exact != annotation.exact:
            _index(conn, replace(annotation, exact=fresh.exact))
        conn.execute(
            """UPDATE annotations SET exact = ?, prefix = ?, suffix = ?, start = ?, "end" = ?,
               orphaned = 0 WHERE id = ?""",
            (
                fresh.exact if annotation.kind != BOOKMARK else "", fresh.prefix, fresh.suffix,
                start, end, annotation.id,
            ),
        )
        placed += 1
    return placed, orphaned
