"""Subscriptions on the path users get: the window open at 1366x768 while 50 feeds on ten
loopback hosts are refreshed by the session's task runner (the first refresh brings their
entries, half of them summaries whose pages are fetched; the second is all 304s), with a timer
on the GUI thread recording the longest frame; a feed of 10,000 entries parsed; a file saved
into a watched folder until it is in the list."""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from tests.bench.__main__ import Figure, median
from tests.subscriptions.feed_server import FeedServer, Route, long_html, page_html, rss, serve

HOSTS = 10


def _servers(feeds: int, entries: int) -> tuple[list[str], list[object]]:
    urls: list[str] = []
    httpds: list[object] = []
    for h in range(HOSTS):
        state = FeedServer()
        httpds.append(serve(state, f"127.0.0.{h + 2}"))
        for f in range(feeds // HOSTS):
            items = []
            for e in range(entries):
                item = {"guid": f"{h}-{f}-{e}", "title": f"خبر {e} من موجز {f} على الخادم {h}",
                        "link": state.url(f"/p/{f}/{e}"),
                        "date": f"Wed, {e % 28 + 1:02d} Oct 2026 10:00:00 +0300"}
                if e % 2:
                    item["summary"] = "ملخص قصير للخبر... اقرأ المزيد"
                    state.routes[f"/p/{f}/{e}"] = Route(page_html(
                        item["title"], f"تفاصيل الخبر رقم {e} في الموجز {f} على الخادم {h}."),
                        "text/html; charset=utf-8")
                else:
                    item["content"] = long_html(f"هذا هو الخبر {e} في الموجز {f} والخادم {h}.")
                items.append(item)
            state.routes[f"/f{f}.xml"] = Route(rss(items, title=f"موجز {f} على الخادم {h}"),
                                              etag=f'"{h}-{f}"')
            urls.append(state.url(f"/f{f}.xml"))
    return urls, httpds


def serve_forever(feeds: int, entries: int) -> None:
    """In a process of its own (as the feeds' servers are on other machines): the servers,
    their addresses printed, until standard input closes."""
    import sys

    urls, _httpds = _servers(feeds, entries)
    print("\n".join(urls), flush=True)
    print("ready", flush=True)
    sys.stdin.read()


def _server_process(feeds: int, entries: int) -> tuple[list[str], object]:
    import subprocess
    import sys

    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from tests.bench.feeds import serve_forever; "
         f"serve_forever({feeds}, {entries})"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=str(Path(__file__).resolve().parents[2]),
    )
    urls = []
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "ready":
            break
        urls.append(line.strip())
    return urls, process


def refresh_in_window(runs: int, feeds: int = 50, entries: int = 20) -> list[Figure]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    urls, process = _server_process(feeds, entries)
    firsts, seconds, gaps, counts = [], [], [], []
    repaints: list[float] = []  # the list's one repaint once the entries are in
    for _run in range(runs):
        folder = Path(tempfile.mkdtemp())
        library = Library(folder / "library.sqlite3")
        for url in urls:
            library.feeds.add(url)
        window = create_window(library, Settings(), "ar")
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        controller = window.session.subscriptions
        arrived = [False]
        window.session.changed.connect(lambda _c, arrived=arrived: arrived.__setitem__(0, True))
        for which in (firsts, seconds):
            last, worst, after = [time.perf_counter()], [0.0], [0.0]
            arrived[0] = False

            def beat(last: list[float] = last, worst: list[float] = worst,
                     after: list[float] = after, arrived: list[bool] = arrived) -> None:
                now = time.perf_counter()
                if arrived[0]:
                    after[0] = max(after[0], now - last[0])
                else:
                    worst[0] = max(worst[0], now - last[0])
                last[0] = now

            timer = QTimer()
            timer.setInterval(5)
            timer.timeout.connect(beat)
            timer.start()
            started = last[0] = time.perf_counter()
            controller.refresh(asked=True)
            while controller.busy() or window.session.runner.busy():
                QApplication.processEvents()
                time.sleep(0.001)
            which.append(time.perf_counter() - started)
            for _ in range(20):  # the list's repaint with the new rows
                QApplication.processEvents()
                time.sleep(0.005)
            timer.stop()
            gaps.append(worst[0])
            if which is firsts:
                repaints.append(after[0])
        counts.append(library.count())
        window.close()
        window.session.shutdown()
    process.stdin.close()  # type: ignore[attr-defined]
    process.wait()  # type: ignore[attr-defined]
    worst = max(gaps) * 1000
    repaint = median(repaints) * 1000
    first = median(firsts)
    return [
        Figure(f"refresh {feeds} feeds from the window, first time ({counts[0]:,} entries, "
               f"half fetched as pages, {HOSTS} hosts)", first, "s",
               "window responsive: no frame over 50 ms", worst <= 50 and repaint <= 50,
               detail=f"longest frame while fetching and writing {worst:.0f} ms; the list's "
               f"repaint with the new rows {repaint:.0f} ms (median); "
               f"{counts[0] / first:.0f} entries/s"),
        Figure(f"refresh {feeds} feeds again (all answer 304)", median(seconds) * 1000, "ms",
               "conditional requests only", True),
    ]


def big_feed(runs: int, entries: int = 10_000) -> Figure:
    from reader.importing.feed_parse import parse_feed

    data = rss([{"guid": str(n), "title": f"خبر رقم {n}", "link": f"https://x.example/{n}",
                 "summary": "ملخص قصير للخبر"} for n in range(entries)])
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        parsed = parse_feed(data, "https://x.example/feed")
        times.append(time.perf_counter() - started)
    assert len(parsed.entries) == entries
    return Figure(f"parse a feed of {entries:,} entries ({len(data) / 1e6:.1f} MB)",
                  median(times) * 1000, "ms", "on a task; informational", True)


def watched_folder(runs: int) -> Figure:
    """From a file's last byte to its row in the window's list."""
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    folder = Path(tempfile.mkdtemp())
    inbox = folder / "saved"
    inbox.mkdir()
    library = Library(folder / "library.sqlite3")
    library.watched.add(str(inbox))
    window = create_window(library, Settings(), "ar")
    window.show()
    controller = window.session.subscriptions
    controller.folders_changed()
    controller._watch.start()  # what start() does after the first frame
    delays = []
    for n in range(runs):
        path = inbox / f"page{n}.md"
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(f"# ملاحظة رقم {n}\n\n" + "نص قصير عن رحلة إلى القرية. " * 30)
            handle.flush()
            os.fsync(handle.fileno())
        written = time.perf_counter()
        while window.model.rowCount() <= n:
            QApplication.processEvents()
            time.sleep(0.005)
            if time.perf_counter() - written > 10:
                raise RuntimeError("the watched file never arrived")
        delays.append(time.perf_counter() - written)
    controller.stop()
    window.close()
    window.session.shutdown()
    worst = max(delays)
    return Figure("a file saved into a watched folder, until its row is in the list",
                  median(delays), "s", "<= 2 s", worst <= 2.0,
                  detail=f"worst {worst:.2f} s (a file must stand still 1 s)")
