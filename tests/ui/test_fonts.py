"""No tofu: every character we display is in the bundled fonts of the chain that shows it."""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import uharfbuzz as hb
from PySide6.QtGui import QFontDatabase

from reader import paths
from reader.importing.pipeline import parse_file
from reader.ui.widgets import fonts
from tests.ui.shaping_oracle import FONT_FILES

FILES = FONT_FILES | {"DejaVu Sans Mono": "DejaVuSansMono.ttf"}


def _coverage(family: str) -> set[int]:
    blob = hb.Blob.from_file_path(str(paths.fonts_dir() / FILES[family]))
    return set(hb.Face(blob).unicodes)


def _chains() -> dict[str, list[str]]:
    chains = {f"reading:{f.key}": list(f.families) for f in fonts.READING_FACES}
    chains["ui"] = fonts.UI_FAMILIES
    return chains


def _visible(chars: set[str]) -> set[str]:
    return {
        c for c in chars
        if not c.isspace() and unicodedata.category(c) not in ("Cc", "Cf", "Zs", "Zl", "Zp")
    }


def _missing(chars: set[str]) -> dict[str, list[str]]:
    report = {}
    for name, families in _chains().items():
        covered = set().union(*(_coverage(f) for f in families))
        missing = sorted(f"U+{ord(c):04X} {unicodedata.name(c, '?')}" for c in chars
                         if ord(c) not in covered)
        if missing:
            report[name] = missing
    return report


def test_bundled_fonts_register(qari_app):
    families = set(fonts.register_fonts())
    assert set(FILES) <= families
    assert "Noto Naskh Arabic" in QFontDatabase.families()


def test_licences_beside_fonts():
    folder = paths.fonts_dir()
    for licence in ("Noto-LICENSE.txt", "Amiri-LICENSE.txt", "DejaVu-LICENSE.txt"):
        assert (folder / licence).stat().st_size > 500


def test_corpus_characters_are_covered(corpus: Path):
    chars: set[str] = set()
    for path in corpus.rglob("*"):
        if path.is_file() and path.suffix in (".txt", ".html", ".md"):
            article, _ = parse_file(path)
            chars |= set(article.title + article.plain_text + article.site + article.author)
    chars = _visible(chars)
    assert len(chars) > 100
    assert _missing(chars) == {}


def test_interface_and_welcome_characters_are_covered():
    chars: set[str] = set()
    for ts in paths.translations_dir().glob("*.ts"):
        for element in ET.parse(ts).iter():
            if element.tag in ("source", "translation", "numerusform") and element.text:
                chars |= set(element.text)
    chars |= set((paths.resources_dir() / "welcome" / "welcome.md").read_text("utf-8"))
    chars |= set("•★✎…—«»")  # symbols the window draws itself
    assert _missing(_visible(chars)) == {}


@pytest.mark.parametrize("family", list(FILES))
def test_no_font_file_is_a_placeholder(family):
    assert len(_coverage(family)) > 200


def test_a_line_is_measured_in_the_face_it_is_read_in(qari_app):
    """A first start sizes the panels from the reading face's mean Arabic advance, with only
    that face's Arabic file registered: the figure must be the one the text is laid out in,
    and differ between faces as their widths do."""
    from PySide6.QtGui import QFontMetricsF

    widths = {}
    for face in fonts.READING_FACES:
        measured = fonts.char_width(face.key, 14.0)
        shown = QFontMetricsF(fonts.reading_font(face.key, 14.0))
        sample = fonts._MEASURE_SAMPLE
        assert measured == pytest.approx(shown.horizontalAdvance(sample) / len(sample), rel=1e-6)
        widths[face.key] = measured
    assert len(set(widths.values())) == len(widths)
