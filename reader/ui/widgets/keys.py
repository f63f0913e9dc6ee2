"""Shortcuts shown as text inside Arabic: left to right, as typed."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

LRI, PDI = "\u2066", "\u2069"


def isolated_keys(sequence: QKeySequence) -> str:
    """Keys as text that reads left to right inside Arabic ("Ctrl+=", not "=+Ctrl")."""
    return LRI + sequence.toString(QKeySequence.SequenceFormat.NativeText) + PDI
