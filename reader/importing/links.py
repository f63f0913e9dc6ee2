"""Telling a web link from other text (kept apart from fetching: the window asks this of
every paste, and need not load the network code to answer)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SCHEMES = ("http", "https")


def is_link(text: str) -> bool:
    """Whether the text is one http(s) address and nothing else."""
    text = text.strip()
    if not text or any(c.isspace() for c in text):
        return False
    parts = urlsplit(text)
    return parts.scheme.lower() in SCHEMES and bool(parts.netloc)


LINK_SCHEMES = ("http", "https", "mailto")
# White space, control characters and invisible direction marks: never part of an address.
_UNSEEN = re.compile("[\\s\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
MAX_LINK = 2000


def safe_link(href: str, base: str = "") -> str:
    """The address a page links to, when it is one a reader may follow (http, https,
    mailto; resolved against the page's own address), else "". No control characters, no
    javascript:, no file:."""
    from urllib.parse import urljoin

    href = _UNSEEN.sub("", href or "")
    if not href or len(href) > MAX_LINK:
        return ""
    if base and not urlsplit(href).scheme:
        href = urljoin(base, href)
    return href if urlsplit(href).scheme.lower() in LINK_SCHEMES else ""
