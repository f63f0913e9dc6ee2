"""Search by root and lemma: every derivative of a root is found and no word of another root;
the index follows edits and deletions; an interrupted indexing goes on where it stopped."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.importing.pipeline import parse_bytes
from reader.library.articles import Library
from reader.library.word_index import index_pending, pending_count

# One article a word: of the root ك ت ب, and of roots that share its letters.
OF_KTB = ["كتب", "يكتبون", "الكاتب", "مكتبة", "والكتابة", "مكتوب", "كتابهم", "سيكتبونها",
          "المكاتب", "كتبنا"]
NOT_KTB = ["كبتوا", "الكبير", "بكت", "تركت", "كتف", "البيت", "ركب", "كثب"]


def _article(library: Library, title: str, word: str) -> int:
    text = f"{title}\n\nقرأت اليوم جملة فيها الكلمة {word} ثم أغلقت الدفتر ونمت."
    return library.add(parse_bytes(text.encode(), "a.txt")).id


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library(tmp_path / "library.sqlite3")
    yield lib
    lib.close()


def test_root_search_finds_every_derivative_and_nothing_else(library: Library) -> None:
    ours = {_article(library, f"مقال {n}", w): w for n, w in enumerate(OF_KTB)}
    others = {_article(library, f"نص {n}", w): w for n, w in enumerate(NOT_KTB)}
    assert index_pending(library.conn) == len(ours) + len(others)
    found = {hit.id for hit in library.search("root:كتب", limit=100)}
    assert found == set(ours), (
        [ours[i] for i in set(ours) - found], [others[i] for i in found - set(ours)])
    # The words are marked in the snippet.
    hit = next(h for h in library.search("root:كتب", limit=100) if ours[h.id] == "سيكتبونها")
    start, end = hit.marks[0]
    assert hit.snippet[start:end] == "سيكتبونها"


def test_lemma_search_and_combinations(library: Library) -> None:
    book = _article(library, "الكتب", "كتابهم")
    books = _article(library, "المكتبة", "والكتب")
    writer = _article(library, "الكاتب", "الكاتب")
    index_pending(library.conn)
    assert {h.id for h in library.search("lemma:كتاب")} == {book, books}
    # With words, and with other filters: ranked by the words, kept by the lemma.
    assert [h.id for h in library.search("lemma:كتاب المكتبة")] == [books]
    library.set_archived([books], True)
    assert {h.id for h in library.search("lemma:كتاب is:inbox")} == {book}
    assert writer not in {h.id for h in library.search("lemma:كتاب")}


def test_the_index_follows_new_text_and_deletion(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("مذكرة\n\nيكتبون الرسائل كل يوم.", encoding="utf-8")
    first = library.add(parse_bytes(path.read_bytes(), path.name), source_path=path).id
    index_pending(library.conn)
    assert [h.id for h in library.search("root:كتب")] == [first]
    path.write_text("مذكرة\n\nيدرسون التاريخ كل يوم.", encoding="utf-8")
    library.add(parse_bytes(path.read_bytes(), path.name), source_path=path)
    assert pending_count(library.conn) == 1  # its new text waits for the index
    index_pending(library.conn)
    assert library.search("root:كتب") == []
    assert [h.id for h in library.search("root:درس")] == [first]
    library.delete(first)
    assert library.search("root:درس") == []


def test_an_interrupted_indexing_goes_on(library: Library) -> None:
    for n in range(45):
        _article(library, f"مقال {n}", "يكتبون")
    calls = []
    index_pending(library.conn, cancelled=lambda: len(calls) > 0,
                  progress=lambda done, total: calls.append(done))
    assert pending_count(library.conn) == 43  # its first batch (two articles) written whole
    index_pending(library.conn)
    assert pending_count(library.conn) == 0
    assert len(library.search("root:كتب", limit=100)) == 45


def test_qari_search_indexes_what_it_needs(tmp_path: Path, capsys, isolated_home) -> None:
    from reader.cli import main

    page = tmp_path / "a.md"
    page.write_text("# رسائل\n\nالطلاب يكتبون رسائلهم في المكتبة.\n", encoding="utf-8")
    assert main(["import", str(page)]) == 0
    capsys.readouterr()
    assert main(["search", "root:كتب", "--json"]) == 0
    captured = capsys.readouterr()
    assert "indexing the words of 1 articles" in captured.err
    import json

    [hit] = json.loads(captured.out)
    assert hit["title"] == "رسائل"
    assert main(["search", "root:سفر"]) == 1


def test_a_note_is_searched_by_root_too(library: Library) -> None:
    article = _article(library, "مذكرة", "البيت")
    index_pending(library.conn)
    assert library.search("root:سفر") == []
    library.annotations.add_article_note(article, "سأسافر غدا إلى المدينة")
    assert pending_count(library.conn) == 1  # the note sends the article back
    index_pending(library.conn)
    assert [h.id for h in library.search("root:سفر")] == [article]
