"""Playing speech as it is made: samples appended paragraph by paragraph while the first
already sounds, a position the window follows (to mark the word being spoken), pause, seek
and stop. miniaudio plays it (PulseAudio, PipeWire, ALSA, CoreAudio, WASAPI); where no output
device opens, it plays into nothing at the same pace, so the words still move and the reader
is told why there is no sound. ``QARI_AUDIO=null`` asks for that on purpose (tests).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Generator


class Player:
    def __init__(self, rate: int) -> None:
        self.rate = rate
        self._pcm = bytearray()
        self._pos = 0  # bytes handed to the device
        self._lock = threading.Lock()
        self._paused = False
        self._complete = False  # nothing more will be appended
        self._device = None
        self.silent = False  # no output device: playing into nothing

    # -- the device -------------------------------------------------------------------------

    def _feed(self) -> Generator[bytes, int, None]:
        required = yield b""
        while True:
            with self._lock:
                wanted = required * 2
                if self._paused or self._pos >= len(self._pcm):
                    chunk = bytes(wanted)
                else:
                    chunk = bytes(self._pcm[self._pos:self._pos + wanted])
                    self._pos += len(chunk)
                    chunk += bytes(wanted - len(chunk))
            required = yield chunk

    def start(self) -> None:
        import miniaudio  # only when something is read aloud

        options = {"output_format": miniaudio.SampleFormat.SIGNED16, "nchannels": 1,
                   "sample_rate": self.rate, "buffersize_msec": 60}
        device = None
        if os.environ.get("QARI_AUDIO") != "null":
            try:
                device = miniaudio.PlaybackDevice(**options)
            except miniaudio.MiniaudioError:
                device = None
        if device is None:
            self.silent = True
            device = miniaudio.PlaybackDevice(backends=[miniaudio.Backend.NULL], **options)
        feed = self._feed()
        next(feed)
        device.start(feed)
        self._device = device

    def close(self) -> None:
        if self._device is not None:
            self._device.close()
            self._device = None

    # -- what plays -------------------------------------------------------------------------

    def append(self, pcm: bytes) -> None:
        with self._lock:
            self._pcm += pcm

    def complete(self) -> None:
        with self._lock:
            self._complete = True

    @property
    def position(self) -> float:
        """Seconds played from the start."""
        with self._lock:
            return self._pos / 2 / self.rate

    @property
    def finished(self) -> bool:
        with self._lock:
            return self._complete and self._pos >= len(self._pcm)

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self, paused: bool = True) -> None:
        with self._lock:
            self._paused = paused

    def seek(self, seconds: float) -> None:
        with self._lock:
            self._pos = max(0, min(int(seconds * self.rate) * 2, len(self._pcm)))
