"""Keeping the library and the desktop: backups, restoring one, the desktop entry, and a
picture of the window (render)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader import paths
from reader.cli.common import library_option, open_library


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the library to a backup file")
    library_option(p)
    p.add_argument("--to", type=Path, metavar="FILE", help="default: the backups folder")

    p = sub.add_parser(
        "restore", help="put a backup in place of the library (the replaced file is kept)"
    )
    library_option(p)
    p.add_argument("file", nargs="?", type=Path, help="default: the newest backup")

    p = sub.add_parser("render", help="render the reading window offscreen to a PNG")
    library_option(p)
    p.add_argument("id", type=int)
    p.add_argument("--png", required=True, type=Path, metavar="FILE")
    # The screen's size: the picture is the window a first start makes there, with the
    # panels it opens, so that it shows what a reader at that size sees.
    p.add_argument("--width", type=int, default=1366, help="the screen's width")
    p.add_argument("--height", type=int, default=768, help="the screen's height")
    p.add_argument("--theme", choices=("light", "sepia", "dark"))
    p.add_argument("--lang", choices=("ar", "en"), default="en")
    # The reading preferences, as a reader would have set them (default: the user's own).
    p.add_argument("--justify", action=argparse.BooleanOptionalAction, default=None,
                   help="justify Arabic paragraphs (--no-justify: ragged lines)")
    p.add_argument("--justify-all", action="store_true", help="justify Latin paragraphs too")
    p.add_argument("--kashida", action=argparse.BooleanOptionalAction, default=None,
                   help="justify Arabic by elongating letters (kashida) where allowed")
    p.add_argument("--harakat", choices=("show", "hide", "shadda"))
    p.add_argument("--digits", choices=("auto", "arabic", "persian", "western"))
    p.add_argument("--body-digits", action=argparse.BooleanOptionalAction, default=None,
                   help="the article's own digits in --digits too")
    p.add_argument("--calendar", choices=("gregorian", "hijri", "both"))
    p = sub.add_parser(
        "desktop-install",
        help="add Qari to the desktop's application menu (icon, file types) for this user",
    )
    p.add_argument("--uninstall", action="store_true", help="remove what it added")


def cmd_backup(args: argparse.Namespace) -> int:
    from reader.library.backup import backup_to, make_backup

    with open_library(args) as library:
        target = backup_to(library.conn, args.to) if args.to else make_backup(
            library.conn, library.path, "manual"
        )
    print(target)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from reader.library.backup import BackupError, backups, restore

    if getattr(args, "library", None):
        paths.set_library_override(args.library)
    library = paths.library_path()
    candidate = args.file or next(iter(backups(library)), None)
    if candidate is None:
        print(f"qari: no backups of {library}", file=sys.stderr)
        return 1
    try:
        kept = restore(library, candidate)
    except BackupError as exc:
        print(f"qari: {exc}", file=sys.stderr)
        return 1
    print(f"restored {candidate}" + (f"; the replaced library is kept as {kept}" if kept else ""))
    return 0


def cmd_desktop_install(args: argparse.Namespace) -> int:
    from reader import desktop

    done = desktop.uninstall() if args.uninstall else desktop.install()
    for path in done:
        print(path)
    return 0


def _render_prefs(args: argparse.Namespace) -> dict[str, object]:
    changes: dict[str, object] = {}
    if args.justify is not None:
        changes["justify"] = "arabic" if args.justify else "off"
    if args.justify_all:
        changes["justify"] = "all"
    for name in ("kashida", "harakat", "digits", "body_digits", "calendar"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    return changes


def cmd_render(args: argparse.Namespace) -> int:
    from reader.ui.render import render_png

    with open_library(args) as library:
        try:
            out = render_png(
                library, args.id, args.png, width=args.width, height=args.height,
                theme=args.theme, lang=args.lang, prefs=_render_prefs(args), screen=True,
            )
        except (LookupError, OSError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    print(out)
    return 0


HANDLERS = {
    "backup": cmd_backup, "restore": cmd_restore, "desktop-install": cmd_desktop_install,
    "render": cmd_render,
}
