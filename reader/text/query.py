"""Search queries: parsing, the FTS5 expression, and finding matches in the original text.

One grammar for the library search and for find-in-article: words (all must match), "quoted
phrases", and a trailing ``*`` for prefix search. Matching uses the same normalisation as the
index, and maps matches back to offsets in the text as stored, so the reader sees the match
marked in the text it reads (harakat and all).
"""

from __future__ import annotations

import re
from bisect import bisect_right
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


def may_match(folded: str, terms: list[Term]) -> bool:
    """False when no term can match text whose search form is ``folded``: a substring test,
    hundreds of times cheaper than folding the original text and running the pattern."""
    return any(v in folded for t in terms for v in (t.variants() if not t.phrase else t.words[:1]))


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


def fts_expression(terms: list[Term], phrase_columns: str = "title body notes") -> str:
    """An FTS5 MATCH expression; every term must match (implicit AND). Phrases are looked
    for in ``phrase_columns`` only, since the stems column does not keep words in order."""
    parts = []
    for term in terms:
        if term.phrase:
            parts.append(f'{{{phrase_columns}}} : "' + " ".join(term.words) + '"')
        else:
            star = "*" if term.prefix else ""
            options = [f'"{v}"{star}' for v in term.variants()]
            parts.append(options[0] if len(options) == 1 else "(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


class _Folds(dict[int, str]):
    """A ``str.translate`` table: code point -> its search form, filled as characters are met.

    Characters whose form is not exactly one character long (harakat and tatweel fold to
    nothing, a few compatibility characters to several) are remembered apart: only they move
    offsets, so only they need mapping back to the stored text."""

    def __init__(self) -> None:
        super().__init__()
        self.uneven: set[str] = set()
        self._pattern: re.Pattern[str] | None = None

    def __missing__(self, code: int) -> str:
        folded = normalize_for_search(chr(code))
        self[code] = folded
        if len(folded) != 1:
            self.uneven.add(chr(code))
            self._pattern = None
        return folded

    def uneven_pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.uneven:
            self._pattern = re.compile("[" + "".join(map(re.escape, sorted(self.uneven))) + "]")
        return self._pattern


_FOLDS = _Folds()


class OffsetMap:
    """Maps offsets in the normalised text back to offsets in the stored text.

    Kept as runs that start at each uneven character, so that building it costs a regex scan
    of the text (C speed) plus one step per uneven character, not a step per character. Make it
    after fold(text): the uneven characters are the ones folding has met."""

    def __init__(self, text: str, up_to: int | None = None) -> None:
        """``up_to``: the largest folded offset that will be asked for; the map is built only
        that far (the snippet of a search result needs the opening of a long article only)."""
        self.folded_starts = [0]
        self.original_starts = [0]
        self.stretches = [True]  # False: every offset of the run maps to one original character
        pattern = _FOLDS.uneven_pattern()
        if pattern is None:
            return
        folded = previous = 0
        for match in pattern.finditer(text):
            original = match.start()
            folded += original - previous
            if up_to is not None and folded > up_to:
                break
            width = len(_FOLDS[ord(text[original])])
            if width > 1:
                self._run(folded, original, stretch=False)
            folded += width
            previous = original + 1
            self._run(folded, previous, stretch=True)

    def _run(self, folded: int, original: int, stretch: bool) -> None:
        if self.folded_starts[-1] == folded:  # a run that holds no folded character
            self.folded_starts.pop()
            self.original_starts.pop()
            self.stretches.pop()
        self.folded_starts.append(folded)
        self.original_starts.append(original)
        self.stretches.append(stretch)

    def __getitem__(self, folded: int) -> int:
        run = bisect_right(self.folded_starts, folded) - 1
        if not self.stretches[run]:
            return self.original_starts[run]
        return self.original_starts[run] + folded - self.folded_starts[run]


def fold(text: str) -> str:
    """``text`` in search form, character by character (OffsetMap maps its offsets back)."""
    return text.translate(_FOLDS)


_CLITIC_SET = frozenset(PREFIXES)
_LONGEST_CLITIC = max(map(len, PREFIXES))


def _pattern(term: Term) -> str:
    # The word itself, without what may precede it: a pattern that starts with letters lets the
    # regex engine skip ahead (a leading look-behind made it try every position, 25 ns a
    # character); the clitic before a match is checked afterwards by _word_start.
    if term.phrase:
        return r"\W+".join(re.escape(w) for w in term.words) + r"(?!\w)"
    variants = "|".join(re.escape(v) for v in term.variants())
    tail = r"\w*" if term.prefix else r"(?!\w)"
    return rf"(?:{variants}){tail}"


@lru_cache(maxsize=256)
def _compiled(terms: tuple[Term, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{_pattern(t)})" for t in terms))


def _is_word(char: str) -> bool:
    return char.isalnum() or char == "_"  # exactly what \w means to re


def _word_start(norm: str, start: int) -> int | None:
    """Where the word that holds a match at ``start`` begins, when what precedes the match in
    that word is nothing or a clitic prefix (و ف ب ك ل ال and their combinations)."""
    begin = start
    while begin > 0 and _is_word(norm[begin - 1]):
        begin -= 1
        if start - begin > _LONGEST_CLITIC:
            return None
    if begin == start or norm[begin:start] in _CLITIC_SET:
        return begin
    return None


def _matches(
    norm: str, pattern: re.Pattern[str], near: int | None = None
) -> list[tuple[int, int]]:
    """Folded (start, end) of the matches; with ``near``, the first and those that start
    within ``near`` characters after it."""
    found: list[tuple[int, int]] = []
    for match in pattern.finditer(norm):
        if near is not None and found and match.start() > found[0][1] + near:
            break
        begin = _word_start(norm, match.start())
        if begin is not None and match.end() > begin:
            found.append((begin, match.end()))
    return found


def find_matches(
    text: str, terms: list[Term], near_first: int | None = None
) -> list[tuple[int, int]]:
    """(start, end) offsets in ``text`` of every word or phrase that any term matches.

    With ``near_first``, only the first match and those that start within that many
    characters after it: what a snippet shows. The text is then folded in growing windows from
    its start, since folding costs a dictionary look-up per character and most first matches
    are in an article's opening paragraphs."""
    if not terms:
        return []
    pattern = _compiled(tuple(terms))
    if near_first is None:
        found = _matches(fold(text), pattern)
    else:
        found = _near_first(text, pattern, near_first)
    if not found:
        return []
    index = OffsetMap(text, up_to=found[-1][1])
    spans = [(index[start], index[end - 1] + 1) for start, end in found]
    return _extend_over_marks(text, spans)


def _near_first(text: str, pattern: re.Pattern[str], near: int) -> list[tuple[int, int]]:
    end = 0
    while end < len(text):
        target = min(len(text), max(1024, end * 4))
        if target < len(text):
            space = text.rfind(" ", end + 1, target)  # never cut a word in two, if it can be
            target = space if space > 0 else target
        end = target
        norm = fold(text[:end])
        found = _matches(norm, pattern, near)
        # A phrase may run past the window, and a snippet needs what follows a match.
        if found and (end == len(text) or found[0][1] + near + 64 < len(norm)):
            return found
    return []


def _extend_over_marks(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Carry a match over the harakat that follow its last letter."""
    out = []
    for start, end in spans:
        while end < len(text) and _FOLDS[ord(text[end])] == "":
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
