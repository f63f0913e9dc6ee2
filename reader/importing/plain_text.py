"""Plain text: the first non-empty line is the title, paragraphs are split on blank lines.

Hard-wrapped text (a line every 60 to 80 characters, as e-mail and old text files are) is
reflowed: its lines join into paragraphs, which end at a blank line, an indented line, or a
short line that closes a sentence. Its first line is no title when it stops mid-sentence: the
first sentence is.
"""

from __future__ import annotations

import re

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.textutil import is_blank, paragraphs_from_lines

SENTENCE_END = re.compile(r"[.!?؟…:»\"”'’)\]]\s*$")
MIN_WRAP, MAX_WRAP = 50, 100
MAX_TITLE = 120


def wrap_width(lines: list[str]) -> int | None:
    """The width a text was wrapped at, when most of its lines were broken there."""
    lengths = [len(line.rstrip()) for line in lines if not is_blank(line)]
    if len(lengths) < 5:
        return None
    width = sorted(lengths)[int(len(lengths) * 0.9) - 1]
    if not MIN_WRAP <= width <= MAX_WRAP:
        return None
    near = sum(1 for n in lengths if width * 0.75 <= n <= width + 2)
    return width if near >= len(lengths) * 0.6 else None


def reflow(lines: list[str], width: int) -> list[str]:
    """Hard-wrapped lines joined into paragraphs."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in lines:
        if is_blank(line):
            if current:
                paragraphs.append(" ".join(current))
                current = []
            continue
        indented = line[:1] in (" ", "\t") and current
        if indented:
            paragraphs.append(" ".join(current))
            current = []
        current.append(line.strip())
        if len(line.rstrip()) < width * 0.75 and SENTENCE_END.search(line):
            paragraphs.append(" ".join(current))  # a short line closing a sentence
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def first_sentence(paragraph: str) -> str:
    found = re.search(r"^(.+?[.!?؟…])(\s|$)", paragraph)
    sentence = found.group(1) if found else paragraph
    if len(sentence) > MAX_TITLE:
        sentence = sentence[:MAX_TITLE].rsplit(" ", 1)[0] + "…"
    return sentence


def parse_plain_text(text: str) -> ParsedArticle:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if not is_blank(line)), None)
    if start is None:
        raise ImportFailed(M.BLANK)
    lines = lines[start:]
    width = wrap_width(lines)
    first = lines[0].strip()
    continues = len(lines) > 1 and not is_blank(lines[1])
    wrapped_first = width is not None and len(first) >= width * 0.75
    if width and continues and wrapped_first and not SENTENCE_END.search(first):
        # The first line runs on into the next: it is the article's first sentence, cut by
        # the wrap, not a title.
        paragraphs = reflow(lines, width)
        title = first_sentence(paragraphs[0])
    else:
        title = first
        rest = lines[1:]
        paragraphs = reflow(rest, width) if width else paragraphs_from_lines(rest)
    if not paragraphs:
        # A one-line note is still something the user chose to keep.
        paragraphs = [title]
    return ParsedArticle(
        title=title, blocks=[Block("paragraph", p) for p in paragraphs], format="text"
    )
