"""What the reading side shows with no article open: an empty library says every way an article
comes in; a library with articles, to choose one."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QResizeEvent


class EmptyState(QWidget):
    """What the reading side shows with no article open: what to do next, never a blank."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.import_button = QToolButton(self)
        self.welcome_button = QToolButton(self)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.import_button, self.welcome_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.label, 100)  # as wide as its maximum allows, centred
        line.addStretch(1)
        layout.addLayout(line)
        layout.addLayout(row)
        layout.addStretch(2)
        self.set_library_empty(False)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        # A wrapped label keeps the height of the width it was first laid out at: given its
        # width and the height its lines need at it, a long (Arabic) sentence wraps instead
        # of running off both sides of a narrow window.
        self._fit_label()
        super().resizeEvent(event)

    def _fit_label(self) -> None:
        """Never wider than the room (nor than 70 characters), never a minimum of its own: the
        panels beside the reading view decide its width."""
        from PySide6.QtCore import QRect

        width = max(min(self.width() - 48, self.label.fontMetrics().averageCharWidth() * 70),
                    80)
        self.label.setMinimumWidth(0)
        self.label.setMaximumWidth(width)
        box = self.label.fontMetrics().boundingRect(
            QRect(0, 0, width, 10_000),
            int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter), self.label.text(),
        )
        self.label.setFixedHeight(box.height() + 8)

    def bind_actions(self, import_files: QAction, welcome: QAction) -> None:
        self.import_button.setDefaultAction(import_files)
        self.welcome_button.setDefaultAction(welcome)

    def set_library_empty(self, empty: bool) -> None:
        if empty:
            text = self.tr(
                "Your library is empty. Import saved pages, e-books, Word, text or Markdown "
                "files, paste an article (Ctrl+Shift+V) or add one from a link, or drop them "
                "on this window."
            )
        else:
            text = self.tr("Choose an article in the library, or import more.")
        self.label.setText(text)
        if self.width() > 0:
            self._fit_label()
