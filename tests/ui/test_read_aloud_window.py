"""Reading aloud in the window: F9 reads from the first line in view, the spoken word is
marked and followed across paragraphs (an Arabic one, then an English one, each in its own
voice); pause holds the place; the next sentence jumps; stop clears the mark."""

from __future__ import annotations

import time

from tests.fixtures_text import add_paragraphs

ARABIC = "ذهب الطالب إلى المدرسة صباحا. وقرأ كتابا جديدا عن تاريخ المدينة القديمة."
ENGLISH = "Then he read the same story in English to his friend."


def _article(library) -> int:
    return add_paragraphs(library, "قراءة بصوت عال", ARABIC, ENGLISH)


def test_read_aloud_marks_each_word_and_follows_across_paragraphs(qtbot, window, library):
    article_id = _article(library)
    window.settings.set_value("speech/rate", 300)
    window.open_article(article_id)
    controller = window.session.read_aloud
    text = library.plain_text(article_id)
    heard: list[str] = []
    controller.word.connect(lambda s, e: heard.append(text[s:e]) if s >= 0 else None)

    window.action("read_play").trigger()
    qtbot.waitUntil(lambda: "ذهب" in heard, timeout=10000)
    [selection] = window.reader.pane.spoken_selections
    assert selection.cursor.selectedText() == "ذهب"  # the word itself, as shown
    qtbot.waitUntil(lambda: "English" in heard, timeout=20000)
    assert heard.index("المدرسة") < heard.index("English")
    assert heard[:4] == ["ذهب", "الطالب", "إلى", "المدرسة"]

    window.action("read_play").trigger()  # pause
    held = controller.player.position
    time.sleep(0.3)
    qtbot.wait(50)
    assert abs(controller.player.position - held) < 0.1

    window.action("read_stop").trigger()
    assert controller.player is None and window.reader.pane.spoken_selections == []

    # From the second sentence: Next Sentence while at the first.
    heard.clear()
    window.reader.pane.moveCursor(window.reader.pane.textCursor().MoveOperation.Start)
    window.action("read_play").trigger()
    qtbot.waitUntil(lambda: bool(heard), timeout=10000)
    window.action("read_next").trigger()
    qtbot.waitUntil(lambda: "وقرأ" in heard, timeout=10000)
    assert "صباحا" not in heard[heard.index("وقرأ"):]
    window.action("read_stop").trigger()


def test_faster_and_slower_are_remembered(qtbot, window, library):
    controller = window.session.read_aloud
    before = controller.rate
    window.action("read_faster").trigger()
    assert controller.rate > before
    assert "words a minute" in window.statusBar().currentMessage()
    window.action("read_slower").trigger()
    window.action("read_slower").trigger()
    assert controller.rate < before


def test_no_sound_device_is_said_once(qtbot, window, library):
    article_id = _article(library)
    window.open_article(article_id)
    window.action("read_play").trigger()
    qtbot.waitUntil(lambda: window.session.read_aloud.current[0] >= 0, timeout=10000)
    assert "No sound output device" in window.statusBar().currentMessage()
    window.action("read_stop").trigger()
