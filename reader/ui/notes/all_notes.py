"""All notes across the library, searchable; opening one shows its passage."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from reader.library.annotations import Annotation
from reader.text.search import normalize_for_search
from reader.ui.widgets.direction import HIGHLIGHT_COLOURS
from reader.ui.widgets.rich_rows import LINES_ROLE, Line, LinesDelegate

AnyIndex = QModelIndex | QPersistentModelIndex


class AllNotesModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.all: list[tuple[Annotation, str]] = []
        self.rows: list[tuple[Annotation, str]] = []

    def set_notes(self, notes: list[tuple[Annotation, str]], query: str = "") -> None:
        self.all = notes
        self.filter(query)

    def filter(self, query: str) -> None:
        terms = normalize_for_search(query).split()
        self.beginResetModel()
        self.rows = [
            (a, title) for a, title in self.all
            if all(t in normalize_for_search(f"{title} {a.exact} {a.note}") for t in terms)
        ]
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        annotation, title = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return annotation.note or annotation.exact
        if role == Qt.ItemDataRole.UserRole:
            return annotation
        if role == LINES_ROLE:
            lines = [Line(title, "title")]
            if annotation.exact:
                colour = HIGHLIGHT_COLOURS.get(annotation.color, "")
                lines.append(Line(annotation.exact, "quote", background=colour))
            if annotation.note:
                lines.append(Line(annotation.note))
            return lines
        return None


class AllNotesDialog(QDialog):
    open_requested = Signal(object)  # Annotation

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("All Notes"))
        self.resize(560, 640)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search notes"))
        self.search.setClearButtonEnabled(True)
        self.model = AllNotesModel(self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(LinesDelegate(self.list))
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        self.search.textChanged.connect(self.model.filter)
        self.list.activated.connect(self._open)
        self.list.doubleClicked.connect(self._open)

    def _open(self, index: QModelIndex) -> None:
        annotation = index.data(Qt.ItemDataRole.UserRole)
        if annotation is not None:
            self.open_requested.emit(annotation)
