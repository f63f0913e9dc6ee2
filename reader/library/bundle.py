"""The whole library in one JSON file (``qari export --all``), and back (``qari import``).

Articles travel as stored (text, blocks, metadata, original bytes, images, bookmark and reading
position) rather than re-parsed, so an import gives the same articles; notes travel as W3C Web
Annotations.
"""

from __future__ import annotations

import base64
import json
from pathlib import Path

from reader.library import search_index
from reader.library.articles import IMPORTED, AddResult, Library
from reader.library.db import transaction

FORMAT = "qari-library"
VERSION = 1
ARTICLE_COLUMNS = (
    "title", "author", "site", "source", "source_path", "published", "views", "comments",
    "language", "direction", "format", "encoding", "content_hash", "word_count", "imported_at",
    "updated_at", "bookmarked", "read_position", "read_progress", "opened_at",
)


def is_bundle(path: Path) -> bool:
    if path.suffix.lower() != ".json":
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(200)
    except OSError:
        return False
    return f'"format": "{FORMAT}"'.encode() in head


def export_all(library: Library) -> dict[str, object]:
    from reader.library.notes_export import to_jsonld

    articles = []
    rows = library.conn.execute(
        f"""SELECT a.id, {", ".join("a." + c for c in ARTICLE_COLUMNS)},
                   b.blocks, b.plain_text, b.previous_text
            FROM articles a JOIN bodies b ON b.article_id = a.id ORDER BY a.id"""
    ).fetchall()
    for row in rows:
        article_id = row[0]
        record: dict[str, object] = dict(zip(ARTICLE_COLUMNS, row[1:-3], strict=True))
        record["blocks"] = json.loads(row[-3])
        record["plain_text"], record["previous_text"] = row[-2], row[-1]
        original = library.original(article_id)
        if original:
            record["original_name"] = original[0]
            record["original"] = base64.b64encode(original[1]).decode("ascii")
        images = library.conn.execute(
            "SELECT name, mime, data FROM images WHERE article_id = ?", (article_id,)
        ).fetchall()
        record["images"] = [
            {"name": n, "mime": m, "data": base64.b64encode(bytes(d)).decode("ascii")}
            for n, m, d in images
        ]
        articles.append(record)
    has_notes = library.conn.execute("SELECT 1 FROM annotations LIMIT 1").fetchone()
    return {
        "format": FORMAT,
        "version": VERSION,
        "articles": articles,
        "notes": to_jsonld(library) if has_notes else None,
    }


def import_bundle(library: Library, data: dict[str, object]) -> list[tuple[str, AddResult]]:
    """Restore every article not already here (same content), then the notes."""
    from reader.library.notes_export import import_jsonld

    if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
        raise ValueError("not a Qari library export this version can read")
    results = []
    for record in data.get("articles", []):
        results.append((str(record["title"]), _restore(library, record)))
    if data.get("notes"):
        import_jsonld(library, data["notes"])
    return results


def _restore(library: Library, record: dict) -> AddResult:
    with transaction(library.conn) as conn:
        same = conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (record["content_hash"],)
        ).fetchone()
        if same:
            return AddResult("duplicate", same[0])
        cursor = conn.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [record.get(c) for c in ARTICLE_COLUMNS],
        )
        article_id = int(cursor.lastrowid or 0)
        conn.execute(
            "INSERT INTO bodies (article_id, blocks, plain_text, previous_text) VALUES (?,?,?,?)",
            (article_id, json.dumps(record["blocks"], ensure_ascii=False, separators=(",", ":")),
             record["plain_text"], record.get("previous_text")),
        )
        conn.execute(
            "INSERT INTO originals (article_id, name, data) VALUES (?, ?, ?)",
            (article_id, record.get("original_name", ""),
             base64.b64decode(record.get("original", ""))),
        )
        conn.executemany(
            "INSERT INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
            [(article_id, i["name"], i["mime"], base64.b64decode(i["data"]))
             for i in record.get("images", [])],
        )
        search_index.index_article(conn, article_id, record["title"], record["plain_text"])
    return AddResult(IMPORTED, article_id)
