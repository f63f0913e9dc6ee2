"""Refreshing subscriptions: ask each feed's server what is new, politely, and bring each new
entry into the inbox once.

Politeness: conditional requests (ETag, Last-Modified); the feed's time to live or
``sy:updatePeriod`` and the reader's interval, whichever is longer; one request to a host at
a time; after an error a back-off that doubles, and a 429 or 503's Retry-After obeyed.
A first refresh takes a feed's newest ``first_limit`` entries and marks the rest seen.
An entry is the same entry when its guid, or its link, or its text is: it never comes twice;
one whose words changed is updated in place (its notes re-anchored).

Network and parsing run in worker threads, a feed each; every write is made by the caller's
thread, a feed a transaction, so a refresh killed at any point leaves whole feeds.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from reader import messages as M
from reader.importing.feed_parse import FeedEntry, ParsedFeed
from reader.importing.fetch import Fetched
from reader.importing.model import ImportFailed, ParsedArticle
from reader.library.articles import Library
from reader.library.feeds import Feed
from reader.library.transactions import transaction
from reader.messages import Message
from reader.text.dates import utc_now

DEFAULT_INTERVAL = 60  # minutes between refreshes, unless the feed asks for longer
MAX_NEW = 200  # new entries taken from a feed in one refresh
BACKOFF_FIRST = timedelta(minutes=15)
BACKOFF_MAX = timedelta(hours=24)
# Feeds fetched at once (never two requests to one host at once): waiting on the network
# overlaps; reading what came back does not (see HostLocks.parsing).
WORKERS = 4

Fetcher = Callable[..., Fetched]


@dataclass
class FeedOutcome:
    feed_id: int
    url: str
    title: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    not_modified: bool = False  # the server answered 304
    error: str | None = None
    message: Message | None = field(default=None, compare=False)
    article_ids: list[int] = field(default_factory=list)

    @property
    def failed(self) -> bool:
        return self.error is not None

    def as_json(self) -> dict[str, object]:
        return {
            "feed": self.url, "title": self.title, "new": self.new, "updated": self.updated,
            "unchanged": self.unchanged, "not_modified": self.not_modified,
            "failed": self.failed, "error": self.error, "articles": self.article_ids,
        }


@dataclass
class _Known:
    by_key: dict[str, tuple[str, int | None]]  # key -> (fingerprint, article id)
    by_link: dict[str, str]  # link -> key


@dataclass
class _Item:
    entry: FeedEntry
    old_key: str | None = None
    article_id: int | None = None  # to update in place
    parsed: tuple[ParsedArticle, bytes] | None = None  # None: record as seen, nothing to write


@dataclass
class _Fetched:
    feed: Feed
    response: Fetched | None = None
    parsed: ParsedFeed | None = None
    items: list[_Item] = field(default_factory=list)
    unchanged: int = 0
    failure: ImportFailed | None = None


class HostLocks:
    """One request to a host at a time, whichever feed or page asks; and one feed or page
    read at a time: reading is Python work that threads cannot share out, and each more
    thread doing it lengthens the window's waits for the interpreter (measured in the
    window, 50 feeds: four threads reading at once gave frames of 48 ms, one of 35 ms, in
    the same 3.5 s)."""

    def __init__(self) -> None:
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self.parsing = threading.Lock()

    def __call__(self, url: str) -> threading.Lock:
        host = (urlsplit(url).hostname or "").lower()
        with self._guard:
            return self._locks.setdefault(host, threading.Lock())


def _fetch(fetcher: Fetcher, locks: HostLocks, url: str, **kwargs: object) -> Fetched:
    with locks(url):
        return fetcher(url, **kwargs)


def _known(library: Library, feed_id: int) -> _Known:
    rows = library.conn.execute(
        "SELECT key, link, fingerprint, article_id FROM feed_entries WHERE feed_id = ?",
        (feed_id,),
    ).fetchall()
    by_link = {link: key for key, link, _f, _a in rows if link}
    return _Known({key: (f, a) for key, _link, f, a in rows}, by_link)


def _newest_first(entries: list[FeedEntry]) -> list[FeedEntry]:
    if all(e.published for e in entries):
        return sorted(entries, key=lambda e: e.published.timestamp(), reverse=True)  # type: ignore[union-attr]
    return entries  # feeds list newest first


def entry_parsed(feed: Feed, entry: FeedEntry, site: str, language: str, fetcher: Fetcher,
                 locks: HostLocks) -> tuple[ParsedArticle, bytes]:
    """The entry as a finished, prepared article: its own text when complete (or when the
    feed is set so), else its page fetched and extracted; the page failing, its summary."""
    from reader.importing.feed_content import entry_article, is_complete
    from reader.importing.pipeline import finish, parse_bytes
    from reader.library.articles import prepare
    from reader.text.normalize import clean_title

    article: ParsedArticle | None = None
    data = b""
    with locks.parsing:
        wants_page = feed.full_page == "always" or (
            feed.full_page == "auto" and not is_complete(entry)
        )
    if wants_page and entry.link:
        from reader.importing.page_dates import SEARCH_TEXT

        # The entry's own date stands: the page's text need not be searched for one.
        token = SEARCH_TEXT.set(entry.published is None)
        try:
            page = _fetch(fetcher, locks, entry.link)
            with locks.parsing:
                article = parse_bytes(page.data, page.name, None, page.charset)
            data = page.data
            article.source = page.url
        except ImportFailed:
            article = None  # the summary, below
        finally:
            SEARCH_TEXT.reset(token)
    with locks.parsing:
        if article is None:
            article = entry_article(entry, site, language)
            data = (entry.content or entry.summary or entry.link).encode("utf-8")
            if feed.direction:
                article.direction = feed.direction
                for block in article.blocks:
                    block.direction = feed.direction
            article = finish(article)
        elif feed.direction:
            article.direction = feed.direction
            for block in article.blocks:
                block.direction = feed.direction
        # The entry's own title (a page's may carry the site's name); cleaned as any title is
        # (no control characters, no direction marks left open).
        article.title = clean_title(entry.title)[:1000] or article.title
        article.site = clean_title(site)[:300] or article.site
        article.published = entry.published or article.published
        return prepare(article), data


def _gather(feed: Feed, known: _Known, fetcher: Fetcher, locks: HostLocks,
            first: bool, fetched: Fetched | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> _Fetched:
    """In a worker thread: the feed fetched and parsed, and each entry that needs writing
    made into an article (pages fetched where the entry is a summary). No database."""
    from reader.importing.feed_parse import FEED_ACCEPT, looks_like_page, parse_feed

    out = _Fetched(feed)
    try:
        response = fetched or _fetch(fetcher, locks, feed.url, accept=FEED_ACCEPT,
                                     etag=feed.etag, last_modified=feed.last_modified)
        out.response = response
        if response.status == 304:
            return out
        if looks_like_page(response.data, response.content_type):
            raise ImportFailed(M.NOT_A_FEED)
        with locks.parsing:
            out.parsed = parse = parse_feed(response.data, response.url)
    except ImportFailed as exc:
        out.failure = exc
        return out
    site = feed.title or parse.title or urlsplit(feed.url).hostname or ""
    entries = _newest_first(parse.entries)
    taken = 0
    limit = feed.first_limit if first else MAX_NEW
    for entry in entries:
        if cancelled():  # the program is closing: this feed is not written at all
            break
        old_key = entry.key if entry.key in known.by_key else known.by_link.get(entry.link)
        if old_key is not None:
            fingerprint, article_id = known.by_key[old_key]
            if fingerprint == entry.fingerprint and old_key == entry.key:
                out.unchanged += 1
                continue
            item = _Item(entry, old_key, article_id)
            if article_id is not None and fingerprint != entry.fingerprint:
                item.parsed = _article(feed, entry, site, parse.language, fetcher, locks)
            out.items.append(item)
            continue
        item = _Item(entry)
        if taken < limit:
            taken += 1
            item.parsed = _article(feed, entry, site, parse.language, fetcher, locks)
        out.items.append(item)  # over the limit: recorded as seen, never imported
    return out


def _article(feed: Feed, entry: FeedEntry, site: str, language: str, fetcher: Fetcher,
             locks: HostLocks) -> tuple[ParsedArticle, bytes] | None:
    try:
        return entry_parsed(feed, entry, site, language, fetcher, locks)
    except ImportFailed:
        return None  # an entry with no title and no text: seen, nothing to read
    except Exception:  # noqa: BLE001 - one entry's bug never costs the feed
        return None


def _next_at(feed: Feed, parsed: ParsedFeed | None, now: datetime, interval: int) -> datetime:
    ttl = parsed.ttl_minutes if parsed else feed.ttl_minutes
    return now + timedelta(minutes=max(interval, ttl or 0))


def _backoff(feed: Feed, failure: ImportFailed) -> timedelta:
    wait = getattr(failure, "retry_after", None)
    if wait is not None:
        return timedelta(seconds=wait)
    return min(BACKOFF_MAX, BACKOFF_FIRST * (2 ** min(feed.failures, 10)))


def _write(library: Library, got: _Fetched, now: datetime, interval: int) -> FeedOutcome:
    feed = got.feed
    out = FeedOutcome(feed.id, feed.url, feed.name, unchanged=got.unchanged)
    feeds = library.feeds
    if got.failure is not None:
        out.error, out.message = got.failure.reason, got.failure.message
        feeds.failed(feed.id, got.failure.message, now=now, wait=_backoff(feed, got.failure))
        return out
    response, parsed = got.response, got.parsed
    assert response is not None
    out.not_modified = response.status == 304
    with transaction(library.conn):
        for item in got.items:
            entry = item.entry
            article_id = item.article_id
            if item.parsed is not None and article_id is not None:
                article, data = item.parsed
                try:
                    with transaction(library.conn):
                        library.fill(article_id, article, data)
                    out.updated += 1
                except sqlite3.IntegrityError:  # now the same text as another article
                    out.unchanged += 1
            elif item.parsed is not None:
                article, data = item.parsed
                try:
                    result = library.add(article, data)
                except (sqlite3.IntegrityError, UnicodeError, ValueError, TypeError):
                    result = None
                if result is not None:
                    article_id = result.id
                    if result.status == "imported":
                        out.new += 1
                        out.article_ids.append(result.id)
                        if feed.tag:
                            library.tags.add([result.id], feed.tag)
                    else:
                        out.unchanged += 1  # its text is here already (another feed, a file)
            elif item.old_key is not None:
                out.unchanged += 1
            feeds.record(feed.id, entry.key, entry.link, entry.fingerprint, article_id, now,
                         item.old_key)
        feeds.checked(
            feed.id, now=now, next_at=_next_at(feed, parsed, now, interval),
            etag=response.etag, last_modified=response.last_modified,
            title=parsed.title if parsed else "", site_url=parsed.site_url if parsed else "",
            language=parsed.language if parsed else "",
            ttl_minutes=parsed.ttl_minutes if parsed else feed.ttl_minutes,
        )
        stale = feeds.stale_unread(feed, now)
        if stale:
            library.set_archived(stale, True)
    return out


def refresh(
    library: Library,
    feeds: list[Feed],
    *,
    interval: int = DEFAULT_INTERVAL,
    fetcher: Fetcher | None = None,
    progress: Callable[[int, int, FeedOutcome], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    workers: int = WORKERS,
    fetched: dict[int, Fetched] | None = None,
) -> list[FeedOutcome]:
    """Refresh ``feeds``; an outcome a feed, in the order given. ``fetched``: responses
    already in hand (a feed just subscribed to), by feed id, not asked for again."""
    if fetcher is None:
        from reader.importing.fetch import fetch as fetcher
    locks = HostLocks()
    outcomes: list[FeedOutcome] = []
    if not feeds:
        return outcomes
    snapshots = [(f, _known(library, f.id), f.checked_at is None and
                  not library.feeds.has_entries(f.id)) for f in feeds]
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        futures = [pool.submit(_gather, f, known, fetcher, locks, first,
                               (fetched or {}).get(f.id), cancelled)
                   for f, known, first in snapshots]
        try:
            for future in futures:
                if cancelled():
                    break
                got = future.result()
                outcome = _write(library, got, utc_now(), interval)
                outcomes.append(outcome)
                if progress:
                    progress(len(outcomes), len(feeds), outcome)
        finally:
            for future in futures:
                future.cancel()
    return outcomes


def _feed_from(response: Fetched, fetcher: Fetcher) -> tuple[Fetched, ParsedFeed]:
    from reader.importing.feed_parse import FEED_ACCEPT, feed_links, looks_like_page, parse_feed

    if looks_like_page(response.data, response.content_type):
        text = response.data.decode(response.charset or "utf-8", "replace")
        for link in feed_links(text, response.url)[:3]:
            try:
                found = fetcher(link, accept=FEED_ACCEPT)
                return found, parse_feed(found.data, found.url)
            except ImportFailed:
                continue
        raise ImportFailed(M.NOT_A_FEED)
    return response, parse_feed(response.data, response.url)


def subscribe(library: Library, url: str, *, tag: str = "",
              fetcher: Fetcher | None = None) -> tuple[Feed, Fetched]:
    """A new subscription to the feed at ``url``, or to the feed a page at ``url`` links to,
    with the feed as fetched to know it is one: hand it to the first ``refresh`` so the
    server is not asked twice."""
    from reader.importing.feed_parse import FEED_ACCEPT
    from reader.importing.links import is_link

    if fetcher is None:
        from reader.importing.fetch import fetch as fetcher
    url = url.strip()
    if not is_link(url):
        raise ImportFailed(M.LINK_SCHEME, scheme=urlsplit(url).scheme or "?")
    if library.feeds.find(url):
        raise ImportFailed(M.FEED_EXISTS)
    response = fetcher(url, accept=FEED_ACCEPT)
    found, parsed = _feed_from(response, fetcher)
    # Kept under the address asked for (or the one the page named), not where a redirect
    # led: a temporary redirect must not move the subscription.
    feed_url = url if found is response else found.url
    if feed_url != url and library.feeds.find(feed_url):
        raise ImportFailed(M.FEED_EXISTS)
    return library.feeds.add(feed_url, parsed.title, parsed.site_url, tag), found
