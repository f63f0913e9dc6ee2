"""What a picture is, told from its bytes, and where a saved page's pictures are: inside its
archive, or in a ``data:`` address."""

from __future__ import annotations

import base64
import re
from urllib.parse import unquote, urljoin

MAX_PICTURE_BYTES = 10 * 1024 * 1024
SUFFIXES = {"image/png": ".png", "image/jpeg": ".jpg", "image/gif": ".gif",
            "image/webp": ".webp", "image/bmp": ".bmp"}

_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"BM", "image/bmp"),
)


def picture_type(data: bytes) -> str | None:
    """The picture's type from its bytes (never its name): PNG, JPEG, GIF, WebP or BMP. SVG
    and anything else are refused: an SVG can make whoever draws it read other files."""
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return next((mime for magic, mime in _SIGNATURES if data.startswith(magic)), None)


def keep_picture(pictures: dict[str, tuple[bytes, str]], data: bytes | None) -> str | None:
    """Add the picture to an article's ``pictures`` under a name of its own (img1.png, …:
    named by what its bytes are, not what a page or package calls it) and return the name;
    None when it is no picture or too large to keep."""
    kind = picture_type(data) if data and len(data) <= MAX_PICTURE_BYTES else None
    if kind is None or data is None:
        return None
    name = f"img{len(pictures) + 1}{SUFFIXES[kind]}"
    pictures[name] = (data, kind)
    return name


Resources = dict[str, tuple[bytes, str]]  # an archive's pictures: address -> (bytes, type)


def data_uri(src: str) -> tuple[bytes, str] | None:
    """The picture a ``data:`` address holds (as SingleFile saves pages), or None."""
    match = re.match(r"data:([\w/+.-]+)?((?:;[\w=.-]+)*?)(;base64)?,(.*)$", src, re.S)
    if not match or len(src) > MAX_PICTURE_BYTES * 2:
        return None
    try:
        body = (
            base64.b64decode(match.group(4), validate=False)
            if match.group(3) else unquote(match.group(4)).encode("latin-1")
        )
    except (ValueError, UnicodeEncodeError):
        return None
    kind = picture_type(body)
    return (body, kind) if kind and len(body) <= MAX_PICTURE_BYTES else None


def resource_for(src: str, page_url: str, resources: Resources) -> tuple[bytes, str] | None:
    """A picture the archive itself holds, by the address the page gives it."""
    if src.startswith("data:"):
        return data_uri(src)
    for address in (src, urljoin(page_url, src) if page_url else ""):
        if address and address in resources:
            body, _kind = resources[address]
            kind = picture_type(body)
            return (body, kind) if kind else None
    return None
