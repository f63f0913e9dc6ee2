from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication

from tests.ui.conftest import make_window

TITLE = "مكتبة المدينة تفتح أبوابها ليلاً للقراء"


def _clipboard():
    mime = QGuiApplication.clipboard().mimeData()
    return mime.text(), mime.html()


def test_copy_title_button_puts_exact_title_on_clipboard(qtbot, window, articles):
    window.open_article(articles["saved"])
    assert window.reader.copy_button.isVisible()
    qtbot.mouseClick(window.reader.copy_button, Qt.MouseButton.LeftButton)
    text, html = _clipboard()
    assert text == TITLE
    assert text.encode("utf-8") == TITLE.encode("utf-8")  # no added marks or controls
    assert f'<div dir="rtl">{TITLE}</div>' in html
    assert window.toast.isVisible()
    assert window.toast.text() == "Article title copied to clipboard"


def test_shortcut_and_arabic_toast(qtbot, qari_app, library, articles):
    window = make_window(qtbot, library, "ar")
    window.open_article(articles["english"])
    window.reader.pane.setFocus()
    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, Qt.Key.Key_C, modifiers)
    text, html = _clipboard()
    assert text == "A quiet morning in the old library"
    assert '<div dir="ltr">' in html
    assert window.toast.text() == "تم نسخ عنوان المقال إلى الحافظة"
    assert window.toast.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_several_selected_articles_copy_one_title_per_line(qtbot, window, articles):
    window.refresh_library()
    table = window.panel.table
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    selection = table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in ("saved", "english"):
        row = window.model.row_of(articles[name])
        selection.select(window.proxy.mapFromSource(window.model.index(row, 0)), flags)
    table.setFocus()
    window.action("copy_title").trigger()
    text, html = _clipboard()
    expected = [window.proxy.index(r, 0).data() for r in range(window.proxy.rowCount())]
    expected = [t for t in expected if t in (TITLE, "A quiet morning in the old library")]
    assert text.split("\n") == expected
    assert html.count("<div dir=") == 2
    assert window.toast.text() == "2 article titles copied to clipboard"


def test_context_menu_offers_copy_title(window, articles):
    window.refresh_library()
    window.open_article(articles["saved"])
    menu = window.library_view.context_menu()
    copy = next(a for a in menu.actions() if a.objectName() == "copy_title")
    assert copy.isEnabled()
    copy.trigger()
    assert _clipboard()[0] == TITLE
