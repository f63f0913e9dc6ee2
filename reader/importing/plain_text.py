"""Plain text: the first non-empty line is the title, paragraphs are split on blank lines."""

from __future__ import annotations

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.textutil import is_blank, paragraphs_from_lines


def parse_plain_text(text: str) -> ParsedArticle:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if not is_blank(line)), None)
    if start is None:
        raise ImportFailed(M.BLANK)
    title = lines[start].strip()
    paragraphs = paragraphs_from_lines(lines[start + 1:])
    if not paragraphs:
        # A one-line note is still something the user chose to keep.
        paragraphs = [title]
    return ParsedArticle(
        title=title, blocks=[Block("paragraph", p) for p in paragraphs], format="text"
    )
