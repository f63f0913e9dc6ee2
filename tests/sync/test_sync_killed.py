"""A sync killed at any point (SIGKILL) and started again converges, nothing lost or doubled;
two syncs of one library at once, and two devices syncing at the same moment."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

from reader.sync.engine import sync
from reader.sync.transport import FolderTransport, SyncFailed
from tests.sync.devices import article, device, export, run, settle

N = 300


def _qari_sync(library_path: Path, folder: Path) -> subprocess.Popen:
    env = dict(os.environ)
    return subprocess.Popen(
        [sys.executable, "-m", "reader", "--library", str(library_path), "sync", "--folder",
         str(folder)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _kill_after(library_path: Path, folder: Path, delay: float) -> bool:
    """Start a sync and kill it after ``delay`` s; True when it was still running."""
    process = _qari_sync(library_path, folder)
    time.sleep(delay)
    alive = process.poll() is None
    process.send_signal(signal.SIGKILL)
    process.wait()
    return alive


def _fill(library, count: int, tag: str) -> None:
    for n in range(count):
        article(library, f"{tag} {n}", f"مقال رقم {n} من {tag}، فيه جملة عربية للتجربة.",
                "A second paragraph, in English, so that each text is its own.")


def _timed_copy(library_path, folder, scratch) -> float:
    """How long an uncut sync of a copy of this library into a copy of the folder takes:
    the kills below land at fractions of it, in the middle of the work."""
    scratch.mkdir()
    shutil.copytree(folder, scratch / "shared")
    copy = scratch / "library.sqlite3"
    shutil.copy(library_path, copy)
    for suffix in ("-wal", "-shm"):
        if Path(str(library_path) + suffix).exists():
            shutil.copy(str(library_path) + suffix, str(copy) + suffix)
    started = time.perf_counter()
    process = _qari_sync(Path(copy), scratch / "shared")
    process.communicate(timeout=120)
    assert process.returncode == 0
    return time.perf_counter() - started


def test_killed_syncs_resume_and_converge(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    _fill(a, N, "أ")
    ids = [s.id for s in a.matching("")][:20]
    for article_id in ids:
        a.annotations.add_highlight(article_id, 0, 4, note=f"ملاحظة {article_id}")
    a.close()
    b.close()
    cut = 0
    for side, library in (("a", a), ("b", b)):
        for attempt in range(4):
            # Each killed run leaves less to do: the next kill is timed on what is left.
            whole = _timed_copy(library.path, shared, tmp_path / f"timing-{side}-{attempt}")
            cut += _kill_after(library.path, shared, whole * 0.6)
        # Then once to the end, so that the other side has everything to receive.
        process = _qari_sync(library.path, shared)
        process.communicate(timeout=120)
    assert cut >= 5, cut  # most of them were cut off in the middle
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    settle([a, b], shared)
    assert a.integrity_ok() and b.integrity_ok()
    assert b.count() == N
    assert b.conn.execute("SELECT COUNT(*) FROM annotations").fetchone()[0] == 20
    assert export(a) == export(b)


def test_two_syncs_of_one_library_at_once_one_waits_its_turn(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    a = device(tmp_path, "a")
    _fill(a, 60, "أ")
    first = _qari_sync(a.path, shared)
    time.sleep(0.15)
    second = _qari_sync(a.path, shared)
    _, second_err = second.communicate(timeout=60)
    first.communicate(timeout=60)
    assert first.returncode == 0
    assert second.returncode in (0, 1)
    if second.returncode == 1:
        assert b"another sync of this library is running" in second_err
    b = device(tmp_path, "b")
    run(b, shared)
    assert b.count() == 60


def test_two_devices_syncing_at_the_same_moment_converge(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    _fill(a, 40, "أ")
    _fill(b, 40, "ب")
    paths = (a.path, b.path)
    a.close()
    b.close()
    errors: list[Exception] = []

    def go(path) -> None:
        from reader.library.articles import Library

        with Library(path) as library:
            try:
                sync(library, FolderTransport(shared))
            except SyncFailed as exc:
                errors.append(exc)

    threads = [threading.Thread(target=go, args=(p,)) for p in paths]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    settle([a, b], shared)
    assert a.count() == b.count() == 80
    assert export(a) == export(b)
