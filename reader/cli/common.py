"""What every command shares: the --library option, opening the library, printing JSON and
lists of articles safely, the import's progress bar. Imported by each command module."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, TextIO

from reader import paths

if TYPE_CHECKING:
    from collections.abc import Callable

    # Only for the annotations: the library (and sqlite3) load when a command opens it.
    from reader.library.articles import ArticleSummary, Library


def library_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-command's own default must not wipe a --library given before it.
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"library file to use (default: ${paths.LIBRARY_ENV} or the user data folder)",
    )


def open_library(args: argparse.Namespace) -> Library:
    from reader.library.articles import Library
    from reader.library.errors import LibraryError

    if getattr(args, "library", None):
        paths.set_library_override(args.library)
    try:
        return Library(paths.library_path())
    except LibraryError as exc:
        print(f"qari: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def raw(stream: object) -> TextIO:
    return getattr(stream, "raw", stream)  # type: ignore[return-value]


def print_json(value: object) -> None:
    import json  # not at the window's start, which loads this module for its options

    from reader.text.safe_output import json_safe

    raw(sys.stdout).write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def progress_printer() -> Callable[[int, int, object], None] | None:
    if not sys.stdout.isatty():
        return None

    def show(done: int, total: int, outcome: object) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        out = raw(sys.stdout)  # its own carriage return redraws the bar; nothing else does
        out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            out.write("\n")
        out.flush()

    return show


def terminal_line(text: str, visual: bool) -> str:
    if not visual:
        return text
    from reader.text.terminal import visual_line

    return visual_line(text)


def print_summaries(rows: list[ArticleSummary], visual: bool) -> None:
    for r in rows:
        mark = "*" if r.bookmarked else " "
        date = (r.published or "")[:10]
        print(f"{r.id:>6} {mark} {date:<10}  {terminal_line(r.title, visual)}")


def whole_number(word: str) -> int:
    try:
        return int(word)
    except ValueError:
        raise SystemExit(f"qari: not an id: {word}") from None


def show_summaries(summaries: list[ArticleSummary], as_json: bool) -> None:
    if as_json:
        print_json([s.as_json() for s in summaries])
    else:
        print_summaries(summaries, visual=False)


def usage(command: str, action: str, usage: dict[str, str]) -> int:
    print(f"qari: usage: qari {command} {action} {usage[action]}", file=sys.stderr)
    return 2
