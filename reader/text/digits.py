"""Digits as the reader chooses: Arabic-Indic (٠١٢), Persian (۰۱۲) or Western (012), or as
written. One digit stands for one digit, so offsets into a text never move."""

from __future__ import annotations

STYLES = ("auto", "arabic", "persian", "western")
_SETS = {"arabic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹", "western": "0123456789"}
_ALL = "".join(_SETS.values())
_TABLES = {
    style: str.maketrans(_ALL, digits * 3) for style, digits in _SETS.items()
}


def convert(text: str, style: str) -> str:
    """Every digit in the chosen style; ``auto`` leaves the text as it is."""
    table = _TABLES.get(style)
    return text.translate(table) if table else text
