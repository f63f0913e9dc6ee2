"""Saved HTML and XHTML pages: the main content without navigation or ads, plus metadata.

Main-content extraction is trafilatura's (the best-measured extractor on news pages). Images are
taken only from disk next to the saved page (a ``NAME_files/`` folder or relative paths); nothing
is ever fetched from the network.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from lxml import etree
from lxml import html as lxml_html

from reader import messages as M
from reader.importing import page_dates
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.pictures import MAX_PICTURE_BYTES as MAX_IMAGE_BYTES
from reader.importing.pictures import SUFFIXES, data_uri, keep_picture, resource_for

if TYPE_CHECKING:
    pass

MIN_WORDS = 5  # fewer words than this in all a page keeps is not an article
_HEAD = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<!doctype\s+html|<html[\s>]", re.I | re.S
)


def looks_like_html(text: str, name: str = "") -> bool:
    head = text[:4096]
    if _HEAD.search(head):
        return True
    lowered = head.lower()
    if name.lower().endswith((".html", ".htm", ".xhtml", ".xht")):
        return "<" in lowered and ">" in lowered
    return "<body" in lowered and "</" in lowered


def _declared(tree: etree._Element) -> tuple[str, str]:
    """(language, direction) as the page declares them, innermost container winning."""
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    direction = ""
    for element in [tree, *tree.xpath("//body|//main|//article|//*[@role='main']")[:4]]:
        value = (element.get("dir") or "").strip().lower()
        if value in ("rtl", "ltr"):
            direction = value
        lang = element.get("lang") or lang
    if not lang:
        meta = tree.xpath("//meta[@http-equiv and @content]")
        for element in meta:
            if element.get("http-equiv", "").lower() == "content-language":
                lang = element.get("content", "")
    return lang.split("-")[0].split("_")[0].lower()[:8], direction


_META_TITLES = (
    "dc:title", "dcterm:title", "og:title", "weibo:article:title", "weibo:webpage:title",
    "title", "twitter:title", "parsely-title",
)
_SEPARATOR = re.compile(r" [|\-\\/>»] ")
_HIERARCHICAL = re.compile(r" [\\/>»] ")


def _words(text: str) -> int:
    return len(text.split())


@dataclass
class _Facts:
    """What a page states about itself, read once: its meta tags (by lowercased name,
    property or itemprop; the first of each) and its JSON-LD (the raw scripts, and their
    items with @graph flattened)."""

    metas: dict[str, str]
    scripts: list[str]
    items: list[dict]


def _facts(tree: etree._Element) -> _Facts:
    metas: dict[str, str] = {}
    for element in tree.xpath("//meta[@content]"):
        for key in ("property", "name", "itemprop"):
            for name in (element.get(key) or "").lower().split():
                metas.setdefault(name, " ".join(element.get("content", "").split()))
    scripts, items = [], []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        script = script.strip()
        if script.startswith("<![CDATA["):
            script = script[9:].removesuffix("]]>")
        scripts.append(script)
        try:
            data = json.loads(script)
        except (ValueError, RecursionError):
            continue
        found = data if isinstance(data, list) else [data]
        found += [i for d in found if isinstance(d, dict) for i in d.get("@graph", []) or []]
        items += [i for i in found if isinstance(i, dict)]
    return _Facts(metas, scripts, items)


def _jsonld_headline(tree: etree._Element, facts: _Facts) -> str:
    for item in facts.items:
        kind = item.get("@type", "")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(str(k).endswith("Article") for k in kinds):
            site_names = _site_names(facts, item)
            names = [v.strip() for v in (item.get("headline"), item.get("name"))
                     if isinstance(v, str) and v.strip() and v.strip() not in site_names]
            if len(names) == 2 and names[0] != names[1]:
                # Some sites put a subtitle in "headline": keep the one the page's <title>
                # agrees with (Readability does the same).
                page_title = "".join(tree.xpath("//title[1]//text()"))
                return next((n for n in names if n in page_title), names[0])
            if names:
                return names[0]
    return ""


def _site_names(facts: _Facts, item: dict) -> set[str]:
    """Names the site goes by: og:site_name, and the JSON-LD item's publisher."""
    names = {facts.metas.get("og:site_name", "")}
    publisher = item.get("publisher")
    if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
        names.add(publisher["name"].strip())
    return {n for n in names if n}


def _document_title(tree: etree._Element) -> str:
    """The <title> with the site's name cut off, as Mozilla Readability does it."""
    # The document's own <title>, never an inline SVG icon's (a webarchive's title ran on
    # into "Close" and "Search" from the icons).
    original = " ".join(
        "".join(tree.xpath("(//title[not(ancestor::svg)])[1]//text()")).split()
    )
    current = original
    hierarchical = False
    if _SEPARATOR.search(current):
        hierarchical = bool(_HIERARCHICAL.search(current))
        current = _SEPARATOR.split(original)
        current = " - ".join(current[:-1]) if len(current) > 1 else original
        if _words(current) < 3:
            current = _SEPARATOR.split(original, maxsplit=1)[-1]
    elif ": " in current:
        headings = {" ".join(h.text_content().split()) for h in tree.xpath("//h1|//h2")}
        if current not in headings:
            current = original[original.rfind(":") + 1:].strip()
            if _words(current) < 3:
                current = original[original.find(":") + 1:].strip()
            elif _words(original[: original.find(":")]) > 5:
                current = original
    elif len(current) > 150 or len(current) < 15:
        h1s = tree.xpath("//h1")
        if len(h1s) == 1:
            current = " ".join(h1s[0].text_content().split())
    current = current.strip()
    if _words(current) <= 4 and (
        not hierarchical or _words(current) != _words(_SEPARATOR.sub(" ", original)) - 1
    ):
        current = original
    return current


def _page_title(tree: etree._Element, facts: _Facts) -> str:
    """The article's headline: structured data and meta tags first, then the document title."""
    headline = _jsonld_headline(tree, facts)
    if headline:
        return " ".join(html_lib.unescape(headline).split())
    for name in _META_TITLES:
        if facts.metas.get(name):
            return " ".join(html_lib.unescape(facts.metas[name]).split())
    found = _document_title(tree)
    if not found:  # a copied fragment has no <title>: its first heading is the headline
        heading = next((h for h in tree.xpath("//h1|//h2") if h.text_content().strip()), None)
        found = " ".join(heading.text_content().split()) if heading is not None else ""
    return found


_TIME_ONLY = re.compile(r"^[\d\s:./\-–—|•·,،٠-٩]*(?:[AaPp][Mm]|ص|م)?[\d\s:./\-–—|•·,،٠-٩]*$")
# Lines of a news site's furniture that stand alone in a paragraph: print, share, "read also",
# latest-news tickers' headings.
_CLUTTER = frozenset({
    "نسخة للطباعة", "طباعة", "اطبع", "شارك", "مشاركة", "شارك الخبر", "تابعونا", "تابعنا",
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "إقرأ المزيد",
    "الأكثر قراءة", "الأكثر مشاهدة", "آخر الأخبار", "أخبار ذات صلة", "مواضيع ذات صلة",
    "أخبار متعلقة", "اضغط هنا", "المزيد", "عاجل", "print", "share", "read more",
    "related articles", "read also", "latest news", "most read",
})


def _clutter(block: Block) -> bool:
    """A paragraph that is not the article's: a time or a number alone, a print or share
    link, a ticker's heading."""
    if block.kind not in ("paragraph", "heading"):
        return False
    text = block.text.strip()
    if len(text) <= 40 and _TIME_ONLY.match(text):
        return True
    return text.strip(" :.-–—|»«").lower() in _CLUTTER


def _loose_text(tree: etree._Element) -> list[Block]:
    """The lines of the page's main container (or body) as paragraphs: what a reader sees
    where a page sets its text loose, between line breaks, outside any paragraph."""
    containers = tree.xpath("//main|//article") or tree.xpath("//body") or [tree]
    root = containers[0]
    for junk in root.xpath(".//script|.//style|.//nav|.//header|.//footer|.//noscript"):
        junk.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        if element.tag in ("br", "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr"):
            element.tail = "\n" + (element.tail or "")
            if element.tag != "br":
                element.text = "\n" + (element.text or "")
    lines = [" ".join(line.split()) for line in root.text_content().split("\n")]
    blocks = [Block("paragraph", line) for line in lines if len(line.split()) >= 3]
    return [b for b in blocks if not _clutter(b)]


def _without_site(title: str, site: str, facts: _Facts) -> str:
    """The headline without the site's name a title tag or og:title adds ("… - اليوم السابع")."""
    names = {site.strip(), facts.metas.get("og:site_name", ""),
             facts.metas.get("application-name", "")}
    for name in sorted((n for n in names if n), key=len, reverse=True):
        for separator in (" - ", " | ", " – ", " — ", " :: ", " « ", " » "):
            if title.endswith(separator + name) and len(title) > len(name) + 10:
                return title[: -len(separator + name)].strip()
            if title.startswith(name + separator) and len(title) > len(name) + 10:
                return title[len(name + separator):].strip()
    return title


@dataclass
class _Meta:
    site: str = ""
    author: str = ""
    url: str = ""


def _person(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return str(value.get("name") or "")
    if isinstance(value, list):
        return ", ".join(n for n in (_person(v) for v in value[:5]) if n)
    return ""


def _metadata(tree: etree._Element, facts: _Facts) -> _Meta:
    """The site's name, the author and the page's address, as the page states them."""
    metas = facts.metas
    articles = [i for i in facts.items if "Article" in str(i.get("@type", ""))]
    url = next((h.strip() for h in tree.xpath("//link[@rel='canonical']/@href") if h.strip()),
               "") or metas.get("og:url", "")
    site = metas.get("og:site_name", "") or metas.get("application-name", "")
    if not site:
        publisher = next((a.get("publisher") for a in articles if a.get("publisher")), None)
        site = _person(publisher)
    if not site and url:
        site = (urlsplit(url).hostname or "").removeprefix("www.")
    author = metas.get("author", "") or metas.get("article:author", "")
    if author.startswith(("http://", "https://")):
        author = ""
    if not author:
        author = next((_person(a.get("author")) for a in articles if a.get("author")), "")
    return _Meta(html_lib.unescape(site)[:300], html_lib.unescape(author)[:300],
                 url if url.startswith(("http://", "https://")) else "")


def _local_image(src: str, base: Path | None, page: str) -> Path | None:
    """The page's own saved copy of an image: only inside ``NAME_files/`` beside the page
    (where browsers save a page's resources), by the relative path the page gives, never in a
    hidden folder, never another page's folder, never guessed from a remote address's name."""
    if not base or not src or not page:
        return None
    parts = urlsplit(src)
    if parts.scheme or parts.netloc:
        return None  # remote, data: or file: addresses are never read
    relative = Path(unquote(parts.path))
    if relative.is_absolute() or any(p.startswith(".") and p not in (".",) for p in relative.parts):
        return None
    own = (base / f"{Path(page).stem}_files").resolve()
    try:
        resolved = (base / relative).resolve()
        if own not in resolved.parents or not resolved.is_file():
            return None
        if resolved.stat().st_size > MAX_IMAGE_BYTES:
            return None
    except OSError:
        return None
    return resolved


class _BlockBuilder:
    def __init__(
        self, base: Path | None, page: str = "",
        resources: dict[str, tuple[bytes, str]] | None = None, page_url: str = "",
    ) -> None:
        self.base = base
        self.page = page
        self.resources = resources or {}
        self.page_url = page_url
        self.blocks: list[Block] = []
        self.images: dict[str, tuple[bytes, str]] = {}

    @staticmethod
    def _segments(element: etree._Element) -> list[str]:
        """Text of an element, split where the extractor marked line breaks."""
        parts: list[str] = [element.text or ""]
        for child in element:
            if child.tag == "lb":
                parts.append("\n")
            elif isinstance(child.tag, str) and child.tag not in ("graphic",):
                parts.append("".join(child.itertext()))
            parts.append(child.tail or "")
        return [" ".join(s.split()) for s in "".join(parts).split("\n") if s.strip()]

    def add(self, element: etree._Element, depth: int = 0, ordered: bool = False) -> None:
        tag = element.tag
        if not isinstance(tag, str):
            return  # a comment or processing instruction the page left inside the text
        if tag == "head":
            rend = element.get("rend", "h2")
            level = int(rend[1]) if re.fullmatch(r"h[1-6]", rend) else 2
            text = " ".join("".join(element.itertext()).split())
            if text:
                self.blocks.append(Block("heading", text, level=level))
        elif tag == "p":
            for graphic in element.iter("graphic"):
                self.add(graphic)
            self.blocks.extend(self._linked(Block("paragraph", s), element)
                               for s in self._segments(element))
        elif tag == "quote":
            segments = [s for p in (element.findall("p") or [element]) for s in self._segments(p)]
            self.blocks.extend(self._linked(Block("quote", s), element) for s in segments)
        elif tag == "code":
            text = "".join(element.itertext()).strip("\n")
            if text.strip():
                self.blocks.append(Block("preformatted", text))
        elif tag == "list":
            numbered = element.get("rend", "") == "ol"
            for item in element.findall("item"):
                nested = item.findall("list")
                for sub in nested:
                    item.remove(sub)
                text = " ".join("".join(item.itertext()).split())
                if text:
                    self.blocks.append(self._linked(
                        Block("list_item", text, level=depth + 1, ordered=numbered), item
                    ))
                for sub in nested:
                    self.add(sub, depth + 1)
        elif tag == "table":
            for row in element.iter("row"):
                cells = [" ".join("".join(c.itertext()).split()) for c in row.findall("cell")]
                text = " | ".join(c for c in cells if c)
                if text:
                    self.blocks.append(Block("paragraph", text))
        elif tag == "graphic":
            self._image(element.get("src", ""), element.get("alt", "") or element.get("title", ""))
        else:
            for child in element:
                self.add(child, depth)

    def _linked(self, block: Block, element: etree._Element) -> Block:
        """The block with the links of its element whose words it holds."""
        from reader.importing.links import safe_link

        for ref in element.iter("ref"):
            words = " ".join("".join(ref.itertext()).split())
            href = safe_link(ref.get("target", ""), self.page_url)
            if words and href and words in block.text:
                block.links.append((words, href))
        return block

    def _image(self, src: str, alt: str) -> None:

        # A picture the page carries itself (a data: address, as SingleFile saves) or that
        # its archive holds (MHTML, .webarchive): kept, as a copy beside a saved page is.
        held = resource_for(src, self.page_url, self.resources) if src else None
        data = held[0] if held is not None else None
        path = _local_image(src, self.base, self.page) if held is None else None
        if path is not None:
            try:
                data = path.read_bytes()
            except OSError:
                data = None
        name = keep_picture(self.images, data) or ""
        if name or alt.strip():
            self.blocks.append(Block("image", " ".join(alt.split()), image=name))


def _inline_pictures(tree: etree._Element, resources: dict[str, tuple[bytes, str]]) -> None:
    """Pictures a page carries in ``data:`` addresses (SingleFile saves every one so): each
    given a name the extractor keeps, and held with the page's other resources."""

    for number, image in enumerate(tree.xpath('//img[starts-with(@src, "data:")]')):
        held = data_uri(image.get("src", ""))
        if held is None:
            image.attrib.pop("src", None)
            continue
        name = f"qari-inline-{number}{SUFFIXES[held[1]]}"
        resources[name] = held
        image.set("src", name)


def parse_html(
    text: str, base: Path | None = None, name: str = "", *,
    resources: dict[str, tuple[bytes, str]] | None = None, page_url: str = "",
) -> ParsedArticle:
    # Imported lazily: trafilatura takes most of a second to import and only HTML needs it.
    from trafilatura import bare_extraction

    if text.startswith("<?xml"):
        # lxml refuses str input that carries an encoding declaration.
        text = re.sub(r"^<\?xml[^>]*\?>", "", text, count=1)
    try:
        # Comments dropped while parsing: a comment inside a paragraph (React leaves
        # "<!-- -->" between words) made the extractor lose the text after it. A parser a
        # call: lxml's parsers are not to be shared between threads.
        tree = lxml_html.document_fromstring(
            text, parser=lxml_html.HTMLParser(remove_comments=True)
        )
    except (etree.ParserError, ValueError) as exc:
        raise ImportFailed(M.UNREADABLE_HTML, detail=str(exc)) from None
    resources = dict(resources or {})
    _inline_pictures(tree, resources)
    lang, declared_dir = _declared(tree)
    # The page's own statements (meta tags, JSON-LD, canonical link) before the extractor
    # prunes it: read in a few XPath queries, where trafilatura's metadata pass, which also
    # guesses authors and dates from the text, took a third of the import.
    facts = _facts(tree)
    meta = _metadata(tree, facts)
    title = _page_title(tree, facts)
    # The extractor's tree as it is, not serialised to XML and parsed again (nor given the
    # fingerprint its XML output computes).
    document = bare_extraction(
        tree,
        # Trafilatura's own extractor, without the fallbacks it compares against (justext,
        # readability): on the 88 marked pages of the shared corpus the body's token F1 is
        # the same (0.940 against 0.943), the import a third faster.
        fast=True,
        include_images=True,
        include_tables=True,
        include_comments=False,
        include_links=True,
        with_metadata=False,
        favor_recall=True,
    )
    main = getattr(document, "body", None)
    # Relative links resolve against the page's own address: the archive's, or the one the
    # page names (canonical, og:url).
    address = page_url or meta.url
    builder = _BlockBuilder(base, name, resources, address)
    if main is not None:
        builder.add(main)
    blocks = [b for b in builder.blocks if not _clutter(b)]
    if sum(1 for b in blocks if b.kind != "image") <= 1:
        # Text loose in <body> or <main>, outside any paragraph (old pages, plain exports):
        # the extractor finds nothing in it, or runs its lines into one; the body's own
        # lines are the article.
        loose = _loose_text(tree)
        if len(loose) > 1 or not any(b.kind != "image" for b in blocks):
            blocks = loose
    if blocks and blocks[0].kind == "heading" and (not title or blocks[0].text == title):
        title = title or blocks[0].text
        blocks = blocks[1:]
    if sum(len(b.text.split()) for b in blocks if b.kind != "image") < MIN_WORDS:
        raise ImportFailed(M.NO_PAGE_TEXT)  # a menu, a cookie notice: no article
    if not title:
        title = next(b.text for b in blocks if b.kind != "image")[:120]
    site = meta.site
    title = _without_site(title, site, facts)
    published = page_dates.published(tree, facts.metas, facts.scripts)
    author = meta.author
    return ParsedArticle(
        title=title,
        blocks=blocks,
        format="html",
        author=author,
        site=site,
        source=meta.url,
        published=published,
        language=lang,
        direction=declared_dir,
        images=builder.images,
    )
