"""Notes out and back in: Markdown for people, W3C Web Annotation JSON-LD for software.

JSON export then import restores the same annotations (same ids, dates, anchors), so export,
delete, import, export gives identical JSON.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reader.library.anchoring import Anchor, place
from reader.library.annotations import BOOKMARK, HIGHLIGHT, NOTE, Annotation
from reader.library.articles import Article, Library

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
MOTIVATION = {HIGHLIGHT: "highlighting", NOTE: "commenting", BOOKMARK: "bookmarking"}
KIND = {v: k for k, v in MOTIVATION.items()}


def source_iri(article: Article) -> str:
    """A stable IRI for the article: its URL, its file as a file: URI, or its title's hash."""
    source = article.source
    if source and urlsplit(source).scheme in ("http", "https", "file", "qari"):
        return source
    if source and Path(source).is_absolute():
        return Path(source).as_uri()
    digest = hashlib.sha256(article.title.encode("utf-8")).hexdigest()[:32]
    return f"urn:qari:title:{digest}"


def _ordered(annotations: list[Annotation]) -> list[Annotation]:
    return sorted(
        annotations,
        key=lambda a: (a.start is not None, a.start or 0, a.end or 0, a.created_at, a.uuid),
    )


def _articles(library: Library, ids: list[int] | None) -> list[Article]:
    if not ids:
        rows = library.conn.execute(
            "SELECT n.article_id FROM annotations n JOIN articles a ON a.id = n.article_id"
            " GROUP BY n.article_id ORDER BY MIN(a.imported_at), MIN(a.uid), n.article_id"
        ).fetchall()
        ids = [r[0] for r in rows]
    articles = [library.get(i) for i in ids]
    missing = [i for i, a in zip(ids, articles, strict=True) if a is None]
    if missing:
        raise LookupError(f"no article with id {missing[0]}")
    return [a for a in articles if a is not None]


def annotation_jsonld(annotation: Annotation, article: Article) -> dict[str, object]:
    body: list[dict[str, str]] = []
    if annotation.note:
        body.append({"type": "TextualBody", "value": annotation.note, "format": "text/plain",
                     "purpose": "commenting"})
    if annotation.color:
        body.append({"type": "TextualBody", "value": annotation.color, "purpose": "tagging"})
    if annotation.name:
        body.append({"type": "TextualBody", "value": annotation.name, "purpose": "identifying"})
    item: dict[str, object] = {
        "id": f"urn:uuid:{annotation.uuid}",
        "type": "Annotation",
        "motivation": MOTIVATION[annotation.kind],
        "created": annotation.created_at,
        "modified": annotation.updated_at,
    }
    if body:
        item["body"] = body
    source = source_iri(article)
    if annotation.anchored:
        selectors: list[dict[str, object]] = [
            {"type": "TextQuoteSelector", "exact": annotation.exact,
             "prefix": annotation.prefix, "suffix": annotation.suffix},
            {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
        ]
        item["target"] = {"source": source, "selector": selectors}
    else:
        item["target"] = source
    return item


def to_jsonld(library: Library, ids: list[int] | None = None) -> dict[str, object]:
    items = []
    for article in _articles(library, ids):
        for annotation in _ordered(library.annotations.for_article(article.id)):
            items.append(annotation_jsonld(annotation, article))
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "Qari notes",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }


def _front_matter(article: Article, tags: list[str]) -> list[str]:
    """YAML front matter (strings written as JSON, which YAML reads) for note-taking apps."""
    import json

    def quoted(value: str) -> str:
        return json.dumps(value, ensure_ascii=False)

    lines = ["---", f"title: {quoted(article.title)}"]
    if article.source:
        lines.append(f"source: {quoted(article.source)}")
    if article.published:
        lines.append(f"published: {quoted(article.published)}")
    lines.append(f"tags: [{', '.join(quoted(t) for t in tags)}]")
    return [*lines, "---", ""]


def to_markdown(library: Library, ids: list[int] | None = None) -> str:
    out: list[str] = []
    articles = list(_articles(library, ids))
    for article in articles:
        annotations = _ordered(library.annotations.for_article(article.id))
        tags = library.tags.of(article.id)
        if len(articles) == 1:  # one article, one file: front matter describes it
            out += _front_matter(article, tags)
        out.append(f"# {article.title}")
        meta = [m for m in (article.site, article.source, (article.published or "")[:10]) if m]
        if tags:
            meta.append(" ".join(f"#{t.replace(' ', '_')}" for t in tags))
        if meta:
            out.append("")
            out.append(" · ".join(meta))
        for annotation in annotations:
            if annotation.kind == NOTE:
                out += ["", annotation.note]
        for annotation in annotations:
            if annotation.kind != HIGHLIGHT:
                continue
            out.append("")
            lines = annotation.exact.split("\n")
            quote = "\n".join(f"> {line}" if line else ">" for line in lines)
            if annotation.orphaned:
                quote += " *(not found in the current text)*"
            out.append(quote)
            if annotation.note:
                out += ["", annotation.note]
        marks = [a for a in annotations if a.kind == BOOKMARK]
        if marks:
            out += ["", "## Bookmarks", ""]
            out += [f"- {a.name}" for a in marks]
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


MAX_OFFSET = 2**31  # far past any article's length, and within what SQLite stores


@dataclass
class _Target:
    """What matching a note needs of an article: its id, source and title (for its IRI), and
    its text, read once and only if a note points at it."""

    id: int
    source: str
    title: str
    _text: str | None = None

    def text(self, library: Library) -> str:
        if self._text is None:
            row = library.conn.execute(
                "SELECT plain_text FROM bodies WHERE article_id = ?", (self.id,)
            ).fetchone()
            self._text = row[0] if row else ""
        return self._text


class NoteRejected(ValueError):
    """One annotation of an import that cannot be used; the message says why."""


def import_jsonld(library: Library, data: object) -> dict[str, object]:
    """Restore annotations into the articles they belong to. Existing ones (same id) are left
    alone. Returns counts (restored, existing, unmatched: no such article here; rejected:
    malformed) and ``reasons``, one line per rejected note. Each note is checked on its own:
    a bad one never stops the rest. Time is linear in the notes and the articles."""
    if isinstance(data, list):
        items: object = data
    elif isinstance(data, dict):
        page = data.get("first")
        items = page.get("items", []) if isinstance(page, dict) else data.get("items", [])
    else:
        raise ValueError("not a Web Annotation collection")
    if not isinstance(items, list):
        raise ValueError("not a Web Annotation collection")
    by_source: dict[str, _Target] = {}
    for article_id, source, title in library.conn.execute(
        "SELECT id, source, title FROM articles ORDER BY id"
    ).fetchall():
        target = _Target(article_id, source, title)
        by_source.setdefault(source_iri(target), target)  # type: ignore[arg-type]
    counts: dict[str, object] = {"restored": 0, "existing": 0, "unmatched": 0, "rejected": 0}
    reasons: list[str] = []
    for number, item in enumerate(items, start=1):
        try:
            annotation = _from_jsonld(item, by_source, library)
        except NoteRejected as exc:
            counts["rejected"] = int(counts["rejected"]) + 1  # type: ignore[call-overload]
            reasons.append(f"note {number}: {exc}")
            continue
        if annotation is None:
            counts["unmatched"] = int(counts["unmatched"]) + 1  # type: ignore[call-overload]
        elif library.annotations.by_uuid(annotation.uuid):
            counts["existing"] = int(counts["existing"]) + 1  # type: ignore[call-overload]
        else:
            library.annotations.restore(annotation)
            counts["restored"] = int(counts["restored"]) + 1  # type: ignore[call-overload]
    counts["reasons"] = reasons
    return counts


def _text_field(value: object, name: str, limit: int = 1_000_000) -> str:
    if value is None:
        return ""
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise NoteRejected(f"{name} is not text")
    text = str(value)
    if len(text) > limit:
        raise NoteRejected(f"{name} is too long")
    return text


def _offset(value: object, name: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        raise NoteRejected(f"{name} is not a whole number")
    if not 0 <= value <= MAX_OFFSET:
        raise NoteRejected(f"{name} is out of range")
    return value


def _from_jsonld(
    item: object, by_source: dict[str, _Target], library: Library
) -> Annotation | None:
    if not isinstance(item, dict):
        raise NoteRejected("not an annotation object")
    if item.get("type") != "Annotation":
        raise NoteRejected("its type is not Annotation")
    target = item.get("target")
    source = target.get("source") if isinstance(target, dict) else target
    if not isinstance(source, str):
        raise NoteRejected("its target has no source")
    article = by_source.get(source)
    if article is None:
        return None
    kind = KIND.get(str(item.get("motivation")), HIGHLIGHT)
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    values = {
        str(b.get("purpose")): _text_field(b.get("value"), "a body's value")
        for b in bodies
        if isinstance(b, dict)
    }
    quote = position = None
    selectors = target.get("selector", []) if isinstance(target, dict) else []
    for selector in selectors if isinstance(selectors, list) else [selectors]:
        if not isinstance(selector, dict):
            continue  # a selector kind this version does not know
        if selector.get("type") == "TextQuoteSelector":
            quote = selector
        elif selector.get("type") == "TextPositionSelector":
            position = selector
    start = end = None
    orphaned = False
    exact = prefix = suffix = ""
    if quote is not None or position is not None:
        exact = _text_field((quote or {}).get("exact"), "exact")
        prefix = _text_field((quote or {}).get("prefix"), "prefix", 10_000)
        suffix = _text_field((quote or {}).get("suffix"), "suffix", 10_000)
        start = _offset((position or {}).get("start"), "start")
        end = _offset((position or {}).get("end"), "end")
        if start is not None and end is not None and end < start:
            raise NoteRejected("end is before start")
        start = start or 0
        end = end if end is not None else start
        found = place(article.text(library), Anchor(exact, prefix, suffix, start, end))
        if found is None:
            # Kept as an orphan with every selector it came with, as re-anchoring keeps one:
            # the quote and the old position are what can place it again later. An orphan is
            # never drawn at its old offsets.
            orphaned = True
        else:
            start, end = found
    uuid = _text_field(item.get("id"), "id", 200).removeprefix("urn:uuid:")
    if not uuid:
        raise NoteRejected("it has no id")
    return Annotation(
        None, uuid, article.id, kind, exact, prefix, suffix, start, end,
        values.get("tagging", ""), values.get("commenting", ""), values.get("identifying", ""),
        orphaned, _text_field(item.get("created"), "created", 100),
        _text_field(item.get("modified"), "modified", 100),
    )
