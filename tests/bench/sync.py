"""Sync on the path users get (``reader.sync.engine.sync``, as ``qari sync`` and the window
run it), over a real WebDAV server in another process and over a folder: the first sync of a
generated library to an empty device, an incremental sync after one note, and 1,000 random
offline edits on three devices converging."""

from __future__ import annotations

import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tests.bench.__main__ import ROOT, Figure, build_library


def _server(root: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.sync.webdav_server", str(root)], cwd=ROOT,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    url = process.stdout.readline().strip() if process.stdout else ""
    return process, url


def _transport(kind: str, where: Path, url: str):  # noqa: ANN202
    from reader.sync.transport import FolderTransport, WebDavTransport
    from tests.sync.webdav_server import PASSWORD, USER

    return WebDavTransport(url, USER, PASSWORD) if kind == "webdav" else FolderTransport(where)


def first_and_incremental(size: int, kind: str) -> list[Figure]:
    from reader.library.articles import Library
    from reader.sync.engine import sync

    work = Path(tempfile.mkdtemp(prefix="qari-bench-sync-"))
    shared = work / "shared"
    shared.mkdir()
    server, url = _server(shared) if kind == "webdav" else (None, "")
    try:
        source = build_library(size)
        (work / "a").mkdir()
        (work / "b").mkdir()
        shutil.copy(source, work / "a" / "library.sqlite3")
        a = Library(work / "a" / "library.sqlite3")
        b = Library(work / "b" / "library.sqlite3")
        count = a.count()
        started = time.perf_counter()
        sent = sync(a, _transport(kind, shared, url))
        push = time.perf_counter() - started
        started = time.perf_counter()
        got = sync(b, _transport(kind, shared, url))
        pull = time.perf_counter() - started
        assert got.created == count, (got.created, count, got.skipped[:3])
        first_id = a.conn.execute("SELECT MIN(id) FROM articles").fetchone()[0]
        a.annotations.add_highlight(first_id, 0, 5, note="ملاحظة واحدة بعد المزامنة")
        started = time.perf_counter()
        one = sync(a, _transport(kind, shared, url))
        one_push = time.perf_counter() - started
        started = time.perf_counter()
        one_got = sync(b, _transport(kind, shared, url))
        one_pull = time.perf_counter() - started
        a.close()
        b.close()
    finally:
        if server is not None:
            server.stdin.close()  # type: ignore[union-attr]
            server.wait(10)
        shutil.rmtree(work, ignore_errors=True)
    mb = sent.sent_bytes / 1e6
    return [
        Figure(f"sync-first-{kind}", round(push + pull, 2), "s", "-", True,
               detail=f"{count} articles: send {push:.1f} s ({sent.sent_files} files, "
               f"{mb:.1f} MB), receive and add {pull:.1f} s on the empty device"),
        Figure(f"sync-one-note-{kind}", round((one_push + one_pull) * 1000), "ms", "< 1 s",
               one_push + one_pull < 1.0,
               detail=f"send {one_push * 1000:.0f} ms ({one.sent_bytes} bytes), receive "
               f"{one_pull * 1000:.0f} ms ({one_got.received_bytes} bytes) at {count} articles"),
    ]


def convergence(edits: int) -> Figure:
    from reader.library.articles import Library
    from reader.library.saved import Collections
    from reader.sync.engine import sync
    from reader.sync.transport import FolderTransport
    from tests.sync.devices import article, export

    work = Path(tempfile.mkdtemp(prefix="qari-bench-converge-"))
    shared = work / "shared"
    shared.mkdir()
    rng = random.Random(7)
    try:
        devices = []
        for name in "abc":
            (work / name).mkdir()
            devices.append(Library(work / name / "library.sqlite3"))
        for n in range(30):
            article(devices[0], f"مقال {n}", f"نص المقال {n} مع جملة عربية طويلة نوعا ما للتجربة.")
        for device in devices:
            sync(device, FolderTransport(shared))
        for device in devices:
            sync(device, FolderTransport(shared))
        for n in range(edits):
            device = rng.choice(devices)
            ids = [r[0] for r in device.conn.execute("SELECT id FROM articles").fetchall()]
            target = rng.choice(ids)
            what = rng.randrange(7)
            if what == 0:
                device.tags.add([target], rng.choice(["أخبار", "علوم", "Sport", "أدب"]))
            elif what == 1:
                names = device.tags.of(target)
                if names:
                    device.tags.remove([target], rng.choice(names))
            elif what == 2:
                device.annotations.add_highlight(target, 0, 6, note=f"ملاحظة {n}")
            elif what == 3:
                notes = device.annotations.for_article(target)
                if notes:
                    chosen = rng.choice(notes)
                    device.annotations.update(chosen.id, note=chosen.note + f" +{n}")
            elif what == 4:
                device.set_archived([target], rng.random() < 0.5)
            elif what == 5:
                col = Collections(device.conn)
                listing = col.create(rng.choice(["قائمة", "لاحقا"]))
                col.add(listing.id, [target])
                if len(col.items(listing.id)) > 1:
                    col.move(listing.id, target, 0)
            elif len(ids) > 5 and rng.random() < 0.3:
                device.delete(target)
            else:
                article(device, f"جديد {n}", f"مقال جديد رقم {n} كتب على جهاز واحد.")
        started = time.perf_counter()
        rounds = 0
        while True:
            rounds += 1
            for device in devices:
                sync(device, FolderTransport(shared))
            if len({export(d) for d in devices}) == 1 or rounds == 4:
                break
        seconds = time.perf_counter() - started
        same = len({export(d) for d in devices}) == 1
        for device in devices:
            device.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Figure("sync-converge", round(seconds, 2), "s", "identical exports", same,
                  detail=f"{edits} random offline edits on 3 devices: identical after "
                  f"{rounds} round(s) of syncs" if same else "exports differ")
