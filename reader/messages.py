"""Messages from the Qt-free core that a person reads: failure reasons and library errors.

The core cannot translate (it knows no Qt and no interface language), so it marks its English
templates with ``QT_TRANSLATE_NOOP`` (lupdate collects them into the interface's .ts file, in
the context ``Core``) and hands the UI a ``Message``: the template and its arguments. The UI
translates the template and fills it in; the command line prints ``str(message)``, the English.
Arguments are filled in after translation, so a translator moves ``{size}`` where Arabic
wants it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

CONTEXT = "Core"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate reads
    return text


@dataclass(frozen=True)
class Message:
    template: str
    args: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.template.format(**self.args) if self.args else self.template

    def __reduce__(self) -> tuple[object, ...]:  # crosses process boundaries (import pool)
        return (Message, (self.template, dict(self.args)))


def message(template: str, **args: object) -> Message:
    return Message(template, args)


# Import failures. Each is a template; placeholders in braces.
IS_FOLDER = QT_TRANSLATE_NOOP("Core", "is a folder")
NOT_REGULAR = QT_TRANSLATE_NOOP("Core", "not a regular file (a device, socket or pipe)")
TOO_LARGE = QT_TRANSLATE_NOOP("Core", "too large ({size} MB; the limit is {limit} MB)")
TOO_MANY_LINES = QT_TRANSLATE_NOOP(
    "Core", "too many lines for an article ({count}; the limit is {limit})"
)
TOO_MANY_PARAGRAPHS = QT_TRANSLATE_NOOP(
    "Core", "too many paragraphs for an article ({count}; the limit is {limit})"
)
NOT_FOUND = QT_TRANSLATE_NOOP("Core", "file not found (moved or deleted?)")
PERMISSION = QT_TRANSLATE_NOOP("Core", "permission denied")
CANNOT_READ = QT_TRANSLATE_NOOP("Core", "cannot read file ({detail})")
NO_TITLE = QT_TRANSLATE_NOOP("Core", "no title and no text")
NO_TEXT = QT_TRANSLATE_NOOP("Core", "no article text")
EMPTY = QT_TRANSLATE_NOOP("Core", "empty file")
BLANK = QT_TRANSLATE_NOOP("Core", "empty file (only white space)")
TOO_DEEP = QT_TRANSLATE_NOOP("Core", "{format} too deeply nested to read")
UNREADABLE_AS = QT_TRANSLATE_NOOP("Core", "could not read as {format} ({detail})")
INVALID_ENCODING = QT_TRANSLATE_NOOP("Core", "invalid {encoding} text at byte {offset}")
BINARY = QT_TRANSLATE_NOOP("Core", "binary file, not text")
INVALID_UTF8 = QT_TRANSLATE_NOOP("Core", "invalid UTF-8 at byte {offset}")
UNDECODABLE = QT_TRANSLATE_NOOP("Core", "undecodable text (not UTF-8 at byte {offset})")
NO_SAVED_TEXT = QT_TRANSLATE_NOOP("Core", "no text in the file")
TITLE_ONLY = QT_TRANSLATE_NOOP("Core", "the page has a title but no article text")
NO_TEXT_FIELD = QT_TRANSLATE_NOOP("Core", "tagged text without a <TEXT> field")
UNREADABLE_HTML = QT_TRANSLATE_NOOP("Core", "unreadable HTML ({detail})")
NO_PAGE_TEXT = QT_TRANSLATE_NOOP("Core", "no article text found in the page")
UNREADABLE_PACKAGE = QT_TRANSLATE_NOOP("Core", "unreadable package ({detail})")
UNREADABLE_EXPORT = QT_TRANSLATE_NOOP("Core", "unreadable read-it-later export ({detail})")
LINK_SCHEME = QT_TRANSLATE_NOOP("Core", "not a web link ({scheme}): only http and https")
LINK_TOO_LARGE = QT_TRANSLATE_NOOP("Core", "the page is larger than {limit} MB")
LINK_REDIRECTS = QT_TRANSLATE_NOOP("Core", "the link redirects more than {limit} times")
LINK_HTTP = QT_TRANSLATE_NOOP("Core", "the server answered {code} {reason}")
LINK_NO_HOST = QT_TRANSLATE_NOOP("Core", "no such host: {host}")
LINK_TIMEOUT = QT_TRANSLATE_NOOP("Core", "the server did not answer in {seconds} s")
LINK_FAILED = QT_TRANSLATE_NOOP("Core", "the page could not be fetched ({detail})")
NOT_A_FEED = QT_TRANSLATE_NOOP(
    "Core", "not a feed (RSS, Atom or JSON Feed), nor a page that links to one"
)
FEED_UNREADABLE = QT_TRANSLATE_NOOP("Core", "unreadable feed ({detail})")
FEED_ENTITIES = QT_TRANSLATE_NOOP(
    "Core", "the feed declares XML entities (a billion-laughs or external-entity attack?): refused"
)
FEED_EXISTS = QT_TRANSLATE_NOOP("Core", "already subscribed")
OPML_UNREADABLE = QT_TRANSLATE_NOOP("Core", "unreadable OPML ({detail})")
EMPTY_MARKDOWN = QT_TRANSLATE_NOOP("Core", "Markdown file without any text")
NOT_ARTICLE_FILE = QT_TRANSLATE_NOOP("Core", "not an article file ({suffix})")
BAD_EXPORT = QT_TRANSLATE_NOOP("Core", "unreadable Qari export ({detail})")
STORE_FAILED = QT_TRANSLATE_NOOP("Core", "could not be stored ({detail})")
PARSER_CRASHED = QT_TRANSLATE_NOOP("Core", "the importer stopped unexpectedly ({detail})")

# Library errors: what happened to the library file, in words a person can act on.
NO_LIBRARY = QT_TRANSLATE_NOOP("Core", "no library at {path}")
CANNOT_OPEN = QT_TRANSLATE_NOOP("Core", "cannot open library {path}: {detail}")
NEWER_LIBRARY = QT_TRANSLATE_NOOP(
    "Core",
    "library {path} was written by a newer Qari (schema {version}; this version reads up to "
    "{supported}); it was left untouched",
)
DAMAGED = QT_TRANSLATE_NOOP("Core", "library {path} is damaged or not a Qari library ({detail})")
LOCKED = QT_TRANSLATE_NOOP(
    "Core", "the library is busy: another Qari process is writing to it; try again in a moment"
)
DISK_FULL = QT_TRANSLATE_NOOP(
    "Core", "the disk is full: free some space and try again; nothing was changed"
)
READ_ONLY = QT_TRANSLATE_NOOP(
    "Core", "the library is read-only (its file or folder cannot be written); nothing was changed"
)
IO_ERROR = QT_TRANSLATE_NOOP(
    "Core", "the disk reported an input/output error ({detail}); nothing was changed"
)
BACKUP_MISSING = QT_TRANSLATE_NOOP("Core", "{path} does not exist")
BACKUP_DAMAGED = QT_TRANSLATE_NOOP("Core", "{path} is damaged")
BACKUP_NOT_LIBRARY = QT_TRANSLATE_NOOP("Core", "{path} is not a Qari library ({detail})")
BACKUP_NEWER = QT_TRANSLATE_NOOP("Core", "{path} was written by a newer Qari (schema {version})")
LIBRARY_IN_USE = QT_TRANSLATE_NOOP(
    "Core", "the library is open in another Qari window or command; close it and try again"
)
RESTORE_INTERRUPTED = QT_TRANSLATE_NOOP(
    "Core", "a restore of {path} was interrupted; run qari restore again to finish it"
)
READ_ONLY_OLD = QT_TRANSLATE_NOOP(
    "Core",
    "library {path} is read-only and was made by an older Qari: it must be upgraded where it "
    "can be written",
)
NO_BACKUP_BEFORE_UPGRADE = QT_TRANSLATE_NOOP(
    "Core",
    "library {path} must be upgraded, and no backup could be made first ({detail}); it was "
    "left untouched",
)


# Sync: why a sync stopped (one line; the next sync tries again unless the words say what to do).
SYNC_NO_FOLDER = QT_TRANSLATE_NOOP("Core", "the sync folder {path} does not exist")
SYNC_FOLDER_UNREADABLE = QT_TRANSLATE_NOOP("Core", "cannot read the sync folder: {detail}")
SYNC_FOLDER_FULL = QT_TRANSLATE_NOOP("Core", "the sync folder's disk is full")
SYNC_FOLDER_UNWRITABLE = QT_TRANSLATE_NOOP("Core", "cannot write to the sync folder: {detail}")
SYNC_REFUSED_LOGIN = QT_TRANSLATE_NOOP("Core", "the server refused the user name or password")
SYNC_FORBIDDEN = QT_TRANSLATE_NOOP("Core", "the server does not let this user write there")
SYNC_NOT_FOUND = QT_TRANSLATE_NOOP(
    "Core", "the folder is not on the server (check the address)")
SYNC_NOT_DAV = QT_TRANSLATE_NOOP("Core", "the address is not a WebDAV folder")
SYNC_PRECONDITION = QT_TRANSLATE_NOOP(
    "Core", "the server refused a write that was under way (412); it will be tried again")
SYNC_LOCKED = QT_TRANSLATE_NOOP("Core", "the folder is locked on the server")
SYNC_SERVER_FULL = QT_TRANSLATE_NOOP("Core", "the server is out of space")
SYNC_STATUS = QT_TRANSLATE_NOOP("Core", "the server answered {status} while {doing}")
SYNC_TIMEOUT = QT_TRANSLATE_NOOP("Core", "the server did not answer in time")
SYNC_CONNECTION_LOST = QT_TRANSLATE_NOOP("Core", "the connection to the server was lost")
SYNC_DAV_FAILED = QT_TRANSLATE_NOOP("Core", "WebDAV failed while {doing}: {detail}")
SYNC_NOT_HTTPS = QT_TRANSLATE_NOOP("Core", "a WebDAV address starts with https://")
SYNC_NO_PASSWORD = QT_TRANSLATE_NOOP(
    "Core", "no password for {user} at {url}: give it once (qari sync --webdav URL --user"
    " {user} asks for it) or set {env}")
SYNC_NOT_SET_UP = QT_TRANSLATE_NOOP(
    "Core", "sync is not set up: choose a folder or a WebDAV server")
SYNC_RUNNING = QT_TRANSLATE_NOOP("Core", "another sync of this library is running")
SYNC_FOREIGN_FOLDER = QT_TRANSLATE_NOOP(
    "Core", "that folder holds something else than Qari's sync files")
SYNC_NEWER = QT_TRANSLATE_NOOP("Core", "that folder was set up by a newer Qari; update Qari")
