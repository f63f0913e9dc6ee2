"""Every file location Qari uses, in one place.

The library file defaults to the platform's application data folder; ``--library PATH`` or the
``QARI_LIBRARY`` environment variable choose another. Settings, backups and image stores sit
beside the library so that a library folder is self-contained.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Qari"
LIBRARY_ENV = "QARI_LIBRARY"
LIBRARY_FILENAME = "library.sqlite3"

_override: Path | None = None


def set_library_override(path: str | os.PathLike[str] | None) -> None:
    """Make ``path`` the library for this process (the ``--library`` option)."""
    global _override
    _override = Path(path).expanduser().resolve() if path else None


def data_dir() -> Path:
    import platformdirs  # a few milliseconds: only when no --library names the file

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def library_path() -> Path:
    if _override is not None:
        return _override
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser().resolve()
    return data_dir() / LIBRARY_FILENAME


def shown(path: str | os.PathLike[str]) -> str:
    """A path as text that every encoder accepts (SQLite, JSON, Qt, a terminal): bytes of a
    file name that are not UTF-8, which Python keeps as lone surrogates, become ``\\xNN``."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def media_dir(library: Path) -> Path:
    """Images copied from imported pages live next to the library they belong to."""
    return library.with_name(library.stem + "-media")


def backup_dir(library: Path) -> Path:
    return library.with_name(library.stem + "-backups")


def sync_lock_path(library: Path) -> Path:
    """Held while a sync of this library runs: one sync of a library at a time."""
    return library.with_name(library.name + ".sync-lock")


def credentials_path() -> Path:
    """WebDAV passwords where no system keyring answers (mode 0600), beside the settings."""
    env = os.environ.get("QARI_CREDENTIALS")
    if env:
        return Path(env).expanduser()
    return settings_path().with_name("credentials.json")


def settings_path(library: Path | None = None) -> Path:
    """Window and reading preferences (an INI file read by QSettings).

    ``QARI_SETTINGS`` lets tests and portable installs keep settings away from the real home.
    """
    env = os.environ.get("QARI_SETTINGS")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "qari.ini"


def state_dir() -> Path:
    """Where the log lives (``QARI_STATE`` overrides, for tests and portable installs)."""
    env = os.environ.get("QARI_STATE")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return state_dir() / "qari.log"


def runtime_dir() -> Path:
    """A folder only this user can enter, for the single-instance socket: the session's
    XDG_RUNTIME_DIR, else one made in the temporary folder with mode 0700 (refused if another
    user owns it or can enter it)."""
    import stat
    import tempfile

    env = os.environ.get("XDG_RUNTIME_DIR")
    if env and Path(env).is_dir():
        return Path(env)
    folder = Path(tempfile.gettempdir()) / f"qari-{os.getuid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    info = folder.lstat()
    if (
        not stat.S_ISDIR(info.st_mode)
        or info.st_uid != os.getuid()
        or info.st_mode & (stat.S_IRWXG | stat.S_IRWXO)
    ):
        raise PermissionError(f"{folder} is not a private folder of this user")
    return folder


def digest(text: str, length: int) -> str:
    """A short SHA-1 name for ``text`` (a library's path: its socket, its settings' keys).
    CPython's own SHA-1: hashlib would load OpenSSL, 3 ms of the window's start-up."""
    try:
        from _sha1 import sha1
    except ImportError:  # a Python built without it
        from hashlib import sha1

    return sha1(text.encode("utf-8")).hexdigest()[:length]


def socket_path(library: Path) -> Path:
    """The single-instance socket of a library's window."""
    return runtime_dir() / f"qari-{digest(shown(library.resolve()), 16)}.socket"


def resources_dir() -> Path:
    """Fonts, translations and the welcome article.

    Installed, they ship as ``reader/resources``; in a source checkout they are the top-level
    ``resources/`` folder.
    """
    here = Path(__file__).resolve().parent
    installed = here / "resources"
    if installed.is_dir():
        return installed
    return here.parent / "resources"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"
