"""Themes: page and ink colours for the reading view, and a palette for the whole application
(lists, panels, menus and dialogs), so that a dark reading page never sits in a white window."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
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


# The rest of the window, per theme: (window, base, alternate base, button, text, muted,
# highlight, highlighted text). Light keeps the platform's own palette.
_CHROME = {
    "sepia": ("#efe4cc", "#f8f0de", "#f1e6cf", "#e8dcc0", "#3f3120", "#86725a", "#a5652a",
              "#ffffff"),
    "dark": ("#26282b", "#1d1f21", "#232527", "#303337", "#dcdcdc", "#9a9a9a", "#3d6fae",
             "#ffffff"),
}


def application_palette(name: str, base: QPalette) -> QPalette:
    """The application's palette for theme ``name``; ``base`` is the platform's."""
    colours = _CHROME.get(name)
    if colours is None:
        return QPalette(base)
    window, page, alternate, button, text, muted, highlight, highlighted = map(QColor, colours)
    palette = QPalette(base)
    role = QPalette.ColorRole
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        for r, colour in (
            (role.Window, window), (role.WindowText, text), (role.Base, page),
            (role.AlternateBase, alternate), (role.Text, text), (role.Button, button),
            (role.ButtonText, text), (role.Highlight, highlight),
            (role.HighlightedText, highlighted), (role.ToolTipBase, window),
            (role.ToolTipText, text), (role.PlaceholderText, muted), (role.BrightText, text),
            (role.Link, QColor(theme(name).accent)), (role.Light, button.lighter(130)),
            (role.Midlight, button.lighter(115)), (role.Mid, button.darker(130)),
            (role.Dark, button.darker(160)), (role.Shadow, window.darker(200)),
        ):
            palette.setColor(group, r, colour)
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, r, muted)
    for r, colour in ((role.Window, window), (role.Base, page), (role.Button, button)):
        palette.setColor(QPalette.ColorGroup.Disabled, r, colour)
    return palette


_platform_palette: QPalette | None = None
_applied = "light"  # the platform's palette is the light theme: nothing to do at start-up


def apply_application_theme(name: str) -> None:
    from PySide6.QtWidgets import QApplication

    global _platform_palette, _applied
    app = QApplication.instance()
    if not isinstance(app, QApplication) or name == _applied:
        return
    if _platform_palette is None:
        _platform_palette = QPalette(app.palette())
    app.setPalette(application_palette(name, _platform_palette))
    _applied = name


def system_prefers_dark() -> bool:
    from PySide6.QtGui import QGuiApplication

    hints = QGuiApplication.styleHints()
    scheme = getattr(hints, "colorScheme", None)  # Qt 6.5+
    return scheme is not None and scheme() == Qt.ColorScheme.Dark
