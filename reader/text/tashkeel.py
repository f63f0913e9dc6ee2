"""Harakat supplied where the author left them out (tashkeel), for reading aloud and for a
display layer: the stored text is never changed.

``vocalise`` returns the text with marks added to every Arabic word that had none on a letter,
keeping each mark the author wrote and every other character as it was, and a map from each
offset of the vocalised text back to the stored text. The model is libtashkeel's (a small ONNX
network, in piper-tts, run by onnxruntime on the CPU, nothing downloaded); it is given the
text in pieces of at most ``PIECE_WORDS`` words, cut at the end of a sentence where one is
near, because its time grows faster than the length of what it is given.
"""

from __future__ import annotations

import re
import threading
from array import array
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from reader.text.harakat import HARAKAT

PIECE_WORDS = 40
MAX_PIECE = 2000  # characters
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3\u06FA-\u06FC]")
_SENTENCE_END = re.compile(r"[.!?؟؛\n]\s*|،\s*")
_lock = threading.Lock()
_model: Any = None


@dataclass(frozen=True)
class Vocalised:
    text: str
    # For each offset of ``text`` (and one past its end), the stored text's offset: an added
    # mark stands where the character after its letter stands.
    stored: array

    def to_stored(self, offset: int) -> int:
        return self.stored[max(0, min(offset, len(self.stored) - 1))]

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self.to_stored(start), self.to_stored(end)

    @property
    def added(self) -> int:
        return len(self.text) - (self.stored[-1] if len(self.stored) else 0)


@dataclass(frozen=True)
class AddedMarks:
    """The map between a stored text and its vocalised copy as the reading view shows it
    (the same two methods as harakat.OffsetMap)."""

    vocalised: Vocalised

    def to_shown(self, offset: int) -> int:
        # A stored letter's place: after the marks added to the letter before it.
        return max(0, bisect_right(self.vocalised.stored, offset) - 1)

    def to_stored(self, offset: int) -> int:
        return self.vocalised.to_stored(offset)


def _diacritizer() -> Callable[[str], str]:
    global _model
    with _lock:
        if _model is None:
            # Loaded with the first vocalisation (0.3 s), never at start-up.
            from piper.tashkeel import TashkeelDiacritizer

            _model = TashkeelDiacritizer()
        return _model


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of consecutive pieces of ``text``: never across a line break (a paragraph
    is not the next one's context), each of about PIECE_WORDS words or fewer, ending at a
    sentence's end when one comes after half of that."""
    for line in re.finditer(r"[^\n]*\n*", text):
        if line.end() > line.start():
            for start, end in _line_pieces(line.group()):
                yield line.start() + start, line.start() + end


def _line_pieces(text: str) -> Iterator[tuple[int, int]]:
    ends = [m.end() for m in re.finditer(r"\S+", text)]  # each word's end, found once
    start, length = 0, len(text)
    while start < length:
        first = bisect_right(ends, start)  # the first word that ends after ``start``
        if first + PIECE_WORDS > len(ends):
            yield start, length
            return
        window = text[start:ends[first + PIECE_WORDS - 1]]
        stops = [m.end() for m in _SENTENCE_END.finditer(window)]
        good = [e for e in stops if e >= len(window) // 2]
        end = start + (good[-1] if good else len(window))
        yield start, end
        start = end


def _merge(original: str, model: str) -> str | None:
    """The model's marks on the letters the author left bare; None when the model changed a
    letter (its output is then not used)."""
    out: list[str] = []
    i = j = 0
    n, m = len(original), len(model)
    while i < n:
        char = original[i]
        if char in HARAKAT:
            out.append(char)
            i += 1
            continue
        while j < m and model[j] in HARAKAT:  # marks the model put before a letter: not ours
            j += 1
        if j >= m or model[j] != char:
            return None
        out.append(char)
        i += 1
        j += 1
        suggested = []
        while j < m and model[j] in HARAKAT:
            suggested.append(model[j])
            j += 1
        if (i >= n or original[i] not in HARAKAT) and _ARABIC_LETTER.match(char):
            out.extend(suggested)
    return "".join(out)


def _model_marks(core: str) -> str:
    # The model leaves the last character of what it is given bare: it is given one more
    # (a full stop after a space), taken off again.
    out = _diacritizer()(core + " .")
    return out[:-2] if out.endswith(" .") else out


def _needs(text: str) -> bool:
    """Whether any Arabic word of ``text`` has a letter the model could vocalise."""
    return bool(_ARABIC_LETTER.search(text))


def vocalise(text: str, cancelled: Callable[[], bool] = lambda: False) -> Vocalised:
    """``text`` with harakat supplied (see the module's note)."""
    parts: list[str] = []
    for start, end in _pieces(text):
        if cancelled():
            raise InterruptedError("vocalising was cancelled")
        piece = text[start:end]
        merged = None
        core = piece.strip()
        # A "piece" of 40 words longer than this is not words (a run of letters with no
        # spaces, a pasted blob): it is left as written.
        if _needs(core) and len(core) <= MAX_PIECE:
            lead = piece[: len(piece) - len(piece.lstrip())]
            tail = piece[len(lead) + len(core):]
            try:
                result = _merge(core, _model_marks(core))
            except Exception:  # noqa: BLE001 - the model refusing a piece costs that piece
                result = None
            merged = None if result is None else lead + result + tail
        parts.append(merged if merged is not None else piece)
    vocalised = "".join(parts)
    return Vocalised(vocalised, _offsets(text, vocalised))


def _offsets(stored: str, vocalised: str) -> array:
    """Each vocalised offset's stored offset: the two differ only by the added marks."""
    result = array("l")
    i = 0
    for char in vocalised:
        if i < len(stored) and stored[i] == char:
            result.append(i)
            i += 1
        else:  # an added mark: it stands where the next stored character stands
            result.append(i)
    result.append(len(stored))
    return result
