"""qari speak: a WAV whose length grows with the text, the words' times in stored offsets,
each paragraph by a voice of its language; a missing engine is one line."""

from __future__ import annotations

import json
import re
import wave

from reader.cli.main import main
from tests.fixtures_text import add_paragraphs

ARABIC = "ذهب الطالب إلى المدرسة صباحا وقرأ كتابا جديدا عن تاريخ المدينة القديمة."
ENGLISH = "Qari reads Arabic text aloud and keeps every note a reader writes."
MORE = "وفي المساء جلس الجميع في الحديقة يتحدثون عن الكتب."


def _article(library, *paragraphs: str) -> int:
    return add_paragraphs(library, "مقال للقراءة", *paragraphs)


def _seconds(path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_speak_an_arabic_paragraph_and_then_more(library, tmp_path, capsys):
    article = _article(library, ARABIC, ENGLISH, MORE)
    text = library.plain_text(article)
    one, marks = tmp_path / "one.wav", tmp_path / "one.json"
    assert main(["speak", str(article), "--paragraph", "0", "--wav", str(one),
                 "--marks", str(marks)]) == 0
    words = json.loads(marks.read_text(encoding="utf-8"))
    spoken = [text[w["start"]:w["end"]] for w in words]
    assert spoken == re.findall(r"[^\s.]+", ARABIC)  # every word, in order
    assert all(w["voice"] == "ar" and w["paragraph"] == 0 for w in words)
    times = [w["t"] for w in words]
    assert times == sorted(times) and len(set(times)) == len(times)
    assert 2.0 < _seconds(one) < 15.0

    every = tmp_path / "all.wav"
    all_marks = tmp_path / "all.json"
    assert main(["speak", str(article), "--wav", str(every), "--marks", str(all_marks)]) == 0
    assert _seconds(every) > _seconds(one) * 1.8  # more text, longer speech
    words = json.loads(all_marks.read_text(encoding="utf-8"))
    voices = [(w["paragraph"], w["voice"]) for w in words]
    assert sorted(set(voices)) == [(0, "ar"), (1, "en"), (2, "ar")]
    english = [text[w["start"]:w["end"]] for w in words if w["paragraph"] == 1]
    assert english[:3] == ["Qari", "reads", "Arabic"]
    starts = [w["start"] for w in words]
    assert starts == sorted(starts)
    assert "voices: ar, en" in capsys.readouterr().err


def test_without_tashkeel_and_a_missing_engine(library, tmp_path, monkeypatch, capsys):
    article = _article(library, ARABIC)
    marks = tmp_path / "plain.json"
    assert main(["speak", str(article), "--no-tashkeel", "--marks", str(marks)]) == 0
    assert len(json.loads(marks.read_text(encoding="utf-8"))) == len(ARABIC.split())

    from reader.speech import espeak

    def missing():  # noqa: ANN202
        raise espeak.SpeechUnavailable(espeak.MISSING)

    monkeypatch.setattr(espeak, "_load", missing)
    capsys.readouterr()
    assert main(["speak", str(article), "--wav", str(tmp_path / "x.wav")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "apt-get install espeak-ng" in err
    assert not (tmp_path / "x.wav").exists()
