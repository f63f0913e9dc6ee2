"""Start-up: the application, fonts, translations, the library, the window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader import __version__, paths
from reader.library.articles import Library
from reader.library.db import LibraryError
from reader.ui import fonts, i18n
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv or sys.argv[:1])
    app.setApplicationName("Qari")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Qari")
    app.setDesktopFileName("qari")
    fonts.register_fonts()
    app.setFont(fonts.ui_font(app.font().pointSizeF() or 10.0))
    return app


def release_clipboard() -> None:
    """Drop our clipboard data before Qt tears down, on the platforms without a system
    clipboard (offscreen, minimal): their built-in clipboard crashes at exit when it still owns
    data set from Python. Real desktops keep the copied title for clipboard managers."""
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        QGuiApplication.clipboard().clear()


def choose_language(settings: Settings, requested: str | None) -> str:
    return requested or settings.language() or i18n.system_language()


def create_window(library: Library, settings: Settings, lang: str) -> MainWindow:
    app = make_app()
    i18n.install(app, lang)
    window = MainWindow(library, settings)
    return window


def first_launch(window: MainWindow) -> None:
    if window.library.count() == 0 and not window.settings.value("session/welcomed"):
        window.settings.set_value("session/welcomed", True)
        window.open_welcome()


def run(files: list[Path] | None = None, lang: str | None = None) -> int:
    app = make_app()
    settings = Settings()
    lang = choose_language(settings, lang)
    i18n.install(app, lang)
    try:
        library = Library(paths.library_path())
    except LibraryError as exc:
        QMessageBox.critical(
            None, QCoreApplication.translate("App", "Cannot open the library"), str(exc)
        )
        return 2
    holder: dict[str, MainWindow] = {}

    def show_window(language: str) -> None:
        old = holder.get("window")
        if old is not None:
            old.save_state()
        window = create_window(library, settings, language or i18n.system_language())
        window.language_change_requested.connect(show_window)
        window.restore_state()
        window.show()
        holder["window"] = window
        if old is not None:
            old.hide()
            old.deleteLater()

    show_window(lang)
    window = holder["window"]
    if files:
        window.start_import([f.expanduser() for f in files], open_result=True)
    else:
        first_launch(window)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    code = app.exec()
    release_clipboard()
    library.close()
    return code
