"""The language an article is written in, from its text; a page's declaration is a hint.

Scripts first (Hebrew, Cyrillic, Greek, the Arabic script), then within the Arabic script the
letters only Persian or Urdu write, and within the Latin script the commonest short words.
Coarse and fast (one pass over a sample), enough to store ``fa`` for a Persian page that
declares nothing or ``ar``, and ``fr`` for a French page a template declared ``en``.
"""

from __future__ import annotations

import re

SAMPLE = 3_000  # characters read: the beginning says as much as the whole
SCRIPT_SAMPLE = 600  # enough letters to tell the script (a translate a character: keep short)

# Letters only Urdu (ٹ ڈ ڑ ں ے ۓ) or Persian (پ چ ژ گ and the Persian yeh and kaf, ی ک)
# write among the Arabic-script languages read here; Arabic writes ي and ك.
_URDU = "\u0679\u0688\u0691\u06ba\u06d2\u06d3"
_PERSIAN = "\u067e\u0686\u0698\u06af\u06cc\u06a9"
_ARABIC_ONLY = "\u064a\u0643\u0629"  # ي ك ة
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")
_HEBREW = re.compile("[\u0590-\u05ff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_GREEK = re.compile("[\u0370-\u03ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")

# The commonest short words of each Latin-script language, none shared by two of them.
_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to is that with was for are this have from were which".split()),
    "fr": frozenset("le les des et est une dans pour qui pas sur au avec sont aux du".split()),
    "de": frozenset("der die das und ist nicht mit ein eine zu den dem sich auch auf".split()),
    "es": frozenset("el los las y por una con para del es su se al lo como".split()),
    "it": frozenset("il che di gli per non sono della nel alla anche più ed questo".split()),
    "pt": frozenset("os não uma com para é do da dos das em ao mais pelo".split()),
    "nl": frozenset("het een van niet dat op voor zijn ook wordt bij naar deze".split()),
}
_LANGUAGE_OF = {word: language for language, words in _WORDS.items() for word in words}
_WORD = re.compile(r"[a-zà-ÿ]+")

_SCRIPT_OF = {"ar": "arab", "fa": "arab", "ur": "arab", "ps": "arab", "ku": "arab",
              "sd": "arab", "ug": "arab", "he": "hebr", "yi": "hebr", "ru": "cyrl",
              "uk": "cyrl", "bg": "cyrl", "sr": "cyrl", "mk": "cyrl", "be": "cyrl",
              "el": "grek"}


class _Scripts(dict[int, str | None]):
    """Code point -> a letter for its script ("a" Arabic, "h" Hebrew, "c" Cyrillic, "g"
    Greek, "l" Latin) or None (dropped), filled as characters are met, so that counting a
    sample's scripts is one str.translate in C."""

    _PATTERNS = (("a", _ARABIC_SCRIPT), ("h", _HEBREW), ("c", _CYRILLIC), ("g", _GREEK),
                 ("l", _LATIN))

    def __missing__(self, code: int) -> str | None:
        char = chr(code)
        value = next((letter for letter, pattern in self._PATTERNS if pattern.match(char)),
                     None)
        self[code] = value
        return value


_SCRIPTS = _Scripts()
_SCRIPT_NAMES = {"a": "arab", "h": "hebr", "c": "cyrl", "g": "grek", "l": "latn"}


def _script(sample: str) -> str:
    letters = sample[:SCRIPT_SAMPLE].translate(_SCRIPTS)
    counts = {name: letters.count(letter) for letter, name in _SCRIPT_NAMES.items()}
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else ""


def _latin(sample: str) -> tuple[str, float]:
    """The Latin-script language whose common words are most frequent, and how clearly
    (its share of all the common words found)."""
    scores = dict.fromkeys(_WORDS, 0)
    for word in _WORD.findall(sample.lower()):
        language = _LANGUAGE_OF.get(word)
        if language is not None:
            scores[language] += 1
    best = max(scores, key=lambda language: scores[language])
    total = sum(scores.values())
    return (best, scores[best] / total) if scores[best] >= 3 else ("", 0.0)


def _arabic_script(sample: str) -> tuple[str, bool]:
    """Arabic, Persian or Urdu, and whether the letters said so (False: a text too short to
    hold any letter only one of them writes)."""
    urdu, persian, arabic = (
        sum(map(sample.count, letters)) for letters in (_URDU, _PERSIAN, _ARABIC_ONLY)
    )
    if urdu >= 3 and urdu * 4 >= arabic:
        return "ur", True
    if persian >= 3 and persian > arabic:
        return "fa", True
    return "ar", arabic >= 3


def detect(text: str) -> str:
    """The language of ``text`` as a primary subtag ("ar", "fa", "ur", "he", "en", "fr",
    …), or "" when the text does not say."""
    sample = text[:SAMPLE]
    return _detect(sample, _script(sample))


def _detect(sample: str, script: str) -> str:
    if script == "arab":
        return _arabic_script(sample)[0]
    return {"hebr": "he", "cyrl": "ru", "grek": "el"}.get(script) or (
        _latin(sample)[0] if script == "latn" else ""
    )


def settle(declared: str, text: str) -> str:
    """The language to store: the text's, with the page's declaration kept where the text
    agrees with it or cannot tell (a Ukrainian page stays "uk", a short Persian caption
    declared "fa" stays "fa"); "en" where neither says anything."""
    primary = declared.strip().lower().replace("_", "-").split("-")[0]
    primary = primary if re.fullmatch(r"[a-z]{2,3}", primary) else ""
    sample = text[:SAMPLE]
    script = _script(sample)
    found = _detect(sample, script)
    if not found:
        return primary or "en"
    if not primary:
        return found
    declared_script = _SCRIPT_OF.get(primary, "latn")
    if declared_script != script:
        return found  # an Arabic body under lang="en" (a template's default)
    if script == "arab":
        # The letters only one language writes decide; without any, the declaration (a
        # short Persian caption may happen to have none).
        return found if _arabic_script(sample)[1] else primary
    if script == "latn":
        language, clarity = _latin(sample)
        if language and language != primary and primary in _WORDS and clarity >= 0.6:
            return language
        return primary
    return primary
