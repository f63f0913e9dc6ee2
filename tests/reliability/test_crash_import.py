"""Killing an import at random moments never leaves a damaged library or half an article, and
running the import again finishes the job."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from reader.library.articles import Library

COUNT = 1000


def _articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(COUNT):
        text = f"مقال رقم {i}\n\n" + f"فقرة أولى من المقال {i} فيها كلام.\n\n" * (1 + i % 5)
        (folder / f"{i:04}.txt").write_text(text, encoding="utf-8")


def _run(library: Path, folder: Path, env: dict) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), "import", "--json",
         str(folder)],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )


def _consistent(path: Path) -> int:
    library = Library(path)
    try:
        assert library.integrity_ok()
        conn = library.conn
        articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        for table in ("bodies", "originals", "search"):
            assert conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == articles
        orphans = conn.execute(
            "SELECT COUNT(*) FROM bodies WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        return articles
    finally:
        library.close()


def _wait_for(library: Path, target: int, process: subprocess.Popen) -> None:
    """Until ``target`` articles are committed (read beside the writer, as WAL allows)."""
    import sqlite3

    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        try:
            conn = sqlite3.connect(f"file:{library}?mode=ro", uri=True, timeout=1)
            count = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            count = 0
        if count >= target:
            return
        time.sleep(0.005)


def test_sigkill_during_import(tmp_path: Path):
    folder = tmp_path / "articles"
    _articles(folder)
    library = tmp_path / "lib.sqlite3"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    rng = random.Random(1234)
    seen = 0
    interrupted = 0
    for _kill in range(3):
        process = _run(library, folder, env)
        _wait_for(library, rng.randint(seen + 20, seen + 300), process)
        process.send_signal(signal.SIGKILL)
        process.wait()
        count = _consistent(library) if library.exists() else 0
        assert count >= seen  # nothing committed was lost
        interrupted += seen < count < COUNT or (count == seen < COUNT)
        seen = count
    assert interrupted, "no kill landed in the middle of an import"
    process = _run(library, folder, env)
    out, _ = process.communicate(timeout=600)
    assert process.returncode == 0
    statuses = {o["status"] for o in json.loads(out)}
    assert statuses <= {"imported", "duplicate"}
    assert _consistent(library) == COUNT


def test_sigterm_during_an_import_in_the_window_ends_cleanly(tmp_path: Path):
    """`kill` (SIGTERM) while the window imports a folder: the window closes as a person
    would close it, the import is cancelled and waited for, the library holds only whole
    articles, and the log says why the program ended."""
    folder, library, state = tmp_path / "in", tmp_path / "lib.sqlite3", tmp_path / "state"
    _articles(folder)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_STATE=str(state),
               QARI_SETTINGS=str(tmp_path / "qari.ini"), XDG_RUNTIME_DIR=str(tmp_path))
    window = subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library), str(folder)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    try:
        _wait_for(library, 50, window)
        assert window.poll() is None, window.stderr.read() if window.stderr else ""
        window.send_signal(signal.SIGTERM)
        window.wait(60)
    finally:
        if window.poll() is None:
            window.kill()
    assert window.returncode == 0
    imported = _consistent(library)
    assert 50 <= imported < COUNT
    log = (state / "qari.log").read_text("utf-8")
    assert "ending on SIGTERM" in log
