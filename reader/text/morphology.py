"""What an Arabic word is: its clitics, stem, lemma, root, pattern and part of speech, with
the dictionary's definitions, the reading that fits best first.

The analyses come from farahidi, a port of AlKhalil Morpho Sys 2 (GPL-3.0-or-later, pure
Python, its lexicon inside the package; it gives a broken plural its singular as lemma); the
definitions, plurals and frequencies from Arramooz (see reader.text.dictionary). The ranking
is Qari's own: a lemma the dictionary knows before one it does not; a primitive noun or a
Form I verb before a rarer derivation; a common word and a common root before rare ones; the
dictionary's own word in ة (مَكْتَبَة, not مِكْتَب); the word before it (a preposition wants a
noun, لن or سوف a verb). Chosen by measurement (tests/text/lookup_words.py, README).

Loaded on the first lookup (half a second), never with the window.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import asdict, dataclass, field

from reader.text.dictionary import bare, entries, frequency, known, root_size

# Arabic letters, harakat and tatweel: a word made of these alone is analysed.
_ARABIC_WORD = re.compile("^[\u0621-\u063a\u0641-\u064a\u064b-\u0652\u0670\u0640]+$")
_TATWEEL = "\u0640"
_NOUN_BEFORE = {"في", "من", "إلى", "الى", "على", "عن", "مع", "حتى", "منذ", "عند", "لدى",
                "بين", "خلال", "هذا", "هذه", "ذلك", "تلك", "كل", "بعض"}
_VERB_BEFORE = {"لن", "لم", "قد", "سوف", "أن", "ان", "كي", "لكي", "لا", "ما", "لقد", "حين",
                "عندما", "الذي", "التي", "الذين"}
_POS = {"اسم": "noun", "فعل": "verb", "أداة": "particle", "حرف": "particle"}
MAX_ANALYSES = 6


@dataclass
class Analysis:
    lemma: str  # vocalised, as the dictionary writes it
    root: str  # the root's letters without spaces; "" when the word has none (a name)
    pos: str  # noun | verb | particle | name
    pattern: str  # the wazn, where known
    stem: str
    prefixes: list[str] = field(default_factory=list)  # proclitics and prefixes, in order
    suffixes: list[str] = field(default_factory=list)  # suffixes and enclitics, in order
    proclitics: list[str] = field(default_factory=list)  # و ف ب ل ك ال س: words of their own
    enclitics: list[str] = field(default_factory=list)  # the attached pronouns
    features: list[str] = field(default_factory=list)  # tense, person, number, voice…
    definitions: list[str] = field(default_factory=list)
    plural: str = ""
    score: float = 0.0

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class Lookup:
    word: str  # as written
    arabic: bool  # False: a word of another language or script (nothing Arabic to say)
    analyses: list[Analysis] = field(default_factory=list)

    def as_json(self) -> dict[str, object]:
        return {"word": self.word, "arabic": self.arabic,
                "analyses": [a.as_json() for a in self.analyses]}


@functools.cache
def _analyzer():  # noqa: ANN202 - farahidi's Analyzer
    import farahidi

    return farahidi.Analyzer()


def is_arabic_word(word: str) -> bool:
    return bool(_ARABIC_WORD.match(word))


def _variants(word: str) -> list[str]:
    """The word as written, then as it may have been meant: ه for ة at the end, a bare alef
    for أ or إ at the start, ي for ى and back (the spellings of hurried typing)."""
    out = [word]
    if word.endswith("ه"):
        out.append(word[:-1] + "ة")
    if word.endswith("ي"):
        out.append(word[:-1] + "ى")
    if word.endswith("ى"):
        out.append(word[:-1] + "ي")
    if "أو" in word[2:]:  # بدأوا for بدؤوا: the hamza's seat as many write it
        out.append(word.replace("أو", "ؤو"))
    for article in ("", "ال", "وال", "بال", "فال", "لل"):
        if word.startswith(article + "ا") and len(word) > len(article) + 2:
            rest = word[len(article) + 1:]
            out += [article + "أ" + rest, article + "إ" + rest]
    return list(dict.fromkeys(out))


def _affixes(parts: tuple) -> list[str]:  # farahidi's Affix objects
    return [bare(a.form) for a in parts if getattr(a, "form", "")]


def _root(value: str | None) -> str:
    # farahidi writes a hamza in a root as ء; the dictionaries write it on its seat.
    return (value or "").replace(" ", "")


def _score(analysis: object, before: str) -> float:
    import math

    lemma = analysis.lemma  # type: ignore[attr-defined]
    kind = analysis.type or ""  # type: ignore[attr-defined]
    pos = analysis.pos  # type: ignore[attr-defined]
    score = analysis.score * 5  # type: ignore[attr-defined]
    score += (0.0, 0.6, 1.0)[known(lemma)]
    # A common word before a rare one (كِتَاب before كُتَّاب; دَعَا before وَدَعَ), and a
    # common root before a rare one (قال from قول, not قيل).
    score += math.log10(frequency(lemma, _POS.get(pos, "")) + 1) / 2
    score += math.log10(root_size(_root(analysis.root)) + 1) / 4  # type: ignore[attr-defined]
    if kind == "اسم جامد":
        score += 0.3 + (0.1 if analysis.number == "مفرد" else 0.0)  # type: ignore[attr-defined]
    elif kind == "مصدر أصلي":
        score += 0.2
    elif kind == "اسم علم" and analysis.root:  # type: ignore[attr-defined]
        score -= 0.8  # a name with a root is usually a common noun misread
    if pos == "فعل" and analysis.augmentation == "مجرد":  # type: ignore[attr-defined]
        score += 0.25
    if analysis.voice == "مجهول":  # type: ignore[attr-defined]
        score -= 0.05  # unwritten vowels: the active reading is the likelier
    if before in _NOUN_BEFORE and pos == "اسم":
        score += 0.6
    if before in _VERB_BEFORE and pos == "فعل":
        score += 0.6
    return score


def _features(analysis: object) -> list[str]:
    names = ("tense", "person", "pronoun", "gender", "number", "voice", "type")
    return [str(v) for v in (getattr(analysis, n, None) for n in names) if v]


def _as_analysis(found: object, before: str) -> Analysis:
    f = found
    root = _root(f.root)  # type: ignore[attr-defined]
    pos = _POS.get(f.pos, f.pos)  # type: ignore[attr-defined]
    if f.type == "اسم علم" and not root:  # type: ignore[attr-defined]
        pos = "name"
    result = Analysis(
        lemma=f.lemma, root=root, pos=pos,  # type: ignore[attr-defined]
        pattern=f.lemma_pattern or f.pattern or "",  # type: ignore[attr-defined]
        stem=f.stem,  # type: ignore[attr-defined]
        prefixes=_affixes(f.proclitics) + _affixes(f.prefixes),  # type: ignore[attr-defined]
        suffixes=_affixes(f.suffixes) + _affixes(f.enclitics),  # type: ignore[attr-defined]
        proclitics=_affixes(f.proclitics),  # type: ignore[attr-defined]
        enclitics=_affixes(f.enclitics),  # type: ignore[attr-defined]
        features=_features(f), score=_score(f, before),
    )
    # A noun in ة the dictionary defines as a word of its own (مَكْتَبَة, not مِكْتَب with a
    # feminine ending): the dictionary's lemma.
    stem = bare(f.stem)  # type: ignore[attr-defined]
    if pos == "noun" and stem.endswith("ة") and bare(result.lemma) + "ة" == stem \
            and known(stem) == 2:
        own = entries(stem)
        if own:
            result.lemma = own[0].lemma.rstrip("ٌُ")
            result.pattern = own[0].pattern  # the derived lemma's pattern is not this one's
            result.score += 0.5
    return result


def analyse(word: str, before: str = "", definitions: bool = True) -> Lookup:
    """Every reading of ``word`` (as written in a text, clitics and all), the likeliest
    first; ``before``: the word before it in the text, if any; ``definitions``: with the
    dictionary's (not needed to index a word)."""
    word = unicodedata.normalize("NFC", word.strip())
    arabic = is_arabic_word(word)
    if not arabic:
        return Lookup(word, False)
    plain = word.replace(_TATWEEL, "")
    before = bare(before.strip())
    found: list = []
    for variant in _variants(plain) + ([bare(plain)] if bare(plain) != plain else []):
        found = _analyzer().analyze(variant)
        if found:
            break
    merged: dict[tuple[str, str, str], Analysis] = {}
    for item in found:
        analysis = _as_analysis(item, before)
        key = (bare(analysis.lemma), analysis.root, analysis.pos)
        if key not in merged or analysis.score > merged[key].score:
            merged[key] = analysis
    ranked = sorted(merged.values(), key=lambda a: -a.score)[:MAX_ANALYSES]
    for analysis in ranked if definitions else []:
        found_entries = entries(analysis.lemma)
        if found_entries:
            analysis.definitions = found_entries[0].definitions
            analysis.plural = found_entries[0].plural
            analysis.pattern = analysis.pattern or found_entries[0].pattern
    return Lookup(word, True, ranked)


