"""Sync through a folder another program syncs: devices editing offline converge."""

from __future__ import annotations

import itertools

import pytest

from reader.library.saved import Collections
from tests.sync.devices import PARAGRAPHS, article, by_title, device, export, run, settle


@pytest.fixture
def shared(tmp_path):
    folder = tmp_path / "Sync" / "qari"
    folder.mkdir(parents=True)
    return folder


def test_a_second_device_gets_the_library_with_its_notes_tags_and_place(tmp_path, shared):
    a, b = device(tmp_path, "laptop"), device(tmp_path, "desktop")
    first = article(a, "مقال أول", *PARAGRAPHS)
    article(a, "Second article", "Plain English paragraph for the second one.")
    a.tags.add([first], "قراءة")
    a.set_archived([first], True)
    a.set_reading_position(first, 40, 0.5)
    note = a.annotations.add_highlight(first, 4, 10, note="ملاحظة على الدرس")
    words = Collections(a.conn)
    reading = words.create("للقراءة")
    words.add(reading.id, [first])
    a.saved_searches.save("دروس", "درس")

    sent = run(a, shared)
    assert sent.sent_files == 1 and sent.created == 0
    got = run(b, shared)
    assert (got.created, got.received_files, got.skipped) == (2, 1, [])

    there = by_title(b, "مقال أول")
    assert b.tags.of(there) == ["قراءة"]
    assert b.summary(there).archived
    row = b.conn.execute(
        "SELECT read_position, read_progress FROM articles WHERE id = ?", (there,)
    ).fetchone()
    assert row == (40, 0.5)
    [copied] = b.annotations.for_article(there)
    assert (copied.uuid, copied.note, copied.start, copied.end) == (
        note.uuid, "ملاحظة على الدرس", 4, 10)
    assert b.search("ملاحظة")  # notes are searchable on the new device
    assert b.search("الطالب")
    assert export(a) == export(b)
    # Nothing changed: nothing is sent again.
    assert run(a, shared).sent_files == 0
    assert run(b, shared).sent_files == 0


def _offline_edits(tmp_path, shared):
    a, b, c = (device(tmp_path, n) for n in ("a", "b", "c"))
    common = article(a, "المقال المشترك", *PARAGRAPHS)
    doomed = article(a, "مقال سيحذف", "نص قصير عن مقال سيحذف من أحد الأجهزة لاحقا.")
    a.tags.add([common, doomed], "أخبار")
    col = Collections(a.conn)
    listing = col.create("قائمتي")
    col.add(listing.id, [common, doomed])
    shared_note = a.annotations.add_highlight(common, 0, 8, note="السطر الأول\nالسطر الأخير")
    settle([a, b, c], shared)

    # Offline: every device edits.
    a.tags.rename("أخبار", "Daily news")
    a.annotations.update(a.annotations.by_uuid(shared_note.uuid).id,
                         note="بداية من أ\nالسطر الأول\nالسطر الأخير")
    article(a, "من الجهاز أ", "مقال جديد استورد على الجهاز الأول فقط.")

    b.delete(by_title(b, "مقال سيحذف"))
    b.annotations.update(b.annotations.by_uuid(shared_note.uuid).id,
                         note="السطر الأول\nالسطر الأخير\nخاتمة من ب")
    b_common = by_title(b, "المقال المشترك")
    b.annotations.add_highlight(b_common, 0, 8, note="ملاحظة ب على المقطع نفسه")
    b.tags.add([b_common], "مهم")

    c_col = Collections(c.conn)
    c_list = c_col.find("قائمتي")
    c_col.move(c_list.id, by_title(c, "مقال سيحذف"), 0)
    c.annotations.add_highlight(by_title(c, "المقال المشترك"), 0, 8, note="ملاحظة ج")
    c.saved_searches.save("الحديقة", "حديقة")
    return [a, b, c], shared_note.uuid


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_three_devices_editing_offline_converge_in_any_order(tmp_path, shared, order):
    devices, uuid = _offline_edits(tmp_path, shared)
    settle([devices[i] for i in order], shared)
    exports = {export(d) for d in devices}
    assert len(exports) == 1
    a = devices[0]
    titles = {s.title for s in a.matching("")}
    assert titles == {"المقال المشترك", "من الجهاز أ"}
    # The two edits of one note, made offline on two devices, are both kept.
    merged = a.annotations.by_uuid(uuid).note
    assert "بداية من أ" in merged and "خاتمة من ب" in merged and "السطر الأول" in merged
    common = by_title(a, "المقال المشترك")
    notes = {n.note for n in a.annotations.for_article(common)}
    assert {"ملاحظة ب على المقطع نفسه", "ملاحظة ج"} <= notes
    assert sorted(a.tags.of(common)) == sorted(["Daily news", "مهم"])
    assert [t.name for t in a.tags.all() if t.name == "أخبار"] == []
    assert a.saved_searches.find("الحديقة").query == "حديقة"


def test_a_reorder_reaches_every_device(tmp_path, shared):
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    ids = [article(a, f"مقال {n}", f"نص المقال رقم {n} في القائمة.") for n in range(4)]
    col = Collections(a.conn)
    listing = col.create("ترتيب")
    col.add(listing.id, ids)
    settle([a, b], shared)
    b_col = Collections(b.conn)
    b_list = b_col.find("ترتيب")
    b_col.move(b_list.id, by_title(b, "مقال 3"), 0)
    settle([b, a], shared)
    order = [a.summary(i).title for i in col.items(listing.id)]
    assert order == ["مقال 3", "مقال 0", "مقال 1", "مقال 2"]
    assert export(a) == export(b)


@pytest.mark.parametrize("rule, expected", [("latest", 100), ("furthest", 900)])
def test_the_reading_position_is_the_latest_or_the_furthest(tmp_path, shared, rule, expected):
    from reader.library.transactions import transaction
    from reader.sync.state import SyncState

    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    first = article(a, "مقال طويل", *PARAGRAPHS)
    settle([a, b], shared)
    for lib in (a, b):
        with transaction(lib.conn):
            SyncState(lib.conn).set("position", rule)
    a.set_reading_position(first, 900, 0.9)
    there = by_title(b, "مقال طويل")
    b.conn.execute("UPDATE articles SET read_progress = 0 WHERE id = ?", (there,))
    b.set_reading_position(there, 100, 0.1)
    b.conn.execute(  # opened later, on the other device (the clock counts whole seconds)
        "UPDATE articles SET opened_at = '2099-01-01T00:00:00+00:00' WHERE id = ?", (there,))
    settle([a, b], shared)
    for lib, article_id in ((a, first), (b, there)):
        row = lib.conn.execute(
            "SELECT read_position FROM articles WHERE id = ?", (article_id,)).fetchone()
        assert row[0] == expected


def test_a_broken_or_foreign_file_is_skipped_and_reported(tmp_path, shared):
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    article(a, "مقال سليم", *PARAGRAPHS)
    run(a, shared)
    stranger = shared / "devices" / "00112233aabbccdd"
    stranger.mkdir(parents=True)
    (stranger / "00000001.zip").write_bytes(b"PK\x03\x04 not really a zip")
    (stranger / "00000002.zip").write_bytes(b"\x00" * 100)
    report = run(b, shared)
    assert report.created == 1
    assert len(report.skipped) == 2
    assert all("00112233aabbccdd" in line for line in report.skipped)
    assert b.integrity_ok()


def test_a_copied_library_takes_a_new_device_name(tmp_path, shared):
    import shutil

    a = device(tmp_path, "a")
    article(a, "مقال أصلي", *PARAGRAPHS)
    run(a, shared)
    a.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    (tmp_path / "copy").mkdir()
    shutil.copy(a.path, tmp_path / "copy" / "library.sqlite3")
    from reader.library.articles import Library

    copy = Library(tmp_path / "copy" / "library.sqlite3")
    article(a, "من الأصل", "مقال جديد في المكتبة الأصلية بعد النسخ.")
    run(a, shared)
    article(copy, "من النسخة", "مقال جديد في النسخة على جهاز آخر.")
    report = run(copy, shared)
    assert report.device != run(a, shared).device
    settle([a, copy], shared)
    assert {s.title for s in copy.matching("")} == {"مقال أصلي", "من الأصل", "من النسخة"}
    assert export(a) == export(copy)


def test_an_edit_between_syncs_is_sent_alone(tmp_path, shared):
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    ids = [article(a, f"مقال {n}", f"نص المقال رقم {n} للتجربة.") for n in range(30)]
    settle([a, b], shared)
    note = a.annotations.add_highlight(ids[7], 0, 4, note="ملاحظة صغيرة")
    report = run(a, shared)
    assert report.sent_files == 1 and report.sent_bytes < 2_000
    got = run(b, shared)
    assert got.received_bytes < 2_000 and got.notes == 1
    assert b.annotations.by_uuid(note.uuid).note == "ملاحظة صغيرة"


def test_a_hostile_device_cannot_break_the_library(tmp_path, shared):
    """A file written by something else than Qari, well-formed but with values of the wrong
    kind, an article whose content is not an article, names full of controls: each bad record
    is left out, the good ones arrive, nothing crashes."""
    import json

    from pycrdt import Doc, Map, Text

    from reader.sync.package import Package

    good = device(tmp_path, "good")
    first = article(good, "مقال سليم", *PARAGRAPHS)
    run(good, shared)
    uid = good.conn.execute("SELECT uid FROM articles WHERE id = ?", (first,)).fetchone()[0]

    doc = Doc()
    maps = {name: doc.get(name, type=Map) for name in ("art", "tag", "ann", "note", "coll",
                                                         "item", "saved", "vocab", "pos")}
    bad_blob = "ab" * 32
    with doc.transaction():
        maps["art"][f"{'cd' * 32}/blob"] = bad_blob  # its content is not an article
        maps["tag"][f"{uid}/x"] = "\u202e\x1b[31m" + "ي" * 5000
        maps["tag"][f"{uid}/y"] = 42
        maps["pos"][f"{uid}/evil"] = ["a", None, 3]
        maps["ann"]["evil-1/kind"] = "script"
        maps["ann"]["evil-2/kind"] = "note"
        maps["ann"]["evil-2/article"] = uid
        maps["ann"]["evil-2/start"] = "zero"
        maps["ann"]["evil-2/end"] = -5
        maps["note"]["evil-2"] = Text("\x1b]0;owned\x07ملاحظة غريبة")
        maps["coll"]["key-that-lies/name"] = "اسم آخر"
        maps["saved"]["s/name"] = ""
        maps["vocab"]["w/word"] = ["not", "text"]
    blob = json.dumps({"title": 7, "blocks": "nope"}).encode()
    package = Package("00112233aabbccdd", 1, doc.get_update(), {bad_blob: blob})
    folder = shared / "devices" / "00112233aabbccdd"
    folder.mkdir(parents=True)
    (folder / "00000001.zip").write_bytes(package.write())

    other = device(tmp_path, "other")
    report = run(other, shared)
    assert other.integrity_ok()
    assert {s.title for s in other.matching("")} == {"مقال سليم"}
    there = by_title(other, "مقال سليم")
    tags = other.tags.of(there)
    assert len(tags) == 1 and len(tags[0]) <= 100 and "\x1b" not in tags[0]
    assert "\u202e" not in tags[0]
    [odd] = [n for n in other.annotations.for_article(there) if n.uuid == "evil-2"]
    assert odd.start is None and odd.end is None  # an anchor that makes no sense: unplaced
    assert other.collections.all() == [] and other.saved_searches.all() == []
    assert other.vocabulary.all() == []
    assert any("content was refused" in line for line in report.skipped)
