"""Packages read with limits: a zip archive's members (how many, each one's size, all of them
together) and the XML inside, with no external entities and no network. A hostile file costs
itself, never the import."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from reader import messages as M
from reader.importing.model import ImportFailed

MAX_MEMBERS = 5000
MAX_MEMBER_BYTES = 50 * 1024 * 1024
MAX_TOTAL_BYTES = 200 * 1024 * 1024


def read_xml(data: bytes) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, recover=True, huge_tree=False
    )
    root = etree.fromstring(data, parser)
    if root is None:
        raise ImportFailed(M.UNREADABLE_PACKAGE, detail="no XML")
    return root


class Zip:
    """A zip archive read with limits: members, each member's size, all of them together."""

    def __init__(self, data: bytes) -> None:
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise ImportFailed(M.UNREADABLE_PACKAGE, detail=str(exc)) from None
        if len(infos) > MAX_MEMBERS:
            raise ImportFailed(M.UNREADABLE_PACKAGE, detail=f"{len(infos)} files inside")
        self.names = {info.filename: info for info in infos}
        self.read_bytes = 0

    def read(self, name: str) -> bytes | None:
        info = self.names.get(name)
        if info is None or info.file_size > MAX_MEMBER_BYTES:
            return None
        if self.read_bytes + info.file_size > MAX_TOTAL_BYTES:
            raise ImportFailed(M.UNREADABLE_PACKAGE, detail="too much inside")
        try:
            with self.zip.open(info) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, ValueError, EOFError) as exc:
            raise ImportFailed(M.UNREADABLE_PACKAGE, detail=str(exc)) from None
        if len(data) > MAX_MEMBER_BYTES:  # the header lied about the size
            return None
        self.read_bytes += len(data)
        return data


def local_name(tag: object) -> str:
    return tag.split("}", 1)[-1].lower() if isinstance(tag, str) else ""


def text_of(element: etree._Element) -> str:
    return " ".join("".join(element.itertext()).split())
