"""Sync from the command line: ``qari sync`` with a folder or a WebDAV server (remembered),
``qari sync --status``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import library_option, open_library, print_json


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sync", help="sync the library with a folder or a WebDAV server "
                       "(the last one used, when none is given)")
    library_option(p)
    where = p.add_mutually_exclusive_group()
    where.add_argument("--folder", type=Path, metavar="DIR",
                       help="a folder another program syncs (Syncthing, Nextcloud, Dropbox)")
    where.add_argument("--webdav", metavar="URL", help="a WebDAV folder's address")
    p.add_argument("--user", default="", help="the WebDAV user (the password is asked once, "
                   "or read from $QARI_WEBDAV_PASSWORD, and kept in the keyring)")
    p.add_argument("--position", choices=("latest", "furthest"),
                   help="which reading position wins: the latest opened (default) or the "
                   "furthest read")
    p.add_argument("--every", type=int, metavar="MINUTES",
                   help="how often the window syncs (0: only on start and when asked)")
    p.add_argument("--status", action="store_true", help="say where and when it last synced")
    p.add_argument("--json", action="store_true")


def _password(target: dict) -> str | None:
    import getpass

    from reader.sync.targets import known_password

    found = known_password(target)
    if found is not None or not target.get("user") or not sys.stdin.isatty():
        return found
    return getpass.getpass(f"Password for {target['user']} at {target['where']}: ")


def cmd_sync(args: argparse.Namespace) -> int:
    from reader.library.transactions import transaction
    from reader.sync import credentials
    from reader.sync.engine import sync
    from reader.sync.state import SyncState
    from reader.sync.targets import describe, folder_target, open_transport, webdav_target
    from reader.sync.transport import SyncFailed

    library = open_library(args)
    state = SyncState(library.conn)
    with transaction(library.conn):
        if args.position:
            state.set("position", args.position)
        if args.every is not None:
            state.set("interval", max(args.every, 0))
    if args.status:
        last = state.json("last", None)
        status = {"target": state.target, "device": state.get("device"),
                  "position": state.position_rule, "every": state.interval, "last": last,
                  "unsent": library.conn.execute("SELECT COUNT(*) FROM sync_dirty").fetchone()[0]}
        if args.json:
            print_json(status)
        elif state.target is None:
            print("sync is not set up (qari sync --folder DIR, or --webdav URL --user NAME)")
        else:
            print(f"syncs with {describe(state.target)}")
            if isinstance(last, dict):
                print(f"last: {last.get('at', '')}: {last.get('summary', '')}")
        return 0
    try:
        if args.folder:
            target = folder_target(args.folder)
        elif args.webdav:
            target = webdav_target(args.webdav, args.user)
        else:
            target = state.target
            if target is None:
                print("qari: sync is not set up: qari sync --folder DIR, or --webdav URL "
                      "--user NAME", file=sys.stderr)
                return 2
        secret = _password(target)
        report = sync(library, open_transport(target, secret))
    except SyncFailed as exc:
        state.remember_last(f"failed: {exc}", ok=False)
        print(f"qari: sync failed: {exc}", file=sys.stderr)
        return 1
    where = None
    if target.get("kind") == "webdav" and target.get("user") and secret is not None \
            and credentials.password(target["where"], target["user"]) != secret:
        where = credentials.remember(target["where"], target["user"], secret)
    summary = report.summary()
    with transaction(library.conn):
        state.set_json("target", target)
    state.remember_last(summary, ok=True)
    if args.json:
        print_json(report.as_json())
    else:
        print(f"synced with {describe(target)}: {summary}"
              + (f"; {report.waiting} articles still to come" if report.waiting else ""))
        for problem in report.skipped:
            print(f"skipped: {problem}", file=sys.stderr)
        if where:
            print(f"password kept in {where}")
    return 0


HANDLERS = {"sync": cmd_sync}
