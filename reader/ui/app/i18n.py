"""Interface language: English or Arabic (mirrored), from --lang, Preferences or the system."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.messages import CONTEXT, Message

if TYPE_CHECKING:
    from datetime import datetime

LANGUAGES = ("en", "ar")
_installed: list[QTranslator] = []

# Qt's own Arabic has "Look in:" but not the file dialog's labels as the dialog writes them,
# with their shortcut letters: Qari's translation, asked after Qt's, carries them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


class LatinKeyNames(QTranslator):
    """Key names stay Latin in menus' shortcuts: Qt's Arabic names ("الأعلى" for Up) between
    Latin modifiers read backwards in a right-to-left menu ("الأعلى+Alt+Shift"), where
    "Alt+Shift+Up" reads as typed. Everything else is left to the other translators."""

    KEYS = frozenset({
        "Up", "Down", "Left", "Right", "PgUp", "PgDown", "Home", "End", "Ins", "Del", "Esc",
        "Space", "Return", "Enter", "Tab", "Backtab", "Backspace", "Print", "Pause",
    })

    def translate(  # noqa: D102 - QTranslator's hook
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if context == "QShortcut" and source in self.KEYS:
            return source
        return None  # a null string: "not mine", the next translator is asked

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return False


def install(app: QApplication, lang: str) -> str:
    """Load Qari's and Qt's own translations for ``lang`` and mirror the layout for Arabic."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang == "ar":
        ours = QTranslator(app)
        if ours.load(str(paths.translations_dir() / "qari_ar.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        if qt.load("qtbase_ar", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        keys = LatinKeyNames(app)  # installed last: asked first
        app.installTranslator(keys)
        _installed.append(keys)
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if lang == "ar" else Qt.LayoutDirection.LeftToRight
    )
    language = QLocale.Language.Arabic if lang == "ar" else QLocale.Language.English
    QLocale.setDefault(QLocale(language))
    return lang


def core_text(message: Message | str | None) -> str:
    """A message from the core (see ``reader.messages``) in the interface language."""
    if message is None:
        return ""
    if isinstance(message, str):
        return message
    template = QCoreApplication.translate(CONTEXT, message.template)
    if not message.args:
        return template
    args = {
        key: number(value) if isinstance(value, int) and not isinstance(value, bool)
        else value
        for key, value in message.args.items()
    }
    try:
        return template.format(**args)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(message)


def current_language() -> str:
    app = QCoreApplication.instance()
    if isinstance(app, QApplication) and app.layoutDirection() == Qt.LayoutDirection.RightToLeft:
        return "ar"
    return "en"


def ui_locale() -> QLocale:
    if current_language() == "ar":
        return QLocale(QLocale.Language.Arabic, QLocale.Country.Egypt)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


# The reader's choice of digits and calendar for numbers and dates (Preferences), set by the
# window whenever its preferences are applied.
_numbers = {"digits": "auto", "calendar": "gregorian"}


def set_number_style(digits: str, calendar: str) -> None:
    _numbers["digits"], _numbers["calendar"] = digits, calendar


def in_digits(text: str) -> str:
    """Text with its digits in the reader's choice; "auto" is the interface's own (Arabic-
    Indic in Arabic), so that a Hijri date made with Western digits matches the Gregorian
    date Qt wrote beside it."""
    from reader.text.digits import convert

    style = _numbers["digits"]
    if style == "auto":
        style = "arabic" if ui_locale().zeroDigit() == "٠" else "western"
    return convert(text, style)


def number(value: int) -> str:
    """A count in the interface's language and the reader's digits."""
    return in_digits(ui_locale().toString(value))


def format_date(value: object, long: bool = False) -> str:
    """A date in the reader's calendar (Gregorian, Hijri or both) and digits: short in the
    list, long (with the time, when known) in the reading header."""
    from datetime import datetime

    if not isinstance(value, datetime):
        return ""
    from reader.text.hijri import format_hijri

    language = current_language()
    calendar = _numbers["calendar"]
    gregorian = _gregorian(value, long) if calendar != "hijri" else ""
    hijri = format_hijri(value.date(), language, long) if calendar != "gregorian" else None
    if hijri is None:  # out of the Hijri tables' range: the Gregorian date
        gregorian = gregorian or _gregorian(value, long)
    parts = [p for p in (gregorian, hijri) if p]
    return in_digits(("  —  " if long else " · ").join(parts))


def _gregorian(value: datetime, long: bool) -> str:
    locale = ui_locale()
    if not long:
        return locale.toString(value.date(), QLocale.FormatType.ShortFormat)
    with_time = (value.hour, value.minute, value.second) != (0, 0, 0)
    if current_language() == "ar":
        pattern = "d MMMM yyyy، h:mm AP" if with_time else "d MMMM yyyy"
    else:
        pattern = "MMMM d, yyyy, h:mm AP" if with_time else "MMMM d, yyyy"
    return locale.toString(value.replace(tzinfo=None), pattern)


def format_published(value: object) -> str:
    """A publication date for the reading header, in the interface's language, the reader's
    calendar and digits."""
    return format_date(value, long=True)
