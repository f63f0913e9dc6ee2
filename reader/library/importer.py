"""Importing many files into the library: one file at a time, one transaction per article.

A file that fails costs only itself; the batch goes on and reports every file's outcome.
Used by ``qari import`` and by the window's background import.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.importing.model import DEFAULT_MAX_BYTES, ImportFailed, ParsedArticle
from reader.library.articles import Library
from reader.library.bundle import is_bundle
from reader.library.db import Batch

FAILED, SKIPPED = "failed", "skipped"


@dataclass
class ImportOutcome:
    path: str
    status: str  # imported | duplicate | updated | failed | skipped
    id: int | None = None
    title: str | None = None
    error: str | None = None

    def as_json(self) -> dict[str, object]:
        return asdict(self)


Progress = Callable[[int, int, ImportOutcome], None]


def collect(paths: list[Path]) -> list[tuple[Path, str | None]]:
    from reader.importing.pipeline import iter_article_files

    return list(iter_article_files(paths))


Parsed = tuple[ParsedArticle, bytes] | str  # the article and its bytes, or why it failed

# Below this many files a process pool costs more to start than it saves.
POOL_THRESHOLD = 300


def parse_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Parsed:
    # The pipeline (and its parsers) load with the first import, not with the window.
    from reader.importing.pipeline import parse_file
    from reader.library.articles import prepare

    try:
        article, data = parse_file(path, max_bytes)
    except ImportFailed as exc:
        return exc.reason
    return prepare(article), data


def store(library: Library, path: Path, parsed: Parsed) -> ImportOutcome:
    if isinstance(parsed, str):
        return ImportOutcome(str(path), FAILED, error=parsed)
    article, data = parsed
    result = library.add(article, data, source_path=path)
    return ImportOutcome(str(path), result.status, result.id, article.title)


def _parsed_in_order(
    paths: list[Path], max_bytes: int, workers: int
) -> Iterator[Parsed]:
    """Parse in worker processes (parsing is pure Python and CPU-bound) while this process
    writes; results come back in order so that duplicates resolve as in a serial import."""
    if workers <= 1 or len(paths) < POOL_THRESHOLD:
        for path in paths:
            yield parse_one(path, max_bytes)
        return
    # spawn, not fork: the window's process has Qt threads that a fork would copy half-alive.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            yield from pool.map(parse_one, paths, [max_bytes] * len(paths), chunksize=8)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def import_paths(
    library: Library,
    paths: list[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int = 1,
) -> list[ImportOutcome]:
    """Import ``paths`` (files and folders). ``workers`` > 1 parses in that many processes."""
    own = library.path.resolve()
    # A library kept inside the imported folder must not try to import itself.
    files = [
        (path, reason)
        for path, reason in collect(paths)
        if not (path.parent.resolve() == own.parent and path.name.startswith(own.name))
    ]
    outcomes: list[ImportOutcome] = []
    wanted = [path for path, reason in files if not reason]
    parsed = _parsed_in_order(wanted, max_bytes, workers)
    batch = Batch(library.conn)
    try:
        for index, (path, skip_reason) in enumerate(files, start=1):
            if cancelled():
                break
            if skip_reason:
                reason = skip_reason.removeprefix("skipped: ")
                outcome = ImportOutcome(str(path), SKIPPED, error=reason)
            elif is_bundle(path):
                next(parsed)  # the pool parsed it as text; a bundle restores as stored
                batch.commit()
                for outcome in _import_bundle(library, path):
                    outcomes.append(outcome)
                continue
            else:
                batch.before()
                outcome = store(library, path, next(parsed))
                batch.after()
            outcomes.append(outcome)
            if progress:
                progress(index, len(files), outcome)
    finally:
        batch.commit()
        close = getattr(parsed, "close", None)
        if close:
            close()
    return outcomes


def _import_bundle(library: Library, path: Path) -> list[ImportOutcome]:
    import json

    from reader.library.bundle import import_bundle

    try:
        results = import_bundle(library, json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return [ImportOutcome(str(path), FAILED, error=f"unreadable Qari export ({exc})")]
    return [
        ImportOutcome(f"{path}#{n}", result.status, result.id, title)
        for n, (title, result) in enumerate(results, start=1)
    ]


def summarise(outcomes: list[ImportOutcome]) -> dict[str, int]:
    counts = {"imported": 0, "duplicate": 0, "updated": 0, "failed": 0, "skipped": 0}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts
