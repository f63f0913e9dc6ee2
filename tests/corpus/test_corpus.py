"""Every file in ../shared/corpus imports (or fails with a sensible reason)."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from reader.importing.pipeline import parse_file
from reader.library.importer import import_paths

CHROME = ("profile", "clock", "eye ", "Slide ", "تم نسخ عنوان المقال", "التعليقات (")


def _collapse(text: str) -> str:
    return " ".join(text.split())


def test_whole_corpus_imports(corpus: Path, library):
    outcomes = import_paths(library, [corpus])
    failed = [o for o in outcomes if o.status == "failed"]
    assert failed == []
    for outcome in outcomes:
        if outcome.status == "skipped":
            assert outcome.path.endswith((".json", ".tsv")), outcome
    assert library.integrity_ok()
    again = import_paths(library, [corpus])
    assert {o.status for o in again} <= {"duplicate", "skipped"}


def test_reference_saved_article(corpus: Path):
    article, _ = parse_file(corpus / "saved-text" / "musk-dorsey-bluesky.txt")
    assert article.title == "إيلون ماسك وجاك دورسي... علاقة تواطؤ خلف الكواليس"
    assert article.published == datetime(2022, 11, 10, 9, 25, 38)
    assert article.views == 732
    assert article.comments == 0
    assert len(article.paragraphs) == 15
    for paragraph in article.paragraphs:
        for chrome in CHROME:
            assert chrome not in paragraph
    assert article.paragraphs[0].startswith("فتح إعلان المؤسس المشارك")
    assert article.paragraphs[-1].endswith("تكشف عكس ذلك.")
    assert all(b.direction == "rtl" for b in article.blocks)


def test_ant_titles_come_from_title_tag(corpus: Path):
    files = sorted((corpus / "ant").glob("*/*.txt"))
    assert len(files) == 102
    for path in files:
        raw = path.read_text(encoding="utf-8")
        expected = raw.split("<TITLE>", 1)[1].split("</TITLE>", 1)[0]
        article, _ = parse_file(path)
        assert article.format == "tagged-text"
        assert article.title == _collapse(expected.replace("&quot;", '"')), path
        assert article.published is not None, path
        assert article.paragraphs, path


def test_encoding_samples_decode_to_the_same_text(corpus: Path):
    folder = corpus / "encodings" / "uchardet-ar"
    texts = {}
    for name, encoding in (
        ("utf-8.txt", "utf-8"),
        ("windows-1256.txt", "windows-1256"),
        ("iso-8859-6.txt", "iso-8859-6"),
    ):
        article, _ = parse_file(folder / name)
        assert article.encoding == encoding
        texts[name] = article.plain_text
    assert len(set(texts.values())) == 1


def test_trafilatura_arabic_page(corpus: Path):
    folder = corpus / "html" / "arabic" / "trafilatura"
    expected = json.loads((folder / "assabah.com.tn.article.expected.json").read_text("utf-8"))
    article, _ = parse_file(folder / expected["file"])
    assert article.title == _collapse(expected["title"])
    for snippet in expected["with"]:
        assert snippet in article.plain_text
    for snippet in expected["without"]:
        assert snippet not in article.plain_text
    assert article.direction == "rtl" and article.language == "ar"


def test_fundus_arabic_page(corpus: Path):
    folder = corpus / "html" / "arabic" / "fundus"
    expected = json.loads((folder / "LBCGroup.expected.json").read_text("utf-8"))["V1"]
    article, _ = parse_file(folder / "LBCGroup_2026_01_08.html")
    paragraphs = [p for s in expected["body"]["sections"] for p in s["paragraphs"]]
    for paragraph in paragraphs:
        assert _collapse(paragraph) in article.paragraphs
    # Nothing but the article: the latest-news ticker's times and counters are left out.
    assert len(article.paragraphs) == len(paragraphs)
    # The date with its time and zone, as the page states it.
    assert article.published.isoformat() == expected["publishing_date"].replace(" ", "T")
    assert article.direction == "rtl"


@pytest.mark.parametrize(
    "name",
    ["bbc-1", "guardian-1", "lemonde-1", "medium-1", "nytimes-1", "rtl-1", "rtl-2", "rtl-3",
     "rtl-4", "theverge", "wapo-1", "wikipedia-2"],
)
def test_readability_titles_and_direction(corpus: Path, name: str):
    folder = corpus / "html" / "readability" / name
    expected = json.loads((folder / "expected-metadata.json").read_text("utf-8"))
    article, _ = parse_file(folder / "source.html")
    assert article.title == expected["title"]
    if expected.get("dir"):
        assert article.direction == expected["dir"]
