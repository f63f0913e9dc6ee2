"""Words from the command line: what a word is (qari lookup)."""

from __future__ import annotations

import argparse

from reader.cli.common import print_json


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lookup", help="what an Arabic word is: clitics, stem, lemma, root, pattern, part of "
        "speech, definitions",
    )
    p.add_argument("word")
    p.add_argument("--before", default="", metavar="WORD",
                   help="the word before it in the text (a preposition wants a noun)")
    p.add_argument("--json", action="store_true")


def cmd_lookup(args: argparse.Namespace) -> int:
    from reader.text.morphology import analyse

    found = analyse(args.word, args.before)
    if args.json:
        print_json(found.as_json())
        return 0 if found.analyses else 1
    if not found.arabic:
        print(f"{found.word}: not an Arabic word")
        return 1
    if not found.analyses:
        print(f"{found.word}: no analysis")
        return 1
    for number, a in enumerate(found.analyses, 1):
        parts = " + ".join([*a.proclitics, a.stem, *a.enclitics])
        print(f"{number}. {a.lemma}  [{a.pos}]  root: {' '.join(a.root) or '-'}"
              + (f"  pattern: {a.pattern}" if a.pattern else ""))
        print(f"   {parts}" + (f"  ({', '.join(a.features)})" if a.features else ""))
        if a.plural:
            print(f"   plural: {a.plural}")
        for definition in a.definitions[:3]:
            print(f"   - {definition}")
    return 0


HANDLERS = {"lookup": cmd_lookup}
