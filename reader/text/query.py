"""Search queries: parsing, the FTS5 expression, and finding matches in the original text.

One grammar for the library search and for find-in-article: words (all must match), "quoted
phrases", and a trailing ``*`` for prefix search. Matching uses the same normalisation as the
index, and maps matches back to offsets in the text as stored, so the reader sees the match
marked in the text it reads (harakat and all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from reader.text.search import PREFIXES, normalize_for_search

_TOKEN = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+")
# Query words that start with the definite article also look for the bare word:
# "الكواليس" finds "كواليس". Other clitics are not stripped from queries: a bare "و" or "ك"
# at the start of a query word is more often part of the word.
_DEFINITE = ("وال", "بال", "كال", "فال", "لل", "ال")


@dataclass(frozen=True)
class Term:
    words: tuple[str, ...]
    prefix: bool = False
    phrase: bool = False

    def variants(self) -> tuple[str, ...]:
        word = self.words[0]
        for article in _DEFINITE:
            if word.startswith(article) and len(word) - len(article) >= 3:
                return (word, word[len(article):])
        return (word,)


def parse_query(query: str) -> list[Term]:
    terms: list[Term] = []
    for match in _TOKEN.finditer(query):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            words = tuple(_WORD.findall(normalize_for_search(phrase)))
            if len(words) == 1:
                terms.append(Term(words))
            elif words:
                terms.append(Term(words, phrase=True))
            continue
        prefix = word.endswith("*")
        for part in _WORD.findall(normalize_for_search(word)):
            terms.append(Term((part,), prefix=prefix))
    return terms


def fts_expression(terms: list[Term]) -> str:
    """An FTS5 MATCH expression; every term must match (implicit AND)."""
    parts = []
    for term in terms:
        if term.phrase:
            parts.append('{title body notes} : "' + " ".join(term.words) + '"')
        else:
            star = "*" if term.prefix else ""
            options = [f'"{v}"{star}' for v in term.variants()]
            parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


class _Folds(dict[str, str]):
    """Character -> its search form, filled as characters are met."""

    def __missing__(self, char: str) -> str:
        folded = normalize_for_search(char)
        self[char] = folded
        return folded


_FOLDS = _Folds()


def normalized_with_map(text: str) -> tuple[str, list[int]]:
    """``text`` normalised for search, and for each normalised character the offset of the
    original character it came from (plus a final entry for the end)."""
    pieces = [_FOLDS[char] for char in text]
    folded = "".join(pieces)
    if len(folded) == len(text) and all(len(p) == 1 for p in pieces):
        return folded, list(range(len(text) + 1))
    index = [offset for offset, piece in enumerate(pieces) for _ in piece]
    index.append(len(text))
    return folded, index


_CLITICS = "(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + ")?"


def _pattern(term: Term) -> str:
    if term.phrase:
        words = [re.escape(term.words[0])] + [re.escape(w) for w in term.words[1:]]
        return rf"(?<!\w){_CLITICS}" + r"\W+".join(words) + r"(?!\w)"
    variants = "|".join(re.escape(v) for v in term.variants())
    tail = r"\w*" if term.prefix else r"(?!\w)"
    return rf"(?<!\w){_CLITICS}(?:{variants}){tail}"


@lru_cache(maxsize=256)
def _compiled(terms: tuple[Term, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_pattern(t)})" for t in terms))


def find_matches(text: str, terms: list[Term]) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every word or phrase that any term matches."""
    if not terms:
        return []
    norm, index = normalized_with_map(text)
    spans = [(index[m.start()], index[m.end() - 1] + 1)
             for m in _compiled(tuple(terms)).finditer(norm) if m.end() > m.start()]
    return _extend_over_marks(text, spans)


def _extend_over_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Carry a match over the harakat that follow its last letter."""
    out = []
    for start, end in spans:
        while end < len(text) and normalize_for_search(text[end]) == "":
            end += 1
        out.append((start, end))
    return out


def snippet(text: str, span: tuple[int, int], width: int = 70) -> tuple[str, int, int]:
    """A passage of ``text`` around ``span``: (passage, match start, match end) in it."""
    start, end = span
    left = max(0, start - width)
    right = min(len(text), end + width)
    if left > 0:
        space = text.find(" ", left, start)
        left = space + 1 if space != -1 else left
    if right < len(text):
        space = text.rfind(" ", end, right)
        right = space if space != -1 else right
    passage = text[left:right].replace("\n", " ")
    prefix = "… " if left > 0 else ""
    suffix = " …" if right < len(text) else ""
    return prefix + passage + suffix, len(prefix) + start - left, len(prefix) + end - left
