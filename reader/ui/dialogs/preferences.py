"""Preferences: interface language and the reading settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from reader.ui.app.settings import (
    MAX_MEASURE,
    MAX_SIZE,
    MIN_MEASURE,
    MIN_SIZE,
    THEMES,
    ReadingPrefs,
)
from reader.ui.widgets.fonts import READING_FACES


class PreferencesDialog(QDialog):
    def __init__(
        self, prefs: ReadingPrefs, language: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language_box = self._choices(
            [(None, self.tr("System language")), ("en", "English"), ("ar", "العربية")],
            language,
        )
        form.addRow(self.tr("Interface language"), self.language_box)
        self.face_box = self._choices([(f.key, f.label) for f in READING_FACES], prefs.face)
        form.addRow(self.tr("Reading font"), self.face_box)
        self.size_box = QDoubleSpinBox(self)
        self.size_box.setRange(MIN_SIZE, MAX_SIZE)
        self.size_box.setValue(prefs.size)
        form.addRow(self.tr("Text size"), self.size_box)
        self.spacing_box = QSpinBox(self)
        self.spacing_box.setRange(100, 250)
        self.spacing_box.setSingleStep(10)
        self.spacing_box.setSuffix(" %")
        self.spacing_box.setValue(prefs.line_spacing)
        form.addRow(self.tr("Line spacing"), self.spacing_box)
        self.measure_box = QSpinBox(self)
        self.measure_box.setRange(MIN_MEASURE, MAX_MEASURE)
        self.measure_box.setSingleStep(5)
        self.measure_box.setValue(prefs.measure)
        form.addRow(self.tr("Line length (characters)"), self.measure_box)
        names = {"light": self.tr("Light"), "sepia": self.tr("Sepia"), "dark": self.tr("Dark")}
        self.theme_box = self._choices([(t, names[t]) for t in THEMES], prefs.theme)
        form.addRow(self.tr("Theme"), self.theme_box)
        self.digits_box = self._choices([
            ("auto", self.tr("As the interface writes them")),
            ("arabic", self.tr("Arabic-Indic (٠١٢٣)")),
            ("persian", self.tr("Persian (۰۱۲۳)")),
            ("western", self.tr("Western (0123)")),
        ], prefs.digits)
        form.addRow(self.tr("Digits"), self.digits_box)
        self.body_digits_box = QCheckBox(self.tr("Also in the article's text"), self)
        self.body_digits_box.setChecked(prefs.body_digits)
        form.addRow("", self.body_digits_box)
        self.calendar_box = self._choices([
            ("gregorian", self.tr("Gregorian")),
            ("hijri", self.tr("Hijri (Umm al-Qura)")),
            ("both", self.tr("Both")),
        ], prefs.calendar)
        form.addRow(self.tr("Dates"), self.calendar_box)
        self.archive_box = QCheckBox(self.tr("Archive an article when I finish reading it"), self)
        self.archive_box.setChecked(prefs.archive_when_finished)
        form.addRow(self.archive_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _choices(self, options: list[tuple[object, str]], current: object) -> QComboBox:
        """A box of (value, label) choices showing ``current`` (the first when unknown)."""
        box = QComboBox(self)
        for value, label in options:
            box.addItem(label, value)
        box.setCurrentIndex(max(box.findData(current), 0))
        return box

    def prefs(self, base: ReadingPrefs | None = None) -> ReadingPrefs:
        """The dialog's choices over ``base`` (what the View menu sets stays as it was)."""
        from dataclasses import replace

        return replace(
            base or ReadingPrefs(),
            face=self.face_box.currentData(),
            size=self.size_box.value(),
            line_spacing=self.spacing_box.value(),
            theme=self.theme_box.currentData(),
            measure=self.measure_box.value(),
            archive_when_finished=self.archive_box.isChecked(),
            digits=self.digits_box.currentData(),
            body_digits=self.body_digits_box.isChecked(),
            calendar=self.calendar_box.currentData(),
        )

    def language(self) -> str | None:
        return self.language_box.currentData()
