"""The window's view of imports: progress and Cancel in the status bar, then the summary.

Imports belong to the session (they outlive a window); this shows the one running, whichever
window started it, and reports its end in the interface language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton

from reader.text.normalize import isolate
from reader.ui.app.i18n import core_text, number

if TYPE_CHECKING:
    from reader.ui.app.import_controller import ImportController, ImportReport
    from reader.ui.app.session import Session


class ImportStatus(QObject):
    open_requested = Signal(int)  # an article the import asks to show

    def __init__(self, window: QMainWindow, session: Session) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.imports: ImportController = session.imports
        status = window.statusBar()
        self.progress = QProgressBar(window)
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("%v / %m")
        self.cancel_button = QPushButton(self.tr("Cancel"), window)
        self.cancel_button.clicked.connect(self.imports.cancel)
        self.label = QLabel(window)
        for widget in self._widgets():
            status.addPermanentWidget(widget)
            widget.hide()
        # The session outlives the window: its signals reach this object while it exists.
        self.imports.started.connect(self.started)
        self.imports.progress.connect(self.advanced)
        self.imports.finished.connect(self.finished)
        if self.imports.busy():  # an import started under the window this one replaces
            self.started()

    def _widgets(self) -> tuple[QLabel, QProgressBar, QPushButton]:
        return self.label, self.progress, self.cancel_button

    def started(self) -> None:
        self.progress.setRange(0, 0)
        self.label.setText(self.tr("Importing…"))
        for widget in self._widgets():
            widget.show()

    def advanced(self, done: int, total: int, name: str) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.label.setText(self.tr("Importing %1").replace("%1", isolate(name)))

    def finished(self, report: ImportReport) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        from reader.library.importer import summarise

        if not self.imports.busy():
            for widget in self._widgets():
                widget.hide()
        outcomes = report.outcomes
        counts = summarise(outcomes)
        message = self.tr("%1 imported, %2 duplicate, %3 updated, %4 failed")
        for i, key in enumerate(("imported", "duplicate", "updated", "failed"), start=1):
            message = message.replace(f"%{i}", number(counts[key]))
        if report.cancelled:
            message = self.tr("Import cancelled") + " — " + message
        if report.error is not None:
            message = self.tr("The import stopped") + " — " + message
        self.window.statusBar().showMessage(message, 15000)
        failed = [o for o in outcomes if o.status == "failed"]
        if report.error is not None:
            self.session.errors.report(report.error, self.tr("Import finished"))
        elif failed:
            box = QMessageBox(self.window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Import finished"))
            box.setText(message)
            box.setDetailedText(
                "\n".join(
                    f"{isolate(Path(o.path).name)}: {core_text(o.message or o.error)}"
                    for o in failed
                )
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.setObjectName("importSummary")
            box.open()
        opened = [o.id for o in outcomes if o.id is not None and o.status != "failed"]
        changed = [o for o in outcomes if o.status in ("imported", "updated")]
        if opened and (report.open_result or len(changed) == 1):
            self.open_requested.emit(opened[0])

    def show_read_only(self) -> None:
        """A permanent word in the status bar: this library can be read, not changed."""
        from PySide6.QtWidgets import QLabel

        label = QLabel(self.tr("Read-only library"), self.window)
        label.setObjectName("readOnlyState")
        label.setToolTip(self.tr(
            "This library's file or folder cannot be written: articles can be read, searched "
            "and copied, but not imported, changed or annotated."
        ))
        self.window.statusBar().addPermanentWidget(label)
