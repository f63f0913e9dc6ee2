"""Subscriptions kept in the library: each feed's address, the reader's settings for it, what
its server said last (validators, time to live, errors) and every entry already seen."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, fields
from datetime import datetime, timedelta

from reader.library.transactions import transaction
from reader.messages import Message
from reader.text.dates import utc_now

FULL_PAGE = ("auto", "always", "never")
DIRECTIONS = ("", "rtl", "ltr")
DEFAULT_FIRST_LIMIT = 20


@dataclass
class Feed:
    id: int
    url: str
    title: str
    site_url: str
    language: str
    tag: str  # given to every new entry
    full_page: str  # auto: fetch the page when the entry is a summary; always; never
    direction: str  # "" the text's own; rtl or ltr for every paragraph
    font: str  # "" the reader's font; else a family for this feed's articles
    archive_after_days: int | None  # archive entries left unread this long
    first_limit: int  # new entries taken on the first refresh
    paused: bool
    etag: str
    last_modified: str
    ttl_minutes: int | None
    checked_at: str | None
    next_at: str | None  # not asked again before this (schedule, back-off, Retry-After)
    failures: int
    last_error: str  # the last failure's message, as JSON (see error_message)
    added_at: str

    @property
    def name(self) -> str:
        return self.title or self.url

    @property
    def error_message(self) -> Message | None:
        """Why the last refresh failed, for the interface to translate (kept as the message's
        template and arguments)."""
        if not self.last_error:
            return None
        try:
            held = json.loads(self.last_error)
            return Message(str(held["template"]), dict(held["args"]))
        except (ValueError, KeyError, TypeError):
            return Message(self.last_error)

    @property
    def error(self) -> str:
        reason = self.error_message
        return str(reason) if reason is not None else ""

    def as_json(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)} | {"last_error": self.error}


_COLUMNS = ", ".join(f.name for f in fields(Feed))
# What the reader may change with ``Feeds.configure``.
SETTINGS = ("title", "tag", "full_page", "direction", "font", "archive_after_days",
            "first_limit", "paused")


def _feed(row: tuple) -> Feed:
    feed = Feed(*row)
    feed.paused = bool(feed.paused)
    return feed


class Feeds:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def all(self) -> list[Feed]:
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM feeds ORDER BY title COLLATE NOCASE, url"
        ).fetchall()
        return [_feed(r) for r in rows]

    def get(self, feed_id: int) -> Feed | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)).fetchone()
        return _feed(row) if row else None

    def find(self, url: str) -> Feed | None:
        row = self.conn.execute(f"SELECT {_COLUMNS} FROM feeds WHERE url = ?", (url,)).fetchone()
        return _feed(row) if row else None

    def add(self, url: str, title: str = "", site_url: str = "", tag: str = "",
            first_limit: int = DEFAULT_FIRST_LIMIT) -> Feed:
        with transaction(self.conn) as conn:
            cursor = conn.execute(
                "INSERT INTO feeds (url, title, site_url, tag, first_limit, added_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (url, title, site_url, tag, max(0, first_limit), utc_now().isoformat()),
            )
        feed = self.get(int(cursor.lastrowid or 0))
        assert feed is not None
        return feed

    def remove(self, feed_id: int) -> bool:
        """The subscription and its record of entries; the articles it brought stay."""
        with transaction(self.conn) as conn:
            return conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,)).rowcount > 0

    def configure(self, feed_id: int, **settings: object) -> None:
        unknown = set(settings) - set(SETTINGS)
        if unknown:
            raise ValueError(f"not a feed setting: {', '.join(sorted(unknown))}")
        if settings.get("full_page", "auto") not in FULL_PAGE:
            raise ValueError(f"full page must be one of {', '.join(FULL_PAGE)}")
        if settings.get("direction", "") not in DIRECTIONS:
            raise ValueError("direction must be rtl, ltr or empty")
        if not settings:
            return
        assignments = ", ".join(f"{name} = ?" for name in settings)  # names from SETTINGS
        with transaction(self.conn) as conn:
            conn.execute(f"UPDATE feeds SET {assignments} WHERE id = ?",
                         (*settings.values(), feed_id))

    def due(self, now: datetime, scheduled: bool) -> list[Feed]:
        """Feeds to ask now: not paused, and not held back by their server (Retry-After, an
        error's back-off); with ``scheduled``, also only those whose time has come."""
        feeds = [f for f in self.all() if not f.paused]
        stamp = now.isoformat()
        if scheduled:
            return [f for f in feeds if not f.next_at or f.next_at <= stamp]
        return [f for f in feeds if not (f.failures and f.next_at and f.next_at > stamp)]

    # -- what the server said ---------------------------------------------------------------

    def checked(self, feed_id: int, *, now: datetime, next_at: datetime, etag: str = "",
                last_modified: str = "", title: str = "", site_url: str = "",
                language: str = "", ttl_minutes: int | None = None) -> None:
        with transaction(self.conn) as conn:
            conn.execute(
                """UPDATE feeds SET checked_at = ?, next_at = ?, failures = 0, last_error = '',
                   etag = ?, last_modified = ?, ttl_minutes = ?,
                   title = CASE WHEN title = '' THEN ? ELSE title END,
                   site_url = CASE WHEN ? != '' THEN ? ELSE site_url END,
                   language = CASE WHEN ? != '' THEN ? ELSE language END
                   WHERE id = ?""",
                (now.isoformat(), next_at.isoformat(), etag, last_modified, ttl_minutes,
                 title, site_url, site_url, language, language, feed_id),
            )

    def failed(self, feed_id: int, reason: Message, *, now: datetime, wait: timedelta) -> None:
        held = json.dumps({"template": reason.template,
                           "args": {k: str(v)[:300] for k, v in reason.args.items()}},
                          ensure_ascii=False)
        with transaction(self.conn) as conn:
            conn.execute(
                "UPDATE feeds SET checked_at = ?, next_at = ?, failures = failures + 1,"
                " last_error = ? WHERE id = ?",
                (now.isoformat(), (now + wait).isoformat(), held, feed_id),
            )

    # -- entries ------------------------------------------------------------------------------

    def seen(self, feed_id: int, key: str, link: str) -> tuple[str, str, int | None] | None:
        """(key, fingerprint, article id) of an entry met before, by its key or, if its key
        changed, by its link."""
        row = self.conn.execute(
            "SELECT key, fingerprint, article_id FROM feed_entries WHERE feed_id = ? AND key = ?",
            (feed_id, key),
        ).fetchone()
        if row is None and link:
            row = self.conn.execute(
                "SELECT key, fingerprint, article_id FROM feed_entries"
                " WHERE feed_id = ? AND link = ? LIMIT 1",
                (feed_id, link),
            ).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def has_entries(self, feed_id: int) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM feed_entries WHERE feed_id = ? LIMIT 1", (feed_id,)
        ).fetchone() is not None

    def record(self, feed_id: int, key: str, link: str, fingerprint: str,
               article_id: int | None, now: datetime, old_key: str | None = None) -> None:
        """Inside the caller's transaction, with the article it describes."""
        if old_key and old_key != key:
            self.conn.execute("DELETE FROM feed_entries WHERE feed_id = ? AND key = ?",
                              (feed_id, old_key))
        self.conn.execute(
            """INSERT INTO feed_entries (feed_id, key, link, fingerprint, article_id, seen_at)
               VALUES (?, ?, ?, ?, ?, ?)
               ON CONFLICT (feed_id, key) DO UPDATE SET link = excluded.link,
               fingerprint = excluded.fingerprint,
               article_id = COALESCE(excluded.article_id, article_id)""",
            (feed_id, key, link, fingerprint, article_id, now.isoformat()),
        )

    def article_feed(self, article_id: int) -> Feed | None:
        """The feed an article came from (its font and direction apply when it is read)."""
        row = self.conn.execute(
            "SELECT feed_id FROM feed_entries WHERE article_id = ? LIMIT 1", (article_id,)
        ).fetchone()
        return self.get(row[0]) if row else None

    def stale_unread(self, feed: Feed, now: datetime) -> list[int]:
        """Entries of ``feed`` never opened, in the inbox longer than its archive setting."""
        if not feed.archive_after_days:
            return []
        limit = (now - timedelta(days=feed.archive_after_days)).isoformat()
        rows = self.conn.execute(
            """SELECT a.id FROM feed_entries e JOIN articles a ON a.id = e.article_id
               WHERE e.feed_id = ? AND a.opened_at IS NULL AND a.archived_at IS NULL
               AND a.imported_at < ?""",
            (feed.id, limit),
        ).fetchall()
        return [r[0] for r in rows]

    def counts(self) -> dict[int, int]:
        """Articles each feed brought that are still in the inbox and unread."""
        rows = self.conn.execute(
            """SELECT e.feed_id, COUNT(*) FROM feed_entries e JOIN articles a
               ON a.id = e.article_id WHERE a.opened_at IS NULL AND a.archived_at IS NULL
               GROUP BY e.feed_id"""
        ).fetchall()
        return dict(rows)
