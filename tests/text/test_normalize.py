import arabic_reshaper

from reader.text.direction import direction_of
from reader.text.language import detect as language_of
from reader.text.normalize import clean_title, has_presentation_forms, isolate, normalize_text


def test_presentation_forms_fold_to_base_letters():
    shaped = arabic_reshaper.reshape("سلام عليكم")
    assert has_presentation_forms(shaped)
    assert normalize_text(shaped) == "سلام عليكم"


def test_lam_alef_ligature_folds_to_two_letters():
    assert normalize_text("\ufefb") == "لا"


def test_nfc_and_line_endings():
    assert normalize_text("e\u0301\r\nx\ry") == "\u00e9\nx\ny"


def test_harakat_and_hamza_are_kept():
    text = "إِنَّ الْقِرَاءَةَ"
    assert normalize_text(text) == text


def test_controls_removed_but_not_tabs_or_newlines():
    assert normalize_text("a\x00b\x07c\td\ne") == "abc\td\ne"


def test_title_loses_bidi_overrides_and_zero_width_spoofers():
    assert clean_title("evil\u202e txt.exe\u200b  title") == "evil txt.exe title"
    assert clean_title("  عنوان\n  طويل ") == "عنوان طويل"


def test_isolate_wraps_in_first_strong_isolates():
    assert isolate("عنوان") == "\u2068عنوان\u2069"


def test_direction_by_majority_not_first_letter():
    assert direction_of("Bluesky منصة جديدة للتواصل") == "rtl"
    assert direction_of("مرحبا is an Arabic greeting used widely") == "ltr"
    assert direction_of("2022 - 44") == "rtl"
    assert direction_of("2022 - 44", "ltr") == "ltr"


def test_direction_tie_goes_to_the_first_strong_letter():
    assert direction_of("سلام — Hiya", "ltr") == "rtl"  # 4 letters each
    assert direction_of("Hiya — سلام", "rtl") == "ltr"


def test_language_guess():
    assert language_of("هذا نص عربي مع word") == "ar"
    assert language_of("The text of the article is in English") == "en"
