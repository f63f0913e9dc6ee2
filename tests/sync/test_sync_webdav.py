"""Sync through a real WebDAV server: convergence, and every failure one line with nothing
lost."""

from __future__ import annotations

import pytest

from reader.sync.engine import sync
from reader.sync.transport import SyncFailed, WebDavTransport
from tests.sync.devices import PARAGRAPHS, article, by_title, device, export, settle
from tests.sync.webdav_server import PASSWORD, USER, dropping, running


@pytest.fixture
def server(tmp_path):
    root = tmp_path / "server"
    root.mkdir()
    with running(root) as (url, faults):
        yield url, faults, root


def _dav(url: str, password: str = PASSWORD) -> WebDavTransport:
    return WebDavTransport(url, USER, password)


def test_three_devices_converge_over_webdav(tmp_path, server):
    url, _, root = server
    a, b, c = (device(tmp_path, n) for n in "abc")
    first = article(a, "مقال عبر الخادم", *PARAGRAPHS)
    a.annotations.add_highlight(first, 0, 6, note="ملاحظة أ")
    settle([a, b, c], _dav(url))
    b.annotations.add_highlight(by_title(b, "مقال عبر الخادم"), 10, 20, note="ملاحظة ب")
    c.tags.add([by_title(c, "مقال عبر الخادم")], "خادم")
    article(c, "من ج", "مقال جديد من الجهاز الثالث عبر الخادم.")
    settle([c, b, a], _dav(url))
    assert export(a) == export(b) == export(c)
    assert len(a.annotations.for_article(first)) == 2
    assert a.tags.of(first) == ["خادم"]
    assert (root / "qari-sync.json").exists()
    assert not list(root.rglob("*.part"))  # every file arrived whole under its own name


@pytest.mark.parametrize("status, words", [
    (401, "refused the user name or password"),
    (404, "not on the server"),
    (412, "412"),
    (507, "out of space"),
])
def test_a_failing_server_is_one_line_and_nothing_is_lost(tmp_path, server, status, words):
    url, faults, _ = server
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    article(a, "قبل العطل", *PARAGRAPHS)
    settle([a, b], _dav(url))
    note = a.annotations.add_highlight(by_title(a, "قبل العطل"), 0, 5, note="كتبت أثناء العطل")
    before = export(a)
    faults.status = status
    with pytest.raises(SyncFailed) as caught:
        sync(a, _dav(url))
    assert words in str(caught.value) and "\n" not in str(caught.value)
    assert export(a) == before  # the library is as it was, the note kept
    faults.status = None
    sync(a, _dav(url))
    sync(b, _dav(url))
    assert b.annotations.by_uuid(note.uuid).note == "كتبت أثناء العطل"


def test_a_failure_half_way_through_sending_loses_nothing(tmp_path, server):
    url, faults, _ = server
    a, b = device(tmp_path, "a"), device(tmp_path, "b")
    article(a, "الأول", *PARAGRAPHS)
    settle([a, b], _dav(url))
    for n in range(3):
        article(a, f"جديد {n}", f"نص المقال الجديد رقم {n}.")
    faults.after, faults.requests, faults.status = 3, 0, 507
    with pytest.raises(SyncFailed, match="out of space"):
        sync(a, _dav(url))
    faults.status = None
    sync(a, _dav(url))
    sync(b, _dav(url))
    assert {s.title for s in b.matching("")} == {"الأول", "جديد 0", "جديد 1", "جديد 2"}
    assert export(a) == export(b)


def test_a_dropped_connection_and_a_wrong_password(tmp_path, server):
    a = device(tmp_path, "a")
    article(a, "مقال", *PARAGRAPHS)
    with dropping() as url, pytest.raises(SyncFailed, match="connection to the server was lost"):
        sync(a, _dav(url))
    with pytest.raises(SyncFailed, match="refused the user name or password") as caught:
        sync(a, _dav(server[0], password="wrong"))
    assert not caught.value.retry
    assert sync(a, _dav(server[0])).sent_files == 1


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0)])
def test_three_devices_editing_offline_converge_over_webdav(tmp_path, server, order):
    from tests.sync.test_sync_folder import _offline_edits

    url = server[0]
    devices, uuid = _offline_edits(tmp_path, _dav(url))
    settle([devices[i] for i in order], _dav(url))
    assert len({export(d) for d in devices}) == 1
    merged = devices[0].annotations.by_uuid(uuid).note
    assert "بداية من أ" in merged and "خاتمة من ب" in merged
