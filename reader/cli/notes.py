"""Notes from the command line: an article's notes, exporting notes or the whole library, and
importing notes back."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import library_option, open_library, print_json, whole_number


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "notes",
        help="an article's highlights and notes; 'notes add ID --exact TEXT' highlights",
        usage="qari notes ID [--json] | qari notes add ID --exact TEXT [--note TEXT] "
        "[--color C] | qari notes delete ANNOTATION_ID...",
    )
    library_option(p)
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
    library_option(p)
    p.add_argument("what", nargs="?", choices=("notes",))
    p.add_argument("ids", nargs="*", type=int, metavar="ID")
    p.add_argument("--all", action="store_true",
                   help="the whole library (articles, bookmarks, notes) as one JSON file "
                   "that 'qari import' reads back")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown")
    p.add_argument("-o", "--output", type=Path, metavar="FILE")

    p = sub.add_parser("import-notes", help="restore notes from a Qari JSON export")
    library_option(p)
    p.add_argument("file", type=Path)


def cmd_notes(args: argparse.Namespace) -> int:
    words = args.words
    with open_library(args) as library:
        if words[0] == "add":
            if len(words) != 2 or not args.exact:
                print("qari: usage: qari notes add ID --exact TEXT", file=sys.stderr)
                return 2
            article = library.get(whole_number(words[1]))
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
                if library.annotations.delete(whole_number(word)) is None:
                    print(f"qari: no annotation {word}", file=sys.stderr)
                    status = 1
            return status
        article = library.get(whole_number(words[0]))
        if article is None:
            print(f"qari: no article with id {words[0]}", file=sys.stderr)
            return 1
        annotations = library.annotations.for_article(article.id)
    if args.json:
        print_json([a.as_json() for a in annotations])
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
        with open_library(args) as library:
            data = export_all(library)
        from reader import atomic

        # Beside the target, then renamed: a crash never costs the previous export.
        atomic.write_text(args.output, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
        print(f"{args.output}: {len(data['articles'])} articles")
        return 0
    if args.what != "notes":
        print("qari: say what to export: 'notes' or --all", file=sys.stderr)
        return 2
    with open_library(args) as library:
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
    with open_library(args) as library:
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


HANDLERS = {"notes": cmd_notes, "export": cmd_export, "import-notes": cmd_import_notes}
