"""Collections and saved searches: hand-made ordered lists, and named queries listed live."""

import json
from pathlib import Path

import pytest

from reader.importing.pipeline import parse_bytes
from reader.library.articles import Library
from reader.library.filters import SearchFilters


@pytest.fixture
def library(tmp_path: Path):
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def _add(library: Library, title: str, body: str) -> int:
    return library.add(parse_bytes(f"{title}\n\n{body}".encode(), f"{title}.txt"), b"").id


def test_a_collection_keeps_the_order_it_is_given(library):
    ids = [_add(library, f"مقال {n}", f"نص المقال رقم {n} عن الحدائق.") for n in range(4)]
    reading = library.collections.create("قراءة الأسبوع")
    assert library.collections.add(reading.id, [ids[2], ids[0], ids[3]]) == 3
    assert library.collections.add(reading.id, [ids[0]]) == 0  # already there: no second copy
    assert library.collections.items(reading.id) == [ids[2], ids[0], ids[3]]
    library.collections.move(reading.id, ids[3], 0)
    assert library.collections.items(reading.id) == [ids[3], ids[2], ids[0]]
    listed = library.article_ids("position", False, collection=reading.id)
    assert listed == [ids[3], ids[2], ids[0]]
    # An article can be in several; a name differing only in hamza and harakat is the same one.
    other = library.collections.create("مختارات")
    library.collections.add(other.id, [ids[2]])
    assert library.collections.find("قراءة الاسبوع").id == reading.id
    assert library.collections.of(ids[2]) == ["قراءة الأسبوع", "مختارات"]
    assert library.collections.remove(reading.id, [ids[2]]) == 1
    assert library.collections.items(reading.id) == [ids[3], ids[0]]
    # Deleting an article takes it out of its collections; deleting a collection keeps them.
    library.delete(ids[0])
    assert library.collections.items(reading.id) == [ids[3]]
    library.collections.delete("قراءة الأسبوع")
    assert library.summary(ids[3]) is not None
    assert [c.name for c in library.collections.all()] == ["مختارات"]


def test_renaming_a_collection_to_a_taken_name_is_refused(library):
    library.collections.create("أ")
    library.collections.create("ب")
    with pytest.raises(ValueError):
        library.collections.rename("ب", "ا")  # أ without its hamza: the same name
    assert library.collections.rename("ب", "ج").name == "ج"
    with pytest.raises(ValueError):
        library.collections.create("  \u064e ")  # harakat alone are no name


def test_a_saved_search_lists_what_its_query_finds_now(library):
    garden = _add(library, "الحدائق", "مقال عن الحدائق والزراعة في المدن.")
    sport = _add(library, "الرياضة", "مقال عن كرة القدم.")
    library.tags.add([garden, sport], "أخبار")
    library.tags.add([sport], "رياضة")
    saved = library.saved_searches.save("أخبار بلا رياضة", "tag:اخبار  -tag:رياضه")
    assert saved.query == "tag:اخبار -tag:رياضه"
    assert [s.id for s in library.matching(saved.query)] == [garden]
    # Live: a new article with the tag is in it the next time it is opened.
    later = _add(library, "المدن", "مقال عن المدن.")
    library.tags.add([later], "أخبار")
    assert {s.id for s in library.matching(saved.query)} == {garden, later}
    # Words make it a ranked search; the shelf narrows it.
    assert [s.id for s in library.matching("الزراعة tag:أخبار")] == [garden]
    library.set_archived([garden], True)
    assert [s.id for s in library.matching("الزراعة tag:أخبار is:inbox")] == []
    # Saving under a name that exists replaces its query.
    again = library.saved_searches.save("اخبار بلا رياضة", "is:archived")
    assert again.id == saved.id and library.saved_searches.find("أخبار بلا رياضة").query == (
        "is:archived"
    )
    with pytest.raises(ValueError):
        library.saved_searches.save("فارغ", "   ")


def test_query_words_for_every_filter(library):
    from reader.library.filters import query_filters

    words, filters = query_filters(
        "حدائق tag:أ -tag:ب is:unread is:bookmarked has:notes site:x.com is:archived",
        SearchFilters(),
    )
    assert words == "حدائق"
    assert filters == SearchFilters(
        bookmarked=True, with_notes=True, unread=True, site="x.com", shelf="archive",
        tags=("أ",), without_tags=("ب",),
    )
    noted = _add(library, "ملاحظات", "مقال فيه ملاحظة.")
    _add(library, "بلا", "مقال بلا ملاحظة.")
    library.annotations.add_article_note(noted, "ملاحظة")
    assert [s.id for s in library.matching("has:notes")] == [noted]


def test_collections_and_saved_searches_travel_in_the_bundle(library, tmp_path):
    from reader.library.bundle import export_all, import_bundle

    ids = [_add(library, f"مقال {n}", f"نص رقم {n} عن موضوع {n}.") for n in range(3)]
    reading = library.collections.create("للقراءة")
    library.collections.add(reading.id, [ids[2], ids[0]])
    library.saved_searches.save("غير مقروء", "is:unread tag:أخبار")
    data = json.loads(json.dumps(export_all(library)))
    other = Library(tmp_path / "other.sqlite3")
    import_bundle(other, data)
    [collection] = other.collections.all()
    titles = [other.summary(i).title for i in other.collections.items(collection.id)]
    assert (collection.name, titles) == ("للقراءة", ["مقال 2", "مقال 0"])
    assert [(s.name, s.query) for s in other.saved_searches.all()] == [
        ("غير مقروء", "is:unread tag:أخبار")
    ]
    # A damaged list costs only itself.
    data["collections"] = [{"name": 3}, {"name": "x", "articles": "no"}, 7]
    data["saved_searches"] = {"not": "a list"}
    third = Library(tmp_path / "third.sqlite3")
    import_bundle(third, data)
    assert third.collections.all() == [] and third.count() == 3
    other.close()
    third.close()
