"""A feed's bytes -> its title, schedule and entries: RSS 0.9x/1.0/2.0 and Atom through
``feedparser``, JSON Feed read here (feedparser 6 does not know it), and the feeds a page
links to (``<link rel="alternate">``).

Never given an address: feedparser fetches what it is handed as a URL and opens what looks
like a file name, so it only ever sees bytes that Qari fetched itself.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from reader import messages as M
from reader.importing.links import safe_link
from reader.importing.model import ImportFailed
from reader.text.dates import parse_date
from reader.text.normalize import clean_title

FEED_ACCEPT = (
    "application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,"
    "application/xml;q=0.9,text/xml;q=0.9,text/html;q=0.5,*/*;q=0.3"
)
# A feed of ten thousand items is read whole; more is not a news feed but an archive dump.
MAX_ENTRIES = 10_000
FEED_TYPES = (
    "application/rss+xml", "application/atom+xml", "application/rdf+xml",
    "application/feed+json", "application/json",
)
# Update periods of the syndication module (sy:updatePeriod), in minutes.
_PERIODS = {"hourly": 60, "daily": 1440, "weekly": 10080, "monthly": 43200, "yearly": 525600}
# An internal subset that declares entities: the billion laughs and external entities
# (file:///etc/passwd) both need one; no feed needs one.
_ENTITY = re.compile(rb"<!ENTITY", re.IGNORECASE)


@dataclass
class FeedEntry:
    key: str  # what identifies it across refreshes: its guid/id, else its link
    link: str
    title: str
    author: str = ""
    published: datetime | None = None
    content: str = ""  # the entry's full text as HTML, when the feed carries one
    summary: str = ""  # a summary or excerpt, as HTML
    language: str = ""

    @property
    def fingerprint(self) -> str:
        """Changes when the entry's words change: an edited entry is updated in place."""
        text = "\x1f".join((self.title, self.content or self.summary))
        return hashlib.sha256(text.encode("utf-8", "replace")).hexdigest()[:32]


@dataclass
class ParsedFeed:
    title: str
    site_url: str
    language: str = ""
    ttl_minutes: int | None = None  # how long the publisher says it may be cached
    entries: list[FeedEntry] = field(default_factory=list)
    kind: str = ""


def _text(value: object, limit: int = 1000) -> str:
    """A name or title from the feed, cleaned as a title is: no control characters (a title
    reaches the terminal and the clipboard), no stray direction marks."""
    return clean_title(" ".join(str(value or "").split()))[:limit]


def _date(raw: object, parsed: object) -> datetime | None:
    """The date as the feed wrote it, with its own offset (feedparser's parsed form is UTC and
    drops it); Arabic-Indic digits read; feedparser's reading as a last resort."""
    if isinstance(raw, str) and raw.strip():
        found = parse_date(raw)
        if found is not None:
            return found
    if parsed:
        try:
            return datetime(*parsed[:6], tzinfo=UTC)  # type: ignore[index, misc]
        except (TypeError, ValueError):
            return None
    return None


def _minutes(value: object) -> int | None:
    try:
        minutes = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes if 0 < minutes <= 525600 else None


def _json_feed(data: bytes, url: str) -> ParsedFeed:
    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ImportFailed(M.FEED_UNREADABLE, detail=str(exc)[:200]) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("items"), list):
        raise ImportFailed(M.NOT_A_FEED)
    home = safe_link(str(doc.get("home_page_url") or ""), url)
    entries = []
    for item in doc["items"][:MAX_ENTRIES]:
        if not isinstance(item, dict):
            continue
        link = safe_link(str(item.get("url") or item.get("external_url") or ""), url)
        ident = _text(item.get("id"), 2000) or link
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        author = ", ".join(
            _text(a.get("name"), 200) for a in authors if isinstance(a, dict) and a.get("name")
        )
        content = str(item.get("content_html") or "")
        if not content and item.get("content_text"):
            content = _paragraphs_html(str(item["content_text"]))
        entries.append(FeedEntry(
            key=ident, link=link, title=_text(item.get("title")), author=author[:300],
            published=_date(item.get("date_published") or item.get("date_modified"), None),
            content=content, summary=_paragraphs_html(str(item.get("summary") or "")),
            language=_text(item.get("language"), 20),
        ))
    return ParsedFeed(_text(doc.get("title")), home, _text(doc.get("language"), 20), None,
                      entries, "json")


def _paragraphs_html(text: str) -> str:
    from html import escape

    return "".join(f"<p>{escape(p.strip())}</p>" for p in text.split("\n\n") if p.strip())


def _looks_json(data: bytes) -> bool:
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"{") and b"jsonfeed.org" in data[:4096]


def parse_feed(data: bytes, url: str) -> ParsedFeed:
    """The feed in ``data`` (fetched from ``url``, against which relative links resolve), or
    ImportFailed: not a feed, entity declarations, unreadable."""
    if _looks_json(data):
        return _json_feed(data, url)
    if _ENTITY.search(data[:65536]):
        raise ImportFailed(M.FEED_ENTITIES)
    import feedparser

    try:
        parsed = feedparser.parse(data, response_headers={"content-location": url})
    except (RecursionError, MemoryError, ValueError) as exc:
        raise ImportFailed(M.FEED_UNREADABLE, detail=type(exc).__name__) from None
    if not parsed.get("version"):
        raise ImportFailed(M.NOT_A_FEED)
    channel: Any = parsed.feed
    ttl = _minutes(channel.get("ttl"))
    period = _PERIODS.get(str(channel.get("sy_updateperiod", "")).strip().lower())
    if period:
        frequency = _minutes(channel.get("sy_updatefrequency")) or 1
        ttl = max(ttl or 0, period // frequency)
    entries = []
    for item in parsed.entries[:MAX_ENTRIES]:
        link = safe_link(str(item.get("link") or ""), url)
        key = _text(item.get("id"), 2000) or link or _text(item.get("title"), 2000)
        if not key:
            continue
        content = ""
        for part in item.get("content") or []:
            if "html" in str(part.get("type", "")) or not content:
                content = str(part.get("value") or "")
        summary = str(item.get("summary") or "")
        if summary and summary == content:
            summary = ""
        entries.append(FeedEntry(
            key=key, link=link, title=_text(item.get("title")),
            author=_text(item.get("author"), 300),
            published=_date(item.get("published") or item.get("updated"),
                            item.get("published_parsed") or item.get("updated_parsed")),
            content=content, summary=summary, language=_text(item.get("language"), 20),
        ))
    site = safe_link(str(channel.get("link") or ""), url)
    return ParsedFeed(_text(channel.get("title")), site, _text(channel.get("language"), 20),
                      ttl, entries, str(parsed.get("version")))


def feed_links(html: str, base: str) -> list[str]:
    """The feeds a page names in ``<link rel="alternate" type="application/rss+xml">`` (and
    Atom, JSON Feed), resolved against the page's address, in the page's order."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    found: list[str] = []
    for link in tree.xpath("//link[@href]"):
        rel = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES:
            href = safe_link(link.get("href", ""), base)
            if href.startswith(("http://", "https://")) and href not in found:
                found.append(href)
    return found


def looks_like_page(data: bytes, content_type: str) -> bool:
    head = data[:2048].lstrip().lower()
    return "html" in content_type or head.startswith((b"<!doctype html", b"<html"))
