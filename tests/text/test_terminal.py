import arabic_reshaper
from bidi.algorithm import get_display

from reader.text.terminal import visual_line, visual_paragraph


def test_visual_line_is_shaped_and_reordered():
    line = "منصة Bluesky الجديدة"
    visual = visual_line(line)
    assert visual == get_display(arabic_reshaper.reshape(line), base_dir="R")
    # Visual order: the first logical word is printed at the right end.
    assert visual.endswith(arabic_reshaper.reshape("منصة")[::-1])


def test_latin_line_is_left_alone():
    assert visual_line("plain English 42") == "plain English 42"


def test_paragraph_wraps_in_logical_order_and_pads_rtl_lines():
    lines = visual_paragraph("كلمة " * 30, width=40)
    assert len(lines) > 1
    assert all(len(line) == 40 for line in lines)
