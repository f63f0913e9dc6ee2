"""The qari command: no command opens the window (and imports any FILE given); a command
runs from the module of its group (articles, organise, notes, subscriptions,
upkeep)."""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from reader import __version__, paths
from reader.cli.common import library_option

# Each group's commands, named here so that `qari` (the window) need not load the groups to
# know that its words are files, not commands: 25 ms of the window's start-up. A test holds
# this table to each group's HANDLERS.
GROUPS: dict[str, tuple[str, ...]] = {
    "articles": ("import", "list", "show", "delete", "search"),
    "organise": ("tag", "tags", "archive", "unarchive", "collection", "collections", "saved"),
    "notes": ("notes", "export", "import-notes"),
    "subscriptions": ("feed", "feeds", "watch"),
    "sync": ("sync",),
    "words": ("lookup", "vocab"),
    "speech": ("speak", "tashkeel"),
    "upkeep": ("backup", "restore", "desktop-install", "render"),
}
COMMANDS = tuple(name for names in GROUPS.values() for name in names)


def group_modules() -> list[ModuleType]:
    return [importlib.import_module(f"reader.cli.{group}") for group in GROUPS]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qari",
        description="Qari, an article reader for Arabic. Without a command, opens the window "
        "(and imports and opens any FILE given).",
    )
    parser.add_argument("--version", action="version", version=f"qari {__version__}")
    library_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    for group in group_modules():
        group.add_parsers(sub)
    return parser


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="qari")
    library_option(parser)
    parser.add_argument("--lang", choices=("ar", "en"), help="interface language")
    parser.add_argument("files", nargs="*", type=Path, help="files or folders to import and open")
    args = parser.parse_args(argv)
    if getattr(args, "library", None):
        paths.set_library_override(args.library)
    # Before Qt: a plugin that cannot load would abort the process with a misleading hint.
    from reader.platform_check import problem

    message = problem()
    if message:
        print(message, file=sys.stderr)
        return 1
    from reader.ui.launch import run

    return run(files=args.files, lang=args.lang)


def _library_first(argv: list[str]) -> list[str]:
    """``--library PATH`` moved before the command: argparse gives a command's optional
    words (``qari saved show NAME``) nothing once an option stands between them."""
    out, lifted, i = [], [], 0
    while i < len(argv):
        word = argv[i]
        if word == "--":
            out += argv[i:]
            break
        if word == "--library" and i + 1 < len(argv):
            lifted += argv[i : i + 2]
            i += 2
            continue
        if word.startswith("--library="):
            lifted.append(word)
        else:
            out.append(word)
        i += 1
    return lifted + out


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    # The first word that is not an option decides: a command, or files for the window.
    first = next((a for i, a in enumerate(argv) if not a.startswith("-")
                  and (i == 0 or argv[i - 1] != "--library")), None)
    if first not in COMMANDS and not {"-h", "--help", "--version"} & set(argv):
        return run_gui(argv)
    args = build_parser().parse_args(_library_first(argv))
    args.command = args.command or ""
    handlers = {name: run for group in group_modules() for name, run in group.HANDLERS.items()}
    # Titles, texts and file names come from files nobody vetted: nothing they contain may
    # act on the terminal.
    from reader.text.safe_output import SafeStream

    saved = sys.stdout, sys.stderr
    sys.stdout = SafeStream(sys.stdout)  # type: ignore[assignment]
    sys.stderr = SafeStream(sys.stderr)  # type: ignore[assignment]
    try:
        return handlers[args.command](args)
    except BrokenPipeError:
        # `qari list | head` closes the pipe early; that is not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    except (sqlite3.Error, OSError) as exc:
        # The disk, the lock, a read-only library: said in words, not a traceback. Anything
        # else is a bug and keeps its traceback.
        from reader.library.errors import describe

        reason = describe(exc)
        if reason is None or isinstance(exc, BrokenPipeError):
            raise
        print(f"qari: {reason}", file=sys.stderr)
        return 1
    finally:
        sys.stdout, sys.stderr = saved
