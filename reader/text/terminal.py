"""Text for terminals that neither shape nor reorder Arabic.

This is the one place in Qari where arabic-reshaper and python-bidi's ``get_display`` are used:
their output is visual-order presentation forms, right for a dumb terminal and wrong for anything
that shapes text itself (Qt, browsers, editors, the clipboard, the database, JSON).
"""

from __future__ import annotations

import shutil
import textwrap

import arabic_reshaper
from bidi.algorithm import get_display

from reader.text.direction import direction_of

_RESHAPER = arabic_reshaper.ArabicReshaper(
    configuration={"delete_harakat": False, "support_ligatures": True}
)


def visual_line(line: str, base: str | None = None) -> str:
    """One logical line as a terminal should print it, in visual order with shaped letters."""
    direction = base or direction_of(line, "ltr")
    shaped = _RESHAPER.reshape(line)
    return get_display(shaped, base_dir="R" if direction == "rtl" else "L")


def visual_paragraph(paragraph: str, width: int | None = None) -> list[str]:
    """Wrap in logical order first (so words stay in reading order across lines), then shape
    each line; right-to-left lines are padded to the right margin."""
    width = width or shutil.get_terminal_size((80, 24)).columns
    direction = direction_of(paragraph, "ltr")
    lines = textwrap.wrap(paragraph, width=width) or [""]
    out = []
    for line in lines:
        visual = visual_line(line, direction)
        out.append(visual.rjust(width) if direction == "rtl" else visual)
    return out
