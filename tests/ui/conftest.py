from __future__ import annotations

from pathlib import Path

import pytest

from tests.fixtures_text import PLAIN, SAVED_PAGE

ENGLISH_ARTICLE = """\
A quiet morning in the old library

The reading room opens at eight, and the first visitors are usually students.

Most of them come for the long tables and the natural light.
"""

MIXED_ARTICLE = """\
Bluesky منصة جديدة للنقاش

Bluesky منصة تواصل اجتماعي جديدة أطلقها جاك دورسي في عام 2022 بعد سنوات من العمل.

This English paragraph mentions قارئ once and stays left to right.

فقرة عربية فيها أرقام ٢٠٢٢ و 44 وكلمات مثل Twitter و Qt في وسطها.
"""


@pytest.fixture(scope="session", autouse=True)
def _release_clipboard_at_exit():
    yield
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is not None:
        from reader.ui.launch import release_clipboard

        release_clipboard()


@pytest.fixture
def qari_app(qapp):
    from reader.ui.launch import i18n, make_app
    from reader.ui.widgets import fonts

    app = make_app()
    fonts.register_fonts()
    i18n.install(app, "en")
    yield app
    i18n.install(app, "en")
    from reader.ui.widgets.themes import apply_application_theme

    apply_application_theme("light")


@pytest.fixture
def articles(tmp_path: Path, library) -> dict[str, int]:
    from reader.library.importer import import_paths

    folder = tmp_path / "articles"
    folder.mkdir()
    texts = {
        "saved": SAVED_PAGE, "plain": PLAIN, "english": ENGLISH_ARTICLE, "mixed": MIXED_ARTICLE
    }
    ids = {}
    for name, text in texts.items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        [outcome] = import_paths(library, [path])
        assert outcome.status == "imported", outcome
        ids[name] = outcome.id
    return ids


def make_window(qtbot, library, lang: str = "en"):
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    window = create_window(library, Settings(), lang)
    qtbot.addWidget(window, before_close_func=lambda w: w.session.runner.wait_all(30))
    window.resize(1100, 750)
    window.show()
    qtbot.waitExposed(window)
    # Shortcuts only reach the active window; offscreen, activation must be asked for.
    from PySide6.QtTest import QTest

    window.windowHandle().requestActivate()
    assert QTest.qWaitForWindowActive(window.windowHandle(), 3000)
    return window


@pytest.fixture
def window(qtbot, qari_app, library):
    return make_window(qtbot, library)


def settle(qtbot, window, timeout: int = 30000) -> None:
    """Wait for the window's background tasks (searches, writes) to end and be shown."""
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=timeout)
