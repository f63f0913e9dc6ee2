"""Feeds against a server on the loopback interface: entries arrive with their titles, dates
(their zone kept) and whole text; a second refresh is a conditional request answered 304; a
changed entry is updated in place; no entry comes twice; servers are asked politely; hostile
feeds cost one line."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from reader.importing.model import ImportFailed
from reader.library.articles import Library
from reader.library.feed_refresh import refresh, subscribe
from reader.library.feeds import Feed
from reader.text.dates import utc_now
from tests.subscriptions.feed_server import (
    FeedServer,
    Route,
    long_html,
    page_html,
    rss,
    running,
)


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with running() as state:
        yield state


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with Library(tmp_path / "library.db") as lib:
        yield lib


def _subscribe(library: Library, url: str, **kwargs: str) -> Feed:
    return subscribe(library, url, **kwargs)[0]


def _news(server: FeedServer) -> list[dict[str, str]]:
    return [
        {"guid": "park-1", "title": "حديقة جديدة على ضفة النهر",
         "link": server.url("/news/park"), "date": "Fri, 04 Dec 2026 09:30:00 +0300",
         "summary": "افتتاح حديقة", "content": long_html()},
        {"guid": "library-2", "title": "مكتبة الحي تمدد ساعات العمل",
         "link": server.url("/news/library"), "date": "Thu, 03 Dec 2026 18:00:00 +0300",
         "summary": "المكتبة تفتح حتى منتصف الليل... اقرأ المزيد"},
    ]


def _serve_news(server: FeedServer) -> None:
    server.routes["/feed.xml"] = Route(rss(_news(server)), etag='"v1"')
    server.routes["/news/library"] = Route(
        page_html("مكتبة الحي تمدد ساعات العمل",
                  "قررت إدارة مكتبة الحي أن تفتح أبوابها حتى منتصف الليل طوال أيام الأسبوع."),
        "text/html; charset=utf-8",
    )


def test_entries_arrive_whole_with_their_dates_and_the_second_refresh_is_a_304(
    server: FeedServer, library: Library
) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    assert feed.title == "أخبار المدينة"
    [outcome] = refresh(library, [library.feeds.get(feed.id)])
    assert (outcome.new, outcome.failed) == (2, False)
    rows = {a.title: a for a in (library.get(i) for i in outcome.article_ids)}
    park = rows["حديقة جديدة على ضفة النهر"]
    assert park.published == "2026-12-04T09:30:00+03:00"  # the feed's own zone
    assert park.site == "أخبار المدينة"
    assert park.source == server.url("/news/park")
    assert "ضفة النهر" in park.paragraphs[0] and len(park.paragraphs) == 4
    assert server.count("/news/park") == 0  # whole in the feed: its page not fetched
    # A summary ending in "read more": the page itself, its menu and footer left out.
    lib_article = rows["مكتبة الحي تمدد ساعات العمل"]
    assert server.count("/news/library") == 1
    assert "حتى منتصف الليل طوال أيام الأسبوع" in lib_article.paragraphs[0]
    assert not any("حقوق النشر" in p for p in lib_article.paragraphs)
    assert all(a.direction == "rtl" for a in rows.values())

    [again] = refresh(library, library.feeds.due(utc_now(), scheduled=False))
    assert (again.new, again.updated, again.not_modified) == (0, 0, True)
    feed_requests = [h for p, h in server.requests if p == "/feed.xml"]
    assert feed_requests[-1].get("If-None-Match") == '"v1"'
    assert server.count("/feed.xml", 304) == 1
    assert library.count() == 2


def test_a_changed_entry_is_updated_in_place_and_keeps_its_notes(
    server: FeedServer, library: Library
) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    [first] = refresh(library, [feed])
    park_id = next(i for i in first.article_ids
                   if library.get(i).title.startswith("حديقة"))  # type: ignore[union-attr]
    text = library.plain_text(park_id) or ""
    start = text.index("أشجار الزيتون")
    library.annotations.add_highlight(park_id, start, start + len("أشجار الزيتون"), note="جميل")

    items = _news(server)
    items[0]["content"] = long_html(
        "وفي المساء أضاءت البلدية الممرات بمصابيح تعمل بالطاقة الشمسية.")
    server.routes["/feed.xml"] = Route(rss(items), etag='"v2"')
    [second] = refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    assert (second.new, second.updated) == (0, 1)
    assert library.count() == 2
    article = library.get(park_id)
    assert article is not None and "بالطاقة الشمسية" in article.paragraphs[-1]
    [highlight] = library.annotations.for_article(park_id)
    assert highlight.exact == "أشجار الزيتون" and highlight.note == "جميل"


def test_no_entry_comes_twice_when_its_guid_or_link_changes_or_it_comes_back(
    server: FeedServer, library: Library
) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    refresh(library, [feed])
    items = _news(server)
    items[0]["guid"] = "park-1-renamed"  # a CMS migration renames every guid
    items[1]["link"] = server.url("/news/library?utm=feed")  # same guid, new link
    server.routes["/feed.xml"] = Route(rss(items[1:]), etag='"v2"')  # the park one gone
    refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    server.routes["/feed.xml"] = Route(rss(items), etag='"v3"')  # and back, renamed
    [outcome] = refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    assert outcome.new == 0
    assert library.count() == 2


def test_the_first_refresh_takes_the_newest_entries_only(
    server: FeedServer, library: Library
) -> None:
    items = [
        {"guid": f"n{n}", "title": f"خبر رقم {n}", "link": server.url(f"/n/{n}"),
         "date": f"Tue, {n + 1:02d} Dec 2026 08:00:00 +0200",
         "content": long_html(f"وهذا هو الخبر رقم {n} من أخبار الشهر.")}
        for n in range(25)
    ]
    server.routes["/big.xml"] = Route(rss(items))
    feed = _subscribe(library, server.url("/big.xml"))
    library.feeds.configure(feed.id, first_limit=5)
    [outcome] = refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    assert outcome.new == 5
    titles = {library.get(i).title for i in outcome.article_ids}  # type: ignore[union-attr]
    assert titles == {f"خبر رقم {n}" for n in range(20, 25)}
    # The rest are seen, not imported later; a genuinely new entry is.
    items.append({"guid": "n99", "title": "خبر جديد", "link": server.url("/n/99"),
                  "content": long_html("خبر وصل بعد الاشتراك.")})
    server.routes["/big.xml"] = Route(rss(items))
    [later] = refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    assert later.new == 1 and library.count() == 6


def test_429_with_retry_after_is_obeyed_and_said_in_one_line(
    server: FeedServer, library: Library
) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    server.routes["/feed.xml"] = Route(b"slow down", "text/plain", 429,
                                       {"Retry-After": "3600"})
    [outcome] = refresh(library, [feed])
    assert outcome.failed and outcome.error == "the server answered 429 Too Many Requests"
    stored = library.feeds.get(feed.id)
    assert stored is not None and stored.failures == 1
    assert stored.error == outcome.error  # kept to be shown (and translated) later
    assert stored.error_message is not None and stored.error_message.args["code"] == "429"
    assert stored.next_at is not None
    wait = (stored.next_at and __import__("datetime").datetime.fromisoformat(stored.next_at)
            ) - utc_now()
    assert timedelta(minutes=59) < wait <= timedelta(minutes=60)
    # Held back: neither the schedule nor "refresh all" asks it before then.
    assert library.feeds.due(utc_now(), scheduled=False) == []
    assert library.feeds.due(utc_now() + timedelta(hours=2), scheduled=True) != []
    assert library.count() == 0


def test_an_error_backs_off_longer_each_time(server: FeedServer, library: Library) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    server.routes["/feed.xml"] = Route(b"down", "text/plain", 503)
    waits = []
    for _ in range(3):
        before = utc_now()
        refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
        stored = library.feeds.get(feed.id)
        assert stored is not None and stored.next_at
        from datetime import datetime

        waits.append(datetime.fromisoformat(stored.next_at) - before)
    assert waits[0] < waits[1] < waits[2]


def test_a_page_that_links_a_feed_subscribes_to_the_feed(
    server: FeedServer, library: Library
) -> None:
    _serve_news(server)
    server.routes["/"] = Route(
        b'<html><head><link rel="alternate" type="application/rss+xml" title="RSS" '
        b'href="/feed.xml"></head><body>home</body></html>', "text/html")
    feed = _subscribe(library, server.url("/"), tag="محلي")
    assert feed.url == server.url("/feed.xml") and feed.tag == "محلي"
    [outcome] = refresh(library, [feed])
    assert all(library.tags.of(i) == ["محلي"] for i in outcome.article_ids)
    with pytest.raises(ImportFailed, match="already subscribed"):
        _subscribe(library, server.url("/"))


@pytest.mark.parametrize(
    ("body", "kind", "reason"),
    [
        (b"<html><body><p>just a page</p></body></html>", "text/html", "not a feed"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
         b'<rss version="2.0"><channel><title>&b;</title></channel></rss>',
         "application/xml", "declares XML entities"),
        (b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
         b'<rss version="2.0"><channel><title>&x;</title></channel></rss>',
         "application/xml", "declares XML entities"),
        (b"\x00\x01\x02 binary", "application/octet-stream", "not a feed"),
    ],
)
def test_hostile_or_wrong_feeds_cost_one_line_and_change_nothing(
    server: FeedServer, library: Library, body: bytes, kind: str, reason: str
) -> None:
    server.routes["/bad"] = Route(body, kind)
    with pytest.raises(ImportFailed, match=reason):
        _subscribe(library, server.url("/bad"))
    assert library.feeds.all() == [] and library.count() == 0


def test_a_feed_that_turns_hostile_fails_alone(server: FeedServer, library: Library) -> None:
    _serve_news(server)
    good = _subscribe(library, server.url("/feed.xml"))
    server.routes["/loop"] = Route(b"", "text/plain", 302, {"Location": "/loop"})
    server.routes["/other.xml"] = Route(rss([]))
    other = _subscribe(library, server.url("/other.xml"))
    server.routes["/other.xml"] = Route(b"", "text/plain", 302, {"Location": "/loop"})
    outcomes = refresh(library, [other, good])
    assert outcomes[0].failed and "redirects" in (outcomes[0].error or "")
    assert outcomes[1].new == 2


def test_scripts_are_dropped_and_relative_links_resolved(
    server: FeedServer, library: Library
) -> None:
    content = long_html() + (
        '<script>alert("x")</script><p onclick="steal()">رابط إلى '
        '<a href="/more/story">القصة الكاملة</a> و<a href="javascript:evil()">رابط خبيث</a></p>'
    )
    server.routes["/f.xml"] = Route(rss([{"guid": "s", "title": "عنوان", "content": content,
                                          "link": server.url("/s")}]))
    feed = _subscribe(library, server.url("/f.xml"))
    [outcome] = refresh(library, [feed])
    article = library.get(outcome.article_ids[0])
    assert article is not None
    assert not any("alert" in p for p in article.paragraphs)
    last = article.blocks[-1]
    assert [tuple(x) for x in last.links] == [("القصة الكاملة", server.url("/more/story"))]


def test_direction_override_archive_after_and_pause(server: FeedServer, library: Library) -> None:
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    library.feeds.configure(feed.id, direction="ltr", archive_after_days=3)
    [outcome] = refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    article = library.get(outcome.article_ids[0])
    assert article is not None and article.direction == "ltr"
    assert {b.direction for b in article.blocks} == {"ltr"}
    library.conn.execute("UPDATE articles SET imported_at = '2026-01-01T00:00:00+00:00'")
    library.conn.commit()
    library.set_reading_position(outcome.article_ids[1], 10, 0.1)  # one read: stays
    server.routes["/feed.xml"].etag = '"v9"'
    refresh(library, [library.feeds.get(feed.id)])  # type: ignore[list-item]
    archived = library.conn.execute(
        "SELECT id FROM articles WHERE archived_at IS NOT NULL").fetchall()
    assert archived == [(outcome.article_ids[0],)]
    library.feeds.configure(feed.id, paused=True)
    assert library.feeds.due(utc_now(), scheduled=False) == []


def test_one_request_to_a_host_at_a_time(server: FeedServer, library: Library) -> None:
    server.delay = 0.05
    feeds = []
    for n in range(6):
        server.routes[f"/f{n}.xml"] = Route(rss([
            {"guid": f"g{n}", "title": f"خبر {n}", "link": server.url(f"/p{n}"),
             "summary": "ملخص قصير"}]))
        server.routes[f"/p{n}"] = Route(page_html(f"خبر {n}", f"نص الخبر رقم {n} كاملا."),
                                        "text/html")
        feeds.append(_subscribe(library, server.url(f"/f{n}.xml")))
    server.most_at_once = 0
    outcomes = refresh(library, feeds, workers=4)
    assert sum(o.new for o in outcomes) == 6
    assert server.most_at_once == 1


def test_atom_and_json_feeds(server: FeedServer, library: Library) -> None:
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        "<title>مدونة السفر</title><link href=\"https://travel.example/\"/>"
        "<id>urn:travel</id><updated>2026-12-01T10:00:00+04:00</updated>"
        "<entry><title>رحلة إلى الجبل</title><id>urn:travel:1</id>"
        '<link href="https://travel.example/mountain"/>'
        "<published>2026-12-01T10:00:00+04:00</published>"
        f'<content type="html">{__import__("html").escape(long_html())}</content></entry></feed>'
    ).encode()
    server.routes["/atom"] = Route(atom, "application/atom+xml")
    json_feed = __import__("json").dumps({
        "version": "https://jsonfeed.org/version/1.1", "title": "نشرة المساء",
        "items": [{"id": "e1", "url": "https://evening.example/1", "title": "نشرة الأحد",
                   "date_published": "2026-11-29T20:00:00-05:00",
                   "content_html": long_html()}],
    }).encode()
    server.routes["/feed.json"] = Route(json_feed, "application/feed+json")
    outcomes = refresh(library, [_subscribe(library, server.url("/atom")),
                                 _subscribe(library, server.url("/feed.json"))])
    got = {library.get(o.article_ids[0]).title: library.get(o.article_ids[0])  # type: ignore[union-attr]
           for o in outcomes}
    assert got["رحلة إلى الجبل"].published == "2026-12-01T10:00:00+04:00"
    assert got["رحلة إلى الجبل"].site == "مدونة السفر"
    assert got["نشرة الأحد"].published == "2026-11-29T20:00:00-05:00"


def test_feed_filter_in_queries(server: FeedServer, library: Library, tmp_path: Path) -> None:
    from reader.library.filters import SearchFilters
    from reader.library.importer import import_paths

    note = tmp_path / "note.md"
    note.write_text("# حديقة في ملف\n\nنص قصير عن حديقة لا يأتي من أي موجز.\n", encoding="utf-8")
    import_paths(library, [note])
    _serve_news(server)
    feed = _subscribe(library, server.url("/feed.xml"))
    refresh(library, [feed])
    from_feed = {s.title for s in library.matching(f"feed:{feed.id}", SearchFilters())}
    assert from_feed == {"حديقة جديدة على ضفة النهر", "مكتبة الحي تمدد ساعات العمل"}
    hits = library.search(f"العائلات feed:{feed.id}", SearchFilters(), 10)
    assert [h.title for h in hits] == ["حديقة جديدة على ضفة النهر"]


def test_control_characters_never_reach_a_title(server: FeedServer, library: Library) -> None:
    server.routes["/esc.xml"] = Route(rss(
        [{"guid": "x", "title": "عنوان \x1b[2J\u202eمقلوب", "link": server.url("/x"),
          "content": long_html()}], title="موجز\x07\x1b]0;owned\x07"))
    feed = _subscribe(library, server.url("/esc.xml"))
    [outcome] = refresh(library, [feed])
    article = library.get(outcome.article_ids[0])
    assert article is not None
    for text in (feed.title, article.title, article.site):
        assert not any(ord(c) < 32 or c == "\u202e" for c in text), repr(text)


def test_subscriptions_travel_in_the_bundle(library: Library, tmp_path: Path) -> None:
    import json

    from reader.library.bundle import export_all, import_bundle

    feed = library.feeds.add("https://news.example/feed.xml", "أخبار المدينة",
                             "https://news.example/", "أخبار")
    library.feeds.configure(feed.id, full_page="never", direction="rtl", font="amiri",
                            archive_after_days=7, first_limit=5, paused=True)
    library.feeds.add("https://blog.example/atom")
    bundle = json.loads(json.dumps(export_all(library), ensure_ascii=False))
    bundle["feeds"].append({"url": "javascript:alert(1)", "title": "x", "tag": "",
                            "site_url": ""})
    bundle["feeds"].append({"url": "https://bad.example/", "title": 3})
    with Library(tmp_path / "other.sqlite3") as other:
        import_bundle(other, bundle)
        got = {f.url: f for f in other.feeds.all()}
        assert set(got) == {"https://news.example/feed.xml", "https://blog.example/atom"}
        restored = got["https://news.example/feed.xml"]
        assert (restored.title, restored.tag, restored.full_page, restored.direction,
                restored.font, restored.archive_after_days, restored.first_limit,
                restored.paused) == ("أخبار المدينة", "أخبار", "never", "rtl", "amiri", 7, 5,
                                     True)
        again = json.loads(json.dumps(export_all(other), ensure_ascii=False))
    assert again["feeds"] == bundle["feeds"][:2]
