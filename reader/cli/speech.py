"""Speech from the command line: ``qari speak ID`` (a WAV and the words' times) and ``qari
tashkeel`` (text with harakat supplied)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from reader.cli.common import library_option, open_library, print_json, raw


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("speak", help="read an article aloud into a WAV file, with the time "
                       "of every word")
    library_option(p)
    p.add_argument("id", type=int)
    p.add_argument("--paragraph", type=int, action="append", metavar="N",
                   help="only paragraph N (from 0; repeatable)")
    p.add_argument("--wav", type=Path, metavar="FILE", help="where the speech goes")
    p.add_argument("--marks", type=Path, metavar="FILE.json",
                   help="the words' times: [{start, end, t, voice, paragraph}], start and end "
                   "as offsets in the article's text")
    p.add_argument("--voice", default="", help="espeak-ng voice for the paragraphs not in "
                   "Arabic script (default: each paragraph's language)")
    p.add_argument("--rate", type=int, default=175, help="words a minute (80-450)")
    p.add_argument("--no-tashkeel", action="store_true",
                   help="speak Arabic as written, without supplying harakat first")

    t = sub.add_parser("tashkeel", help="print Arabic text with harakat supplied")
    t.add_argument("text", nargs="?", default="-", help="the text, or - for standard input")
    t.add_argument("--json", action="store_true")


def cmd_speak(args: argparse.Namespace) -> int:
    from reader.speech.espeak import SpeechUnavailable
    from reader.speech.read_aloud import speak

    library = open_library(args)
    text = library.plain_text(args.id)
    if text is None:
        print(f"qari: no article with id {args.id}", file=sys.stderr)
        return 1
    if not args.wav and not args.marks:
        print("qari: say where the speech goes: --wav FILE and/or --marks FILE.json",
              file=sys.stderr)
        return 2
    try:
        speech = speak(text, args.paragraph, tashkeel=not args.no_tashkeel,
                       voice=args.voice, rate=args.rate)
    except SpeechUnavailable as exc:
        print(f"qari: {exc}", file=sys.stderr)
        return 1
    if args.wav:
        args.wav.write_bytes(speech.wav())
    if args.marks:
        args.marks.write_text(json.dumps(speech.marks, ensure_ascii=False, indent=1) + "\n",
                              encoding="utf-8")
    print(f"{speech.seconds:.1f} s, {len(speech.marks)} words, voices: "
          f"{', '.join(dict.fromkeys(speech.voices))}", file=sys.stderr)
    return 0


def cmd_tashkeel(args: argparse.Namespace) -> int:
    from reader.text.tashkeel import vocalise

    text = sys.stdin.read() if args.text == "-" else args.text
    vocalised = vocalise(text)
    if args.json:
        print_json({"text": vocalised.text, "added": vocalised.added})
    else:
        raw(sys.stdout).write(vocalised.text + ("" if vocalised.text.endswith("\n") else "\n"))
    return 0


HANDLERS = {"speak": cmd_speak, "tashkeel": cmd_tashkeel}
