"""Where a library syncs, remembered in it: a folder or a WebDAV address with a user name
(the password is kept by ``credentials``), and the transport for it."""

from __future__ import annotations

import os
from pathlib import Path

from reader import messages as M
from reader import paths
from reader.messages import message
from reader.sync import credentials
from reader.sync.transport import FolderTransport, SyncFailed, Transport, WebDavTransport

PASSWORD_ENV = "QARI_WEBDAV_PASSWORD"


def folder_target(folder: Path) -> dict:
    return {"kind": "folder", "where": paths.shown(folder.expanduser().resolve())}


def webdav_target(url: str, user: str = "") -> dict:
    if not url.startswith(("https://", "http://")):
        raise SyncFailed(message(M.SYNC_NOT_HTTPS), retry=False)
    return {"kind": "webdav", "where": url, "user": user}


def describe(target: dict) -> str:
    if target.get("kind") == "webdav":
        user = target.get("user") or ""
        return f"{target['where']}" + (f" as {user}" if user else "")
    return str(target.get("where", ""))


def known_password(target: dict) -> str | None:
    """A WebDAV user's password from the environment or where it was kept; None when it is
    not known (or the target needs none)."""
    if target.get("kind") != "webdav" or not target.get("user"):
        return None
    return os.environ.get(PASSWORD_ENV) or credentials.password(
        str(target["where"]), str(target["user"]))


def open_transport(target: dict, password: str | None = None) -> Transport:
    if target.get("kind") == "folder":
        return FolderTransport(Path(str(target["where"])))
    if target.get("kind") == "webdav":
        user = str(target.get("user") or "")
        url = str(target["where"])
        secret = password if password is not None else known_password(target)
        if user and secret is None:
            raise SyncFailed(
                message(M.SYNC_NO_PASSWORD, user=user, url=url, env=PASSWORD_ENV), retry=False)
        return WebDavTransport(url, user, secret or "")
    raise SyncFailed(message(M.SYNC_NOT_SET_UP), retry=False)
