"""Harakat added as a display layer: the whole article or the selected paragraph shown
vocalised, highlights still on their letters, the stored text, search and copy unchanged, Copy
with Harakat giving what is shown, remembered per article."""

from __future__ import annotations

import unicodedata

from PySide6.QtGui import QGuiApplication, QTextCursor

from reader.text.harakat import HARAKAT
from tests.fixtures_text import add_paragraphs
from tests.ui.conftest import settle

FIRST = "ذهب الطالب إلى المدرسة صباحا وقرأ كتابا جديدا."
SECOND = "وفي المساء جلس مع أصدقائه في الحديقة."


def _article(library) -> int:
    return add_paragraphs(library, "مقال بلا حركات", FIRST, SECOND)


def _shown(window) -> str:
    # NFC: a shadda and its vowel in one order, whichever the model wrote.
    return unicodedata.normalize("NFC", window.reader.doc.document.toPlainText())


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _select(window, start: int, end: int) -> None:
    doc = window.reader.doc
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(start))
    cursor.setPosition(doc.to_document(end), QTextCursor.MoveMode.KeepAnchor)
    window.reader.pane.setTextCursor(cursor)


def test_add_harakat_to_the_article_and_back(qtbot, window, library):
    article_id = _article(library)
    note = library.annotations.add_highlight(article_id, 4, 10, note="الطالب")  # الطالب
    window.open_article(article_id)
    window.action("harakat_add").trigger()
    qtbot.waitUntil(lambda: _nfc("الطَّالِبُ") in _shown(window), timeout=20000)
    settle(qtbot, window)
    shown = _shown(window)
    assert _nfc("صَبَاحًا") in shown and _nfc("الْحَدِيقَةِ") in shown
    # Stored text, search and a plain copy are the author's.
    assert library.plain_text(article_id).startswith(FIRST)
    assert library.search("الطالب")
    _select(window, 4, 10)
    assert window.reader.stored_selection() == "الطالب"
    assert window.reader.selection_range() == (4, 10)
    # The highlight stands on the same letters, marks and all.
    doc = window.reader.doc
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(note.start))
    cursor.setPosition(doc.to_document(note.end), QTextCursor.MoveMode.KeepAnchor)
    assert "".join(c for c in cursor.selectedText() if c not in HARAKAT) == "الطالب"
    assert any(c in HARAKAT for c in cursor.selectedText())
    # Copy with Harakat gives what is shown.
    window.action("copy_with_harakat").trigger()
    copied = QGuiApplication.clipboard().text()
    assert "".join(c for c in copied if c not in HARAKAT) == "الطالب" and copied != "الطالب"

    # Remembered: open another article and come back.
    other = _article_two(library)
    window.open_article(other)
    assert not window.action("harakat_add").isChecked()
    window.open_article(article_id)
    assert window.action("harakat_add").isChecked()
    qtbot.waitUntil(lambda: _nfc("صَبَاحًا") in _shown(window), timeout=20000)

    window.action("harakat_add").trigger()  # off
    assert _shown(window).count("\u064e") == 0


def _article_two(library) -> int:
    return add_paragraphs(library, "آخر", "نص قصير آخر للتجربة فقط.")


def test_add_harakat_to_the_selected_paragraph_only(qtbot, window, library):
    article_id = _article(library)
    window.open_article(article_id)
    second = len(FIRST) + 2
    _select(window, second + 4, second + 10)
    window.action("harakat_add").trigger()
    qtbot.waitUntil(lambda: _nfc("الْمَسَاءِ") in _shown(window), timeout=20000)
    assert FIRST in _shown(window)  # the first paragraph as the author wrote it


def test_a_ragged_english_paragraph_stays_ragged(qtbot, window, library):
    from reader.ui.reading.justify import WORD_SPACING

    article_id = add_paragraphs(library, "مختلط", FIRST,
                                "An English paragraph that is long enough to wrap onto a "
                                "second line in the reading column of the window here.")
    window.open_article(article_id)
    window.action("harakat_add").trigger()
    qtbot.waitUntil(lambda: _nfc("صَبَاحًا") in _shown(window)
                    and not window.harakat.placing, timeout=20000)
    qtbot.waitUntil(window.reader.justifier.finished, timeout=10000)
    english = window.reader.doc.document.lastBlock()
    fragments = english.begin()
    while not fragments.atEnd():
        assert not fragments.fragment().charFormat().property(WORD_SPACING)  # none, or 0
        fragments += 1
