"""Telling a web link from other text (kept apart from fetching: the window asks this of
every paste, and need not load the network code to answer)."""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")


def is_link(text: str) -> bool:
    """Whether the text is one http(s) address and nothing else."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return False
    parts = urlsplit(text)
    return parts.scheme.lower() in SCHEMES and bool(parts.netloc)
