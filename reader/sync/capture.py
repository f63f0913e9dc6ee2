"""This device's changes into the shared document: every record the library marked as changed
(sync_dirty), compared field by field with the document, so that only what changed here is
written (and another device's change to another field of the same record survives).
"""

from __future__ import annotations

import json
import sqlite3

from reader.sync.shared_doc import ANN, ART, COLL, ITEM, POS, SAVED, TAG, VOCAB, SharedDoc

ANNOTATION_FIELDS = (
    "article", "kind", "exact", "prefix", "suffix", "start", "end", "color", "name",
    "orphaned", "created_at", "updated_at",
)
COLLECTION_FIELDS = ("name", "created_at")
SAVED_FIELDS = ("name", "query", "created_at")
WORD_FIELDS = (
    "word", "lemma", "root", "pos", "definitions", "sentence", "article", "article_title",
    "added_at",
)


def mark_everything(conn: sqlite3.Connection) -> None:
    """A library's first sync: every record is news to the document."""
    conn.execute("INSERT OR IGNORE INTO sync_dirty SELECT 'art', uid FROM articles")
    conn.execute("INSERT OR IGNORE INTO sync_dirty SELECT 'ann', uuid FROM annotations")
    conn.execute("INSERT OR IGNORE INTO sync_dirty SELECT 'coll', key FROM collections")
    conn.execute("INSERT OR IGNORE INTO sync_dirty SELECT 'saved', key FROM saved_searches")
    conn.execute("INSERT OR IGNORE INTO sync_dirty SELECT 'vocab', uuid FROM vocabulary")


def capture(conn: sqlite3.Connection, doc: SharedDoc, device: str) -> set[str]:
    """Write every marked record into ``doc`` (inside the caller's transaction, which also
    clears the marks). Returns the content hashes of article texts the document now names
    that other devices will need."""
    blobs: set[str] = set()
    rows = conn.execute("SELECT kind, key FROM sync_dirty").fetchall()
    with doc.doc.transaction():
        for kind, key in rows:
            if kind == "art":
                blob = _article(conn, doc, key, device)
                if blob:
                    blobs.add(blob)
            elif kind == "ann":
                _annotation(conn, doc, key)
            elif kind == "coll":
                _collection(conn, doc, key)
            elif kind == "saved":
                _record(doc, SAVED, key, _saved_row(conn, key), SAVED_FIELDS)
            elif kind == "vocab":
                _record(doc, VOCAB, key, _word_row(conn, key), WORD_FIELDS)
    conn.execute("DELETE FROM sync_dirty")
    return blobs


def _article(conn: sqlite3.Connection, doc: SharedDoc, uid: str, device: str) -> str | None:
    row = conn.execute(
        """SELECT id, content_hash, archived_at, bookmarked, read_position, read_progress,
                  opened_at FROM articles WHERE uid = ?""",
        (uid,),
    ).fetchone()
    if row is None:
        if doc.get(ART, f"{uid}/blob") is not None:
            doc.put(ART, uid, "deleted", True)
        return None
    article_id, blob, archived_at, bookmarked, position, progress, opened_at = row
    new_blob = doc.put(ART, uid, "blob", blob)
    doc.put(ART, uid, "archived_at", archived_at or "")
    doc.put(ART, uid, "bookmarked", bool(bookmarked))
    doc.put(ART, uid, "deleted", False)
    here = [int(position or 0), float(progress or 0), opened_at or ""]
    if position or progress:
        ours = doc.get(POS, f"{uid}/{device}")
        if not isinstance(ours, list) or [int(ours[0]), float(ours[1]), ours[2]] != here:
            doc.put(POS, uid, device, here)
    tags = dict(conn.execute(
        "SELECT t.key, t.name FROM article_tags x JOIN tags t ON t.id = x.tag_id"
        " WHERE x.article_id = ?",
        (article_id,),
    ).fetchall())
    for key in doc.under(TAG, uid) - set(tags):
        doc.drop(TAG, uid, key)
    for key, name in tags.items():
        doc.put(TAG, uid, key, name)
    return blob if new_blob else None


def _annotation(conn: sqlite3.Connection, doc: SharedDoc, uuid: str) -> None:
    row = conn.execute(
        """SELECT a.uid, n.kind, n.exact, n.prefix, n.suffix, n.start, n."end", n.color,
                  n.name, n.orphaned, n.created_at, n.updated_at, n.note
           FROM annotations n JOIN articles a ON a.id = n.article_id WHERE n.uuid = ?""",
        (uuid,),
    ).fetchone()
    if row is None:
        if doc.get(ANN, f"{uuid}/kind") is not None:
            doc.put(ANN, uuid, "deleted", True)
        return
    values = dict(zip(ANNOTATION_FIELDS, row[:-1], strict=True))
    values["orphaned"] = bool(values["orphaned"])
    for name, value in values.items():
        if value is None:
            doc.drop(ANN, uuid, name)
        else:
            doc.put(ANN, uuid, name, value)
    doc.put(ANN, uuid, "deleted", False)
    doc.set_text(uuid, row[-1])


def _collection(conn: sqlite3.Connection, doc: SharedDoc, key: str) -> None:
    row = conn.execute(
        "SELECT id, name, created_at FROM collections WHERE key = ?", (key,)
    ).fetchone()
    if row is None:
        if doc.get(COLL, f"{key}/name") is not None:
            doc.put(COLL, key, "deleted", True)
        for uid in doc.under(ITEM, key):
            doc.drop(ITEM, key, uid)
        return
    doc.put(COLL, key, "name", row[1])
    doc.put(COLL, key, "created_at", str(row[2]))
    doc.put(COLL, key, "deleted", False)
    items = dict(conn.execute(
        "SELECT a.uid, ci.position FROM collection_items ci JOIN articles a"
        " ON a.id = ci.article_id WHERE ci.collection_id = ?",
        (row[0],),
    ).fetchall())
    for uid in doc.under(ITEM, key) - set(items):
        doc.drop(ITEM, key, uid)
    for uid, position in items.items():
        doc.put(ITEM, key, uid, float(position))


def _saved_row(conn: sqlite3.Connection, key: str) -> dict | None:
    row = conn.execute(
        "SELECT name, query, created_at FROM saved_searches WHERE key = ?", (key,)
    ).fetchone()
    return None if row is None else {"name": row[0], "query": row[1], "created_at": str(row[2])}


def _word_row(conn: sqlite3.Connection, uuid: str) -> dict | None:
    row = conn.execute(
        """SELECT v.word, v.lemma, v.root, v.pos, v.definitions, v.sentence,
                  COALESCE(a.uid, ''), v.article_title, v.added_at
           FROM vocabulary v LEFT JOIN articles a ON a.id = v.article_id WHERE v.uuid = ?""",
        (uuid,),
    ).fetchone()
    if row is None:
        return None
    values = dict(zip(WORD_FIELDS, row, strict=True))
    try:
        values["definitions"] = [d for d in json.loads(values["definitions"]) if isinstance(d, str)]
    except ValueError:
        values["definitions"] = []
    return values


def _record(
    doc: SharedDoc, map_name: str, key: str, values: dict | None, names: tuple[str, ...]
) -> None:
    if values is None:
        if doc.get(map_name, f"{key}/{names[0]}") is not None:
            doc.put(map_name, key, "deleted", True)
        return
    for name in names:
        doc.put(map_name, key, name, values[name])
    doc.put(map_name, key, "deleted", False)
