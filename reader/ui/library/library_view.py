"""The window's library: the list (model, filters, selection), its search and its menu.

The list reads the library on the GUI thread's connection a page at a time; searches are
ranked by tasks on their own connections, and only the newest one is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QItemSelectionRange,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMenu, QWidget

from reader.library.filters import SearchFilters, query_filters
from reader.ui.library.library_model import ID_ROLE, LibraryFilter, LibraryModel
from reader.ui.library.library_panel import LibraryPanel
from reader.ui.library.sidebar_model import (
    COLLECTION,
    FEED,
    INBOX,
    SAVED,
    SHELF,
    SOURCE_ROLE,
    TAG,
    Source,
)
from reader.ui.widgets.roles import HIT_ROLE

if TYPE_CHECKING:
    from reader.library.articles import ArticleSummary, Library
    from reader.library.search_index import SearchHit, SearchResults
    from reader.ui.app.session import Session
    from reader.ui.app.tasks import TaskContext


SideContents = tuple[
    list[str], dict[str, int], list[Source], list[Source], list[Source], list[Source]
]


def _side_contents(library: Library) -> SideContents:
    """Sites, shelf counts, saved searches, collections, tags and feeds (with what each
    brought that is unread), on any connection."""
    unread = library.feeds.counts()
    return (
        library.sites(),
        library.shelf_counts(),
        [Source(SAVED, s.query, s.id, s.name) for s in library.saved_searches.all()],
        [Source(COLLECTION, c.name, c.id, c.name, c.count) for c in library.collections.all()],
        [Source(TAG, t.name, t.id, t.name, t.count) for t in library.tags.all()],
        [Source(FEED, f.url, f.id, f.name, unread.get(f.id, 0)) for f in library.feeds.all()],
    )


class LibraryView(QObject):
    article_chosen = Signal(int)  # the current row moved to this article
    hit_opened = Signal(object)  # a search hit to open at its match
    selection_changed = Signal()
    source_changed = Signal()

    def __init__(
        self, parent: QWidget, session: Session, action: Callable[[str], QAction],
        current: Callable[[], int | None],
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.library = session.library
        self.action = action
        self.model = LibraryModel(self.library, parent)
        self.proxy = LibraryFilter(parent)
        self.proxy.setSourceModel(self.model)
        self.panel = LibraryPanel(self.proxy, parent)
        self.current = current  # the open article's id
        self.source: Source = INBOX  # what the list shows, chosen in the side
        self._rest_on_tasks = False
        self._sites_serial = 0
        self._select_after_rest: list[int] = []
        self._scroll_after_rest: int | None = None  # the open article, once the rest is in
        self._search_serial = 0
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(200)
        panel = self.panel
        panel.filter_edit.textChanged.connect(lambda _text: self.search_timer.start())
        self.search_timer.timeout.connect(self.filters_changed)
        panel.search_now.connect(lambda: self.run_search(enter_results=True))
        panel.site_box.currentIndexChanged.connect(lambda _i: self.filters_changed())
        panel.hit_chosen.connect(self.open_hit)
        # Ctrl+V in the list pastes an article (in the search box it pastes text).
        paste = QShortcut(QKeySequence.StandardKey.Paste, panel.table)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(lambda: self.action("paste_article").trigger())
        hidden = session.settings.value("library/hidden_columns")
        if isinstance(hidden, (list, str)):  # QSettings gives one value as a str
            hidden = [hidden] if isinstance(hidden, str) else hidden
            panel.set_hidden_columns({int(c) for c in hidden if str(c).isdigit()})
        panel.columns_changed.connect(
            lambda columns: session.settings.set_value(
                "library/hidden_columns", [str(c) for c in columns] or ["none"]
            )
        )
        panel.table.selectionModel().currentRowChanged.connect(self._current_changed)
        panel.table.customContextMenuRequested.connect(self._context_menu)
        # Shown before the first frame without reading the sites (a scan of every article).
        panel.site_box.blockSignals(True)  # not a change of filter: the list stays as read
        panel.site_box.addItem(self.tr("All sites"), None)
        panel.site_box.blockSignals(False)

    def connect_filters(self) -> None:
        """The filter row's buttons, once the window has made their actions."""
        self.panel.set_filter_actions(
            [self.action(i) for i in ("bookmarked_only", "with_notes_only", "unread_only")]
        )
        sidebar = self.panel.sidebar
        sidebar.setCurrentIndex(self.panel.sidebar_model.index_of(INBOX))
        sidebar.selectionModel().currentChanged.connect(
            lambda current, _previous: self._source_chosen(current)
        )

    # -- the list ---------------------------------------------------------------------------

    def read_rest_on_tasks(self) -> None:
        """From the first frame on, ids past a list's first page are read on a task (the
        first list's rest too: 60 ms of SQL at 100,000 articles, off the window's thread)."""
        self._rest_on_tasks = True
        self.model.rest_wanted.connect(self._read_rest)
        if self.model.rest_pending:
            self._read_rest()

    def _read_rest(self) -> None:
        if self.session.runner.closed:  # the program is ending: no task to read it on
            self.model.complete()
            return
        shown = self.model.shown()
        filters, (order, descending) = shown

        def work(context: TaskContext) -> list[int]:
            return context.library.article_ids(order, descending, filters=filters)

        def done(ids: list[int]) -> None:
            if self.model.take_rest(ids, shown) and self._select_after_rest:
                self.select_ids(self._select_after_rest)
                scroll = self._scroll_after_rest
                if scroll is not None and (index := self.index_of(scroll)) is not None:
                    self.panel.table.doItemsLayout()  # the scroll range with the new rows
                    self.panel.table.scrollTo(index)
            self._select_after_rest, self._scroll_after_rest = [], None

        self.session.runner.run(
            work, success=done, failure=self.session.errors.report, name="list",
            owner=self.panel,
        )

    def refresh(self, first_page_now: bool = False) -> None:
        selected = self.selected_ids()
        current = self.current()
        wanted = selected or ([current] if current else [])
        if self._rest_on_tasks:
            # The first page now, the rest on a task; the selection is put back as far as
            # the first page holds it, and wholly once the rest is in.
            self.model.reload(first_page_now=True)
            self._select_after_rest = wanted if self.model.rest_pending else []
            self._scroll_after_rest = None
            self.select_ids(wanted, complete=False)
        else:
            self.model.reload(first_page_now)
            self.select_ids(wanted)
        if not first_page_now:  # else after the first frame: the list is seen only when opened
            self.refresh_sites()
        if query_filters(self.query(), SearchFilters())[0].strip():
            self.run_search()

    def update_rows(self, ids: frozenset[int], known: dict[int, ArticleSummary]) -> None:
        """Rows a write changed, shown as it read them (``known``), the rest read here in
        one query; a change of a row the filters test (a bookmark, a note) may move it in
        or out of the list, which is then read again."""
        filters = self.model.filters
        if filters.bookmarked or filters.with_notes:
            self.refresh()
            return
        missing = [i for i in ids if i not in known and self.model.row_of(i, False) is not None]
        rows = dict(known) | (self.library.summaries_for(missing) if missing else {})
        for summary in rows.values():
            self.model.update_row(summary)

    def source_renamed(self, source: Source) -> None:
        """The shown tag, collection or saved search has a new name."""
        self.source = source

    def refresh_sites(self) -> None:
        """The site box and the side's entries and counts, read again. Once the window is up
        they are read on a task: counting 2,000 tags over 100,000 articles takes 25 ms."""
        if not self._rest_on_tasks:
            self._show_sites(_side_contents(self.library))
            return
        serial = self._sites_serial = self._sites_serial + 1

        def done(found: SideContents) -> None:
            if serial == self._sites_serial:  # else a newer read is coming
                self._show_sites(found)

        self.session.runner.run(
            lambda context: _side_contents(context.library), success=done,
            failure=self.session.errors.report, name="side", owner=self.panel,
        )

    def refresh_sidebar(self) -> None:
        """The side's entries and counts, read now (after the reader made or renamed one)."""
        self._show_sites(_side_contents(self.library))

    def _show_sites(self, found: SideContents) -> None:
        sites, counts, saved, collections, tags, feeds = found
        box = self.panel.site_box
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All sites"), None)
        for site in sites:
            box.addItem(site, site)
        box.setCurrentIndex(max(box.findData(current), 0))
        box.blockSignals(False)
        model = self.panel.sidebar_model
        model.set_entries(SHELF, [Source(SHELF, s, count=counts[s]) for s in counts])
        model.set_entries(SAVED, saved)
        model.set_entries(COLLECTION, collections)
        model.set_entries(TAG, tags)
        model.set_entries(FEED, feeds)
        self._show_source()

    def _show_source(self) -> None:
        """Keep the chosen entry current in the side; if it went (deleted, renamed away),
        the inbox."""
        sidebar, model = self.panel.sidebar, self.panel.sidebar_model
        index = model.index_of(self.source)
        if not index.isValid():
            self.choose(INBOX)
            return
        self.source = model.source_at(index) or self.source
        if sidebar.currentIndex() != index:
            sidebar.selectionModel().blockSignals(True)
            sidebar.setCurrentIndex(index)
            sidebar.selectionModel().blockSignals(False)
            sidebar.viewport().update()

    def choose(self, source: Source) -> None:
        """Show this shelf, saved search, collection or tag in the list."""
        index = self.panel.sidebar_model.index_of(source)
        if index.isValid():
            self.panel.sidebar.setCurrentIndex(index)  # reported to _source_chosen
        elif source != self.source:
            self.source = source
            self._source_switched()

    def _source_chosen(self, index: QModelIndex) -> None:
        source = index.data(SOURCE_ROLE)
        if source is None or source == self.source:
            return
        self.source = source
        self._source_switched()

    def _source_switched(self) -> None:
        # A collection opens in its own order; anything else in the order the header shows.
        self.model.set_order_override("position" if self.source.kind == COLLECTION else None)
        self.filters_changed()
        self.source_changed.emit()

    def selected_ids(self) -> list[int]:
        """The selected articles in list order. Read from the selection's ranges: asking
        for its rows makes Qt walk every cell (40 ms for 1,000 rows)."""
        rows: set[int] = set()
        for selected in self.panel.table.selectionModel().selection():
            rows.update(range(selected.top(), selected.bottom() + 1))
        ids = self.model.ids
        return [ids[row] for row in sorted(rows) if row < len(ids)]

    def select_ids(self, ids: list[int], complete: bool = True) -> None:
        selection = self.panel.table.selectionModel()
        if not ids and not selection.hasSelection():
            return  # nothing to put back (a first start): the view needs no repaint
        selection.blockSignals(True)
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        current = self.current()
        rows = sorted(
            row for row in (self.model.row_of(i, complete) for i in ids) if row is not None
        )
        # One selection of contiguous ranges: selecting 1,000 rows one by one makes Qt merge
        # each into the rest (120 ms).
        wanted = QItemSelection()
        last_column = self.proxy.columnCount() - 1
        for _step, run in groupby(enumerate(rows), lambda pair: pair[1] - pair[0]):
            span = [row for _n, row in run]
            wanted.append(QItemSelectionRange(
                self.proxy.index(span[0], 0), self.proxy.index(span[-1], last_column)
            ))
        selection.select(wanted, flags)
        if current is not None and (index := self.index_of(current, complete)) is not None:
            if current in ids:
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)
        selection.blockSignals(False)
        # With its signals blocked the view was not told: it would paint the old selection
        # until the next scroll.
        self.panel.table.viewport().update()

    def index_of(self, article_id: int, complete: bool = True) -> QModelIndex | None:
        row = self.model.row_of(article_id, complete)
        if row is None:
            return None
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        return index if index.isValid() else None

    def show_current(self, article_id: int) -> None:
        """Select the open article (keeping a multi-selection that holds it) and scroll to it.
        While the list's rest is still to be read (an article reopened at start), as far as
        the first page holds it, and wholly once the rest is in: reading the rest of 10,000
        ids here held the first frame 10 ms."""
        complete = not self.model.rest_pending
        if article_id not in self.selected_ids():
            self.select_ids([article_id], complete)
        if not complete:
            self._select_after_rest, self._scroll_after_rest = [article_id], article_id
        index = self.index_of(article_id, complete)
        if index is not None:
            self.panel.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.article_chosen.emit(int(current.data(ID_ROLE)))
        self.selection_changed.emit()

    def next_article(self) -> None:
        self._step(1)

    def previous_article(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        """The next or previous article in the list as it is sorted and filtered (j and k)."""
        table = self.panel.table
        current = self.current()
        index = self.index_of(current) if current is not None else None
        row = (index.row() + delta) if index is not None else 0
        if 0 <= row < self.proxy.rowCount():
            table.setCurrentIndex(self.proxy.index(row, 0))

    def titles_to_copy(self, open_title: str | None) -> list[str]:
        ids = self.selected_ids()
        if self.panel.table.hasFocus() or (ids and open_title is None):
            rows = [self.model.row_of(i) for i in ids]
            found = [self.model.summary_at(r) for r in rows if r is not None]
            titles = [summary.title for summary in found if summary is not None]
            if titles:
                return titles
        return [open_title] if open_title is not None else []

    def context_menu(self) -> QMenu:
        menu = QMenu(self.panel)
        menu.addAction(self.action("copy_title"))
        menu.addAction(self.action("bookmark"))
        menu.addAction(self.action("archive"))
        menu.addAction(self.action("add_tag"))
        menu.addAction(self.action("remove_tag"))
        menu.addAction(self.action("add_to_collection"))
        if self.source.kind == COLLECTION:
            for name in ("remove_from_collection", "move_up", "move_down"):
                menu.addAction(self.action(name))
        menu.addSeparator()
        menu.addAction(self.action("delete_articles"))
        return menu

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu()
        menu.exec(self.panel.table.viewport().mapToGlobal(position))
        menu.deleteLater()

    # -- filters and search -------------------------------------------------------------------

    def search_filters(self) -> SearchFilters:
        """The filters of the chosen source and the Filter button (not the search box's)."""
        source = self.source
        filters = SearchFilters(
            bookmarked=self.action("bookmarked_only").isChecked(),
            with_notes=self.action("with_notes_only").isChecked(),
            unread=self.action("unread_only").isChecked(),
            site=self.panel.site_box.currentData(),
            shelf=source.key if source.kind == SHELF else "all",
            tags=(source.key,) if source.kind == TAG else (),
            collection=source.id if source.kind == COLLECTION else None,
            feed=source.id if source.kind == FEED else None,
        )
        if source.kind == SAVED:
            return query_filters(source.key, filters)[1]
        return filters

    def query(self) -> str:
        """The search: a saved search's query, then what the box holds."""
        saved = query_filters(self.source.key, SearchFilters())[0] if (
            self.source.kind == SAVED) else ""
        return f"{saved} {self.panel.filter_edit.text()}".strip()

    def filters_changed(self) -> None:
        """The list for the source, the Filter button and the search box's filters (``tag:``,
        ``is:archived``…); their words, if any, make it a ranked search."""
        self.run_search()

    def save_search_query(self) -> str:
        """The current list as a query a saved search can keep: the source, the filters and
        the search box's text."""
        filters = self.search_filters()
        parts = []
        if self.source.kind == SAVED:
            parts.append(self.source.key)
        if self.source.kind == SHELF and self.source.key != "all":
            parts.append({"inbox": "is:inbox", "archive": "is:archived"}[self.source.key])
        if self.source.kind == TAG:
            parts.append(f"tag:{self.source.key.replace(' ', '_')}")
        if self.source.kind == FEED:
            parts.append(f"feed:{self.source.id}")
        if filters.unread and "is:unread" not in parts:
            parts.append("is:unread")
        if filters.bookmarked:
            parts.append("is:bookmarked")
        if filters.with_notes:
            parts.append("has:notes")
        if filters.site:
            parts.append(f"site:{filters.site}")
        parts.append(self.panel.filter_edit.text().strip())
        seen: list[str] = []
        for word in " ".join(parts).split():
            if word not in seen:
                seen.append(word)
        return " ".join(seen)

    def focus_filter(self) -> None:
        self.panel.filter_edit.setFocus()
        self.panel.filter_edit.selectAll()

    def run_search(self, enter_results: bool = False) -> None:
        """Full-text search of titles, bodies and notes, ranked by a task on its own
        connection; an empty box shows the library. Only the newest search is shown."""
        from reader.ui.library.search_results import BATCH

        self.search_timer.stop()
        self._search_serial += 1
        query = self.query()
        words, filters = query_filters(query, self.search_filters())
        if not words.strip() and not filters.by_words:
            # Filters alone: the list shows them, as it is, no ranking.
            self.model.set_filters(filters)
            self.panel.stack.setCurrentWidget(self.panel.table)
            if enter_results:
                self.panel.enter_list()
            return
        serial = self._search_serial

        def work(context: TaskContext) -> tuple[SearchResults, list[SearchHit]]:
            results = context.library.rank(words, filters, limit=200)
            first = results.hits(0, BATCH)
            results.has_more(len(first))  # ranks the second tier here, when the list needs it
            return results, first

        def show(found: tuple[SearchResults, list[SearchHit]]) -> None:
            if serial != self._search_serial:  # typed on since: a newer search is coming
                return
            results, first = found
            model = self.panel.results_model
            model.set_results(results.rebind(self.library.conn), first)
            panel = self.panel
            panel.stack.setCurrentWidget(panel.results if model.hits else panel.no_results)
            if enter_results:
                panel.enter_list()

        self.session.runner.run(
            work, success=show, failure=self.session.errors.report, name="search",
            owner=self.panel,
        )

    def open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.hit_opened.emit(hit)
