"""File -> parsed article: reading, limits, decoding, sniffing, parsing and normalisation.

``sniff`` picks the importer from the content (the extension is only a tie-breaker), so a
Markdown file saved as .txt or an HTML page without an extension still imports right.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from reader import messages as M
from reader.importing.decoding import decode
from reader.importing.links import safe_link
from reader.importing.markdown import looks_like_markdown, parse_markdown
from reader.importing.model import DEFAULT_MAX_BYTES, ImportFailed, ParsedArticle
from reader.importing.plain_text import parse_plain_text
from reader.importing.saved_text import looks_like_saved_text, parse_saved_text
from reader.importing.tagged_text import looks_tagged, parse_tagged_text
from reader.messages import Message, message
from reader.paths import shown
from reader.text.direction import direction_from_counts, strong_counts
from reader.text.language import settle as settle_language
from reader.text.normalize import clean_line, clean_title, normalize_text

ARTICLE_SUFFIXES = frozenset(
    {".txt", ".text", ".md", ".markdown", ".mdown", ".html", ".htm", ".xhtml", ".xht", "",
     ".mht", ".mhtml", ".webarchive", ".epub", ".docx"}
)

Parser = Callable[[str, Path | None, str], ParsedArticle]

# What one article may hold, so that importing and opening any accepted file stays within
# what a desktop affords (under 10 s and 1 GB): a long book chapter has a few thousand
# paragraphs; a file of millions of lines is a data dump, not something to read.
MAX_LINES = 100_000
MAX_BLOCKS = 20_000


@dataclass
class RawFile:
    path: Path
    data: bytes


def _html(text: str, base: Path | None, name: str) -> ParsedArticle:
    from reader.importing.html_page import parse_html

    return parse_html(text, base, name)


def sniff(text: str, name: str = "") -> tuple[str, Parser]:
    """(format name, parser) for decoded ``text`` from a file called ``name``."""
    from reader.importing.html_page import looks_like_html

    lowered = name.lower()
    if looks_tagged(text):
        return "tagged-text", lambda t, _b, _n: parse_tagged_text(t)
    if looks_like_html(text, lowered):
        return "html", _html
    if looks_like_saved_text(text):
        return "saved-text", lambda t, _b, _n: parse_saved_text(t)
    if lowered.endswith((".md", ".markdown", ".mdown")) or looks_like_markdown(text):
        return "markdown", lambda t, _b, _n: parse_markdown(t)
    return "text", lambda t, _b, _n: parse_plain_text(t)


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> RawFile:
    """The file's bytes, or ImportFailed with the reason a person can act on.

    Only regular files are read: a FIFO or a device named ``*.txt`` would block the import
    forever (or feed it without end). The file is opened without blocking and checked again
    through its descriptor, so a name swapped for a FIFO between the two looks is caught."""
    limit = f"{max_bytes / 1048576:.0f}"
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise ImportFailed(M.IS_FOLDER)
        if not stat.S_ISREG(info.st_mode):
            raise ImportFailed(M.NOT_REGULAR)
        if info.st_size > max_bytes:
            raise ImportFailed(M.TOO_LARGE, size=f"{info.st_size / 1048576:.1f}", limit=limit)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ImportFailed(M.NOT_REGULAR)
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise ImportFailed(M.NOT_FOUND) from None
    except PermissionError:
        raise ImportFailed(M.PERMISSION) from None
    except IsADirectoryError:
        raise ImportFailed(M.IS_FOLDER) from None
    except OSError as exc:
        raise ImportFailed(M.CANNOT_READ, detail=str(exc.strerror or exc)) from None
    if len(data) > max_bytes:
        raise ImportFailed(M.TOO_LARGE, size=f"{len(data) / 1048576:.1f}", limit=limit)
    return RawFile(path, data)


def finish(article: ParsedArticle) -> ParsedArticle:
    """Normalise every text field for storage and settle language and directions."""
    for block in article.blocks:
        text = normalize_text(block.text)
        block.text = text if block.kind == "preformatted" else clean_line(text)
        block.links = [
            (words, href) for words, href in (
                (clean_line(normalize_text(w)), safe_link(h)) for w, h in block.links[:500]
            ) if words and href and words in block.text
        ]
    article.blocks = [b for b in article.blocks if b.text or b.image]
    if len(article.blocks) > MAX_BLOCKS:
        raise ImportFailed(
            M.TOO_MANY_PARAGRAPHS, count=f"{len(article.blocks):,}", limit=f"{MAX_BLOCKS:,}"
        )
    article.title = clean_title(article.title)[:1000]
    article.author = clean_title(article.author)[:300]
    article.site = clean_title(article.site)[:300]
    if not article.title:
        raise ImportFailed(M.NO_TITLE)
    body = article.plain_text
    if not body.strip():
        raise ImportFailed(M.NO_TEXT)
    # Count each block's letters once; the article's totals are their sums.
    counts = [strong_counts(block.text) for block in article.blocks]
    title_rtl, title_ltr = strong_counts(article.title)
    rtl = sum(c[0] for c in counts)
    ltr = sum(c[1] for c in counts)
    # The text's language, the page's declaration a hint (see reader.text.language).
    article.language = settle_language(article.language, body)
    if article.direction not in ("rtl", "ltr"):
        article.direction = direction_from_counts(
            rtl + title_rtl, ltr + title_ltr, article.title + body, "rtl"
        )
    for block, (block_rtl, block_ltr) in zip(article.blocks, counts, strict=True):
        if block.direction not in ("rtl", "ltr"):  # a document may set it (Word, EPUB)
            block.direction = direction_from_counts(
                block_rtl, block_ltr, block.text, article.direction
            )
    return article


def parse_bytes(
    data: bytes, name: str = "", base: Path | None = None, charset: str | None = None
) -> ParsedArticle:
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise ImportFailed(M.EMPTY if not data else M.BLANK)
    from reader.importing.archives import sniff_package

    package = sniff_package(data, name)
    if package is not None:  # web archives, e-books, Word documents: read as bytes
        fmt, read = package
        article = _run(fmt, lambda: read(data, name))
        article.format = article.format or fmt
        return finish(article)
    text, encoding = decode(data, charset)
    if not text.strip():
        raise ImportFailed(M.BLANK)
    lines = text.count("\n")
    if lines > MAX_LINES:  # before parsing: the parse is what costs
        raise ImportFailed(M.TOO_MANY_LINES, count=f"{lines:,}", limit=f"{MAX_LINES:,}")
    fmt, parser = sniff(text, name)
    article = _run(fmt, lambda: parser(text, base, name))
    article.format = article.format or fmt
    article.encoding = encoding
    return finish(article)


def _run(fmt: str, parse: Callable[[], ParsedArticle]) -> ParsedArticle:
    try:
        return parse()
    except ImportFailed:
        raise
    except RecursionError:
        raise ImportFailed(M.TOO_DEEP, format=fmt) from None
    except Exception as exc:  # a parser bug must cost one file, never the batch
        detail = f"{type(exc).__name__}: {exc}"
        raise ImportFailed(M.UNREADABLE_AS, format=fmt, detail=detail) from None


def parse_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[ParsedArticle, bytes]:
    raw = read_file(path, max_bytes)
    article = parse_bytes(raw.data, path.name, path.parent)
    article.source = article.source or shown(path)
    return article, raw.data


def iter_article_files(paths: list[Path]) -> Iterator[tuple[Path, Message | None]]:
    """Files to import, in a stable order, with a reason when one is skipped.

    Named files are always tried. Inside folders, hidden entries and the ``NAME_files/``
    resource folders of saved pages are passed over, and files that cannot be articles (images,
    scripts, styles) are reported as skipped.
    """
    for path in paths:
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(
                    d for d in dirs if not d.startswith(".") and not d.endswith("_files")
                )
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    child = Path(root) / name
                    if child.suffix.lower() in ARTICLE_SUFFIXES:
                        yield child, None
                    else:
                        yield child, message(M.NOT_ARTICLE_FILE, suffix=child.suffix.lower())
        else:
            yield path, None
