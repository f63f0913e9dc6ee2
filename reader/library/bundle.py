"""The whole library in one JSON file (``qari export --all``), and back (``qari import``).

Articles travel as stored (text, blocks, metadata, original bytes, images, bookmark and reading
position) rather than re-parsed, so an import gives the same articles; notes travel as W3C Web
Annotations.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

from reader.library import search_index
from reader.library.articles import IMPORTED, AddResult, Library, blocks_json
from reader.library.feeds import SETTINGS as FEED_SETTINGS
from reader.library.transactions import transaction
from reader.library.vocabulary import Word
from reader.text.dates import utc_now
from reader.text.normalize import clean_title

FORMAT = "qari-library"
VERSION = 1
ARTICLE_COLUMNS = (
    "title", "author", "site", "source", "source_path", "published", "views", "comments",
    "language", "direction", "format", "encoding", "content_hash", "word_count", "imported_at",
    "updated_at", "bookmarked", "read_position", "read_progress", "opened_at", "archived_at",
    "uid",
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


_ARTICLE_QUERY = f"""SELECT a.id, {", ".join("a." + c for c in ARTICLE_COLUMNS)},
                          b.blocks, b.plain_text, b.previous_text
                   FROM articles a JOIN bodies b ON b.article_id = a.id"""


def _article_record(library: Library, row: tuple) -> dict[str, object]:
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
    record["tags"] = library.tags.of(article_id)
    record["images"] = [
        {"name": n, "mime": m, "data": base64.b64encode(bytes(d)).decode("ascii")}
        for n, m, d in images
    ]
    return record


def article_record(library: Library, content_hash: str) -> dict[str, object] | None:
    """One article as the bundle carries it (what sync sends as an article's content)."""
    row = library.conn.execute(
        _ARTICLE_QUERY + " WHERE a.content_hash = ?", (content_hash,)
    ).fetchone()
    return _article_record(library, row) if row else None


def export_all(library: Library) -> dict[str, object]:
    from reader.library.notes_export import to_jsonld

    # In the order they came (the same on every device a library syncs to, as ids are not).
    rows = library.conn.execute(
        _ARTICLE_QUERY + " ORDER BY a.imported_at, a.uid, a.id"
    ).fetchall()
    articles = [_article_record(library, row) for row in rows]
    has_notes = library.conn.execute("SELECT 1 FROM annotations LIMIT 1").fetchone()
    number = {row[0]: n for n, row in enumerate(rows)}
    return {
        "format": FORMAT,
        "version": VERSION,
        "articles": articles,
        "notes": to_jsonld(library) if has_notes else None,
        # A collection names its articles by their place in "articles", in its own order.
        "collections": [
            {"name": c.name, "articles": [number[i] for i in library.collections.items(c.id)]}
            for c in library.collections.all()
        ],
        "saved_searches": [
            {"name": s.name, "query": s.query} for s in library.saved_searches.all()
        ],
        # Subscriptions with the reader's settings for each (not the server's state: the next
        # refresh asks afresh). Watched folders are this machine's paths: not carried.
        "feeds": [
            {name: getattr(f, name) for name in ("url", *FEED_SETTINGS, "site_url")}
            for f in library.feeds.all()
        ],
        # A word names its article by its place in "articles" (null: the article is gone).
        "vocabulary": [
            {k: v for k, v in w.as_json().items() if k not in ("id", "article_id")}
            | {"article": number.get(w.article_id) if w.article_id is not None else None}
            for w in reversed(library.vocabulary.all())
        ],
    }


def _links(value: object) -> list[tuple[str, str]]:
    """A block's links, as far as they are (words, address) pairs a reader may follow."""
    from reader.importing.links import safe_link

    if not isinstance(value, list):
        return []
    found = []
    for pair in value[:500]:
        if isinstance(pair, list | tuple) and len(pair) == 2 and all(
            isinstance(x, str) for x in pair
        ):
            href = safe_link(pair[1])
            if href and pair[0].strip():
                found.append((pair[0][:2000], href))
    return found


class ArticleRejected(ValueError):
    """One article of a bundle that cannot be restored; the message says why."""


def import_bundle(
    library: Library, data: object
) -> list[tuple[str, AddResult | ArticleRejected]]:
    """Restore every article not already here (same content), then the notes. Each article
    is checked against the bundle's schema and cleaned as any import is; a bad one is
    reported and the rest are restored."""
    from reader.library.notes_export import import_jsonld

    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a Qari library export")
    version = data.get("version", 0)
    if not isinstance(version, int) or isinstance(version, bool) or version > VERSION:
        raise ValueError("not a Qari library export this version can read")
    records = data.get("articles", [])
    if not isinstance(records, list):
        raise ValueError("its articles are not a list")
    results: list[tuple[str, AddResult | ArticleRejected]] = []
    restored: dict[int, int] = {}  # place in the bundle -> id here
    for number, record in enumerate(records, start=1):
        try:
            checked = checked_record(record)
            result = restore_record(library, checked)
            for tag in checked["tags"]:
                library.tags.add([result.id], tag)
            results.append((checked["title"], result))
            restored[number - 1] = result.id
        except ArticleRejected as exc:
            raw = record.get("title") if isinstance(record, dict) else None
            title = clean_title(raw)[:200] if isinstance(raw, str) else ""
            results.append((title or f"article {number}", exc))
    if data.get("notes"):
        try:
            import_jsonld(library, data["notes"])
        except ValueError:
            pass  # a bundle's notes that cannot be read cost only themselves
    _restore_lists(library, data, restored)
    return results


def _restore_lists(library: Library, data: dict, restored: dict[int, int]) -> None:
    """Collections (in their order, with the articles that came back) and saved searches;
    an entry that is not what it should be is left out, and costs only itself."""
    collections, searches = data.get("collections"), data.get("saved_searches")
    for entry in collections if isinstance(collections, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            continue
        places = entry.get("articles")
        if not isinstance(places, list):
            continue
        ids = [restored[p] for p in places if isinstance(p, int) and p in restored]
        try:
            collection = library.collections.create(entry["name"])
        except ValueError:
            continue
        library.collections.add(collection.id, ids)
    for entry in searches if isinstance(searches, list) else []:
        fields = (entry.get("name"), entry.get("query")) if isinstance(entry, dict) else ()
        if fields and all(isinstance(f, str) for f in fields):
            try:
                library.saved_searches.save(entry["name"], entry["query"])
            except ValueError:
                continue
    _restore_feeds(library, data.get("feeds"))
    words = data.get("vocabulary")
    for entry in words if isinstance(words, list) else []:
        word = _vocabulary_word(entry, restored)
        if word is not None:
            library.vocabulary.add(word)


def _restore_feeds(library: Library, feeds: object) -> None:
    """Each subscription not already here, with its settings; one that is not what it
    should be is left out."""
    from reader.importing.links import is_link

    for entry in feeds if isinstance(feeds, list) else []:
        if not isinstance(entry, dict) or not is_link(str(entry.get("url") or "")):
            continue
        url = str(entry["url"]).strip()
        if library.feeds.find(url) is not None:
            continue
        texts = {k: entry.get(k) for k in ("title", "site_url", "tag")}
        if not all(isinstance(v, str) for v in texts.values()):
            continue
        feed = library.feeds.add(url, clean_title(texts["title"])[:1000],
                                 texts["site_url"][:2000], clean_title(texts["tag"])[:200])
        settings: dict[str, object] = {}
        for name, kind in (("full_page", str), ("direction", str), ("font", str),
                           ("first_limit", int), ("paused", bool)):
            value = entry.get(name)
            if isinstance(value, kind) and not (kind is int and isinstance(value, bool)):
                settings[name] = value
        days = entry.get("archive_after_days")
        if days is None or (isinstance(days, int) and not isinstance(days, bool) and days > 0):
            settings["archive_after_days"] = days
        try:
            library.feeds.configure(feed.id, **settings)
        except ValueError:
            continue  # a setting out of its range: the feed stays, with the defaults


def _vocabulary_word(entry: object, restored: dict[int, int]) -> Word | None:
    """A bundle's word as the vocabulary keeps it, or None when it is not one."""
    if not isinstance(entry, dict):
        return None
    texts = {k: entry.get(k) for k in ("word", "lemma", "root", "pos", "sentence",
                                        "article_title", "added_at", "uuid")}
    if not all(isinstance(v, str) for v in texts.values()) or not texts["word"]:
        return None
    definitions = entry.get("definitions")
    if not isinstance(definitions, list):
        definitions = []
    place = entry.get("article")
    article_id = restored.get(place) if isinstance(place, int) else None
    clean = {k: clean_title(v) if k in ("word", "lemma", "root", "pos", "article_title")
             else v for k, v in texts.items()}
    return Word(**clean, definitions=[clean_title(d)[:2000] for d in definitions
                                      if isinstance(d, str)][:10], article_id=article_id)


_TEXT_COLUMNS = (
    "author", "site", "source", "language", "format", "encoding", "imported_at",
)
_OPTIONAL_TEXT = (
    "source_path", "published", "updated_at", "opened_at", "archived_at", "previous_text",
)
_IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp", "image/bmp")


def _text(record: dict, name: str, limit: int = 10_000, optional: bool = False) -> str | None:
    value = record.get(name)
    if value is None and optional:
        return None
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ArticleRejected(f"{name} is not text")
    if len(value) > limit:
        raise ArticleRejected(f"{name} is too long")
    return value


def _number(record: dict, name: str, low: float, high: float, optional: bool = True,
            whole: bool = True) -> float | None:
    value = record.get(name)
    if value is None and optional:
        return None
    kinds = (int,) if whole else (int, float)
    if not isinstance(value, kinds) or isinstance(value, bool) or not low <= value <= high:
        raise ArticleRejected(f"{name} is not a number in range")
    return value


def checked_record(record: object) -> dict:
    """The record, validated field by field and cleaned as an import cleans: text
    normalised, titles stripped of bidi controls and invisibles, directions settled, the
    content hash computed afresh (a bundle's own hash is not trusted)."""
    import binascii

    from reader.importing.model import ImportFailed, ParsedArticle
    from reader.importing.pipeline import finish
    from reader.library.articles import content_hash

    if not isinstance(record, dict):
        raise ArticleRejected("not an article record")
    title = _text(record, "title", 5_000)
    raw_blocks = record.get("blocks")
    if not isinstance(raw_blocks, list) or len(raw_blocks) > 200_000:
        raise ArticleRejected("its blocks are not a list")
    blocks = []
    from reader.importing.model import Block

    for raw in raw_blocks:
        if not isinstance(raw, dict):
            raise ArticleRejected("a block is not an object")
        try:
            blocks.append(Block(
                kind=str(raw.get("kind")),
                text=_text(raw, "text", 5_000_000) or "",
                level=int(_number(raw, "level", 0, 9) or 0),
                image=_text(raw, "image", 500) or "",
                ordered=bool(raw.get("ordered", False)),
                links=_links(raw.get("links")),
            ))
        except ValueError as exc:  # Block refuses a kind it does not know
            raise ArticleRejected(str(exc)) from None
    values = {name: _text(record, name) for name in _TEXT_COLUMNS}
    direction = record.get("direction")
    article = ParsedArticle(
        title=title or "", blocks=blocks, format=values["format"] or "",
        author=values["author"] or "", site=values["site"] or "",
        source=values["source"] or "", language=values["language"] or "",
        direction=direction if direction in ("rtl", "ltr") else "",
        encoding=values["encoding"] or "",
        views=_number(record, "views", 0, 2**53),  # type: ignore[arg-type]
        comments=_number(record, "comments", 0, 2**53),  # type: ignore[arg-type]
    )
    try:
        article = finish(article)
    except ImportFailed as exc:
        raise ArticleRejected(str(exc)) from None
    clean: dict = {name: _text(record, name, optional=True) for name in _OPTIONAL_TEXT}
    # An article's lasting identity (what sync knows it by); a malformed one is made anew.
    uid = record.get("uid")
    clean["uid"] = uid if isinstance(uid, str) and re.fullmatch(r"[0-9a-f]{32,64}", uid) else None
    clean.update(values)
    clean.update(
        title=article.title, author=article.author, site=article.site,
        language=article.language, direction=article.direction,
        views=article.views, comments=article.comments,
        content_hash=content_hash(article),
        word_count=len(article.plain_text.split()),
        bookmarked=int(bool(record.get("bookmarked", False))),
        read_position=int(_number(record, "read_position", 0, 2**31) or 0),
        read_progress=float(_number(record, "read_progress", 0, 1, whole=False) or 0),
        imported_at=values["imported_at"] or utc_now().isoformat(),
        blocks=article.blocks,
        plain_text=article.plain_text,
    )
    try:
        clean["original_name"] = _text(record, "original_name", 1000) or ""
        clean["original"] = base64.b64decode(_text(record, "original", 10**9) or "",
                                             validate=True)
        images = record.get("images", [])
        if not isinstance(images, list):
            raise ArticleRejected("its images are not a list")
        clean["images"] = []
        for image in images:
            if not isinstance(image, dict) or image.get("mime") not in _IMAGE_TYPES:
                raise ArticleRejected("an image is not a stored picture")
            clean["images"].append((
                _text(image, "name", 500),
                image["mime"],
                base64.b64decode(_text(image, "data", 10**9) or "", validate=True),
            ))
    except binascii.Error:
        raise ArticleRejected("its original or an image is not base64") from None
    tags = record.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        raise ArticleRejected("its tags are not a list of names")
    from reader.library.tags import clean_name, tag_key

    clean["tags"] = [clean_name(t) for t in tags[:1000] if tag_key(t)]
    return clean


def restore_record(library: Library, record: dict) -> AddResult:
    with transaction(library.conn) as conn:
        same = conn.execute(
            "SELECT id FROM articles WHERE content_hash = ?", (record["content_hash"],)
        ).fetchone()
        if same:
            return AddResult("duplicate", same[0])
        if record.get("uid") and conn.execute(
            "SELECT 1 FROM articles WHERE uid = ?", (record["uid"],)
        ).fetchone():
            record = {**record, "uid": None}  # taken here: a new one is given
        cursor = conn.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
            f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})",
            [record.get(c) for c in ARTICLE_COLUMNS],
        )
        article_id = int(cursor.lastrowid or 0)
        conn.execute(
            "INSERT INTO bodies (article_id, blocks, plain_text, previous_text) VALUES (?,?,?,?)",
            (article_id, blocks_json(record["blocks"]), record["plain_text"],
             record.get("previous_text")),
        )
        conn.execute(
            "INSERT INTO originals (article_id, name, data) VALUES (?, ?, ?)",
            (article_id, record["original_name"], record["original"]),
        )
        conn.executemany(
            "INSERT INTO images (article_id, name, mime, data) VALUES (?, ?, ?, ?)",
            [(article_id, name, mime, data) for name, mime, data in record["images"]],
        )
        search_index.index_article(conn, article_id, record["title"], record["plain_text"])
    return AddResult(IMPORTED, article_id)
