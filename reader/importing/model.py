"""What every importer returns: a parsed article, or ImportFailed with a one-line reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reader.messages import Message

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
BLOCK_KINDS = ("heading", "paragraph", "quote", "list_item", "preformatted", "image")


class ImportFailed(Exception):
    """A file that cannot become an article. ``str(exc)`` is the one-line reason users see,
    in English; ``message`` is the same reason for the interface to translate."""

    def __init__(self, template: str, **args: object) -> None:
        self.message = Message(template, args)
        super().__init__(str(self.message))
        self.reason = str(self.message)


@dataclass
class Block:
    kind: str
    text: str
    level: int = 0  # heading level 1-6; list nesting depth for list items
    direction: str = ""  # "rtl"/"ltr", filled in by finishing
    image: str = ""  # for kind == "image": the stored image's name
    ordered: bool = False  # for list items: numbered list
    # Links in the text, as (the linked words, the address): http, https and mailto only.
    links: list[tuple[str, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.kind not in BLOCK_KINDS:
            raise ValueError(f"unknown block kind {self.kind!r}")


@dataclass
class ParsedArticle:
    title: str
    blocks: list[Block]
    format: str
    author: str = ""
    site: str = ""
    source: str = ""
    published: datetime | None = None
    views: int | None = None
    comments: int | None = None
    language: str = ""
    direction: str = ""
    encoding: str = ""
    images: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # name -> (data, mime)
    # Work the library would otherwise do while holding the write lock; filled in by
    # ``prepare`` in the parsing process when imports run in parallel.
    prepared: dict[str, object] = field(default_factory=dict)

    @property
    def plain_text(self) -> str:
        """The coordinate system of every annotation: text blocks joined with blank lines."""
        return "\n\n".join(b.text for b in self.blocks if b.text)

    @property
    def paragraphs(self) -> list[str]:
        return [b.text for b in self.blocks if b.kind != "image" and b.text]
