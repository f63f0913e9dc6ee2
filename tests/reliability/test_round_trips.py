"""Round trips are exact: random libraries (harakat and mixed scripts, highlights, notes,
orphans left by re-imports, bookmarks, tags, the archive, collections, saved searches) are
exported, imported into an empty library and exported again, and nothing has changed."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.library.articles import Library
from reader.library.bundle import export_all, import_bundle
from reader.library.importer import import_paths
from reader.library.notes_export import import_jsonld, to_jsonld, to_markdown

WORDS = (
    "كَتَبَ", "الْكِتَابُ", "مكتبة", "والكتابة", "قال", "إِنَّ", "المدينة", "ليلاً", "هٰذا",
    "Bluesky", "Qt", "HarfBuzz", "«اقتباس»", "٢٠٢٦", "42", "—", "ﷺ", "مؤتمر", "تُفتَح",
)
word = st.sampled_from(WORDS)
sentence = st.lists(word, min_size=3, max_size=10).map(" ".join)
paragraph = st.lists(sentence, min_size=1, max_size=3).map(". ".join)
article = st.tuples(
    st.lists(word, min_size=1, max_size=5).map(" ".join),  # title
    st.lists(paragraph, min_size=2, max_size=4),
)
note_text = st.one_of(st.just(""), sentence, st.text(max_size=30))
names = st.lists(word, min_size=1, max_size=2).map(" ".join)


def _write(path: Path, title: str, paragraphs: list[str]) -> None:
    path.write_text(title + "\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")


def _build(library: Library, folder: Path, data: st.DataObject) -> None:
    drafts = data.draw(st.lists(article, min_size=1, max_size=3), label="articles")
    for number, (title, paragraphs) in enumerate(drafts):
        path = folder / f"article-{number}.txt"
        _write(path, title, paragraphs)
        [outcome] = import_paths(library, [path], workers=0)
        if outcome.status != "imported":
            continue  # the same text twice: one article
        article_id = outcome.id
        text = library.get(article_id).plain_text
        for _ in range(data.draw(st.integers(0, 4), label="highlights")):
            start = data.draw(st.integers(0, len(text) - 1))
            end = data.draw(st.integers(start + 1, min(len(text), start + 60)))
            color = data.draw(st.sampled_from(("yellow", "blue", "")))
            try:
                library.annotations.add_highlight(article_id, start, end, color,
                                                  data.draw(note_text))
            except ValueError:
                pass  # blank space alone is not a passage, as in the window
        if data.draw(st.booleans(), label="article note"):
            library.annotations.add_article_note(article_id, data.draw(sentence))
        if data.draw(st.booleans(), label="position bookmark"):
            library.annotations.add_bookmark(
                article_id, data.draw(st.integers(0, len(text))), data.draw(note_text)
            )
        if data.draw(st.booleans(), label="re-imported with a paragraph replaced"):
            # Highlights in the replaced paragraph become orphans; the rest are placed again.
            changed = list(paragraphs)
            changed[data.draw(st.integers(0, len(changed) - 1))] = data.draw(paragraph)
            _write(path, title, changed)
            import_paths(library, [path], workers=0)
        library.set_bookmarked(article_id, data.draw(st.booleans(), label="bookmarked"))
        if data.draw(st.booleans(), label="archived"):
            library.set_archived([article_id], True)
        for tag in data.draw(st.lists(names, max_size=2), label="tags"):
            library.tags.add([article_id], tag)
    ids = [row[0] for row in library.conn.execute("SELECT id FROM articles ORDER BY id")]
    for name in data.draw(st.lists(names, max_size=2, unique=True), label="collections"):
        try:
            collection = library.collections.create(name)
        except ValueError:
            continue  # a name that folds like one already made
        library.collections.add(collection.id, data.draw(st.permutations(ids)))
    for name in data.draw(st.lists(names, max_size=2, unique=True), label="saved searches"):
        try:
            library.saved_searches.save(name, data.draw(st.sampled_from(
                ("is:unread", "tag:مكتبة", "كتب -tag:Qt", "has:notes is:archived")
            )))
        except ValueError:
            continue


def _dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, indent=1)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_export_import_export_is_identical(data: st.DataObject):
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with Library(folder / "first.sqlite3") as first:
            _build(first, folder, data)
            bundle = json.loads(json.dumps(export_all(first)))
            notes = to_jsonld(first)
            markdown = to_markdown(first)
            orphans = [
                a for (i,) in first.conn.execute("SELECT id FROM articles")
                for a in first.annotations.for_article(i) if a.orphaned
            ]
        # The whole library, as one bundle.
        with Library(folder / "second.sqlite3") as second:
            results = import_bundle(second, bundle)
            assert [r.status for _title, r in results] == ["imported"] * len(results)
            assert _dumps(export_all(second)) == _dumps(bundle)
            assert to_markdown(second) == markdown
        # The notes alone, into a library that has the articles but none of the notes.
        without_notes = dict(bundle, notes=None)
        with Library(folder / "third.sqlite3") as third:
            import_bundle(third, without_notes)
            counts = import_jsonld(third, json.loads(json.dumps(notes)))
            assert counts["rejected"] == counts["unmatched"] == 0
            assert _dumps(to_jsonld(third)) == _dumps(notes)
            assert to_markdown(third) == markdown
            kept = [
                a for (i,) in third.conn.execute("SELECT id FROM articles")
                for a in third.annotations.for_article(i) if a.orphaned
            ]
            def selectors(annotations: list) -> list[tuple]:
                return sorted((a.uuid, a.exact, a.prefix, a.suffix, a.start, a.end)
                              for a in annotations)

            assert selectors(kept) == selectors(orphans)


def test_an_orphan_keeps_every_selector_through_export_and_import(tmp_path: Path):
    """The case that was lost: a highlight whose passage a re-import deleted."""
    path = tmp_path / "a.txt"
    _write(path, "عنوان", ["الفقرة الأولى باقية كما هي.", "فقرة ستُحذف بعد قليل من النص."])
    with Library(tmp_path / "first.sqlite3") as first:
        [outcome] = import_paths(first, [path], workers=0)
        text = first.get(outcome.id).plain_text
        start = text.index("ستُحذف")
        first.annotations.add_highlight(outcome.id, start, start + 6, "pink", "لماذا؟")
        _write(path, "عنوان", ["الفقرة الأولى باقية كما هي.", "فقرة أخرى مكانها."])
        import_paths(first, [path], workers=0)
        notes = to_jsonld(first)
        bundle = export_all(first)
    [item] = notes["first"]["items"]
    selectors = {s["type"]: s for s in item["target"]["selector"]}
    assert selectors["TextQuoteSelector"]["exact"] == "ستُحذف"
    assert selectors["TextPositionSelector"] == {
        "type": "TextPositionSelector", "start": start, "end": start + 6
    }
    with Library(tmp_path / "second.sqlite3") as second:
        import_bundle(second, dict(bundle, notes=None))
        assert import_jsonld(second, notes)["restored"] == 1
        assert to_jsonld(second) == notes
        [kept] = second.annotations.for_article(1)
        assert kept.orphaned and kept.note == "لماذا؟"
