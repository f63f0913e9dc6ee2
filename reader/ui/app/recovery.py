"""When the library cannot be opened: say why, and offer a way out that loses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from reader.library.articles import Library
from reader.library.backup import BackupError, backups, restore, set_aside
from reader.library.errors import LibraryError, describe
from reader.ui.app.i18n import core_text

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

RESTORE, NEW, QUIT = "restore", "new", "quit"


def ask(error: str, has_backup: bool, parent: QWidget | None = None) -> str:
    from PySide6.QtWidgets import QMessageBox  # only for a library that will not open

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(box.tr("Cannot open the library"))
    box.setText(error)
    box.setInformativeText(
        box.tr("Nothing will be deleted: a library that is replaced is kept beside it.")
    )
    choices = {}
    if has_backup:
        choices[box.addButton(box.tr("Restore Latest Backup"),
                              QMessageBox.ButtonRole.AcceptRole)] = RESTORE
    choices[box.addButton(box.tr("Start a New Library"), QMessageBox.ButtonRole.ActionRole)] = NEW
    choices[box.addButton(box.tr("Quit"), QMessageBox.ButtonRole.RejectRole)] = QUIT
    box.exec()
    return choices.get(box.clickedButton(), QUIT)


def open_library(path: Path, chooser=ask) -> Library | None:  # noqa: ANN001 - tests swap it
    """The library at ``path``, or after the user's choice of way out; None to quit."""
    message = pending = ""
    for _attempt in range(5):
        try:
            return Library(path)
        except LibraryError as exc:
            # What stopped the last way out (the disk) comes first: it is what to act on.
            message, pending = pending or core_text(exc.message), ""
        available = [b for b in backups(path)]
        choice = chooser(message, bool(available))
        try:
            if choice == RESTORE and available:
                for candidate in available:
                    try:
                        restore(path, candidate)
                        break
                    except BackupError as exc:
                        message = core_text(exc.message)
            elif choice == NEW:
                set_aside(path, "unreadable")
            else:
                return None
        except OSError as exc:  # a full disk, a read-only folder: say so, and ask again
            reason = describe(exc)
            pending = core_text(reason) if reason else str(exc)
    return None
