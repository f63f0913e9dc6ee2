"""Looking a word up from the reading view: a double-click (or Notes › Look Up Word) on a word
opens the Word panel with its lemma, root and definitions; an English word gets a plain
sentence, not an error; a search by root lists the articles with any of its words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.conftest import settle


def _import(window, tmp_path: Path, name: str, text: str) -> int:
    from reader.library.importer import import_paths

    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    [outcome] = import_paths(window.library, [path])
    return outcome.id


def _put_cursor_on(window, word: str) -> None:
    pane = window.reader.pane
    found = pane.document().find(word)
    assert not found.isNull(), word
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    pane.setTextCursor(cursor)


def test_look_up_a_word_in_the_text(qtbot, window, tmp_path) -> None:
    article = _import(window, tmp_path, "a.md",
                      "# رحلة مدرسية\n\nذهب الطلاب إلى المدارس صباحا وقرأوا الكتب في "
                      "المكتبة.\n\nThe trip ended with a short walk.\n")
    window.open_article(article)
    _put_cursor_on(window, "المدارس")
    window.action("look_up_word").trigger()
    panel = window.lookup.panel
    qtbot.waitUntil(lambda: panel.found is not None, timeout=15000)
    top = panel.found.analyses[0]
    assert (top.root, top.pos) == ("درس", "noun") and "مَدْرَسَة" in top.lemma
    text = panel.text.toPlainText()
    assert "د ر س" in text and "مؤسسة تعليمية" in text.replace("ٌ", "").replace("َ", "") \
        .replace("ُ", "").replace("ِ", "").replace("ْ", "").replace("ّ", "") or top.definitions
    assert window.lookup.dock.isVisible()
    assert panel.add_button.isEnabled()

    _put_cursor_on(window, "walk")
    qtbot.mouseDClick(window.reader.pane.viewport(), Qt.MouseButton.LeftButton,
                      pos=window.reader.pane.cursorRect().center())
    qtbot.waitUntil(lambda: panel.found is not None and panel.found.word != "المدارس",
                    timeout=10000)
    assert not panel.found.arabic and "Not an Arabic word" in panel.text.toPlainText()
    assert not panel.add_button.isEnabled()


def test_search_by_root_in_the_search_box(qtbot, window, tmp_path) -> None:
    ours = _import(window, tmp_path, "a.md", "# رسائل\n\nالطلاب يكتبون رسائلهم في المكتبة.\n")
    _import(window, tmp_path, "b.md", "# رحلة\n\nسافرنا إلى الجبال ورأينا الأنهار.\n")
    window.session.words.run()
    settle(qtbot, window)
    window.library_view.panel.filter_edit.setText("root:كتب")
    window.library_view.run_search()
    settle(qtbot, window)
    model = window.library_view.panel.results_model
    qtbot.waitUntil(lambda: len(model.hits) == 1, timeout=10000)
    assert model.hits[0].id == ours and model.hits[0].marks


def test_add_to_vocabulary_and_the_vocabulary_dialog(qtbot, window, tmp_path) -> None:
    article = _import(window, tmp_path, "a.md",
                      "# رحلة مدرسية\n\nذهب الطلاب إلى المدارس صباحا. ثم عادوا إلى البيت.\n")
    window.open_article(article)
    _put_cursor_on(window, "المدارس")
    window.action("look_up_word").trigger()
    panel = window.lookup.panel
    qtbot.waitUntil(lambda: panel.found is not None, timeout=15000)
    panel.add_button.click()
    qtbot.waitUntil(
        lambda: "added to the vocabulary" in window.statusBar().currentMessage(), timeout=5000)
    [kept] = window.library.vocabulary.all()
    assert (kept.word, kept.root, kept.article_id) == ("المدارس", "درس", article)
    assert kept.sentence == "ذهب الطلاب إلى المدارس صباحا." and "مَدْرَسَة" in kept.lemma

    window.action("vocabulary").trigger()
    dialog = window.lookup.dialog
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "المدارس"
    assert dialog.model.index(0, 2).data() == "د ر س"
    assert dialog.sentence.text() == kept.sentence
    dialog.filter_edit.setText("كتب")
    assert dialog.model.rowCount() == 0
    dialog.filter_edit.setText("درس")
    assert dialog.model.rowCount() == 1
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=5000)
    assert window.library.vocabulary.all() == []
    dialog.close()


def test_the_vocabulary_filters_by_date(qtbot, window) -> None:
    from reader.library.vocabulary import Word

    window.library.vocabulary.add(
        Word("المدارس", "مَدْرَسَة", "درس", added_at="2020-01-01T00:00:00+00:00"))
    window.library.vocabulary.add(Word("كتبوا", "كَتَبَ", "كتب"))
    window.action("vocabulary").trigger()
    dialog = window.lookup.dialog
    assert dialog.model.rowCount() == 2
    dialog.since.setCurrentIndex(dialog.since.findData(7))
    assert [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())] == ["كتبوا"]
    dialog.close()


def test_a_root_search_hit_opens_with_the_roots_words_marked(qtbot, window, tmp_path) -> None:
    ours = _import(window, tmp_path, "a.md",
                   "# رسائل\n\nالطلاب يكتبون رسائلهم في المكتبة، والكاتب يقرأ.\n")
    window.session.words.run()
    settle(qtbot, window)
    window.library_view.panel.filter_edit.setText("root:كتب")
    [hit] = window.library.search("root:كتب")
    assert hit.id == ours
    window.open_hit(hit)
    bar = window.reader.find_bar
    found = [window.reader.article.plain_text[window.reader.doc.to_plain(s):
                                              window.reader.doc.to_plain(e)]
             for s, e in bar.matches]
    assert found == ["يكتبون", "المكتبة", "والكاتب"]


def test_the_reader_chooses_which_reading_is_kept(qtbot, window, tmp_path) -> None:
    from PySide6.QtCore import QUrl

    article = _import(window, tmp_path, "a.md", "# ملاحظة\n\nوجدت الكتاب على الطاولة.\n")
    window.open_article(article)
    _put_cursor_on(window, "الكتاب")
    window.action("look_up_word").trigger()
    panel = window.lookup.panel
    qtbot.waitUntil(lambda: panel.found is not None, timeout=15000)
    assert len(panel.found.analyses) > 1
    second = panel.found.analyses[1]
    panel.text.anchorClicked.emit(QUrl("reading:1"))
    assert panel.chosen_reading() is second and "✓" in panel.text.toPlainText()
    panel.add_button.click()
    qtbot.waitUntil(lambda: window.library.vocabulary.all() != [], timeout=5000)
    assert window.library.vocabulary.all()[0].lemma == second.lemma
