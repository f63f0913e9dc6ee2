"""Organising the library from the window: the inbox and the archive, and tags, for the
selected articles (or the open one). Writes run as tasks of the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow
    from reader.ui.session import Session


class Organiser(QObject):
    def __init__(
        self, window: MainWindow, session: Session, current: Callable[[], int | None]
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.current = current

    def archive_selected(self) -> None:
        """Archive the selected articles (or the open one); if all are archived already,
        bring them back to the inbox."""
        ids = self._targets()
        if not ids:
            return
        summaries = [self.window.model.summary_at(r) for r in map(self.window.model.row_of, ids)
                     if r is not None]
        archived = not (summaries and all(s is not None and s.archived for s in summaries))
        self.session.reading.set_archived(ids, archived)

    def _targets(self) -> list[int]:
        return self.window.library_view.selected_ids() or (
            [self.current()] if self.current() is not None else []
        )

    def tag_selected(self, name: str | None = None) -> None:
        """Tag the selected (or open) articles; the name is asked for, with the library's
        tags offered as it is typed."""
        ids = self._targets()
        if not ids:
            return
        if name is None:
            known = [t.name for t in self.session.library.tags.all()]
            name = self._ask_tag(self.tr("Add tag"), known)
        if name:
            self._change_tags(ids, name, add=True)

    def untag_selected(self, name: str | None = None) -> None:
        ids = self._targets()
        if not ids:
            return
        if name is None:
            names = sorted({t for i in ids for t in self.session.library.tags.of(i)})
            name = self._ask_tag(self.tr("Remove tag"), names, pick_only=True)
        if name:
            self._change_tags(ids, name, add=False)

    def _ask_tag(self, title: str, names: list[str], pick_only: bool = False) -> str | None:
        from PySide6.QtWidgets import QInputDialog  # dialogs: loaded when first opened

        if pick_only:
            if not names:
                return None
            name, ok = QInputDialog.getItem(self.window, title, self.tr("Tag"), names, 0, False)
        else:
            name, ok = QInputDialog.getItem(self.window, title, self.tr("Tag"), names, -1, True)
        return name.strip() if ok and name.strip() else None

    def _change_tags(self, ids: list[int], name: str, add: bool) -> None:
        from reader.ui.tasks import TaskContext

        def work(context: TaskContext) -> int:
            tags = context.library.tags
            return tags.add(ids, name) if add else tags.remove(ids, name)

        def done(_count: int) -> None:
            self.window.refresh_library()

        self.session.runner.run(
            work, success=done, failure=self.session.errors.report, name="tags", owner=self.window
        )

    def shelved(self, ids: list[int]) -> None:
        self.window.refresh_library()
        message = self.tr("%n article(s) moved", "", len(ids))
        self.window.statusBar().showMessage(message, 4000)
