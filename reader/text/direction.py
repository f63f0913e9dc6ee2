"""Paragraph direction by the majority of strong characters.

Qt's default is the first strong character, which makes "Bluesky منصة جديدة" left-to-right.
A reader wants the direction of most of the words, so we count.
"""

from __future__ import annotations

from typing import Literal

from bidi.algorithm import bidirectional  # python-bidi's character classes

Direction = Literal["rtl", "ltr"]

_RTL_CLASSES = frozenset({"R", "AL"})


class _StrongClasses(dict[int, str | None]):
    """Code point -> "R", "L" or None (dropped), filled from python-bidi's character classes
    as characters are met, so that counting is one str.translate in C."""

    def __missing__(self, code: int) -> str | None:
        cls = bidirectional(chr(code))
        value = "R" if cls in _RTL_CLASSES else ("L" if cls == "L" else None)
        self[code] = value
        return value


_STRONG = _StrongClasses()


def strong_counts(text: str) -> tuple[int, int]:
    """(right-to-left, left-to-right) strong character counts."""
    strong = text.translate(_STRONG)
    return strong.count("R"), strong.count("L")


def direction_from_counts(rtl: int, ltr: int, text: str, fallback: Direction) -> Direction:
    if rtl == ltr:
        return (first_strong(text) or fallback) if rtl else fallback
    return "rtl" if rtl > ltr else "ltr"


def first_strong(text: str) -> Direction | None:
    for char in text:
        cls = "L" if char.isascii() and char.isalpha() else bidirectional(char)
        if cls in _RTL_CLASSES:
            return "rtl"
        if cls == "L":
            return "ltr"
    return None


def direction_of(text: str, fallback: Direction = "rtl") -> Direction:
    """The direction a reader expects for ``text``: the majority of strong letters; on a tie
    the first strong letter (as the Unicode bidi algorithm would); ``fallback`` when there
    are no strong letters at all."""
    rtl, ltr = strong_counts(text)
    return direction_from_counts(rtl, ltr, text, fallback)
