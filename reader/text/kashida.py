"""Where a word may take kashida (tatweel, U+0640) to fill a justified line.

After the W3C's Arabic Layout Requirements (alreq, "Justification" and "Kashida") and the
practice of Naskh typesetting it describes: a kashida joins two letters that are joined
already, so it goes after a letter that connects to the next (dual-joining) and before one
that connects back; never after a letter that does not join onward (ا د ذ ر ز و ة…), never
inside the lam-alef ligature, never in a word with harakat (the tatweel would stand between a
letter and its mark), never in a word that has one already. Among the places a word allows,
typographers prefer, in this order:

1. after an initial or medial seen or sad (س ش ص ض): "كـسـر" is never stretched elsewhere
   first;
2. before a final ة, ه or د;
3. before a final ا, ط, ظ, ل or ك;
4. before a final ر, ز or و;
5. before a final ع, غ, ق or ف;
6. before a final ب-family letter, ن, ي, ى or ئ;
7. any other joint.

A word gets at most one place, the best (and of two equally good, the one nearer the word's
end, where the eye expects the stretch).
"""

from __future__ import annotations

import unicodedata

TATWEEL = "\u0640"
# Letters that join to the letter after them (Unicode's dual-joining Arabic letters that
# Arabic writing uses; the rest of the alphabet joins only to the letter before).
DUAL_JOINING = frozenset("بتثجحخسشصضطظعغفقكلمنهيىئـپچگکیڤ")
JOINS_BACK = DUAL_JOINING | frozenset("اأإآدذرزوؤةۀ")
SEEN_SAD = frozenset("سشصض")
ALEFS = frozenset("اأإآ")
FINAL_PRIORITY = (
    (2, frozenset("ةهد")),
    (3, frozenset("اأإآطظلكک")),
    (4, frozenset("رزوؤ")),
    (5, frozenset("عغقف")),
    (6, frozenset("بتثنيىئپی")),
)
ANY_JOINT = 7


def _is_mark(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def best_place(word: str) -> tuple[int, int] | None:
    """(priority, index) of the best place for a kashida in the word: it goes before
    ``word[index]``. None when the word takes none."""
    if len(word) < 2 or TATWEEL in word or any(_is_mark(c) for c in word):
        return None
    if not all(c in JOINS_BACK for c in word):
        return None  # digits, Latin, punctuation: not an Arabic word throughout
    best: tuple[int, int] | None = None
    last = len(word) - 1
    for index in range(1, len(word)):
        before, after = word[index - 1], word[index]
        if before not in DUAL_JOINING or after not in JOINS_BACK:
            continue
        if before == "ل" and after in ALEFS:
            continue  # the lam-alef ligature
        if before in SEEN_SAD:
            priority = 1
        elif index == last:
            priority = next((p for p, letters in FINAL_PRIORITY if after in letters), ANY_JOINT)
        else:
            priority = ANY_JOINT
        if best is None or priority <= best[0]:
            best = (priority, index)
    return best


def allowed(shown: str, index: int) -> bool:
    """Whether a tatweel standing at ``shown[index]`` (inserted text) is in a place the
    rules allow: between two joined letters of a word that has no harakat."""
    if shown[index] != TATWEEL:
        return False
    start = index
    while start > 0 and shown[start - 1] not in " \n\u2029":
        start -= 1
    end = index
    while end < len(shown) and shown[end] not in " \n\u2029":
        end += 1
    word = shown[start:end]
    plain = word.replace(TATWEEL, "")
    place = index - start - word[: index - start].count(TATWEEL)
    found = best_place(plain)
    return found is not None and found[1] == place


Places = list[tuple[int, int]]  # (place in the text before, tatweels put there), in order


def after_tatweel(places: Places, offset: int) -> int:
    """An offset in a text, in the same text with tatweel put in at ``places`` (a letter
    that took tatweel before it has moved on by them)."""
    shift = 0
    for place, count in places:
        if place > offset:
            break
        shift += count
    return offset + shift


def before_tatweel(places: Places, position: int) -> int:
    """A position in a text with tatweel put in at ``places``, in the text as it was before
    (a position on a tatweel is the letter after it)."""
    shift = 0
    for place, count in places:
        start = place + shift  # where this run of tatweels stands
        if position < start:
            break
        if position < start + count:
            return place
        shift += count
    return position - shift
