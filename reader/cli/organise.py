"""Organising from the command line: tags, the archive, collections and saved searches."""

from __future__ import annotations

import argparse
import sys

from reader.cli.common import library_option, open_library, print_json, show_summaries, usage

COLLECTION_USAGE = {
    "new": "NAME", "add": "NAME ID...", "remove": "NAME ID...", "show": "NAME",
    "move": "NAME ID POSITION", "rename": "OLD NEW", "delete": "NAME",
}
NAMES_THEN_NUMBERS: dict[str, tuple[int, int | None]] = {
    "new": (1, 0), "show": (1, 0), "delete": (1, 0), "rename": (2, 0), "move": (1, 2),
    "add": (1, None), "remove": (1, None),
}
SAVED_USAGE = {"save": "NAME QUERY", "show": "NAME", "rename": "OLD NEW", "delete": "NAME"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tag", help="tag articles: tag add ID... TAG, tag remove ID... TAG, "
                       "tag rename OLD NEW")
    library_option(p)
    p.add_argument("action", choices=("add", "remove", "rename"))
    p.add_argument("words", nargs="+", metavar="ID|TAG")

    p = sub.add_parser("tags", help="the tags, with how many articles each has")
    library_option(p)
    p.add_argument("--json", action="store_true")

    for name, text in (("archive", "move articles to the archive"),
                       ("unarchive", "bring archived articles back to the inbox")):
        p = sub.add_parser(name, help=text)
        library_option(p)
        p.add_argument("ids", nargs="+", type=int, metavar="ID")

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


def cmd_tag(args: argparse.Namespace) -> int:
    words = args.words
    with open_library(args) as library:
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
    with open_library(args) as library:
        tags = library.tags.all()
    if args.json:
        print_json([{"name": t.name, "count": t.count} for t in tags])
    else:
        for tag in tags:
            print(f"{tag.count:>6}  {tag.name}")
    return 0


def cmd_archive(args: argparse.Namespace) -> int:
    archived = args.command == "archive"
    with open_library(args) as library:
        missing = [i for i in args.ids if library.summary(i) is None]
        for article_id in missing:
            print(f"qari: no article with id {article_id}", file=sys.stderr)
        changed = library.set_archived([i for i in args.ids if i not in missing], archived)
    print(f"{changed} {'archived' if archived else 'back in the inbox'}")
    return 1 if missing else 0


def cmd_collections(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        found = library.collections.all()
    if args.json:
        print_json([{"id": c.id, "name": c.name, "count": c.count} for c in found])
    else:
        for collection in found:
            print(f"{collection.count:>6}  {collection.name}")
    return 0


def cmd_collection(args: argparse.Namespace) -> int:
    action, words = args.action, args.words
    # How many names lead, then how many numbers follow (None: one or more).
    names, numbers = NAMES_THEN_NUMBERS[action]
    ids_given = words[names:]
    counted = len(ids_given) >= 1 if numbers is None else len(ids_given) == numbers
    if len(words) < names or not counted or not all(w.isdigit() for w in ids_given):
        return usage("collection", action, COLLECTION_USAGE)
    name, ids = words[0], [int(w) for w in ids_given]
    with open_library(args) as library:
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
                    show_summaries([rows[i] for i in order if i in rows], args.json)
        except (LookupError, ValueError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    return 0


def cmd_saved(args: argparse.Namespace) -> int:
    action, words = args.action, args.words
    with open_library(args) as library:
        saved = library.saved_searches
        try:
            if action is None:
                found = saved.all()
                if args.json:
                    print_json([{"id": s.id, "name": s.name, "query": s.query} for s in found])
                else:
                    for search in found:
                        print(f"{search.name}: {search.query}")
            elif action == "save":
                if len(words) < 2:
                    return usage("saved", action, SAVED_USAGE)
                made = saved.save(words[0], " ".join(words[1:]))
                print(f"{made.name}: {made.query}")
            elif len(words) != (2 if action == "rename" else 1):
                return usage("saved", action, SAVED_USAGE)
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
                show_summaries(library.matching(search.query), args.json)
        except (LookupError, ValueError) as exc:
            print(f"qari: {exc}", file=sys.stderr)
            return 1
    return 0


HANDLERS = {
    "tag": cmd_tag, "tags": cmd_tags, "archive": cmd_archive, "unarchive": cmd_archive,
    "collection": cmd_collection, "collections": cmd_collections, "saved": cmd_saved,
}
