"""TREC-like markup in a .txt file (``<DOC><TITLE><TIME><TEXT>``), as news corpora ship it."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.textutil import paragraphs_from_lines
from reader.text.dates import parse_date

_TAGS = ("DOCNO", "URL", "SRC", "CAT", "TITLE", "TIME", "AUTHOR", "ABSTRACT", "TEXT")
_FIELDS = {tag: re.compile(rf"<{tag}>(.*?)</{tag}>", re.DOTALL) for tag in _TAGS}
_RULE = re.compile(r"^\s*[-_=*]{5,}\s*$")


def looks_tagged(text: str) -> bool:
    return re.match(r"\s*<(?:DOC|DOCNO|TITLE)>", text) is not None and "<TEXT>" in text


def parse_tagged_text(text: str) -> ParsedArticle:
    fields: dict[str, str] = {}
    for tag, pattern in _FIELDS.items():
        if match := pattern.search(text):
            fields[tag] = html.unescape(match.group(1)).strip()
    body = fields.get("TEXT", "")
    if not body:
        raise ImportFailed(M.NO_TEXT_FIELD)
    # Separator rules are layout, not text.
    lines = [line for line in body.splitlines() if not _RULE.match(line)]
    paragraphs = paragraphs_from_lines(lines)
    title = fields.get("TITLE") or (paragraphs[0] if paragraphs else "")
    url = fields.get("URL", "")
    site = fields.get("SRC", "") or (urlsplit(url).hostname or "" if url else "")
    return ParsedArticle(
        title=title,
        blocks=[Block("paragraph", p) for p in paragraphs],
        format="tagged-text",
        author=fields.get("AUTHOR", ""),
        site=site,
        source=url,
        published=parse_date(fields.get("TIME", "")),
    )
