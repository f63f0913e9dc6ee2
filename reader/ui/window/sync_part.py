"""The window's share of sync: File › Sync Now and Set Up Sync, a word in the status bar, and
a progress dialog with Cancel while a long sync (a first one of a large library) runs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from reader.ui.app.i18n import in_digits

if TYPE_CHECKING:
    from reader.sync.engine import SyncReport
    from reader.ui.app.session import Session

LONG = 50  # files or articles: a sync this long shows its progress in a dialog


class SyncPart(QObject):
    """Given the session and a way to say a word in the status bar."""

    def __init__(self, parent: QWidget, session: Session,
                 status: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.status = status
        self.progress: QProgressDialog | None = None
        controller = session.sync
        controller.syncing.connect(self._syncing)
        controller.synced.connect(self._synced)
        controller.sync_failed.connect(self._failed)

    def sync_now(self) -> None:
        if self.session.sync.target() is None:
            self.set_up()
            return
        if self.session.sync.sync_now(asked=True):
            self.status(self.tr("Syncing…"), 0)
        else:
            self.status(self.tr("A sync is under way"), 3000)

    def set_up(self) -> None:
        from reader.ui.dialogs.sync_dialog import SyncDialog

        controller = self.session.sync
        dialog = SyncDialog(controller.target(), controller.interval(),
                            controller.position_rule(), self.parent_widget)
        if dialog.exec() == SyncDialog.DialogCode.Accepted:
            target, password, interval, position = dialog.chosen()
            self.status(self.tr("Syncing…"), 0)
            controller.set_up(target, password, interval, position)
        dialog.deleteLater()

    # -- what happened ----------------------------------------------------------------------

    def _stage(self, stage: str) -> str:
        if stage == "receiving":
            return self.tr("Receiving changes: %1 of %2")
        if stage == "adding":
            return self.tr("Adding articles: %1 of %2")
        return self.tr("Sending changes: %1 of %2")

    def _syncing(self, done: int, total: int, stage: str) -> None:
        text = in_digits(self._stage(stage).replace("%1", str(done)).replace("%2", str(total)))
        if total >= LONG and self.progress is None:
            self.progress = QProgressDialog(self.parent_widget)
            self.progress.setWindowTitle(self.tr("Sync"))
            self.progress.setCancelButtonText(self.tr("Cancel"))
            self.progress.setWindowModality(Qt.WindowModality.NonModal)
            self.progress.setMinimumDuration(0)
            self.progress.canceled.connect(self.session.sync.cancel)
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(text)
        if self.session.sync.asked or self.progress is not None:
            self.status(text, 0)

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _synced(self, report: SyncReport, asked: bool) -> None:
        self._close_progress()
        came = report.created + report.updated + report.deleted
        if not asked and not came and not report.notes:
            return  # the schedule's quiet syncs say nothing
        if report.cancelled:
            text = self.tr("Sync stopped; it goes on from there next time")
        elif came or report.notes:
            text = in_digits(self.tr("Synced: %n article(s) and %1 note(s) came", "", came)
                             .replace("%1", str(report.notes)))
        else:
            text = self.tr("Synced: nothing new")
        if report.skipped:
            text += " · " + in_digits(
                self.tr("%n item(s) skipped (see qari sync)", "", len(report.skipped)))
        self.status(text, 8000)

    def _failed(self, message: str, asked: bool) -> None:
        self._close_progress()
        self.status(self.tr("Sync failed: %1").replace("%1", message), 10000 if asked else 6000)
