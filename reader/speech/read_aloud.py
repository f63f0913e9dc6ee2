"""An article read aloud: each paragraph by a voice of its language, Arabic vocalised first,
and every word's time as offsets in the stored text (the coordinates of notes and search).

``speak`` returns the speech as WAV bytes and the marks: ``{"start", "end", "t", "voice",
"paragraph"}`` per word, in the order spoken, ``t`` in seconds from the start.
"""

from __future__ import annotations

import io
import re
import wave
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from reader.speech.espeak import synthesize
from reader.text.direction import direction_of
from reader.text.language import detect

PARAGRAPH_PAUSE = 0.35  # seconds of silence between paragraphs
# espeak-ng's voices for the languages Qari detects; anything else is read in English.
VOICES = {"ar": "ar", "fa": "fa", "ur": "ur", "en": "en", "fr": "fr", "de": "de", "es": "es",
          "it": "it", "tr": "tr", "ru": "ru", "he": "he", "el": "el"}


@dataclass
class Speech:
    rate: int
    pcm: bytearray = field(default_factory=bytearray)
    marks: list[dict] = field(default_factory=list)
    voices: list[str] = field(default_factory=list)  # per paragraph spoken

    @property
    def seconds(self) -> float:
        return len(self.pcm) / 2 / self.rate

    def wav(self) -> bytes:
        buffer = io.BytesIO()
        with wave.open(buffer, "wb") as out:
            out.setnchannels(1)
            out.setsampwidth(2)
            out.setframerate(self.rate)
            out.writeframes(bytes(self.pcm))
        return buffer.getvalue()


def paragraphs(plain_text: str) -> list[tuple[int, str]]:
    """(stored offset, text) of each paragraph: the blocks are joined with blank lines."""
    found = []
    for match in re.finditer(r"[^\n]+(?:\n(?!\n)[^\n]*)*", plain_text):
        if match.group().strip():
            found.append((match.start(), match.group()))
    return found


def voice_for(text: str, chosen: str = "") -> str:
    """The paragraph's voice: Arabic script read by the Arabic voice whatever ``chosen`` is
    (a voice chosen names the one for the other paragraphs)."""
    language = detect(text)
    if direction_of(text, "ltr") == "rtl":
        return VOICES.get(language, "ar")
    return chosen or VOICES.get(language, "en")


@dataclass
class Paragraph:
    """One paragraph spoken: its samples, and its words' marks with ``t`` from its own
    start."""

    number: int
    voice: str
    rate: int
    pcm: bytes
    marks: list[dict]


def spoken_paragraphs(
    plain_text: str, only: list[int] | None = None, *, start: int = 0, tashkeel: bool = True,
    voice: str = "", rate: int = 175, cancelled: Callable[[], bool] = lambda: False,
) -> Iterator[Paragraph]:
    """Each paragraph (those numbered in ``only``, else every one from the stored offset
    ``start`` on, the first from the word at ``start``) spoken, one at a time: a window
    plays the first while the next is being made."""
    every = paragraphs(plain_text)
    numbers = only if only is not None else [
        n for n, (at, text) in enumerate(every) if at + len(text) > start]
    for number in numbers:
        if not 0 <= number < len(every):
            continue
        if cancelled():
            raise InterruptedError("reading aloud was cancelled")
        at, text = every[number]
        if only is None and at < start:
            cut = _word_start(text, start - at)
            at, text = at + cut, text[cut:]
        name = voice_for(text, voice)
        spoken_text, to_stored = text, None
        if tashkeel and name == "ar":
            from reader.text.tashkeel import vocalise

            vocalised = vocalise(text, cancelled)
            spoken_text, to_stored = vocalised.text, vocalised.to_stored
        spoken = synthesize(spoken_text, name, rate)
        marks = []
        for first, length, ms in spoken.words:
            a, b = first, first + length
            if to_stored is not None:
                a, b = to_stored(a), to_stored(b)
            b = min(b, len(text))
            if b > a:
                marks.append({"start": at + a, "end": at + b, "t": ms / 1000, "voice": name,
                              "paragraph": number})
        pause = bytes(int(PARAGRAPH_PAUSE * spoken.rate) * 2)
        yield Paragraph(number, name, spoken.rate, bytes(spoken.samples) + pause, marks)


def _word_start(text: str, offset: int) -> int:
    """The start of the word at ``offset`` of ``text`` (or of the next one)."""
    offset = max(0, min(offset, len(text)))
    while offset > 0 and not text[offset - 1].isspace():
        offset -= 1
    return offset


def speak(
    plain_text: str, only: list[int] | None = None, *, tashkeel: bool = True,
    voice: str = "", rate: int = 175, cancelled: Callable[[], bool] = lambda: False,
) -> Speech:
    """The paragraphs numbered in ``only`` (all when None), spoken in order, in one WAV."""
    speech: Speech | None = None
    for paragraph in spoken_paragraphs(plain_text, only, tashkeel=tashkeel, voice=voice,
                                       rate=rate, cancelled=cancelled):
        if speech is None:
            speech = Speech(paragraph.rate)
        offset = speech.seconds
        for mark in paragraph.marks:
            speech.marks.append(mark | {"t": round(offset + mark["t"], 3)})
        speech.pcm += paragraph.pcm
        speech.voices.append(paragraph.voice)
    return speech or Speech(22050)
