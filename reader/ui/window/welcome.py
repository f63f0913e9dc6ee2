"""The welcome article, imported on first launch into an empty library."""

from __future__ import annotations

from reader import paths
from reader.importing.pipeline import parse_file
from reader.library.articles import Library


def ensure_welcome(library: Library) -> int | None:
    """Import (or find) the welcome article; its id."""
    path = paths.resources_dir() / "welcome" / "welcome.md"
    article, data = parse_file(path)
    article.source = "qari:welcome"
    result = library.add(article, data)
    return result.id
