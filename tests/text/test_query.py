import pytest

from reader.text.query import find_matches, fts_expression, parse_query, snippet
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
