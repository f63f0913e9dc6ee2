"""The shared document every device merges: a Yjs document (pycrdt) of flat maps.

Keys are natural (an article's uid, a note's uuid, a list's folded name) joined with its field
by "/"; every map is flat, so two devices that create the same record offline never replace
each other's nested map. A note's words are a shared text: two devices editing one note
offline keep both edits. Changing one value is a new item of the device that changed it;
concurrent changes of one value are settled the same way on every device.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable

from pycrdt import Doc, Map, Text, merge_updates

ART = "art"  # uid/field: blob (content hash), archived_at, bookmarked, deleted
POS = "pos"  # uid/device: [position, progress, opened_at]
TAG = "tag"  # uid/tag key: the tag's name
ANN = "ann"  # uuid/field
NOTE = "note"  # uuid: the note's words (a shared text)
COLL = "coll"  # key/field: name, created_at, deleted
ITEM = "item"  # key/uid: place in the collection
SAVED = "saved"  # key/field: name, query, created_at, deleted
VOCAB = "vocab"  # uuid/field
MAPS = (ART, POS, TAG, ANN, NOTE, COLL, ITEM, SAVED, VOCAB)
# Maps whose key's record is the part after the last "/" (a collection's key may hold "/").
_RECORD_LAST = {ITEM}


def join(record: str, field: str) -> str:
    return f"{record}/{field}"


def record_of(map_name: str, key: str) -> str:
    """The record a key belongs to: the uid, uuid or list key before its field."""
    if map_name == NOTE:
        return key
    if map_name in _RECORD_LAST:
        return key.rsplit("/", 1)[0]
    return key.split("/", 1)[0]


def new_client_id() -> int:
    # Yjs client ids are 53-bit safe integers in JavaScript peers; keep within 32 bits.
    return random.SystemRandom().randrange(1, 2**32)


class SharedDoc:
    """The document with the lookups sync needs: a record's fields, the keys under a record
    (built once, then kept up to date by this object's own writes)."""

    def __init__(self, state: bytes | None, client_id: int) -> None:
        self.doc: Doc = Doc(client_id=client_id)
        self.maps: dict[str, Map] = {name: self.doc.get(name, type=Map) for name in MAPS}
        if state:
            self.doc.apply_update(state)
        self._under: dict[str, dict[str, set[str]]] = {}
        self.changed: dict[str, set[str]] = defaultdict(set)
        self._watching = False
        self._subscriptions: list = []

    # -- reading ---------------------------------------------------------------------------

    def get(self, map_name: str, key: str, default: object = None) -> object:
        value = self.maps[map_name].get(key)
        return default if value is None else value

    def fields(self, map_name: str, record: str, names: Iterable[str]) -> dict[str, object]:
        found = {}
        for name in names:
            value = self.maps[map_name].get(join(record, name))
            if value is not None:
                found[name] = value
        return found

    def under(self, map_name: str, record: str) -> set[str]:
        """The fields (the part after the record) kept under ``record`` in ``map_name``."""
        return set(self._index(map_name).get(record, ()))

    def records(self, map_name: str) -> set[str]:
        return set(self._index(map_name))

    def _index(self, map_name: str) -> dict[str, set[str]]:
        index = self._under.get(map_name)
        if index is None:
            index = defaultdict(set)
            last = map_name in _RECORD_LAST
            for key in self.maps[map_name].keys():
                record, _, field = key.rpartition("/") if last else key.partition("/")
                index[record].add(field)
            self._under[map_name] = index
        return index

    def text(self, uuid: str) -> str | None:
        value = self.maps[NOTE].get(uuid)
        return str(value) if isinstance(value, Text) else None

    # -- writing ---------------------------------------------------------------------------

    def put(self, map_name: str, record: str, field: str, value: object) -> bool:
        """Set a value unless it is already that; True when it changed."""
        key = join(record, field)
        current = self.maps[map_name].get(key)
        if current == value and type(current) is type(value) or _same_number(current, value):
            return False
        self.maps[map_name][key] = value
        if map_name in self._under:
            self._under[map_name][record].add(field)
        return True

    def drop(self, map_name: str, record: str, field: str) -> bool:
        key = join(record, field)
        if key not in self.maps[map_name]:
            return False
        del self.maps[map_name][key]
        if map_name in self._under:
            self._under[map_name][record].discard(field)
            if not self._under[map_name][record]:
                del self._under[map_name][record]
        return True

    def set_text(self, uuid: str, words: str) -> bool:
        """The note's words become ``words`` by the smallest edit (one cut and one insert
        between the common start and end), so that another device's edit elsewhere in the
        note survives the merge."""
        current = self.maps[NOTE].get(uuid)
        if not isinstance(current, Text):
            self.maps[NOTE][uuid] = Text(words)
            return True
        old = str(current)
        if old == words:
            return False
        start = 0
        limit = min(len(old), len(words))
        while start < limit and old[start] == words[start]:
            start += 1
        end_old, end_new = len(old), len(words)
        while end_old > start and end_new > start and old[end_old - 1] == words[end_new - 1]:
            end_old -= 1
            end_new -= 1
        # pycrdt's Text counts code points as Python does.
        if end_old > start:
            del current[start:end_old]
        if end_new > start:
            current.insert(start, words[start:end_new])
        return True

    # -- merging ---------------------------------------------------------------------------

    def watch(self) -> None:
        """From now on, note which records the updates applied change."""
        if self._watching:
            return
        self._watching = True
        for name, shared in self.maps.items():
            self._subscriptions.append(shared.observe_deep(self._noter(name)))

    def _noter(self, map_name: str):  # noqa: ANN202 - a pycrdt callback
        def noted(events: list) -> None:
            for event in events:
                path = list(event.path)
                if path:  # a change inside a value (a note's text): the key is the path
                    self.changed[map_name].add(record_of(map_name, str(path[0])))
                    continue
                for key in getattr(event, "keys", {}):
                    self.changed[map_name].add(record_of(map_name, str(key)))
            self._under.pop(map_name, None)

        return noted

    def recorded(self, write: Callable[[], object]) -> bytes:
        """Run ``write`` and return the update it made, alone. (An update "since a state
        vector" would carry every deletion the document ever saw.)"""
        updates: list[bytes] = []
        subscription = self.doc.observe(lambda event: updates.append(event.update))
        try:
            write()
        finally:
            self.doc.unobserve(subscription)
        return merge_updates(*updates) if len(updates) > 1 else (updates[0] if updates else b"")

    def apply(self, update: bytes) -> None:
        self.doc.apply_update(update)

    def state(self) -> bytes:
        return self.doc.get_update()


def _same_number(a: object, b: object) -> bool:
    # The document keeps numbers as JavaScript does (floats): 5 and 5.0 are one value.
    return (
        isinstance(a, int | float) and isinstance(b, int | float)
        and not isinstance(a, bool) and not isinstance(b, bool) and a == b
    )
