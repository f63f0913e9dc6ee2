"""Arabic typography in the reading view, proved rather than believed: justified lines flush
with both edges whose words keep HarfBuzz's glyphs and stay joined; harakat hidden on screen
but kept in what is found, highlighted and copied; digits and calendars as chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTextCursor

from reader.text.harakat import HARAKAT
from reader.ui.app.settings import ReadingPrefs
from reader.ui.reading.document import JUSTIFY_PROPERTY, build_document
from reader.ui.reading.justify import justified_blocks, justify_document
from reader.ui.widgets import fonts
from tests.ui.shaping_oracle import expected_line
from tests.ui.test_shaping import _qt_lines, check_lines

WIDTH = 520
VOCALISED = (
    "كَتَبَ الطَّالِبُ رِسَالَةً طَوِيلَةً إِلَى أُسْتَاذِهِ، وَشَرَحَ فِيهَا مَا تَعَلَّمَهُ مِنَ "
    "الْكُتُبِ وَالْمَجَلَّاتِ فِي الْمَكْتَبَةِ الْعَامَّةِ طَوَالَ الصَّيْفِ الْمَاضِي، "
    "وَذَكَرَ أَنَّ الْقِرَاءَةَ تَفْتَحُ لِلْمَرْءِ أَبْوَابًا لَا يَعْرِفُهَا."
)
PLAIN_AR = (
    "تفتح المستوصفات والمكتبات العامة أبوابها للقراء والمراجعين حتى منتصف الليل، ويجلس "
    "الطلاب إلى الطاولات الطويلة تحت الضوء الهادئ يقرؤون الكتب والمجلات والصحف القديمة، "
    "ويتبادلون الملاحظات عن المستشفيات والمستوصفات في المدن الساحلية والجبلية."
)
LATIN = (
    "A paragraph in English sits beside the Arabic ones: it is set ragged unless the reader "
    "asks for every paragraph to be justified, and then it is justified as Latin text is."
)


def _stored(library, tmp_path: Path, text: str):
    from reader.library.importer import import_paths

    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    [outcome] = import_paths(library, [path])
    return library.get(outcome.id)


def _laid_out(article, **prefs):
    result = build_document(article, ReadingPrefs(**prefs))
    doc = result.document
    doc.setTextWidth(WIDTH)
    doc.documentLayout().documentSize()
    return result


def _check_justified(doc, chain) -> int:
    """Every line of every justified paragraph: HarfBuzz's glyphs, and (all but the last)
    flush with both edges within a pixel. Returns the lines checked."""
    checked = 0
    for block in justified_blocks(doc):
        rtl = block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
        layout = block.layout()
        lines = list(_qt_lines(block))
        for index, (text, qt_glyphs, start) in enumerate(lines):
            expected = [
                (f, g) for f, gs in expected_line(text, rtl, chain, False, block.text(), start)
                for g in gs
            ]
            assert qt_glyphs == expected, text
            line = layout.lineAt(index)
            if index < len(lines) - 1 and " " in text.strip():
                left, right = _extent(line)
                column_left, column_right = _column(block, line)
                SHORT.append(max(abs(left - column_left), abs(column_right - right)))
                # Never past either edge by more than a pixel; flush is counted below.
                assert left >= column_left - 1 and right <= column_right + 1, text
            checked += 1
    return checked


SHORT: list[float] = []  # how far each justified line falls short of the column


def _column(block, line) -> tuple[float, float]:
    """The text column's edges for this line (a justified block's format lends it a pixel
    on its closing side, inside the line's own width)."""
    fmt = block.blockFormat()
    return (line.x() - min(fmt.leftMargin(), 0),
            line.x() + line.width() + min(fmt.rightMargin(), 0))


def _extent(line) -> tuple[float, float]:
    """A line's left and right edges: its glyphs' advance boxes (the ink of a final letter's
    tail reaches past them, in justified and ragged text alike)."""
    left, right = float("inf"), float("-inf")
    for run in line.glyphRuns():
        font = run.rawFont()
        glyphs = list(run.glyphIndexes())
        advances = font.advancesForGlyphIndexes(glyphs)
        for position, advance in zip(run.positions(), advances, strict=True):
            left = min(left, position.x())
            right = max(right, position.x() + advance.x())
    return left, right


def test_justified_corpus_articles_keep_their_glyphs_and_both_edges(qari_app, library, corpus):
    from reader.library.importer import import_paths

    paths = [corpus / "saved-text" / "musk-dorsey-bluesky.txt"] + sorted(
        (corpus / "ant").glob("*/*.txt")
    )
    outcomes = import_paths(library, paths)
    chain = list(fonts.face("naskh").families)
    lines = articles = 0
    for outcome in outcomes:
        if outcome.id is None:
            continue
        article = library.get(outcome.id)
        if article.direction != "rtl":
            continue
        doc = _laid_out(article).document
        justify_document(doc)
        lines += _check_justified(doc, chain)
        articles += 1
    print(f"{articles} articles, {lines} lines")
    assert articles >= 20 and lines > 1000
    # Qt keeps room at a line's end for its last glyph's overhang (a pixel, on the glyph's
    # right even in a right-to-left line, where nothing overhangs; more after some
    # ligatures): a line spread into that room would break elsewhere, so it stays short.
    within = sum(1 for gap in SHORT if gap <= 1) / len(SHORT)
    print(f"{len(SHORT)} spread lines: {within:.2%} within 1 px of both edges, "
          f"worst {max(SHORT):.2f} px")
    assert within >= 0.99


def test_justify_choices_by_paragraph_direction(qari_app, library, tmp_path):
    article = _stored(library, tmp_path, "عنوان\n\n" + PLAIN_AR + "\n\n" + LATIN)
    kinds = {
        choice: [b.blockFormat().boolProperty(JUSTIFY_PROPERTY)
                 for b in _justified_or_not(_laid_out(article, justify=choice).document)]
        for choice in ("arabic", "all", "off")
    }
    assert kinds == {"arabic": [True, False], "all": [True, True], "off": [False, False]}
    # Qt's own justification is never what draws it.
    doc = _laid_out(article, justify="all").document
    block = doc.begin()
    while block.isValid():
        assert not block.blockFormat().alignment() & Qt.AlignmentFlag.AlignJustify
        block = block.next()


def _justified_or_not(doc):
    """The body's paragraphs (those with text after the title and the meta line)."""
    block = doc.begin().next()
    while block.isValid():
        if len(block.text()) > 100:
            yield block
        block = block.next()


def _lines_and_words(doc):
    """(line, index of the line in the document, word's position in its block, word) for
    every word of every justified paragraph."""
    number = 0
    for block in justified_blocks(doc):
        layout = block.layout()
        text = block.text()
        for index in range(layout.lineCount()):
            line = layout.lineAt(index)
            start, end = line.textStart(), line.textStart() + line.textLength()
            position = start
            for word in text[start:end].split(" "):
                if word:
                    yield line, number, position, word
                position += len(word) + 1
            number += 1


def _ink_components_per_line(doc) -> list[int]:
    """Separate pieces of ink in each laid-out line, counted word by word: each word's own
    glyphs, where the line placed them, drawn alone (8-connected runs of dark pixels). A
    join broken by space put between letters adds a piece; words moved apart add none."""
    counts: dict[int, int] = {}
    for line, number, position, word in _lines_and_words(doc):
        runs = line.glyphRuns(position, len(word))
        # The word at the same place in every render: pixels are counted, and a fraction
        # of a pixel more to the left can thin a join into white.
        xs = [p.x() for run in runs for p in run.positions()]
        left = min(xs)
        image = QImage(int(max(xs) - left) + 80, int(line.height()) + 40,
                       QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        for run in runs:
            painter.drawGlyphRun(QPointF(30 - left, 20 - line.y()), run)
        painter.end()
        counts[number] = counts.get(number, 0) + _components(
            image, 0, image.height(), 0, image.width()
        )
    return [counts[n] for n in sorted(counts)]


def _components(image: QImage, y0: int, y1: int, x0: int, x1: int) -> int:
    """Pieces of ink inside the box."""
    parent: dict[int, int] = {}

    def find(a: int) -> int:
        while parent[a] != a:
            parent[a] = parent[parent[a]]
            a = parent[a]
        return a

    x0, x1 = max(x0, 0), min(x1, image.width())
    previous: list[tuple[int, int, int]] = []
    label = 0
    for y in range(max(y0, 0), min(y1, image.height())):
        runs: list[tuple[int, int, int]] = []
        x = x0
        while x < x1:
            if QColor(image.pixel(x, y)).lightness() < 128:
                start = x
                while x < x1 and QColor(image.pixel(x, y)).lightness() < 128:
                    x += 1
                label += 1
                parent[label] = label
                for a, b, other in previous:
                    if a <= x and start <= b:  # touching, diagonals included
                        parent[find(label)] = find(other)
                runs.append((start, x, label))
            x += 1
        previous = runs
    return len({find(k) for k in parent})


def _render(doc) -> QImage:
    size = doc.documentLayout().documentSize()
    image = QImage(int(size.width()) + 2, int(size.height()) + 2, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    doc.drawContents(painter)
    painter.end()
    return image


def _word_shapes(doc) -> list[list[tuple[int, float]]]:
    """Each word's glyphs with their places relative to the word's first glyph: where the
    line put the word's letters, whatever the spaces around it."""
    shapes = []
    for line, _number, position, word in _lines_and_words(doc):
        placed = sorted(
            (p.x(), g)
            for run in line.glyphRuns(position, len(word))
            for g, p in zip(run.glyphIndexes(), run.positions(), strict=True)
        )
        shapes.append([(g, round(x - placed[0][0], 2)) for x, g in placed])
    return shapes


def test_justified_words_keep_their_letters_together(qari_app, library, tmp_path):
    """The extra width goes between words only. Justified, every word's glyphs stand where
    they stood ragged, and no word has more pieces of ink (a broken join adds one). Qt's own
    justification of the same page, the control, puts space inside words."""
    article = _stored(library, tmp_path, "عنوان\n\n" + PLAIN_AR + "\n\n" + PLAIN_AR)
    for face in ("naskh", "amiri", "sans"):
        ragged = _laid_out(article, justify="arabic", face=face).document  # not yet spread
        justified = _laid_out(article, justify="arabic", face=face).document
        assert justify_document(justified) > 0
        assert _word_shapes(justified) == _word_shapes(ragged)
        if face == "sans":
            continue  # pieces of ink counted in the two Naskh-style faces (time)
        justified_counts = _ink_components_per_line(justified)
        ragged_counts = _ink_components_per_line(ragged)
        assert len(justified_counts) == len(ragged_counts) >= 6
        assert all(j <= r for j, r in zip(justified_counts, ragged_counts, strict=True))
        control = _laid_out(article, justify="arabic", face=face).document
        for block in list(justified_blocks(control)):
            fmt = block.blockFormat()
            fmt.setAlignment(Qt.AlignmentFlag.AlignJustify)
            QTextCursor(block).setBlockFormat(fmt)
        control.documentLayout().documentSize()
        assert _word_shapes(control) != _word_shapes(ragged)


def test_harakat_hidden_on_screen_kept_in_what_is_found_and_highlighted(
    qari_app, library, tmp_path
):
    from reader.text.query import find_matches, parse_query
    from reader.ui.reading.document import apply_highlights

    article = _stored(library, tmp_path, "رسالة\n\n" + VOCALISED)
    for mode, kept in (("hide", set()), ("shadda", {"\u0651"})):
        result = _laid_out(article, harakat=mode)
        shown = result.document.toPlainText()
        assert {c for c in shown if c in HARAKAT} == kept
        # The drawn glyphs carry no mark: the line's glyphs are HarfBuzz's shaping of the
        # shown text, which has none.
        assert _check_document_lines(result.document) > 0
    result = _laid_out(article, harakat="hide")
    body = article.plain_text
    # Find: the stored text is searched, the match lands on the same letters on screen.
    [(start, end)] = find_matches(body, parse_query("الطالب"))
    cursor = QTextCursor(result.document)
    cursor.setPosition(result.to_document(start))
    cursor.setPosition(result.to_document(end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "الطالب"
    # A selection on screen (no harakat) maps to the stored passage with all its marks.
    assert body[result.to_plain(cursor.selectionStart()):result.to_plain(cursor.selectionEnd())] \
        == "الطَّالِبُ"
    # A highlight stored with harakat covers the same letters drawn without them.
    apply_highlights(result, [(start, end, "yellow", 7)])
    marked = QTextCursor(result.document)
    marked.setPosition(result.to_document(start) + 2)
    assert marked.charFormat().background().color().name() != "#000000"


def _check_document_lines(doc) -> int:
    return check_lines(doc, list(fonts.face("naskh").families))


def test_the_window_copies_and_highlights_the_stored_text_with_harakat_hidden(
    qtbot, library, tmp_path
):
    from PySide6.QtGui import QGuiApplication

    from tests.ui.conftest import make_window, settle

    article = _stored(library, tmp_path, "رسالة\n\n" + VOCALISED)
    window = make_window(qtbot, library)
    window.reading_prefs.set_harakat("hide")
    assert window.settings.reading().harakat == "hide"
    window.open_article(article.id)
    view = window.reader
    assert not any(c in HARAKAT for c in view.pane.document().toPlainText())
    start = article.plain_text.index("الطَّالِبُ")
    end = start + len("الطَّالِبُ")
    cursor = view.pane.textCursor()
    cursor.setPosition(view.doc.to_document(start))
    cursor.setPosition(view.doc.to_document(end), QTextCursor.MoveMode.KeepAnchor)
    view.pane.setTextCursor(cursor)
    view.pane.copy()
    assert QGuiApplication.clipboard().text() == "الطَّالِبُ"
    assert view.selection_range() == (start, end)
    window.action("highlight").trigger()
    settle(qtbot, window)
    [highlight] = window.library.annotations.for_article(article.id)
    assert highlight.exact == "الطَّالِبُ"
    window.reading_prefs.set_harakat("show")
    window.close()


def test_digits_and_calendar_as_chosen(qtbot, library, tmp_path):
    from datetime import datetime

    from reader.ui.app import i18n

    i18n.set_number_style("arabic", "hijri")
    try:
        when = datetime(2026, 11, 27, 9, 30)
        assert i18n.format_date(when) == "١٧/٦/١٤٤٨ AH"
        assert i18n.format_date(when, long=True) == "١٧ Jumada al-Akhirah ١٤٤٨ AH"
        i18n.set_number_style("western", "both")
        assert i18n.format_date(when) == "11/27/26 · 17/6/1448 AH"
        assert i18n.number(1234) == "1,234"
        i18n.set_number_style("persian", "gregorian")
        assert i18n.number(30) == "۳۰"
        # Out of the Umm al-Qura tables: the Gregorian date, never nothing.
        i18n.set_number_style("auto", "hijri")
        assert i18n.format_date(datetime(1900, 1, 1)) == "1/1/00"
    finally:
        i18n.set_number_style("auto", "gregorian")
    article = _stored(library, tmp_path, "رقم\n\nفي عام 2024 زار المكتبة ١٢ ألف قارئ.")
    shown = _laid_out(article, digits="arabic").document.toPlainText()
    assert "2024" in shown and "١٢" in shown  # the article's digits as it wrote them
    shown = _laid_out(article, digits="western", body_digits=True).document.toPlainText()
    assert "2024" in shown and "12 ألف" in shown


def test_the_list_and_the_header_follow_the_chosen_digits(qtbot, library, tmp_path):
    from tests.ui.conftest import make_window

    article = _stored(library, tmp_path, "عنوان\n\nنص قصير.")
    window = make_window(qtbot, library)
    window.refresh_library()
    window.reading_prefs.change(digits="arabic", calendar="both")
    meta = window.model.meta_line(window.model.summary_at(window.model.row_of(article.id)))
    assert "AH" in meta and not any(c.isascii() and c.isdigit() for c in meta)
    window.open_article(article.id)
    header = window.reader.pane.document().findBlockByNumber(1).text()
    assert "١" in header or "٢" in header or "٣" in header or "٤" in header
    window.reading_prefs.change(digits="auto", calendar="gregorian")
    window.close()


@pytest.mark.parametrize("mode", ["hide", "shadda"])
def test_render_takes_the_reading_preferences(qari_app, library, tmp_path, mode):
    from reader.ui.render import render_png

    article = _stored(library, tmp_path, "رسالة\n\n" + VOCALISED + "\n\n" + PLAIN_AR)
    out = render_png(
        library, article.id, tmp_path / f"{mode}.png", width=1024, height=700,
        prefs={"harakat": mode, "justify": "arabic", "digits": "arabic"},
    )
    assert QImage(str(out)).width() == 1024
    plain = render_png(library, article.id, tmp_path / "shown.png", width=1024, height=700,
                       prefs={"harakat": "show", "justify": "off"})
    assert QImage(str(out)) != QImage(str(plain))


def test_kashida_only_where_arabic_typography_allows_it(qari_app, library, corpus):
    """With kashida, the lines take tatweel between joined letters of words without harakat
    (alreq's places), keep HarfBuzz's glyphs for the text they show, and stay flush."""
    from reader.library.importer import import_paths
    from reader.text.kashida import TATWEEL, allowed

    paths = sorted((corpus / "ant").glob("*/*.txt"))[:30]
    chain = list(fonts.face("naskh").families)
    stretched = 0
    for outcome in import_paths(library, paths):
        article = library.get(outcome.id)
        if article.direction != "rtl":
            continue
        result = _laid_out(article)
        plain_shown = result.document.toPlainText()
        justify_document(result.document, result)
        shown = result.document.toPlainText()
        assert shown.replace(TATWEEL, "") == plain_shown.replace(TATWEEL, "")
        for index, char in enumerate(shown):
            if char == TATWEEL and index not in _original_tatweels(plain_shown, shown):
                assert allowed(shown, index), shown[max(0, index - 20):index + 20]
                stretched += 1
        _check_justified(result.document, chain)
    assert stretched > 200


def _original_tatweels(before: str, after: str) -> set[int]:
    """Indexes in ``after`` of the tatweels ``before`` had already (the article's own)."""
    from reader.text.kashida import TATWEEL

    found, j = set(), 0
    for char in before:
        while after[j] != char:
            j += 1
        if char == TATWEEL:
            found.add(j)
        j += 1
    return found


def test_kashida_keeps_offsets_for_find_highlight_and_copy(qari_app, library, tmp_path):
    from reader.text.kashida import TATWEEL
    from reader.text.query import find_matches, parse_query

    article = _stored(library, tmp_path, "عنوان\n\n" + PLAIN_AR + "\n\n" + VOCALISED)
    result = _laid_out(article)
    justify_document(result.document, result)
    assert result.kashida  # some lines were stretched
    body = article.plain_text
    document = result.document
    for word in ("المستشفيات", "الطاولات", "الساحلية", "الطَّالِبُ", "الليل"):
        [(start, end), *_rest] = find_matches(body, parse_query(word))
        cursor = QTextCursor(document)
        cursor.setPosition(result.to_document(start))
        cursor.setPosition(result.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().replace(TATWEEL, "") == body[start:end]
        # Back from the document: the same stored passage, whatever tatweel is in it.
        assert result.to_plain(cursor.selectionStart()) == start
        assert result.to_plain(cursor.selectionEnd()) == end
    # Every position in the document maps into the stored text and back near itself.
    for position in range(result.body_start, document.characterCount() - 1, 7):
        offset = result.to_plain(position)
        if offset is not None:
            assert 0 <= offset <= len(body)
            assert abs(result.to_document(offset) - position) <= 3
    # Vocalised words take none: the tatweel would part a letter from its mark.
    vocalised = document.findBlockByNumber(result.spans[-1].block).text()
    assert TATWEEL not in vocalised


def test_the_window_with_kashida_finds_highlights_and_copies_the_stored_text(
    qtbot, library, tmp_path
):
    from PySide6.QtGui import QGuiApplication

    from reader.text.kashida import TATWEEL
    from tests.ui.conftest import make_window, settle

    article = _stored(library, tmp_path, "عنوان\n\n" + PLAIN_AR + "\n\n" + PLAIN_AR)
    window = make_window(qtbot, library)
    window.action("kashida").trigger()
    assert window.settings.reading().kashida
    window.open_article(article.id)
    view = window.reader
    qtbot.waitUntil(view.justifier.finished)
    assert TATWEEL in view.pane.document().toPlainText()
    word = "المستشفيات"
    start = article.plain_text.index(word)
    cursor = view.pane.textCursor()
    cursor.setPosition(view.doc.to_document(start))
    cursor.setPosition(view.doc.to_document(start + len(word)), QTextCursor.MoveMode.KeepAnchor)
    view.pane.setTextCursor(cursor)
    view.pane.copy()
    assert QGuiApplication.clipboard().text() == word
    window.action("highlight").trigger()
    settle(qtbot, window)
    [highlight] = window.library.annotations.for_article(article.id)
    assert highlight.exact == word
    view.find_bar.open_bar("المستوصفات")
    view.find_bar.update_matches()
    assert len(view.find_bar.matches) == 4
    for begin, end in view.find_bar.matches:
        found = QTextCursor(view.pane.document())
        found.setPosition(begin)
        found.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        # The stored passage the search matched ("والمستوصفات" too: clitics are understood).
        assert found.selectedText().replace(TATWEEL, "").endswith("المستوصفات")
    window.action("kashida").trigger()
    assert TATWEEL not in view.pane.document().toPlainText()
    window.close()


def test_a_hijri_date_takes_the_interfaces_digits(qari_app):
    """In Arabic, "as the interface writes them" is Arabic-Indic for the Hijri date too,
    not Western digits beside an Arabic-Indic Gregorian date."""
    from datetime import datetime

    from reader.ui.app import i18n

    i18n.install(qari_app, "ar")
    i18n.set_number_style("auto", "both")
    try:
        shown = i18n.format_date(datetime(2026, 11, 20, 18, 30), long=True)
        assert "١٤٤٨" in shown and not any(c.isascii() and c.isdigit() for c in shown)
    finally:
        i18n.set_number_style("auto", "gregorian")
        i18n.install(qari_app, "en")
