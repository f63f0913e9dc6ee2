"""A feed server on the loopback interface for the tests: routes set per test, every request
counted, ETag and Last-Modified honoured with 304, and answers such as 429 with Retry-After
on demand. The texts are the team's own."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Route:
    body: bytes
    content_type: str = "application/rss+xml; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str = ""
    last_modified: str = ""


@dataclass
class FeedServer:
    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    answered: list[tuple[str, int]] = field(default_factory=list)
    base: str = ""
    active: int = 0
    most_at_once: int = 0
    delay: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def url(self, path: str) -> str:
        return self.base + path

    def count(self, path: str, status: int | None = None) -> int:
        return sum(1 for p, s in self.answered if p == path and (status is None or s == status))


@contextmanager
def running(host: str = "127.0.0.1") -> Iterator[FeedServer]:
    """A feed server for the length of a test."""
    state = FeedServer()
    httpd = serve(state, host)
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


def serve(server_state: FeedServer, host: str = "127.0.0.1") -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            import time

            state = server_state
            self.counted = True
            with state.lock:
                state.active += 1
                state.most_at_once = max(state.most_at_once, state.active)
                state.requests.append((self.path, dict(self.headers.items())))
            try:
                if state.delay:
                    time.sleep(state.delay)
                route = state.routes.get(self.path)
                if route is None:
                    self._send(404, b"not here", "text/plain")
                    return
                if route.status == 200 and (
                    (route.etag and self.headers.get("If-None-Match") == route.etag)
                    or (route.last_modified and not route.etag
                        and self.headers.get("If-Modified-Since") == route.last_modified)
                ):
                    self._send(304, b"", "", {"ETag": route.etag} if route.etag else {})
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                if route.last_modified:
                    headers["Last-Modified"] = route.last_modified
                self._send(route.status, route.body, route.content_type, headers)
            finally:
                self._done()

        def _done(self) -> None:
            # Before the answer's last bytes go out: once the client has them it may ask
            # again, and this request must not still count as under way.
            if self.counted:
                self.counted = False
                with server_state.lock:
                    server_state.active -= 1

        def _send(self, code: int, body: bytes, kind: str,
                  headers: dict[str, str] | None = None) -> None:
            with server_state.lock:
                server_state.answered.append((self.path, code))
            self.send_response(code)
            if kind:
                self.send_header("Content-Type", kind)
            for key, value in (headers or {}).items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self._done()
            self.end_headers()
            if code != 304:
                self.wfile.write(body)

    httpd = ThreadingHTTPServer((host, 0), Handler)
    server_state.base = f"http://{host}:{httpd.server_address[1]}"
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    return httpd


# -- feeds written for the tests ----------------------------------------------------------------

LONG_PARAGRAPHS = [
    "افتتحت البلدية حديقة عامة جديدة على ضفة النهر، وزرعت فيها أشجار الزيتون والليمون، "
    "وخصصت ممرات طويلة للمشي وأخرى للدراجات، ومقاعد خشبية تحت الظلال.",
    "وقال رئيس البلدية إن الحديقة ستفتح أبوابها من السادسة صباحا حتى منتصف الليل، وإن "
    "الدخول مجاني للجميع، وإن فرقا من المتطوعين ستعتني بالأشجار في الأشهر الأولى.",
    "وأضاف أن المشروع استغرق عامين، وأن تصميمه جاء بعد استشارة السكان في اجتماعات عامة "
    "عقدت في المدارس والمراكز الثقافية، حيث طلب كثيرون مساحة للأطفال وأخرى للقراءة.",
    "ويأمل السكان أن تصبح الحديقة مكانا للقاء العائلات في أمسيات الصيف، وأن تخفف من حرارة "
    "الحي الذي يفتقر إلى المساحات الخضراء منذ عقود طويلة.",
]


def long_html(extra: str = "") -> str:
    paragraphs = LONG_PARAGRAPHS + ([extra] if extra else [])
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def page_html(title: str, words: str) -> bytes:
    body = "".join(f"<p>{escape(p)}</p>" for p in [words, *LONG_PARAGRAPHS[:3]])
    return (
        f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title></head><body><nav>الرئيسية | أخبار</nav>"
        f"<article><h1>{escape(title)}</h1>{body}</article><footer>حقوق النشر</footer>"
        "</body></html>"
    ).encode()


def rss(items: list[dict[str, str]], title: str = "أخبار المدينة", extra: str = "") -> bytes:
    parts = []
    for item in items:
        fields = []
        if "guid" in item:
            fields.append(f"<guid isPermaLink=\"false\">{escape(item['guid'])}</guid>")
        fields.append(f"<title>{escape(item['title'])}</title>")
        if "link" in item:
            fields.append(f"<link>{escape(item['link'])}</link>")
        if "date" in item:
            fields.append(f"<pubDate>{item['date']}</pubDate>")
        if "summary" in item:
            fields.append(f"<description>{escape(item['summary'])}</description>")
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("<item>" + "".join(fields) + "</item>")
    return (
        '<?xml version="1.0" encoding="utf-8"?>'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        f"<channel><title>{escape(title)}</title><link>https://news.example/</link>"
        f"<language>ar</language>{extra}{''.join(parts)}</channel></rss>"
    ).encode()


def http_date(when: datetime) -> str:
    return format_datetime(when.astimezone(UTC), usegmt=True)
