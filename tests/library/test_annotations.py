import json
from pathlib import Path

import pytest

from reader.library.anchoring import make_anchor, place
from reader.library.articles import Library
from reader.library.importer import import_paths
from reader.library.notes_export import import_jsonld, to_jsonld, to_markdown

ORIGINAL = """\
تقرير عن المكتبة

الفقرة الأولى عن الطقس في المدينة هذا الأسبوع.

قال المدير إن المكتبة ستفتح ليلاً طوال الربيع للطلاب والباحثين.

الفقرة الأخيرة تتحدث عن الحدائق.
"""
PASSAGE = "المكتبة ستفتح ليلاً طوال الربيع"


def _article(library: Library, tmp_path: Path, text: str = ORIGINAL) -> tuple[int, Path]:
    path = tmp_path / "report.txt"
    path.write_text(text, encoding="utf-8")
    [outcome] = import_paths(library, [path])
    return outcome.id, path


def _highlight(library: Library, article_id: int, passage: str = PASSAGE, note: str = ""):
    text = library.get(article_id).plain_text
    start = text.index(passage)
    return library.annotations.add_highlight(article_id, start, start + len(passage), "blue", note)


def _reimport(library: Library, path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    [outcome] = import_paths(library, [path])
    assert outcome.status == "updated"


def test_highlight_stores_w3c_selectors(library, tmp_path):
    article_id, _ = _article(library, tmp_path)
    annotation = _highlight(library, article_id, note="موعد مهم")
    text = library.get(article_id).plain_text
    assert annotation.exact == PASSAGE
    assert text[annotation.start:annotation.end] == PASSAGE
    assert text[: annotation.start].endswith(annotation.prefix)
    assert text[annotation.end:].startswith(annotation.suffix)
    assert len(annotation.prefix) == len(annotation.suffix) == 32
    stored = library.annotations.for_article(article_id)
    assert stored == [annotation]


EDITS = {
    "paragraph before": ("الفقرة الأولى", "فقرة جديدة تماماً.\n\nالفقرة الأولى", PASSAGE),
    "inside the paragraph": ("قال المدير إن", "قال المدير في مؤتمر صحفي إن", PASSAGE),
    "paragraph after": ("الحدائق.", "الحدائق.\n\nفقرة أضيفت في النهاية.", PASSAGE),
    "passage edited": ("ستفتح ليلاً", "سوف تفتح ليلاً", "المكتبة سوف تفتح ليلاً طوال الربيع"),
}


@pytest.mark.parametrize(
    ("name", "edit", "expected"),
    [
        (name, (lambda t, o=old, n=new: t.replace(o, n)), expected)
        for name, (old, new, expected) in EDITS.items()
    ],
)
def test_reanchoring_after_edits(library, tmp_path, name, edit, expected):
    article_id, path = _article(library, tmp_path)
    annotation = _highlight(library, article_id, note="ملاحظتي")
    _reimport(library, path, edit(ORIGINAL))
    [moved] = library.annotations.for_article(article_id)
    text = library.get(article_id).plain_text
    assert not moved.orphaned, name
    assert text[moved.start:moved.end] == expected
    assert moved.exact == expected
    assert moved.note == "ملاحظتي" and moved.uuid == annotation.uuid


def test_deleted_passage_is_kept_as_orphan(library, tmp_path):
    article_id, path = _article(library, tmp_path)
    annotation = _highlight(library, article_id, note="لا تضيعها")
    paragraph = "قال المدير إن المكتبة ستفتح ليلاً طوال الربيع للطلاب والباحثين.\n\n"
    _reimport(library, path, ORIGINAL.replace(paragraph, ""))
    [kept] = library.annotations.for_article(article_id)
    assert kept.orphaned
    assert kept.exact == PASSAGE and kept.note == "لا تضيعها" and kept.uuid == annotation.uuid
    assert "not found in the current text" in to_markdown(library, [article_id])


def test_quote_with_context_picks_the_right_occurrence():
    text = "قال نعم. ثم قال نعم مرة أخرى. وأخيراً قال نعم."
    start = text.index("قال نعم", 5)
    anchor = make_anchor(text, start, start + len("قال نعم"))
    shifted = "مقدمة. " + text
    found = place(shifted, anchor)
    assert found == (start + len("مقدمة. "), start + len("مقدمة. ") + len("قال نعم"))


def test_article_notes_bookmarks_update_delete_restore(library, tmp_path):
    article_id, _ = _article(library, tmp_path)
    note = library.annotations.add_article_note(article_id, "ملاحظة عامة عن المقال")
    text = library.get(article_id).plain_text
    offset = text.index("قال المدير")
    mark = library.annotations.add_bookmark(article_id, offset)
    assert mark.name == "قال المدير إن المكتبة ستفتح ليلاً…"
    renamed = library.annotations.update(mark.id, name="موضع المدير")
    assert renamed.name == "موضع المدير"
    assert [a.kind for a in library.annotations.for_article(article_id)] == ["note", "bookmark"]
    removed = library.annotations.delete(note.id)
    assert library.annotations.get(note.id) is None
    back = library.annotations.restore(removed)
    assert back.uuid == note.uuid and back.note == note.note
    with pytest.raises(ValueError):
        library.annotations.update(mark.id, start=3)


def test_notes_are_searchable(library, tmp_path):
    article_id, _ = _article(library, tmp_path)
    _highlight(library, article_id, note="تذكير بالمسابقة الشعرية")
    assert [h.id for h in library.search("مسابقه")] == [article_id]


def test_export_delete_import_export_is_identical(library, tmp_path):
    article_id, _ = _article(library, tmp_path)
    _highlight(library, article_id, note="أولى")
    _highlight(library, article_id, "الحدائق")
    library.annotations.add_article_note(article_id, "عامة")
    library.annotations.add_bookmark(article_id, 10, "علامة")
    first = to_jsonld(library)
    assert first["total"] == 4
    item = first["first"]["items"][1]
    assert item["type"] == "Annotation" and item["id"].startswith("urn:uuid:")
    selectors = {s["type"] for s in item["target"]["selector"]}
    assert selectors == {"TextQuoteSelector", "TextPositionSelector"}
    for annotation in library.annotations.for_article(article_id):
        library.annotations.delete(annotation.id)
    counts = import_jsonld(library, json.loads(json.dumps(first)))
    assert counts == {
        "restored": 4, "existing": 0, "unmatched": 0, "rejected": 0, "reasons": []
    }
    assert json.dumps(to_jsonld(library), sort_keys=True) == json.dumps(first, sort_keys=True)
    assert import_jsonld(library, first)["existing"] == 4


def test_markdown_export_in_text_order(library, tmp_path):
    article_id, _ = _article(library, tmp_path)
    _highlight(library, article_id, "الحدائق", note="آخر")
    _highlight(library, article_id, "الطقس", note="أول")
    markdown = to_markdown(library, [article_id])
    assert markdown.split("---\n", 2)[2].lstrip("\n").startswith("# تقرير عن المكتبة\n")
    assert markdown.index("> الطقس") < markdown.index("> الحدائق")
    assert "\n\nأول\n" in markdown


def test_notes_cli(library, tmp_path, capsys):
    from reader.cli import main

    article_id, _ = _article(library, tmp_path)
    assert main(["notes", "add", str(article_id), "--exact", "الحدائق", "--note", "جميلة"]) == 0
    annotation_id = int(capsys.readouterr().out)
    assert main(["notes", str(article_id), "--json"]) == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert shown["id"] == annotation_id
    assert (shown["exact"], shown["note"]) == ("الحدائق", "جميلة")
    assert main(["notes", "add", str(article_id), "--exact", "غير موجود"]) == 1
    out = tmp_path / "notes.json"
    assert main(["export", "notes", str(article_id), "--format", "json", "-o", str(out)]) == 0
    assert main(["notes", "delete", str(annotation_id)]) == 0
    capsys.readouterr()
    assert main(["import-notes", str(out)]) == 0
    assert "1 restored" in capsys.readouterr().out
    assert main(["export", "notes", "--format", "markdown"]) == 0
    assert "> الحدائق\n\nجميلة" in capsys.readouterr().out


def test_hostile_notes_files_are_rejected_note_by_note(library, tmp_path, capsys):
    """Malformed notes each get a reason and the good ones are restored; nothing raises."""
    from reader.cli import main

    article_id, _ = _article(library, tmp_path)
    _highlight(library, article_id, "الحدائق", note="جيدة")
    export = to_jsonld(library)
    [good] = export["first"]["items"]
    for annotation in library.annotations.for_article(article_id):
        library.annotations.delete(annotation.id)
    source = good["target"]["source"]

    def bad(**target_changes):
        item = json.loads(json.dumps(good))
        item["id"] = f"urn:uuid:bad-{len(target_changes)}-{sorted(target_changes)}"
        position = next(s for s in item["target"]["selector"] if s["type"] ==
                        "TextPositionSelector")
        position.update(target_changes)
        return item

    items = [
        good,
        "not an object",
        {"type": "Annotation", "target": {"source": source, "selector": ["a string"]},
         "id": "urn:uuid:strings"},
        bad(start=[1]),
        bad(start=1e309),
        bad(start=10**30),
        bad(start=-5, end=-1),
        bad(start=9, end=3),
    ]
    counts = import_jsonld(library, {"type": "AnnotationCollection", "items": items})
    assert counts["restored"] == 2  # the good one, and the one whose selectors were strings
    assert counts["rejected"] == 6
    assert len(counts["reasons"]) == 6 and all("\n" not in r for r in counts["reasons"])
    stored = library.annotations.for_article(article_id)
    assert all(a.start is None or 0 <= a.start <= a.end for a in stored)
    # A top-level list is a collection too; deep nesting is a clear error, not a traceback.
    assert import_jsonld(library, [good])["existing"] == 1
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100000 + "]" * 100000)
    assert main(["--library", str(library.path), "import-notes", str(deep)]) == 1
    assert "nested too deeply" in capsys.readouterr().err
