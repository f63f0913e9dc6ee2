"""Placing an annotation in a text that may have changed since it was made.

An anchor is a W3C Web Annotation TextQuoteSelector (exact, prefix, suffix) with a
TextPositionSelector (start, end) over the article's plain text. To place it again:
1. the position, when the quote is still there;
2. the quote, the occurrence whose context agrees best (nearest the old position on a tie);
3. a fuzzy match of the quote near its pieces, when it was edited a little;
otherwise nothing: the caller keeps the annotation as orphaned, with its quote.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = 32
FUZZY_THRESHOLD = 0.75


@dataclass(frozen=True)
class Anchor:
    exact: str
    prefix: str
    suffix: str
    start: int
    end: int


def make_anchor(text: str, start: int, end: int) -> Anchor:
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    return Anchor(
        text[start:end], text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], start, end
    )


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _occurrences(text: str, needle: str) -> list[int]:
    out, at = [], text.find(needle)
    while at != -1:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


def _by_quote(text: str, anchor: Anchor) -> tuple[int, int] | None:
    found = _occurrences(text, anchor.exact)
    if not found:
        return None

    def score(at: int) -> tuple[int, int]:
        context = _common_suffix(text[max(0, at - CONTEXT):at], anchor.prefix) + _common_prefix(
            text[at + len(anchor.exact):at + len(anchor.exact) + CONTEXT], anchor.suffix
        )
        return (context, -abs(at - anchor.start))

    best = max(found, key=score)
    return best, best + len(anchor.exact)


def _fuzzy(text: str, anchor: Anchor) -> tuple[int, int] | None:
    exact = anchor.exact
    if len(exact) < 8:
        return None
    piece = max(8, min(24, len(exact) // 3))
    pieces = {0: exact[:piece], len(exact) - piece: exact[-piece:]}
    middle = (len(exact) - piece) // 2
    pieces[middle] = exact[middle:middle + piece]
    # Where the remaining context sits helps too: the quote starts after its prefix.
    candidates: set[int] = set()
    for offset, chunk in pieces.items():
        candidates.update(at - offset for at in _occurrences(text, chunk))
    if anchor.prefix:
        candidates.update(at + len(anchor.prefix) for at in _occurrences(text, anchor.prefix))
    from difflib import SequenceMatcher  # the fuzzy step is rare: kept off start-up

    best: tuple[float, int, int] | None = None
    for start in candidates:
        if start < 0:
            continue
        # Let the end move by up to a quarter of the quote, to follow insertions and cuts.
        slack = max(4, len(exact) // 4)
        for end in range(max(start + 1, start + len(exact) - slack),
                         min(len(text), start + len(exact) + slack) + 1):
            ratio = SequenceMatcher(None, exact, text[start:end], autojunk=False).ratio()
            key = (ratio, -abs(start - anchor.start), -abs(end - start - len(exact)))
            if best is None or key > (best[0], -abs(best[1] - anchor.start),
                                      -abs(best[2] - best[1] - len(exact))):
                best = (ratio, start, end)
    if best and best[0] >= FUZZY_THRESHOLD:
        return best[1], best[2]
    return None


def place(text: str, anchor: Anchor) -> tuple[int, int] | None:
    """(start, end) of ``anchor`` in ``text``, or None when it cannot be placed."""
    if not anchor.exact:
        # A position bookmark: its context locates it.
        if anchor.suffix and (found := _by_quote(text, Anchor(anchor.suffix, anchor.prefix, "",
                                                              anchor.start, anchor.end))):
            return found[0], found[0]
        return (anchor.start, anchor.start) if anchor.start <= len(text) else None
    if text[anchor.start:anchor.end] == anchor.exact:
        return anchor.start, anchor.end
    return _by_quote(text, anchor) or _fuzzy(text, anchor)
