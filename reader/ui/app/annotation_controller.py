"""Highlights, notes and bookmarks between the window and the library, with undo.

Every change is a command on the session's undo stack (Ctrl+Z, Ctrl+Shift+Z) and reaches the
views through ``changed``; a change the library refuses (the disk is full, the library is
busy or read-only) is reported and leaves the stack as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from reader.ui.app.changes import Changes
from reader.ui.app.tasks import guard

if TYPE_CHECKING:
    from reader.library.annotations import Annotation, Annotations
    from reader.library.articles import Library
    from reader.ui.app.undo import _Command

T = TypeVar("T")



class AnnotationController(QObject):
    changed = Signal(int)  # article id whose annotations changed
    changes = Signal(object)  # the same, as Changes, for the session
    failed = Signal(object)  # the exception a write raised

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.undo_stack = QUndoStack(self)
        # The list's row shows a count of notes: the row changes with them.
        self.changed.connect(
            lambda article_id: self.changes.emit(Changes(
                rows=frozenset({article_id}), notes=frozenset({article_id})
            ))
        )

    @property
    def store(self) -> Annotations:
        return self.library.annotations

    def _guard(self, write: Callable[[], T]) -> T | None:
        return guard(write, self.failed.emit)

    def _push(self, command: _Command) -> None:
        # A step the library refuses is reported through ``failed`` and leaves the stack.
        command.failed = self.failed.emit
        self.undo_stack.push(command)

    def _added(self, annotation: Annotation | None, text: str) -> Annotation | None:
        if annotation is None:
            return None
        from reader.ui.app.undo import AddAnnotation

        self._push(AddAnnotation(self.store, self.changed.emit, annotation, text))
        return annotation

    def highlight(
        self, article_id: int, start: int, end: int, color: str = "yellow", note: str = ""
    ) -> Annotation | None:
        return self._added(
            self._guard(lambda: self.store.add_highlight(article_id, start, end, color, note)),
            QCoreApplication.translate("Annotations", "Highlight"),
        )

    def add_article_note(self, article_id: int) -> Annotation | None:
        return self._added(
            self._guard(lambda: self.store.add_article_note(article_id, "")),
            QCoreApplication.translate("Annotations", "Add article note"),
        )

    def add_bookmark(self, article_id: int, offset: int) -> Annotation | None:
        return self._added(
            self._guard(lambda: self.store.add_bookmark(article_id, offset)),
            QCoreApplication.translate("Annotations", "Add bookmark"),
        )

    def delete(self, annotation: Annotation) -> None:
        from reader.ui.app.undo import DeleteAnnotation

        text = QCoreApplication.translate("Annotations", "Delete")
        self._push(DeleteAnnotation(self.store, self.changed.emit, annotation, text))

    def edit(self, annotation: Annotation, field: str, value: str) -> None:
        from reader.ui.app.undo import EditAnnotation

        text = {
            "note": QCoreApplication.translate("Annotations", "Edit note"),
            "color": QCoreApplication.translate("Annotations", "Change colour"),
            "name": QCoreApplication.translate("Annotations", "Rename bookmark"),
        }[field]
        self._push(EditAnnotation(self.store, self.changed.emit, annotation, field, value, text))

    def for_article(self, article_id: int | None) -> list[Annotation]:
        return self.store.for_article(article_id) if article_id else []

    def get(self, annotation_id: int) -> Annotation | None:
        return self.store.get(annotation_id)

    def note_of(self, annotation_id: int) -> str:
        found = self.store.get(annotation_id)
        return found.note if found else ""

    def highlights(self, article_id: int) -> list[tuple[int, int, str, int]]:
        return [
            (a.start, a.end, a.color, a.id or 0)
            for a in self.store.for_article(article_id, "highlight")
            if not a.orphaned and a.start is not None and a.end is not None
        ]

    def clear_history(self) -> None:
        self.undo_stack.clear()
