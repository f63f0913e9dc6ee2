"""Justified paragraphs whose Arabic letters stay joined.

Qt's own justification (``AlignJustify``) gives Arabic text its extra width between letters:
in qtextengine.cpp, inter-character opportunities outrank the spaces of an Arabic run, so
"والمستوصفات" is drawn as "وا لمستو صفا ت". Here a paragraph is laid out ragged, as Qt
shapes it, and each of its lines but the last then gets word spacing (a character format on
that line) that makes it exactly as wide as the column: the width goes between words and
nowhere else, every word keeps its glyphs, and the text, its offsets, selection and copying
are untouched. The lines break where they broke ragged: each line is widened to the column,
never past it.

With kashida chosen, an Arabic line first takes tatweel (U+0640) at the places Arabic
typography allows (reader.text.kashida), at most three words a line and three tatweels a
word, for up to 60% of its missing width; the spaces take the rest. The tatweel goes into the
document only: the article's document map (ArticleDocument) records each, so offsets, finds,
highlights and copies still refer to the text as stored.

Formats change a block's layout, so the work is done where the reader is looking first (the
visible blocks, before they are painted), then through the rest of the document in slices of
a few milliseconds on the window's thread, between frames.
"""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QFontMetricsF,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser

from reader.text.kashida import TATWEEL, before_tatweel, best_place
from reader.ui.reading.document import JUSTIFY_PROPERTY, ArticleDocument

KASHIDA_SHARE = 0.6  # of a line's missing width, at most, given to tatweel
KASHIDA_WORDS = 3  # words a line stretched at most
KASHIDA_EACH = 3  # tatweels a word takes at most

WORD_SPACING = QTextFormat.Property.FontWordSpacing
SLICE_SECONDS = 0.008  # a slice of background work: well inside a 16 ms frame
BATCH = 8  # paragraphs spread in one edit of the document
LAYOUT_WAIT_MS = 20
MAX_WAITS = 100  # two seconds, then on with it
LINE_SEPARATOR = "\u2028"
SPACE = " "
MAX_RETRIES = 8
STEP = 0.25  # px given back by a line that lost its last word


@dataclass
class _Plan:
    """One paragraph's spacing: its ragged breaks, and for each line to spread its range,
    its gaps and the spacing it gets."""

    block: QTextBlock
    ragged: list[tuple[int, int]]
    lines: dict[int, tuple[int, int, int, float]] = field(default_factory=dict)
    retries: dict[int, int] = field(default_factory=dict)

    def changes(self) -> list[tuple[int, int, float]]:
        return [(start, end, value) for start, end, _gaps, value in self.lines.values()]


def _open_lines(block: QTextBlock) -> Iterator[tuple[int, int, str, float]]:
    """(line number, start in the block, text, missing width) of each line of the (laid
    out) block that is set flush: all but the last, and but those a forced break ends (as a
    paragraph's last line, they stay ragged)."""
    layout = block.layout()
    text = block.text()
    for index in range(layout.lineCount() - 1):
        line = layout.lineAt(index)
        start, length = line.textStart(), line.textLength()
        segment = text[start:start + length]
        if not segment.endswith(LINE_SEPARATOR):
            yield index, start, segment, line.width() - line.naturalTextWidth()


def justified_blocks(document: QTextDocument) -> list[QTextBlock]:
    """The paragraphs the document sets justified, in order."""
    found = []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().boolProperty(JUSTIFY_PROPERTY):
            found.append(block)
        block = block.next()
    return found


def _plan(block: QTextBlock) -> _Plan | None:
    """What spreading the (laid out) block takes, or None when no line needs it."""
    base = block.position()
    plan = _Plan(block, _breaks(block.layout(), block.text()))
    for index, start, segment, extra in _open_lines(block):
        gaps = segment.rstrip().count(SPACE)
        if gaps == 0 or extra <= 0.5:
            continue
        # Qt keeps spacing in 1/64 px: rounded down, the line does not grow past the column.
        # The closing space keeps its width: Qt would count a widened one in the line.
        inner = len(segment.rstrip())
        value = math.floor(extra / gaps * 64) / 64
        plan.lines[index] = (base + start, base + start + inner, gaps, value)
        plan.retries[index] = 0
    return plan if plan.lines else None


def spread_blocks(
    blocks: list[QTextBlock], cursor: QTextCursor, kashida: ArticleDocument | None = None
) -> int:
    """Give each line of these paragraphs but their last the word spacing that makes it
    flush with both edges; returns how many lines were spread.

    The lines must break where they broke ragged. Qt decides a break with room for the
    overhang of a line's last letter, which it does not always count in the line's natural
    width; a line widened to the column can then no longer hold its last word. So the
    breaks are checked after spacing, and a line that lost a word gives back a quarter
    pixel at a time until it holds it again. The paragraphs are spread together: each
    round of formats is one edit of the document, laid out once."""
    if not blocks:
        return 0
    document = blocks[0].document()
    layout = document.documentLayout()
    for block in blocks:
        layout.blockBoundingRect(block)  # laid out, if it was not yet
    if kashida is not None:
        _stretch_words(blocks, cursor, kashida)
    pending = [plan for block in blocks if (plan := _plan(block)) is not None]
    spread = 0
    while pending:
        _apply(cursor, [change for plan in pending for change in plan.changes()])
        again = []
        for plan in pending:
            layout.blockBoundingRect(plan.block)
            now = _breaks(plan.block.layout(), plan.block.text())
            if now == plan.ragged:
                spread += sum(1 for *_rest, value in plan.lines.values() if value > 0)
                continue
            broken = next(
                i for i, (a, b) in enumerate(zip(now, plan.ragged, strict=False)) if a != b
            )
            if broken not in plan.lines or plan.lines[broken][3] == 0:
                # Not ours to give back (or nothing left): the paragraph ragged, as it was.
                unspread(plan.block, cursor)
                continue
            start, end, gaps, value = plan.lines[broken]
            plan.retries[broken] += 1
            if plan.retries[broken] > MAX_RETRIES:  # Qt keeps more room here: ragged line
                value = 0.0
            else:
                value = max(0.0, value - math.ceil(STEP / gaps * 64) / 64)
            plan.lines[broken] = (start, end, gaps, value)
            again.append(plan)
        pending = again
    return spread


def _stretch_words(
    blocks: list[QTextBlock], cursor: QTextCursor, article: ArticleDocument
) -> None:
    """Kashida in the right-to-left paragraphs' lines (all but their last), recorded in the
    article's document map; a paragraph whose lines would break elsewhere goes without."""
    layout = blocks[0].document().documentLayout()
    done: list[tuple[QTextBlock, list[tuple[int, int]], list[tuple[int, int]]]] = []
    cursor.beginEditBlock()
    for block in blocks:
        if block.blockFormat().layoutDirection() != Qt.LayoutDirection.RightToLeft:
            continue
        places = _kashida_places(block)
        if not places:
            continue
        ragged = _breaks(block.layout(), block.text())
        base = block.position()
        for place, count in reversed(places):
            cursor.setPosition(base + place)
            cursor.insertText(TATWEEL * count)
        article.kashida[block.blockNumber()] = places
        done.append((block, places, ragged))
    cursor.endEditBlock()
    for block, places, ragged in done:
        layout.blockBoundingRect(block)
        now = [
            (before_tatweel(places, start), before_tatweel(places, end))
            for start, end in _breaks(block.layout(), block.text())
        ]
        if now != ragged:
            remove_kashida(block, cursor, article)


def _kashida_places(block: QTextBlock) -> list[tuple[int, int]]:
    """(place, tatweels) for the block's lines, in the block's text, in order."""
    fmt = QTextCursor(block).charFormat()
    tatweel = QFontMetricsF(fmt.font()).horizontalAdvance(TATWEEL)
    if tatweel <= 0:
        return []
    places: list[tuple[int, int]] = []
    for _index, start, segment, extra in _open_lines(block):
        budget = int(extra * KASHIDA_SHARE // tatweel)
        if budget <= 0:
            continue
        found = []
        position = start
        for word in segment.split(" "):
            place = best_place(word) if word else None
            if place is not None:
                found.append((place[0], -position, position + place[1]))
            position += len(word) + 1
        chosen = sorted(found)[:KASHIDA_WORDS]
        counts = dict.fromkeys((p for _pr, _neg, p in chosen), 0)
        while budget > 0 and counts and min(counts.values()) < KASHIDA_EACH:
            for place in sorted(counts):
                if budget > 0 and counts[place] < KASHIDA_EACH:
                    counts[place] += 1
                    budget -= 1
        places += sorted((p, c) for p, c in counts.items() if c)
    return places


def remove_kashida(block: QTextBlock, cursor: QTextCursor, article: ArticleDocument) -> None:
    """The block's tatweels taken out again, and their record."""
    places = article.kashida.pop(block.blockNumber(), [])
    if not places:
        return
    base = block.position()
    runs, shift = [], 0
    for place, count in places:
        runs.append((base + place + shift, count))
        shift += count
    cursor.beginEditBlock()
    for position, count in reversed(runs):
        cursor.setPosition(position)
        cursor.setPosition(position + count, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    cursor.endEditBlock()


def _breaks(layout: object, text: str) -> list[tuple[int, int]]:
    """Where each line's words start and end: the breaks, whatever white space a line
    gathers at its end."""
    found = []
    for index in range(layout.lineCount()):  # type: ignore[attr-defined]
        line = layout.lineAt(index)  # type: ignore[attr-defined]
        start, end = line.textStart(), line.textStart() + line.textLength()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        found.append((start, end))
    return found


def _apply(cursor: QTextCursor, changes: object) -> None:
    cursor.beginEditBlock()
    for start, end, value in changes:  # type: ignore[attr-defined]
        fmt = QTextCharFormat()
        fmt.setFontWordSpacing(value)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()


def unspread(block: QTextBlock, cursor: QTextCursor) -> None:
    """Back to ragged, formats as they were: the spacing taken off, not set to nothing (a
    format of its own would still split the text where Qt shapes and breaks it)."""
    spaced = []
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        if fragment.isValid() and fragment.charFormat().hasProperty(WORD_SPACING):
            spaced.append((fragment.position(), fragment.length(), fragment.charFormat()))
        fragments += 1
    if not spaced:
        return
    cursor.beginEditBlock()
    for position, length, fmt in spaced:
        fmt.clearProperty(WORD_SPACING)
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
    cursor.endEditBlock()


def justify_document(
    document: QTextDocument, kashida: ArticleDocument | None = None
) -> int:
    """Every justified paragraph at once (for tests and pictures); returns the lines spread.
    With ``kashida`` (the document's map), Arabic lines take tatweel first."""
    return spread_blocks(justified_blocks(document), QTextCursor(document), kashida)


class Justifier(QObject):
    """Keeps a reading pane's justified paragraphs spread: visible ones before they are
    painted, the rest in the background; again after the column's width changes."""

    stretched = Signal()  # tatweel went in or out: document positions moved

    def __init__(self, pane: QTextBrowser) -> None:
        super().__init__(pane)
        self.pane = pane
        self.document: QTextDocument | None = None
        self.article: ArticleDocument | None = None
        self._pending: deque[int] = deque()  # block numbers still to spread, in order
        self._spread: set[int] = set()  # block numbers that carry word spacing
        self._done: set[int] = set()
        self._width = -1.0
        self.longest_slice = 0.0  # seconds: the benchmark reports it
        self._waits = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._work)
        # Quiet while the view puts its own passage at the top of a new document: that
        # passage was spread by attach(top=...), and a hit test now would lay out it all.
        self.quiet = False
        pane.verticalScrollBar().valueChanged.connect(
            lambda _v: None if self.quiet else self.show_visible())

    def attach(
        self, document: QTextDocument | None, article: ArticleDocument | None = None,
        kashida: bool = False, top: int | None = None,
    ) -> None:
        """A new document: its visible paragraphs now, the others soon. With ``kashida``,
        Arabic lines take tatweel (recorded in ``article``, the document's map). ``top``:
        the document position that will be at the top of the view, when the caller knows it
        (a hit test on a document not yet laid out lays all of it out: 0.5 s for 1 MB)."""
        self.document = document
        self.article = article if kashida else None
        self._spread.clear()
        self._done.clear()
        self._pending.clear()
        self._waits = 0
        self._timer.stop()
        if document is None:
            return
        self._pending.extend(b.blockNumber() for b in justified_blocks(document))
        self._width = self._column_width()
        self.show_visible(None if top is None else document.findBlock(top))

    def release(self, block: QTextBlock) -> None:
        """The block's text is about to change: its spacing and kashida out now, spread again
        in the background."""
        number = block.blockNumber()
        cursor = QTextCursor(block)
        if number in self._spread:
            unspread(block, cursor)
            self._spread.discard(number)
        if self.article is not None:
            remove_kashida(block, cursor, self.article)
        self._done.discard(number)
        if block.blockFormat().boolProperty(JUSTIFY_PROPERTY):  # not a ragged paragraph
            self._pending.append(number)

    def resume(self) -> None:
        self.show_visible()
        self._timer.start()

    def _column_width(self) -> float:
        if self.document is None:
            return -1.0
        frame = self.document.rootFrame().frameFormat()
        return self.document.textWidth() - frame.leftMargin() - frame.rightMargin()

    def width_changed(self) -> None:
        """The column reflowed: every paragraph is spread again at its new width."""
        if self.document is None or self._column_width() == self._width:
            return
        self._width = self._column_width()
        self._done.clear()
        self._pending = deque(b.blockNumber() for b in justified_blocks(self.document))
        self.show_visible()

    def finished(self) -> bool:
        return not self._pending

    def show_visible(self, top: QTextBlock | None = None) -> None:
        """Spread the paragraphs in view (and a screen beyond) before they are painted."""
        document = self.document
        if document is None or not self._pending:
            return
        viewport = self.pane.viewport()
        height = viewport.height()
        if top is None or not top.isValid():
            top = self.pane.cursorForPosition(viewport.rect().topLeft()).block()
        bottom_y = self.pane.verticalScrollBar().value() + 2 * height
        layout = document.documentLayout()
        wanted = []
        block = top
        while block.isValid():
            if block.blockNumber() not in self._done and block.blockFormat().boolProperty(
                JUSTIFY_PROPERTY
            ):
                wanted.append(block)
            if layout.blockBoundingRect(block).top() > bottom_y:
                break
            block = block.next()
        self._justify(wanted)
        self._timer.start()

    def _justify(self, blocks: list[QTextBlock]) -> None:
        if self.document is None or not blocks:
            return
        cursor = QTextCursor(self.document)
        for block in blocks:
            if block.blockNumber() in self._spread:  # spread at another width: ragged first
                unspread(block, cursor)
                if self.article is not None:
                    remove_kashida(block, cursor, self.article)
        spread_blocks(blocks, cursor, self.article)
        if self.article is not None and any(
            b.blockNumber() in self.article.kashida for b in blocks
        ):
            self.stretched.emit()
        for block in blocks:
            self._spread.add(block.blockNumber())
            self._done.add(block.blockNumber())

    def _work(self) -> None:
        """One slice of the rest of the document: paragraphs in batches (each batch one
        edit of the document) until the slice's time is up."""
        document = self.document
        if document is None:
            return
        if document.lastBlock().layout().lineCount() == 0 and self._waits < MAX_WAITS:
            # Qt is still laying the document out, a chunk at a time between frames; an
            # edit now would make it finish all at once (90 ms for 1 MB). After it.
            self._waits += 1
            self._timer.start(LAYOUT_WAIT_MS)
            return
        self._timer.setInterval(0)
        began = time.perf_counter()
        deadline = began + SLICE_SECONDS
        while self._pending and time.perf_counter() < deadline:
            batch: list[QTextBlock] = []
            while self._pending and len(batch) < BATCH:
                number = self._pending.popleft()
                block = document.findBlockByNumber(number)
                if number not in self._done and block.isValid():
                    batch.append(block)
            self._justify(batch)
        self.longest_slice = max(self.longest_slice, time.perf_counter() - began)
        if self._pending:
            self._timer.start()
