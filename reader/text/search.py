"""Search normalisation: the same code for the index and the query, so that what an Arabic
reader types finds what they mean.

Harakat, shadda, sukun, tanween, superscript alef, Quranic marks and tatweel are removed;
أ إ آ ٱ fold to ا, ة to ه, ى to ي, Persian ک and ی to ك and ي; Arabic-Indic and Persian digits
become ASCII; Latin case is folded. Clitic prefixes (و ف ب ك ل ال and their combinations) are
split off by ``index_terms`` so that "كواليس" finds "الكواليس", "والكواليس", "بالكواليس" and
"للكواليس".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans(
    {
        "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
        "ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي", "ۀ": "ه",
        "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4",
        "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
        "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4",
        "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
        "\u00a0": " ", "\u200c": "", "\u200d": "", "\u200e": "", "\u200f": "",
    }
)
_WORD = re.compile(r"\w+", re.UNICODE)
# Longest first: "وبال" must win over "و".
PREFIXES = (
    "وبال", "وكال", "فبال", "فال", "وال", "بال", "كال", "ولل", "فلل", "لل", "ال",
    "وب", "وك", "ول", "فب", "فل", "و", "ف", "ب", "ك", "ل",
)
MIN_STEM = 3


def normalize_for_search(text: str) -> str:
    """Fold ``text`` for matching; keeps one character per kept character where it can."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text)
    return text.translate(_FOLD).casefold()


def words(text: str) -> list[str]:
    return _WORD.findall(normalize_for_search(text))


@lru_cache(maxsize=200_000)
def strip_prefix(word: str) -> str | None:
    """The word without its clitic prefix, when what remains is still a word."""
    for prefix in PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= MIN_STEM:
            return word[len(prefix):]
    return None


def index_terms(text: str) -> str:
    """Text as the full-text index stores it: every word, and its prefix-less stem beside it."""
    out: list[str] = []
    for word in words(text):
        out.append(word)
        stem = strip_prefix(word)
        if stem:
            out.append(stem)
    return " ".join(out)
