"""Articles that come packed: web archives (MHTML, Safari .webarchive), e-books (EPUB) and
Word documents (DOCX, read in docx.py).

Each is unpacked with the standard library (email, plistlib, zipfile) and read with lxml,
which Qari already uses for saved pages. The libraries made for these formats were weighed:
python-docx and ebooklib read what is needed here, but ebooklib is AGPL and both would add a
dependency to read a few XML files. Whatever a package holds is read with limits (members,
sizes, no external entities, no network): a hostile file costs itself, never the import.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

from lxml import etree

from reader import messages as M
from reader.importing.decoding import decode
from reader.importing.docx import parse_docx
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.packages import Zip, local_name, read_xml, text_of
from reader.importing.pictures import MAX_PICTURE_BYTES as MAX_IMAGE_BYTES
from reader.importing.pictures import Resources, keep_picture
from reader.text.dates import parse_date

ByteParser = Callable[[bytes, str], ParsedArticle]


def sniff_package(data: bytes, name: str) -> tuple[str, ByteParser] | None:
    """(format, parser) for a packed article, judged by its bytes (the name breaks ties)."""
    lowered = name.lower()
    head = data[:4096]
    if head.startswith(b"PK\x03\x04"):
        if b"mimetypeapplication/epub+zip" in head[:100] or lowered.endswith(".epub"):
            return "epub", parse_epub
        if b"word/" in data[:200_000] or lowered.endswith(".docx"):
            return "docx", parse_docx
        return None
    if head.startswith(b"bplist00") and (b"WebMainResource" in data or
                                          lowered.endswith(".webarchive")):
        return "webarchive", parse_webarchive
    lowered_head = head.lower()
    if (b"mime-version:" in lowered_head and b"multipart/related" in lowered_head) or (
        lowered.endswith((".mht", ".mhtml")) and b"content-type:" in lowered_head
    ):
        return "mhtml", parse_mhtml
    return None


# -- web archives ---------------------------------------------------------------------------


def _html_article(html: str, page_url: str, resources: Resources, fmt: str) -> ParsedArticle:
    from reader.importing.html_page import parse_html

    article = parse_html(html, None, "", resources=resources, page_url=page_url)
    article.format = fmt
    article.source = article.source or page_url
    return article


def parse_mhtml(data: bytes, name: str = "") -> ParsedArticle:
    """A page saved "as a single file" by Chrome or Edge: a MIME message whose first HTML part
    is the page and whose other parts are its pictures, each named by its address."""
    import email
    from email import policy

    try:
        message = email.message_from_bytes(data, policy=policy.default)
    except (ValueError, TypeError, IndexError) as exc:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail=str(exc)) from None
    page_url = str(message.get("Snapshot-Content-Location", "") or "")
    html = ""
    resources: Resources = {}
    for part in message.walk():
        if part.is_multipart():
            continue
        kind = part.get_content_type()
        location = str(part.get("Content-Location", "") or "")
        if kind == "text/html" and not html:
            # Chrome and Edge ("Saved by Blink") give the page's part no charset: its bytes
            # are decoded by the part's charset, else the page's own <meta>, else as any
            # file is (email's default, ASCII, would turn every Arabic letter into U+FFFD).
            raw = part.get_payload(decode=True)
            if isinstance(raw, bytes) and raw.strip():
                try:
                    html = decode(raw, part.get_content_charset())[0]
                except ImportFailed:
                    continue
                page_url = page_url or location
            continue
        try:
            content = part.get_content()
        except (LookupError, ValueError, AssertionError, KeyError):
            continue
        if kind.startswith("image/") and isinstance(content, bytes) and location:
            if len(content) <= MAX_IMAGE_BYTES:
                resources[location] = (content, kind)
    if not html.strip():
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no page inside")
    return _html_article(html, page_url, resources, "mhtml")


def parse_webarchive(data: bytes, name: str = "") -> ParsedArticle:
    """A page saved by Safari: a property list with the page and its pictures."""
    import plistlib

    try:
        archive = plistlib.loads(data)
    except (plistlib.InvalidFileException, ValueError, TypeError, OverflowError) as exc:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail=str(exc)) from None
    main = archive.get("WebMainResource") if isinstance(archive, dict) else None
    if not isinstance(main, dict) or not isinstance(main.get("WebResourceData"), bytes):
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no page inside")
    encoding = str(main.get("WebResourceTextEncodingName") or "utf-8")
    try:
        html = main["WebResourceData"].decode(encoding, errors="replace")
    except LookupError:
        html = main["WebResourceData"].decode("utf-8", errors="replace")
    resources: Resources = {}
    for resource in archive.get("WebSubresources") or []:
        if not isinstance(resource, dict):
            continue
        url, body = resource.get("WebResourceURL"), resource.get("WebResourceData")
        kind = str(resource.get("WebResourceMIMEType") or "")
        if isinstance(url, str) and isinstance(body, bytes) and kind.startswith("image/"):
            if len(body) <= MAX_IMAGE_BYTES:
                resources[url] = (body, kind)
    return _html_article(html, str(main.get("WebResourceURL") or ""), resources, "webarchive")


# -- XHTML (e-book chapters) ----------------------------------------------------------------

_XHTML = "{http://www.w3.org/1999/xhtml}"
_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def _links_in(element: etree._Element, text: str) -> list[tuple[str, str]]:
    """The element's links a reader may follow (http, https, mailto), by their words."""
    from reader.importing.links import safe_link

    found = []
    for anchor in element.iter():
        if local_name(anchor.tag) == "a" and anchor.get("href"):
            words, href = text_of(anchor), safe_link(anchor.get("href", ""))
            if words and href and words in text:
                found.append((words, href))
    return found


class _XhtmlBlocks:
    """Blocks from a chapter's XHTML: headings, paragraphs, quotes, lists, code, pictures."""

    def __init__(self, picture: Callable[[str], tuple[str, str] | None]) -> None:
        self.blocks: list[Block] = []
        self.picture = picture  # src -> (stored name, alt) or None

    def walk(self, element: etree._Element, depth: int = 0, quote: bool = False) -> None:
        for child in element:
            tag = local_name(child.tag)
            direction = (child.get("dir") or "").lower()
            direction = direction if direction in ("rtl", "ltr") else ""
            if tag in _HEADINGS:
                if text := text_of(child):
                    self.blocks.append(Block("heading", text, level=_HEADINGS[tag],
                                             direction=direction))
            elif tag in ("p", "dt", "dd", "figcaption", "caption"):
                self._pictures(child)
                if text := text_of(child):
                    kind = "quote" if quote else "paragraph"
                    self.blocks.append(
                        Block(kind, text, direction=direction, links=_links_in(child, text))
                    )
            elif tag == "blockquote":
                self.walk(child, depth, quote=True)
                if not any(local_name(c.tag) in ("p", "div") for c in child) and text_of(child):
                    self.blocks.append(Block("quote", text_of(child), direction=direction))
            elif tag in ("ul", "ol"):
                for item in child:
                    if local_name(item.tag) != "li":
                        continue
                    nested = [c for c in item if local_name(c.tag) in ("ul", "ol")]
                    for sub in nested:
                        item.remove(sub)
                    if text := text_of(item):
                        self.blocks.append(Block(
                            "list_item", text, level=depth + 1, ordered=tag == "ol",
                            direction=direction, links=_links_in(item, text),
                        ))
                    for sub in nested:
                        wrapper = etree.Element("div")
                        wrapper.append(sub)
                        self.walk(wrapper, depth + 1)
            elif tag == "pre":
                if text := "".join(child.itertext()).strip("\n"):
                    self.blocks.append(Block("preformatted", text))
            elif tag == "img":
                self._picture(child)
            elif tag in ("script", "style", "head", "nav"):
                continue
            else:
                self.walk(child, depth, quote)
                tail_words = (child.tail or "").strip()
                if tail_words and tag in ("div", "section", "body"):
                    self.blocks.append(Block("paragraph", " ".join(tail_words.split())))

    def _pictures(self, element: etree._Element) -> None:
        for image in element.iter():
            if local_name(image.tag) in ("img", "image"):
                self._picture(image)

    def _picture(self, element: etree._Element) -> None:
        src = element.get("src") or element.get("{http://www.w3.org/1999/xlink}href") or ""
        found = self.picture(src) if src else None
        alt = " ".join((element.get("alt") or "").split())
        if found:
            self.blocks.append(Block("image", alt, image=found[0]))
        elif alt:
            self.blocks.append(Block("image", alt))


# -- EPUB -----------------------------------------------------------------------------------

_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"


def parse_epub(data: bytes, name: str = "") -> ParsedArticle:
    """An EPUB becomes one article: its metadata, then its chapters in reading order, each
    chapter's own headings kept."""
    package = Zip(data)
    container = package.read("META-INF/container.xml")
    if container is None:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no META-INF/container.xml")
    rootfile = next(
        (e.get("full-path") for e in read_xml(container).iter()
         if local_name(e.tag) == "rootfile"), None
    )
    opf_bytes = package.read(rootfile or "")
    if not rootfile or opf_bytes is None:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no package document")
    opf = read_xml(opf_bytes)
    folder = posixpath.dirname(rootfile)

    def meta(tag: str) -> str:
        found = next((e for e in opf.iter(f"{_DC}{tag}")), None)
        return text_of(found) if found is not None else ""

    manifest = {
        item.get("id"): (item.get("href") or "", item.get("media-type") or "")
        for item in opf.iter(f"{_OPF}item")
    }
    # The spine's page-progression-direction is how pages turn, not the text's direction
    # (an English book may turn right to left): each paragraph's direction comes from its
    # own letters, and the article's from all of them.
    spine_element = next(opf.iter(f"{_OPF}spine"), None)
    spine = [
        manifest.get(ref.get("idref"), ("", ""))
        for ref in (spine_element.iter(f"{_OPF}itemref") if spine_element is not None else [])
    ]
    images: Resources = {}

    def picture_in(chapter: str) -> Callable[[str], tuple[str, str] | None]:
        def picture(src: str) -> tuple[str, str] | None:
            if urlsplit(src).scheme:
                return None  # only what the book holds
            path = posixpath.normpath(posixpath.join(posixpath.dirname(chapter), unquote(src)))
            stored = keep_picture(images, package.read(path))
            return (stored, "") if stored else None
        return picture

    contents = _contents(package, opf, manifest, folder)
    blocks: list[Block] = []
    for href, media in spine:
        if "html" not in media:
            continue
        chapter = posixpath.normpath(posixpath.join(folder, unquote(href)))
        body = package.read(chapter)
        if body is None:
            continue
        root = read_xml(body)
        found = next((e for e in root.iter() if local_name(e.tag) == "body"), root)
        reader = _XhtmlBlocks(picture_in(chapter))
        reader.walk(found)
        named = contents.get(chapter)
        if named and not (reader.blocks and reader.blocks[0].kind == "heading"):
            # A chapter with no heading of its own takes its name in the book's contents.
            reader.blocks.insert(0, Block("heading", named, level=1))
        blocks += reader.blocks
    title = meta("title")
    if not title:
        title = next((b.text for b in blocks if b.kind == "heading"), "")
    if blocks and blocks[0].kind == "heading" and blocks[0].text == title:
        blocks = blocks[1:]
    if not any(b.text for b in blocks if b.kind != "image"):
        raise ImportFailed(M.NO_PAGE_TEXT)
    return ParsedArticle(
        title=title or name, blocks=blocks, format="epub", author=meta("creator"),
        site=meta("publisher"), published=parse_date(meta("date")),
        language=meta("language").split("-")[0].lower()[:8],
        images=images,
    )


def _contents(
    package: Zip, opf: etree._Element, manifest: dict, folder: str
) -> dict[str, str]:
    """Chapter file -> its name in the book's table of contents (EPUB 3's nav document, or
    EPUB 2's NCX)."""
    names: dict[str, str] = {}
    nav = next((href for href, media in manifest.values() if "ncx" in media), None)
    for item in opf.iter(f"{_OPF}item"):
        if "nav" in (item.get("properties") or "").split():
            nav = item.get("href")
    if not nav:
        return names
    path = posixpath.normpath(posixpath.join(folder, unquote(nav)))
    data = package.read(path)
    if data is None:
        return names
    root = read_xml(data)
    base = posixpath.dirname(path)
    for element in root.iter():
        tag = local_name(element.tag)
        if tag == "a" and element.get("href"):  # nav.xhtml
            target, text = element.get("href"), text_of(element)
        elif tag == "navpoint":  # toc.ncx
            label = next((e for e in element.iter() if local_name(e.tag) == "text"), None)
            content = next((e for e in element.iter() if local_name(e.tag) == "content"), None)
            if label is None or content is None:
                continue
            target, text = content.get("src") or "", text_of(label)
        else:
            continue
        file = posixpath.normpath(posixpath.join(base, unquote(target.split("#")[0])))
        if text and file not in names:
            names[file] = text
    return names
