"""Reading themes: page and ink colours for the reading view."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Theme:
    page: str
    ink: str
    muted: str
    accent: str
    quote_bar: str
    code_bg: str


THEMES = {
    "light": Theme("#ffffff", "#1b1b1b", "#6b6b6b", "#1f5fa8", "#c9c9c9", "#f3f3f3"),
    "sepia": Theme("#f5ecd9", "#4a3a28", "#86725a", "#8a4b12", "#d6c4a2", "#ebdfc6"),
    "dark": Theme("#1d1f21", "#dcdcdc", "#9a9a9a", "#7fb0ee", "#4a4a4a", "#2a2c2e"),
}


def theme(name: str) -> Theme:
    return THEMES.get(name, THEMES["light"])


def apply_page_colours(widget: QWidget, name: str) -> None:
    colours = theme(name)
    palette = widget.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Base, QColor(colours.page))
        palette.setColor(group, QPalette.ColorRole.Window, QColor(colours.page))
        palette.setColor(group, QPalette.ColorRole.Text, QColor(colours.ink))
        palette.setColor(group, QPalette.ColorRole.WindowText, QColor(colours.ink))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)
