"""Notes out and back in: Markdown for people, W3C Web Annotation JSON-LD for software.

JSON export then import restores the same annotations (same ids, dates, anchors), so export,
delete, import, export gives identical JSON.
"""

from __future__ import annotations

import hashlib
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
            "SELECT DISTINCT article_id FROM annotations ORDER BY article_id"
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


def to_markdown(library: Library, ids: list[int] | None = None) -> str:
    out: list[str] = []
    for article in _articles(library, ids):
        annotations = _ordered(library.annotations.for_article(article.id))
        out.append(f"# {article.title}")
        meta = [m for m in (article.site, article.source, (article.published or "")[:10]) if m]
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


def import_jsonld(library: Library, data: dict[str, object]) -> dict[str, int]:
    """Restore annotations into the articles they belong to. Existing ones (same id) are left
    alone. Returns counts: restored, existing, unmatched (no such article here)."""
    page = data.get("first") if isinstance(data, dict) else None
    items = page.get("items", []) if isinstance(page, dict) else data.get("items", [])
    if not isinstance(items, list):
        raise ValueError("not a Web Annotation collection")
    by_source = {}
    for (article_id,) in library.conn.execute("SELECT id FROM articles").fetchall():
        article = library.get(article_id)
        if article:
            by_source.setdefault(source_iri(article), article)
    counts = {"restored": 0, "existing": 0, "unmatched": 0}
    for item in items:
        annotation = _from_jsonld(item, by_source)
        if annotation is None:
            counts["unmatched"] += 1
        elif library.annotations.by_uuid(annotation.uuid):
            counts["existing"] += 1
        else:
            library.annotations.restore(annotation)
            counts["restored"] += 1
    return counts


def _from_jsonld(item: object, by_source: dict[str, Article]) -> Annotation | None:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        return None
    target = item.get("target")
    source = target.get("source") if isinstance(target, dict) else target
    article = by_source.get(str(source))
    if article is None:
        return None
    kind = KIND.get(str(item.get("motivation")), HIGHLIGHT)
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    values = {b.get("purpose"): str(b.get("value", "")) for b in bodies if isinstance(b, dict)}
    quote = position = None
    if isinstance(target, dict):
        for selector in target.get("selector", []):
            if selector.get("type") == "TextQuoteSelector":
                quote = selector
            elif selector.get("type") == "TextPositionSelector":
                position = selector
    start = end = None
    orphaned = False
    exact = prefix = suffix = ""
    if quote is not None or position is not None:
        exact = str((quote or {}).get("exact", ""))
        prefix = str((quote or {}).get("prefix", ""))
        suffix = str((quote or {}).get("suffix", ""))
        start = int((position or {}).get("start", 0))
        end = int((position or {}).get("end", start))
        found = place(article.plain_text, Anchor(exact, prefix, suffix, start, end))
        if found is None:
            orphaned = True
        else:
            start, end = found
    return Annotation(
        None, str(item.get("id", "")).removeprefix("urn:uuid:"), article.id, kind, exact,
        prefix, suffix, start, end, values.get("tagging", ""), values.get("commenting", ""),
        values.get("identifying", ""), orphaned, str(item.get("created", "")),
        str(item.get("modified", "")),
    )
