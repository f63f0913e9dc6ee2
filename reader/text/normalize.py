"""Storage normalisation: applied once, on import, to every piece of article text.

NFC, Arabic presentation forms folded back to base letters, control characters that would
corrupt storage or layout removed. Nothing else changes: harakat, hamza forms and punctuation
are the author's and stay as written.
"""

from __future__ import annotations

import re
import unicodedata

# Presentation Forms-A and -B: left in text by PDF copy and old shaping tools.
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
# C0/C1 controls other than tab and newline; they have no business in an article.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Explicit embeddings, overrides and isolates. In a title they could reorder the text around it
# wherever the title is shown inside another string (window title, toast, list, export).
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_CONTROLS = re.compile(f"[{BIDI_CONTROLS}]")
# Invisible characters that only serve to spoof or break words in a one-line title.
_TITLE_INVISIBLES = re.compile("[\u200b\u2060\ufeff\u180e]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

FSI = "\u2068"
PDI = "\u2069"


def _fold_presentation(match: re.Match[str]) -> str:
    char = match.group(0)
    if char == "\ufeff":  # a stray BOM / zero-width no-break space
        return ""
    folded = unicodedata.normalize("NFKC", char)
    return folded


def normalize_text(text: str) -> str:
    """Normalise article text for storage (logical order, unshaped)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROLS.sub("", text)
    text = _PRESENTATION.sub(_fold_presentation, text)
    return unicodedata.normalize("NFC", text)


def clean_line(text: str) -> str:
    """Collapse runs of spaces and trim: for titles and one-line fields."""
    return _SPACES.sub(" ", text.replace("\n", " ")).strip()


def clean_title(text: str) -> str:
    """A title that is safe to show inside any other string."""
    text = normalize_text(text)
    text = _BIDI_CONTROLS.sub("", text)
    text = _TITLE_INVISIBLES.sub("", text)
    return clean_line(text)


def isolate(text: str) -> str:
    """Wrap ``text`` in first-strong isolates for use inside a composite UI string."""
    return f"{FSI}{text}{PDI}"


def has_presentation_forms(text: str) -> bool:
    return _PRESENTATION.search(text) is not None
