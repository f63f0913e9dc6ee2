"""WebDAV passwords: the system keyring where one answers (Secret Service, KWallet, macOS
Keychain, Windows Credential Locker), else a file only this user can read. Never the library,
never the log. ``QARI_CREDENTIALS`` names the file and skips the keyring (tests, portable use).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from reader import paths

SERVICE = "Qari sync"


def _account(url: str, user: str) -> str:
    return f"{user}@{url}"


def _keyring():  # noqa: ANN202 - the keyring module, or None where none can be used
    if os.environ.get("QARI_CREDENTIALS"):
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
            return None
        return keyring
    except Exception:  # noqa: BLE001 - any keyring trouble: the file
        return None


def _file() -> dict[str, str]:
    try:
        data = json.loads(paths.credentials_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def password(url: str, user: str) -> str | None:
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(SERVICE, _account(url, user))
            if found is not None:
                return found
        except Exception:  # noqa: BLE001,S110 - a locked or broken keyring: try the file
            pass
    value = _file().get(_account(url, user))
    return value if isinstance(value, str) else None


def remember(url: str, user: str, secret: str) -> str:
    """Keep the password; returns where (for the reader to be told)."""
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(SERVICE, _account(url, user), secret)
            return "the system keyring"
        except Exception:  # noqa: BLE001,S110 - fall back to the file
            pass
    path: Path = paths.credentials_path()
    data = _file()
    data[_account(url, user)] = secret
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.chmod(temporary, 0o600)
    os.replace(temporary, path)
    return paths.shown(path)
