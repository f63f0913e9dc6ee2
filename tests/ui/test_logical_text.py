"""Text reaching widgets, the clipboard and the database is logical and unshaped."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from reader.library.importer import import_paths
from reader.text.normalize import has_presentation_forms

ARABIC = re.compile("[\u0621-\u064a]")


def _all_db_text(library) -> list[str]:
    out = []
    for table, columns in (
        ("articles", ("title", "author", "site", "source")),
        ("bodies", ("blocks", "plain_text")),
    ):
        for row in library.conn.execute(f"SELECT {', '.join(columns)} FROM {table}"):
            out.extend(v for v in row if isinstance(v, str))
    return out


def test_no_presentation_forms_anywhere(qtbot, window, corpus: Path, tmp_path: Path):
    import arabic_reshaper

    # Even a file that arrives pre-shaped (as PDF copies do) is stored as letters.
    shaped = tmp_path / "shaped.txt"
    shaped.write_text(arabic_reshaper.reshape("عنوان مشكّل مسبقاً\n\nنص عربي مشكّل"), "utf-8")
    import_paths(window.library, [corpus / "saved-text", corpus / "html" / "arabic", shaped])
    window.refresh_library()
    texts = _all_db_text(window.library)
    assert texts and not any(has_presentation_forms(t) for t in texts)

    model = window.model
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            value = model.index(row, column).data()
            assert not has_presentation_forms(str(value or ""))
    for summary in list(model.rows):
        window.open_article(summary.id)
        assert not has_presentation_forms(window.reader.doc.document.toPlainText())
        assert not has_presentation_forms(window.windowTitle())
        window.action("copy_title").trigger()
        copied = QGuiApplication.clipboard().text()
        assert copied == summary.title
        assert not has_presentation_forms(copied)
        assert not has_presentation_forms(QGuiApplication.clipboard().mimeData().html())
        assert not has_presentation_forms(window.toast.text())
    assert any(ARABIC.search(r.title) for r in model.rows)


def test_shaping_helpers_only_in_the_terminal_module():
    root = Path(__file__).resolve().parents[2] / "reader"
    users = sorted(
        str(p.relative_to(root))
        for p in root.rglob("*.py")
        if re.search(r"arabic_reshaper|get_display", p.read_text("utf-8"))
    )
    assert users == ["text/terminal.py"]


def test_window_title_isolates_the_article_title(window, library, tmp_path: Path):
    path = tmp_path / "spoof.txt"
    path.write_text("evil\u202e title\n\nbody text here", "utf-8")
    [outcome] = import_paths(library, [path])
    window.refresh_library()
    window.open_article(outcome.id)
    assert "\u202e" not in window.windowTitle()
    assert window.windowTitle().startswith("\u2068evil title\u2069")
    assert window.reader.article.title == "evil title"
