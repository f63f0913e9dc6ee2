"""Read-it-later exports: Pocket's CSV and HTML, Instapaper's CSV, Wallabag's JSON and
Omnivore's zip (or its metadata JSON alone).

Each entry brings its title, address, tags, read or archived state and, where the service
kept them, its text and highlights. An entry with a link only is kept as a link-only article
(its address the one paragraph) that the reader can fetch later: never dropped in silence.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle

MAX_ENTRIES = 100_000


@dataclass
class Entry:
    title: str
    url: str
    tags: list[str] = field(default_factory=list)
    archived: bool = False
    starred: bool = False  # Instapaper's Starred folder, Wallabag's is_starred: a bookmark
    content: bytes = b""  # the saved text, when the service kept it
    content_name: str = ""  # what kind of text it is, by name: page.html, page.md
    highlights: list[tuple[str, str]] = field(default_factory=list)  # (quote, note)


def export_kind(path: Path, head: bytes) -> str | None:
    """Which service's export the file is (by its content; its name only breaks ties)."""
    suffix = path.suffix.lower()
    text = head.lstrip(b"\xef\xbb\xbf").lower()
    if suffix == ".csv" or text.startswith((b"title,url", b"url,title")):
        first = text.split(b"\n", 1)[0]
        if first.startswith(b"title,url") and b"time_added" in first:
            return "pocket"
        if first.startswith(b"url,title") and b"folder" in first:
            return "instapaper"
        return None
    if suffix == ".json" or text.startswith(b"["):
        if b'"is_archived"' in head or b'"annotations"' in head:
            return "wallabag"
        if b'"slug"' in head and (b'"savedat"' in text or b'"state"' in head):
            return "omnivore-json"  # Omnivore's metadata_*.json, taken out of its zip
        return None
    if suffix == ".zip" and head.startswith(b"PK\x03\x04"):
        return "omnivore"
    if suffix in (".html", ".htm") and b"<title>pocket export</title>" in text:
        return "pocket-html"
    return None


def _tags(value: str, separator: str) -> list[str]:
    return [t.strip() for t in value.split(separator) if t.strip()]


def _rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8-sig", errors="replace")
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    for number, row in enumerate(reader):
        if number >= MAX_ENTRIES:
            break
        rows.append({(k or "").strip().lower(): (v or "") for k, v in row.items()})
    return rows


def pocket(data: bytes) -> list[Entry]:
    """title,url,time_added,tags,status: tags joined by "|", status "archive" or "unread"."""
    return [
        Entry(row.get("title", "").strip(), row.get("url", "").strip(),
              _tags(row.get("tags", ""), "|"), row.get("status", "").strip() == "archive")
        for row in _rows(data) if row.get("url", "").strip()
    ]


def pocket_html(data: bytes) -> list[Entry]:
    """Pocket's older ril_export.html: an <h1> a list ("Unread", "Read Archive"), each link
    an entry, with its tags in a "tags" attribute joined by commas."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(data.decode("utf-8", "replace"))
    except ValueError as exc:
        raise ImportFailed(M.UNREADABLE_EXPORT, detail=str(exc)[:200]) from None
    entries = []
    archived = False
    for element in tree.iter("h1", "a"):
        if element.tag == "h1":
            archived = "archive" in element.text_content().lower()
            continue
        url = (element.get("href") or "").strip()
        if url and len(entries) < MAX_ENTRIES:
            entries.append(Entry(" ".join(element.text_content().split()), url,
                                 _tags(element.get("tags") or "", ","), archived))
    return entries


def instapaper(data: bytes) -> list[Entry]:
    """URL,Title,Selection,Folder,Timestamp[,Tags]: "Archive" is the folder of the read;
    other folders become tags; Tags is a JSON list when present."""
    entries = []
    for row in _rows(data):
        url = row.get("url", "").strip()
        if not url:
            continue
        folder = row.get("folder", "").strip()
        tags = [folder] if folder and folder.lower() not in ("unread", "archive", "starred") else []
        raw_tags = row.get("tags", "").strip()
        if raw_tags.startswith("["):
            try:
                tags += [str(t) for t in json.loads(raw_tags) if str(t).strip()]
            except (ValueError, TypeError):
                pass
        entry = Entry(row.get("title", "").strip(), url, tags, folder.lower() == "archive",
                      starred=folder.lower() == "starred")
        selection = row.get("selection", "").strip()
        if selection:
            entry.highlights.append((selection, ""))
        entries.append(entry)
    return entries


def wallabag(data: bytes) -> list[Entry]:
    """A JSON list of entries: content (HTML), url, title, tags, is_archived, annotations
    (quote, text)."""
    try:
        items = json.loads(data.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        raise ImportFailed(M.UNREADABLE_EXPORT, detail=str(exc)[:200]) from None
    if not isinstance(items, list):
        raise ImportFailed(M.UNREADABLE_EXPORT, detail="not a list of entries")
    entries = []
    for item in items[:MAX_ENTRIES]:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        tags = [
            str(t.get("label") if isinstance(t, dict) else t)
            for t in item.get("tags") or [] if t
        ]
        entry = Entry(
            str(item.get("title") or ""), item["url"], [t for t in tags if t.strip()],
            bool(item.get("is_archived")), starred=bool(item.get("is_starred")),
        )
        content = item.get("content")
        if isinstance(content, str) and content.strip():
            entry.content, entry.content_name = _page(entry.title, content), "page.html"
        for note in item.get("annotations") or []:
            if isinstance(note, dict) and isinstance(note.get("quote"), str):
                entry.highlights.append((note["quote"], str(note.get("text") or "")))
        entries.append(entry)
    return entries


def _page(title: str, body: str) -> bytes:
    from html import escape

    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f"</head><body><article>{body}</article></body></html>"
    ).encode()


def omnivore(data: bytes) -> list[Entry]:
    """Omnivore's export: metadata_*.json (title, url, labels, state, slug) with each
    article's Markdown in content/SLUG.md (or HTML in content/SLUG.html) and its
    highlights in highlights/SLUG.md ("> quote" lines, a note under each)."""
    from reader.importing.packages import Zip

    package = Zip(data)
    entries = []
    for name in sorted(n for n in package.names if re.search(r"metadata[^/]*\.json$", n)):
        raw = package.read(name)
        for entry, slug in _omnivore_items(raw or b"[]"):
            for suffix in (".md", ".html"):
                body = package.read(f"content/{slug}{suffix}") if slug else None
                if body:
                    entry.content, entry.content_name = body, f"page{suffix}"
                    if suffix == ".md" and entry.title:
                        entry.content = f"# {entry.title}\n\n".encode() + body
                    break
            notes = package.read(f"highlights/{slug}.md") if slug else None
            if notes:
                entry.highlights += _markdown_highlights(notes.decode("utf-8", "replace"))
            entries.append(entry)
    return entries


def _omnivore_items(raw: bytes) -> list[tuple[Entry, str]]:
    """The entries of one metadata JSON file, each with its slug (its files' name)."""
    try:
        items = json.loads(raw.decode("utf-8-sig"))
    except (ValueError, RecursionError) as exc:
        raise ImportFailed(M.UNREADABLE_EXPORT, detail=str(exc)[:200]) from None
    found = []
    for item in items[:MAX_ENTRIES] if isinstance(items, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("url"), str):
            continue
        labels = item.get("labels") or []
        entry = Entry(
            str(item.get("title") or ""), item["url"],
            [str(x.get("name") if isinstance(x, dict) else x) for x in labels if x],
            str(item.get("state") or "").lower() == "archived",
        )
        found.append((entry, str(item.get("slug") or "")))
    return found


def omnivore_json(data: bytes) -> list[Entry]:
    """Omnivore's metadata JSON on its own (the articles' text left in the zip): each
    entry's title, address, labels and state; the text is fetched when the reader asks."""
    return [entry for entry, _slug in _omnivore_items(data)]


def _markdown_highlights(text: str) -> list[tuple[str, str]]:
    """"> quote" blocks, each with the plain lines under it as its note."""
    found: list[tuple[str, str]] = []
    quote: list[str] = []
    note: list[str] = []
    for line in text.splitlines() + [""]:
        if line.startswith(">"):
            if quote and note:
                found.append((" ".join(quote), " ".join(note)))
                quote, note = [], []
            quote.append(line.lstrip("> ").strip())
        elif line.strip() and quote:
            note.append(line.strip())
        elif not line.strip() and quote and note:
            found.append((" ".join(quote), " ".join(note)))
            quote, note = [], []
    if quote:
        found.append((" ".join(quote), " ".join(note)))
    return [(q, n) for q, n in found if q]


READERS = {"pocket": pocket, "pocket-html": pocket_html, "instapaper": instapaper,
           "wallabag": wallabag, "omnivore": omnivore, "omnivore-json": omnivore_json}


def read_export(kind: str, data: bytes) -> list[Entry]:
    return READERS[kind](data)


def saved_text(entry: Entry) -> ParsedArticle | None:
    """An entry's saved HTML too short for a page's extractor (a Wallabag note of a line or
    two): its text as it is, a paragraph a block; None when it holds no words."""
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(entry.content.decode("utf-8", "replace"))
    except ValueError:
        return None
    for element in tree.xpath("//script|//style|//title"):
        element.drop_tree()
    parts = tree.xpath("//body//p|//body//li|//body//blockquote|//body//h1|//body//h2")
    texts = [p.text_content() for p in parts] or [tree.text_content()]
    blocks = [" ".join(t.split()) for t in texts if t.split()]
    if not blocks:
        return None
    return ParsedArticle(title=entry.title or blocks[0][:120],
                         blocks=[Block("paragraph", b) for b in blocks], format="html",
                         source=entry.url)


def link_only(entry: Entry) -> ParsedArticle:
    """An entry with no text: its title and its address, to be fetched when the reader asks."""
    title = entry.title or entry.url
    return ParsedArticle(title=title, blocks=[Block("paragraph", entry.url)], format="link",
                         source=entry.url)
