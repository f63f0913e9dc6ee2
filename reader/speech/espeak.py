"""espeak-ng through its C library (ctypes): speech as 16-bit samples, with the time of each
word. The library and its voices come with the espeakng-loader package (no download, nothing
at run time); a system libespeak-ng is the fallback. espeak-ng keeps global state: one
synthesis at a time in a process (``_lock``).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import threading
from dataclasses import dataclass, field

AUDIO_OUTPUT_SYNCHRONOUS = 2
CHARS_UTF8 = 1
EVENT_LIST_TERMINATED = 0
EVENT_WORD = 1
RATE_PARAMETER = 1
MISSING = ("no speech engine: Qari speaks with espeak-ng (it comes with the espeakng-loader "
           "package; on Debian or Ubuntu: sudo apt-get install espeak-ng)")


class SpeechUnavailable(RuntimeError):
    """No speech engine could be loaded; the message says what to install."""


class _Event(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int), ("unique_identifier", ctypes.c_uint),
        ("text_position", ctypes.c_int), ("length", ctypes.c_int),
        ("audio_position", ctypes.c_int), ("sample", ctypes.c_int),
        ("user_data", ctypes.c_void_p), ("id", ctypes.c_int64),
    ]


_Callback = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.POINTER(ctypes.c_short), ctypes.c_int, ctypes.POINTER(_Event)
)


@dataclass
class Spoken:
    rate: int  # samples per second
    samples: bytearray = field(default_factory=bytearray)  # 16-bit little-endian, mono
    # (first character, length in characters, milliseconds from the start) of each word,
    # characters counted in the text given.
    words: list[tuple[int, int, int]] = field(default_factory=list)

    @property
    def seconds(self) -> float:
        return len(self.samples) / 2 / self.rate


_lock = threading.Lock()
_engine: tuple[ctypes.CDLL, int] | None = None


def _load() -> tuple[ctypes.CDLL, int]:
    global _engine
    if _engine is not None:
        return _engine
    candidates: list[tuple[str, bytes | None]] = []
    try:
        import espeakng_loader

        candidates.append((str(espeakng_loader.get_library_path()),
                           str(espeakng_loader.get_data_path()).encode()))
    except (ImportError, OSError):
        pass
    system = ctypes.util.find_library("espeak-ng")
    if system:
        candidates.append((system, None))
    for path, data in candidates:
        try:
            library = ctypes.CDLL(path)
        except OSError:
            continue
        rate = library.espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, data, 0)
        if rate > 0:
            _engine = (library, rate)
            return _engine
    raise SpeechUnavailable(MISSING)


def synthesize(text: str, voice: str, rate: int = 175) -> Spoken:
    """``text`` spoken by espeak-ng's ``voice`` ("ar", "en", …) at ``rate`` words a minute."""
    with _lock:
        library, sample_rate = _load()
        spoken = Spoken(sample_rate)

        def received(wav: ctypes.Array, count: int, events: ctypes.Array) -> int:
            if count > 0:
                spoken.samples += ctypes.string_at(wav, count * 2)
            i = 0
            while events[i].type != EVENT_LIST_TERMINATED:
                event = events[i]
                if event.type == EVENT_WORD:
                    spoken.words.append(
                        (event.text_position - 1, event.length, event.audio_position))
                i += 1
            return 0

        callback = _Callback(received)  # kept alive until the synthesis returns
        library.espeak_SetSynthCallback(callback)
        if library.espeak_SetVoiceByName(voice.encode()) != 0:
            library.espeak_SetVoiceByName(b"en")
        library.espeak_SetParameter(RATE_PARAMETER, max(80, min(rate, 450)), 0)
        data = text.encode("utf-8")
        library.espeak_Synth(data, len(data) + 1, 0, 0, 0, CHARS_UTF8, None, None)
        library.espeak_SetSynthCallback(None)
        del callback
    return spoken
