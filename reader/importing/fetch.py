"""Fetching one page because the reader asked for it (File › Add from Link, ``qari import
URL``): the only network request Qari makes.

http and https only, at every redirect too; a time limit, a size limit, at most a few
redirects; no cookies, no scripts, nothing else the page names is fetched. The charset comes
from the response's headers. Every failure is one clear reason.
"""

from __future__ import annotations

import functools
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import urlsplit

from reader import __version__
from reader import messages as M
from reader.importing.links import SCHEMES, is_link
from reader.importing.model import ImportFailed

__all__ = ["Fetched", "Refused", "fetch", "is_link"]

TIMEOUT = 20.0  # seconds, for connecting and for each read
MAX_BYTES = 20 * 1024 * 1024
MAX_REDIRECTS = 5


@dataclass
class Fetched:
    url: str  # where the page was, after redirects
    data: bytes
    content_type: str
    charset: str | None
    status: int = 200  # 304: not changed since the validators given (no data)
    etag: str = ""
    last_modified: str = ""

    @property
    def name(self) -> str:
        """A file name for the page (its address's last part), with .html when the server
        says it is a page and the address does not: what the importer sniffs by."""
        name = PurePosixPath(urlsplit(self.url).path).name or "page.html"
        if "html" in self.content_type and "." not in name:
            name += ".html"
        return name


class Refused(ImportFailed):
    """The server answered with an error. ``code`` is its status; ``retry_after`` the
    seconds it asked us to wait (429, 503), if it said."""

    def __init__(self, code: int, reason: str, retry_after: float | None) -> None:
        super().__init__(M.LINK_HTTP, code=str(code), reason=reason)
        self.code = code
        self.retry_after = retry_after


MAX_RETRY_AFTER = 7 * 24 * 3600.0


def retry_after(value: str | None, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header: a number of seconds or an HTTP date; None when
    absent or unreadable; never negative, never beyond a week."""
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError):
        return None
    return min(max(0.0, when - (time.time() if now is None else now)), MAX_RETRY_AFTER)


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # noqa: ANN001, ANN201, ANN202
        if urlsplit(newurl).scheme.lower() not in SCHEMES:
            raise ImportFailed(M.LINK_SCHEME, scheme=urlsplit(newurl).scheme or "?")
        return super().redirect_request(req, fp, code, msg, headers, newurl)  # type: ignore[arg-type]


@functools.cache
def _tls() -> ssl.SSLContext:
    # Made once: loading the system's certificates takes 20-30 ms, which a refresh of 50
    # feeds paid 50 times.
    return ssl.create_default_context()


def _opener() -> urllib.request.OpenerDirector:
    # Built from the handlers needed and no others: no cookie jar, no proxies' credentials,
    # no file: or ftp: handlers.
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(context=_tls()),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _Redirects(),
    ):
        opener.add_handler(handler)
    return opener


def _header(headers: object, name: str) -> str:
    """A validator as the server sent it, when it is one line of printable ASCII (it is sent
    back verbatim in the next request's headers)."""
    value = (headers.get(name) if headers is not None else None) or ""  # type: ignore[attr-defined]
    value = value.strip()
    return value if value.isascii() and value.isprintable() and len(value) < 500 else ""


TOTAL_FACTOR = 3  # the whole page within three time limits: a server trickling bytes stops


def _read_all(response: object, max_bytes: int, seconds: float) -> bytes:
    """The body, a chunk at a time: never more than ``max_bytes``, never longer than
    ``seconds`` (each read has its own time limit; a byte every few seconds would pass them
    all)."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    size = 0
    while True:
        # read1: what one read of the socket gives, so that the deadline is looked at
        # between reads (read(n) would wait for all n bytes).
        chunk = response.read1(64 * 1024)  # type: ignore[attr-defined]
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > max_bytes:
            raise ImportFailed(M.LINK_TOO_LARGE, limit=f"{max_bytes / 1048576:.0f}")
        if time.monotonic() > deadline:
            raise ImportFailed(M.LINK_TIMEOUT, seconds=f"{seconds:.0f}")
        chunks.append(chunk)


PAGE_ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"


def fetch(
    url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, *,
    accept: str = PAGE_ACCEPT, etag: str = "", last_modified: str = "",
) -> Fetched:
    """The page at ``url``, or ImportFailed with the reason (no such host, 404, timed out,
    too large, not http). With ``etag``/``last_modified`` the request is conditional: a
    server that has nothing new answers 304, returned as a Fetched with no data."""
    url = url.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in SCHEMES or not parts.netloc:
        raise ImportFailed(M.LINK_SCHEME, scheme=parts.scheme or "?")
    headers = {"User-Agent": f"Qari/{__version__} (article reader)", "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    try:
        with _opener().open(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise ImportFailed(M.LINK_TOO_LARGE, limit=f"{max_bytes / 1048576:.0f}")
            data = _read_all(response, max_bytes, TOTAL_FACTOR * timeout)
            return Fetched(
                response.geturl(), data, response.headers.get_content_type(),
                response.headers.get_content_charset(), response.status,
                _header(response.headers, "ETag"), _header(response.headers, "Last-Modified"),
            )
    except ImportFailed:
        raise
    except urllib.error.HTTPError as exc:
        if exc.code == 304 and (etag or last_modified):
            return Fetched(url, b"", "", None, 304, _header(exc.headers, "ETag") or etag,
                           _header(exc.headers, "Last-Modified") or last_modified)
        if exc.code in (301, 302, 303, 307, 308):
            raise ImportFailed(M.LINK_REDIRECTS, limit=str(MAX_REDIRECTS)) from None
        wait = retry_after(exc.headers.get("Retry-After")) if exc.headers else None
        raise Refused(exc.code, str(exc.reason)[:200], wait) from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, socket.gaierror):
            raise ImportFailed(M.LINK_NO_HOST, host=parts.hostname or "?") from None
        if isinstance(reason, TimeoutError):
            raise ImportFailed(M.LINK_TIMEOUT, seconds=f"{timeout:.0f}") from None
        raise ImportFailed(M.LINK_FAILED, detail=str(reason)) from None
    except TimeoutError:
        raise ImportFailed(M.LINK_TIMEOUT, seconds=f"{timeout:.0f}") from None
    except (OSError, ValueError) as exc:  # a reset connection, a bad header
        raise ImportFailed(M.LINK_FAILED, detail=str(exc)) from None
