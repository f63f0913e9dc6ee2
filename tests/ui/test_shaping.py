"""Proof, not belief: what Qt lays out is what HarfBuzz makes of the logical text.

For every laid-out line, Qt's glyph runs (ordered left to right) must carry the same glyph ids,
in the same fonts, as the oracle: HarfBuzz shaping the line's logical text in the bundled font
files, runs in python-bidi's visual order. Shaped or reversed text reaching Qt would fail this at
once: the glyphs would be isolated forms in the wrong order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextLayout

from reader.text.normalize import has_presentation_forms
from reader.ui.widgets import fonts
from tests.ui.shaping_oracle import expected_line

MIXED = [
    "Bluesky منصة جديدة (تجريبية) أطلقها جاك دورسي في 2022 مع Twitter وحسابات تجاوزت 30 ألفاً.",
    "قال المدير إن النسخة 3.5 من Qt تدعم HarfBuzz، وإن ٪٤٠ من المستخدمين جرّبوها في ١٤٤٤هـ.",
    "An English paragraph that quotes «قارئ» and the year 2024 (twice: 2024).",
]


def _qt_lines(block):
    flags = (
        QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphIndexes
        | QTextLayout.GlyphRunRetrievalFlag.RetrieveGlyphPositions
    )
    layout = block.layout()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        text = block.text()[line.textStart(): line.textStart() + line.textLength()]
        start = line.textStart()
        runs = []
        for run in line.glyphRuns(-1, -1, flags):
            glyphs = list(run.glyphIndexes())
            if not glyphs:
                continue
            # Qt lists a right-to-left run's glyphs in logical order.
            if run.isRightToLeft():
                glyphs.reverse()
            left = min(p.x() for p in run.positions())
            runs.append((left, run.rawFont().familyName(), glyphs))
        runs.sort(key=lambda r: r[0])
        yield text, [(family, g) for _, family, gs in runs for g in gs], start


def _check_document(doc, chain) -> int:
    doc.setTextWidth(520)
    doc.documentLayout().documentSize()
    return check_lines(doc, chain)


def check_lines(doc, chain) -> int:
    """Every laid-out line of the document against the oracle; returns the lines checked."""
    checked = 0
    block = doc.begin()
    while block.isValid():
        rtl = block.blockFormat().layoutDirection().name == "RightToLeft"
        bold = block.begin().fragment().charFormat().font().bold()
        for text, qt_glyphs, start in _qt_lines(block):
            expected = [
                (f, g) for f, gs in expected_line(text, rtl, chain, bold, block.text(), start)
                for g in gs
            ]
            assert qt_glyphs == expected, text
            checked += 1
        block = block.next()
    return checked


def _document(qari_app, article, face="naskh"):
    from reader.ui.app.settings import ReadingPrefs
    from reader.ui.reading.document import build_document

    return build_document(article, ReadingPrefs(face=face)).document


def _stored(library, path: Path):
    from reader.library.importer import import_paths

    [outcome] = import_paths(library, [path])
    return library.get(outcome.id)


def test_reference_article_lines_match_harfbuzz(qari_app, library, corpus):
    article = _stored(library, corpus / "saved-text" / "musk-dorsey-bluesky.txt")
    doc = _document(qari_app, article)
    assert not has_presentation_forms(doc.toPlainText())
    assert _check_document(doc, list(fonts.face("naskh").families)) > 40


@pytest.mark.parametrize("face", ["naskh", "amiri", "sans"])
def test_mixed_paragraphs_match_harfbuzz_in_every_face(qari_app, library, tmp_path, face):
    path = tmp_path / "mixed.txt"
    path.write_text("عنوان مختلط Mixed title\n\n" + "\n\n".join(MIXED), encoding="utf-8")
    article = _stored(library, path)
    directions = [b.direction for b in article.blocks]
    assert directions == ["rtl", "rtl", "ltr"]
    doc = _document(qari_app, article, face)
    assert _check_document(doc, list(fonts.face(face).families)) >= 5


def test_reshaped_text_would_fail_the_oracle(qari_app):
    """The oracle is not a tautology: text pre-shaped by arabic-reshaper/get_display, fed to
    Qt, lays out glyphs that differ from shaping the logical text."""
    import arabic_reshaper
    from bidi.algorithm import get_display
    from PySide6.QtGui import QFont, QTextDocument

    logical = "منصة جديدة للتواصل"
    visual = get_display(arabic_reshaper.reshape(logical))
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(list(fonts.face("naskh").families))
    doc.setDefaultFont(font)
    doc.setPlainText(visual)
    doc.setTextWidth(600)
    doc.documentLayout().documentSize()
    [(text, qt_glyphs, _start)] = list(_qt_lines(doc.begin()))
    chain = list(fonts.face("naskh").families)
    expected = [(f, g) for f, gs in expected_line(logical, True, chain) for g in gs]
    assert qt_glyphs != expected
