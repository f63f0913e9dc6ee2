"""The word at a place in a text, the word before it and its sentence: what a lookup needs
from a double-click (offsets in the stored text, logical order)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word: letters, digits, harakat, tatweel, and the joiners inside words.
_WORD = re.compile(r"[\w\u0640\u064b-\u0652\u0670\u200c\u200d]+")
_SENTENCE_END = re.compile(r"[.!?؟\n]")


@dataclass(frozen=True)
class WordAt:
    word: str
    start: int
    end: int
    before: str  # the word before it in its sentence ("" at a sentence's start)
    sentence: str


def word_at(text: str, offset: int) -> WordAt | None:
    """The word that holds ``offset`` (or ends just before it), or None between words."""
    for match in _WORD.finditer(text, max(0, offset - 60), min(len(text), offset + 60)):
        if match.start() <= offset <= match.end():
            start, end = match.span()
            head = text.rfind("\n", 0, start) + 1
            ends = [m.end() for m in _SENTENCE_END.finditer(text, head, start)]
            sentence_start = ends[-1] if ends else head
            found_end = _SENTENCE_END.search(text, end)
            sentence_end = found_end.end() if found_end else len(text)
            previous = _WORD.findall(text[sentence_start:start])
            return WordAt(match.group(), start, end, previous[-1] if previous else "",
                          text[sentence_start:sentence_end].strip())
    return None
