from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from reader.library.filters import SearchFilters
from reader.ui.app.settings import Settings
from reader.ui.library.library_model import (
    DIRECTION_ROLE,
    ID_ROLE,
    PAGE,
    TITLE,
    LibraryFilter,
    LibraryModel,
)
from reader.ui.library.sidebar_model import INBOX, SOURCE_ROLE, SidebarModel, Source
from tests.ui.conftest import make_window

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute
HORIZONTAL = Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignAbsolute


def _row_for(model, article_id):
    for row in range(model.rowCount()):
        if model.index(row, 0).data(ID_ROLE) == article_id:
            return row
    raise AssertionError(article_id)


def test_models_pass_qtmodeltester(qtmodeltester, qari_app, library, articles):
    model = LibraryModel(library)
    model.reload()
    assert model.rowCount() == 4
    qtmodeltester.check(model)
    proxy = LibraryFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    library.set_bookmarked(articles["saved"], True)
    proxy.set_filters(SearchFilters(bookmarked=True))
    assert proxy.rowCount() == 1
    qtmodeltester.check(proxy)
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)
    side = SidebarModel()
    qtmodeltester.check(side)
    side.set_entries("tag", [Source("tag", "أخبار", 1, "أخبار", 3), Source("tag", "x", 2, "x", 1)])
    side.set_entries("collection", [Source("collection", "c", 1, "c", 0)])
    qtmodeltester.check(side)
    side.set_entries("tag", [Source("tag", "x", 2, "x", 1)])
    qtmodeltester.check(side)
    assert side.index_of(Source("tag", "x", 2)).data() == "x (1)"


def _alignment(model, row):
    value = model.index(row, TITLE).data(Qt.ItemDataRole.TextAlignmentRole)
    return Qt.AlignmentFlag(int(value)) & HORIZONTAL


def test_each_title_aligned_by_its_own_direction_in_both_languages(
    qtbot, qari_app, library, articles
):
    for lang in ("en", "ar"):
        window = make_window(qtbot, library, lang)
        model = window.model
        saved = _row_for(model, articles["saved"])
        english = _row_for(model, articles["english"])
        mixed = _row_for(model, articles["mixed"])
        assert _alignment(model, saved) == RIGHT
        assert _alignment(model, english) == LEFT
        # "Bluesky منصة جديدة للنقاش" opens with a Latin word and is still right to left.
        assert _alignment(model, mixed) == RIGHT
        direction = model.index(mixed, TITLE).data(DIRECTION_ROLE)
        assert direction == Qt.LayoutDirection.RightToLeft
        assert model.index(english, TITLE).data(DIRECTION_ROLE) == Qt.LayoutDirection.LeftToRight
        window.close()


def test_delegate_lays_out_cells_in_their_direction(window, articles):
    from PySide6.QtWidgets import QStyleOptionViewItem

    window.refresh_library()
    table = window.panel.table
    delegate = table.itemDelegateForColumn(TITLE)
    proxy = window.proxy
    for name, expected in (
        ("mixed", Qt.LayoutDirection.RightToLeft),
        ("english", Qt.LayoutDirection.LeftToRight),
    ):
        row = window.model.row_of(articles[name])
        index = proxy.mapFromSource(window.model.index(row, TITLE))
        option = delegate.styled_option(QStyleOptionViewItem(), index)
        assert option.direction == expected
        assert index.data() == window.model.rows[row].title


def test_columns_and_no_bodies(window, articles):
    window.library.conn.set_trace_callback(statements := [].append)
    window.refresh_library()
    window.library.conn.set_trace_callback(None)
    assert not any("bodies" in s for s in statements.__self__)
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
               for c in range(model.columnCount())]
    assert headers == ["Title", "Site", "Published", "Added", "Bookmarked", "Notes", "Read"]
    assert model.rowCount() == 4


def test_sorting_by_header_click_happens_in_sql(qtbot, window, articles):
    window.refresh_library()
    header = window.panel.table.horizontalHeader()
    header.setSortIndicator(TITLE, Qt.SortOrder.AscendingOrder)
    titles = [window.proxy.index(r, TITLE).data() for r in range(window.proxy.rowCount())]
    assert titles == sorted(titles)
    header.setSortIndicator(TITLE, Qt.SortOrder.DescendingOrder)
    again = [window.proxy.index(r, TITLE).data() for r in range(window.proxy.rowCount())]
    assert again == titles[::-1]


def test_large_library_reads_only_visible_rows(qtbot, window, library, tmp_path):
    from reader.importing.pipeline import parse_bytes

    for i in range(1200):
        library.add(parse_bytes(f"عنوان رقم {i}\n\nنص قصير {i}".encode(), f"{i}.txt"), b"")
    statements = []
    library.conn.set_trace_callback(statements.append)
    window.refresh_library()
    window.panel.table.viewport().repaint()
    # The first page at once; the rest read on a task, off the window's thread.
    assert window.model.rowCount() == PAGE
    qtbot.waitUntil(lambda: window.model.rowCount() == 1200)
    library.conn.set_trace_callback(None)
    assert len(window.model._rows) <= 2 * 256  # a page or two, not 1,200 rows
    assert not any("bodies" in s for s in statements)


def test_multi_select_is_allowed(qtbot, window, articles):
    from PySide6.QtWidgets import QAbstractItemView

    assert window.panel.table.selectionMode() == QAbstractItemView.SelectionMode.ExtendedSelection


def test_bookmark_toggle_updates_column_and_filter(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["plain"])
    assert window.action("bookmark").isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.session.runner.busy())
    assert window.library.get(articles["plain"]).bookmarked
    row = window.model.row_of(articles["plain"])
    assert window.model.index(row, 4).data() == "★"
    window.action("bookmarked_only").trigger()
    assert window.proxy.rowCount() == 1
    window.action("bookmarked_only").trigger()
    assert window.proxy.rowCount() == 4


def test_title_aligned_by_its_own_letters_not_its_article(qtbot, window, library, tmp_path):
    from reader.library.importer import import_paths

    path = tmp_path / "english-body.txt"
    path.write_text(
        "دليل القارئ الجديد للمكتبة — Reader guide\n\n"
        + "This long English body outweighs the Arabic title by far. " * 5,
        encoding="utf-8",
    )
    [outcome] = import_paths(library, [path])
    assert library.get(outcome.id).direction == "ltr"
    window.refresh_library()
    row = window.model.row_of(outcome.id)
    assert _alignment(window.model, row) == RIGHT
    direction = window.model.index(row, TITLE).data(DIRECTION_ROLE)
    assert direction == Qt.LayoutDirection.RightToLeft


def _many(library, count):
    from reader.importing.pipeline import parse_bytes

    for n in range(count):
        text = f"مقال رقم {n}\n\nفقرة قصيرة عن الموضوع {n}.".encode()
        library.add(parse_bytes(text, f"a{n}.txt"), text)


def test_a_long_list_paints_its_first_page_then_reads_the_rest(
    qtmodeltester, qtbot, qari_app, library
):
    _many(library, 300)
    model = LibraryModel(library)
    qtmodeltester.check(model)
    model.reload(first_page_now=True)
    assert model.rowCount() == 256
    newest = library.article_ids()
    assert [model.index(r, 0).data(ID_ROLE) for r in range(256)] == newest[:256]
    assert model.row_of(newest[-1]) == 299  # whatever needs the whole list reads it
    assert model.rowCount() == 300
    qtmodeltester.check(model)
    # Before its first frame, a new window has read one page of ids and loaded no search code
    # (in a fresh interpreter, where nothing else has loaded it).
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    script = (
        "import sys, json; from pathlib import Path; from reader.ui.launch import create_window,"
        " make_app; from reader.ui.app.settings import Settings;"
        " from reader.library.articles import Library; app = make_app();"
        f" w = create_window(Library(Path({str(library.path)!r})), Settings(), 'en');"
        " print(json.dumps([w.model.rowCount(), w.panel.site_box.count(),"
        " 'reader.library.search_index' in sys.modules]))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [256, 1, False], out.stderr
    window = make_window(qtbot, library)
    qtbot.waitUntil(lambda: window.panel.table.model().rowCount() == 300)
    assert window.panel.site_box.count() >= 1


def test_a_change_between_the_first_page_and_the_rest_is_not_lost(qari_app, library):
    _many(library, 260)
    model = LibraryModel(library)
    model.reload(first_page_now=True)
    _many_more = library.article_ids()
    from reader.importing.pipeline import parse_bytes

    text = "مقال جديد\n\nنص.".encode()
    library.add(parse_bytes(text, "new.txt"), text)
    model.complete()
    assert model.ids == library.article_ids() and len(model.ids) == len(_many_more) + 1


def test_fixed_columns_hold_their_dates_and_labels_in_both_languages(qtbot, qari_app, library,
                                                                     articles):
    from reader.ui.app import i18n
    from reader.ui.library.library_model import ADDED, READ, SITE

    for lang in ("en", "ar"):
        i18n.install(qari_app, lang)
        window = make_window(qtbot, library, lang)
        window.library.set_reading_position(articles["saved"], 0, 1.0)  # "100%"
        window.refresh_library()
        table = window.panel.table
        header = table.horizontalHeader()
        assert table.itemDelegateForColumn(SITE) is window.panel.direction_delegate
        window.panel.set_hidden_columns(set())  # as the header's menu shows them
        for column in (ADDED, READ):
            label = window.proxy.headerData(column, Qt.Orientation.Horizontal)
            assert header.sectionSize(column) > header.fontMetrics().horizontalAdvance(label)
            for row in range(window.proxy.rowCount()):
                text = window.proxy.index(row, column).data() or ""
                assert header.sectionSize(column) > table.fontMetrics().horizontalAdvance(text)
        window.close()
    i18n.install(qari_app, "en")


def _click_source(window, kind: str, key: str):
    """Click the side's entry for this shelf, tag, collection or saved search."""
    from reader.ui.library.sidebar_model import SECTIONS

    sidebar, model = window.panel.sidebar, window.panel.sidebar_model
    section = model.index(SECTIONS.index(kind), 0)
    for row in range(model.rowCount(section)):
        index = model.index(row, 0, section)
        if index.data(SOURCE_ROLE).key == key:
            sidebar.expand(section)
            sidebar.scrollTo(index)
            rect = sidebar.visualRect(index)
            assert sidebar.viewport().rect().contains(rect.center())
            QTest.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return index
    raise AssertionError(f"no {kind} {key} in the side")


def test_archive_leaves_the_inbox_and_comes_back(qtbot, window, articles):
    from tests.ui.conftest import settle

    window.refresh_library()
    assert window.library_view.source == INBOX
    assert window.panel.sidebar.currentIndex().data(SOURCE_ROLE).key == "inbox"
    window.open_article(articles["plain"])
    qtbot.keyClick(window.reader.pane, Qt.Key.Key_E)
    settle(qtbot, window)
    assert window.library.summary(articles["plain"]).archived
    assert window.model.row_of(articles["plain"]) is None  # gone from the inbox
    assert window.proxy.rowCount() == 3
    _click_source(window, "shelf", "archive")
    assert window.model.row_of(articles["plain"]) == 0 and window.proxy.rowCount() == 1
    window.library_view.select_ids([articles["plain"]])
    window.action("archive").trigger()  # all selected are archived: back to the inbox
    settle(qtbot, window)
    assert not window.library.summary(articles["plain"]).archived
    assert window.proxy.rowCount() == 0
    _click_source(window, "shelf", "all")
    assert window.proxy.rowCount() == 4


def test_tagging_from_the_window_and_filtering_by_tag(qtbot, window, articles):
    from tests.ui.conftest import settle

    window.refresh_library()
    window.library_view.select_ids([articles["plain"], articles["saved"]])
    window.organiser.tag_selected("مكتبات")  # what the dialog returns
    settle(qtbot, window)
    assert window.library.tags.of(articles["plain"]) == ["مكتبات"]
    entry = _click_source(window, "tag", "مكتبات")  # the side's Tags > مكتبات (2)
    assert entry.data().endswith("(2)")
    assert window.proxy.rowCount() == 2
    window.library_view.select_ids([articles["plain"]])
    window.organiser.untag_selected("مَكْتَبات")  # matched as search matches: harakat ignored
    settle(qtbot, window)
    assert window.library.tags.of(articles["plain"]) == []
    assert window.proxy.rowCount() == 1


def _listed(window) -> list[int]:
    return [int(window.proxy.index(r, 0).data(ID_ROLE)) for r in range(window.proxy.rowCount())]


def test_a_collection_in_the_side_lists_its_articles_in_its_order(qtbot, window, articles):
    from tests.ui.conftest import settle

    window.refresh_library()
    window.library_view.select_ids([articles["english"], articles["plain"]])
    window.organiser.add_to_collection("للقراءة")  # what the dialog returns
    settle(qtbot, window)
    window.library_view.select_ids([articles["saved"]])
    window.organiser.add_to_collection("للقراءه")  # the same collection, as typed
    settle(qtbot, window)
    entry = _click_source(window, "collection", "للقراءة")
    assert entry.data().endswith("(3)")
    order = [articles["english"], articles["plain"], articles["saved"]]
    assert _listed(window) == order
    assert window.action("move_up").isEnabled() is False  # nothing selected yet
    window.library_view.select_ids([articles["saved"]])
    window.library_view.selection_changed.emit()
    assert window.action("move_up").isEnabled()
    window.action("move_up").trigger()
    assert _listed(window) == [articles["english"], articles["saved"], articles["plain"]]
    window.library_view.select_ids([articles["english"]])
    window.action("remove_from_collection").trigger()
    settle(qtbot, window)
    assert _listed(window) == [articles["saved"], articles["plain"]]
    assert window.library.summary(articles["english"]) is not None  # still in the library
    # Deleted from the side, the collection goes and the inbox shows again.
    window.organiser.delete_entry(window.library_view.source, confirm=False)
    settle(qtbot, window)
    assert window.library_view.source == INBOX and window.proxy.rowCount() == 4


def test_typed_filters_narrow_the_list_and_a_saved_search_keeps_them(qtbot, window, articles):
    from tests.ui.conftest import settle

    window.refresh_library()
    window.library.tags.add([articles["plain"], articles["mixed"]], "دراسات")
    window.refresh_library()
    window.panel.filter_edit.setText("tag:دراسات")  # filters alone: the list, not a search
    window.library_view.filters_changed()
    assert window.panel.stack.currentWidget() is window.panel.table
    assert sorted(_listed(window)) == sorted([articles["plain"], articles["mixed"]])
    window.action("unread_only").setChecked(True)
    window.library.set_reading_position(articles["mixed"], 10, 0.5)
    window.organiser.save_search("دراسات جديدة")  # what the dialog returns
    saved = window.library.saved_searches.find("دراسات جديدة")
    assert set(saved.query.split()) == {"is:inbox", "tag:دراسات", "is:unread"}
    assert window.library_view.source.kind == "saved"
    assert window.panel.filter_edit.text() == ""
    window.action("unread_only").setChecked(False)
    window.library_view.filters_changed()
    assert _listed(window) == [articles["plain"]]  # read since: no longer unread
    # Back to the inbox, and a saved search opened from the side again.
    _click_source(window, "shelf", "inbox")
    assert window.proxy.rowCount() == 4
    entry = _click_source(window, "saved", saved.query)
    assert entry.data(Qt.ItemDataRole.ToolTipRole) == saved.query
    assert _listed(window) == [articles["plain"]]
    # Words typed over a saved search rank within it.
    window.panel.filter_edit.setText("nothing-like-this")
    window.library_view.run_search()
    settle(qtbot, window)
    assert window.panel.stack.currentWidget() is window.panel.no_results


def test_archive_when_finished_reading(qtbot, window, articles):
    from tests.ui.conftest import settle

    window.refresh_library()
    window.reading_prefs.change(archive_when_finished=True)
    window.open_article(articles["saved"])
    bar = window.reader.pane.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    window.open_article(articles["plain"])  # passed at once (j, k): shown whole, not read
    settle(qtbot, window)
    assert not window.library.summary(articles["saved"]).archived
    window.open_article(articles["saved"])
    window.reading.opened_at -= 60  # a minute on it
    bar.setValue(bar.maximum())
    qtbot.wait(50)
    window.open_article(articles["plain"])  # leaving it, read to the end
    settle(qtbot, window)
    assert window.library.summary(articles["saved"]).archived
    assert window.model.row_of(articles["saved"]) is None
    window.reading_prefs.change(archive_when_finished=False)
    assert window.settings.reading().archive_when_finished is False


def test_names_are_offered_as_search_matches_words(qtbot, qari_app):
    from reader.ui.dialogs.name_dialog import FoldingCompleter

    completer = FoldingCompleter(["أخبار", "كرة القدم", "Science", "مكتبات عامة"])
    found = []
    for typed in ("اخبار", "أَخْبار", "قدم", "SCI", "مكتبات عامه"):
        completer.setCompletionPrefix(typed)
        model = completer.completionModel()
        found.append([completer.pathFromIndex(model.index(r, 0)) for r in range(model.rowCount())])
    assert found == [["أخبار"], ["أخبار"], ["كرة القدم"], ["Science"], ["مكتبات عامة"]]


def test_an_old_article_reopened_at_start_is_selected_once_the_list_is_whole(
    qtbot, qari_app, library
):
    """The article reopened at start is the list's current row even when it is past the
    first page: the first frame does not wait for the rest of the list to find it, and once
    the rest is read the row is selected and scrolled into view."""
    _many(library, 300)
    oldest = library.article_ids()[-1]  # the list is newest first: row 299
    Settings().set_last_article(library.path, oldest)
    window = make_window_restored(qtbot, library)
    assert window.reader.article is not None and window.reader.article.id == oldest
    qtbot.waitUntil(lambda: window.model.rowCount() == 300, timeout=10000)
    qtbot.waitUntil(lambda: window.library_view.selected_ids() == [oldest], timeout=5000)
    table = window.panel.table
    row = window.model.row_of(oldest)
    assert row == 299
    rect = table.visualRect(window.proxy.index(row, TITLE))
    assert table.viewport().rect().intersects(rect)


def make_window_restored(qtbot, library):
    from reader.ui.app.session import Session
    from reader.ui.launch import show_window

    window = show_window(Session(library, Settings()), "en")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.runner.wait_all(30))
    qtbot.waitExposed(window)
    return window
