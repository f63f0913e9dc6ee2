"""The library's articles from the command line: import, list, show, delete, search."""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import replace
from pathlib import Path

from reader.cli.common import (
    library_option,
    open_library,
    print_json,
    print_summaries,
    progress_printer,
)


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="import files, folders or web links into the library")
    library_option(p)
    p.add_argument("paths", nargs="+", metavar="PATH|URL")
    p.add_argument("--json", action="store_true", help="print one JSON list of outcomes")
    p.add_argument(
        "--max-size", type=float, default=50, metavar="MB", help="skip files over this size"
    )

    p = sub.add_parser("list", help="list the articles in the library")
    library_option(p)
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

    p = sub.add_parser("show", help="print an article")
    library_option(p)
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--visual",
        action="store_true",
        help="write reshaped, visual-order lines for terminals that cannot shape Arabic",
    )

    p = sub.add_parser("delete", help="delete an article (and its notes)")
    library_option(p)
    p.add_argument("id", type=int, nargs="+")

    p = sub.add_parser(
        "search",
        help="search titles, bodies and notes",
        description='Words must all match; "quoted phrases" match as a phrase; a trailing * '
        "matches by prefix. Harakat, hamza forms, ta marbuta, alef maqsura, clitic prefixes "
        "(و ف ب ك ل ال) and digit scripts are ignored. root:كتب finds every word of a root "
        "(كتب، يكتبون، الكاتب، مكتبة), lemma:كتاب every form of a word.",
    )
    library_option(p)
    p.add_argument("query")
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--bookmarked", action="store_true", help="only bookmarked articles")
    p.add_argument("--with-notes", action="store_true", help="only articles with notes")
    p.add_argument("--unread", action="store_true", help="only articles never opened")
    p.add_argument("--site", help="only articles from this site")


def cmd_import(args: argparse.Namespace) -> int:
    from reader.library.importer import import_paths, import_url, summarise

    # A word with a scheme is a link (http and https are fetched; anything else is refused
    # with its reason); the rest are files and folders.
    links = [p for p in args.paths if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", p)]
    files = [Path(p) for p in args.paths if p not in links]
    library = open_library(args)
    with library:
        outcomes = import_paths(
            library,
            files,
            max_bytes=int(args.max_size * 1024 * 1024),
            progress=None if args.json else progress_printer(),
        ) if files else []
        for link in links:
            outcomes.append(import_url(library, link))
    if args.json:
        print_json([o.as_json() for o in outcomes])
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


def cmd_list(args: argparse.Namespace) -> int:
    from reader.library.filters import SearchFilters

    filters = SearchFilters(shelf=getattr(args, "shelf", None) or "all", tags=tuple(args.tag))
    with open_library(args) as library:
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
        print_json([r.as_json() for r in rows])
        return 0
    print_summaries(rows, args.visual)
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        article = library.get(args.id)
        tags = library.tags.of(args.id)
    if article is None:
        print(f"qari: no article with id {args.id}", file=sys.stderr)
        return 1
    if args.json:
        print_json(article.as_json() | {"tags": tags})
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
    with open_library(args) as library:
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
    words, found = query_filters(args.query, filters)
    with open_library(args) as library:
        if found.by_words and not library.read_only:
            _index_words(library)
        if not words.strip() and not found.by_words:
            # only filters (tag:أخبار is:unread): the articles they keep
            rows = library.matching(args.query, filters)[: args.limit]
            if args.json:
                print_json([r.as_json() for r in rows])
            else:
                print_summaries(rows, visual=False)
            return 0 if rows else 1
        hits = library.search(args.query, filters, args.limit)
    if args.json:
        print_json([h.as_json() for h in hits])
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


def _index_words(library: object) -> None:
    """Roots and lemmas of the articles not yet indexed (the window does it in the
    background; a library only ever written from the command line is done here, once)."""
    from reader.library.word_index import index_pending, pending_count

    conn = library.conn  # type: ignore[attr-defined]
    waiting = pending_count(conn)
    if not waiting:
        return
    tty = sys.stderr.isatty()
    print(f"indexing the words of {waiting} articles by root…", file=sys.stderr)

    def show(done: int, total: int) -> None:
        if tty:
            sys.stderr.write(f"\r{done}/{total}")
            sys.stderr.flush()

    index_pending(conn, show)
    if tty:
        sys.stderr.write("\n")


HANDLERS = {
    "import": cmd_import, "list": cmd_list, "show": cmd_show, "delete": cmd_delete,
    "search": cmd_search,
}
