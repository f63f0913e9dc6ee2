from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reader.ui.reading.document import ANNOTATION_PROPERTY
from reader.ui.widgets import fonts
from tests.ui.shaping_oracle import expected_line
from tests.ui.test_shaping import _qt_lines

WORD = "المكتبة"


def _select(window, passage: str, occurrence: int = 0) -> tuple[int, int]:
    """Select ``passage`` in the reading view as a mouse would; returns its plain offsets."""
    text = window.reader.article.plain_text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    doc = window.reader.doc
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(start))
    cursor.setPosition(doc.to_document(start + len(passage)), QTextCursor.MoveMode.KeepAnchor)
    window.reader.pane.setTextCursor(cursor)
    return start, start + len(passage)


def _ctrl(qtbot, window, key, shift=False):
    modifiers = Qt.KeyboardModifier.ControlModifier
    if shift:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window, key, modifiers)


def test_highlight_selection_draws_and_stores(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["saved"])
    start, end = _select(window, "منتصف الليل")
    _ctrl(qtbot, window, Qt.Key.Key_H)
    [annotation] = window.library.annotations.for_article(articles["saved"])
    assert (annotation.start, annotation.end, annotation.exact) == (start, end, "منتصف الليل")
    cursor = QTextCursor(window.reader.doc.document)
    cursor.setPosition(window.reader.doc.to_document(start) + 1)
    assert cursor.charFormat().property(ANNOTATION_PROPERTY) == annotation.id
    assert cursor.charFormat().background().color().name() == "#ffe16b"
    assert window.notes_panel.model.rowCount() == 1
    row = window.model.row_of(articles["saved"])
    assert window.model.index(row, 5).data() == "1"  # the notes column counts it


def test_arabic_stays_joined_across_highlight_edges(qtbot, window, articles):
    window.open_article(articles["saved"])
    text = window.reader.article.plain_text
    inside = text.index(WORD) + 2  # from the third letter of the word to its sixth
    doc = window.reader.doc
    cursor = QTextCursor(doc.document)
    cursor.setPosition(doc.to_document(inside))
    cursor.setPosition(doc.to_document(inside + 3), QTextCursor.MoveMode.KeepAnchor)
    window.reader.pane.setTextCursor(cursor)
    window.action("highlight_green").trigger()
    block = window.reader.doc.document.findBlock(window.reader.doc.to_document(inside))
    assert any(f.charFormat().property(ANNOTATION_PROPERTY) for f in _fragments(block))
    chain = list(fonts.face("naskh").families)
    block.document().setTextWidth(520)
    block.document().documentLayout().documentSize()
    for line_text, qt_glyphs, start in _qt_lines(block):
        expected = [
            (f, g) for f, gs in expected_line(line_text, True, chain, False, block.text(), start)
            for g in gs
        ]
        # Same glyphs as shaping the unbroken word: medial forms on both sides of each edge.
        assert qt_glyphs == expected, line_text


def _fragments(block):
    it = block.begin()
    while not it.atEnd():
        yield it.fragment()
        it += 1


def test_note_typed_in_panel_is_saved_within_a_second(qtbot, window, articles):
    window.open_article(articles["saved"])
    _select(window, "منتصف الليل")
    window.action("add_note").trigger()
    editor = window.notes_panel.editor
    assert editor.hasFocus()
    qtbot.keyClicks(editor, "quiet hours")
    qtbot.waitUntil(lambda: window.notes_panel.status.text() == "Saved", timeout=1500)
    [annotation] = window.library.annotations.for_article(articles["saved"])
    assert annotation.note == "quiet hours"
    # Hovering the highlight shows the note.
    assert window.reader.pane.note_for(annotation.id) == "quiet hours"


def test_undo_and_redo_every_change(qtbot, window, articles):
    window.open_article(articles["saved"])
    store = window.library.annotations
    _select(window, "منتصف الليل")
    window.action("highlight").trigger()
    [first] = store.for_article(articles["saved"])
    _ctrl(qtbot, window, Qt.Key.Key_Z)
    assert store.for_article(articles["saved"]) == []
    _ctrl(qtbot, window, Qt.Key.Key_Z, shift=True)
    [again] = store.for_article(articles["saved"])
    assert again.uuid == first.uuid and again.exact == first.exact
    window.session.annotations.edit(again, "note", "one")
    window.session.annotations.edit(store.by_uuid(again.uuid), "note", "one two")
    window.undo_stack.undo()  # consecutive edits of one note undo together
    assert store.by_uuid(again.uuid).note == ""
    window.undo_stack.redo()
    assert store.by_uuid(again.uuid).note == "one two"
    window.notes_panel.select_uuid(again.uuid)
    window.notes_panel.delete_button.click()
    assert store.by_uuid(again.uuid) is None
    window.undo_stack.undo()
    assert store.by_uuid(again.uuid).note == "one two"


def test_article_note_and_position_bookmarks(qtbot, window, articles):
    window.open_article(articles["saved"])
    window.action("add_article_note").trigger()
    qtbot.keyClicks(window.notes_panel.editor, "general thoughts")
    window.notes_panel.save_now()
    notes = window.library.annotations.for_article(articles["saved"], "note")
    assert [n.note for n in notes] == ["general thoughts"]
    window.reader.scroll_to_plain(window.reader.article.plain_text.index("Wi-Fi"))
    _ctrl(qtbot, window, Qt.Key.Key_B)
    [mark] = window.library.annotations.for_article(articles["saved"], "bookmark")
    assert window.bookmarks_panel.model.rowCount() == 1
    assert mark.name.split()[0] in window.reader.article.plain_text
    model = window.bookmarks_panel.model
    assert model.setData(model.index(0), "موضع مهم")
    assert window.library.annotations.get(mark.id).name == "موضع مهم"
    window.reader.scroll_to_plain(0)
    window.bookmarks_panel.list.clicked.emit(model.index(0))
    assert abs(window.reader.reading_position() - mark.start) < 80
    window.bookmarks_panel.list.setCurrentIndex(model.index(0))
    window.bookmarks_panel.delete_button.click()
    assert window.library.annotations.for_article(articles["saved"], "bookmark") == []


def test_all_notes_opens_the_article_at_the_passage(qtbot, window, articles):
    window.open_article(articles["plain"])
    _select(window, "الفقرة الثانية")
    window.docks.highlight_selection("blue", note="second")
    window.open_article(articles["saved"])
    _select(window, "منتصف الليل")
    window.docks.highlight_selection("yellow", note="first")
    window.action("all_notes").trigger()
    dialog = window.docks.all_notes_dialog
    assert dialog.model.rowCount() == 2
    dialog.search.setText("الفقره")  # ta marbuta typed as ha
    assert dialog.model.rowCount() == 1
    dialog.list.activated.emit(dialog.model.index(0))
    assert window.current_id == articles["plain"]
    assert window.notes_panel.list.currentIndex().data() == "second"


def test_export_notes_from_window(qtbot, window, articles, tmp_path: Path):
    window.open_article(articles["saved"])
    _select(window, "منتصف الليل")
    window.docks.highlight_selection(note="ملاحظة")
    window.docks.export_notes(tmp_path / "notes.md")
    qtbot.waitUntil(lambda: not window.session.runner.busy())
    assert "> منتصف الليل\n\nملاحظة" in (tmp_path / "notes.md").read_text("utf-8")
    window.docks.export_notes(tmp_path / "notes.json")
    qtbot.waitUntil(lambda: not window.session.runner.busy())
    data = json.loads((tmp_path / "notes.json").read_text("utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 1


def test_note_shown_as_saved_survives_sigkill(tmp_path: Path):
    library = tmp_path / "lib.sqlite3"
    env = dict(
        os.environ,
        QARI_LIBRARY=str(library),
        QARI_SETTINGS=str(tmp_path / "qari.ini"),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(Path(__file__).resolve().parents[2]),
    )
    script = textwrap.dedent(
        """
        import os, signal
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from reader.library.articles import Library
        from reader.library.importer import import_paths
        from reader.ui.launch import create_window
        from reader.ui.app.settings import Settings

        page = Path(os.environ["QARI_LIBRARY"]).with_name("a.txt")
        page.write_text("عنوان\\n\\nنص المقال الذي سنكتب عليه ملاحظة.", "utf-8")
        library = Library(Path(os.environ["QARI_LIBRARY"]))
        [outcome] = import_paths(library, [page])
        window = create_window(library, Settings(), "en")
        window.show()
        window.open_article(outcome.id)
        window.docks.add_article_note()
        window.notes_panel.editor.insertPlainText("written just before the crash")

        def check():
            if window.notes_panel.status.text() == "Saved":
                print("SAVED", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)

        timer = QTimer()
        timer.timeout.connect(check)
        timer.start(20)
        QApplication.instance().exec()
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert "SAVED" in result.stdout, result.stderr[-2000:]
    assert result.returncode == -9
    from reader.library.articles import Library

    reopened = Library(library)
    [note] = reopened.annotations.for_article(1, "note")
    assert note.note == "written just before the crash"
    assert reopened.integrity_ok()
    reopened.close()
