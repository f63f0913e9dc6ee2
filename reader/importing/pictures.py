"""What a picture is, told from its bytes."""

from __future__ import annotations

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
