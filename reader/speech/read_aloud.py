"""An article read aloud: each paragraph by a voice of its language, Arabic vocalised first,
and every word's time as offsets in the stored text (the coordinates of notes and search).

``speak`` returns the speech as WAV bytes and the marks: ``{"start", "end", "t", "voice",
"paragraph"}`` per word, in the order spoken, ``t`` in seconds from the start.
"""

from __future__ import annotations

import io
import re
import wave
from collections.abc import Callable
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


def speak(
    plain_text: str, only: list[int] | None = None, *, tashkeel: bool = True,
    voice: str = "", rate: int = 175, cancelled: Callable[[], bool] = lambda: False,
) -> Speech:
    """The paragraphs numbered in ``only`` (all when None), spoken in order."""
    chosen = paragraphs(plain_text)
    if only is not None:
        chosen = [chosen[n] for n in only if 0 <= n < len(chosen)]
    speech: Speech | None = None
    for number, (start, text) in enumerate(chosen):
        if cancelled():
            raise InterruptedError("reading aloud was cancelled")
        name = voice_for(text, voice)
        spoken_text, to_stored = text, None
        if tashkeel and name == "ar":
            from reader.text.tashkeel import vocalise

            vocalised = vocalise(text, cancelled)
            spoken_text, to_stored = vocalised.text, vocalised.to_stored
        spoken = synthesize(spoken_text, name, rate)
        if speech is None:
            speech = Speech(spoken.rate)
        offset = speech.seconds
        for first, length, ms in spoken.words:
            a, b = first, first + length
            if to_stored is not None:
                a, b = to_stored(a), to_stored(b)
            b = min(b, len(text))
            if b <= a:
                continue
            speech.marks.append({"start": start + a, "end": start + b,
                                 "t": round(offset + ms / 1000, 3), "voice": name,
                                 "paragraph": only[number] if only is not None else number})
        speech.pcm += spoken.samples
        speech.pcm += bytes(int(PARAGRAPH_PAUSE * spoken.rate) * 2)
        speech.voices.append(name)
    return speech or Speech(22050)
