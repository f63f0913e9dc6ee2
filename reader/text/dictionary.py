"""Arramooz, the open Arabic dictionary (Taha Zerrouki, GPL-3.0), read where its package
installs it: for a lemma, its Arabic definitions and plural; how often a word occurs; how
many words a root has.

Opened read-only, once, on the first lookup: a 15 MB SQLite file that the reader's window
never loads unless a word is looked up.
"""

from __future__ import annotations

import functools
import re
import sqlite3
from dataclasses import dataclass, field

_HARAKAT = re.compile("[\u064b-\u0652\u0670\u0640]")
_QUOTES = re.compile('"{2}')
MAX_DEFINITION = 600


def bare(word: str) -> str:
    """Without harakat or tatweel."""
    return _HARAKAT.sub("", word)


def folded(word: str) -> str:
    """Without harakat, tatweel, or the hamza forms on alef: how a dictionary key compares."""
    return bare(word).translate(str.maketrans("أإآٱ", "اااا"))


@dataclass
class Entry:
    lemma: str  # vocalised
    root: str
    pattern: str
    plural: str  # a broken plural, vocalised
    definitions: list[str] = field(default_factory=list)
    verb: bool = False


@functools.cache
def _db() -> sqlite3.Connection | None:
    import importlib.resources

    try:
        path = importlib.resources.files("arramooz").joinpath("data/arabicdictionary.sqlite")
    except ModuleNotFoundError:
        return None
    # The package's file, read only; shared by the threads that look words up (reads only).
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return conn


def _definitions(text: str | None) -> list[str]:
    """Arramooz writes a definition as numbered senses with quoted examples."""
    if not text:
        return []
    text = _QUOTES.sub('"', text.strip().strip('"'))
    senses = [s.strip(" .") for s in re.split(r"\s*\b\d+\s*\.\s*", text) if s.strip(" .")]
    return [s[:MAX_DEFINITION] for s in senses[:6]]


def entries(lemma: str) -> list[Entry]:
    """The dictionary's entries for a lemma (vocalised or not), those with definitions first."""
    conn = _db()
    if conn is None:
        return []
    key = bare(lemma)
    found = [
        Entry(v, r or "", w or "", "، ".join(x.strip() for x in re.split(r"[;،,]", p or "")
                                             if x.strip()), _definitions(d))
        for v, r, w, p, d in conn.execute(
            "SELECT vocalized, root, wazn, broken_plural, definition FROM nouns"
            " WHERE unvocalized = ? LIMIT 12", (key,))
    ]
    found += [
        Entry(v, r or "", "", "", [], verb=True)
        for v, r in conn.execute(
            "SELECT vocalized, root FROM verbs WHERE unvocalized = ? LIMIT 6", (key,))
    ]
    vocalised = [e for e in found if bare(e.lemma) == key and e.lemma.rstrip("ٌُ") ==
                 lemma.rstrip("ٌُ")]
    ordered = vocalised + [e for e in found if e not in vocalised]
    return sorted(ordered, key=lambda e: not e.definitions)


@functools.lru_cache(maxsize=65536)
def known(lemma: str) -> int:
    """2: the dictionary defines the lemma; 1: it lists it; 0: it does not know it."""
    conn = _db()
    if conn is None:
        return 0
    key = bare(lemma)
    row = conn.execute(
        "SELECT MAX(definition IS NOT NULL AND definition != '') FROM nouns WHERE unvocalized = ?",
        (key,),
    ).fetchone()
    if row and row[0] is not None:
        return 2 if row[0] else 1
    verb = conn.execute("SELECT 1 FROM verbs WHERE unvocalized = ? LIMIT 1", (key,)).fetchone()
    return 1 if verb else 0


@functools.cache
def _freq_db() -> sqlite3.Connection | None:
    import importlib.resources

    try:
        path = importlib.resources.files("arramooz").joinpath("data/wordfreq.sqlite")
    except ModuleNotFoundError:
        return None
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


_KINDS = {"noun": ("noun", "adj", "noun_prop"), "verb": ("verb",)}


@functools.lru_cache(maxsize=65536)
def frequency(lemma: str, pos: str) -> int:
    """How often the lemma occurs, as a noun or a verb, in Arramooz's counts of a large
    Arabic text collection (0: not counted)."""
    conn = _freq_db()
    if conn is None:
        return 0
    kinds = _KINDS.get(pos, ("noun", "adj", "noun_prop", "verb"))
    marks = ", ".join("?" * len(kinds))
    row = conn.execute(
        f"SELECT MAX(freq) FROM wordfreq WHERE unvocalized = ? AND word_type IN ({marks})",
        (bare(lemma), *kinds),
    ).fetchone()
    return int(row[0] or 0) if row else 0


@functools.lru_cache(maxsize=16384)
def root_size(root: str) -> int:
    """How many of the dictionary's nouns come from ``root``: a common root has many."""
    conn = _db()
    if conn is None or not root:
        return 0
    return int(conn.execute("SELECT COUNT(*) FROM nouns WHERE root = ?", (root,)).fetchone()[0])
