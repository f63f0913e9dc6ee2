"""Bytes to text. We detect the encoding; the file's extension and any declaration are hints at
best (Arabic files saved by old Windows tools say nothing and are windows-1256)."""

from __future__ import annotations

import codecs
import re

from reader import messages as M
from reader.importing.model import ImportFailed

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN1_LETTER = re.compile("[\u00c0-\u00ff]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LEGACY = ("cp1256", "iso-8859-6", "cp1252")
_CONTROL_BYTES = bytes(range(9)) + bytes(range(14, 32))
_DISPLAY_NAMES = {"cp1256": "windows-1256", "cp1252": "windows-1252"}


def _score(text: str) -> float:
    """Plausibility of a legacy decoding: Arabic letters count for it; accented Latin letters
    (what Arabic bytes turn into under the wrong code page) and control characters against."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin1 = len(_LATIN1_LETTER.findall(text))
    controls = len(_CONTROL.findall(text))
    return arabic - 2 * latin1 - 10 * controls


def looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls / len(sample) > 0.05


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE
)


def meta_charset(data: bytes) -> str | None:
    """The charset a page declares in its own <meta> (in its first 8 KB), if any."""
    found = _META_CHARSET.search(data[:8192])
    return found.group(1).decode("ascii").lower() if found else None


def decode(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, encoding name) or ImportFailed. ``declared``: the charset a server or a MIME
    part named, used when the bytes decode in it (a byte-order mark still wins); then UTF-8;
    then the charset the page's own <meta> names (a page saved as UTF-8 under a template's
    "iso-8859-1" stays UTF-8); then judged from the bytes."""
    if declared and not any(data.startswith(bom) for bom, _encoding in _BOMS):
        try:
            return data.decode(declared), declared.lower()
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown charset: judged from the bytes
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise ImportFailed(
                    M.INVALID_ENCODING, encoding=encoding, offset=exc.start
                ) from None
    if looks_binary(data):
        raise ImportFailed(M.BINARY)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # Not UTF-8: a legacy single-byte page. A file that is mostly UTF-8 with a few bad bytes is
    # damaged UTF-8, not windows-1256; decoding it as a code page would garble every letter.
    valid_multibyte = len(re.findall(rb"[\xd8-\xdb][\x80-\xbf]", data))
    high_bytes = sum(1 for b in data if b >= 0x80)
    if high_bytes and valid_multibyte * 2 / high_bytes > 0.8:
        raise ImportFailed(M.INVALID_UTF8, offset=utf8_error.start)
    named = meta_charset(data)
    # A page's own <meta> naming UTF-16 is wrong by the HTML standard's own rule (its bytes
    # got this far as ASCII-compatible), and UTF-7 is refused by browsers: neither believed.
    if named and not named.startswith(("utf-16", "utf16", "utf-8", "utf8", "utf-7", "utf7")):
        try:
            return data.decode(named), named
        except (UnicodeDecodeError, LookupError):
            pass  # a wrong or unknown charset: judged from the bytes
    best: tuple[float, str, str] | None = None
    for encoding in _LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _score(text)
        if best is None or score > best[0]:
            best = (score, text, encoding)
    if best is None or best[0] < 0 or _CONTROL.search(best[1][:4096]):
        raise ImportFailed(M.UNDECODABLE, offset=utf8_error.start)
    return best[1], _DISPLAY_NAMES.get(best[2], best[2])
