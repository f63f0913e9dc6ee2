"""Preferences and window state, in an INI file beside the user's other settings."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from reader import paths
from reader.text.digits import STYLES
from reader.text.harakat import MODES
from reader.text.hijri import CALENDARS
from reader.ui.widgets.fonts import DEFAULT_FACE

THEMES = ("light", "sepia", "dark")
JUSTIFY = ("arabic", "all", "off")
MIN_SIZE, MAX_SIZE, DEFAULT_SIZE = 9.0, 36.0, 15.0
MIN_MEASURE, MAX_MEASURE, DEFAULT_MEASURE = 35, 120, 70


@dataclass
class ReadingPrefs:
    face: str = DEFAULT_FACE
    size: float = DEFAULT_SIZE
    line_spacing: int = 170  # percent; Arabic wants more room than Latin
    theme: str = "light"
    # The text column's length in characters: 60 to 80 is what typographers recommend for
    # reading; narrower than 35 and a line holds a few words. The column's width in pixels
    # follows from the reading font and size.
    measure: int = DEFAULT_MEASURE
    # Move an article to the archive when the reader leaves it read to the end.
    archive_when_finished: bool = False
    justify: str = "arabic"  # arabic | all | off: which paragraphs are set justified
    kashida: bool = False  # justify Arabic by elongating letters where typography allows
    harakat: str = "show"  # show | hide | shadda (display only)
    digits: str = "auto"  # auto (the interface's) | arabic | persian | western
    body_digits: bool = False  # the article's own digits too (else shown as written)
    calendar: str = "gregorian"  # gregorian | hijri | both

    def clamp(self) -> ReadingPrefs:
        self.size = min(max(self.size, MIN_SIZE), MAX_SIZE)
        self.line_spacing = min(max(self.line_spacing, 100), 250)
        self.measure = min(max(self.measure, MIN_MEASURE), MAX_MEASURE)
        if self.theme not in THEMES:
            self.theme = "light"
        for name, choices in (("justify", JUSTIFY), ("harakat", MODES), ("digits", STYLES),
                              ("calendar", CALENDARS)):
            if getattr(self, name) not in choices:
                setattr(self, name, choices[0])
        return self


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        path = path or paths.settings_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        self.qsettings = QSettings(str(path), QSettings.Format.IniFormat)

    def reading(self) -> ReadingPrefs:
        prefs = ReadingPrefs()
        if self.qsettings.value("reading/theme") is None:
            # A first start follows the system's light or dark choice.
            from reader.ui.widgets.themes import system_prefers_dark

            prefs.theme = "dark" if system_prefers_dark() else "light"
        for field in fields(ReadingPrefs):
            value = self.qsettings.value(f"reading/{field.name}")
            if value is not None:
                try:
                    kind = type(getattr(prefs, field.name))
                    if kind is bool:  # the INI file holds "true" and "false"
                        value = str(value).lower() in ("true", "1")
                    setattr(prefs, field.name, kind(value))
                except (TypeError, ValueError):
                    pass
        return prefs.clamp()

    def set_reading(self, prefs: ReadingPrefs) -> None:
        for field in fields(ReadingPrefs):
            self.qsettings.setValue(f"reading/{field.name}", getattr(prefs, field.name))
        self.qsettings.sync()

    def language(self) -> str | None:
        value = self.qsettings.value("ui/language")
        return str(value) if value in ("ar", "en") else None

    def set_language(self, lang: str | None) -> None:
        if lang:
            self.qsettings.setValue("ui/language", lang)
        else:
            self.qsettings.remove("ui/language")
        self.qsettings.sync()

    def bytes_value(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_value(self, key: str, value: object) -> None:
        self.qsettings.setValue(key, value)

    def value(self, key: str, default: object = None) -> object:
        return self.qsettings.value(key, default)

    @staticmethod
    def _library_key(library: Path, name: str) -> str:
        """What belongs to one library (its last article, its welcome) is kept under a key of
        its own, so that each ``--library`` starts from its own state."""
        return f"libraries/{paths.digest(paths.shown(library), 12)}/{name}"

    def last_article(self, library: Path) -> int | None:
        value = self.qsettings.value(self._library_key(library, "last_article"))
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_last_article(self, library: Path, article_id: int | None) -> None:
        self.qsettings.setValue(self._library_key(library, "last_article"), article_id or 0)

    def welcomed(self, library: Path) -> bool:
        return str(self.qsettings.value(self._library_key(library, "welcomed"), "")) == "true"

    def set_welcomed(self, library: Path) -> None:
        self.qsettings.setValue(self._library_key(library, "welcomed"), "true")

    def sync(self) -> None:
        self.qsettings.sync()
