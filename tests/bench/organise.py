"""Organising a large library, measured in the window: filtering the list by a tag or a saved
search, tagging 1,000 selected articles, and start-up with 2,000 tags.

The library: the generated one, its articles repeated by SQL up to ``size`` (generating
100,000 articles one by one takes an hour; the list, tags and filters read only the articles
table and the tags, which the copies fill as real ones would), then 2,000 tags, three an
article, drawn so that a few tags are large and most are small, as people's tags are.
"""

from __future__ import annotations

import random
import sqlite3
import time
from pathlib import Path

from tests.bench.__main__ import (
    CACHE,
    GENERATOR_VERSION,
    Figure,
    _child,
    build_library,
    compile_sources,
    median,
    p95,
)

TAGS = 2000


def tagged_library(size: int, tags: int = TAGS, base: int = 10_000) -> Path:
    path = CACHE / f"tagged-{size}-{tags}-v{GENERATOR_VERSION}.sqlite3"
    if path.exists():
        return path
    source = build_library(min(size, base))
    target = path.with_suffix(".building")
    target.write_bytes(source.read_bytes())
    from reader.library.articles import Library

    Library(target).close()  # brought to the current schema
    conn = sqlite3.connect(target)
    columns = [r[1] for r in conn.execute("PRAGMA table_info(articles)") if r[1] != "id"]
    names = ", ".join(columns)
    picked = ", ".join(
        f"{c} || ' ' || n.k" if c in ("title", "content_hash", "source") else c for c in columns
    )
    (count,) = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
    copy = 1
    while count < size:
        # Whole copies of the first articles, each with its own hash and title.
        take = min(count, size - count)
        conn.execute(
            f"INSERT INTO articles ({names}) SELECT {picked} FROM articles,"
            f" (SELECT ? AS k) n WHERE id <= ? ORDER BY id",  # noqa: S608 - names from PRAGMA
            (str(copy), take),
        )
        copy += 1
        (count,) = conn.execute("SELECT COUNT(*) FROM articles").fetchone()
    rng = random.Random(7)
    from reader.library.tags import tag_key

    conn.executemany(
        "INSERT INTO tags (name, key) VALUES (?, ?)",
        [(f"وسم {n}", tag_key(f"وسم {n}")) for n in range(tags)],
    )
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    weights = [1 / (n + 1) for n in range(tags)]  # Zipf: tag 1 is the largest
    rows = set()
    for article_id in ids:
        for tag in rng.choices(range(1, tags + 1), weights, k=3):
            rows.add((article_id, tag))
    conn.executemany("INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)", rows)
    conn.execute("UPDATE articles SET archived_at = imported_at WHERE id % 3 = 0")
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    target.rename(path)
    return path


def _window(path: Path):  # noqa: ANN202
    from PySide6.QtWidgets import QApplication

    from reader.library.articles import Library
    from reader.ui.app.settings import Settings
    from reader.ui.launch import create_window

    library = Library(path)
    window = create_window(library, Settings(), "ar")
    window.resize(1366, 768)
    window.show()
    QApplication.processEvents()
    return library, window


def _paint(window) -> None:  # noqa: ANN001
    window.panel.table.viewport().repaint()


def _idle(window) -> None:  # noqa: ANN001
    """Until the window's tasks (the rest of the last list) are done, as between a reader's
    clicks."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    while window.session.runner.busy():
        QApplication.processEvents()
        time.sleep(0.001)
    QApplication.processEvents()


def filtering(size: int, runs: int) -> list[Figure]:
    """Choose a tag (or a saved search) in the side until the list has painted its rows."""

    from reader.ui.library.sidebar_model import INBOX, SAVED, TAG, Source

    path = tagged_library(size)
    library, window = _window(path)
    view = window.library_view
    started = time.perf_counter()
    view.refresh_sidebar()
    side_ms = (time.perf_counter() - started) * 1000
    tags = library.tags.all()
    ordered = sorted(tags, key=lambda t: -t.count)
    sample = ordered[:5] + ordered[100:105] + ordered[-5:]  # large, middling and small tags
    searches = [
        library.saved_searches.save(f"بحث {n}", query)
        for n, query in enumerate([
            f"tag:{sample[0].name.replace(' ', '_')} is:unread",
            f"is:inbox tag:{sample[5].name.replace(' ', '_')}",
            "is:archived is:unread",
            f"-tag:{sample[0].name.replace(' ', '_')} is:inbox",
        ])
    ]
    view.refresh_sidebar()
    def timed(source: Source) -> float:
        """From the click in the side to the painted list, starting from the inbox."""
        view.choose(INBOX)
        _idle(window)
        started = time.perf_counter()
        view.choose(source)
        _paint(window)
        return time.perf_counter() - started

    by_tag, by_search = [], []
    for _ in range(runs):
        by_tag += [timed(Source(TAG, t.name, t.id, t.name)) for t in sample]
        by_search += [timed(Source(SAVED, s.query, s.id, s.name)) for s in searches]
    window.close()
    library.close()
    tag_p95, search_p95 = p95(by_tag) * 1000, p95(by_search) * 1000
    return [
        Figure(f"filter the list by a tag, {size:,} articles, {len(tags):,} tags", tag_p95,
               "ms p95", "p95 <= 20 ms", tag_p95 <= 20,
               detail=f"median {median(by_tag) * 1000:.1f} ms; tags of {sample[-1].count:,} to "
               f"{sample[0].count:,} articles; the first page painted, the rest read on a "
               f"task; the side's counts read in {side_ms:.0f} ms"),
        Figure(f"filter the list by a saved search, {size:,} articles", search_p95,
               "ms p95", "p95 <= 20 ms", search_p95 <= 20,
               detail=f"median {median(by_search) * 1000:.1f} ms"),
    ]


def bulk_tagging(size: int, runs: int, count: int = 1000) -> Figure:
    """Select ``count`` articles and tag them from the window, as Add Tag does, until the
    list shows the change; a timer on the GUI thread records the longest frame meanwhile."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    path = tagged_library(size)
    copy = path.with_name("tagging.sqlite3")
    copy.write_bytes(path.read_bytes())
    library, window = _window(copy)
    window.library_view.choose(window.library_view.source)
    window.model.complete()
    times, gaps = [], []
    for run in range(runs):
        ids = window.model.ids[run * count:(run + 1) * count]
        window.library_view.select_ids(ids)
        last = [time.perf_counter()]
        worst = [0.0]

        def beat(last: list[float] = last, worst: list[float] = worst) -> None:
            now = time.perf_counter()
            worst[0] = max(worst[0], now - last[0])
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(beat)
        timer.start()
        started = time.perf_counter()
        last[0] = started
        window.organiser.tag_selected(f"دفعة {run}")
        while window.session.runner.busy():
            QApplication.processEvents()
        QApplication.processEvents()
        times.append(time.perf_counter() - started)
        timer.stop()
        gaps.append(worst[0])
        tagged = library.conn.execute(
            "SELECT COUNT(*) FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE t.name = ?", (f"دفعة {run}",)
        ).fetchone()[0]
        if tagged != len(ids):
            raise RuntimeError(f"tagged {tagged} of {len(ids)}")
    window.close()
    library.close()
    for leftover in copy.parent.glob(copy.name + "*"):
        leftover.unlink()
    value = median(times) * 1000
    worst_gap = max(gaps) * 1000
    return Figure(f"tag {count:,} selected articles from the window, {size:,} library", value,
                  "ms", "<= 1000 ms, no frame over 50 ms", value <= 1000 and worst_gap <= 50,
                  detail=f"longest frame meanwhile {worst_gap:.0f} ms")


def startup_with_tags(size: int, runs: int) -> Figure:
    """Start-up on the library with 2,000 tags beside the same library without them."""
    plain = build_library(size)
    tagged = tagged_library(size)
    compile_sources()
    with_tags, without = [], []
    for _ in range(runs):
        without.append(_child("qari", plain)[0])
        with_tags.append(_child("qari", tagged)[0])
    value, base = median(with_tags) * 1000, median(without) * 1000
    return Figure(f"start to first painted window, {size:,} library with {TAGS:,} tags", value,
                  "ms", "<= 1.1x the same library without tags", value <= 1.1 * base, base)
