"""What a word is: the lemma and root of inflected words the team wrote out (not taken from
the analyser), the hard cases, and JSON as ``qari lookup`` prints it."""

from __future__ import annotations

import json

import pytest

from reader.text.dictionary import folded
from reader.text.morphology import analyse
from tests.text.lookup_words import HELD_OUT, NO_ROOT, inflected


def _root(value: str) -> str:
    return folded(value.replace("ء", "ا").replace("ؤ", "ا").replace("ئ", "ا"))


def _accuracy(words: list[tuple[str, str, str]]) -> tuple[float, float]:
    roots = lemmas = 0
    for word, lemma, root in words:
        found = analyse(word).analyses
        if found and _root(found[0].root) == _root(root):
            roots += 1
        if found and any(folded(found[0].lemma) == folded(x) for x in lemma.split("|")):
            lemmas += 1
    return roots / len(words), lemmas / len(words)


def test_lemma_and_root_of_inflected_words() -> None:
    words = inflected()
    assert len(words) >= 200
    roots, lemmas = _accuracy(words)
    # Measured: 99.7% and 97.1% of 308 words (this list shaped the ranking).
    assert roots >= 0.97 and lemmas >= 0.93, (roots, lemmas)


def test_words_the_ranking_never_saw() -> None:
    roots, lemmas = _accuracy(HELD_OUT)
    # Measured: 96% and 96% of 50 words before a spelling variant was added.
    assert roots >= 0.94 and lemmas >= 0.94, (roots, lemmas)


def test_names_loanwords_other_scripts_and_digits_get_no_root() -> None:
    rooted = [w for w in NO_ROOT if any(a.root for a in analyse(w).analyses[:1])]
    # فيسبوك reads, letter for letter, as فـ+يسبّونك ("and they insult you"): the one miss.
    assert rooted in ([], ["فيسبوك"])
    for word in ("گفتگو", "پژوهش", "٢٠٢٦", "2026", "Qari"):
        found = analyse(word)
        assert not found.arabic and found.analyses == []


@pytest.mark.parametrize(("word", "lemma", "root", "prefixes", "suffixes"), [
    ("فسيكتبونها", "كتب", "كتب", ["فس", "ي"], ["ون", "ها"]),
    ("والمدارس", "مدرسة", "درس", ["وال"], []),
    ("الْكِتَابُ", "كتاب", "كتب", ["ال"], []),
    ("كـتـاب", "كتاب", "كتب", [], []),
])
def test_segmentation(word: str, lemma: str, root: str, prefixes: list[str],
                      suffixes: list[str]) -> None:
    top = analyse(word).analyses[0]
    assert folded(top.lemma) == lemma and top.root == root
    assert top.prefixes == prefixes and top.suffixes == suffixes


def test_definitions_and_plural_from_the_dictionary() -> None:
    top = analyse("المدارس").analyses[0]
    assert folded(top.lemma) == "مدرسة" and folded(top.plural).startswith("مدارس")
    assert any("تعليمية" in folded(d) for d in top.definitions)


def test_the_word_before_decides_between_noun_and_verb() -> None:
    assert analyse("كتب", before="في").analyses[0].pos == "noun"
    assert analyse("يكتب", before="لن").analyses[0].pos == "verb"


def test_qari_lookup_json(capsys: pytest.CaptureFixture[str]) -> None:
    from reader.cli import main

    assert main(["lookup", "فسيكتبونها", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["word"] == "فسيكتبونها"
    first = found["analyses"][0]
    assert {"lemma", "root", "pos", "prefixes", "suffixes", "definitions"} <= set(first)
    assert first["root"] == "كتب" and isinstance(first["definitions"], list)
    assert main(["lookup", "Qari"]) == 1
    assert "not an Arabic word" in capsys.readouterr().out
