"""The command line's collections and saved searches (``qari collection``, ``qari
collections``, ``qari saved``), kept apart from cli.py's reading and importing commands."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.library.articles import ArticleSummary

COLLECTION_USAGE = {
    "new": "NAME", "add": "NAME ID...", "remove": "NAME ID...", "show": "NAME",
    "move": "NAME ID POSITION", "rename": "OLD NEW", "delete": "NAME",
}
NAMES_THEN_NUMBERS: dict[str, tuple[int, int | None]] = {
    "new": (1, 0), "show": (1, 0), "delete": (1, 0), "rename": (2, 0), "move": (1, 2),
    "add": (1, None), "remove": (1, None),
}
SAVED_USAGE = {"save": "NAME QUERY", "show": "NAME", "rename": "OLD NEW", "delete": "NAME"}


def add_parsers(
    sub: argparse._SubParsersAction, library_option: Callable[[argparse.ArgumentParser], None]
) -> None:
    p = sub.add_parser(
        "collection",
        help="hand-made, ordered lists: collection new NAME, add NAME ID..., remove NAME "
        "ID..., show NAME, move NAME ID POSITION, rename OLD NEW, delete NAME",
    )
    library_option(p)
    p.add_argument("action", choices=tuple(COLLECTION_USAGE))
    p.add_argument("words", nargs="+", metavar="NAME|ID")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("collections", help="the collections, with how many articles each has")
    library_option(p)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "saved",
        help="saved searches: saved save NAME QUERY, show NAME, rename OLD NEW, delete NAME; "
        "with no action, the list of them",
    )
    library_option(p)
    p.add_argument("action", nargs="?", choices=tuple(SAVED_USAGE))
    p.add_argument("words", nargs="*", metavar="NAME|QUERY")
    p.add_argument("--json", action="store_true")


def _show(summaries: list[ArticleSummary], as_json: bool) -> None:
    from reader.cli import _print_json, print_summaries

    if as_json:
        _print_json([s.as_json() for s in summaries])
    else:
        print_summaries(summaries, visual=False)


def _usage(command: str, action: str, usage: dict[str, str]) -> int:
    print(f"qari: usage: qari {command} {action} {usage[action]}", file=sys.stderr)
    return 2


def cmd_collections(args: argparse.Namespace) -> int:
    from reader.cli import _open_library, _print_json

    with _open_library(args) as library:
        found = library.collections.all()
    if args.json:
        _print_json([{"id": c.id, "name": c.name, "count": c.count} for c in found])
    else:
        for collection in found:
            print(f"{collection.count:>6}  {collection.name}")
    return 0


def cmd_collection(args: argparse.Namespace) -> int:
    from reader.cli import _open_library

    action, words = args.action, args.words
    # How many names lead, then how many numbers follow (None: one or more).
    names, numbers = NAMES_THEN_NUMBERS[action]
    ids_given = words[names:]
    counted = len(ids_given) >= 1 if numbers is None else len(ids_given) == numbers
    if len(words) < names or not counted or not all(w.isdigit() for w in ids_given):
        return _usage("collection", action, COLLECTION_USAGE)
    name, ids = words[0], [int(w) for w in ids_given]
    with _open_library(args) as library:
        collections = library.collections
        try:
            if action == "new":
                made = collections.create(name)
                print(f"{made.name}: {made.count}")
            elif action == "add":
                target = collections.find(name) or collections.create(name)
                print(f"{collections.add(target.id, ids)} added to {target.name}")
            elif action == "rename":
                renamed = collections.rename(name, words[1])
                print(f"{renamed.name}: {renamed.count}")
            elif action == "delete":
                collections.delete(name)
                print(f"deleted {name}")
            else:
                target = collections.find(name)
                if target is None:
                    raise LookupError(f"no collection {name}")
                if action == "remove":
                    print(f"{collections.remove(target.id, ids)} removed from {target.name}")
                elif action == "move":
                    collections.move(target.id, ids[0], ids[1] - 1)
                    print(f"{ids[0]} now at {max(1, ids[1])} in {target.name}")
                else:  # show
                    order = collections.items(target.id)
                    rows = library.summaries_for(order)
                    _show([rows[i] for i in order if i in rows], args.json)
        except (LookupError, ValueError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_saved(args: argparse.Namespace) -> int:
    from reader.cli import _open_library, _print_json

    action, words = args.action, args.words
    with _open_library(args) as library:
        saved = library.saved_searches
        try:
            if action is None:
                found = saved.all()
                if args.json:
                    _print_json([{"id": s.id, "name": s.name, "query": s.query} for s in found])
                else:
                    for search in found:
                        print(f"{search.name}: {search.query}")
            elif action == "save":
                if len(words) < 2:
                    return _usage("saved", action, SAVED_USAGE)
                made = saved.save(words[0], " ".join(words[1:]))
                print(f"{made.name}: {made.query}")
            elif len(words) != (2 if action == "rename" else 1):
                return _usage("saved", action, SAVED_USAGE)
            elif action == "rename":
                renamed = saved.rename(words[0], words[1])
                print(f"{renamed.name}: {renamed.query}")
            elif action == "delete":
                saved.delete(words[0])
                print(f"deleted {words[0]}")
            else:  # show: what it finds now
                search = saved.find(words[0])
                if search is None:
                    raise LookupError(f"no saved search {words[0]}")
                _show(library.matching(search.query), args.json)
        except (LookupError, ValueError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    return 0
