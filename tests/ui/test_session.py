"""The application session: tasks that always end, imports that outlive their window, errors
a person can read, and clicks that never wait for the write lock."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.fixtures_text import PLAIN


def _wait_idle(qtbot, session, timeout=120000):
    qtbot.waitUntil(lambda: not session.runner.busy(), timeout=timeout)


@pytest.fixture
def session(qari_app, library):
    from reader.ui.app.session import Session
    from reader.ui.app.settings import Settings

    made = Session(library, Settings(), log_path=None)
    yield made
    window = made.window
    if window is not None:  # as the program ends: the window closes, then the session
        window.close()
        window.deleteLater()
    made.runner.shutdown(60)


def _many_files(folder: Path, count: int, words: int = 40) -> Path:
    folder.mkdir(exist_ok=True)
    for i in range(count):
        (folder / f"m{i:04}.txt").write_text(
            f"مقال رقم {i}\n\n" + f"فقرة قصيرة عن الموضوع {i}. " * words, "utf-8"
        )
    return folder


# -- the task runner -------------------------------------------------------------------------


def test_every_task_ends_in_exactly_one_callback(qtbot, session):
    calls: list[tuple[str, object]] = []

    def fine(context):
        return context.library.count()

    def broken(_context):
        raise ValueError("broken on purpose")

    def cancelled(context):
        while not context.cancelled():
            time.sleep(0.01)
        context.check()

    runner = session.runner
    for work in (fine, broken):
        runner.run(
            work,
            success=lambda r, n=work.__name__: calls.append((n, r)),
            failure=lambda e, n=work.__name__: calls.append((n, e)),
        )
    handle = runner.run(
        cancelled,
        success=lambda r: calls.append(("cancelled", r)),
        failure=lambda e: calls.append(("cancelled", e)),
    )
    handle.cancel()
    _wait_idle(qtbot, session)
    qtbot.wait(50)  # nothing more arrives
    names = sorted(name for name, _ in calls)
    assert names == ["broken", "cancelled", "fine"]
    results = dict(calls)
    assert results["fine"] == 0
    assert isinstance(results["broken"], ValueError)
    from reader.ui.app.tasks import Cancelled

    assert isinstance(results["cancelled"], Cancelled)


def test_tasks_run_on_their_own_connection_and_thread(qtbot, session):
    seen = {}

    def work(context):
        seen["thread"] = threading.current_thread()
        seen["conn"] = context.library.conn
        return True

    session.runner.run(work)
    _wait_idle(qtbot, session)
    assert seen["thread"] is not threading.main_thread()
    assert seen["conn"] is not session.library.conn


def test_shutdown_cancels_and_waits_for_running_tasks(session):
    started = threading.Event()
    ended = threading.Event()

    def slow(context):
        started.set()
        while not context.cancelled():
            time.sleep(0.01)
        ended.set()

    session.runner.run(slow)
    assert started.wait(5)
    assert session.runner.shutdown(10)
    assert ended.is_set()
    with pytest.raises(RuntimeError):
        session.runner.run(slow)


# -- imports outlive their window --------------------------------------------------------------


def test_language_change_during_a_large_import_keeps_the_import_and_the_program(
    qtbot, session, tmp_path
):
    from reader.ui.launch import show_window

    folder = _many_files(tmp_path / "many", 1000)
    window = show_window(session, "en")
    qtbot.waitExposed(window)
    window.start_import([folder])
    qtbot.waitUntil(lambda: window.import_status.progress.value() >= 20, timeout=60000)
    assert session.imports.busy()
    window.language_change_requested.emit("ar")  # what Preferences does
    replacement = session.window
    assert replacement is not window
    qtbot.waitUntil(lambda: not session.imports.busy(), timeout=120000)
    report = session.imports.last
    assert report is not None and not report.cancelled and report.error is None
    assert [o.status for o in report.outcomes].count("imported") == 1000
    assert session.library.count() == 1000
    # The new window, in Arabic, took over the progress and shows the summary.
    assert replacement.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert replacement.statusBar().currentMessage()
    assert replacement.import_status.progress.isHidden()
    qtbot.waitUntil(lambda: replacement.model.rowCount() == 1000)  # the rest on a task


def test_an_import_that_raises_is_reported_and_the_window_stays_usable(
    qtbot, session, tmp_path, monkeypatch
):
    from reader.library import importer
    from reader.ui.launch import show_window

    window = show_window(session, "en")
    qtbot.waitExposed(window)
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")

    def explode(*_args, **_kwargs):
        raise RuntimeError("the importer broke on purpose")

    monkeypatch.setattr(importer, "import_paths", explode)
    with qtbot.waitSignal(session.imports.finished, timeout=30000) as blocker:
        window.start_import([tmp_path / "a.txt"])
    [report] = blocker.args
    assert isinstance(report.error, RuntimeError)
    assert window.import_status.progress.isHidden()
    assert "The import stopped" in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: bool(session.errors.shown))
    [box] = [b for b in session.errors.shown if b.isVisible()]
    assert "the importer broke on purpose" in box.text()
    assert "RuntimeError" in box.detailedText()  # Copy Details carries the traceback
    box.close()
    # Still usable: the next import works and opens its article.
    monkeypatch.undo()
    with qtbot.waitSignal(session.imports.finished, timeout=30000) as blocker:
        window.start_import([tmp_path / "a.txt"], open_result=True)
    [report] = blocker.args
    assert [o.status for o in report.outcomes] == ["imported"]
    assert window.reader.article is not None


def test_a_bookmark_click_never_waits_for_a_large_import(qtbot, session, tmp_path):
    """A 45 MB article holds the write lock for seconds while it is stored; the click returns
    at once and its write lands when the lock is free."""
    from reader.library.importer import import_paths
    from reader.ui.launch import show_window

    (tmp_path / "small.txt").write_text(PLAIN, "utf-8")
    [small] = import_paths(session.library, [tmp_path / "small.txt"])
    # Long paragraphs: 45 MB in about 14,000 of them, within what an article may hold.
    paragraph = " ".join(["كلمة", "المكتبة", "القارئ", "المدينة", "الكتاب"] * 90) + "."
    big = tmp_path / "big.txt"
    with big.open("w", encoding="utf-8") as handle:
        handle.write("مقال كبير جدا\n\n")
        while handle.tell() < 45 * 1024 * 1024:
            handle.write(paragraph + "\n\n")
    window = show_window(session, "en")
    qtbot.waitExposed(window)
    window.open_article(small.id)
    window.start_import([big])

    probe = sqlite3.connect(session.library.path, timeout=0, isolation_level=None)

    def lock_held() -> bool:
        try:
            probe.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError:
            return True
        probe.execute("ROLLBACK")
        return False

    qtbot.waitUntil(lock_held, timeout=120000, )
    started = time.perf_counter()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    elapsed = time.perf_counter() - started
    still_locked = lock_held()
    probe.close()
    assert still_locked, "the import's write ended before the click: the test proved nothing"
    assert elapsed < 0.1
    row = window.model.row_of(small.id)
    assert window.model.index(row, 4).data() == "★"  # shown at once
    _wait_idle(qtbot, session)
    assert session.library.summary(small.id).bookmarked
    assert session.imports.last.outcomes[0].status == "imported"


def test_a_refused_write_is_reported_in_words(qtbot, session, articles):
    """An environment error (here: the library busy) is told without a traceback."""
    from reader.ui.app.error_dialog import explain

    text, detail = explain(sqlite3.OperationalError("database is locked"))
    assert "busy" in text and detail == ""
    text, detail = explain(sqlite3.OperationalError("database or disk is full"))
    assert "disk is full" in text and detail == ""
    text, detail = explain(KeyError("bug"))
    assert "Something went wrong" in text and "KeyError" in detail


def test_excepthook_shows_the_error_and_keeps_the_program(qtbot, session):
    import sys

    session.errors.install()
    try:
        try:
            raise ZeroDivisionError("a bug on purpose")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        session.errors.uninstall()
    qtbot.waitUntil(lambda: bool(session.errors.shown))
    [box] = session.errors.shown
    assert "a bug on purpose" in box.text()
    copy = next(b for b in box.buttons() if b.text() == "Copy Details")
    copy.click()
    from PySide6.QtGui import QGuiApplication

    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    box.close()


def test_core_reasons_are_translated_in_the_arabic_interface(qtbot, qari_app, library, tmp_path):
    """Hostile and broken files imported with the Arabic interface: every reason shown in
    the summary is in Arabic."""
    import re

    from reader.library.importer import import_paths
    from reader.ui.app import i18n
    from reader.ui.app.i18n import core_text

    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("   \n\n  ", "utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n")
    (folder / "title-only.html").write_text("<html><head><title>t</title></head></html>")
    (folder / "huge.txt").write_text("x" * 3 * 1024 * 1024)
    import os

    os.mkfifo(folder / "pipe.txt")
    outcomes = import_paths(library, [folder], max_bytes=2 * 1024 * 1024)
    failed = [o for o in outcomes if o.status in ("failed", "skipped")]
    assert len(failed) == 7
    i18n.install(qari_app, "ar")
    try:
        for outcome in failed:
            shown = core_text(outcome.message)
            assert shown and not re.search("[A-Za-z]{3,}", shown.replace(".png", "")), shown
    finally:
        i18n.install(qari_app, "en")


def test_models_pass_qtmodeltester(qtmodeltester, qari_app, library, articles):
    from reader.ui.notes.all_notes import AllNotesModel
    from reader.ui.notes.notes_panel import AnnotationsModel

    store = library.annotations
    text = library.get(articles["saved"]).plain_text
    store.add_highlight(articles["saved"], 0, 10, "green", "ملاحظة")
    store.add_article_note(articles["saved"], "note on the whole article")
    store.add_bookmark(articles["saved"], len(text) // 2)
    annotations = store.for_article(articles["saved"])
    notes = AnnotationsModel(("highlight", "note"))
    notes.set_rows(annotations)
    qtmodeltester.check(notes)
    bookmarks = AnnotationsModel(("bookmark",))
    bookmarks.set_rows(annotations)
    qtmodeltester.check(bookmarks)
    everything = AllNotesModel()
    everything.set_notes(store.all_notes())
    qtmodeltester.check(everything)
    assert notes.rowCount() == 2 and bookmarks.rowCount() == 1 and everything.rowCount() == 2


def test_a_note_save_does_not_touch_the_article_body(library, tmp_path):
    """Saving a note re-indexes the note alone: the work does not grow with the article."""
    from reader.library.importer import import_paths

    body = "\n\n".join(f"فقرة رقم {i} عن المكتبة والقراءة والكتب." for i in range(20000))
    (tmp_path / "long.txt").write_text("مقال طويل\n\n" + body, "utf-8")
    [outcome] = import_paths(library, [tmp_path / "long.txt"])
    note = library.annotations.add_article_note(outcome.id, "")
    statements: list[str] = []
    library.conn.set_trace_callback(statements.append)
    try:
        library.annotations.update(note.id, note="كلمة نادرة جدا")
    finally:
        library.conn.set_trace_callback(None)
    assert not any("bodies" in s or "INTO search" in s for s in statements), statements
    [hit] = library.search("نادرة")
    assert hit.id == outcome.id


def test_window_reaches_its_parts_through_the_action_table(qari_app, qtbot, library):
    """Every action names a handler the window has, and the menus hold every action that
    names a menu, in the declared order, Quit last in File."""
    from reader.ui.window.actions import (
        MENU_LAYOUT,
        action_specs,
    )
    from tests.ui.conftest import make_window

    window = make_window(qtbot, library)
    for spec in action_specs():
        assert callable(window.handler(spec.method)), spec.id
        if spec.menu:
            assert spec.id in MENU_LAYOUT[spec.menu], spec.id
    file_actions = [a for a in window.menu_of["file"].actions() if not a.isSeparator()]
    assert file_actions[-1] is window.action("quit")


def test_main_window_is_a_view(qari_app):
    """The window holds no SQL and no threads of its own."""
    source = (Path(__file__).resolve().parents[2] / "reader/ui/window/main_window.py").read_text()
    assert "conn.execute" not in source and "QThread" not in source
    assert "QMessageBox.question" not in source  # destructive dialogs default to Cancel


def test_a_burst_of_errors_opens_one_dialog(qtbot, session):
    """A full disk under five tasks at once, or a bug in a row painted a hundred times: one
    dialog names them, not a dialog each."""
    import sqlite3

    for n in range(5):
        session.errors.report(RuntimeError(f"bug number {n}"))
    session.errors.report(sqlite3.OperationalError("database or disk is full"))
    qtbot.waitUntil(lambda: bool(session.errors.shown))
    qtbot.wait(300)
    [box] = session.errors.shown
    assert "6 errors at once" in box.text()
    assert "bug number 4" in box.text() and "disk is full" in box.text()
    assert "bug number 0" in box.detailedText()
    box.close()
    # Later errors open a dialog of their own.
    session.errors.report(RuntimeError("a later one"))
    qtbot.waitUntil(lambda: len(session.errors.shown) == 1 and "later" in
                    session.errors.shown[-1].text())


def test_qt_warnings_reach_the_log(qari_app, caplog):
    import logging

    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from reader.ui.app.evidence import route_qt_messages

    previous = route_qt_messages()
    try:
        with caplog.at_level(logging.WARNING, logger="qt"):
            qWarning("a warning from Qt, on purpose")
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's own, which fails tests on warnings
    assert any("a warning from Qt, on purpose" in r.getMessage() for r in caplog.records)


def test_a_hard_crash_leaves_its_stack_beside_the_log(tmp_path):
    import subprocess
    import sys

    script = (
        "import ctypes, sys; from pathlib import Path; from reader import logs;"
        f"logs.keep_crash_traces(Path({str(tmp_path / 'qari.log')!r}));"
        "ctypes.string_at(0)"  # a segfault, as a crash inside Qt would be
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)
    assert done.returncode != 0
    trace = (tmp_path / "qari-crash.log").read_text("utf-8")
    assert "Segmentation fault" in trace and "File" in trace


def test_parts_the_first_frame_does_not_show_are_ready_once_it_is_up(qtbot, window):
    """Sync, feeds, reading aloud and the rest are made just after the first frame: a sync
    that fails right after start is still told in the status bar, with no action touched."""
    parts = ("arrivals", "feeds", "syncing", "read_aloud", "harakat", "lookup", "help",
             "organiser")
    qtbot.waitUntil(lambda: all(name in vars(window) for name in parts), timeout=5000)
    window.session.sync.sync_failed.emit("the server said no", False)
    assert "the server said no" in window.statusBar().currentMessage()


def test_a_task_ending_after_its_runner_was_dropped_ends_quietly(qari_app):
    """A runner deleted without shutdown() (a window dropped at the interpreter's exit) while
    a task still works: the task's thread ends without an exception, its work done."""
    import shiboken6

    from reader.ui.app.tasks import TaskRunner

    runner = TaskRunner(None)
    release, done = threading.Event(), []
    errors: list[BaseException] = []
    previous = threading.excepthook
    threading.excepthook = lambda args: errors.append(args.exc_value)
    try:
        handle = runner.run(lambda _context: release.wait(5) and done.append(True))
        shiboken6.delete(runner)
        release.set()
        handle.thread.join(5)
    finally:
        threading.excepthook = previous
    assert done == [True]
    assert errors == []
