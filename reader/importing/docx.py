"""Word documents (DOCX, transitional and strict): headings by their styles, paragraphs in the
direction the document sets for each, lists, quotes, links and pictures; read with the limits
of packages.py."""

from __future__ import annotations

import posixpath
import re

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.packages import Zip, local_name, read_xml, text_of
from reader.importing.pictures import Resources, keep_picture
from reader.text.dates import parse_date

_DC = "{http://purl.org/dc/elements/1.1/}"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


# Strict Office Open XML (ISO/IEC 29500 Strict, "Strict Open XML Document" in Word's Save As)
# names the same elements in other namespaces: read as the transitional ones.
_STRICT = (
    (b"http://purl.oclc.org/ooxml/wordprocessingml/main", _W[1:-1].encode()),
    (b"http://purl.oclc.org/ooxml/officeDocument/relationships", _R[1:-1].encode()),
    (b"http://purl.oclc.org/ooxml/drawingml/main", _A[1:-1].encode()),
)


def _transitional(data: bytes | None) -> bytes | None:
    if data is None or b"http://purl.oclc.org/ooxml/" not in data:
        return data
    for strict, transitional in _STRICT:
        data = data.replace(strict, transitional)
    return data


def _style_level(style: str) -> tuple[str, int]:
    """(block kind, level) a paragraph style names: Title, Heading 1-6, Quote, Code."""
    lowered = style.lower().replace(" ", "")
    if lowered in ("title",):
        return "title", 0
    if match := re.fullmatch(r"heading([1-6])", lowered):
        return "heading", int(match.group(1))
    if lowered in ("quote", "intensequote", "blocktext"):
        return "quote", 0
    if lowered in ("htmlpreformatted", "code", "sourcecode"):
        return "preformatted", 0
    return "paragraph", 0


def parse_docx(data: bytes, name: str = "") -> ParsedArticle:
    """A Word document: headings by their styles, paragraphs in the direction the document
    sets for each (right-to-left where Word marks it so), lists, quotes and pictures."""
    package = Zip(data)
    document = _transitional(package.read("word/document.xml"))
    if document is None:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no word/document.xml")
    rels_bytes = package.read("word/_rels/document.xml.rels")
    targets = {}
    if rels_bytes is not None:
        for rel in read_xml(rels_bytes).iter(f"{_REL}Relationship"):
            targets[rel.get("Id")] = rel.get("Target") or ""
    from reader.importing.links import safe_link
    styles_bytes = _transitional(package.read("word/styles.xml"))
    style_names = {}
    if styles_bytes is not None:
        for style in read_xml(styles_bytes).iter(f"{_W}style"):
            name_element = style.find(f"{_W}name")
            if name_element is not None:
                style_names[style.get(f"{_W}styleId")] = name_element.get(f"{_W}val") or ""
    images: Resources = {}
    blocks: list[Block] = []
    title = ""
    body = read_xml(document).find(f"{_W}body")
    for paragraph in body.iter(f"{_W}p") if body is not None else []:
        properties = paragraph.find(f"{_W}pPr")
        style = ""
        direction = ""
        numbered = None
        if properties is not None:
            style_element = properties.find(f"{_W}pStyle")
            if style_element is not None:
                style_id = style_element.get(f"{_W}val") or ""
                style = style_names.get(style_id, style_id)
            bidi = properties.find(f"{_W}bidi")
            if bidi is not None:
                direction = "ltr" if bidi.get(f"{_W}val") in ("0", "false") else "rtl"
            numbered = properties.find(f"{_W}numPr")
        parts = []
        links = []
        for hyperlink in paragraph.iter(f"{_W}hyperlink"):
            href = safe_link(targets.get(hyperlink.get(f"{_R}id"), ""))
            words = " ".join("".join(t.text or "" for t in hyperlink.iter(f"{_W}t")).split())
            if href and words:
                links.append((words, href))
        for node in paragraph.iter():
            tag = local_name(node.tag)
            if tag == "t" and node.text:
                parts.append(node.text)
            elif tag == "tab":
                parts.append(" ")
            elif tag in ("br", "cr"):
                parts.append("\n")
            elif tag == "blip":
                target = targets.get(node.get(f"{_R}embed"), "")
                path = posixpath.normpath(posixpath.join("word", target))
                stored = keep_picture(images, package.read(path) if target else None)
                if stored:
                    blocks.append(Block("image", "", image=stored))
        text = " ".join("".join(parts).split())
        if not text:
            continue
        kind, level = _style_level(style)
        if kind == "title":
            if not title:
                title = text
                continue
            kind, level = "heading", 1
        if numbered is not None and kind == "paragraph":
            depth = numbered.find(f"{_W}ilvl")
            level = int(depth.get(f"{_W}val") or 0) + 1 if depth is not None else 1
            blocks.append(Block("list_item", text, level=min(level, 6), direction=direction,
                                links=links))
            continue
        blocks.append(Block(kind, text, level=level, direction=direction, links=links))
    core = package.read("docProps/core.xml")
    author = published = None
    if core is not None:
        root = read_xml(core)
        core_title = next((text_of(e) for e in root.iter(f"{_DC}title")), "")
        title = title or core_title
        author = next((text_of(e) for e in root.iter(f"{_DC}creator")), "")
        created = next(
            (text_of(e) for e in root.iter("{http://purl.org/dc/terms/}created")), ""
        )
        published = parse_date(created) if created else None
    if not title:
        first = next((b for b in blocks if b.kind == "heading"), None)
        if first is not None:
            title = first.text
            blocks.remove(first)
    if not any(b.text for b in blocks if b.kind != "image"):
        raise ImportFailed(M.NO_PAGE_TEXT)
    if not title:
        title = next(b.text for b in blocks if b.text)[:120]
    return ParsedArticle(
        title=title or name, blocks=blocks, format="docx", author=author or "",
        published=published, images=images,
    )
