"""An independent shaping of laid-out lines, to check Qt against.

HarfBuzz (uharfbuzz) shapes each run in the same font file Qt used; python-bidi resolves the
embedding levels and the runs are put in visual order by rule L2. The result is the line's glyph
ids from left to right, which is what Qt must have painted.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from pathlib import Path

import uharfbuzz as hb
from bidi import algorithm as bidi

from reader import paths

FONT_FILES = {
    "Noto Naskh Arabic": "NotoNaskhArabic-Regular.ttf",
    "Noto Serif": "NotoSerif-Regular.ttf",
    "Amiri": "Amiri-Regular.ttf",
    "Noto Sans Arabic": "NotoSansArabic-Regular.ttf",
    "Noto Sans": "NotoSans-Regular.ttf",
    "DejaVu Sans": "DejaVuSans.ttf",
}
# Qt takes the bold file where one is bundled (and emboldens the regular one otherwise).
BOLD_FILES = {
    "Noto Naskh Arabic": "NotoNaskhArabic-Bold.ttf",
    "Noto Serif": "NotoSerif-Bold.ttf",
    "Amiri": "Amiri-Bold.ttf",
    "Noto Sans Arabic": "NotoSansArabic-Bold.ttf",
    "Noto Sans": "NotoSans-Bold.ttf",
}


@cache
def _face(family: str, bold: bool = False) -> tuple[hb.Font, frozenset[int]]:
    name = BOLD_FILES.get(family, FONT_FILES[family]) if bold else FONT_FILES[family]
    blob = hb.Blob.from_file_path(str(Path(paths.fonts_dir()) / name))
    face = hb.Face(blob)
    return hb.Font(face), frozenset(face.unicodes)


def levels(text: str, rtl_base: bool) -> list[int]:
    storage = bidi.get_empty_storage()
    storage["base_level"] = 1 if rtl_base else 0
    storage["base_dir"] = "R" if rtl_base else "L"
    bidi.get_embedding_levels(text, storage, False, False)
    bidi.explicit_embed_and_overrides(storage, False)
    bidi.resolve_weak_types(storage, False)
    bidi.resolve_neutral_types(storage, False)
    bidi.resolve_implicit_levels(storage, False)
    return [c["level"] for c in storage["chars"]]


def font_for(char: str, chain: list[str]) -> str:
    for family in chain:
        if ord(char) in _face(family)[1]:
            return family
    return chain[-1]


def _own_script(char: str) -> str | None:
    if "\u0600" <= char <= "\u06ff" or "\u0750" <= char <= "\u077f" or "\ufb50" <= char:
        return None if char.isdigit() or unicodedata.category(char) == "Mn" else "Arab"
    if char.isalpha() and char.isascii() or "\u00c0" <= char <= "\u024f":
        return "Latn"
    return None  # Common or Inherited


def scripts(text: str) -> list[str]:
    """UAX #24 in short: Common and Inherited characters take the script before them (or,
    at the start, the first one after them)."""
    own = [_own_script(c) for c in text]
    first = next((s for s in own if s), "Zyyy")
    out, current = [], first
    for script in own:
        current = script or current
        out.append(current)
    return out


def shape(text: str, family: str, rtl: bool, script: str, bold: bool = False) -> list[int]:
    """Glyph ids in visual (left-to-right) order, as HarfBuzz returns them."""
    font = _face(family, bold)[0]
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.script = script
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(font, buf, {})
    return [info.codepoint for info in buf.glyph_infos]


def expected_line(
    text: str, rtl_base: bool, chain: list[str], bold: bool = False,
    paragraph: str | None = None, start: int = 0,
) -> list[tuple[str, list[int]]]:
    """[(family, glyph ids)] of the line's runs, from left to right. Given the line's
    ``paragraph`` and where the line ``start``s in it, levels and scripts are resolved over
    the paragraph, as Qt does (a line that opens with "96%" takes them from the text before)."""
    text = text.rstrip()  # trailing white space at a line break is not painted
    if not text:
        return []
    if paragraph is None:
        paragraph, start = text, 0
    lv = levels(paragraph, rtl_base)[start:start + len(text)]
    line_scripts = scripts(paragraph)[start:start + len(text)]
    # Segments of one level, font and script, in logical order.
    segments: list[tuple[int, str, str, str]] = []
    for char, level, script in zip(text, lv, line_scripts, strict=True):
        family = font_for(char, chain)
        if segments and segments[-1][:3] == (level, family, script):
            segments[-1] = (level, family, script, segments[-1][3] + char)
        else:
            segments.append((level, family, script, char))
    # Rule L2: from the highest level down to the lowest odd one, reverse every run of
    # segments at that level or higher.
    order = list(range(len(segments)))
    highest = max(s[0] for s in segments)
    lowest_odd = min((s[0] for s in segments if s[0] % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if segments[order[i]][0] >= level:
                j = i
                while j < len(order) and segments[order[j]][0] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    out = []
    for index in order:
        level, family, script, chunk = segments[index]
        out.append((family, shape(chunk, family, bool(level % 2), script, bold)))
    return out
