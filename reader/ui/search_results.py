"""Library search results: a list model and a delegate that draws each hit's title and
snippet in its own direction, with the matches in bold."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.library.search_index import SearchHit
from reader.text.direction import direction_of
from reader.ui.document import leading_alignment, qt_direction

HIT_ROLE = Qt.ItemDataRole.UserRole + 10
AnyIndex = QModelIndex | QPersistentModelIndex


class SearchResultsModel(QAbstractListModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)
        self.hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self.hits = hits
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.snippet
        if role == HIT_ROLE:
            return hit
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return leading_alignment(direction_of(hit.title))
        return None


def hit_document(hit: SearchHit, font: QFont, width: float, muted: object) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(font)
    doc.setDocumentMargin(6)
    cursor = QTextCursor(doc)
    for text, marks, bold_all in ((hit.title, [], True), (hit.snippet, hit.marks, False)):
        direction = direction_of(text, "rtl")
        fmt = QTextBlockFormat()
        fmt.setLayoutDirection(qt_direction(direction))
        fmt.setAlignment(leading_alignment(direction))
        if text is hit.title:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        plain = QTextCharFormat()
        plain.setFontWeight(QFont.Weight.Bold if bold_all else QFont.Weight.Normal)
        if not bold_all:
            plain.setForeground(muted)
        strong = QTextCharFormat()
        strong.setFontWeight(QFont.Weight.Bold)
        position = 0
        for start, end in marks:
            cursor.insertText(text[position:start], plain)
            cursor.insertText(text[start:end], strong)
            position = end
        cursor.insertText(text[position:], plain)
    doc.setTextWidth(width)
    return doc


class SearchHitDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: AnyIndex) -> QTextDocument:
        hit = index.data(HIT_ROLE)
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText)
        return hit_document(hit, option.font, option.rect.width(), muted)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
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
        self.initStyleOption(option, index)
        width = option.widget.viewport().width() if option.widget else 400
        option.rect.setWidth(width)
        doc = self._document(option, index)
        return QSize(width, int(doc.size().height()) + 4)
