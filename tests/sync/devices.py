"""Libraries playing the devices of one reader, and what a person compares between them."""

from __future__ import annotations

import json
from pathlib import Path

from reader.library.articles import Library
from reader.library.bundle import export_all
from reader.sync.engine import SyncReport, sync
from reader.sync.transport import FolderTransport, Transport
from tests.fixtures_text import add_paragraphs


def device(tmp: Path, name: str) -> Library:
    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    return Library(folder / "library.sqlite3")


def article(library: Library, title: str, *paragraphs: str) -> int:
    return add_paragraphs(library, title, *paragraphs)


def by_title(library: Library, title: str) -> int:
    row = library.conn.execute("SELECT id FROM articles WHERE title = ?", (title,)).fetchone()
    assert row, f"no article {title!r}"
    return int(row[0])


def export(library: Library) -> str:
    """The reader's own export (qari export --all) as text; feeds are not synced."""
    data = export_all(library)
    data.pop("feeds")
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)


def run(library: Library, transport: Transport | Path) -> SyncReport:
    if isinstance(transport, Path):
        transport = FolderTransport(transport)
    return sync(library, transport)


def settle(libraries: list[Library], transport: Transport | Path, rounds: int = 2) -> None:
    for _ in range(rounds):
        for library in libraries:
            report = run(library, transport)
            assert not report.skipped, report.skipped


PARAGRAPHS = (
    "كتب الطالب درسه في دفتر جديد، ثم قرأه على أستاذه في الصباح الباكر.",
    "Qari reads Arabic text and keeps every note a reader writes beside it.",
    "وفي المساء جلس الجميع في الحديقة يتحدثون عن الكتب التي قرأوها هذا الشهر.",
)
