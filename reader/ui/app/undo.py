"""Every annotation change as an undoable command (Ctrl+Z, Ctrl+Shift+Z).

Commands find their annotation by uuid: a delete followed by an undo restores the same
annotation under a new row id.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from reader.library.annotations import Annotation, Annotations

Changed = Callable[[int], None]  # article id whose annotations changed


class _Command(QUndoCommand):
    def __init__(self, store: Annotations, changed: Changed, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.changed = changed
        self.failed: Callable[[BaseException], None] | None = None

    def guarded(self, step: Callable[[], None]) -> None:
        """Run a step; when the library refuses it (the disk is full, it is busy or
        read-only), report that and drop this command from the stack: it did nothing."""
        try:
            step()
        except (sqlite3.Error, OSError) as exc:
            self.setObsolete(True)
            if self.failed is None:
                raise
            self.failed(exc)

    def redo(self) -> None:
        self.guarded(self._redo)

    def undo(self) -> None:
        self.guarded(self._undo)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError

    def _id(self, uuid: str) -> int | None:
        found = self.store.by_uuid(uuid)
        return found.id if found else None


class AddAnnotation(_Command):
    """Redo puts the annotation (already created once) back; undo removes it."""

    def __init__(self, store: Annotations, changed: Changed, annotation: Annotation,
                 text: str) -> None:
        super().__init__(store, changed, text)
        self.annotation = annotation
        self._first = True

    def _redo(self) -> None:
        if self._first:  # created by the caller; nothing to do the first time
            self._first = False
        elif self._id(self.annotation.uuid) is None:
            self.annotation = self.store.restore(self.annotation)
        self.changed(self.annotation.article_id)

    def _undo(self) -> None:
        annotation_id = self._id(self.annotation.uuid)
        if annotation_id is not None:
            self.annotation = self.store.delete(annotation_id) or self.annotation
        self.changed(self.annotation.article_id)


class DeleteAnnotation(_Command):
    def __init__(self, store: Annotations, changed: Changed, annotation: Annotation,
                 text: str) -> None:
        super().__init__(store, changed, text)
        self.annotation = annotation

    def _redo(self) -> None:
        annotation_id = self._id(self.annotation.uuid)
        if annotation_id is not None:
            self.annotation = self.store.delete(annotation_id) or self.annotation
        self.changed(self.annotation.article_id)

    def _undo(self) -> None:
        if self._id(self.annotation.uuid) is None:
            self.annotation = self.store.restore(self.annotation)
        self.changed(self.annotation.article_id)


class EditAnnotation(_Command):
    """A change of note, colour or name. Consecutive edits of one note merge into one step,
    so that undo after typing restores the note as it was before the typing."""

    MERGE_ID = 4242

    def __init__(self, store: Annotations, changed: Changed, annotation: Annotation,
                 field: str, value: str, text: str) -> None:
        super().__init__(store, changed, text)
        self.uuid = annotation.uuid
        self.article_id = annotation.article_id
        self.field = field
        self.old = getattr(annotation, field)
        self.new = value

    def _apply(self, value: str) -> None:
        annotation_id = self._id(self.uuid)
        if annotation_id is not None:
            self.store.update(annotation_id, **{self.field: value})
        self.changed(self.article_id)

    def _redo(self) -> None:
        self._apply(self.new)

    def _undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return self.MERGE_ID if self.field == "note" else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, EditAnnotation) or other.uuid != self.uuid:
            return False
        if other.field != self.field:
            return False
        self.new = other.new
        return True
