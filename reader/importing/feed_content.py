"""A feed entry's own HTML -> an article's blocks, and whether that HTML is the whole article
or a summary that calls for the page itself.

The entry's HTML is already the article's body (no menus, no sidebars), so it is walked as
it is rather than through the page extractor, which judges a short body to be clutter.
Scripts, styles, forms and embedded frames are dropped; nothing it names is fetched (its
pictures stay on their server); relative links resolve against the entry's address.
"""

from __future__ import annotations

import re

from reader.importing.feed_parse import FeedEntry
from reader.importing.links import safe_link
from reader.importing.model import Block, ParsedArticle

# A summary is short, or ends by sending the reader to the page.
FULL_WORDS = 80
_CUT = re.compile(
    r"(\.\.\.|…|\[\s*(…|\.\.\.)\s*\]|read more|continue reading|lire la suite|"
    r"اقرأ المزيد|اقرأ أيضا|إقرأ المزيد|للمزيد|التفاصيل)\W*$",
    re.IGNORECASE,
)
_DROP = ("script", "style", "noscript", "iframe", "object", "embed", "form", "button",
         "select", "textarea", "svg", "math", "template", "head", "nav", "footer")
_BLOCK_TAGS = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "blockquote": "quote", "li": "list_item", "pre": "preformatted",
    "figcaption": "paragraph", "td": "paragraph", "dd": "paragraph", "dt": "paragraph",
}


def _words(blocks: list[Block]) -> int:
    return sum(len(b.text.split()) for b in blocks)


def html_blocks(html: str, base: str) -> list[Block]:
    """Paragraphs, headings, quotes, list items and preformatted text of an HTML fragment,
    each with its links."""
    from lxml import etree
    from lxml import html as lxml_html

    if not html.strip():
        return []
    try:
        root = lxml_html.fragment_fromstring(
            html, create_parent="div", parser=lxml_html.HTMLParser(remove_comments=True)
        )
    except (etree.ParserError, ValueError):
        return []
    for element in root.iter(*_DROP):
        element.drop_tree()
    blocks: list[Block] = []

    def flush(kind: str, texts: list[str], links: list[tuple[str, str]],
              level: int = 0, ordered: bool = False) -> None:
        raw = "".join(texts)
        text = raw.strip("\n") if kind == "preformatted" else " ".join(raw.split())
        if text:
            blocks.append(Block(kind, text, level=level, ordered=ordered,
                                links=[(w, h) for w, h in links if w and w in text]))

    def walk(element: etree._Element, depth: int) -> None:
        # Text that stands loose beside block children (a <div> with text and <p>s, a <br>
        # between lines) becomes paragraphs of its own.
        texts: list[str] = [element.text or ""]
        links: list[tuple[str, str]] = []
        tag = element.tag if isinstance(element.tag, str) else ""
        kind = _BLOCK_TAGS.get(tag, "paragraph")
        level = int(tag[1]) if kind == "heading" else depth
        ordered = element.getparent() is not None and element.getparent().tag == "ol"
        for child in element:
            child_tag = child.tag if isinstance(child.tag, str) else ""
            if child_tag in _BLOCK_TAGS or child_tag in ("ul", "ol", "table", "tr", "tbody"):
                flush(kind, texts, links, level, ordered)
                texts, links = [], []
                walk(child, depth + (1 if child_tag in ("ul", "ol") else 0))
            elif child_tag == "br" and kind != "preformatted":
                flush(kind, texts, links, level, ordered)
                texts, links = [], []
            elif child_tag:
                words = child.text_content()
                texts.append(words)
                for anchor in ([child] if child_tag == "a" else child.iter("a")):
                    href = safe_link(anchor.get("href", ""), base)
                    if href:
                        links.append((" ".join(anchor.text_content().split()), href))
            texts.append(child.tail or "")
        flush(kind, texts, links, level, ordered)

    walk(root, 0)
    return blocks


def is_complete(entry: FeedEntry) -> bool:
    """Whether the entry carries its whole article: long enough, and not cut off with a
    "read more"."""
    if not entry.content:
        return False
    blocks = html_blocks(entry.content, entry.link)
    if not blocks or _words(blocks) < FULL_WORDS:
        return False
    return not _CUT.search(blocks[-1].text)


def entry_article(entry: FeedEntry, site: str, language: str) -> ParsedArticle:
    """The entry as an article from its own HTML: the content, else the summary, else its
    title and link (a link-only article the reader can fetch later)."""
    blocks = html_blocks(entry.content, entry.link) or html_blocks(entry.summary, entry.link)
    fmt = "feed"
    if not blocks:
        blocks, fmt = [Block("paragraph", entry.link or entry.title)], "link"
    if blocks[0].kind == "heading" and blocks[0].text == entry.title:
        blocks = blocks[1:] or blocks
    return ParsedArticle(
        title=entry.title or blocks[0].text[:120], blocks=blocks, format=fmt,
        author=entry.author, site=site, source=entry.link, published=entry.published,
        language=entry.language or language,
    )
