"""The ``qari`` command: no arguments opens the window; sub-commands serve scripts and checks."""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from reader import __version__, paths

if TYPE_CHECKING:
    from reader.library.articles import ArticleSummary

COMMANDS = (
    "import", "list", "show", "delete", "render", "search", "notes", "export", "import-notes",
    "backup", "restore", "desktop-install", "archive", "unarchive", "tag", "tags",
    "collection", "collections", "saved",
)


def _library_option(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-command's own default must not wipe a --library given before it.
    parser.add_argument(
        "--library",
        metavar="PATH",
        default=argparse.SUPPRESS,
        help=f"library file to use (default: ${paths.LIBRARY_ENV} or the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="qari",
        description="Qari, an article reader for Arabic. Without a command, opens the window "
        "(and imports and opens any FILE given).",
    )
    parser.add_argument("--version", action="version", version=f"qari {__version__}")
    _library_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("import", help="import files, folders or web links into the library")
    _library_option(p)
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    p.add_argument("--json", action="store_true", help="print one JSON list of outcomes")
    p.add_argument(
        "--max-size", type=float, default=50, metavar="MB", help="skip files over this size"
    )

    p = sub.add_parser("list", help="list the articles in the library")
    _library_option(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("--visual", action="store_true", help="shape Arabic for dumb terminals")
    shelf = p.add_mutually_exclusive_group()
    shelf.add_argument("--inbox", dest="shelf", action="store_const", const="inbox",
                       help="only articles not archived")
    shelf.add_argument("--archived", dest="shelf", action="store_const", const="archive",
                       help="only archived articles")

    p.add_argument("--tag", metavar="TAG", action="append", default=[],
                   help="only articles with this tag (given again: with every one)")
    p.add_argument("--collection", metavar="NAME", help="only this collection, in its order")
    p.add_argument("--saved", metavar="NAME", help="what this saved search finds")

    p = sub.add_parser("tag", help="tag articles: tag add ID... TAG, tag remove ID... TAG, "
                       "tag rename OLD NEW")
    _library_option(p)
    p.add_argument("action", choices=("add", "remove", "rename"))
    p.add_argument("words", nargs="+", metavar="ID|TAG")

    p = sub.add_parser("tags", help="the tags, with how many articles each has")
    _library_option(p)
    p.add_argument("--json", action="store_true")

    for name, text in (("archive", "move articles to the archive"),
                       ("unarchive", "bring archived articles back to the inbox")):
        p = sub.add_parser(name, help=text)
        _library_option(p)
        p.add_argument("ids", nargs="+", type=int, metavar="ID")

    from reader.cli_organise import add_parsers

    add_parsers(sub, _library_option)

    p = sub.add_parser("show", help="print an article")
    _library_option(p)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--visual",
        action="store_true",
        help="write reshaped, visual-order lines for terminals that cannot shape Arabic",
    )

    p = sub.add_parser("delete", help="delete an article (and its notes)")
    _library_option(p)
    p.add_argument("id", type=int, nargs="+")

    p = sub.add_parser(
        "search",
        help="search titles, bodies and notes",
        description='Words must all match; "quoted phrases" match as a phrase; a trailing * '
        "matches by prefix. Harakat, hamza forms, ta marbuta, alef maqsura, clitic prefixes "
        "(و ف ب ك ل ال) and digit scripts are ignored.",
    )
    _library_option(p)
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    p.add_argument("--with-notes", action="store_true", help="only articles with notes")
    p.add_argument("--unread", action="store_true", help="only articles never opened")
    p.add_argument("--site", help="only articles from this site")

    p = sub.add_parser(
        "notes",
        help="an article's highlights and notes; 'notes add ID --exact TEXT' highlights",
        usage="qari notes ID [--json] | qari notes add ID --exact TEXT [--note TEXT] "
        "[--color C] | qari notes delete ANNOTATION_ID...",
    )
    _library_option(p)
    p.add_argument("words", nargs="+", metavar="ID|add|delete")
    p.add_argument("--json", action="store_true")
    p.add_argument("--exact", help="text to highlight (its first occurrence)")
    p.add_argument("--note", default="", help="note for the new highlight")
    p.add_argument("--color", default="yellow", choices=("yellow", "green", "blue", "pink"))

    p = sub.add_parser(
        "export",
        help="export notes (qari export notes [ID...]) or everything (qari export --all)",
        usage="qari export notes [ID...] [--format markdown|json] [-o FILE] | "
        "qari export --all -o FILE",
    )
    _library_option(p)
    p.add_argument("what", nargs="?", choices=("notes",))
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--all", action="store_true",
                   help="the whole library (articles, bookmarks, notes) as one JSON file "
                   "that 'qari import' reads back")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")

    p = sub.add_parser("backup", help="copy the library to a backup file")
    _library_option(p)
    p.add_argument("--to", type=Path, metavar="FILE", help="default: the backups folder")

    p = sub.add_parser(
        "restore", help="put a backup in place of the library (the replaced file is kept)"
    )
    _library_option(p)
    p.add_argument("file", nargs="?", type=Path, help="default: the newest backup")

    p = sub.add_parser("import-notes", help="restore notes from a Qari JSON export")
    _library_option(p)
    p.add_argument("file", type=Path)

    p = sub.add_parser("render", help="render the reading window offscreen to a PNG")
    _library_option(p)
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
    return parser


def cmd_desktop_install(args: argparse.Namespace) -> int:
    from reader import desktop

    done = desktop.uninstall() if args.uninstall else desktop.install()
    for path in done:
        print(path)
    return 0


def _open_library(args: argparse.Namespace):  # noqa: ANN202 - avoids importing sqlite early
    from reader.library.articles import Library
    from reader.library.errors import LibraryError

    if getattr(args, "library", None):
        paths.set_library_override(args.library)
    try:
        return Library(paths.library_path())
    except LibraryError as exc:
        print(f"qari: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def _raw(stream: object) -> TextIO:
    return getattr(stream, "raw", stream)  # type: ignore[return-value]


def _print_json(value: object) -> None:
    from reader.text.safe_output import json_safe

    _raw(sys.stdout).write(json_safe(json.dumps(value, ensure_ascii=False, indent=2)) + "\n")


def _progress_printer():  # noqa: ANN202
    if not sys.stdout.isatty():
        return None

    def show(done: int, total: int, outcome: object) -> None:
        width = 30
        filled = int(width * done / max(total, 1))
        out = _raw(sys.stdout)  # its own carriage return redraws the bar; nothing else does
        out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done == total:
            out.write("\n")
        out.flush()

    return show


def cmd_import(args: argparse.Namespace) -> int:
    from reader.library.importer import import_paths, import_url, summarise

    # A word with a scheme is a link (http and https are fetched; anything else is refused
    # with its reason); the rest are files and folders.
    links = [p for p in args.paths if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", p)]
    files = [Path(p) for p in args.paths if p not in links]
    library = _open_library(args)
    with library:
        outcomes = import_paths(
            library,
            files,
            max_bytes=int(args.max_size * 1024 * 1024),
            progress=None if args.json else _progress_printer(),
        ) if files else []
        for link in links:
            outcomes.append(import_url(library, link))
    if args.json:
        _print_json([o.as_json() for o in outcomes])
    else:
        counts = summarise(outcomes)
        for outcome in outcomes:
            if outcome.status in ("failed", "skipped"):
                print(f"{outcome.status}: {outcome.path}: {outcome.error}")
        print(
            "{imported} imported, {duplicate} duplicate, {updated} updated, "
            "{failed} failed, {skipped} skipped".format(**counts)
        )
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _terminal_line(text: str, visual: bool) -> str:
    if not visual:
        return text
    from reader.text.terminal import visual_line

    return visual_line(text)


def cmd_list(args: argparse.Namespace) -> int:
    from reader.library.filters import SearchFilters

    filters = SearchFilters(shelf=getattr(args, "shelf", None) or "all", tags=tuple(args.tag))
    with _open_library(args) as library:
        order = "imported_at"
        if args.collection:
            found = library.collections.find(args.collection)
            if found is None:
                print(f"qari: no collection {args.collection}", file=sys.stderr)
                return 1
            filters, order = replace(filters, collection=found.id), "position"
        if args.saved:
            saved = library.saved_searches.find(args.saved)
            if saved is None:
                print(f"qari: no saved search {args.saved}", file=sys.stderr)
                return 1
            rows = library.matching(saved.query, filters)
        else:
            ids = library.article_ids(order, order != "position", filters=filters)
            found_rows = library.summaries_for(ids)
            rows = [found_rows[i] for i in ids if i in found_rows]
    if args.json:
        _print_json([r.as_json() for r in rows])
        return 0
    print_summaries(rows, args.visual)
    return 0


def print_summaries(rows: list[ArticleSummary], visual: bool) -> None:
    for r in rows:
        mark = "*" if r.bookmarked else " "
        date = (r.published or "")[:10]
        print(f"{r.id:>6} {mark} {date:<10}  {_terminal_line(r.title, visual)}")


def cmd_tag(args: argparse.Namespace) -> int:
    words = args.words
    with _open_library(args) as library:
        try:
            if args.action == "rename":
                if len(words) != 2:
                    print("qari: usage: qari tag rename OLD NEW", file=sys.stderr)
                    return 2
                tag = library.tags.rename(words[0], words[1])
                print(f"{tag.name}: {tag.count}")
                return 0
            if len(words) < 2 or not all(w.isdigit() for w in words[:-1]):
                print(f"qari: usage: qari tag {args.action} ID... TAG", file=sys.stderr)
                return 2
            ids, name = [int(w) for w in words[:-1]], words[-1]
            if args.action == "add":
                print(f"{library.tags.add(ids, name)} tagged")
            else:
                print(f"{library.tags.remove(ids, name)} untagged")
        except (LookupError, ValueError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_tags(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        tags = library.tags.all()
    if args.json:
        _print_json([{"name": t.name, "count": t.count} for t in tags])
    else:
        for tag in tags:
            print(f"{tag.count:>6}  {tag.name}")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    archived = args.command == "archive"
    with _open_library(args) as library:
        missing = [i for i in args.ids if library.summary(i) is None]
        for article_id in missing:
            print(f"qari: no article with id {article_id}", file=sys.stderr)
        changed = library.set_archived([i for i in args.ids if i not in missing], archived)
    print(f"{changed} {'archived' if archived else 'back in the inbox'}")
    return 1 if missing else 0


def cmd_show(args: argparse.Namespace) -> int:
    with _open_library(args) as library:
        article = library.get(args.id)
        tags = library.tags.of(args.id)
    if article is None:
        print(f"qari: no article with id {args.id}", file=sys.stderr)
        return 1
    if args.json:
        _print_json(article.as_json() | {"tags": tags})
        return 0
    if args.visual:
        from reader.text.terminal import visual_paragraph

        out = visual_paragraph(article.title)
        for paragraph in article.paragraphs:
            out += [""] + visual_paragraph(paragraph)
        print("\n".join(out))
        return 0
    meta = [article.site, (article.published or "")[:16].replace("T", " ")]
    if article.views is not None:
        meta.append(f"{article.views} views")
    print(article.title)
    print(" · ".join(m for m in meta if m))
    for paragraph in article.paragraphs:
        print()
        print(paragraph)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    status = 0
    with _open_library(args) as library:
        for article_id in args.id:
            if library.delete(article_id):
                print(f"deleted {article_id}")
            else:
                print(f"qari: no article with id {article_id}", file=sys.stderr)
                status = 1
    return status


def cmd_search(args: argparse.Namespace) -> int:
    from reader.library.filters import SearchFilters, query_filters

    filters = SearchFilters(args.bookmarked, args.with_notes, args.unread, args.site)
    words, _filters = query_filters(args.query, filters)
    with _open_library(args) as library:
        if not words.strip():  # only filters (tag:أخبار is:unread): the articles they keep
            rows = library.matching(args.query, filters)[: args.limit]
            if args.json:
                _print_json([r.as_json() for r in rows])
            else:
                print_summaries(rows, visual=False)
            return 0 if rows else 1
        hits = library.search(args.query, filters, args.limit)
    if args.json:
        _print_json([h.as_json() for h in hits])
        return 0
    if not hits:
        print("no matches", file=sys.stderr)
        return 1
    tty = sys.stdout.isatty()
    for hit in hits:
        text = hit.snippet
        for start, end in reversed(hit.marks):
            open_, close = ("\x1b[1m", "\x1b[0m") if tty else ("«", "»")
            text = text[:start] + open_ + text[start:end] + close + text[end:]
        print(f"{hit.id:>6}  {hit.title}")
        print(f"        {text}")
    return 0


def _int(word: str) -> int:
    try:
        return int(word)
    except ValueError:
        raise SystemExit(f"qari: not an id: {word}") from None


def cmd_notes(args: argparse.Namespace) -> int:
    words = args.words
    with _open_library(args) as library:
        if words[0] == "add":
            if len(words) != 2 or not args.exact:
                print("qari: usage: qari notes add ID --exact TEXT", file=sys.stderr)
                return 2
            article = library.get(_int(words[1]))
            if article is None:
                print(f"qari: no article with id {words[1]}", file=sys.stderr)
                return 1
            at = article.plain_text.find(args.exact)
            if at == -1:
                print(f"qari: text not found in article {article.id}", file=sys.stderr)
                return 1
            annotation = library.annotations.add_highlight(
                article.id, at, at + len(args.exact), args.color, args.note
            )
            print(annotation.id)
            return 0
        if words[0] == "delete":
            status = 0
            for word in words[1:]:
                if library.annotations.delete(_int(word)) is None:
                    print(f"qari: no annotation {word}", file=sys.stderr)
                    status = 1
            return status
        article = library.get(_int(words[0]))
        if article is None:
            print(f"qari: no article with id {words[0]}", file=sys.stderr)
            return 1
        annotations = library.annotations.for_article(article.id)
    if args.json:
        _print_json([a.as_json() for a in annotations])
        return 0
    for a in annotations:
        where = "orphaned" if a.orphaned else (f"{a.start}-{a.end}" if a.anchored else "article")
        label = {"highlight": a.color, "note": "note", "bookmark": "bookmark"}[a.kind]
        print(f"[{a.id}] {label} ({where})")
        if a.exact:
            print(f"  > {a.exact}")
        if a.name:
            print(f"  {a.name}")
        if a.note:
            print(f"  {a.note}")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from reader.library.notes_export import to_jsonld, to_markdown

    if args.all:
        from reader.library.bundle import export_all

        if not args.output:
            print("qari: export --all needs -o FILE", file=sys.stderr)
            return 2
        with _open_library(args) as library:
            data = export_all(library)
        from reader import atomic

        # Beside the target, then renamed: a crash never costs the previous export.
        atomic.write_text(args.output, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        print(f"{args.output}: {len(data['articles'])} articles")
        return 0
    if args.what != "notes":
        print("qari: say what to export: 'notes' or --all", file=sys.stderr)
        return 2
    with _open_library(args) as library:
        try:
            if args.format == "json":
                text = json.dumps(to_jsonld(library, args.ids), ensure_ascii=False, indent=2)
                text += "\n"
            else:
                text = to_markdown(library, args.ids)
        except LookupError as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    if args.output:
        from reader import atomic

        atomic.write_text(args.output, text)
        print(args.output)
    else:
        sys.stdout.write(text)
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from reader.library.backup import backup_to, make_backup

    with _open_library(args) as library:
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


def cmd_import_notes(args: argparse.Namespace) -> int:
    from reader.library.notes_export import import_jsonld

    try:
        data = json.loads(args.file.read_text(encoding="utf-8"))
    except RecursionError:
        print(f"qari: cannot read {args.file}: nested too deeply", file=sys.stderr)
        return 1
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        print(f"qari: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    with _open_library(args) as library:
        try:
            counts = import_jsonld(library, data)
        except ValueError as exc:
            print(f"qari: {args.file}: {exc}", file=sys.stderr)
            return 1
    for reason in counts["reasons"]:  # type: ignore[attr-defined]
        print(f"qari: {args.file}: {reason}", file=sys.stderr)
    print("{restored} restored, {existing} already present, {unmatched} without their "
          "article, {rejected} rejected".format(**counts))
    return 1 if counts["unmatched"] or counts["rejected"] else 0


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

    with _open_library(args) as library:
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


def run_gui(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(prog="qari")
    _library_option(parser)
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
    from reader.ui.app import run

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
    from reader import cli_organise

    handlers = {
        "import": cmd_import, "list": cmd_list, "show": cmd_show, "delete": cmd_delete,
        "render": cmd_render, "search": cmd_search, "notes": cmd_notes,
        "export": cmd_export, "import-notes": cmd_import_notes, "backup": cmd_backup,
        "restore": cmd_restore, "desktop-install": cmd_desktop_install,
        "archive": cmd_archive, "unarchive": cmd_archive, "tag": cmd_tag, "tags": cmd_tags,
        "collection": cli_organise.cmd_collection, "collections": cli_organise.cmd_collections,
        "saved": cli_organise.cmd_saved,
    }
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
