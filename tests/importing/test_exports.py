"""Read-it-later exports the tests write in each service's format: their articles, tags,
archived state and highlights come along; an entry with only a link is kept, to fetch."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest

from reader.library.articles import Library
from reader.library.importer import import_paths

ARTICLE_HTML = (
    "<p>تفتح المكتبة العامة قاعاتها للقراء حتى منتصف الليل طوال شهر الربيع، ويجلس الطلاب "
    "إلى الطاولات الطويلة تحت الضوء الهادئ يقرؤون الكتب والمجلات والصحف القديمة.</p>"
    "<p>وقال مدير المكتبة إن القاعة الكبرى خصصت للطلاب، وإن المكتبة ستنظم أمسيات للقراءة "
    "الجماعية كل خميس يشارك فيها كتاب من المدينة ومن خارجها.</p>"
)


@pytest.fixture
def library(tmp_path: Path):
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def _by_url(library: Library) -> dict[str, int]:
    rows = library.conn.execute("SELECT source, id FROM articles").fetchall()
    return {source: article_id for source, article_id in rows}


def test_pocket_csv(library, tmp_path):
    path = tmp_path / "part_000000.csv"
    path.write_text(
        "title,url,time_added,tags,status\n"
        "مقال عن المكتبات,https://a.example/1,1700000000,أخبار|ثقافة,unread\n"
        '"Reading, slowly",https://b.example/2,1700000100,,archive\n',
        "utf-8",
    )
    outcomes = import_paths(library, [path])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    ids = _by_url(library)
    first = library.get(ids["https://a.example/1"])
    assert first.title == "مقال عن المكتبات" and first.format == "link"
    assert first.paragraphs == ["https://a.example/1"]  # link only: fetched on request
    assert library.tags.of(first.id) == ["أخبار", "ثقافة"]
    assert library.summary(ids["https://b.example/2"]).archived
    assert library.get(ids["https://b.example/2"]).title == "Reading, slowly"


def test_instapaper_csv_folders_and_selection(library, tmp_path):
    path = tmp_path / "instapaper-export.csv"
    path.write_text(
        "URL,Title,Selection,Folder,Timestamp,Tags\n"
        'https://c.example/3,مقال مؤرشف,,Archive,1700000000,"[""قراءة""]"\n'
        "https://d.example/4,Unread piece,a passage I liked,Unread,1700000200,\n"
        "https://e.example/5,In a folder,,Essays,1700000300,\n",
        "utf-8",
    )
    import_paths(library, [path])
    ids = _by_url(library)
    assert library.summary(ids["https://c.example/3"]).archived
    assert library.tags.of(ids["https://c.example/3"]) == ["قراءة"]
    assert library.tags.of(ids["https://e.example/5"]) == ["Essays"]
    # A selection with no text to place it on is kept as a note, never dropped.
    [note] = library.annotations.for_article(ids["https://d.example/4"])
    assert "a passage I liked" in note.note


def test_wallabag_json_with_content_tags_and_annotations(library, tmp_path):
    path = tmp_path / "wallabag.json"
    path.write_text(json.dumps([
        {
            "title": "ليلة في المكتبة", "url": "https://f.example/6", "is_archived": 1,
            "content": ARTICLE_HTML, "tags": ["ثقافة", "مدن"],
            "created_at": "2024-03-01T10:00:00+0100",
            "annotations": [{"quote": "حتى منتصف الليل", "text": "مدهش"}],
        },
        {"title": "Only a link", "url": "https://g.example/7", "is_archived": 0,
         "content": "", "tags": [], "annotations": []},
    ], ensure_ascii=False), "utf-8")
    outcomes = import_paths(library, [path])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    ids = _by_url(library)
    article = library.get(ids["https://f.example/6"])
    assert article.title == "ليلة في المكتبة" and "الطاولات الطويلة" in article.plain_text
    assert library.summary(article.id).archived
    assert library.tags.of(article.id) == ["ثقافة", "مدن"]
    [highlight] = library.annotations.for_article(article.id)
    assert highlight.exact == "حتى منتصف الليل" and highlight.note == "مدهش"
    assert library.get(ids["https://g.example/7"]).format == "link"
    # The same export again: nothing new, no second highlight.
    again = import_paths(library, [path])
    assert [o.status for o in again] == ["duplicate", "duplicate"]
    assert len(library.annotations.for_article(article.id)) == 1


def test_omnivore_zip_markdown_labels_and_highlights(library, tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as package:
        package.writestr("metadata_0_to_1.json", json.dumps([
            {"title": "حديقة المدينة", "url": "https://h.example/8", "slug": "garden",
             "labels": [{"name": "مدن"}], "state": "Archived", "savedAt": "2024-01-02T00:00:00Z"},
            {"title": "No content here", "url": "https://i.example/9", "slug": "empty",
             "labels": [], "state": "Succeeded"},
        ], ensure_ascii=False))
        package.writestr("content/garden.md", "في وسط المدينة حديقة واسعة يجلس فيها القراء "
                         "تحت الأشجار.\n\nوفي المساء تضاء المصابيح على الممرات.\n")
        package.writestr("highlights/garden.md", "> يجلس فيها القراء\n\nمكان جميل\n")
    path = tmp_path / "omnivore-export.zip"
    path.write_bytes(buffer.getvalue())
    import_paths(library, [path])
    ids = _by_url(library)
    garden = library.get(ids["https://h.example/8"])
    assert garden.title == "حديقة المدينة" and "المصابيح" in garden.plain_text
    assert library.summary(garden.id).archived and library.tags.of(garden.id) == ["مدن"]
    [highlight] = library.annotations.for_article(garden.id)
    assert (highlight.exact, highlight.note) == ("يجلس فيها القراء", "مكان جميل")
    assert library.get(ids["https://i.example/9"]).format == "link"


def test_a_damaged_export_fails_in_one_line(library, tmp_path):
    path = tmp_path / "wallabag.json"
    path.write_text('[{"is_archived": 1, "url": "https://x.example"', "utf-8")
    [outcome] = import_paths(library, [path])
    assert outcome.status == "failed" and "\n" not in outcome.error


def test_instapaper_starred_is_a_bookmark(library, tmp_path):
    path = tmp_path / "instapaper-export.csv"
    path.write_text(
        "URL,Title,Selection,Folder,Timestamp,Tags\n"
        "https://s.example/1,مقال مميز,,Starred,1700000000,\n"
        "https://s.example/2,Plain,,Unread,1700000100,\n",
        "utf-8",
    )
    import_paths(library, [path])
    ids = _by_url(library)
    assert library.summary(ids["https://s.example/1"]).bookmarked
    assert not library.summary(ids["https://s.example/2"]).bookmarked
    assert library.tags.of(ids["https://s.example/1"]) == []


def test_a_wallabag_entry_with_short_content_keeps_its_words(library, tmp_path):
    path = tmp_path / "wallabag.json"
    path.write_text(json.dumps([
        {"title": "ملاحظة قصيرة", "url": "https://w.example/1", "is_archived": 0,
         "is_starred": 1, "content": "<p>رابط يستحق القراءة لاحقا.</p>", "tags": []},
    ], ensure_ascii=False), "utf-8")
    import_paths(library, [path])
    article = library.get(_by_url(library)["https://w.example/1"])
    assert article.format != "link"
    assert article.paragraphs == ["رابط يستحق القراءة لاحقا."]
    assert library.summary(article.id).bookmarked


def test_omnivores_metadata_json_alone_imports_its_entries(library, tmp_path):
    path = tmp_path / "metadata_0_to_2.json"
    path.write_text(json.dumps([
        {"id": "1", "slug": "first-slug", "title": "مقال من أومنيفور",
         "url": "https://o.example/1", "state": "Archived", "labels": [{"name": "قراءة"}],
         "savedAt": "2024-01-01T10:00:00.000Z"},
        {"id": "2", "slug": "second", "title": "Second", "url": "https://o.example/2",
         "state": "Succeeded", "labels": [], "savedAt": "2024-01-02T10:00:00.000Z"},
    ], ensure_ascii=False), "utf-8")
    outcomes = import_paths(library, [path])
    assert [o.status for o in outcomes] == ["imported", "imported"]
    ids = _by_url(library)
    first = library.get(ids["https://o.example/1"])
    assert first.title == "مقال من أومنيفور" and first.format == "link"
    assert library.summary(first.id).archived and library.tags.of(first.id) == ["قراءة"]
    assert "[" not in {library.get(i).title for i in ids.values()}


def test_pockets_html_export_is_a_list_of_links(library, tmp_path):
    path = tmp_path / "ril_export.html"
    path.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Pocket Export</title></head>"
        "<body><h1>Unread</h1><ul>"
        '<li><a href="https://p.example/1" time_added="1700000000" tags="مدن,ثقافة">'
        "مقال عن المدن</a></li>"
        '<li><a href="https://p.example/2" time_added="1700000100" tags="">Second</a></li>'
        "</ul><h1>Read Archive</h1><ul>"
        '<li><a href="https://p.example/3" time_added="1700000200" tags="">Old one</a></li>'
        "</ul></body></html>",
        "utf-8",
    )
    outcomes = import_paths(library, [path])
    assert [o.status for o in outcomes] == ["imported"] * 3
    ids = _by_url(library)
    assert library.get(ids["https://p.example/1"]).title == "مقال عن المدن"
    assert sorted(library.tags.of(ids["https://p.example/1"])) == sorted(["مدن", "ثقافة"])
    assert library.summary(ids["https://p.example/3"]).archived
    assert not library.summary(ids["https://p.example/2"]).archived
    assert "Pocket Export" not in {library.get(i).title for i in ids.values()}
