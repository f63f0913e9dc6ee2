"""Importing many files into the library: parse first, then write in short transactions.

Each article is written all or nothing (its own savepoint); a file that fails costs only itself;
the batch goes on and reports every file's outcome.
Used by ``qari import`` and by the window's background import.
"""

from __future__ import annotations

import multiprocessing
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader import messages as M
from reader.importing.model import DEFAULT_MAX_BYTES, ImportFailed, ParsedArticle
from reader.library.articles import Library
from reader.library.bundle import is_bundle
from reader.library.transactions import transaction
from reader.messages import Message, message
from reader.paths import shown

if TYPE_CHECKING:
    from reader.importing.exports import Entry

FAILED, SKIPPED = "failed", "skipped"


@dataclass
class ImportOutcome:
    path: str
    status: str  # imported | duplicate | updated | failed | skipped
    id: int | None = None
    title: str | None = None
    error: str | None = None  # the reason in English (command line, JSON)
    message: Message | None = field(default=None, compare=False)  # the same, to translate

    def as_json(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if k != "message"}


def failed(path: Path | str, reason: Message) -> ImportOutcome:
    return ImportOutcome(shown(path), FAILED, error=str(reason), message=reason)


Progress = Callable[[int, int, ImportOutcome], None]


def collect(paths: list[Path]) -> list[tuple[Path, Message | None]]:
    from reader.importing.pipeline import iter_article_files

    return list(iter_article_files(paths))


Parsed = tuple[ParsedArticle, bytes] | Message  # the article and its bytes, or why it failed

# One write transaction holds at most this many articles, this much text, or what was parsed
# in this long: the write lock is taken only once a group is parsed and released as soon as
# it is written, so a click in the window never waits behind a parse.
GROUP_SIZE = 64
GROUP_BYTES = 8 * 1024 * 1024
GROUP_SECONDS = 0.1


# A file this large is parsed in a process of its own even when alone: parsing holds Python's
# lock for long stretches (a 45 MB text spends a third of a second in one str.split), and in
# the window's process that would freeze the window.
BIG_FILE = 4 * 1024 * 1024


def cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


# What parsing a file costs, roughly, on the project's machine: a saved page's text 2 ms and
# 20 ms a MB; an HTML page (or a packed one) 5 ms and 50 ms a MB (the extractor). Every
# core's process pays from about 0.45 s of parsing: 200 text files (the pool figure of
# python -m tests.bench measures the crossover), or 35 saved web pages.
HEAVY_SUFFIXES = frozenset(
    {".html", ".htm", ".xhtml", ".xht", ".mht", ".mhtml", ".webarchive", ".epub", ".docx"}
)
POOL_SECONDS = 0.45


def parse_estimate(path: Path, size: int) -> float:
    if path.suffix.lower() in HEAVY_SUFFIXES:
        return 0.005 + size * 5e-8
    return 0.002 + size * 2e-8


def default_workers(files: list[Path]) -> int:
    """Processes to parse ``files`` in (0: in this process): every core once the parsing
    they promise pays for starting them, one for a big file."""
    total, big = 0.0, False
    for path in files:
        try:
            size = path.stat().st_size
        except OSError:
            continue
        total += parse_estimate(path, size)
        big = big or size >= BIG_FILE
    if total >= POOL_SECONDS and len(files) >= 2 * cores():
        return cores()
    return 1 if big else 0


def _parsed(parse: Callable[[], tuple[ParsedArticle, bytes]]) -> Parsed:
    """The prepared article and its bytes, or why it failed: a parser's bug or a lack of
    memory costs this one article, never the batch."""
    from reader.library.articles import prepare

    try:
        article, data = parse()
    except ImportFailed as exc:
        return exc.message
    except MemoryError:
        return message(M.PARSER_CRASHED, detail="out of memory")
    except Exception as exc:  # noqa: BLE001 - one file's bug never ends the batch
        return message(M.PARSER_CRASHED, detail=f"{type(exc).__name__}: {exc}")
    return prepare(article), data


def parse_one(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Parsed:
    # The pipeline (and its parsers) load with the first import, not with the window.
    from reader.importing.pipeline import parse_file

    return _parsed(lambda: parse_file(path, max_bytes))


def store(
    library: Library, where: Path | str, parsed: Parsed, source_path: Path | None = None
) -> ImportOutcome:
    """Write a parsed article (``source_path``: the file it came from, to update it later);
    ``where`` names it in the outcome."""
    if isinstance(parsed, Message):
        return failed(where, parsed)
    article, data = parsed
    try:
        result = library.add(article, data, source_path=source_path)
    except (sqlite3.IntegrityError, UnicodeError, ValueError, TypeError) as exc:
        # This article's data: its savepoint is rolled back, the others stay.
        return failed(where, message(M.STORE_FAILED, detail=f"{type(exc).__name__}: {exc}"))
    return ImportOutcome(shown(where), result.status, result.id, article.title)


def _parsed_in_order(paths: list[Path], max_bytes: int, workers: int) -> Iterator[Parsed]:
    """Parse in worker processes (parsing is pure Python and CPU-bound) while this process
    writes; results come back in order so that duplicates resolve as in a serial import."""
    if workers <= 0 or not paths:
        for path in paths:
            yield parse_one(path, max_bytes)
        return
    # spawn, not fork: the window's process has Qt threads that a fork would copy half-alive.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        try:
            yield from pool.map(parse_one, paths, [max_bytes] * len(paths), chunksize=4)
        finally:
            pool.shutdown(wait=False, cancel_futures=True)


def _size(parsed: Parsed) -> int:
    if isinstance(parsed, Message):
        return 0
    text = parsed[0].prepared.get("text")
    return len(parsed[1]) + (len(text) if isinstance(text, (str, bytes)) else 0)


class _Writer:
    """Writes parsed articles in short transactions, a group at a time."""

    def __init__(self, library: Library, total: int, progress: Progress | None) -> None:
        self.library, self.total, self.progress = library, total, progress
        self.outcomes: list[ImportOutcome] = []
        self.group: list[tuple[Path, Parsed]] = []
        self.bytes = 0
        self.started = 0.0

    def add(self, path: Path, parsed: Parsed) -> None:
        if not self.group:
            self.started = time.monotonic()
        self.group.append((path, parsed))
        self.bytes += _size(parsed)
        if (
            len(self.group) >= GROUP_SIZE
            or self.bytes >= GROUP_BYTES
            or time.monotonic() - self.started >= GROUP_SECONDS
        ):
            self.flush()

    def report(self, outcome: ImportOutcome) -> None:
        self.outcomes.append(outcome)
        if self.progress:
            self.progress(len(self.outcomes), self.total, outcome)

    def flush(self) -> None:
        group, self.group, self.bytes = self.group, [], 0
        if not group:
            return
        try:
            with transaction(self.library.conn):
                done = [store(self.library, path, parsed, path) for path, parsed in group]
        except sqlite3.Error as exc:
            # The disk, the lock or the file: none of the group was written.
            from reader.library.errors import describe

            reason = describe(exc) or message(M.STORE_FAILED, detail=str(exc))
            done = [failed(path, reason) for path, _parsed in group]
        for outcome in done:
            self.report(outcome)


def import_paths(
    library: Library,
    paths: list[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int | None = None,
) -> list[ImportOutcome]:
    """Import ``paths`` (files and folders). Files are parsed before the write lock is
    taken, in ``workers`` processes (0: in this one; by default, see default_workers)."""
    own = library.path.resolve()
    # A library kept inside the imported folder must not try to import itself.
    files = [
        (path, reason)
        for path, reason in collect(paths)
        if not (path.parent.resolve() == own.parent and path.name.startswith(own.name))
    ]
    wanted = [path for path, reason in files if reason is None]
    if workers is None:
        workers = default_workers(wanted)
    parsed = _parsed_in_order(wanted, max_bytes, workers)
    writer = _Writer(library, len(files), progress)
    try:
        for path, skip_reason in files:
            if cancelled():
                break
            if skip_reason is not None:
                writer.flush()
                writer.report(
                    ImportOutcome(shown(path), SKIPPED, error=str(skip_reason),
                                  message=skip_reason)
                )
                continue
            result = next(parsed)
            if is_bundle(path):  # the pool parsed it as text; a bundle restores as stored
                writer.flush()
                for outcome in _import_bundle(library, path):
                    writer.report(outcome)
                continue
            kind = _export_kind(path)
            if kind is not None:  # Pocket, Instapaper, Wallabag, Omnivore: many articles
                writer.flush()
                for outcome in import_export(library, path, kind, max_bytes):
                    writer.report(outcome)
                continue
            writer.add(path, result)
        writer.flush()
    finally:
        close = getattr(parsed, "close", None)
        if close:
            close()
    return writer.outcomes


def import_text(
    library: Library, data: bytes, label: str, *, name: str = "", source: str = "",
    charset: str | None = None,
) -> ImportOutcome:
    """One article from bytes that are not a file: a paste, a dropped text, a fetched page.
    ``label`` names it in the outcome; ``source`` (its address) is kept with the article."""
    from reader.importing.pipeline import parse_bytes

    def parse() -> tuple[ParsedArticle, bytes]:
        article = parse_bytes(data, name, None, charset)
        article.source = source or article.source
        return article, data

    with transaction(library.conn):
        return store(library, label, _parsed(parse))


def import_url(library: Library, url: str, timeout: float | None = None) -> ImportOutcome:
    """The page at ``url``, fetched (the one request the reader asked for) and imported; it
    keeps its address. Every failure is the outcome's one-line reason."""
    from reader.importing.fetch import TIMEOUT, fetch

    try:
        page = fetch(url, timeout or TIMEOUT)
    except ImportFailed as exc:
        return failed(url, exc.message)
    return import_text(
        library, page.data, url, name=page.name, source=page.url, charset=page.charset
    )


def fetch_into(library: Library, article_id: int) -> ImportOutcome:
    """Fetch a link-only article's page (its address) and give the article its text."""
    from reader.importing.fetch import fetch
    from reader.importing.pipeline import parse_bytes
    from reader.library.articles import prepare

    summary = library.get(article_id)
    if summary is None:
        return failed(str(article_id), message(M.NOT_FOUND))
    url = summary.source
    try:
        page = fetch(url)
        article = parse_bytes(page.data, page.name, None, page.charset)
    except ImportFailed as exc:
        return failed(url, exc.message)
    article.source = page.url
    try:
        library.fill(article_id, prepare(article), page.data)
    except (sqlite3.IntegrityError, UnicodeError, ValueError, TypeError) as exc:
        return failed(url, message(M.STORE_FAILED, detail=f"{type(exc).__name__}: {exc}"))
    return ImportOutcome(url, "updated", article_id, article.title)


def _export_kind(path: Path) -> str | None:
    if path.suffix.lower() not in (".csv", ".json", ".zip", ".html", ".htm"):
        return None
    from reader.importing.exports import export_kind

    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return None
    return export_kind(path, head)


EXPORT_GROUP = 200  # entries written in one transaction


def import_export(
    library: Library, path: Path, kind: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> list[ImportOutcome]:
    """Every entry of a read-it-later export: its text when the service kept it (else a
    link-only article, to fetch later), its tags, its archived state and its highlights
    (placed on their passage; one the text does not hold is kept as an article note)."""
    from reader.importing.exports import read_export
    from reader.importing.pipeline import read_file

    try:
        entries = read_export(kind, read_file(path, max_bytes).data)
    except ImportFailed as exc:
        return [failed(path, exc.message)]
    outcomes: list[ImportOutcome] = []
    for first in range(0, len(entries), EXPORT_GROUP):
        with transaction(library.conn):
            for number, entry in enumerate(entries[first:first + EXPORT_GROUP], first + 1):
                outcome = store(
                    library, f"{shown(path)}#{number}", _parsed(lambda e=entry: _entry(e))
                )
                if outcome.id is not None:
                    _settle_entry(library, outcome.id, entry, new=outcome.status == "imported")
                outcomes.append(outcome)
    return outcomes


def _entry(entry: Entry) -> tuple[ParsedArticle, bytes]:
    """An export's entry as an article: its text when the service kept a readable one, else
    its link alone (fetched when the reader asks); the title the reader saved it under."""
    from reader.importing.exports import link_only, saved_text
    from reader.importing.pipeline import finish, parse_bytes

    article = None
    if entry.content:
        try:
            article = parse_bytes(entry.content, entry.content_name)
            article.source = entry.url
        except ImportFailed:
            # Too short for the page's extractor: the words as saved; none at all, the link.
            short = saved_text(entry) if entry.content_name.endswith(".html") else None
            try:
                article = finish(short) if short is not None else None
            except ImportFailed:
                article = None
    if article is None:
        article = finish(link_only(entry))
    if entry.title.strip():
        article.title = entry.title.strip()[:1000]
    return article, entry.content or entry.url.encode()


def _settle_entry(library: Library, article_id: int, entry: Entry, new: bool) -> None:
    """An imported entry's tags, archived state and (once) its highlights."""
    import re

    for tag in entry.tags:
        try:
            library.tags.add([article_id], tag)
        except ValueError:
            continue  # a tag with no name
    if entry.archived:
        library.set_archived([article_id], True)
    if entry.starred:
        library.set_bookmarked(article_id, True)
    if not new:
        return
    text = library.plain_text(article_id) or ""
    for quote, note in entry.highlights:
        words = [re.escape(w) for w in quote.split()]
        found = re.search(r"\s+".join(words), text) if words else None
        if found:
            library.annotations.add_highlight(article_id, found.start(), found.end(), note=note)
        else:
            library.annotations.add_article_note(
                article_id, f"«{quote.strip()}»" + (f" {note.strip()}" if note.strip() else "")
            )


def _import_bundle(library: Library, path: Path) -> list[ImportOutcome]:
    import json

    from reader.library.bundle import import_bundle

    try:
        results = import_bundle(library, json.loads(path.read_text(encoding="utf-8")))
    except RecursionError:
        return [failed(path, message(M.BAD_EXPORT, detail="nested too deeply"))]
    except (OSError, ValueError) as exc:
        return [failed(path, message(M.BAD_EXPORT, detail=str(exc)))]
    outcomes = []
    for n, (title, result) in enumerate(results, start=1):
        where = f"{shown(path)}#{n}"
        if isinstance(result, ValueError):  # this article of the bundle, and only it
            outcomes.append(failed(where, message(M.BAD_EXPORT, detail=str(result))))
        else:
            outcomes.append(ImportOutcome(where, result.status, result.id, title))
    return outcomes


def summarise(outcomes: list[ImportOutcome]) -> dict[str, int]:
    counts = {"imported": 0, "duplicate": 0, "updated": 0, "failed": 0, "skipped": 0}
    for outcome in outcomes:
        counts[outcome.status] = counts.get(outcome.status, 0) + 1
    return counts
