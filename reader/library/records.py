"""The library's records as the rest of the program sees them: an article, its row in a list,
the outcome of adding one; and their stored forms (content hash, blocks as JSON)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.importing.model import Block, ParsedArticle

IMPORTED, DUPLICATE, UPDATED = "imported", "duplicate", "updated"


@dataclass
class ArticleSummary:
    """One library row: everything the list shows, nothing of the body."""

    id: int
    title: str
    site: str
    published: str | None
    imported_at: str
    bookmarked: bool
    direction: str
    language: str
    word_count: int
    read_progress: float
    notes: int = 0
    archived: bool = False

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "site": self.site,
            "published": self.published,
            "imported_at": self.imported_at,
            "bookmarked": self.bookmarked,
            "archived": self.archived,
            "direction": self.direction,
        }


@dataclass
class Article:
    id: int
    title: str
    author: str
    site: str
    source: str
    published: str | None
    views: int | None
    comments: int | None
    language: str
    direction: str
    format: str
    encoding: str
    imported_at: str
    updated_at: str | None
    bookmarked: bool
    word_count: int
    read_position: int
    blocks: list[Block]
    plain_text: str
    archived: bool = False

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind != "image" and b.text]

    def as_json(self) -> dict[str, object]:
        return {
            "id": self.id,
            "title": self.title,
            "author": self.author,
            "site": self.site,
            "source": self.source,
            "published": self.published,
            "views": self.views,
            "comments": self.comments,
            "language": self.language,
            "direction": self.direction,
            "paragraphs": self.paragraphs,
            "bookmarked": self.bookmarked,
            "archived": self.archived,
        }


@dataclass
class AddResult:
    status: str
    id: int


def content_hash(article: ParsedArticle) -> str:
    import hashlib  # not needed until an import: kept off the window's start-up path

    digest = hashlib.sha256()
    digest.update(article.title.encode("utf-8"))
    digest.update(b"\x00")
    digest.update(article.plain_text.encode("utf-8"))
    return digest.hexdigest()


def blocks_json(blocks: list[Block]) -> str:
    import json  # with the first article read or written: not on the window's start-up path

    return json.dumps(
        [
            {k: v for k, v in vars(b).items()
             if (v not in ("", 0, False) and v != []) or k in ("kind", "text")}
            for b in blocks
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def blocks_from_json(text: str) -> list[Block]:
    import json

    from reader.importing.model import Block

    blocks = [Block(**item) for item in json.loads(text)]
    for block in blocks:
        block.links = [(str(t), str(h)) for t, h in block.links]
    return blocks


def summary_of(r: tuple) -> ArticleSummary:
    return ArticleSummary(
        r[0], r[1], r[2], r[3], r[4], bool(r[5]), r[6], r[7], r[8], r[9], r[10], bool(r[11])
    )


def parse_iso(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
