"""Where sync files go: a folder another program syncs (Syncthing, Nextcloud, Dropbox) or a
WebDAV server. Both write a file whole or not at all (a temporary name, then a rename or a
MOVE), so a reader never sees half of one; failures become one line (``SyncFailed``).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path, PurePosixPath
from typing import Any, Protocol

from reader import messages as M
from reader import paths
from reader.messages import Message, message


class SyncFailed(Exception):
    """Sync could not go on: one line for the reader (a core message the window translates),
    and whether trying later may help."""

    def __init__(self, reason: Message, retry: bool = True) -> None:
        super().__init__(str(reason))
        self.reason = reason
        self.retry = retry


class Transport(Protocol):
    where: str

    def list(self, folder: str) -> list[str]: ...
    def download(self, path: str, into: Path) -> None: ...
    def write(self, path: str, data: bytes) -> None: ...


class FolderTransport:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.where = paths.shown(root)
        if not root.is_dir():
            raise SyncFailed(message(M.SYNC_NO_FOLDER, path=self.where), retry=False)

    def _path(self, path: str) -> Path:
        return self.root.joinpath(*PurePosixPath(path).parts)

    def list(self, folder: str) -> list[str]:
        try:
            return sorted(entry.name for entry in os.scandir(self._path(folder)))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise SyncFailed(message(M.SYNC_FOLDER_UNREADABLE, detail=exc.strerror)) from None

    def download(self, path: str, into: Path) -> None:
        try:
            into.write_bytes(self._path(path).read_bytes())
        except OSError as exc:
            raise SyncFailed(message(M.SYNC_FOLDER_UNREADABLE, detail=exc.strerror)) from None

    def write(self, path: str, data: bytes) -> None:
        target = self._path(path)
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(temporary, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        except OSError as exc:
            temporary.unlink(missing_ok=True)
            full = exc.errno == 28
            raise SyncFailed(
                message(M.SYNC_FOLDER_FULL) if full
                else message(M.SYNC_FOLDER_UNWRITABLE, detail=exc.strerror)
            ) from None


_STATUS = {
    401: M.SYNC_REFUSED_LOGIN, 403: M.SYNC_FORBIDDEN, 404: M.SYNC_NOT_FOUND,
    405: M.SYNC_NOT_DAV, 412: M.SYNC_PRECONDITION, 423: M.SYNC_LOCKED, 507: M.SYNC_SERVER_FULL,
}


_BY_ERROR = {
    "ResourceNotFound": 404, "InsufficientStorage": 507, "ResourceLocked": 423,
    "ForbiddenOperation": 403, "ResourceConflict": 409,
}


class WebDavTransport:
    def __init__(self, url: str, user: str = "", password: str = "") -> None:
        from webdav4.client import Client  # only when WebDAV is what this sync uses

        self.url = url.rstrip("/") + "/"
        self.where = url
        auth = (user, password) if user else None
        self.client = Client(self.url, auth=auth, retry=False, timeout=60)
        self._made: set[str] = set()

    def _failed(self, exc: Exception, doing: str) -> SyncFailed:
        import httpx
        from webdav4.client import HTTPError

        status = getattr(exc, "status_code", None)
        if isinstance(exc, HTTPError) and status is None:
            status = exc.response.status_code
        # webdav4 raises its own errors for some answers, without the status.
        status = status or _BY_ERROR.get(exc.__class__.__name__)
        if status in _STATUS:
            return SyncFailed(message(_STATUS[status]), retry=status not in (401, 403, 404, 405))
        if status is not None:
            return SyncFailed(message(M.SYNC_STATUS, status=status, doing=doing))
        if isinstance(exc, httpx.TimeoutException):
            return SyncFailed(message(M.SYNC_TIMEOUT))
        if isinstance(exc, httpx.TransportError):
            return SyncFailed(message(M.SYNC_CONNECTION_LOST))
        return SyncFailed(
            message(M.SYNC_DAV_FAILED, doing=doing, detail=exc.__class__.__name__))

    def _call(self, doing: str, function: Any, *args: Any, **kwargs: Any) -> Any:
        import httpx
        from webdav4.client import ClientError

        try:
            return function(*args, **kwargs)
        except (ClientError, httpx.HTTPError, OSError) as exc:
            raise self._failed(exc, doing) from None

    def list(self, folder: str) -> list[str]:
        try:
            entries = self._call("listing", self.client.ls, folder or "/", detail=False)
        except SyncFailed as exc:
            if exc.reason.template == M.SYNC_NOT_FOUND and folder:
                return []  # a folder not made yet (a device with no files): empty
            raise
        return sorted(PurePosixPath(str(entry)).name for entry in entries)

    def download(self, path: str, into: Path) -> None:
        with open(into, "wb") as handle:
            self._call("reading", self.client.download_fileobj, path, handle)

    def _mkdirs(self, folder: PurePosixPath) -> None:
        for depth in range(1, len(folder.parts) + 1):
            part = "/".join(folder.parts[:depth])
            if part in self._made:
                continue
            if not self._call("looking", self.client.exists, part):
                try:
                    self._call("making a folder", self.client.mkdir, part)
                except SyncFailed:
                    if not self._call("looking", self.client.exists, part):
                        raise
            self._made.add(part)

    def write(self, path: str, data: bytes) -> None:
        import io

        target = PurePosixPath(path)
        self._mkdirs(target.parent)
        temporary = str(target.with_name(f".{target.name}.{secrets.token_hex(4)}.part"))
        self._call("sending", self.client.upload_fileobj, io.BytesIO(data), temporary,
                   overwrite=True, size=len(data))
        self._call("sending", self.client.move, temporary, path, overwrite=True)
