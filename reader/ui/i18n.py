"""Interface language: English or Arabic (mirrored), from --lang, Preferences or the system."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from reader import paths
from reader.messages import CONTEXT, Message

LANGUAGES = ("en", "ar")
_installed: list[QTranslator] = []


def system_language() -> str:
    return "ar" if QLocale.system().language() == QLocale.Language.Arabic else "en"


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
    locale = ui_locale()
    args = {
        key: locale.toString(value) if isinstance(value, int) and not isinstance(value, bool)
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


def format_published(value: object) -> str:
    """A publication date for the reading header, in the interface's language and digits."""
    from datetime import datetime

    if not isinstance(value, datetime):
        return ""
    locale = ui_locale()
    with_time = (value.hour, value.minute, value.second) != (0, 0, 0)
    if current_language() == "ar":
        pattern = "d MMMM yyyy، h:mm AP" if with_time else "d MMMM yyyy"
    else:
        pattern = "MMMM d, yyyy, h:mm AP" if with_time else "MMMM d, yyyy"
    return locale.toString(value.replace(tzinfo=None), pattern)
