"""Reading aloud, owned by the session: paragraphs spoken on a task, one after the other,
while the first already plays; a timer on the GUI thread follows the playing position and
names the word being spoken (stored offsets) for the reading view to mark. Play, pause,
stop, the previous or next sentence, faster and slower."""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from reader.ui.app.tasks import TaskContext, TaskHandle, TaskRunner

if TYPE_CHECKING:
    from reader.speech.player import Player
    from reader.ui.app.settings import Settings

RATE_KEY = "speech/rate"
DEFAULT_RATE = 160
RATES = (100, 120, 140, 160, 180, 200, 230, 260, 300)
TICK_MS = 40
_SENTENCE = re.compile(r"[.!?؟…]+[\"'»”)]*\s+|\n+")


def sentence_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in _SENTENCE.finditer(text) if m.end() < len(text)]


class ReadAloudController(QObject):
    word = Signal(int, int)  # the word being spoken (stored offsets); (-1, -1): none
    state = Signal(str)  # "playing", "paused", "stopped"
    told = Signal(str)  # one line for the status bar
    failed = Signal(object)

    def __init__(self, runner: TaskRunner, settings: Settings,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.settings = runner, settings
        self.player: Player | None = None
        self.text = ""
        self.article_id: int | None = None
        self._lock = threading.Lock()
        self._marks: list[dict] = []
        self._times: list[float] = []
        self._appended = 0.0  # seconds of speech given to the player
        self._current: tuple[int, int] = (-1, -1)
        self._task: TaskHandle[Any] | None = None
        self._told_silent = False
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    # -- settings ---------------------------------------------------------------------------

    @property
    def rate(self) -> int:
        try:
            value = int(str(self.settings.value(RATE_KEY, DEFAULT_RATE)))
        except ValueError:
            value = DEFAULT_RATE
        return min(RATES, key=lambda r: abs(r - value))

    def _set_rate(self, rate: int) -> None:
        self.settings.set_value(RATE_KEY, rate)

    @property
    def playing(self) -> bool:
        return self.player is not None and not self.player.paused

    @property
    def active(self) -> bool:
        return self.player is not None or self._task is not None

    @property
    def current(self) -> tuple[int, int]:
        return self._current

    # -- commands ---------------------------------------------------------------------------

    def play(self, article_id: int, text: str, offset: int) -> None:
        """Read ``text`` (the article's stored text) from the word at ``offset``."""
        self.stop()
        self.article_id, self.text = article_id, text
        rate = self.rate

        def work(context: TaskContext) -> None:
            from reader.speech.read_aloud import spoken_paragraphs

            for paragraph in spoken_paragraphs(text, start=offset, rate=rate,
                                               cancelled=context.cancelled):
                if context.cancelled():
                    return
                self._deliver(paragraph)
            with self._lock:
                if self.player is not None:
                    self.player.complete()

        def ended(_result: None) -> None:
            self._task = None
            if self.player is None:  # nothing to say (no words from there on)
                self.stop()

        def failure(exc: BaseException) -> None:
            from reader.speech.espeak import SpeechUnavailable

            self._task = None
            if isinstance(exc, InterruptedError):
                return
            self.stop()
            if isinstance(exc, SpeechUnavailable):
                self.told.emit(str(exc))
            else:
                self.failed.emit(exc)

        self._task = self.runner.run(work, success=ended, failure=failure, name="read-aloud")
        self._timer.start()
        self.state.emit("playing")

    def _deliver(self, paragraph: Any) -> None:
        """On the task's thread: a paragraph's samples to the player, its words to follow."""
        with self._lock:
            if self.player is None:
                from reader.speech.player import Player

                self.player = Player(paragraph.rate)
                self.player.start()
            offset = self._appended
            for mark in paragraph.marks:
                self._marks.append(mark | {"t": offset + mark["t"]})
                self._times.append(offset + mark["t"])
            self.player.append(paragraph.pcm)
            self._appended += len(paragraph.pcm) / 2 / paragraph.rate

    def toggle(self) -> None:
        if self.player is None:
            return
        paused = not self.player.paused
        self.player.pause(paused)
        self.state.emit("paused" if paused else "playing")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._timer.stop()
        with self._lock:
            player, self.player = self.player, None
            self._marks, self._times, self._appended = [], [], 0.0
        if player is not None:
            player.close()
        if self._current != (-1, -1):
            self._current = (-1, -1)
            self.word.emit(-1, -1)
        self.state.emit("stopped")

    def _here(self) -> int:
        return self._current[0] if self._current[0] >= 0 else 0

    def next_sentence(self) -> None:
        if self.article_id is None or not self.active:
            return
        here = self._here()
        later = [s for s in sentence_starts(self.text) if s > here]
        if later:
            self.play(self.article_id, self.text, later[0])

    def previous_sentence(self) -> None:
        if self.article_id is None or not self.active:
            return
        here = self._here()
        before = [s for s in sentence_starts(self.text) if s <= here]
        # At a sentence's first word: the one before it; inside one: its beginning.
        at_start = before and not self.text[before[-1]:here].strip()
        target = before[-2] if at_start and len(before) > 1 else (before[-1] if before else 0)
        self.play(self.article_id, self.text, target)

    def faster(self) -> None:
        self._change_rate(+1)

    def slower(self) -> None:
        self._change_rate(-1)

    def _change_rate(self, step: int) -> None:
        index = RATES.index(self.rate)
        rate = RATES[max(0, min(len(RATES) - 1, index + step))]
        self._set_rate(rate)
        if self.active and self.article_id is not None:
            self.play(self.article_id, self.text, self._here())

    # -- following --------------------------------------------------------------------------

    def _tick(self) -> None:
        with self._lock:
            player = self.player
            if player is None:
                return
            position = player.position
            index = bisect_right(self._times, position) - 1
            mark = self._marks[index] if index >= 0 else None
            finished = player.finished
        if player.silent and not self._told_silent:
            self._told_silent = True
            self.told.emit(self.tr(
                "No sound output device: the words are marked as they would be read"))
        if mark is not None and (mark["start"], mark["end"]) != self._current:
            self._current = (mark["start"], mark["end"])
            self.word.emit(*self._current)
        if finished:
            self.stop()
