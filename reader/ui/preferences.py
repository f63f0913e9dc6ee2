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

from reader.ui.fonts import READING_FACES
from reader.ui.settings import (
    MAX_MEASURE,
    MAX_SIZE,
    MIN_MEASURE,
    MIN_SIZE,
    THEMES,
    ReadingPrefs,
)


class PreferencesDialog(QDialog):
    def __init__(
        self, prefs: ReadingPrefs, language: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.language_box = QComboBox(self)
        for value, label in ((None, self.tr("System language")), ("en", "English"),
                             ("ar", "العربية")):
            self.language_box.addItem(label, value)
        self.language_box.setCurrentIndex(max(self.language_box.findData(language), 0))
        form.addRow(self.tr("Interface language"), self.language_box)
        self.face_box = QComboBox(self)
        for face in READING_FACES:
            self.face_box.addItem(face.label, face.key)
        self.face_box.setCurrentIndex(max(self.face_box.findData(prefs.face), 0))
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
        self.theme_box = QComboBox(self)
        names = {"light": self.tr("Light"), "sepia": self.tr("Sepia"), "dark": self.tr("Dark")}
        for theme in THEMES:
            self.theme_box.addItem(names[theme], theme)
        self.theme_box.setCurrentIndex(max(self.theme_box.findData(prefs.theme), 0))
        form.addRow(self.tr("Theme"), self.theme_box)
        self.digits_box = QComboBox(self)
        for value, label in (
            ("auto", self.tr("As the interface writes them")),
            ("arabic", self.tr("Arabic-Indic (٠١٢٣)")),
            ("persian", self.tr("Persian (۰۱۲۳)")),
            ("western", self.tr("Western (0123)")),
        ):
            self.digits_box.addItem(label, value)
        self.digits_box.setCurrentIndex(max(self.digits_box.findData(prefs.digits), 0))
        form.addRow(self.tr("Digits"), self.digits_box)
        self.body_digits_box = QCheckBox(self.tr("Also in the article's text"), self)
        self.body_digits_box.setChecked(prefs.body_digits)
        form.addRow("", self.body_digits_box)
        self.calendar_box = QComboBox(self)
        for value, label in (
            ("gregorian", self.tr("Gregorian")),
            ("hijri", self.tr("Hijri (Umm al-Qura)")),
            ("both", self.tr("Both")),
        ):
            self.calendar_box.addItem(label, value)
        self.calendar_box.setCurrentIndex(max(self.calendar_box.findData(prefs.calendar), 0))
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
