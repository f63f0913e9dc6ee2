"""The vocabulary: words kept with their lemma, root, definitions and sentence; filtered;
exported as a CSV Anki imports and as Markdown; carried by the library bundle."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from reader.importing.pipeline import parse_bytes
from reader.library.articles import Library
from reader.library.bundle import export_all, import_bundle
from reader.library.vocabulary import Word, anki_csv, markdown


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def _article(library: Library) -> int:
    text = "رحلة مدرسية\n\nذهب الطلاب إلى المدارس صباحا. ثم كتبوا رسائلهم في المكتبة."
    return library.add(parse_bytes(text.encode(), "a.txt")).id


def test_keep_filter_and_remove(library: Library) -> None:
    article = _article(library)
    schools = library.vocabulary.add(Word("المدارس", "مَدْرَسَة", "درس", "noun",
                                          ["مؤسسة تعليمية"], "ذهب الطلاب إلى المدارس صباحا.",
                                          article, "رحلة مدرسية"))
    library.vocabulary.add(Word("كتبوا", "كَتَبَ", "كتب", "verb", [], "ثم كتبوا رسائلهم.",
                                article, "رحلة مدرسية"))
    again = library.vocabulary.add(Word("المدارس", "مَدْرَسَة", "درس", "noun", [],
                                        "ذهب الطلاب إلى المدارس صباحا.", article))
    assert again.id == schools.id  # the same word from the same sentence: kept once
    assert [w.word for w in library.vocabulary.all(root="درس")] == ["المدارس"]
    assert len(library.vocabulary.all(article_id=article)) == 2
    assert [w.word for w in library.vocabulary.all(text="رسائلهم")] == ["كتبوا"]
    library.delete(article)
    kept = library.vocabulary.all()
    assert len(kept) == 2 and all(w.article_id is None for w in kept)  # the words stay
    assert library.vocabulary.remove(schools.id)
    assert [w.word for w in library.vocabulary.all()] == ["كتبوا"]


def test_anki_csv_and_markdown(library: Library) -> None:
    word = Word("المدارس", "مَدْرَسَة", "درس", "noun", ["مؤسسة تعليمية", 'معنى "ثان"'],
                "ذهب الطلاب إلى المدارس صباحا.", None, "رحلة")
    text = anki_csv([word])
    lines = text.splitlines()
    assert lines[:3] == ["#separator:Comma", "#html:true", "#columns:Front;Back"]
    [row] = list(csv.reader(io.StringIO("\n".join(lines[3:]))))
    front, back = row
    assert "إلى <b>المدارس</b> صباحا" in front
    assert "مَدْرَسَة" in back and "د ر س" in back and "&quot;ثان&quot;" in back
    md = markdown([word])
    assert "> ذهب الطلاب إلى **المدارس** صباحا." in md and "- مؤسسة تعليمية" in md


def test_the_vocabulary_travels_in_the_bundle(library: Library, tmp_path: Path) -> None:
    article = _article(library)
    library.vocabulary.add(Word("المدارس", "مَدْرَسَة", "درس", "noun", ["مؤسسة تعليمية"],
                                "ذهب الطلاب إلى المدارس صباحا.", article, "رحلة مدرسية"))
    library.vocabulary.add(Word("سافر", "سَافَرَ", "سفر", "verb", [], "", None, ""))
    bundle = json.loads(json.dumps(export_all(library), ensure_ascii=False))
    with Library(tmp_path / "other.sqlite3") as other:
        import_bundle(other, bundle)
        words = {w.word: w for w in other.vocabulary.all()}
        assert set(words) == {"المدارس", "سافر"}
        assert words["المدارس"].article_id is not None
        assert other.get(words["المدارس"].article_id).title == "رحلة مدرسية"
        assert words["المدارس"].definitions == ["مؤسسة تعليمية"]
        again = json.loads(json.dumps(export_all(other), ensure_ascii=False))
    assert again["vocabulary"] == bundle["vocabulary"]


def test_qari_vocab(tmp_path: Path, capsys, isolated_home) -> None:
    from reader.cli import main

    page = tmp_path / "a.md"
    page.write_text("# رحلة\n\nذهب الطلاب إلى المدارس صباحا.\n", encoding="utf-8")
    assert main(["import", str(page)]) == 0
    capsys.readouterr()
    assert main(["vocab", "add", "المدارس", "--article", "1", "--json"]) == 0
    kept = json.loads(capsys.readouterr().out)
    assert kept["root"] == "درس" and kept["sentence"] == "ذهب الطلاب إلى المدارس صباحا."
    assert main(["vocab", "--json", "--root", "درس"]) == 0
    assert [w["word"] for w in json.loads(capsys.readouterr().out)] == ["المدارس"]
    out = tmp_path / "anki.csv"
    assert main(["vocab", "export", "--format", "anki", "-o", str(out)]) == 0
    assert "<b>المدارس</b>" in out.read_text(encoding="utf-8")
    assert main(["vocab", "add", "الجبال", "--article", "1"]) == 1
    assert "is not in article 1" in capsys.readouterr().err
