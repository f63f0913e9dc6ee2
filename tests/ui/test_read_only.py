"""A library that cannot be written opens in the window for reading, and says so."""

from __future__ import annotations

from pathlib import Path

from reader.library.articles import Library
from reader.library.importer import import_paths
from tests.ui.conftest import make_window


def test_the_window_reads_a_read_only_library_and_offers_no_writes(
    qtbot, qari_app, isolated_home: Path, tmp_path: Path, monkeypatch
):
    from PySide6.QtWidgets import QLabel

    from reader.library import db

    for name, text in (("a.txt", "مقال أول\n\nنص المقال الأول."),
                       ("b.txt", "مقال ثان\n\nنص المقال الثاني.")):
        (tmp_path / name).write_text(text, "utf-8")
    with Library(isolated_home) as writer:
        ids = [o.id for o in import_paths(writer, [tmp_path / "a.txt", tmp_path / "b.txt"])]
        text = writer.get(ids[0]).plain_text
        writer.annotations.add_highlight(ids[0], 0, 4, "yellow", "ملاحظة قديمة")
    # As on a read-only mount (the tests run as root, whom permissions do not stop).
    monkeypatch.setattr(db, "writable", lambda path: False)
    library = Library(isolated_home)
    assert library.read_only
    window = make_window(qtbot, library)
    assert "read-only" in window.windowTitle()
    label = window.statusBar().findChild(QLabel, "readOnlyState")
    assert label is not None and label.isVisible()
    assert window.open_article(ids[0])
    assert window.reader.article.plain_text == text
    for action_id in ("import_files", "delete_articles", "bookmark", "highlight", "add_tag",
                      "archive", "paste_article", "welcome", "add_article_note"):
        assert not window.action(action_id).isEnabled(), action_id
    for action_id in ("copy_title", "find_in_article", "filter_library", "zoom_in"):
        assert window.action(action_id).isEnabled(), action_id
    # The note is there to read, not to change.
    window.notes_panel.select_row(0)
    assert window.notes_panel.editor.toPlainText() == "ملاحظة قديمة"
    assert window.notes_panel.editor.isReadOnly()
    assert not window.notes_panel.delete_button.isEnabled()
    # Moving to another article writes no reading position (no error, nothing changed).
    assert window.open_article(ids[1])
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=10000)
    with Library(isolated_home) as again:
        assert again.get(ids[0]).read_position == 0


def test_every_enabled_when_names_a_state_the_window_knows(qari_app):
    from reader.ui.window.actions import ENABLED_WHEN, action_specs

    for spec in action_specs():
        assert spec.enabled_when in ("", *ENABLED_WHEN), spec.id
