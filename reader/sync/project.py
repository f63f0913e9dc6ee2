"""The shared document back into the library: each record another device changed, written
into its tables (with sync_applying set by the caller, so these writes are not taken for this
device's own changes).

Whatever the document holds came from a file on a shared folder or server: every value is
checked for its type and size before it reaches a table, and an article's content goes
through the same checks as a bundle's (``checked_record``).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field

from reader.library import search_index
from reader.library.annotations import reanchor
from reader.library.articles import Library, blocks_json
from reader.library.bundle import ArticleRejected, checked_record, restore_record
from reader.library.tags import clean_name, tag_key
from reader.sync.capture import ANNOTATION_FIELDS, SAVED_FIELDS, WORD_FIELDS
from reader.sync.shared_doc import ANN, ART, COLL, ITEM, POS, SAVED, TAG, VOCAB, SharedDoc

KINDS = ("highlight", "note", "bookmark")
_REPLACED_COLUMNS = (
    "title", "author", "site", "source", "published", "views", "comments", "language",
    "direction", "format", "encoding", "content_hash", "word_count", "updated_at",
)


@dataclass
class Projected:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    notes: int = 0
    waiting: set[str] = field(default_factory=set)  # articles whose content is not here yet
    problems: list[str] = field(default_factory=list)


def _text(value: object, limit: int = 1_000_000) -> str:
    return value[:limit] if isinstance(value, str) else ""


def _int(value: object) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value != value or abs(value) > 2**53:  # NaN or beyond an exact number
        return None
    return int(value)


class Projector:
    def __init__(
        self, library: Library, doc: SharedDoc, *, position_rule: str,
        blob: Callable[[str], bytes | None],
    ) -> None:
        self.library = library
        self.conn: sqlite3.Connection = library.conn
        self.doc = doc
        self.position_rule = position_rule
        self.blob = blob
        self.done = Projected()
        self._articles_by_uid: dict[str, list[str]] | None = None
        self._items_by_uid: dict[str, list[str]] | None = None

    # -- articles --------------------------------------------------------------------------

    def article(self, uid: str) -> None:
        fields = self.doc.fields(ART, uid, ("blob", "archived_at", "bookmarked", "deleted"))
        blob = fields.get("blob")
        if not isinstance(blob, str) or not blob:
            return
        row = self.conn.execute(
            "SELECT id, content_hash FROM articles WHERE uid = ?", (uid,)
        ).fetchone()
        if fields.get("deleted") is True:
            if row:
                search_index.unindex_article(self.conn, row[0])
                self.conn.execute("DELETE FROM articles WHERE id = ?", (row[0],))
                self.done.deleted += 1
            return
        created = row is None
        if row is None:
            article_id = self._create(uid, blob)
            if article_id is None:
                return
        else:
            article_id = row[0]
            if row[1] != blob and not self._replace(uid, article_id, blob):
                return
            if row[1] != blob:
                self.done.updated += 1
        archived = _text(fields.get("archived_at"), 100) or None
        self.conn.execute(
            "UPDATE articles SET archived_at = ?, bookmarked = ? WHERE id = ?",
            (archived, int(fields.get("bookmarked") is True), article_id),
        )
        self._tags(uid, article_id)
        self._position(uid, article_id)
        if created:
            # Its notes and its places in collections came before it could be placed.
            for uuid in self._by_uid("articles").get(uid, ()):
                self.annotation(uuid)
            for key in self._by_uid("items").get(uid, ()):
                self._item(key, uid, article_id)

    def _record(self, uid: str, blob: str) -> dict | None:
        data = self.blob(blob)
        if data is None:
            self.done.waiting.add(uid)
            return None
        try:
            return checked_record(json.loads(data))
        except (ValueError, ArticleRejected) as exc:
            self.done.problems.append(f"an article's content was refused: {exc}")
            return None

    def _create(self, uid: str, blob: str) -> int | None:
        record = self._record(uid, blob)
        if record is None:
            return None
        result = restore_record(self.library, record)
        if result.status != "imported":
            # The same text is here already as another article (imported here on its own):
            # the two stay apart rather than one being overwritten.
            self.done.problems.append(
                f"“{record['title'][:80]}” is here already as another article; kept both"
            )
            return None
        self.conn.execute("UPDATE articles SET uid = ? WHERE id = ?", (uid, result.id))
        self.done.created += 1
        return result.id

    def _replace(self, uid: str, article_id: int, blob: str) -> bool:
        record = self._record(uid, blob)
        if record is None:
            return False
        clash = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? AND id != ?",
            (record["content_hash"], article_id),
        ).fetchone()
        if clash:
            self.done.problems.append(
                f"“{record['title'][:80]}” changed into an article that is here already"
            )
            return False
        self.conn.execute(
            f"UPDATE articles SET {', '.join(c + ' = ?' for c in _REPLACED_COLUMNS)}"
            " WHERE id = ?",
            [*(record.get(c) for c in _REPLACED_COLUMNS), article_id],
        )
        self.conn.execute(
            """UPDATE bodies SET previous_text = plain_text, blocks = ?, plain_text = ?
               WHERE article_id = ?""",
            (blocks_json(record["blocks"]), record["plain_text"], article_id),
        )
        self.conn.execute(
            "INSERT OR REPLACE INTO originals (article_id, name, data) VALUES (?, ?, ?)",
            (article_id, record["original_name"], record["original"]),
        )
        self.conn.execute("DELETE FROM images WHERE article_id = ?", (article_id,))
        self.conn.executemany(
            "INSERT INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
            [(article_id, name, mime, data) for name, mime, data in record["images"]],
        )
        reanchor(self.conn, article_id, record["plain_text"])
        search_index.unindex_article(self.conn, article_id)
        search_index.index_article(self.conn, article_id, record["title"], record["plain_text"])
        return True

    def _tags(self, uid: str, article_id: int) -> None:
        wanted: dict[str, str] = {}
        for key in self.doc.under(TAG, uid):
            try:
                name = clean_name(_text(self.doc.get(TAG, f"{uid}/{key}"), 200))
            except ValueError:
                continue
            wanted[tag_key(name)] = name
        have = dict(self.conn.execute(
            "SELECT t.key, t.id FROM article_tags x JOIN tags t ON t.id = x.tag_id"
            " WHERE x.article_id = ?",
            (article_id,),
        ).fetchall())
        for key in set(have) - set(wanted):
            self.conn.execute(
                "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?",
                (article_id, have[key]),
            )
            self.conn.execute(
                "DELETE FROM tags WHERE id = ? AND NOT EXISTS"
                " (SELECT 1 FROM article_tags WHERE tag_id = ?)",
                (have[key], have[key]),
            )
        for key, name in wanted.items():
            if key in have:
                continue
            self.conn.execute(
                "INSERT OR IGNORE INTO tags (name, key) VALUES (?, ?)", (name, key)
            )
            self.conn.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
                " SELECT ?, id FROM tags WHERE key = ?",
                (article_id, key),
            )

    def _position(self, uid: str, article_id: int) -> None:
        places = []
        for device in self.doc.under(POS, uid):
            value = self.doc.get(POS, f"{uid}/{device}")
            if isinstance(value, list) and len(value) == 3:
                position, progress = _int(value[0]), value[1]
                if position is None or not isinstance(progress, int | float):
                    continue
                places.append((position, min(max(float(progress), 0.0), 1.0), _text(value[2], 40)))
        if not places:
            return
        if self.position_rule == "furthest":
            chosen = max(places, key=lambda p: (p[1], p[2]))
        else:
            chosen = max(places, key=lambda p: (p[2], p[1]))
        self.conn.execute(
            """UPDATE articles SET read_position = ?, read_progress = ?,
               opened_at = COALESCE(NULLIF(?, ''), opened_at) WHERE id = ?""",
            (max(chosen[0], 0), chosen[1], chosen[2], article_id),
        )

    def _by_uid(self, what: str) -> dict[str, list[str]]:
        """Notes and collection places by the article they belong to (one pass, when an
        article arrives)."""
        if what == "articles":
            if self._articles_by_uid is None:
                found: dict[str, list[str]] = {}
                for uuid in self.doc.records(ANN):
                    owner = self.doc.get(ANN, f"{uuid}/article")
                    if isinstance(owner, str):
                        found.setdefault(owner, []).append(uuid)
                self._articles_by_uid = found
            return self._articles_by_uid
        if self._items_by_uid is None:
            items: dict[str, list[str]] = {}
            for key in self.doc.records(ITEM):
                for uid in self.doc.under(ITEM, key):
                    items.setdefault(uid, []).append(key)
            self._items_by_uid = items
        return self._items_by_uid

    # -- notes -----------------------------------------------------------------------------

    def annotation(self, uuid: str) -> None:
        values = self.doc.fields(ANN, uuid, (*ANNOTATION_FIELDS, "deleted"))
        kind = values.get("kind")
        if kind not in KINDS:
            return
        local = self.conn.execute(
            "SELECT id FROM annotations WHERE uuid = ?", (uuid,)
        ).fetchone()
        if values.get("deleted") is True:
            if local:
                self.conn.execute("DELETE FROM annotations WHERE id = ?", (local[0],))
                search_index.unindex_note(self.conn, local[0])
            return
        owner = self.conn.execute(
            "SELECT id FROM articles WHERE uid = ?", (_text(values.get("article"), 100),)
        ).fetchone()
        if owner is None:
            return  # placed when its article comes
        start, end = _int(values.get("start")), _int(values.get("end"))
        if start is None or end is None or not 0 <= start <= end:
            start = end = None
        row = (
            owner[0], kind, _text(values.get("exact")), _text(values.get("prefix"), 1000),
            _text(values.get("suffix"), 1000), start, end, _text(values.get("color"), 40),
            _text(self.doc.text(uuid) or "", 1_000_000), _text(values.get("name"), 1000),
            int(values.get("orphaned") is True), _text(values.get("created_at"), 40),
            _text(values.get("updated_at"), 40),
        )
        if local:
            self.conn.execute(
                """UPDATE annotations SET article_id = ?, kind = ?, exact = ?, prefix = ?,
                   suffix = ?, start = ?, "end" = ?, color = ?, note = ?, name = ?,
                   orphaned = ?, created_at = ?, updated_at = ? WHERE id = ?""",
                (*row, local[0]),
            )
            annotation_id = local[0]
        else:
            annotation_id = int(self.conn.execute(
                """INSERT INTO annotations (article_id, kind, exact, prefix, suffix, start,
                   "end", color, note, name, orphaned, created_at, updated_at, uuid)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (*row, uuid),
            ).lastrowid or 0)
        self.done.notes += 1
        if kind != "bookmark":
            search_index.index_note(self.conn, annotation_id, owner[0], row[2], row[8])

    # -- lists -----------------------------------------------------------------------------

    def collection(self, key: str) -> None:
        values = self.doc.fields(COLL, key, ("name", "created_at", "deleted"))
        if values.get("deleted") is True:
            self.conn.execute("DELETE FROM collections WHERE key = ?", (key,))
            return
        try:
            name = clean_name(_text(values.get("name"), 200))
        except ValueError:
            return
        if tag_key(name) != key:
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO collections (name, key, created_at) VALUES (?, ?, ?)",
            (name, key, _text(values.get("created_at"), 40)),
        )
        self.conn.execute("UPDATE collections SET name = ? WHERE key = ?", (name, key))
        (collection_id,) = self.conn.execute(
            "SELECT id FROM collections WHERE key = ?", (key,)
        ).fetchone()
        wanted = self.doc.under(ITEM, key)
        for (uid,) in self.conn.execute(
            "SELECT a.uid FROM collection_items ci JOIN articles a ON a.id = ci.article_id"
            " WHERE ci.collection_id = ?",
            (collection_id,),
        ).fetchall():
            if uid not in wanted:
                self.conn.execute(
                    "DELETE FROM collection_items WHERE collection_id = ? AND article_id ="
                    " (SELECT id FROM articles WHERE uid = ?)",
                    (collection_id, uid),
                )
        for uid in wanted:
            row = self.conn.execute("SELECT id FROM articles WHERE uid = ?", (uid,)).fetchone()
            if row:
                self._item(key, uid, row[0], collection_id)

    def _item(self, key: str, uid: str, article_id: int, collection_id: int | None = None) -> None:
        position = self.doc.get(ITEM, f"{key}/{uid}")
        if isinstance(position, bool) or not isinstance(position, int | float):
            return
        if collection_id is None:
            row = self.conn.execute("SELECT id FROM collections WHERE key = ?", (key,)).fetchone()
            if row is None:
                return
            collection_id = row[0]
        self.conn.execute(
            "INSERT OR REPLACE INTO collection_items (collection_id, article_id, position)"
            " VALUES (?, ?, ?)",
            (collection_id, article_id, float(position)),
        )

    def saved(self, key: str) -> None:
        values = self.doc.fields(SAVED, key, (*SAVED_FIELDS, "deleted"))
        if values.get("deleted") is True:
            self.conn.execute("DELETE FROM saved_searches WHERE key = ?", (key,))
            return
        try:
            name = clean_name(_text(values.get("name"), 200))
        except ValueError:
            return
        query = _text(values.get("query"), 2000)
        if tag_key(name) != key or not query:
            return
        self.conn.execute(
            """INSERT INTO saved_searches (name, key, query, created_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (key) DO UPDATE SET name = excluded.name, query = excluded.query""",
            (name, key, query, _text(values.get("created_at"), 40)),
        )

    def word(self, uuid: str) -> None:
        values = self.doc.fields(VOCAB, uuid, (*WORD_FIELDS, "deleted"))
        if values.get("deleted") is True:
            self.conn.execute("DELETE FROM vocabulary WHERE uuid = ?", (uuid,))
            return
        word, lemma = _text(values.get("word"), 200), _text(values.get("lemma"), 200)
        if not word or not lemma:
            return
        definitions = values.get("definitions")
        kept = [d[:2000] for d in definitions[:10] if isinstance(d, str)] if isinstance(
            definitions, list) else []
        article = self.conn.execute(
            "SELECT id FROM articles WHERE uid = ?", (_text(values.get("article"), 100),)
        ).fetchone()
        self.conn.execute(
            """INSERT INTO vocabulary (uuid, word, lemma, root, pos, definitions, sentence,
               article_id, article_title, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
               ON CONFLICT (uuid) DO UPDATE SET word = excluded.word, lemma = excluded.lemma,
               root = excluded.root, pos = excluded.pos, definitions = excluded.definitions,
               sentence = excluded.sentence, article_id = excluded.article_id,
               article_title = excluded.article_title""",
            (uuid, word, lemma, _text(values.get("root"), 20), _text(values.get("pos"), 40),
             json.dumps(kept, ensure_ascii=False), _text(values.get("sentence"), 1000),
             article[0] if article else None, _text(values.get("article_title"), 1000),
             _text(values.get("added_at"), 40)),
        )
