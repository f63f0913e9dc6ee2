from PySide6.QtCore import Qt

from reader.ui.library.search_results import HIT_ROLE, SearchResultsModel
from reader.ui.widgets.rich_rows import LINES_ROLE, lines_document
from tests.ui.conftest import settle


def _search(qtbot, window, text):
    # QTest cannot type non-ASCII keys; setText fires the same textChanged path.
    window.panel.filter_edit.setText(text)
    qtbot.waitUntil(lambda: not window.library_view.search_timer.isActive(), timeout=3000)
    settle(qtbot, window)


def test_search_box_finds_bodies_without_harakat(qtbot, window, articles):
    window.refresh_library()
    _search(qtbot, window, "اسْتِطْلاع")  # vocalised query, unvocalised text
    panel = window.panel
    assert panel.stack.currentWidget() is panel.results
    model = panel.results_model
    [hit] = [model.index(r).data(HIT_ROLE) for r in range(model.rowCount())]
    assert hit.id == articles["saved"]
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "استطلاع"


def test_result_opens_article_at_first_match_with_matches_marked(qtbot, window, articles):
    window.refresh_library()
    _search(qtbot, window, "الطلاب")
    index = window.panel.results_model.index(0)
    window.panel.results.clicked.emit(index)
    assert window.current_id == articles["saved"]
    find = window.reader.find_bar
    assert find.isVisible() and find.edit.text() == "الطلاب"
    assert find.count.text() == "1 of 1"
    [selection] = window.reader.pane.extraSelections()
    assert selection.cursor.selectedText() == "للطلاب"  # the clitic form in the text


def test_filters_combine_with_search(qtbot, window, articles):
    window.refresh_library()
    _search(qtbot, window, "المكتبة")
    assert window.panel.results_model.rowCount() == 1
    window.action("bookmarked_only").trigger()
    qtbot.waitUntil(lambda: window.panel.stack.currentWidget() is window.panel.no_results)
    window.library.set_bookmarked(articles["saved"], True)
    window.run_search()
    settle(qtbot, window)
    assert window.panel.results_model.rowCount() == 1
    window.action("bookmarked_only").trigger()
    window.action("unread_only").trigger()
    settle(qtbot, window)
    assert window.panel.results_model.rowCount() == 1
    window.panel.filter_edit.clear()
    window.run_search()
    assert window.panel.stack.currentWidget() is window.panel.table
    assert window.proxy.rowCount() == 4  # nothing opened yet: all unread
    window.open_article(articles["plain"])
    window.save_position()
    qtbot.waitUntil(lambda: not window.session.runner.busy())
    window.refresh_library()
    window.library_view.filters_changed()
    assert window.proxy.rowCount() == 3


def test_hit_rows_are_laid_out_in_their_own_direction(qari_app, library, articles):
    from PySide6.QtGui import QColor, QFont

    model = SearchResultsModel()
    model.set_hits(library.search("Bluesky") + library.search("visitors"))
    arabic, english = (model.index(r).data(LINES_ROLE) for r in range(2))
    doc = lines_document(arabic, QFont(), 400, QColor("gray"))
    title_block = doc.begin()
    assert title_block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    doc = lines_document(english, QFont(), 400, QColor("gray"))
    assert doc.begin().blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_find_in_article(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["saved"])
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    find = window.reader.find_bar
    assert find.isVisible() and find.edit.hasFocus()
    find.edit.setText("مكتبه")  # ta marbuta typed as ha
    assert find.count.text() == "1 of 3"
    selections = window.reader.pane.extraSelections()
    assert [s.cursor.selectedText() for s in selections] == ["مكتبة", "المكتبة", "المكتبة"]
    find.next()
    assert find.count.text() == "2 of 3"
    assert window.reader.pane.textCursor().position() == selections[1].cursor.selectionStart()
    find.previous()
    find.previous()
    assert find.count.text() == "3 of 3"
    find.next()
    assert find.count.text() == "1 of 3"
    find.edit.setText("غير موجود")
    assert find.count.text() == "No matches"
    qtbot.keyClick(find.edit, Qt.Key.Key_Escape)
    assert not find.isVisible()
    assert window.reader.pane.extraSelections() == []


def test_many_results_arrive_in_batches_as_the_list_scrolls(qtbot, qtmodeltester, window):
    from reader.importing.pipeline import parse_bytes
    from reader.ui.library.search_results import BATCH

    for n in range(BATCH * 2 + 5):
        text = f"تقرير رقم {n}\n\nزار الطلاب المكتبة في اليوم {n} وقرأوا كثيرا.".encode()
        window.library.add(parse_bytes(text, f"r{n}.txt"), text)
    window.refresh_library()
    _search(qtbot, window, "المكتبه")
    model = window.panel.results_model
    assert model.rowCount() == BATCH and model.total() == BATCH * 2 + 5
    view = window.panel.results
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > BATCH)
    qtmodeltester.check(model)  # fetches more itself
    while model.canFetchMore():
        model.fetchMore()
    hits = [model.index(r).data(HIT_ROLE) for r in range(model.rowCount())]
    assert len({h.id for h in hits}) == BATCH * 2 + 5
    assert all(h.snippet[s:e] == "المكتبة" for h in hits for s, e in h.marks)


def test_title_matches_are_marked_in_the_results(qtbot, window, articles):
    window.refresh_library()
    _search(qtbot, window, "Bluesky")
    model = window.panel.results_model
    [hit] = [model.index(r).data(HIT_ROLE) for r in range(model.rowCount())]
    assert hit.in_title
    assert [hit.title[s:e] for s, e in hit.title_marks] == ["Bluesky"]
    title_line = model.index(0).data(LINES_ROLE)[0]
    assert title_line.marks == hit.title_marks
