"""List rows of several lines (title, quote, note, date), each line in its own direction and
aligned to its own leading edge, with marked spans in bold. Shared by search results, the
Notes panel and All Notes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.text.direction import direction_of
from reader.ui.widgets.direction import HIGHLIGHT_COLOURS, leading_alignment, qt_direction
from reader.ui.widgets.roles import LINES_ROLE

AnyIndex = QModelIndex | QPersistentModelIndex
MARK_COLOUR = HIGHLIGHT_COLOURS["yellow"]


@dataclass
class Line:
    text: str
    style: str = "body"  # title | body | muted | quote
    marks: list[tuple[int, int]] = field(default_factory=list)
    background: str = ""  # a colour behind the line's text (a highlight's colour)


def lines_document(lines: list[Line], font: QFont, width: float, muted: QColor) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(6)
    cursor = QTextCursor(doc)
    for number, line in enumerate(lines):
        direction = direction_of(line.text, "rtl")
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(qt_direction(direction))
        fmt.setAlignment(leading_alignment(direction))
        if number == 0:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        plain = QTextCharFormat()
        if line.style == "title":
            plain.setFontWeight(QFont.Weight.Bold)
        if line.style in ("muted", "quote"):
            plain.setForeground(muted)
        if line.background:
            plain.setBackground(QColor(line.background))
        strong = QTextCharFormat(plain)
        if line.style == "title":
            # The title is bold already: its matches are marked the way highlights are.
            strong.setBackground(QColor(MARK_COLOUR))
            strong.setForeground(QColor("#000000"))  # readable on the mark in dark themes too
        else:
            strong.setFontWeight(QFont.Weight.Bold)
            strong.clearForeground()
        position = 0
        for start, end in line.marks:
            cursor.insertText(line.text[position:start], plain)
            cursor.insertText(line.text[start:end], strong)
            position = end
        cursor.insertText(line.text[position:], plain)
    doc.setTextWidth(width)
    return doc


class LinesDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        lines = index.data(LINES_ROLE) or [Line(str(index.data() or ""))]
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        return lines_document(lines, option.font, option.rect.width(), muted)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        option.text = ""
        widget = option.widget
        if widget is not None:
            widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                                       widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.HighlightedText)
            )
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        option = QStyleOptionViewItem(option)
        self.initStyleOption(option, index)
        widget = option.widget
        width = widget.viewport().width() if widget is not None else 400
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 4)
