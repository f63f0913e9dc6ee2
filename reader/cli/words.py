"""Words from the command line: what a word is (qari lookup), and the vocabulary (qari
vocab)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reader.cli.common import library_option, open_library, print_json


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "lookup", help="what an Arabic word is: clitics, stem, lemma, root, pattern, part of "
        "speech, definitions",
    )
    p.add_argument("word")
    p.add_argument("--before", default="", metavar="WORD",
                   help="the word before it in the text (a preposition wants a noun)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "vocab", help="the vocabulary: vocab [--root R] [--article ID] [--since DATE]; vocab "
        "add WORD --article ID; vocab remove ID...; vocab export --format anki|markdown",
    )
    library_option(p)
    p.add_argument("action", nargs="?", choices=("list", "add", "remove", "export"),
                   default="list")
    p.add_argument("words", nargs="*", metavar="WORD|ID")
    p.add_argument("--json", action="store_true")
    p.add_argument("--root", default="", help="only words of this root")
    p.add_argument("--article", type=int, help="only words from this article (add: the "
                   "article the word is in)")
    p.add_argument("--since", default="", metavar="DATE", help="only words kept since (ISO)")
    p.add_argument("--format", choices=("anki", "markdown"), default="anki")
    p.add_argument("-o", "--output", type=Path, help="export to this file (default: stdout)")


def cmd_vocab(args: argparse.Namespace) -> int:
    with open_library(args) as library:
        vocabulary = library.vocabulary
        if args.action == "add":
            return _add(library, args)
        if args.action == "remove":
            status = 0
            for word in args.words:
                if not (word.isdigit() and vocabulary.remove(int(word))):
                    print(f"qari: no word with id {word}", file=sys.stderr)
                    status = 1
            return status
        words = vocabulary.all(args.root, args.article, args.since)
    if args.action == "export":
        from reader.library.vocabulary import anki_csv, markdown

        text = anki_csv(words) if args.format == "anki" else markdown(words)
        if args.output:
            from reader.atomic import write_text

            write_text(args.output, text)
            print(f"{len(words)} words written to {args.output}")
        else:
            sys.stdout.write(text)
        return 0
    if args.json:
        print_json([w.as_json() for w in words])
        return 0
    for w in words:
        root = " ".join(w.root) if w.root else "-"
        print(f"{w.id:>5}  {w.word}  {w.lemma}  [{root}]  {w.article_title}")
    return 0


def _add(library: object, args: argparse.Namespace) -> int:
    """A word as the lookup panel keeps it: analysed in its sentence in the article."""
    from reader.library.vocabulary import Word
    from reader.text.morphology import analyse
    from reader.text.word_at import word_at

    if len(args.words) != 1:
        print("qari: usage: qari vocab add WORD [--article ID]", file=sys.stderr)
        return 2
    word, before, sentence, title = args.words[0], "", "", ""
    article_id = args.article
    if article_id is not None:
        article = library.get(article_id)  # type: ignore[attr-defined]
        if article is None:
            print(f"qari: no article with id {article_id}", file=sys.stderr)
            return 1
        at = article.plain_text.find(word)
        found = word_at(article.plain_text, at) if at >= 0 else None
        if found is None:
            print(f"qari: {word} is not in article {article_id}", file=sys.stderr)
            return 1
        before, sentence, title = found.before, found.sentence, article.title
    lookup = analyse(word, before)
    if not lookup.analyses:
        print(f"qari: {word}: no analysis", file=sys.stderr)
        return 1
    top = lookup.analyses[0]
    kept = library.vocabulary.add(Word(  # type: ignore[attr-defined]
        word, top.lemma, top.root, top.pos, top.definitions, sentence, article_id, title))
    if args.json:
        print_json(kept.as_json())
    else:
        print(f"{kept.id}: {kept.word} ({kept.lemma})")
    return 0


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


HANDLERS = {"lookup": cmd_lookup, "vocab": cmd_vocab}
