"""The reading preferences from the window: text size, spacing, column, theme, face,
justification, harakat, digits and calendar; their menu ticks, and the Preferences dialog.
Remembered in the settings and applied to the reading view and the lists' numbers."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from reader.ui.app.settings import DEFAULT_SIZE, ReadingPrefs, Settings
from reader.ui.reading.reading_view import ReadingView


class ReadingPrefsPart(QObject):
    """Given the settings, the reading view, the actions, a way to restyle the lists'
    numbers, and what to do when the interface language is changed."""

    def __init__(
        self, reader: ReadingView, settings: Settings, action: Callable[[str], QAction],
        restyle: Callable[[], None], language_changed: Callable[[str], None],
    ) -> None:
        super().__init__(reader)
        self.reader = reader
        self.settings = settings
        self.action = action
        self.restyle = restyle
        self.language_changed = language_changed
        self.prefs: ReadingPrefs = settings.reading()
        self._numbers_shown: tuple[str, str] | None = None  # the digits and calendar shown

    def change(self, **changes: object) -> None:
        for key, value in changes.items():
            setattr(self.prefs, key, value)
        self.prefs.clamp()
        self.settings.set_reading(self.prefs)
        self.apply()

    def apply(self) -> None:
        from reader.ui.app.i18n import set_number_style
        from reader.ui.widgets.themes import apply_application_theme

        numbers = (self.prefs.digits, self.prefs.calendar)
        set_number_style(*numbers)
        apply_application_theme(self.prefs.theme)
        self.reader.apply_prefs(self.prefs)
        self.sync_actions()
        if self._numbers_shown is not None and numbers != self._numbers_shown:
            # The list's dates and counts, and the side's, written in the new style: the
            # same rows, nothing read again.
            self.restyle()
        self._numbers_shown = numbers

    def zoom_in(self) -> None:
        self.change(size=self.prefs.size + 1)

    def zoom_out(self) -> None:
        self.change(size=self.prefs.size - 1)

    def zoom_reset(self) -> None:
        self.change(size=DEFAULT_SIZE)

    def spacing_more(self) -> None:
        self.change(line_spacing=self.prefs.line_spacing + 10)

    def spacing_less(self) -> None:
        self.change(line_spacing=self.prefs.line_spacing - 10)

    def wider(self) -> None:
        self.change(measure=self.prefs.measure + 5)

    def narrower(self) -> None:
        self.change(measure=self.prefs.measure - 5)

    def set_theme(self, theme: str) -> None:
        self.change(theme=theme)

    def set_face(self, face: str) -> None:
        self.change(face=face)

    def set_justify(self, choice: str) -> None:
        self.change(justify=choice)

    def toggle_kashida(self) -> None:
        self.change(kashida=self.action("kashida").isChecked())

    def set_harakat(self, mode: str) -> None:
        self.change(harakat=mode)

    def sync_actions(self) -> None:
        self.action(f"theme_{self.prefs.theme}").setChecked(True)
        self.action(f"face_{self.prefs.face}").setChecked(True)
        self.action(f"justify_{self.prefs.justify}").setChecked(True)
        self.action(f"harakat_{self.prefs.harakat}").setChecked(True)
        self.action("kashida").setChecked(self.prefs.kashida)

    def show_preferences(self) -> None:
        from reader.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self.settings.language(), self.reader.window())
        if dialog.exec():
            self.prefs = dialog.prefs(self.prefs).clamp()
            self.change()
            language = dialog.language()
            if language != self.settings.language():
                self.settings.set_language(language)
                self.language_changed(language or "")
