"""Importing many files into the library: one file at a time, one transaction per article.

A file that fails costs only itself; the batch goes on and reports every file's outcome.
Used by ``qari import`` and by the window's background import.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from reader.importing.model import ImportFailed
from reader.importing.pipeline import DEFAULT_MAX_BYTES, iter_article_files, parse_file
from reader.library.articles import Library

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
    return list(iter_article_files(paths))


def import_one(library: Library, path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ImportOutcome:
    try:
        article, data = parse_file(path, max_bytes)
    except ImportFailed as exc:
        return ImportOutcome(str(path), FAILED, error=exc.reason)
    result = library.add(article, data, source_path=path)
    return ImportOutcome(str(path), result.status, result.id, article.title)


def import_paths(
    library: Library,
    paths: list[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[ImportOutcome]:
    own = library.path.resolve()
    # A library kept inside the imported folder must not try to import itself.
    files = [
        (path, reason)
        for path, reason in collect(paths)
        if not (path.parent.resolve() == own.parent and path.name.startswith(own.name))
    ]
    outcomes: list[ImportOutcome] = []
    for index, (path, skip_reason) in enumerate(files, start=1):
        if cancelled():
            break
        if skip_reason:
            outcome = ImportOutcome(str(path), SKIPPED, error=skip_reason.removeprefix("skipped: "))
        else:
            outcome = import_one(library, path, max_bytes)
        outcomes.append(outcome)
        if progress:
            progress(index, len(files), outcome)
    return outcomes


def summarise(outcomes: list[ImportOutcome]) -> dict[str, int]:
    counts = {"imported": 0, "duplicate": 0, "updated": 0, "failed": 0, "skipped": 0}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts
