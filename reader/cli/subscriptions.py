"""Subscriptions from the command line: feeds (add, remove, settings, refresh for a cron job
or a systemd timer, OPML) and watched folders."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import library_option, open_library, print_json


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("feed", help="subscribe to a feed, change its settings, unsubscribe")
    library_option(p)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="subscribe to a feed (or the feed a page links to) "
                           "and bring its newest entries")
    library_option(a)
    a.add_argument("url")
    a.add_argument("--tag", default="", help="a tag for every entry it brings")
    a.add_argument("--first", type=int, default=20, metavar="N",
                   help="entries taken on the first refresh (default 20)")
    a.add_argument("--json", action="store_true")
    r = actions.add_parser("remove", help="unsubscribe (the articles it brought stay)")
    library_option(r)
    r.add_argument("url")
    s = actions.add_parser("set", help="change a feed's settings")
    library_option(s)
    s.add_argument("url")
    s.add_argument("--title")
    s.add_argument("--tag")
    s.add_argument("--full-page", choices=("auto", "always", "never"),
                   help="fetch each entry's page: when the entry is a summary (auto), always "
                   "or never")
    s.add_argument("--direction", choices=("auto", "rtl", "ltr"))
    s.add_argument("--font", help='a font family for its articles ("" the reader\'s own)')
    s.add_argument("--archive-after", type=int, metavar="DAYS",
                   help="archive entries left unread this many days (0: never)")
    pause = s.add_mutually_exclusive_group()
    pause.add_argument("--pause", dest="paused", action="store_const", const=True)
    pause.add_argument("--resume", dest="paused", action="store_const", const=False)

    p = sub.add_parser("feeds", help="list feeds; feeds refresh; feeds export|import OPML")
    library_option(p)
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    r = actions.add_parser("refresh", help="ask every feed for new entries (for cron)")
    library_option(r)
    r.add_argument("--json", action="store_true")
    r.add_argument("--due", action="store_true",
                   help="only feeds whose time has come (their TTL and the interval)")
    e = actions.add_parser("export", help="write the subscriptions as OPML")
    library_option(e)
    e.add_argument("file", help="an .opml file, or - for standard output")
    i = actions.add_parser("import", help="subscribe to every feed of an OPML file")
    library_option(i)
    i.add_argument("file")

    p = sub.add_parser("watch", help="folders imported from as files appear: "
                       "watch add|remove DIR, watch list, watch scan")
    library_option(p)
    p.add_argument("action", choices=("add", "remove", "list", "scan"))
    p.add_argument("folder", nargs="?", type=Path)
    p.add_argument("--move", action="store_true",
                   help="move each imported file into an 'imported' folder inside it")
    p.add_argument("--json", action="store_true")


def _print_outcomes(outcomes: list, as_json: bool) -> int:
    if as_json:
        print_json([o.as_json() for o in outcomes])
    else:
        for o in outcomes:
            if o.failed:
                print(f"{o.title}: failed: {o.error}")
            else:
                print(f"{o.title}: {o.new} new, {o.updated} updated, {o.unchanged} unchanged"
                      + (" (not modified)" if o.not_modified else ""))
    return 1 if any(o.failed for o in outcomes) else 0


def cmd_feed(args: argparse.Namespace) -> int:
    from reader.importing.model import ImportFailed
    from reader.library.feed_refresh import refresh, subscribe

    with open_library(args) as library:
        if args.action == "add":
            try:
                feed, fetched = subscribe(library, args.url, tag=args.tag.strip())
            except ImportFailed as exc:
                print(f"qari: {args.url}: {exc.reason}", file=sys.stderr)
                return 1
            library.feeds.configure(feed.id, first_limit=max(0, args.first))
            outcomes = refresh(library, [library.feeds.get(feed.id)],  # type: ignore[list-item]
                               fetched={feed.id: fetched})
            if args.json:
                print_json({"feed": library.feeds.get(feed.id).as_json(),  # type: ignore[union-attr]
                            "refresh": [o.as_json() for o in outcomes]})
                return 0
            print(f"subscribed to {feed.name} ({feed.url})")
            return _print_outcomes(outcomes, False)
        feed = library.feeds.find(args.url.strip())
        if feed is None:
            print(f"qari: not subscribed to {args.url}", file=sys.stderr)
            return 1
        if args.action == "remove":
            library.feeds.remove(feed.id)
            print(f"unsubscribed from {feed.name}")
            return 0
        settings: dict[str, object] = {}
        for name in ("title", "tag", "font", "paused"):
            if getattr(args, name) is not None:
                settings[name] = getattr(args, name)
        if args.full_page:
            settings["full_page"] = args.full_page
        if args.direction:
            settings["direction"] = "" if args.direction == "auto" else args.direction
        if args.archive_after is not None:
            settings["archive_after_days"] = args.archive_after or None
        library.feeds.configure(feed.id, **settings)
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    from reader.text.dates import utc_now

    with open_library(args) as library:
        if args.action == "refresh":
            from reader.library.feed_refresh import refresh

            due = library.feeds.due(utc_now(), scheduled=args.due)
            return _print_outcomes(refresh(library, due), args.json)
        if args.action == "export":
            return _export(library, args.file)
        if args.action == "import":
            return _import(library, Path(args.file))
        feeds = library.feeds.all()
        counts = library.feeds.counts()
    if args.json:
        print_json([f.as_json() | {"unread": counts.get(f.id, 0)} for f in feeds])
        return 0
    for f in feeds:
        state = "paused" if f.paused else (f"failing: {f.error}" if f.failures else "")
        print(f"{counts.get(f.id, 0):>5}  {f.name}  {f.url}" + (f"  [{state}]" if state else ""))
    return 0


def _export(library: object, target: str) -> int:
    from reader.atomic import write_text
    from reader.importing.opml import Subscription, write_opml
    from reader.text.dates import utc_now

    data = write_opml(
        [Subscription(f.url, f.title, f.site_url, f.tag)
         for f in library.feeds.all()], utc_now())  # type: ignore[attr-defined]
    if target == "-":
        sys.stdout.flush()
        getattr(sys.stdout, "raw", sys.stdout).buffer.write(data)
        return 0
    write_text(Path(target), data.decode("utf-8"))
    print(f"wrote {target}")
    return 0


def _import(library: object, path: Path) -> int:
    from reader.importing.model import ImportFailed
    from reader.importing.opml import read_opml

    try:
        subscriptions = read_opml(path.read_bytes())
    except OSError as exc:
        print(f"qari: {path}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    except ImportFailed as exc:
        print(f"qari: {path}: {exc.reason}", file=sys.stderr)
        return 1
    added = 0
    for sub in subscriptions:
        if library.feeds.find(sub.url) is None:  # type: ignore[attr-defined]
            # Not fetched now: the next refresh reads each one (an OPML of 300 feeds would
            # otherwise hold the command for minutes).
            library.feeds.add(sub.url, sub.title, sub.site_url, sub.tag)  # type: ignore[attr-defined]
            added += 1
    print(f"{added} subscribed, {len(subscriptions) - added} already there")
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    if args.action in ("add", "remove") and args.folder is None:
        print(f"qari: usage: qari watch {args.action} DIR", file=sys.stderr)
        return 2
    with open_library(args) as library:
        if args.action == "add":
            folder = args.folder.expanduser().resolve()
            if not folder.is_dir():
                print(f"qari: {args.folder}: not a folder", file=sys.stderr)
                return 1
            library.watched.add(str(folder), args.move)
            print(f"watching {folder}")
            return 0
        if args.action == "remove":
            folder = str(args.folder.expanduser().resolve())
            if not library.watched.remove(folder):
                print(f"qari: not watching {args.folder}", file=sys.stderr)
                return 1
            print(f"no longer watching {folder}")
            return 0
        if args.action == "scan":
            from reader.library.watch_scan import FolderWatcher

            outcomes = FolderWatcher().poll(library, once=True)
            if args.json:
                print_json([o.as_json() for o in outcomes])
            else:
                for o in outcomes:
                    print(f"{o.status}: {o.path}" + (f": {o.error}" if o.error else ""))
            return 1 if any(o.status == "failed" for o in outcomes) else 0
        folders = library.watched.all()
    if args.json:
        print_json([f.as_json() for f in folders])
    else:
        for f in folders:
            print(f.path + ("  (imported files moved)" if f.move_imported else ""))
    return 0


HANDLERS = {"feed": cmd_feed, "feeds": cmd_feeds, "watch": cmd_watch}
