"""One sync run: others' new files down, this device's changes and the others' merged into
the library, this device's changes up.

Each device writes only its own numbered files (``devices/DEVICE/00000001.zip``) and never
changes one, so no transport ever sees two writers of a file. Order matters for safety:
1. the document, this device's changes and the others' files are merged in one transaction
   that also saves the merged document, what is still to send and how far each device was
   read: killed before it commits, nothing happened; after, nothing is lost;
2. articles new to this library are created in batches (progress, cancel) from a list kept
   in the library, so a killed first sync goes on where it stopped;
3. what is to send goes up last, a file at a time; a file is believed sent once written
   whole, and sending again what was sent is harmless (updates merge idempotently).
"""

from __future__ import annotations

import contextlib
import json
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pycrdt import merge_updates

from reader import messages as M
from reader import paths
from reader.library.articles import Library
from reader.library.bundle import article_record
from reader.library.transactions import transaction
from reader.messages import message
from reader.sync import package as pkg
from reader.sync.capture import capture, mark_everything
from reader.sync.project import Projector
from reader.sync.shared_doc import ANN, ART, COLL, ITEM, NOTE, POS, SAVED, TAG, VOCAB, SharedDoc
from reader.sync.state import SyncState
from reader.sync.transport import SyncFailed, Transport

MARKER = "qari-sync.json"
BATCH = 200


@dataclass
class SyncReport:
    device: str = ""
    sent_files: int = 0
    sent_bytes: int = 0
    received_files: int = 0
    received_bytes: int = 0
    created: int = 0
    updated: int = 0
    deleted: int = 0
    notes: int = 0
    waiting: int = 0
    skipped: list[str] = field(default_factory=list)  # files and records not applied, why
    seconds: float = 0.0
    cancelled: bool = False

    def as_json(self) -> dict[str, object]:
        return dict(self.__dict__)

    def summary(self) -> str:
        return (f"{self.received_files} files in, {self.sent_files} out; "
                f"{self.created} articles added, {self.updated} changed, "
                f"{self.deleted} deleted, {self.notes} notes")


Progress = Callable[[str, int, int], None]


def _never() -> bool:
    return False


@contextlib.contextmanager
def _one_at_a_time(library_path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # no advisory locks here: the transactions still keep the data whole
        yield
        return
    with open(paths.sync_lock_path(library_path), "a+b") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncFailed(message(M.SYNC_RUNNING)) from None
        yield


def _check_marker(transport: Transport, folder: Path) -> None:
    if MARKER not in transport.list(""):
        transport.write(MARKER, json.dumps({"format": pkg.FORMAT, "version": pkg.VERSION}).encode())
        return
    marker = folder / "marker"
    transport.download(MARKER, marker)
    try:
        data = json.loads(marker.read_bytes())
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("format") != pkg.FORMAT:
        raise SyncFailed(message(M.SYNC_FOREIGN_FOLDER), retry=False)
    if not isinstance(data.get("version"), int) or data["version"] > pkg.VERSION:
        raise SyncFailed(message(M.SYNC_NEWER), retry=False)


def sync(
    library: Library, transport: Transport, *, progress: Progress | None = None,
    cancelled: Callable[[], bool] = _never,
) -> SyncReport:
    """Sync ``library`` with the files at ``transport``; raises SyncFailed (one line)."""
    started = time.monotonic()
    report = SyncReport()
    tell = progress or (lambda stage, done, total: None)
    with _one_at_a_time(library.path), tempfile.TemporaryDirectory(prefix="qari-sync-") as tmp:
        folder = Path(tmp)
        _check_marker(transport, folder)
        state = SyncState(library.conn)
        with transaction(library.conn):
            device = state.device()
        mine = [int(m.group(1)) for n in transport.list(f"devices/{device}")
                if (m := pkg.NAME.match(n))]
        if mine and max(mine) > int(state.get("sent_seq", 0)):  # type: ignore[arg-type]
            # Files under this device's name that this library did not write: a copy of it
            # syncs too. Both must not write one folder: this one takes a new name, and
            # reads the old one as another device's.
            with transaction(library.conn):
                device = state.new_identity()
        report.device = device
        files = _download(transport, state, device, folder, report, tell, cancelled)
        doc = SharedDoc(state.get("doc"), state.client_id())  # type: ignore[arg-type]
        waiting = set(state.json("waiting", []))  # type: ignore[arg-type]
        blob_files = _fetch_waiting(library, transport, doc, waiting, folder)
        blob_files.update({digest: path for path, blobs in files for digest in blobs})
        if cancelled():
            report.cancelled = True
            return report
        to_create = _merge(library, state, doc, device, files, blob_files, report)
        _create(library, state, doc, to_create | waiting, blob_files, report, tell, cancelled)
        if not report.cancelled:
            _send(library, transport, state, device, report, tell, cancelled)
    report.seconds = round(time.monotonic() - started, 3)
    return report


def _download(
    transport: Transport, state: SyncState, device: str, folder: Path, report: SyncReport,
    tell: Progress, cancelled: Callable[[], bool],
) -> list[tuple[Path, list[str]]]:
    """Every file of the other devices not read before, downloaded and checked; a broken
    one is reported and left for the next run (its writer may still be sending it)."""
    wanted: list[tuple[str, int]] = []
    for other in transport.list("devices"):
        if other == device or not pkg.DEVICE.match(other):
            continue
        cursor = state.cursor(other)
        for name in transport.list(f"devices/{other}"):
            match = pkg.NAME.match(name)
            if match and int(match.group(1)) > cursor:
                wanted.append((other, int(match.group(1))))
    wanted.sort()
    files: list[tuple[Path, list[str]]] = []
    for done, (other, seq) in enumerate(wanted):
        if cancelled():
            break
        tell("receiving", done, len(wanted))
        local = folder / f"{other}-{seq}.zip"
        transport.download(f"devices/{other}/{pkg.file_name(seq)}", local)
        report.received_bytes += local.stat().st_size
        try:
            update, blobs = pkg.read_header(local, other, seq)
        except pkg.PackageBroken as exc:
            report.skipped.append(f"devices/{other}/{pkg.file_name(seq)}: {exc}")
            local.unlink(missing_ok=True)
            continue
        report.received_files += 1
        (folder / f"{other}-{seq}.update").write_bytes(update)
        files.append((local, blobs))
    return files


def _fetch_waiting(
    library: Library, transport: Transport, doc: SharedDoc, waiting: set[str], folder: Path,
) -> dict[str, Path]:
    """The files holding the content of articles an earlier run could not create yet."""
    found: dict[str, Path] = {}
    for uid in sorted(waiting):
        digest = doc.get(ART, f"{uid}/blob")
        row = library.conn.execute(
            "SELECT file FROM sync_blobs WHERE hash = ?", (digest,)
        ).fetchone() if isinstance(digest, str) else None
        if row is None:
            continue
        local = folder / ("blobfile-" + row[0].replace("/", "-"))
        if not local.exists():
            try:
                transport.download(row[0], local)
            except SyncFailed:
                continue
        found[digest] = local  # type: ignore[index]
    return found


def _blob_reader(blob_files: dict[str, Path]) -> Callable[[str], bytes | None]:
    def read(digest: str) -> bytes | None:
        path = blob_files.get(digest)
        return pkg.read_blob(path, digest) if path else None

    return read


def _merge(
    library: Library, state: SyncState, doc: SharedDoc, device: str,
    files: list[tuple[Path, list[str]]], blob_files: dict[str, Path], report: SyncReport,
) -> set[str]:
    """This device's changes and the downloaded files into the document and the library, in
    one transaction. Returns the articles to create (new to this library)."""
    conn = library.conn
    with transaction(conn):
        if state.get("doc") is None:
            mark_everything(conn)
        found: set[str] = set()
        mine = doc.recorded(lambda: found.update(capture(conn, doc, device)))
        blobs = found
        pending = state.get("pending")
        if pending and mine:
            mine = merge_updates(bytes(pending), mine)  # type: ignore[arg-type]
        elif pending:
            mine = bytes(pending)  # type: ignore[arg-type]
        state.set("pending", mine)
        pending_blobs = set(state.json("pending_blobs", [])) | blobs  # type: ignore[arg-type]
        state.set_json("pending_blobs", sorted(pending_blobs))
        doc.watch()
        for path, names in files:
            other, seq = path.stem.split("-")
            update = path.with_suffix(".update").read_bytes()
            try:
                if update:
                    doc.apply(update)
            except Exception as exc:  # noqa: BLE001 - a foreign update is reported, not applied
                report.skipped.append(f"devices/{other}/{pkg.file_name(int(seq))}: {exc}")
                continue
            remote = f"devices/{other}/{pkg.file_name(int(seq))}"
            conn.executemany(
                "INSERT OR REPLACE INTO sync_blobs (hash, file) VALUES (?, ?)",
                [(digest, remote) for digest in names],
            )
            if int(seq) == state.cursor(other) + 1:
                state.set_cursor(other, int(seq))
        conn.execute("INSERT OR IGNORE INTO sync_applying VALUES (1)")
        projector = Projector(library, doc, position_rule=state.position_rule,
                              blob=_blob_reader(blob_files))
        changed = doc.changed
        uids = changed[ART] | changed[POS] | changed[TAG]
        to_create = set()
        for uid in sorted(uids):
            exists = conn.execute("SELECT 1 FROM articles WHERE uid = ?", (uid,)).fetchone()
            if exists or doc.get(ART, f"{uid}/deleted") is True:
                projector.article(uid)
            else:
                to_create.add(uid)
        for key in sorted(changed[COLL] | changed[ITEM]):
            projector.collection(key)
        for uuid in sorted(changed[ANN] | changed[NOTE]):
            projector.annotation(uuid)
        for key in sorted(changed[SAVED]):
            projector.saved(key)
        for uuid in sorted(changed[VOCAB]):
            projector.word(uuid)
        conn.execute("DELETE FROM sync_applying")
        _tally(report, projector)
        state.set("doc", doc.state())
        state.set("client", doc.doc.client_id)
        state.set_json("waiting", sorted(to_create | set(state.json("waiting", []))))  # type: ignore[arg-type]
    return to_create


def _tally(report: SyncReport, projector: Projector) -> None:
    done = projector.done
    report.created += done.created
    report.updated += done.updated
    report.deleted += done.deleted
    report.notes += done.notes
    report.skipped.extend(done.problems)
    done.created = done.updated = done.deleted = done.notes = 0
    done.problems.clear()


def _create(
    library: Library, state: SyncState, doc: SharedDoc, uids: set[str],
    blob_files: dict[str, Path], report: SyncReport, tell: Progress,
    cancelled: Callable[[], bool],
) -> None:
    order = sorted(uids)
    projector = Projector(library, doc, position_rule=state.position_rule,
                          blob=_blob_reader(blob_files))
    still: set[str] = set()
    for start in range(0, len(order), BATCH):
        if cancelled():
            report.cancelled = True
            break
        tell("adding", start, len(order))
        chunk = order[start:start + BATCH]
        with transaction(library.conn) as conn:
            conn.execute("INSERT OR IGNORE INTO sync_applying VALUES (1)")
            projector.done.waiting.clear()
            for uid in chunk:
                projector.article(uid)
            conn.execute("DELETE FROM sync_applying")
            still |= projector.done.waiting
            left = set(order[start + BATCH:]) | still
            state.set_json("waiting", sorted(left))
        _tally(report, projector)
    report.waiting = len(state.json("waiting", []))  # type: ignore[arg-type]


def _send(
    library: Library, transport: Transport, state: SyncState, device: str,
    report: SyncReport, tell: Progress, cancelled: Callable[[], bool],
) -> None:
    """What this device changed, in files of at most PACK_LIMIT of article content; the
    last one carries the changes themselves."""
    pending = state.get("pending")
    digests = list(state.json("pending_blobs", []))  # type: ignore[arg-type]
    if not pending and not digests:
        return
    pack: dict[str, bytes] = {}
    size = 0
    total = len(digests)
    while digests:
        if cancelled():
            report.cancelled = True
            return
        digest = digests.pop()
        record = article_record(library, digest)
        if record is not None:  # else changed again or deleted since: its newer text goes
            data = json.dumps(record, ensure_ascii=False).encode()
            pack[digest] = data
            size += len(data)
        if size >= pkg.PACK_LIMIT and digests:
            tell("sending", total - len(digests), total)
            _put(transport, state, device, b"", pack, report)
            with transaction(library.conn):
                state.set_json("pending_blobs", digests)
            pack, size = {}, 0
    update = bytes(pending) if pending else b""  # type: ignore[arg-type]
    if not update and not pack:
        with transaction(library.conn):
            state.set_json("pending_blobs", [])
        return
    _put(transport, state, device, update, pack, report)
    with transaction(library.conn):
        state.set("pending", None)
        state.set_json("pending_blobs", [])


def _put(
    transport: Transport, state: SyncState, device: str, update: bytes,
    blobs: dict[str, bytes], report: SyncReport,
) -> None:
    seq = int(state.get("sent_seq", 0)) + 1  # type: ignore[arg-type]
    data = pkg.Package(device, seq, update, blobs).write()
    transport.write(f"devices/{device}/{pkg.file_name(seq)}", data)
    with transaction(state.conn):
        state.set("sent_seq", seq)
    report.sent_files += 1
    report.sent_bytes += len(data)
