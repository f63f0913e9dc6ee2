"""Direction and colour as every part draws them: a paragraph's direction for Qt, its leading
edge stated absolutely (so that mirroring cannot flip it), the highlight colours."""

from __future__ import annotations

from PySide6.QtCore import Qt


def qt_direction(direction: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if direction == "rtl" else Qt.LayoutDirection.LeftToRight


# Combined once: or-ing Qt flags goes through Python's enum machinery (microseconds a call,
# and list models ask for an alignment per cell).
_LEADING = {
    "rtl": Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute,
    "ltr": Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute,
}


def leading_alignment(direction: str) -> Qt.AlignmentFlag:
    """The leading edge, stated absolutely so that the UI's mirroring cannot flip it."""
    return _LEADING["rtl" if direction == "rtl" else "ltr"]


HIGHLIGHT_COLOURS = {
    "yellow": "#ffe16b",
    "green": "#a8e6a1",
    "blue": "#a9d2f5",
    "pink": "#f5b3d3",
}
