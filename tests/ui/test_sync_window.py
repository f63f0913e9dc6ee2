"""Sync in the window: set up with a folder, what another device wrote arrives in the list
and the notes; File › Sync Now sends this window's note; a failing sync is one line in the
status bar; the set-up dialog keeps paths and addresses left to right in Arabic."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.sync.devices import PARAGRAPHS, article, device, run
from tests.ui.conftest import settle


def _titles(window) -> set[str]:
    model = window.library_view.model
    return {model.index(r, 0).data() for r in range(model.rowCount())}


def test_set_up_sync_now_and_a_failure(qtbot, window, tmp_path) -> None:
    shared = tmp_path / "Sync"
    shared.mkdir()
    other = device(tmp_path, "laptop")
    first = article(other, "مقال من الحاسوب المحمول", *PARAGRAPHS)
    note = other.annotations.add_highlight(first, 0, 8, note="ملاحظة كتبت على جهاز آخر")
    run(other, shared)

    window.session.sync.set_up({"kind": "folder", "where": str(shared)}, None, 15, "latest")
    qtbot.waitUntil(lambda: "مقال من الحاسوب المحمول" in _titles(window), timeout=15000)
    settle(qtbot, window)
    assert "Synced: 1 article(s) and 1 note(s) came" in window.statusBar().currentMessage()
    here = window.library.annotations.by_uuid(note.uuid)
    assert here is not None and here.note == "ملاحظة كتبت على جهاز آخر"
    assert window.session.sync._timer.isActive()  # every 15 minutes from now on

    # A note written in the window goes out with Sync Now.
    mine = window.library.annotations.add_article_note(here.article_id, "ردّ من النافذة")
    window.action("sync_now").trigger()
    settle(qtbot, window)
    assert "Synced" in window.statusBar().currentMessage()
    run(other, shared)
    assert other.annotations.by_uuid(mine.uuid).note == "ردّ من النافذة"

    # The folder goes away (an unmounted disk): one line, nothing else.
    shared.rename(tmp_path / "gone")
    window.action("sync_now").trigger()
    settle(qtbot, window)
    message = window.statusBar().currentMessage()
    assert message.startswith("Sync failed: the sync folder") and "does not exist" in message
    assert window.session.sync.last()["ok"] is False


def test_the_set_up_dialog_in_arabic_keeps_addresses_left_to_right(qtbot, qari_app) -> None:
    from reader.ui.app import i18n
    from reader.ui.dialogs.sync_dialog import SyncDialog

    i18n.install(qari_app, "ar")
    dialog = SyncDialog({"kind": "webdav", "where": "https://cloud.example.org/dav/",
                         "user": "reader"}, 30, "furthest")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "إعداد المزامنة"
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert dialog.use_webdav.isChecked() and not dialog.folder.isEnabled()
    assert dialog.url.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert dialog.url.text() == "https://cloud.example.org/dav/"
    assert dialog.position.currentData() == "furthest"
    dialog.url.setText("ftp://nowhere")
    dialog._accept()
    assert dialog.problem.text() == "عنوان WebDAV يبدأ بـ https://"
