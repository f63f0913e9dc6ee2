import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

from reader.library.articles import Library
from reader.library.importer import import_paths
from reader.ui.app.recovery import NEW, QUIT, RESTORE, open_library
from tests.fixtures_text import PLAIN, SAVED_PAGE


def _corrupt(path: Path) -> None:
    path.write_bytes(b"this is no database" * 300)


def test_corrupt_library_start_new_keeps_the_old_file(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    _corrupt(path)
    asked = []
    library = open_library(path, lambda message, has_backup: asked.append(message) or NEW)
    assert library is not None and library.count() == 0
    assert "damaged or not a Qari library" in asked[0]
    kept = list(tmp_path.glob("library-unreadable-*.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes().startswith(b"this is no database")
    library.close()


def test_corrupt_library_restored_from_backup(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    library = Library(path)
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")
    import_paths(library, [tmp_path / "a.txt"])
    from reader.library.backup import make_backup

    make_backup(library.conn, path, "daily")
    library.close()
    for extra in tmp_path.glob("library.sqlite3-*"):
        extra.unlink()
    _corrupt(path)
    choices = []
    restored = open_library(path, lambda m, has_backup: choices.append(has_backup) or RESTORE)
    assert choices == [True]
    assert restored.count() == 1
    restored.close()


def test_quit_leaves_everything_untouched(tmp_path: Path):
    path = tmp_path / "library.sqlite3"
    _corrupt(path)
    before = path.read_bytes()
    assert open_library(path, lambda m, b: QUIT) is None
    assert path.read_bytes() == before


def _qari(library: Path, *words: str) -> None:
    """`qari WORDS...` in a process of its own, as in a terminal beside the window."""
    subprocess.run([sys.executable, "-m", "reader", "--library", str(library), *words],
                   check=True, capture_output=True, timeout=120)


def test_window_shows_articles_imported_from_outside(qtbot, window, tmp_path: Path):
    (tmp_path / "a.txt").write_text(SAVED_PAGE, "utf-8")
    _qari(window.library.path, "import", str(tmp_path / "a.txt"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5000)


def test_window_shows_collections_and_tags_made_by_another_process(
    qtbot, window, tmp_path: Path
):
    """`qari collection add` or `qari tag add` in a terminal while the window is open: the
    side shows them within a second or two, counts included."""
    from reader.ui.library.sidebar_model import COLLECTION, SECTIONS, TAG

    (tmp_path / "a.txt").write_text(SAVED_PAGE, "utf-8")
    [outcome] = import_paths(window.library, [tmp_path / "a.txt"])
    _qari(window.library.path, "collection", "add", "للقراءة", str(outcome.id))
    _qari(window.library.path, "tag", "add", str(outcome.id), "مكتبات")
    model = window.panel.sidebar_model

    def names(kind: str) -> list[str]:
        section = model.index(SECTIONS.index(kind), 0)
        return [model.index(r, 0, section).data() for r in range(model.rowCount(section))]

    qtbot.waitUntil(lambda: names(COLLECTION) == ["للقراءة (1)"], timeout=5000)
    assert names(TAG) == ["مكتبات (1)"]


def _second_launch(library: Path, files: list[Path], exit_with: str) -> list[str]:
    """A later `qari` as its own process: asks for a window on ``library``; ``exit_with`` is
    the exit status, an expression of ``handed``."""
    script = (
        "import sys; from pathlib import Path; from PySide6.QtCore import QCoreApplication;"
        "app = QCoreApplication([]); from reader.ui.launch import handed_to_running_window;"
        f"handed = handed_to_running_window(Path({str(library)!r}),"
        f" [Path(f) for f in {[str(f) for f in files]!r}]);"
        f"sys.exit({exit_with})"
    )
    return [sys.executable, "-c", script]


_ENV = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]),
            QT_QPA_PLATFORM="offscreen")


def test_second_launch_hands_its_files_to_the_window(qtbot, window, tmp_path: Path):
    from reader.ui.launch import listen_for_other_launches

    server = listen_for_other_launches(window.library.path, lambda: window)
    page = tmp_path / "from-second-launch.txt"
    page.write_text(PLAIN, "utf-8")
    command = _second_launch(window.library.path, [page], "0 if handed else 3")
    client = subprocess.Popen(command, env=_ENV)
    qtbot.waitUntil(lambda: client.poll() is not None, timeout=20000)
    assert client.returncode == 0
    qtbot.waitUntil(lambda: window.reader.article is not None, timeout=20000)
    assert window.reader.article.title == "رسالة قصيرة عن القراءة"
    server.close()


def test_a_first_launch_does_not_wait_for_a_window_that_is_not_there(tmp_path: Path):
    exit_with = "3 if handed else 4 if 'PySide6.QtNetwork' in sys.modules else 0"
    command = _second_launch(tmp_path / "lib.sqlite3", [], exit_with)
    assert subprocess.run(command, env=_ENV, timeout=60).returncode == 0


def test_opening_articles_makes_no_network_request(qtbot, window, tmp_path: Path):
    hits = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = tmp_path / "tracked.html"
    page.write_text(
        f"""<!DOCTYPE html><html lang="ar"><head><title>صفحة متتبعة</title>
        <link rel="stylesheet" href="{base}/style.css"><script src="{base}/app.js"></script>
        </head><body><article><h1>صفحة متتبعة</h1>
        <p>فقرة أولى طويلة بما يكفي ليعدها المستخرج جزءاً من المقال الذي يقرؤه الناس.</p>
        <img src="{base}/photo.png" alt="صورة"><iframe src="{base}/frame"></iframe>
        <p>فقرة ثانية طويلة بما يكفي ليعدها المستخرج جزءاً من المقال أيضاً وبوضوح.</p>
        <p><a href="{base}/link">رابط</a></p></article></body></html>""",
        "utf-8",
    )
    [outcome] = import_paths(window.library, [page])
    window.refresh_library()
    window.open_article(outcome.id)
    window.grab()
    qtbot.wait(500)
    server.shutdown()
    assert window.reader.article.title == "صفحة متتبعة"
    assert hits == []


def test_the_single_instance_socket_is_private(qtbot, window, monkeypatch, tmp_path):
    import os
    import stat

    from reader import paths
    from reader.ui.launch import listen_for_other_launches, same_user, server_name

    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    (tmp_path / "run").mkdir(mode=0o700)
    name = server_name(window.library.path)
    assert name.startswith(str(tmp_path / "run"))  # not a guessable name in /tmp
    server = listen_for_other_launches(window.library.path, lambda: window)
    try:
        mode = os.stat(name).st_mode
        assert not mode & (stat.S_IRWXG | stat.S_IRWXO)  # only this user may connect
        from PySide6.QtNetwork import QLocalSocket

        client = QLocalSocket()
        client.connectToServer(name)
        assert client.waitForConnected(1000)
        assert same_user(int(client.socketDescriptor()))
        client.abort()
    finally:
        server.close()
    # Without a runtime folder, a shared one that others can enter is refused.
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    (tmp_path / f"qari-{os.getuid()}").mkdir(mode=0o777)
    os.chmod(tmp_path / f"qari-{os.getuid()}", 0o777)
    import pytest

    with pytest.raises(PermissionError):
        paths.runtime_dir()
    assert server_name(window.library.path) == ""  # no window can be reached: none is asked


def test_a_full_disk_during_recovery_is_said_and_nothing_crashes(tmp_path: Path, monkeypatch):
    import errno

    from reader.library import backup
    from reader.ui.app import recovery

    path = tmp_path / "library.sqlite3"
    library = Library(path)
    (tmp_path / "a.txt").write_text(PLAIN, "utf-8")
    import_paths(library, [tmp_path / "a.txt"])
    backup.make_backup(library.conn, path, "daily")
    library.close()
    for extra in tmp_path.glob("library.sqlite3-*"):
        extra.unlink()
    _corrupt(path)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(recovery, "restore", full)
    monkeypatch.setattr(recovery, "set_aside", full)
    messages = []
    answers = iter([RESTORE, "new", QUIT])
    assert open_library(path, lambda m, b: messages.append(m) or next(answers)) is None
    assert "damaged" in messages[0]
    assert messages[1].startswith("the disk is full") and messages[2].startswith("the disk is full")


def test_an_upgrade_without_room_for_its_backup_is_not_called_damage(tmp_path, monkeypatch):
    import errno
    import sqlite3

    import pytest

    from reader.library import backup
    from reader.library.errors import LibraryError

    path = tmp_path / "library.sqlite3"
    Library(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 5")  # an older library, to be upgraded
    conn.close()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup, "make_backup", full)
    with pytest.raises(LibraryError) as caught:
        Library(path)
    assert "no backup could be made first (the disk is full" in str(caught.value)
    assert "damaged" not in str(caught.value)
