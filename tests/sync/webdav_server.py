"""A real WebDAV server (wsgidav on cheroot) on 127.0.0.1 for the tests, with a switch that
makes it answer a chosen failure (401, 404, 412, 507) or drop the connection."""

from __future__ import annotations

import contextlib
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

USER, PASSWORD = "reader", "s3cret-كلمة"


class Faults:
    def __init__(self) -> None:
        self.status: int | None = None
        self.drop = False
        self.after = 0  # requests let through before the fault
        self.requests = 0


def _app(root: Path, faults: Faults):  # noqa: ANN202
    from wsgidav.wsgidav_app import WsgiDAVApp

    dav = WsgiDAVApp({
        "provider_mapping": {"/dav": str(root)},
        "simple_dc": {"user_mapping": {"*": {USER: {"password": PASSWORD}}}},
        "http_authenticator": {"accept_basic": True, "accept_digest": False,
                               "default_to_digest": False},
        "verbose": 0,
        "logging": {"enable": False},
        "dir_browser": {"enable": False},
        "lock_storage": True,
    })

    def app(environ, start_response):  # noqa: ANN001, ANN202
        faults.requests += 1
        if faults.requests > faults.after:
            if faults.drop:
                sock = environ.get("cheroot.socket") or environ.get("wsgi.input")
                del sock
                raise ConnectionAbortedError("dropped by the test")
            if faults.status is not None:
                start_response(f"{faults.status} Test", [("Content-Type", "text/plain"),
                                                          ("Content-Length", "0")])
                return [b""]
        return dav(environ, start_response)

    return app


@contextlib.contextmanager
def running(root: Path) -> Iterator[tuple[str, Faults]]:
    from cheroot import wsgi

    faults = Faults()
    server = wsgi.Server(("127.0.0.1", 0), _app(root, faults), numthreads=4)
    server.prepare()
    port = server.bind_addr[1]
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/dav/", faults
    finally:
        server.stop()
        thread.join(5)


@contextlib.contextmanager
def dropping() -> Iterator[str]:
    """A server that accepts each connection and closes it at once."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    stop = threading.Event()

    def serve() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}/dav/"
    finally:
        stop.set()
        thread.join(2)
        listener.close()


if __name__ == "__main__":  # a server in its own process, for the benchmark
    import sys

    with running(Path(sys.argv[1])) as (address, _faults):
        print(address, flush=True)
        sys.stdin.read()  # until the parent closes our input
