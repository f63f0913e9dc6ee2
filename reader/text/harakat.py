"""Harakat shown, hidden, or all but shadda: a display choice, never a change to the text.

The stored text keeps every mark; the reading view shows a copy without the chosen ones and
maps offsets both ways, so that a highlight made with harakat hidden lands on the same letters,
and what is copied, found and exported is the text as stored.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

MODES = ("show", "hide", "shadda")
SHADDA = "\u0651"
# Tanween, fatha, damma, kasra, shadda, sukun (U+064B-0652), the other vowel signs and small
# marks (U+0656-065F) and the superscript alef (U+0670). Not the combining hamza and madda
# (U+0653-0655): on an alef they make another letter (أ written as ا + U+0654).
HARAKAT = frozenset(
    [chr(c) for c in range(0x064B, 0x0653)] + [chr(c) for c in range(0x0656, 0x0660)] + ["\u0670"]
)


def hidden_marks(mode: str) -> frozenset[str]:
    if mode == "hide":
        return HARAKAT
    if mode == "shadda":
        return HARAKAT - {SHADDA}
    return frozenset()


@dataclass(frozen=True)
class OffsetMap:
    """Offsets between a text and its shown copy with some characters left out."""

    removed: tuple[int, ...]  # offsets in the stored text, ascending
    # For each removed character, where it would stand in the shown text: ascending too.
    shown_at: tuple[int, ...]

    def to_shown(self, offset: int) -> int:
        """A stored offset's place in the shown text (a hidden mark: before what follows)."""
        return offset - bisect_left(self.removed, offset)

    def to_stored(self, offset: int) -> int:
        """A shown offset's place in the stored text: the letter it stands before, so a
        passage ending after a letter keeps the letter's marks."""
        return offset + bisect_right(self.shown_at, offset)


def without_marks(text: str, mode: str) -> tuple[str, OffsetMap | None]:
    """The text to show for this mode, and the map back (None when nothing was left out)."""
    marks = hidden_marks(mode)
    if not marks or not any(c in marks for c in text):
        return text, None
    removed = [i for i, c in enumerate(text) if c in marks]
    shown = "".join(c for c in text if c not in marks)
    return shown, OffsetMap(tuple(removed), tuple(r - k for k, r in enumerate(removed)))
