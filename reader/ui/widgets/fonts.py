"""The bundled fonts: registered once at start-up, chained so that Arabic and Latin letters
each come from a face that has them (no tofu whatever the system has installed)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase

from reader import paths

# DejaVu Sans closes each chain: it has the symbols the Noto faces lack (U+2212 MINUS SIGN...).
FALLBACK = "DejaVu Sans"
UI_FAMILIES = ["Noto Sans", "Noto Sans Arabic", FALLBACK]
MONO_FAMILIES = ["DejaVu Sans Mono", "Noto Sans Arabic", FALLBACK]


@dataclass(frozen=True)
class ReadingFace:
    key: str
    label: str
    families: tuple[str, ...]  # Arabic face first, then the Latin face that matches it
    arabic_file: str  # what an Arabic line is measured in


READING_FACES = (
    ReadingFace("naskh", "Noto Naskh Arabic", ("Noto Naskh Arabic", "Noto Serif", FALLBACK),
                "NotoNaskhArabic-Regular.ttf"),
    ReadingFace("amiri", "Amiri", ("Amiri", "Noto Serif", FALLBACK), "Amiri-Regular.ttf"),
    ReadingFace("sans", "Noto Sans Arabic", ("Noto Sans Arabic", "Noto Sans", FALLBACK),
                "NotoSansArabic-Regular.ttf"),
)
DEFAULT_FACE = "naskh"

# The files of the interface's chain (UI_FAMILIES): what the window's first frame draws with.
UI_FILES = (
    "NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
    "NotoSansArabic-Bold.ttf", "DejaVuSans.ttf",
)

_families: set[str] = set()
_files: set[str] = set()
_all_registered = False


def _register(names: list[str]) -> None:
    for name in names:
        if name in _files:
            continue
        _files.add(name)
        font_id = QFontDatabase.addApplicationFont(str(paths.fonts_dir() / name))
        if font_id >= 0:
            _families.update(QFontDatabase.applicationFontFamilies(font_id))


def register_ui_fonts() -> None:
    """The interface's fonts; the reading faces follow with the first article (reading
    Qt's database of 15 font files costs 4 ms of start-up)."""
    _register(list(UI_FILES))


def register_fonts() -> list[str]:
    """Add every bundled font to Qt's database; returns the family names (idempotent, and
    cheap once done: every reading font asks for it)."""
    global _all_registered
    if not _all_registered:
        _register(sorted(path.name for path in paths.fonts_dir().glob("*.ttf")))
        _all_registered = True
    return sorted(_families)


def face(key: str) -> ReadingFace:
    return next((f for f in READING_FACES if f.key == key), READING_FACES[0])


def reading_font(key: str, point_size: float, every_font: bool = True) -> QFont:
    """``every_font``: the whole bundle registered first, as text to show needs; without it,
    only the face's Arabic file, enough to measure Arabic (a first start's panel sizes: the
    other ten files cost 4 ms of it)."""
    if every_font:
        register_fonts()
    else:
        _register([face(key).arabic_file])
    font = QFont()
    font.setFamilies(list(face(key).families))
    font.setPointSizeF(point_size)
    return font


def ui_font(point_size: float = 10.0) -> QFont:
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def mono_font(point_size: float) -> QFont:
    register_fonts()
    font = QFont()
    font.setFamilies(MONO_FAMILIES)
    font.setStyleHint(QFont.StyleHint.Monospace)
    font.setPointSizeF(point_size)
    return font


# A sentence of ordinary Arabic prose (with its spaces): its mean advance is the width of "a
# character" when a line length is given in characters.
_MEASURE_SAMPLE = (
    "أعلنت الحكومة اليوم عن خطة جديدة لتطوير شبكة النقل العام في العاصمة، وقال وزير النقل إن "
    "المشروع سيستغرق خمس سنوات ويشمل بناء محطات حديثة للحافلات والقطارات، مع توسيع الطرق "
    "الرئيسية وتحسين خدمات الركاب."
)
_char_widths: dict[tuple[str, float], float] = {}


def char_width(key: str, point_size: float) -> float:
    """Mean advance in pixels of a character of Arabic text in the reading face."""
    cached = _char_widths.get((key, point_size))
    if cached is None:
        from PySide6.QtGui import QFontMetricsF

        metrics = QFontMetricsF(reading_font(key, point_size, every_font=False))
        cached = metrics.horizontalAdvance(_MEASURE_SAMPLE) / len(_MEASURE_SAMPLE)
        _char_widths[(key, point_size)] = cached
    return cached
