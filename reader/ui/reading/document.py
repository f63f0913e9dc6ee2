"""An article as a QTextDocument: every block in its own direction, aligned to its leading
edge, in the bundled reading face with the line height Arabic needs.

Text goes in logical order and unshaped; Qt (HarfBuzz) shapes and orders it. The document keeps
a map from the article's plain-text offsets to document positions, for highlights and find.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontInfo,
    QImage,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextListFormat,
)

from reader.library.articles import Article, parse_iso
from reader.text.digits import convert as convert_digits
from reader.text.direction import direction_of
from reader.text.harakat import OffsetMap, without_marks
from reader.text.kashida import after_tatweel, before_tatweel
from reader.text.normalize import isolate
from reader.ui.app.settings import ReadingPrefs
from reader.ui.widgets.direction import HIGHLIGHT_COLOURS, leading_alignment, qt_direction
from reader.ui.widgets.fonts import mono_font, reading_font
from reader.ui.widgets.themes import theme

if TYPE_CHECKING:
    from reader.text.tashkeel import AddedMarks, Vocalised

IMAGE_SCHEME = "qari-image"
WORDS_PER_MINUTE = 200
HEADING_SCALE = {1: 1.6, 2: 1.35, 3: 1.2, 4: 1.1, 5: 1.05, 6: 1.0}

ImageLoader = Callable[[str], QImage | None]


@dataclass(frozen=True)
class Span:
    """One text block: where it starts in the plain text, its number in the document, its
    length in each, and the map between them when the document shows it with marks left
    out."""

    plain: int
    block: int
    length: int
    shown: int
    marks: OffsetMap | AddedMarks | None = None


@dataclass
class ArticleDocument:
    """An article's document and the map between the article's plain-text offsets and the
    document's positions: blocks in their own places (which move when a justified line gets
    kashida), harakat left out, tatweel put in."""

    document: QTextDocument
    spans: list[Span] = field(default_factory=list)
    body_start: int = 0
    _starts: list[int] = field(default_factory=list)
    _by_block: dict[int, int] = field(default_factory=dict)
    # Per block: where kashida went, as (place in the block's shown text, tatweels), in order.
    kashida: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    def add_span(self, span: Span) -> None:
        self._by_block[span.block] = len(self.spans)
        self.spans.append(span)
        self._starts.append(span.plain)

    def to_document(self, offset: int) -> int:
        """Document position of a plain-text offset."""
        if not self.spans:
            return self.body_start
        span = self.spans[max(bisect_right(self._starts, offset) - 1, 0)]
        inside = min(max(offset - span.plain, 0), span.length)
        if span.marks is not None:
            inside = span.marks.to_shown(inside)
        inside = after_tatweel(self.kashida.get(span.block, []), inside)
        return self.document.findBlockByNumber(span.block).position() + inside

    def to_plain(self, position: int) -> int | None:
        block = self.document.findBlock(position)
        index = self._by_block.get(block.blockNumber())
        if index is None:
            return None
        span = self.spans[index]
        inside = before_tatweel(self.kashida.get(span.block, []), position - block.position())
        if inside > span.shown:
            return None
        if span.marks is not None:
            inside = span.marks.to_stored(inside)
        return span.plain + inside


ANNOTATION_PROPERTY = QTextFormat.Property.UserProperty + 1
# On a block format: justify this paragraph (the reading view spreads its lines; Qt's own
# justification would pull Arabic letters apart).
JUSTIFY_PROPERTY = QTextFormat.Property.UserProperty + 2
JUSTIFIED_KINDS = frozenset({"paragraph", "quote", "list_item"})
def highlight_format(color: str, annotation_id: int, dark: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    colour = QColor(HIGHLIGHT_COLOURS.get(color, HIGHLIGHT_COLOURS["yellow"]))
    if dark:
        colour.setAlpha(110)  # a translucent wash keeps light ink readable
    else:
        colour.setAlpha(200)
    fmt.setBackground(colour)
    fmt.setProperty(ANNOTATION_PROPERTY, annotation_id)
    return fmt


def apply_highlights(
    result: ArticleDocument, highlights: list[tuple[int, int, str, int]], dark: bool = False
) -> None:
    """Draw (start, end, colour, annotation id) plain-text ranges as character formats.

    Only the background changes: the font stays, so Qt shapes across the highlight's edges and
    Arabic letters stay joined."""
    doc = result.document
    for start, end, color, annotation_id in highlights:
        cursor = QTextCursor(doc)
        cursor.setPosition(result.to_document(start))
        cursor.setPosition(result.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(highlight_format(color, annotation_id, dark))
    doc.setModified(False)


def _link(
    cursor: QTextCursor, start: int, shown: str, links: list[tuple[str, str]],
    prefs: ReadingPrefs, colour: str,
) -> None:
    """The block's links as anchors on their words (each after the one before): the reading
    pane opens http, https and mailto addresses in the system's browser when clicked."""
    end_of_block = cursor.position()
    searched = 0
    for words, href in links:
        target = shown_text(words, prefs)
        found = shown.find(target, searched)
        if found < 0 or not target:
            continue
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setForeground(QColor(colour))
        fmt.setFontUnderline(True)
        cursor.setPosition(start + found)
        cursor.setPosition(start + found + len(target), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
        searched = found + len(target)
    cursor.setPosition(end_of_block)


def justified(choice: str, direction: str) -> bool:
    """Whether a paragraph in this direction is set justified: Arabic ones by default, every
    one when the reader asks, none when off."""
    return choice == "all" or (choice == "arabic" and direction == "rtl")


def shown_with_map(
    text: str, prefs: ReadingPrefs, vocalised: Vocalised | None = None
) -> tuple[str, OffsetMap | AddedMarks | None]:
    """A text as the reading view shows it (harakat, digits), and the map back to it; with
    harakat added (``vocalised``) where the reader asked and shows harakat."""
    if vocalised is not None and prefs.harakat == "show":
        from reader.text.tashkeel import AddedMarks  # loaded already: it made ``vocalised``

        shown, marks = vocalised.text, AddedMarks(vocalised)
    else:
        shown, marks = without_marks(text, prefs.harakat)
    return (convert_digits(shown, prefs.digits) if prefs.body_digits else shown), marks


def shown_text(text: str, prefs: ReadingPrefs) -> str:
    return shown_with_map(text, prefs)[0]


def reading_minutes(word_count: int) -> int:
    return max(1, round(word_count / WORDS_PER_MINUTE))


def meta_line(
    article: Article, date_text: Callable[[object], str], number: Callable[[int], str]
) -> str:
    parts: list[str] = []
    if article.site:
        parts.append(isolate(article.site))
    published = parse_iso(article.published)
    if published:
        parts.append(date_text(published))
    if article.views is not None:
        parts.append(
            QCoreApplication.translate("ReadingView", "%1 views").replace(
                "%1", number(article.views)
            )
        )
    minutes = reading_minutes(article.word_count)
    parts.append(
        QCoreApplication.translate("ReadingView", "%1 min read").replace("%1", number(minutes))
    )
    # Not a middle dot: beside Arabic-Indic digits it reads as a zero (٠).
    return "  •  ".join(parts)


def _block_format(
    direction: str, bottom: float, line_height: float | None = None
) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLayoutDirection(qt_direction(direction))
    fmt.setAlignment(leading_alignment(direction))
    if line_height:
        # A fixed rhythm in ems: the faces' own line gaps differ (Naskh 1.7 em, Noto Sans
        # Arabic 2.1 em), and the reader's "line spacing" should mean the same in each.
        fmt.setLineHeight(line_height, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
    fmt.setBottomMargin(bottom)
    return fmt


def build_document(
    article: Article,
    prefs: ReadingPrefs,
    *,
    meta: str = "",
    meta_direction: str = "ltr",
    image_loader: ImageLoader | None = None,
    column_width: int = 700,
    vocalised: dict[int, Vocalised] | None = None,
) -> ArticleDocument:
    """``vocalised``: paragraphs with harakat added, by their offset in the plain text."""
    colours = theme(prefs.theme)
    doc = QTextDocument()
    # Read-only: the justifier's formats must not pile up as undo steps.
    doc.setUndoRedoEnabled(False)
    base_font = reading_font(prefs.face, prefs.size)
    doc.setDefaultFont(base_font)
    doc.setDocumentMargin(28)
    em = QFontInfo(base_font).pixelSize() or prefs.size * 4 / 3
    body_line = em * prefs.line_spacing / 100
    result = ArticleDocument(doc)
    cursor = QTextCursor(doc)

    ink = QTextCharFormat()
    ink.setForeground(QColor(colours.ink))
    ink.setFont(base_font)

    # Header: the title in its own direction, then the meta line in the interface's.
    title_fmt = _block_format(direction_of(article.title, article.direction), em * 0.4)
    title_fmt.setHeadingLevel(1)
    title_chars = QTextCharFormat(ink)
    title_font = reading_font(prefs.face, prefs.size * 1.7)
    title_font.setWeight(QFont.Weight.Bold)
    title_chars.setFont(title_font)
    cursor.setBlockFormat(title_fmt)
    cursor.setBlockCharFormat(title_chars)
    cursor.insertText(shown_text(article.title, prefs), title_chars)
    if meta:
        meta_fmt = _block_format(meta_direction, em * 1.4)
        meta_chars = QTextCharFormat(ink)
        meta_chars.setForeground(QColor(colours.muted))
        meta_font = reading_font(prefs.face, prefs.size * 0.8)
        meta_chars.setFont(meta_font)
        cursor.insertBlock(meta_fmt, meta_chars)
        cursor.insertText(meta, meta_chars)
    result.body_start = cursor.position() + 1

    plain_offset = 0
    lists: dict[tuple[int, bool], object] = {}
    for block in article.blocks:
        direction = block.direction or article.direction
        fmt = _block_format(direction, em * 0.75, body_line)
        chars = QTextCharFormat(ink)
        if block.kind == "heading":
            font = reading_font(prefs.face, prefs.size * HEADING_SCALE.get(block.level, 1.0))
            font.setWeight(QFont.Weight.Bold)
            chars.setFont(font)
            fmt = _block_format(direction, em * 0.5)
            fmt.setHeadingLevel(min(block.level + 1, 6))
            fmt.setTopMargin(em * 0.6)
        elif block.kind == "quote":
            fmt.setLeftMargin(em * 1.5)
            fmt.setRightMargin(em * 1.5)
            chars.setForeground(QColor(colours.muted))
        elif block.kind == "preformatted":
            fmt = _block_format("ltr", em * 0.75)
            fmt.setBackground(QColor(colours.code_bg))
            fmt.setNonBreakableLines(False)
            chars.setFont(mono_font(prefs.size * 0.85))
        elif block.kind == "image":
            fmt = _block_format(direction, em * 0.75)
            fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            chars.setForeground(QColor(colours.muted))
            chars.setFont(reading_font(prefs.face, prefs.size * 0.85))

        cursor.insertBlock(fmt, chars)
        if block.kind == "list_item":
            key = (block.level, block.ordered)
            list_fmt = QTextListFormat()
            style = QTextListFormat.Style
            list_fmt.setStyle(style.ListDecimal if block.ordered else style.ListDisc)
            list_fmt.setIndent(block.level)
            existing = lists.get(key)
            if existing is not None:
                existing.add(cursor.block())  # type: ignore[attr-defined]
            else:
                lists[key] = cursor.createList(list_fmt)
        else:
            lists.clear()
        if block.kind == "image" and block.image and image_loader:
            image = image_loader(block.image)
            if image is not None and not image.isNull():
                url = QUrl(f"{IMAGE_SCHEME}:{block.image}")
                doc.addResource(QTextDocument.ResourceType.ImageResource.value, url, image)
                image_fmt = QTextImageFormat()
                image_fmt.setName(url.toString())
                width = min(image.width(), column_width)
                image_fmt.setWidth(width)
                image_fmt.setHeight(image.height() * width / max(image.width(), 1))
                cursor.insertImage(image_fmt)
                if block.text:
                    cursor.insertBlock(fmt, chars)
        if block.text:
            shown, marks = shown_with_map(block.text, prefs,
                                          (vocalised or {}).get(plain_offset))
            result.add_span(Span(plain_offset, cursor.block().blockNumber(), len(block.text),
                                 len(shown), marks))
            if block.kind in JUSTIFIED_KINDS and justified(prefs.justify, direction):
                block_fmt = cursor.blockFormat()
                block_fmt.setProperty(JUSTIFY_PROPERTY, True)
                # Qt keeps a pixel at each line's end for its last glyph's overhang, even
                # where nothing overhangs (a right-to-left line's end): a line a pixel
                # longer on that side ends flush with the column.
                if direction == "rtl":
                    block_fmt.setLeftMargin(block_fmt.leftMargin() - 1)
                else:
                    block_fmt.setRightMargin(block_fmt.rightMargin() - 1)
                cursor.setBlockFormat(block_fmt)
            start = cursor.position()
            cursor.insertText(shown, chars)
            if block.links:
                _link(cursor, start, shown, block.links, prefs, colours.accent)
            plain_offset += len(block.text) + 2
    doc.setModified(False)
    # Mark the document's own base direction by its article, for selection and cursor movement.
    option = doc.defaultTextOption()
    option.setTextDirection(qt_direction(article.direction))
    doc.setDefaultTextOption(option)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, article.title)
    return result


def set_paragraph(
    result: ArticleDocument, plain: int, text: str, links: list[tuple[str, str]],
    prefs: ReadingPrefs, vocalised: Vocalised | None, before: Callable[[QTextBlock], None],
) -> bool:
    """Show the paragraph at plain offset ``plain`` anew (with harakat added, or as stored),
    in place: its block's text and map change, nothing else in the document. ``before`` is
    given the block first (the justifier takes its spacing and kashida out)."""
    index = bisect_right(result._starts, plain) - 1
    if index < 0 or result.spans[index].plain != plain:
        return False
    span = result.spans[index]
    block = result.document.findBlockByNumber(span.block)
    before(block)
    shown, marks = shown_with_map(text, prefs, vocalised)
    cursor = QTextCursor(result.document)
    cursor.setPosition(block.position())
    cursor.setPosition(block.position() + block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(shown, block.charFormat())
    if links:
        _link(cursor, block.position(), shown, links, prefs, theme(prefs.theme).accent)
    result.spans[index] = Span(span.plain, span.block, span.length, len(shown), marks)
    return True
