"""Asking for a tag's or a collection's name, with the library's names offered as it is
typed, matched as search matches words: "اخبار" offers "أخبار", "كرة" offers "كرة القدم"."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from reader.library.tags import tag_key
from reader.text.direction import direction_of

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class FoldingCompleter(QCompleter):
    """Completes against names folded as tags fold (harakat, hamza forms, ة/ه, ى/ي, case),
    anywhere in the name; what is put in the box is the name as it is written."""

    def __init__(self, names: list[str], parent: QWidget | None = None) -> None:
        model = QStandardItemModel(parent)
        for name in names:
            item = QStandardItem(name)
            item.setData(tag_key(name), KEY_ROLE)
            rtl = direction_of(name, "ltr") == "rtl"
            item.setData(
                Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft,
                Qt.ItemDataRole.TextAlignmentRole,
            )
            model.appendRow(item)
        super().__init__(model, parent)
        model.setParent(self)  # the completer does not own its model: Python would drop it
        self.names = model
        self.setCompletionRole(KEY_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        return [tag_key(path)]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


def ask_name(
    parent: QWidget, title: str, label: str, names: list[str], text: str = ""
) -> str | None:
    """A name typed (or picked from ``names`` as it is typed), or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    form = QFormLayout(dialog)
    edit = QLineEdit(text, dialog)
    edit.setCompleter(FoldingCompleter(names, edit))
    # The box follows what is typed: an Arabic name right to left in an English window.
    edit.textChanged.connect(lambda value: edit.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if direction_of(value, "ltr") == "rtl"
        else Qt.LayoutDirection.LeftToRight
    ))
    form.addRow(label, edit)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = edit.text().strip()
    dialog.deleteLater()
    return value if accepted and value else None
