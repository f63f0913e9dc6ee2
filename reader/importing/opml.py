"""OPML, the list of subscriptions every feed reader exports and imports: read (outlines of
type rss, nested in folders, whose names become tags) and written."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reader import messages as M
from reader.importing.links import safe_link
from reader.importing.model import ImportFailed

MAX_OUTLINES = 10_000


@dataclass
class Subscription:
    url: str
    title: str = ""
    site_url: str = ""
    tag: str = ""  # the folder it was filed under


def read_opml(data: bytes) -> list[Subscription]:
    """Every feed in an OPML file, once, in order. Entities are not expanded and nothing is
    fetched (no DTD, no network)."""
    from lxml import etree

    if b"<!ENTITY" in data[:65536].upper():
        raise ImportFailed(M.FEED_ENTITIES)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, recover=True)
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise ImportFailed(M.OPML_UNREADABLE, detail=str(exc)[:200]) from None
    if root is None or not isinstance(root.tag, str) or root.tag.lower() != "opml":
        raise ImportFailed(M.OPML_UNREADABLE, detail="no <opml> element")
    found: dict[str, Subscription] = {}
    for outline in root.iter("outline"):
        url = safe_link(outline.get("xmlUrl") or outline.get("xmlurl") or "")
        if not url.startswith(("http://", "https://")) or url in found:
            continue
        parent = outline.getparent()
        folder = ""
        if parent is not None and parent.tag == "outline" and not parent.get("xmlUrl"):
            folder = parent.get("text") or parent.get("title") or ""
        found[url] = Subscription(
            url, " ".join((outline.get("title") or outline.get("text") or "").split())[:1000],
            safe_link(outline.get("htmlUrl") or ""), " ".join(folder.split())[:200],
        )
        if len(found) >= MAX_OUTLINES:
            break
    return list(found.values())


def _xml(text: str) -> str:
    """Text XML 1.0 can hold: a title with a control character would make lxml refuse."""
    return "".join(c for c in text if c in "\t\n\r" or (" " <= c <= "\ud7ff")
                   or ("\ue000" <= c <= "\ufffd") or c >= "\U00010000")


def write_opml(subscriptions: list[Subscription], now: datetime) -> bytes:
    """OPML 2.0: a folder outline per tag, the rest at the top."""
    from email.utils import format_datetime

    from lxml import etree

    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = "Qari subscriptions"
    etree.SubElement(head, "dateCreated").text = format_datetime(now)
    body = etree.SubElement(root, "body")
    folders: dict[str, etree._Element] = {}
    for sub in subscriptions:
        parent = body
        if sub.tag:
            if sub.tag not in folders:
                folders[sub.tag] = etree.SubElement(body, "outline", text=_xml(sub.tag))
            parent = folders[sub.tag]
        title = _xml(sub.title)
        attrs = {"type": "rss", "text": title or sub.url, "xmlUrl": _xml(sub.url)}
        if title:
            attrs["title"] = title
        if sub.site_url:
            attrs["htmlUrl"] = _xml(sub.site_url)
        etree.SubElement(parent, "outline", **attrs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True)
