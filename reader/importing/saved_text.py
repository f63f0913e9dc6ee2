"""Page text copied from a news site, with the site's chrome still in it.

The first line is the title. Around the body sit icon labels ("profile", "clock", "eye"), a
"title copied" toast, "Slide NN" carousel labels and a comments counter. The clock line carries
the publication date, the eye line the view count, the comments line the comment count; all of
the chrome is dropped from the body.
"""

from __future__ import annotations

import re

from reader import messages as M
from reader.importing.model import Block, ImportFailed, ParsedArticle
from reader.importing.textutil import is_blank, paragraphs_from_lines
from reader.text.dates import parse_date, to_ascii_digits

_BULLET = r"^[\s\u00a0]*(?:[•·▪●◦\-*]\s*)?"
ICON_LABELS = (
    "profile", "user", "author", "clock", "time", "calendar", "date", "eye", "views", "share",
    "print", "comment", "comments", "bookmark", "facebook", "twitter", "x", "whatsapp",
    "telegram", "email", "mail", "link", "copy", "tag", "tags", "search", "menu", "close",
    "arrow", "chevron", "play", "pause", "next", "previous", "prev",
)
_ICON_LINE = re.compile(_BULLET + "(?:" + "|".join(ICON_LABELS) + r")\s*$", re.IGNORECASE)
_CLOCK = re.compile(_BULLET + r"(?:clock|time|calendar|date)\s+(.+)$", re.IGNORECASE)
_EYE = re.compile(_BULLET + r"(?:eye|views)\s+([\d٠-٩۰-۹][\d٠-٩۰-۹,.٬'’\s]*)$", re.IGNORECASE)
_TOASTS = (
    "تم نسخ عنوان المقال إلى الحافظة",
    "تم نسخ العنوان",
    "تم نسخ الرابط",
    "تم نسخ الرابط إلى الحافظة",
    "article title copied to clipboard",
    "title copied to clipboard",
    "title copied",
    "link copied",
    "link copied to clipboard",
    "copied to clipboard",
)
_TOAST = re.compile(
    _BULLET + "(?:" + "|".join(re.escape(t) for t in _TOASTS) + r")[.!]?\s*$", re.IGNORECASE
)
_SLIDE = re.compile(_BULLET + r"slide\s+\d+(?:\s*(?:/|of)\s*\d+)?\s*$", re.IGNORECASE)
_COMMENTS = re.compile(
    _BULLET + r"(?:التعليقات|تعليقات|comments)\s*[(\[]\s*([\d٠-٩۰-۹]+)\s*[)\]]\s*$",
    re.IGNORECASE,
)
_MARKERS = (_ICON_LINE, _CLOCK, _EYE, _TOAST, _SLIDE)


def looks_like_saved_text(text: str) -> bool:
    """Two or more chrome lines near the top: the signature of a copied news page."""
    head = text.splitlines()[:25]
    hits = sum(1 for line in head if any(m.match(line) for m in _MARKERS))
    return hits >= 2


def _number(text: str) -> int | None:
    digits = re.sub(r"\D", "", to_ascii_digits(text))
    return int(digits) if digits else None


def parse_saved_text(text: str) -> ParsedArticle:
    lines = text.splitlines()
    start = next((i for i, line in enumerate(lines) if not is_blank(line)), None)
    if start is None:
        raise ImportFailed(M.NO_SAVED_TEXT)
    title = lines[start].strip()
    published = views = comments = None
    body: list[str] = []
    for line in lines[start + 1:]:
        if clock := _CLOCK.match(line):
            published = published or parse_date(clock.group(1))
            if published or not body:
                continue
        if eye := _EYE.match(line):
            views = _number(eye.group(1))
            continue
        if count := _COMMENTS.match(line):
            comments = _number(count.group(1))
            continue
        if _ICON_LINE.match(line) or _TOAST.match(line) or _SLIDE.match(line):
            # A blank line in place of the chrome keeps the paragraphs on either side apart.
            body.append("")
            continue
        body.append(line)
    paragraphs = paragraphs_from_lines(body)
    if not paragraphs:
        raise ImportFailed(M.TITLE_ONLY)
    return ParsedArticle(
        title=title,
        blocks=[Block("paragraph", p) for p in paragraphs],
        format="saved-text",
        published=published,
        views=views,
        comments=comments,
    )
