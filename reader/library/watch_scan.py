"""Looking into watched folders: a file is imported once it is complete, that is once its size
and modification time stood still between two looks and it is at least a second old (a
browser still writing it changes both). Downloads in progress (.part, .crdownload) and hidden
files are passed over; a file already taken is taken again only when it changes (an update of
the same article, its notes kept).
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from reader.library.articles import Library
from reader.library.importer import ImportOutcome, import_paths
from reader.library.transactions import transaction
from reader.library.watch import WatchedFolder

SETTLE = 1.0  # seconds a file must have stood still
IMPORTED_FOLDER = "imported"
_PARTIAL = (".part", ".crdownload", ".download", ".tmp", ".partial", "~", ".swp")


def _candidates(folder: Path) -> list[os.DirEntry[str]]:
    from reader.importing.pipeline import ARTICLE_SUFFIXES

    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []  # gone or unreadable: looked at again next time
    found = []
    for entry in entries:
        name = entry.name
        if name.startswith(".") or name.lower().endswith(_PARTIAL):
            continue
        suffix = Path(name).suffix.lower()
        if suffix not in ARTICLE_SUFFIXES:
            continue
        try:
            if entry.is_file(follow_symlinks=False):
                found.append(entry)
        except OSError:
            continue
    return sorted(found, key=lambda e: e.name)


def _moved(path: Path) -> None:
    target_dir = path.parent / IMPORTED_FOLDER
    try:
        target_dir.mkdir(exist_ok=True)
        target = target_dir / path.name
        number = 1
        while target.exists():
            target = target_dir / f"{path.stem} ({number}){path.suffix}"
            number += 1
        path.rename(target)
    except OSError:
        pass  # left where it is; recorded as taken, so not imported again


class FolderWatcher:
    """Remembers what it saw at the last look, so that a file is taken once it settles."""

    def __init__(self) -> None:
        self._looked: dict[tuple[int, str], tuple[int, int]] = {}

    def ready(self, folder: WatchedFolder, seen: dict[str, tuple[int, int]], now: float,
              once: bool) -> list[tuple[Path, int, int]]:
        ready = []
        for entry in _candidates(Path(folder.path)):
            try:
                info = entry.stat(follow_symlinks=False)
            except OSError:
                continue
            state = (info.st_size, info.st_mtime_ns)
            if seen.get(entry.name) == state or info.st_size == 0:
                continue
            key = (folder.id, entry.name)
            settled = now - info.st_mtime_ns / 1e9 >= SETTLE
            if settled and (once or self._looked.get(key) == state):
                ready.append((Path(entry.path), *state))
                self._looked.pop(key, None)
            else:
                self._looked[key] = state
        return ready

    def poll(self, library: Library, once: bool = False) -> list[ImportOutcome]:
        """Import what settled in every watched folder since the last look (``once``: what
        is at least a second old, for a single pass from the command line)."""
        outcomes: list[ImportOutcome] = []
        now = time.time()
        for folder in library.watched.all():
            ready = self.ready(folder, library.watched.seen(folder.id), now, once)
            if not ready:
                continue
            for path, size, mtime in ready:
                # A file at a time: a read-it-later export among them brings many outcomes.
                results = import_paths(library, [path], workers=0)
                status = "imported" if any(r.status == "imported" for r in results) else (
                    results[0].status if results else "failed")
                with transaction(library.conn):
                    library.watched.record(folder.id, path.name, size, mtime, status,
                                           results[0].id if len(results) == 1 else None)
                if folder.move_imported and status in ("imported", "duplicate", "updated"):
                    _moved(path)
                outcomes.extend(results)
        return outcomes
