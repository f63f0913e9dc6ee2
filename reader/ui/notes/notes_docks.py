"""The Notes and Bookmarks docks and what the reader does with annotations in the window:
highlight, note, bookmark a place, jump, the All Notes dialog and exporting notes.

Writes go through the session's annotation controller (undo, errors); this class is the
window's side of it: which passage is selected, which dock to show.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.ui.notes.notes_panel import BookmarksPanel, NotesPanel

if TYPE_CHECKING:
    from reader.library.annotations import Annotation
    from reader.ui.app.session import Session
    from reader.ui.app.tasks import TaskContext
    from reader.ui.notes.all_notes import AllNotesDialog
    from reader.ui.reading.reading_view import ReadingView


class NotesDocks(QObject):
    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        reader: ReadingView,
        current: Callable[[], int | None],
        open_article: Callable[[int], bool],
        selected_ids: Callable[[], list[int]],
    ) -> None:
        super().__init__(window)
        self.window = window
        self.session = session
        self.notes = session.annotations
        self.reader = reader
        self.current = current
        self.open_article = open_article
        self.selected_ids = selected_ids
        self.all_notes_dialog: AllNotesDialog | None = None
        self.notes_panel = NotesPanel(window)
        self.bookmarks_panel = BookmarksPanel(window)
        self.notes_dock = QDockWidget(self.tr("Notes"), window)
        self.notes_dock.setObjectName("notesDock")
        self.notes_dock.setWidget(self.notes_panel)
        self.bookmarks_dock = QDockWidget(self.tr("Bookmarks"), window)
        self.bookmarks_dock.setObjectName("bookmarksDock")
        self.bookmarks_dock.setWidget(self.bookmarks_panel)
        # Dock areas are absolute, not mirrored: put the panels on the trailing side.
        trailing = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        for dock in self.docks:
            window.addDockWidget(trailing, dock)
        window.tabifyDockWidget(self.notes_dock, self.bookmarks_dock)
        self.notes_dock.raise_()
        self._connect()

    @property
    def docks(self) -> tuple[QDockWidget, QDockWidget]:
        return self.notes_dock, self.bookmarks_dock

    def _connect(self) -> None:
        notes, panel, marks = self.notes, self.notes_panel, self.bookmarks_panel
        self.reader.pane.annotation_clicked.connect(self.select_annotation)
        panel.jump_requested.connect(self.reader.scroll_to_plain)
        marks.jump_requested.connect(self.reader.scroll_to_plain)
        panel.note_edited.connect(lambda a, text: notes.edit(a, "note", text))
        panel.color_chosen.connect(lambda a, color: notes.edit(a, "color", color))
        panel.delete_requested.connect(notes.delete)
        marks.delete_requested.connect(notes.delete)
        marks.model.rename = lambda a, name: notes.edit(a, "name", name)
        panel.article_note_requested.connect(self.add_article_note)
        notes.changed.connect(self.changed)

    def set_read_only(self) -> None:
        """Notes and bookmarks shown, nothing offered that would change them."""
        self.notes_panel.set_read_only()
        self.bookmarks_panel.set_read_only()

    def bind_menu(self, actions: list[QAction]) -> None:
        """The text's context menu offers these."""
        self.reader.bind_menu(actions)

    def changed(self, article_id: int) -> None:
        if article_id == self.current():
            self.reader.refresh_highlights()
            self.load()

    def load(self) -> None:
        annotations = self.notes.for_article(self.current())
        self.notes_panel.set_annotations(annotations)
        self.bookmarks_panel.set_annotations(annotations)

    def highlight_selection(self, color: str = "yellow", note: str = "") -> Annotation | None:
        selected = self.reader.selection_range()
        article_id = self.current()
        if article_id is None or selected is None:
            self.window.statusBar().showMessage(self.tr("Select a passage first"), 4000)
            return None
        return self.notes.highlight(article_id, selected[0], selected[1], color, note)

    def note_selection(self) -> None:
        annotation = self.highlight_selection()
        if annotation is not None:
            self._edit_note_of(annotation)

    def add_article_note(self) -> None:
        article_id = self.current()
        if article_id is not None:
            annotation = self.notes.add_article_note(article_id)
            if annotation is not None:
                self._edit_note_of(annotation)

    def _edit_note_of(self, annotation: Annotation) -> None:
        self.notes_dock.show()
        self.notes_dock.raise_()
        self.notes_panel.select_uuid(annotation.uuid)
        self.notes_panel.editor.setFocus()

    def add_position_bookmark(self) -> None:
        article_id = self.current()
        if article_id is None:
            return
        if self.notes.add_bookmark(article_id, self.reader.reading_position()):
            self.bookmarks_dock.show()
            self.bookmarks_dock.raise_()

    def select_annotation(self, annotation_id: int) -> None:
        annotation = self.notes.get(annotation_id)
        if annotation is not None:
            self.notes_dock.show()
            self.notes_dock.raise_()
            self.notes_panel.select_uuid(annotation.uuid)

    def show_all_notes(self) -> None:
        from reader.ui.notes.all_notes import AllNotesDialog

        if self.all_notes_dialog is None:
            self.all_notes_dialog = AllNotesDialog(self.window)
            self.all_notes_dialog.open_requested.connect(self.open_annotation)
        dialog = self.all_notes_dialog
        dialog.model.set_notes(self.session.library.annotations.all_notes(), dialog.search.text())
        dialog.show()
        dialog.raise_()

    def open_annotation(self, annotation: Annotation) -> None:
        """Open the annotation's article at its passage, with the note selected."""
        if not self.open_article(annotation.article_id):
            return
        if annotation.start is not None and not annotation.orphaned:
            self.reader.scroll_to_plain(annotation.start)
        self.select_annotation(annotation.id or 0)

    def export_notes_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        path, _chosen = QFileDialog.getSaveFileName(
            self.window, self.tr("Export notes"), str(Path.home() / "qari-notes.md"),
            self.tr("Markdown (*.md);;Web Annotation JSON-LD (*.json)"),
        )
        if path:
            self.export_notes(Path(path))

    def export_notes(self, path: Path) -> None:
        """Notes of the selected articles (or of all) to Markdown or JSON-LD, by extension;
        in the background, written beside the target and renamed over it when whole."""
        ids = self.selected_ids() or None

        def work(context: TaskContext) -> Path:
            import json

            from reader import atomic
            from reader.library.notes_export import to_jsonld, to_markdown

            library = context.library
            if path.suffix.lower() == ".json":
                text = json.dumps(to_jsonld(library, ids), ensure_ascii=False, indent=2) + "\n"
            else:
                text = to_markdown(library, ids)
            return atomic.write_text(path, text)

        def done(written: Path) -> None:
            self.window.statusBar().showMessage(
                self.tr("Notes exported to %1").replace("%1", str(written)), 8000
            )

        self.session.runner.run(
            work, success=done, failure=self.session.errors.report, name="export",
            owner=self.window,
        )
