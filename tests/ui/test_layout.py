"""The window on the screens people have: the text gets the room, panels give way, focus
mode, a window that fits, the reading position across relaunches, keyboard and RTL polish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.conftest import ENGLISH_ARTICLE, MIXED_ARTICLE, make_window, settle
from tests.ui.layout_metrics import ARTICLE, LONG_TITLE, SENTENCE, measure

SIZES = ((1024, 700), (1366, 768), (1920, 1080))


@pytest.fixture
def long_article(library, tmp_path):
    from reader.library.importer import import_paths

    for name, text in (("c", ENGLISH_ARTICLE), ("b", MIXED_ARTICLE), ("a", ARTICLE)):
        (tmp_path / f"{name}.txt").write_text(text, "utf-8")
    outcomes = import_paths(
        library, [tmp_path / "c.txt", tmp_path / "b.txt", tmp_path / "a.txt"]
    )
    return outcomes[-1].id


def _first_start(qtbot, library, lang, width, height):
    """The window a first start gives a screen of this size (the offscreen screen is
    smaller, so the window is sized as first_geometry would size it there)."""
    from reader.ui.app import i18n

    i18n.install(QApplication.instance(), lang)
    window = make_window(qtbot, library, lang)
    window.resize(int(width * 0.92), int(height * 0.92))
    window.window_layout.first_panels()
    QApplication.processEvents()
    return window


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_text_gets_the_room_on_common_screens(qtbot, qari_app, library, long_article, lang,
                                                   size):
    window = _first_start(qtbot, library, lang, *size)
    window.open_article(long_article)
    layout = measure(window)
    # A comfortable measure: 60 to 80 characters a line, never a handful of words.
    assert 55 <= layout.chars_per_line <= 85, layout
    # The text has at least half of the window.
    assert window.reader.width() >= window.width() / 2
    # The list shows titles a reader can read: most of a long one, all of it on wide screens.
    assert layout.title_chars >= 30, layout
    if size[0] >= 1920:
        assert layout.title_chars == len(LONG_TITLE)
    # Narrow screens start with the Notes panel closed; wide ones have room for it.
    assert window.notes_dock.isVisible() == (size[0] >= 1920)


def test_never_fewer_than_35_characters_a_line(qtbot, qari_app, library, long_article):
    window = make_window(qtbot, library)
    window.open_article(long_article)
    window.resize(700, 600)  # notes and library open: the panels give way
    QApplication.processEvents()
    assert measure(window).chars_per_line >= 33  # 35 characters of mean width


def test_panels_hide_show_and_are_remembered(qtbot, qari_app, library, long_article):
    window = make_window(qtbot, library)
    window.open_article(long_article)
    qtbot.keyClick(window, Qt.Key.Key_Backslash, Qt.KeyboardModifier.ControlModifier)
    assert not window.panel.isVisible() and not window.action("show_library").isChecked()
    window.action("show_notes").trigger()
    visible = window.notes_dock.isVisible()
    assert window.action("show_notes").isChecked() == visible
    window.close()
    again = make_window(qtbot, library)
    again.restore_state()
    QApplication.processEvents()
    assert not again.panel.isVisible()
    again.action("show_library").trigger()
    assert again.panel.isVisible() and again.panel.width() > 100


def test_focus_mode_shows_the_text_alone_and_escape_leaves(qtbot, qari_app, library,
                                                           long_article):
    window = make_window(qtbot, library)
    window.open_article(long_article)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    hidden = (window.panel, window.notes_dock, window.menuBar(), window.toolbar,
              window.statusBar())
    assert not any(w.isVisible() for w in hidden)
    assert window.reader.pane.isVisible()
    qtbot.keyClick(window.reader.pane, Qt.Key.Key_Escape)
    assert not window.isFullScreen()
    assert window.panel.isVisible() and window.menuBar().isVisible()


def test_first_window_fits_the_screen_and_a_remembered_one_is_clamped(qtbot, qari_app, library):
    window = make_window(qtbot, library)
    window.restore_state()  # no remembered geometry: a first start
    area = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry())
    window.setGeometry(QRect(-400, -300, area.width() + 900, area.height() + 700))
    window.close()
    again = make_window(qtbot, library)
    again.restore_state()
    assert area.contains(again.frameGeometry())


def test_reading_position_survives_a_relaunch_at_another_size(qtbot, qari_app, library,
                                                              long_article):
    from reader.ui.app.session import Session
    from reader.ui.app.settings import Settings

    window = make_window(qtbot, library)
    window.resize(1100, 750)
    window.open_article(long_article)
    text = library.get(long_article).plain_text
    target = text.index(SENTENCE, len(text) // 2)
    window.reader.scroll_to_plain(target)
    saved = window.reader.reading_position()
    window.close()
    assert window.session.runner.shutdown(10)
    assert library.get(long_article).read_position == saved
    # A new session, as after a restart, in a narrower window.
    from reader.ui.launch import create_window

    again = create_window(library, Settings(), "en", Session(library, Settings()))
    qtbot.addWidget(again)
    again.resize(800, 600)
    again.restore_state()
    again.show()
    qtbot.waitExposed(again)
    assert again.current_id == long_article
    pane = again.reader.pane
    cursor = pane.textCursor()
    cursor.setPosition(again.reader.doc.to_document(saved))
    # The saved passage is on the first line of the view, once the text is laid out.
    qtbot.waitUntil(lambda: 0 <= pane.cursorRect(cursor).top() < pane.fontMetrics().height() * 2)
    again.resize(1000, 700)  # and stays there when the window changes size
    QApplication.processEvents()
    assert 0 <= pane.cursorRect(cursor).top() < pane.fontMetrics().height() * 2
    again.session.runner.shutdown()


def test_dark_theme_colours_the_whole_application(qtbot, window):
    window.action("theme_dark").trigger()
    QApplication.processEvents()  # the change reaches every widget through the event loop
    palette = QApplication.instance().palette()
    assert palette.color(QPalette.ColorRole.Window).lightness() < 80
    assert window.panel.table.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert window.menuBar().palette().color(QPalette.ColorRole.Window).lightness() < 80
    window.action("theme_light").trigger()
    assert QApplication.instance().palette().color(QPalette.ColorRole.Window).lightness() > 150


def test_keyboard_reading(qtbot, window, long_article):
    window.refresh_library()
    window.open_article(long_article)
    pane = window.reader.pane
    assert pane.hasFocus()
    bar = pane.verticalScrollBar()
    qtbot.keyClick(pane, Qt.Key.Key_Space)
    assert bar.value() > 0
    qtbot.keyClick(pane, Qt.Key.Key_Space, Qt.KeyboardModifier.ShiftModifier)
    assert bar.value() == 0
    before = window.current_id
    qtbot.keyClick(pane, Qt.Key.Key_J)
    assert window.current_id != before
    qtbot.keyClick(window.reader.pane, Qt.Key.Key_K)
    assert window.current_id == before


def test_search_box_reaches_the_results_and_escape_returns(qtbot, window, articles):
    window.refresh_library()
    edit = window.panel.filter_edit
    edit.setFocus()
    edit.setText("المكتبة")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert window.panel.results.hasFocus()
    assert window.panel.results.currentIndex().row() == 0
    qtbot.keyClick(window.panel.results, Qt.Key.Key_Escape)
    assert edit.hasFocus()
    edit.clear()
    window.run_search()
    qtbot.keyClick(edit, Qt.Key.Key_Down)
    assert window.panel.table.hasFocus()


def test_keyboard_shortcuts_dialog_lists_every_shortcut(qtbot, window):
    from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog
    from reader.ui.window.actions import (
        action_specs,
    )

    dialog = ShortcutsDialog(window.actions_by_id.values(), window)
    qtbot.addWidget(dialog)
    listed = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    wanted = {s.text.replace("&", "") for s in action_specs() if s.shortcuts}
    assert wanted <= listed
    keys = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert any("F11" in k for k in keys) and any("Ctrl+\\" in k for k in keys)


def test_arabic_menus_show_shortcuts_left_to_right(qtbot, qari_app, library):
    from reader.ui.app import i18n

    i18n.install(qari_app, "ar")
    window = make_window(qtbot, library, "ar")
    text = window.action("zoom_in").text()
    assert text.endswith("\u2066Ctrl+=\u2069")
    assert window.action("zoom_in").iconText() == "نص أكبر"
    file_menu = [a for a in window.menu_of["file"].actions() if not a.isSeparator()]
    assert file_menu[-1] is window.action("quit")


def test_docks_follow_the_interface_direction_after_a_switch(qtbot, qari_app, library):
    from reader.ui.app import i18n

    english = make_window(qtbot, library, "en")
    assert english.dockWidgetArea(english.notes_dock) == Qt.DockWidgetArea.RightDockWidgetArea
    english.close()
    i18n.install(qari_app, "ar")
    arabic = make_window(qtbot, library, "ar")
    arabic.restore_state()
    assert arabic.dockWidgetArea(arabic.notes_dock) == Qt.DockWidgetArea.LeftDockWidgetArea


def test_qt_dialogs_speak_arabic(qari_app):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from reader.ui.app import i18n

    i18n.install(qari_app, "ar")
    try:
        dialog = QFileDialog()  # Qt's own: what the import dialogs are where no desktop one is
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        dialog.deleteLater()
    finally:
        i18n.install(qari_app, "en")
    assert len(labels) == 3
    for text in labels:  # "&Look in:", "File &name:", "Files of &type:"
        assert any("\u0600" <= c <= "\u06ff" for c in text), text
        assert not any("a" <= c.lower() <= "z" for c in text), text


def test_delete_defaults_to_cancel(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["plain"])
    seen = {}

    def answer():
        box = QApplication.activeModalWidget()
        seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        box.reject()

    QTimer.singleShot(100, answer)
    window.organiser.delete_selected()
    assert seen["default"] is True
    assert window.library.get(articles["plain"]) is not None


def test_find_bar_closes_on_the_next_article(qtbot, window, articles):
    window.refresh_library()
    window.open_article(articles["saved"])
    window.reader.find_bar.open_bar("المكتبة")
    assert window.reader.find_bar.isVisible()
    window.open_article(articles["english"])
    assert not window.reader.find_bar.isVisible()


def test_each_library_starts_from_its_own_state(qtbot, qari_app, library, articles, tmp_path):
    from reader.library.articles import Library
    from reader.ui.launch import first_launch

    window = make_window(qtbot, library)
    window.open_article(articles["plain"])
    window.close()
    other = Library(tmp_path / "other.sqlite3")
    fresh = make_window(qtbot, other)
    fresh.restore_state()
    assert fresh.current_id is None  # not the other library's last article
    assert fresh.reader.empty.isVisible()
    assert fresh.reader.empty.import_button.defaultAction() is fresh.action("import_files")
    first_launch(fresh)  # an empty library gets the welcome article
    assert fresh.current_id is not None
    fresh.session.runner.wait_all()


def test_render_never_writes_the_users_settings(qari_app, library, articles, tmp_path):
    from reader import paths
    from reader.ui.render import render_png

    settings = paths.settings_path()
    before = settings.read_bytes() if settings.exists() else None
    render_png(library, articles["saved"], tmp_path / "out.png", width=900, height=600,
               theme="dark")
    after = settings.read_bytes() if settings.exists() else None
    assert before == after


@pytest.mark.parametrize("screen", [(1024, 700), (1366, 768), (1920, 1080)])
def test_render_shows_what_a_first_start_on_that_screen_shows(
    qtbot, qari_app, library, articles, tmp_path, monkeypatch, screen
):
    """`qari render` at a screen's size: the same window size and the same panels as a real
    first start on a screen that size (restore_state with no remembered geometry)."""
    from reader.cli import main
    from reader.ui.window.main_window import MainWindow
    from reader.ui.window.window_layout import WindowLayout

    monkeypatch.setattr(WindowLayout, "available", lambda self: QRect(0, 0, *screen))
    window = make_window(qtbot, library)
    window.restore_state()  # a first start: nothing remembered
    qtbot.waitUntil(lambda: window.width() < screen[0])
    started = (window.size().toTuple(), window.notes_dock.isVisible(),
               window.panel.isVisible())

    seen = []
    grab = MainWindow.grab

    def spy(self, *args):
        seen.append((self.size().toTuple(), self.notes_dock.isVisible(), self.panel.isVisible()))
        return grab(self, *args)

    monkeypatch.setattr(MainWindow, "grab", spy)
    assert main(["render", str(articles["saved"]), "--png", str(tmp_path / "r.png"),
                 "--width", str(screen[0]), "--height", str(screen[1])]) == 0
    [(size, notes, library_shown)] = seen
    assert (notes, library_shown) == started[1:]
    # The same size but for the frame a window manager draws (none offscreen, before show).
    assert all(0 <= a - b <= 10 for a, b in zip(size, started[0], strict=True))
