"""The Notes panel (an article's highlights and notes, edited in place) and the Bookmarks panel
(position bookmarks: jump, rename, delete)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.library.annotation_kinds import BOOKMARK, COLORS, HIGHLIGHT, NOTE
from reader.library.articles import parse_iso
from reader.text.direction import direction_of
from reader.ui.app.i18n import format_date
from reader.ui.widgets.direction import HIGHLIGHT_COLOURS, leading_alignment, qt_direction
from reader.ui.widgets.roles import ANNOTATION_ROLE, LINES_ROLE

if TYPE_CHECKING:
    from reader.library.annotations import Annotation
    from reader.ui.widgets.rich_rows import Line

AnyIndex = QModelIndex | QPersistentModelIndex
SAVE_DELAY_MS = 500  # a typed note reaches the disk at most this long after the last key


def _date(value: str) -> str:
    parsed = parse_iso(value)
    if parsed is None:
        return ""
    return format_date(parsed.astimezone())


def _rich_rows_once_filled(view: QListView) -> None:
    """Give a list its rich-row delegate when it first has rows: an empty panel, as at
    start-up, needs neither the delegate nor the text-document classes it loads."""
    model = view.model()

    def install() -> None:
        if model.rowCount() == 0:
            return
        from reader.ui.widgets.rich_rows import LinesDelegate

        view.setItemDelegate(LinesDelegate(view))
        model.modelReset.disconnect(install)
        model.rowsInserted.disconnect(install)

    model.modelReset.connect(install)
    model.rowsInserted.connect(install)


class AnnotationsModel(QAbstractListModel):
    def __init__(self, kinds: tuple[str, ...], parent: object = None) -> None:
        super().__init__(parent)
        self.kinds = kinds
        self.rows: list[Annotation] = []
        self.rename: Callable[[Annotation, str], None] | None = None

    def set_rows(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self.rows = [a for a in annotations if a.kind in self.kinds]
        # Article notes first, then the passages in text order.
        self.rows.sort(key=lambda a: (a.kind != NOTE, a.start or 0, a.created_at))
        self.endResetModel()

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, a in enumerate(self.rows) if a.uuid == uuid), None)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.rows[index.row()].kind == BOOKMARK and self.rename:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: AnyIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.rename is None:
            return False
        name = str(value).strip()
        if not name:
            return False
        self.rename(self.rows[index.row()], name)
        return True

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        annotation = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if annotation.kind == BOOKMARK:
                return annotation.name
            return annotation.note or annotation.exact
        if role == ANNOTATION_ROLE:
            return annotation
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return leading_alignment(direction_of(self.data(index) or "", "rtl"))
        if role == LINES_ROLE:
            return self._lines(annotation)
        return None

    def _lines(self, annotation: Annotation) -> list[Line]:
        from reader.ui.widgets.rich_rows import Line  # with the first row, not at start-up

        meta = _date(annotation.updated_at)
        if annotation.kind == BOOKMARK:
            return [Line(annotation.name, "title"), Line(meta, "muted")]
        lines: list[Line] = []
        if annotation.kind == NOTE:
            lines.append(Line(self.tr("Article note"), "muted"))
        else:
            colour = HIGHLIGHT_COLOURS.get(annotation.color, "")
            lines.append(Line(annotation.exact, "quote", background=colour))
        if annotation.note:
            lines.append(Line(annotation.note, "body"))
        if annotation.orphaned:
            meta = self.tr("Passage not found in the current text") + " — " + meta
        lines.append(Line(meta, "muted"))
        return lines


class NotesPanel(QWidget):
    """Lists the article's highlights and notes; the note of the selected one is edited below
    and saved as it is typed."""

    jump_requested = Signal(int)  # plain-text offset
    note_edited = Signal(object, str)  # annotation, new text
    color_chosen = Signal(object, str)
    delete_requested = Signal(object)
    article_note_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationsModel((HIGHLIGHT, NOTE), self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        _rich_rows_once_filled(self.list)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setPlaceholderText(self.tr("Write a note…"))
        self.editor.setMaximumHeight(120)
        self.status = QLabel(self)
        self.color_box = QComboBox(self)
        names = {"yellow": self.tr("Yellow"), "green": self.tr("Green"), "blue": self.tr("Blue"),
                 "pink": self.tr("Pink")}
        for color in COLORS:
            self.color_box.addItem(names[color], color)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.article_note_button = QPushButton(self.tr("Add Article Note"), self)
        row = QHBoxLayout()
        row.addWidget(self.color_box)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.article_note_button)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.editor)
        layout.addLayout(row)
        self._current: Annotation | None = None
        self.read_only = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self.editor.textChanged.connect(self._typed)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self.list.activated.connect(self._activated)
        self.delete_button.clicked.connect(self._delete)
        self.color_box.activated.connect(self._color)
        self.article_note_button.clicked.connect(self.article_note_requested)
        self._set_current(None)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """New rows; the selection and the note being edited survive when still there."""
        self.save_now()
        keep = self._current.uuid if self._current else None
        self.model.set_rows(annotations)
        row = self.model.row_of(keep) if keep else None
        if row is not None:
            status = self.status.text()
            self.select_row(row, move_editor=False)
            self.status.setText(status)
        else:
            self._set_current(None)

    def select_uuid(self, uuid: str) -> bool:
        row = self.model.row_of(uuid)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int, move_editor: bool = True) -> None:
        index = self.model.index(row)
        selection = self.list.selectionModel()
        if not move_editor:
            selection.blockSignals(True)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if not move_editor:
            selection.blockSignals(False)
            self._current = self.model.rows[row]
        self.list.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_now()
        self._set_current(current.data(ANNOTATION_ROLE) if current.isValid() else None)

    def _set_current(self, annotation: Annotation | None) -> None:
        self._current = annotation
        self.editor.blockSignals(True)
        self.editor.setPlainText(annotation.note if annotation else "")
        self.editor.blockSignals(False)
        self._align_editor()
        self.editor.setEnabled(annotation is not None)
        self.editor.setReadOnly(self.read_only)  # a read-only library's notes can be read
        self.delete_button.setEnabled(annotation is not None and not self.read_only)
        self.color_box.setEnabled(
            annotation is not None and annotation.kind == HIGHLIGHT and not self.read_only
        )
        if annotation is not None and annotation.color:
            self.color_box.setCurrentIndex(max(self.color_box.findData(annotation.color), 0))
        self.status.setText("")

    def set_read_only(self) -> None:
        """For a library that cannot be written: notes shown, nothing offered that writes."""
        self.read_only = True
        self.article_note_button.setEnabled(False)
        self._set_current(self._current)

    def _align_editor(self) -> None:
        direction = direction_of(self.editor.toPlainText(), "rtl")
        option = self.editor.document().defaultTextOption()
        option.setTextDirection(qt_direction(direction))
        option.setAlignment(leading_alignment(direction))
        self.editor.document().setDefaultTextOption(option)

    def _typed(self) -> None:
        if self._current is None:
            return
        self._align_editor()
        self.status.setText(self.tr("Saving…"))
        self._save_timer.start()

    def save_now(self) -> None:
        """Write the note being typed, if it changed (also on close and on switching)."""
        self._save_timer.stop()
        current = self._current
        if current is None:
            return
        text = self.editor.toPlainText()
        if text != current.note:
            # Ours first: saving refreshes this panel, which must see nothing left to save.
            self._current = replace(current, note=text)
            self.note_edited.emit(current, text)
            self.status.setText(self.tr("Saved"))

    def _activated(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is not None and annotation.start is not None and not annotation.orphaned:
            self.jump_requested.emit(annotation.start)

    def _delete(self) -> None:
        if self._current is not None:
            annotation = self._current
            self._current = None
            self.delete_requested.emit(annotation)

    def _color(self, _index: int) -> None:
        if self._current is not None:
            self.color_chosen.emit(self._current, self.color_box.currentData())


class BookmarksPanel(QWidget):
    jump_requested = Signal(int)
    delete_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AnnotationsModel((BOOKMARK,), self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        _rich_rows_once_filled(self.list)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.delete_button = QPushButton(self.tr("Delete"), self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.delete_button)
        self.list.activated.connect(self._activated)
        self.list.clicked.connect(self._activated)
        self.delete_button.clicked.connect(self._delete)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.model.set_rows(annotations)

    def set_read_only(self) -> None:
        self.model.rename = None
        self.delete_button.setEnabled(False)

    def _activated(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is not None and annotation.start is not None:
            self.jump_requested.emit(annotation.start)

    def _delete(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.delete_requested.emit(index.data(ANNOTATION_ROLE))
