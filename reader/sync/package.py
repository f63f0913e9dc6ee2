"""One file a device sends: a zip holding what it changed (a Yjs update) and the content of
the articles that change names (bundle records), with a small header saying whose and which
file it is. Files are written once and never changed; a reader checks every member's CRC and
the header before it believes a byte.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

FORMAT = "qari-sync"
VERSION = 1
HEADER = "qari-sync.json"
UPDATE = "update.bin"
NAME = re.compile(r"^(\d{8})\.zip$")
DEVICE = re.compile(r"^[0-9a-f]{16}$")
HASH = re.compile(r"^[0-9a-f]{64}$")
# A file holds up to this much article content; a first sync of a large library is several.
PACK_LIMIT = 8 * 1024 * 1024
MAX_MEMBER = 512 * 1024 * 1024


class PackageBroken(ValueError):
    """A file that is not a whole, readable Qari sync file; the message says why."""


@dataclass
class Package:
    device: str
    seq: int
    update: bytes = b""
    blobs: dict[str, bytes] = field(default_factory=dict)
    path: Path | None = None  # on disk, for blobs read later

    def write(self) -> bytes:
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
            header = {"format": FORMAT, "version": VERSION, "device": self.device,
                      "seq": self.seq, "blobs": sorted(self.blobs)}
            archive.writestr(HEADER, json.dumps(header))
            archive.writestr(UPDATE, self.update)
            for digest, data in self.blobs.items():
                archive.writestr(f"blobs/{digest}.json", data)
        return buffer.getvalue()


def file_name(seq: int) -> str:
    return f"{seq:08d}.zip"


def read_header(path: Path, device: str, seq: int) -> tuple[bytes, list[str]]:
    """The update and the blob hashes of a downloaded file, after checking it whole."""
    try:
        with zipfile.ZipFile(path) as archive:
            bad = archive.testzip()
            if bad is not None:
                raise PackageBroken(f"{bad} is damaged")
            names = set(archive.namelist())
            if HEADER not in names or UPDATE not in names:
                raise PackageBroken("not a Qari sync file")
            for info in archive.infolist():
                if info.file_size > MAX_MEMBER:
                    raise PackageBroken("a member is too large")
            header = json.loads(archive.read(HEADER))
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise PackageBroken("not a Qari sync file")
            version = header.get("version")
            if not isinstance(version, int) or version > VERSION:
                raise PackageBroken("written by a newer Qari")
            if header.get("device") != device or header.get("seq") != seq:
                raise PackageBroken("its header names another device or number")
            blobs = header.get("blobs", [])
            if not isinstance(blobs, list) or not all(
                isinstance(b, str) and HASH.match(b) and f"blobs/{b}.json" in names for b in blobs
            ):
                raise PackageBroken("its list of articles does not match its contents")
            return archive.read(UPDATE), blobs
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, UnicodeDecodeError) as exc:
        if isinstance(exc, PackageBroken):
            raise
        raise PackageBroken(f"unreadable ({exc.__class__.__name__})") from None


def read_blob(path: Path, digest: str) -> bytes | None:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.read(f"blobs/{digest}.json")
    except (zipfile.BadZipFile, KeyError, OSError):
        return None
