"""Output for terminals that nothing in a file can take over.

Kept apart from terminal.py (the shaping of Arabic for dumb terminals) so that every command
can use it without loading the reshaper.
"""

from __future__ import annotations

import re
from typing import TextIO

# What a file's contents or name must not send to a terminal: C0 controls but tab and newline
# (ESC starts sequences that can set the clipboard, retitle the window or fake output; CR
# overwrites a line), DEL, C1 controls (8-bit CSI and OSC), and the bidi embeddings, overrides
# and isolates, which reorder everything printed after them on the line.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def terminal_safe(text: str) -> str:
    """``text`` with every control a terminal would act on written out as an escape."""
    return _UNSAFE.sub(_escape, text)


def json_safe(text: str) -> str:
    """JSON text (from ``json.dumps(ensure_ascii=False)``, which leaves C1 and bidi controls
    raw) with those written as JSON escapes: still the same JSON, harmless on a terminal."""
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class SafeStream:
    """A text stream that neutralises terminal controls in everything written through it."""

    def __init__(self, raw: TextIO) -> None:
        self.raw = raw

    def write(self, text: str) -> int:
        return self.raw.write(terminal_safe(text))

    def __getattr__(self, name: str) -> object:
        return getattr(self.raw, name)
