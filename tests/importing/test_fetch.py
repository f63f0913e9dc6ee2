"""Add from Link and ``qari import URL``, against a server on the loopback interface: the
page imported with its address and the charset its headers name; every failure one reason;
no cookies kept, no redirect past the limit, nothing but http and https."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.library.articles import Library
from reader.library.importer import import_url

PAGE = (
    "<html><head><title>مكتبة الحي القديم</title></head><body><article>"
    "<h1>مكتبة الحي القديم</h1>"
    "<p>افتتحت المدينة مكتبة جديدة في الحي القديم تضم آلاف الكتب والمجلات، وتفتح أبوابها "
    "للقراء من الصباح حتى منتصف الليل طوال أيام الأسبوع.</p>"
    "<p>وقال مدير المكتبة إن القاعة الكبرى خصصت للطلاب، وإن المكتبة ستنظم أمسيات للقراءة "
    "الجماعية كل خميس يشارك فيها كتاب من المدينة ومن خارجها.</p>"
    "</article></body></html>"
)
SEEN_COOKIES: list[str | None] = []


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:  # quiet tests
        pass

    def _send(self, code: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(code)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        SEEN_COOKIES.append(self.headers.get("Cookie"))
        path = self.path
        if path == "/article":
            self._send(200, PAGE.encode("windows-1256"), {
                "Content-Type": "text/html; charset=windows-1256", "Set-Cookie": "id=1",
            })
        elif path == "/moved":
            self._send(302, headers={"Location": "/article"})
        elif path.startswith("/loop"):
            self._send(302, headers={"Location": f"/loop{len(path)}"})
        elif path == "/ftp":
            self._send(302, headers={"Location": "ftp://example.org/file"})
        elif path == "/slow":
            time.sleep(2)
            self._send(200, PAGE.encode(), {"Content-Type": "text/html"})
        elif path == "/trickle":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(40):  # a byte at a time, each within the read's own limit
                self.wfile.write(b"<")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/empty":
            self._send(200, b"<html><body><nav>menu</nav></body></html>",
                       {"Content-Type": "text/html"})
        elif path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(500 * 1024 * 1024))
            self.end_headers()
        else:
            self._send(404, b"not here", {"Content-Type": "text/plain"})


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def test_a_link_is_imported_with_its_address_and_its_charset(server, library):
    outcome = import_url(library, f"{server}/moved")
    assert outcome.status == "imported", outcome.error
    article = library.get(outcome.id)
    assert article.title == "مكتبة الحي القديم"
    assert article.source == f"{server}/article"  # where the page was, after the redirect
    assert "منتصف الليل" in article.plain_text  # windows-1256, as the header said
    # The same link again is the same article.
    assert import_url(library, f"{server}/article").status == "duplicate"
    # No cookie the server set was sent back.
    assert SEEN_COOKIES and all(cookie is None for cookie in SEEN_COOKIES)


@pytest.mark.parametrize("path, reason", [
    ("/missing", "404"),
    ("/loop", "redirects more than 5 times"),
    ("/ftp", "only http and https"),
    ("/big", "larger than"),
    ("/empty", "no article text"),
])
def test_each_failure_is_one_clear_reason(server, library, path, reason):
    outcome = import_url(library, f"{server}{path}")
    assert outcome.status == "failed" and reason in outcome.error
    assert "\n" not in outcome.error
    assert library.count() == 0


def test_timeouts_and_unknown_hosts_and_other_schemes(server, library):
    assert "did not answer" in import_url(library, f"{server}/slow", timeout=0.5).error
    started = time.monotonic()
    assert "did not answer" in import_url(library, f"{server}/trickle", timeout=0.5).error
    assert time.monotonic() - started < 3.5  # three time limits, not forty reads
    assert "no such host" in import_url(library, "http://no-such-host.invalid/x").error
    assert "only http and https" in import_url(library, "file:///etc/passwd").error


def test_qari_import_url_on_the_command_line(server, tmp_path, capsys):
    from reader.cli import main

    library = str(tmp_path / "cli.sqlite3")
    assert main(["--library", library, "import", "--json", f"{server}/article"]) == 0
    [outcome] = json.loads(capsys.readouterr().out)
    assert outcome["status"] == "imported" and outcome["path"] == f"{server}/article"
    assert main(["--library", library, "import", f"{server}/missing"]) == 1
    assert "404" in capsys.readouterr().out
