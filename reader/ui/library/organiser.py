"""Organising the library from the window: the inbox and the archive, tags and collections
for the selected articles (or the open one), saved searches, and the side's entries (rename,
delete). Writes run as tasks of the session."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from reader.ui.app.changes import Changes
from reader.ui.app.i18n import in_digits
from reader.ui.library.sidebar_model import (
    COLLECTION,
    FEED,
    INBOX,
    SAVED,
    SOURCE_ROLE,
    TAG,
    Source,
)

if TYPE_CHECKING:
    from reader.ui.app.session import Session
    from reader.ui.library.library_view import LibraryView


class Organiser(QObject):
    """Given what it works on: the session, the library's view beside it, the open article,
    a way to say a word in the status bar, and the Save Search action for the side's menu."""

    def __init__(
        self, view: LibraryView, session: Session, current: Callable[[], int | None],
        status: Callable[[str, int], None], save_search: QAction,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.session = session
        self.current = current
        self.status = status
        self.save_search_action = save_search
        session.reading.shelved.connect(self.shelved)
        view.panel.sidebar.customContextMenuRequested.connect(self.sidebar_menu)

    @property
    def _dialog_parent(self) -> QWidget:
        return self.view.panel.window()

    def delete_selected(self) -> None:
        """Delete the selected articles and their notes, once the reader says yes (Cancel is
        the default: not by Enter)."""
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        ids = self.view.selected_ids()
        if not ids:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete articles"),
            in_digits(self.tr(
                "Delete %n article(s) and their notes? This cannot be undone.", "", len(ids)
            )),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self._dialog_parent,
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)  # destructive: not by Enter
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.session.reading.delete(ids)

    def archive_selected(self) -> None:
        """Archive the selected articles (or the open one); if all are archived already,
        bring them back to the inbox."""
        ids = self._targets()
        if not ids:
            return
        summaries = [self.view.model.summary_at(r) for r in map(self.view.model.row_of, ids)
                     if r is not None]
        archived = not (summaries and all(s is not None and s.archived for s in summaries))
        self.session.reading.set_archived(ids, archived)

    def _targets(self) -> list[int]:
        return self.view.selected_ids() or (
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
            names = self.session.library.tags.of_any(ids)
            name = self._ask_tag(self.tr("Remove tag"), names, pick_only=True)
        if name:
            self._change_tags(ids, name, add=False)

    def _ask_tag(
        self, title: str, names: list[str], pick_only: bool = False, label: str | None = None
    ) -> str | None:
        from PySide6.QtWidgets import QInputDialog  # dialogs: loaded when first opened

        if pick_only:
            if not names:
                return None
            name, ok = QInputDialog.getItem(
                self._dialog_parent, title, self.tr("Tag"), names, 0, False
            )
            return name.strip() if ok and name.strip() else None
        from reader.ui.dialogs.name_dialog import ask_name

        return ask_name(self._dialog_parent, title, label or self.tr("Tag"), names)

    def _change_tags(self, ids: list[int], name: str, add: bool) -> None:
        from reader.ui.app.tasks import TaskContext

        def work(context: TaskContext) -> int:
            tags = context.library.tags
            return tags.add(ids, name) if add else tags.remove(ids, name)

        self._write(work)

    # -- collections ----------------------------------------------------------------------

    def add_to_collection(self, name: str | None = None) -> None:
        """Add the selected (or open) articles to the end of a collection, made if new."""
        ids = self._targets()
        if not ids:
            return
        if name is None:
            known = [c.name for c in self.session.library.collections.all()]
            name = self._ask_tag(self.tr("Add to collection"), known, label=self.tr("Collection"))
        if not name:
            return
        from reader.ui.app.tasks import TaskContext

        def work(context: TaskContext) -> int:
            collections = context.library.collections
            found = collections.find(name) or collections.create(name)
            return collections.add(found.id, ids)

        self._write(work)

    def _collection(self) -> int | None:
        source = self.view.source
        return source.id if source.kind == COLLECTION else None

    def remove_from_collection(self) -> None:
        """Take the selected articles out of the collection shown (they stay in the library)."""
        collection, ids = self._collection(), self.view.selected_ids()
        if collection is None or not ids:
            return
        self._write(lambda context: context.library.collections.remove(collection, ids))

    def move_in_collection(self, step: str) -> None:
        """Move the selected article one place up or down the collection shown."""
        collection, ids = self._collection(), self.view.selected_ids()
        if collection is None or len(ids) != 1:
            return
        if self.session.library.collections.step(collection, ids[0], 1 if step == "down" else -1):
            self.session.report(Changes(membership=True))

    # -- saved searches -----------------------------------------------------------------

    def save_search(self, name: str | None = None) -> None:
        """Keep what the list shows now (the source, the filters, the search box) as a named
        search in the side."""
        view = self.view
        query = view.save_search_query()
        if not query:
            self.status(self.tr("Type a search or choose filters first"), 4000)
            return
        if name is None:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getText(
                self._dialog_parent, self.tr("Save search"),
                self.tr("Name for %1").replace("%1", query),
            )
            if not ok or not name.strip():
                return
        saved = self.session.library.saved_searches.save(name, query)
        view.panel.filter_edit.clear()
        view.refresh_sidebar()
        view.choose(Source(SAVED, saved.query, saved.id, saved.name))

    # -- the side's entries -------------------------------------------------------------

    def sidebar_menu(self, position: QPoint) -> None:
        if self.session.library.read_only:
            return  # every entry of this menu changes the library
        sidebar = self.view.panel.sidebar
        source = sidebar.indexAt(position).data(SOURCE_ROLE)
        menu = QMenu(sidebar)
        if source is not None and source.kind in (SAVED, COLLECTION, TAG):
            menu.addAction(self.tr("Rename…"), lambda: self.rename_entry(source))
            menu.addAction(self.tr("Delete"), lambda: self.delete_entry(source))
            menu.addSeparator()
        if source is not None and source.kind == FEED:
            feeds, feed_id = self.session.subscriptions, source.id
            menu.addAction(self.tr("Refresh This Feed"),
                           lambda: feeds.refresh(asked=True, feed_ids=[feed_id]))
            menu.addAction(self.tr("Unsubscribe"), lambda: feeds.write(
                lambda library: library.feeds.remove(feed_id),
                lambda _removed: self.view.choose(INBOX) if self.view.source == source else None))
            menu.addSeparator()
        menu.addAction(self.tr("New Collection…"), self.new_collection)
        menu.addAction(self.save_search_action)
        menu.exec(sidebar.viewport().mapToGlobal(position))
        menu.deleteLater()

    def new_collection(self, name: str | None = None) -> None:
        if name is None:
            from PySide6.QtWidgets import QInputDialog

            name, ok = QInputDialog.getText(
                self._dialog_parent, self.tr("New collection"), self.tr("Collection")
            )
            if not ok or not name.strip():
                return
        made = self.session.library.collections.create(name)
        self.view.refresh_sidebar()
        self.view.choose(Source(COLLECTION, made.name, made.id, made.name))

    def rename_entry(self, source: Source, new: str | None = None) -> None:
        if new is None:
            from PySide6.QtWidgets import QInputDialog

            new, ok = QInputDialog.getText(
                self._dialog_parent, self.tr("Rename"), self.tr("New name"), text=source.name
            )
            if not ok or not new.strip():
                return
        library = self.session.library
        try:
            if source.kind == SAVED:
                library.saved_searches.rename(source.name, new)
            elif source.kind == COLLECTION:
                library.collections.rename(source.name, new)
            else:  # a tag's new name that another tag has merges the two
                renamed = library.tags.rename(source.name, new)
                self.view.source_renamed(Source(TAG, renamed.name, renamed.id, renamed.name))
        except (LookupError, ValueError) as exc:
            from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

            QMessageBox.warning(self._dialog_parent, self.tr("Rename"), str(exc))
            return
        self.session.report(Changes(membership=True, side=True))

    def delete_entry(self, source: Source, confirm: bool = True) -> None:
        """A saved search, a collection or a tag goes; the articles stay in the library."""
        if confirm:
            from PySide6.QtWidgets import QMessageBox

            question = {
                SAVED: self.tr("Delete the saved search “%1”?"),
                COLLECTION: self.tr("Delete the collection “%1”? Its articles stay in the "
                                    "library."),
                TAG: self.tr("Remove the tag “%1” from every article?"),
            }[source.kind].replace("%1", source.name)
            answer = QMessageBox.question(self._dialog_parent, self.tr("Delete"), question)
            if answer != QMessageBox.StandardButton.Yes:
                return
        library = self.session.library
        try:
            {SAVED: library.saved_searches.delete, COLLECTION: library.collections.delete,
             TAG: library.tags.delete}[source.kind](source.name)
        except LookupError:
            pass  # gone already (another window, another process)
        self.session.report(Changes(membership=True, side=True))

    def _write(self, work: Callable) -> None:
        """Tags and collections, written on a task: the lists and the side change."""
        self.session.runner.run(
            work, success=lambda _r: self.session.report(Changes(membership=True, side=True)),
            failure=self.session.errors.report, name="organise", owner=self.view.panel,
        )

    def shelved(self, ids: list[int]) -> None:
        message = in_digits(self.tr("%n article(s) moved", "", len(ids)))
        self.status(message, 4000)
