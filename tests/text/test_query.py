import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.text.query import (
    OffsetMap,
    find_matches,
    fold,
    fts_expression,
    parse_query,
    snippet,
)
from reader.text.search import index_terms, normalize_for_search


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مَكْتَبَةٌ", "مكتبه"),  # fatha, sukun, tanween, ta marbuta
        ("شدّة", "شده"),  # shadda
        ("هٰذا", "هذا"),  # superscript alef
        ("كـــتاب", "كتاب"),  # tatweel
        ("أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"),
        ("مستشفى", "مستشفي"),
        ("کتاب یک", "كتاب يك"),  # Persian kaf and yeh
        ("٢٠٢٢ و ۱۴۰۱", "2022 و 1401"),
        ("Bluesky TWITTER", "bluesky twitter"),
    ],
)
def test_normalisation(text, expected):
    assert normalize_for_search(text) == expected


@pytest.mark.parametrize("form", ["الكواليس", "والكواليس", "بالكواليس", "للكواليس", "كواليس"])
def test_clitic_forms_match_the_bare_word(form):
    text = f"قالت المصادر إن ما جرى {form} كان مختلفاً."
    [(start, end)] = find_matches(text, parse_query("كواليس"))
    assert text[start:end] == form
    assert "كواليس" in index_terms(text).split()


def test_matches_map_back_to_vocalised_text():
    text = "وقَرَّرَ المُدِيرُ أنَّ المَكْتَبَةَ تَفْتَحُ لَيْلاً"
    [(start, end)] = find_matches(text, parse_query("المكتبه"))
    assert text[start:end] == "المَكْتَبَةَ"


def test_prefix_and_phrase():
    text = "بدأت القصة في مارس، وبعدها تغير كل شيء في الشركة."
    spans = find_matches(text, parse_query("الشرك*"))
    assert [text[s:e] for s, e in spans] == ["الشركة"]
    spans = find_matches(text, parse_query('"تغير كل شيء"'))
    assert [text[s:e] for s, e in spans] == ["تغير كل شيء"]
    assert find_matches(text, parse_query('"كل تغير"')) == []


def test_fts_expression_quotes_every_word():
    expression = fts_expression(parse_query('الكواليس "خلف الكواليس" بلوسك* OR'))
    assert expression == (
        '("الكواليس" OR "كواليس") AND {title body notes} : "خلف الكواليس" AND "بلوسك"* AND "or"'
    )


def test_empty_and_punctuation_queries():
    assert parse_query("") == []
    assert parse_query(" ،؟!\" ") == []


def test_snippet_cuts_at_words_and_marks_the_match():
    text = " ".join(f"كلمة{i}" for i in range(60))
    start = text.index("كلمة30")
    passage, s, e = snippet(text, (start, start + len("كلمة30")), width=30)
    assert passage.startswith("… ") and passage.endswith(" …")
    assert passage[s:e] == "كلمة30"


def _reference_map(text):
    """The obvious per-character map: each folded character -> the character it came from."""
    index = [o for o, char in enumerate(text) for _ in normalize_for_search(char)]
    return "".join(normalize_for_search(c) for c in text), index + [len(text)]


_MIXED = st.text(
    alphabet=st.sampled_from(
        list("كتب المَدْرَسَةُ وٱلْـكِتابُ ١٢ ab ßﷲﻻ\u0651\u0670\u200c.،")
    ),
    max_size=60,
)


@given(_MIXED)
def test_offset_map_equals_the_per_character_map(text):
    folded, offsets = fold(text), OffsetMap(text)
    expected_folded, expected = _reference_map(text)
    assert folded == expected_folded
    assert [offsets[i] for i in range(len(folded) + 1)] == expected


def test_matches_after_expanding_and_vanishing_characters():
    text = "ﷲ كتب ﻻ وَالْمَكْتَبَةُ ß"
    [(start, end)] = find_matches(text, parse_query("مكتبه"))
    assert text[start:end] == "وَالْمَكْتَبَةُ"


def test_first_match_after_a_long_run_without_spaces():
    # A pasted link or a line of digits holds no space to end a window at.
    text = "مقدمة قصيرة " + "x" * 5000 + " ثم جاءت المكتبة في النهاية"
    [(start, end)] = find_matches(text, parse_query("مكتبه"), near_first=140)
    assert text[start:end] == "المكتبة"
    assert find_matches(text, parse_query("غائب"), near_first=140) == []


def _reference_matches(text, terms):
    """The matcher as first written: a look-behind pattern run over the folded text."""
    import re

    from reader.text.search import PREFIXES

    clitics = "(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + ")?"
    parts = []
    for term in terms:
        if term.phrase:
            words = r"\W+".join(re.escape(w) for w in term.words)
            parts.append(rf"(?<!\w){clitics}{words}(?!\w)")
        else:
            variants = "|".join(re.escape(v) for v in term.variants())
            tail = r"\w*" if term.prefix else r"(?!\w)"
            parts.append(rf"(?<!\w){clitics}(?:{variants}){tail}")
    folded, index = _reference_map(text)
    pattern = re.compile("|".join(f"(?:{p})" for p in parts))
    spans = []
    for m in pattern.finditer(folded):
        if m.end() > m.start():
            start, end = index[m.start()], index[m.end() - 1] + 1
            while end < len(text) and normalize_for_search(text[end]) == "":
                end += 1
            spans.append((start, end))
    return spans


_WORDS = st.sampled_from(
    ["المكتبة", "والمكتبة", "بالمكتبة", "مكتبة", "للمكتبة", "مَكْتَبَةٌ", "كتب", "الكتاب",
     "وكتاب", "Bluesky", "bluesky", "٢٠٢٤", "2024", "قال", "فقال", "الانتخابات", "انتخب", "x_y"]
)
_SEPARATORS = st.sampled_from([" ", "، ", "\n\n", " — ", ". ", "\u200c"])


@given(st.lists(st.tuples(_WORDS, _SEPARATORS), max_size=25),
       st.sampled_from(["مكتبة", "المكتبة", "كتاب", "bluesky", "2024", "قال", "الانتخ*",
                        '"قال المكتبة"', "كتب مكتبة"]))
def test_matcher_agrees_with_the_first_one(pieces, query):
    text = "".join(word + separator for word, separator in pieces)
    terms = parse_query(query)
    full = _reference_matches(text, terms)
    assert find_matches(text, terms) == full
    near = find_matches(text, terms, near_first=140)  # the snippet's: a start of the list
    assert near == full[: len(near)] and bool(near) == bool(full)
