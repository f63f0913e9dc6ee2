"""Read-it-later exports: Pocket's CSV, Instapaper's CSV, Wallabag's JSON and Omnivore's zip.

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
        return None
    if suffix == ".zip" and head.startswith(b"PK\x03\x04"):
        return "omnivore"
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
        entry = Entry(row.get("title", "").strip(), url, tags, folder.lower() == "archive")
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
            bool(item.get("is_archived")),
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
    from reader.importing.archives import _Zip

    package = _Zip(data)
    entries = []
    for name in sorted(n for n in package.names if re.search(r"metadata[^/]*\.json$", n)):
        raw = package.read(name)
        try:
            items = json.loads(raw.decode("utf-8-sig")) if raw else []
        except (ValueError, RecursionError) as exc:
            raise ImportFailed(M.UNREADABLE_EXPORT, detail=str(exc)[:200]) from None
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict) or not isinstance(item.get("url"), str):
                continue
            labels = item.get("labels") or []
            entry = Entry(
                str(item.get("title") or ""), item["url"],
                [str(x.get("name") if isinstance(x, dict) else x) for x in labels if x],
                str(item.get("state") or "").lower() == "archived",
            )
            slug = str(item.get("slug") or "")
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


READERS = {"pocket": pocket, "instapaper": instapaper, "wallabag": wallabag,
           "omnivore": omnivore}


def read_export(kind: str, data: bytes) -> list[Entry]:
    return READERS[kind](data)


def link_only(entry: Entry) -> ParsedArticle:
    """An entry with no text: its title and its address, to be fetched when the reader asks."""
    title = entry.title or entry.url
    return ParsedArticle(title=title, blocks=[Block("paragraph", entry.url)], format="link",
                         source=entry.url)
