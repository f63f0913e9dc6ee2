"""Harakat supplied for reading: the author's marks and every other character kept, offsets
mapped back to the stored text."""

from __future__ import annotations

import json
import re
import unicodedata

from reader.text.harakat import HARAKAT
from reader.text.tashkeel import vocalise


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)  # shadda and its vowel in one order


def _bare(text: str) -> str:
    return "".join(c for c in text if c not in HARAKAT)


def test_bare_arabic_gets_its_harakat():
    v = vocalise("ذهب الطالب إلى المدرسة صباحا")
    assert _nfc(v.text).startswith(_nfc("ذَهَبَ الطَّالِبُ"))
    assert _bare(v.text) == "ذهب الطالب إلى المدرسة صباحا"
    assert v.added == len(v.text) - len("ذهب الطالب إلى المدرسة صباحا")
    # The last word is vocalised too (the model alone leaves the last letter bare).
    assert v.text.endswith("صَبَاحًا")


def test_the_authors_marks_and_other_scripts_are_kept():
    stored = "كَتَبَ الولد رسالة to his friend «Ali» 2026 في المساء\n\nسطر ثانٍ"
    v = vocalise(stored)
    assert v.text.startswith("كَتَبَ ")  # the author's own, not replaced
    assert "to his friend «Ali» 2026" in v.text
    assert "انٍ" in v.text  # the author's tanween; the bare letters before it get theirs
    assert "الْمَسَاء" in v.text  # a paragraph is not the context of the next one
    # Taking the added marks away gives the stored text back, character for character.
    kept = "".join(c for i, c in enumerate(v.text)
                   if not (c in HARAKAT and v.stored[i] == v.stored[i + 1] and
                           (v.stored[i] >= len(stored) or stored[v.stored[i]] != c)))
    assert kept == stored


def test_every_word_maps_back_to_its_stored_place():
    stored = "قرأ الولد الكتاب. Then he slept. وفي الصباح ذهب إلى العمل"
    v = vocalise(stored)
    for match in re.finditer(r"\S+", v.text):
        start, end = v.span(match.start(), match.end())
        assert stored[start:end] == _bare(match.group())


def test_a_long_text_is_vocalised_in_pieces_without_losing_a_character():
    sentence = "وجلس الأطفال في الحديقة يقرؤون القصص، ثم عادوا إلى بيوتهم قبل المغرب. "
    stored = sentence * 60
    v = vocalise(stored)
    assert _bare(v.text) == stored
    assert v.added > len(stored) // 3


def test_qari_tashkeel(capsys):
    from reader.cli.main import main

    assert main(["tashkeel", "--json", "ذهب الولد إلى السوق"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert _nfc(out["text"]) == _nfc("ذَهَبَ الْوَلَدُ إِلَى السُّوقِ")
    assert out["added"] > 0


def test_a_run_without_spaces_or_a_huge_line_is_vocalised_without_loss():
    blob = "ب" * 50_000  # no spaces: not words
    v = vocalise("قرأ الولد. " + blob)
    assert v.text.endswith(blob) and _bare(v.text) == "قرأ الولد. " + blob
    line = "كتب الولد درسه " * 3000  # one 45,000-character paragraph
    v = vocalise(line)
    assert _bare(v.text) == line and v.added > len(line) // 3
