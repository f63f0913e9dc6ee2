"""The keyboard reaches the text at launch: Page Down and Space scroll the article that
`qari FILE` opened, or the one restored at start, without a click first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reader.library.importer import import_paths
from reader.ui.app.settings import Settings

LONG = "مقال طويل للتجربة\n\n" + "\n\n".join(
    f"الفقرة رقم {n}: نص عربي يملأ السطر ويكمله حتى تطول الصفحة ويحتاج القارئ إلى التمرير."
    for n in range(120)
)


def _launch(qtbot, library):
    from reader.ui.app.session import Session
    from reader.ui.launch import make_app, show_window

    make_app()
    session = Session(library, Settings())
    window = show_window(session, "en")
    qtbot.addWidget(window, before_close_func=lambda w: w.session.runner.wait_all(30))
    window.resize(1366, 768)
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    assert QTest.qWaitForWindowActive(window.windowHandle(), 3000)
    return window


def _page_down_scrolls(qtbot, window) -> None:
    bar = window.reader.pane.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5000)
    before = bar.value()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown)
    assert bar.value() > before


def test_page_down_scrolls_the_file_opened_at_launch(qtbot, qari_app, library, tmp_path: Path):
    path = tmp_path / "long.txt"
    path.write_text(LONG, "utf-8")
    window = _launch(qtbot, library)
    window.start_import([path], open_result=True)
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=30000)
    assert QApplication.focusWidget() is window.reader.pane
    _page_down_scrolls(qtbot, window)


def test_page_down_scrolls_the_article_restored_at_start(
    qtbot, qari_app, library, tmp_path: Path
):
    path = tmp_path / "long.txt"
    path.write_text(LONG, "utf-8")
    [outcome] = import_paths(library, [path])
    Settings().set_last_article(library.path, outcome.id)
    window = _launch(qtbot, library)
    assert window.reader.article is not None
    assert QApplication.focusWidget() is window.reader.pane
    _page_down_scrolls(qtbot, window)


def test_the_window_icon_is_qaris_and_draws(qari_app):
    """Set once the first frame is up (launch.run): Qari's own drawing, not a blank square."""
    from reader.ui.launch import set_window_icon

    set_window_icon(qari_app)
    image = qari_app.windowIcon().pixmap(48, 48).toImage()
    assert not image.isNull()
    colours = {image.pixelColor(x, y).name() for x in range(0, 48, 4) for y in range(0, 48, 4)}
    assert len(colours) > 2
