"""Splitting text into paragraphs, shared by the text-based importers."""

from __future__ import annotations

import re

from reader.importing.model import Block

_BLANK = re.compile(r"^[\s\u00a0\u200b\u200f\u200e]*$")


def is_blank(line: str) -> bool:
    return _BLANK.match(line) is not None


def paragraphs_from_lines(lines: list[str]) -> list[str]:
    """Paragraphs split on blank lines; a text with no blank lines at all has one paragraph per
    line (copied news text often looks like that). Lines inside a paragraph join with a space."""
    if not any(is_blank(line) for line in lines):
        return [line.strip() for line in lines if line.strip()]
    out: list[str] = []
    current: list[str] = []
    for line in lines:
        if is_blank(line):
            if current:
                out.append(" ".join(current))
                current = []
        else:
            current.append(line.strip())
    if current:
        out.append(" ".join(current))
    return out


def paragraph_blocks(paragraphs: list[str]) -> list[Block]:
    return [Block("paragraph", p) for p in paragraphs]
