from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat

from reader.text.normalize import has_presentation_forms
from tests.ui.conftest import make_window

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute


def _blocks(window):
    doc = window.reader.doc.document
    block = doc.begin()
    out = []
    while block.isValid():
        out.append(block)
        block = block.next()
    return out


def _block_with(window, start: str):
    return next(b for b in _blocks(window) if b.text().startswith(start))


def test_paragraph_direction_and_alignment(window, articles):
    window.open_article(articles["mixed"])
    latin_first = _block_with(window, "Bluesky منصة تواصل")
    english = _block_with(window, "This English paragraph")
    digits = _block_with(window, "فقرة عربية فيها أرقام")
    for block, direction, alignment in (
        (latin_first, Qt.LayoutDirection.RightToLeft, RIGHT),
        (english, Qt.LayoutDirection.LeftToRight, LEFT),
        (digits, Qt.LayoutDirection.RightToLeft, RIGHT),
    ):
        fmt = block.blockFormat()
        assert fmt.layoutDirection() == direction
        horizontal = Qt.AlignmentFlag.AlignHorizontal_Mask | Qt.AlignmentFlag.AlignAbsolute
        assert fmt.alignment() & horizontal == alignment
        # The laid-out line starts at the leading edge: right for RTL, left for LTR.
        layout = block.layout()
        line = layout.lineAt(0)
        width = window.reader.doc.document.textWidth()
        if direction == Qt.LayoutDirection.RightToLeft:
            assert line.naturalTextRect().right() > width * 0.6
        else:
            assert line.naturalTextRect().left() < width * 0.4


def test_same_directions_in_the_arabic_interface(qtbot, qari_app, library, articles):
    window = make_window(qtbot, library, "ar")
    assert qari_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    window.open_article(articles["mixed"])
    english = _block_with(window, "This English paragraph")
    assert english.blockFormat().layoutDirection() == Qt.LayoutDirection.LeftToRight
    latin_first = _block_with(window, "Bluesky منصة تواصل")
    assert latin_first.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_header_title_meta_and_text_are_logical(window, articles):
    window.open_article(articles["saved"])
    blocks = _blocks(window)
    assert blocks[0].text() == "مكتبة المدينة تفتح أبوابها ليلاً للقراء"
    assert blocks[0].blockFormat().headingLevel() == 1
    meta = blocks[1].text()
    assert "March 3, 2024" in meta and "12,480 views" in meta and "min read" in meta
    text = window.reader.doc.document.toPlainText()
    assert not has_presentation_forms(text)
    assert "قررت مكتبة المدينة العامة" in text
    assert window.windowTitle() == "\u2068مكتبة المدينة تفتح أبوابها ليلاً للقراء\u2069 — Qari"


def test_meta_line_in_arabic_uses_arabic_digits(qtbot, qari_app, library, articles):
    window = make_window(qtbot, library, "ar")
    window.open_article(articles["saved"])
    meta = _blocks(window)[1].text()
    assert "٣ مارس ٢٠٢٤" in meta
    assert "مشاهدة" in meta and "دقيقة" in meta


def test_body_uses_bundled_naskh_with_arabic_line_height(window, articles):
    window.open_article(articles["saved"])
    block = _block_with(window, "قررت مكتبة")
    fmt = block.blockFormat()
    assert fmt.lineHeightType() == QTextBlockFormat.LineHeightTypes.FixedHeight.value
    font = window.reader.doc.document.defaultFont()
    assert font.families()[0] == "Noto Naskh Arabic"
    em = font.pointSizeF() * 4 / 3
    assert 1.6 <= fmt.lineHeight() / em <= 1.8


def test_zoom_shortcuts_and_memory(qtbot, qari_app, library, articles):
    window = make_window(qtbot, library)
    window.open_article(articles["saved"])
    start = window.reading_prefs.prefs.size
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_prefs.prefs.size == start + 2
    assert window.reader.doc.document.defaultFont().pointSizeF() == start + 2
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reading_prefs.prefs.size == start + 1
    window.action("theme_dark").trigger()
    window.action("face_amiri").trigger()
    window.action("spacing_more").trigger()
    window.action("narrower").trigger()
    again = make_window(qtbot, library)
    assert again.reading_prefs.prefs.size == start + 1
    assert again.reading_prefs.prefs.theme == "dark" and again.reading_prefs.prefs.face == "amiri"
    assert again.reading_prefs.prefs.line_spacing == 180 and again.reading_prefs.prefs.measure == 65
    qtbot.keyClick(again, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert again.reading_prefs.prefs.size == 15.0


def test_dark_theme_colours_the_page(window, articles):
    window.open_article(articles["saved"])
    window.action("theme_dark").trigger()
    from PySide6.QtGui import QPalette

    base = window.reader.pane.palette().color(QPalette.ColorRole.Base)
    assert base.lightness() < 60
    block = _block_with(window, "قررت مكتبة")
    fragment_colour = block.begin().fragment().charFormat().foreground().color()
    assert fragment_colour.lightness() > 180


def test_reading_position_restored(qtbot, qari_app, library, articles, tmp_path):
    long_text = "عنوان طويل\n\n" + "\n\n".join(
        f"الفقرة رقم {i} فيها كلام كثير عن القراءة والكتب والمكتبات." for i in range(200)
    )
    path = tmp_path / "long.txt"
    path.write_text(long_text, encoding="utf-8")
    from reader.library.importer import import_paths

    [outcome] = import_paths(library, [path])
    window = make_window(qtbot, library)
    window.open_article(outcome.id)
    target = long_text.index("الفقرة رقم 120") - len("عنوان طويل\n\n")
    window.reader.scroll_to_plain(target)
    position = window.reader.reading_position()
    assert abs(position - target) < 200
    window.close()
    assert window.session.runner.shutdown(10)  # as the program does before it exits
    again = make_window(qtbot, library)
    again.restore_state()
    assert again.current_id == outcome.id
    assert abs(again.reader.reading_position() - target) < 200


def test_no_network_resources_are_loaded(window):
    from PySide6.QtCore import QUrl

    assert window.reader.pane.loadResource(2, QUrl("http://127.0.0.1:9/x.png")) is None
    assert window.reader.pane.loadResource(2, QUrl("file:///etc/passwd")) is None


def test_preferences_dialog_round_trip(qtbot, qari_app, library):
    from reader.ui.app.settings import ReadingPrefs
    from reader.ui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(ReadingPrefs(face="amiri", size=18, theme="sepia"), "ar")
    qtbot.addWidget(dialog)
    assert dialog.prefs() == ReadingPrefs(face="amiri", size=18, theme="sepia")
    assert dialog.language() == "ar"
    dialog.theme_box.setCurrentIndex(dialog.theme_box.findData("dark"))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(None))
    assert dialog.prefs().theme == "dark" and dialog.language() is None


def test_links_in_the_text_and_open_original(qtbot, qari_app, library, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices, QTextCursor

    from reader.library.importer import import_paths
    from tests.ui.conftest import make_window

    page = tmp_path / "linked.html"
    page.write_text(
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8">'
        '<link rel="canonical" href="https://news.example/library"></head><body><article>'
        "<h1>مواعيد المكتبة الجديدة</h1>"
        "<p>تفتح المكتبة أبوابها كل يوم، وللمزيد راجع "
        '<a href="https://library.example/hours">صفحة المواعيد</a> على موقعها الرسمي.</p>'
        "<p>ويقول القائمون عليها إن القاعات ستبقى مفتوحة حتى منتصف الليل طوال الربيع.</p>"
        "</article></body></html>",
        "utf-8",
    )
    [outcome] = import_paths(library, [page])
    window = make_window(qtbot, library)
    window.open_article(outcome.id)
    view = window.reader
    text = view.article.plain_text
    start = text.index("صفحة المواعيد") + 2
    cursor = QTextCursor(view.pane.document())
    cursor.setPosition(view.doc.to_document(start))
    assert cursor.charFormat().anchorHref() == "https://library.example/hours"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    assert window.action("open_original").isEnabled()
    window.action("open_original").trigger()
    assert opened == ["https://news.example/library"]
    window.close()


def test_a_long_article_is_laid_out_at_its_final_width_once(qtbot, window, library, articles):
    """A text longer than any screen gets its scroll bar before it is laid out, so the bar
    appearing does not narrow the column and lay every line out again (for 1 MB, a third of
    a second's freeze in the reader's first moments with it); a short one gets none."""
    from PySide6.QtWidgets import QApplication

    from tests.fixtures_text import add_paragraphs

    paragraph = ("افتتحت البلدية حديقة عامة على الضفة الشرقية للنهر تضم ممرات للمشاة "
                 "ومساحات خضراء وملعبا صغيرا للأطفال. ") * 4
    long_id = add_paragraphs(library, "مقال طويل جدا", *[paragraph] * 120)
    window.resize(1600, 900)
    for panel in (window.panel, window.notes_dock, window.bookmarks_dock):
        panel.hide()  # a column narrower than the pane: margins beside it
    QApplication.processEvents()
    window.open_article(long_id)
    pane = window.reader.pane
    bar = pane.verticalScrollBar()
    margin = pane.document().rootFrame().frameFormat().leftMargin()
    # The bar was there before the text was laid out, not made room for after.
    assert bar.isVisible()
    assert pane.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOn
    qtbot.waitUntil(window.reader.justifier.finished, timeout=20000)
    QApplication.processEvents()
    assert pane.document().rootFrame().frameFormat().leftMargin() == margin
    window.open_article(articles["plain"])  # a few lines: no bar to make room for
    qtbot.waitUntil(lambda: not pane.verticalScrollBar().isVisible(), timeout=5000)
    assert pane.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
