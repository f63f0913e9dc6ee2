"""What a reader sees of the layout, measured: the reading column's width, the characters on
one line of an Arabic paragraph, and how much of a long title the library list shows.

Used by the layout tests and by ``python -m tests.ui.layout_metrics`` (a table for notes).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt

LONG_TITLE = "دليل القارئ الجديد إلى مكتبات المدن العربية وقاعاتها المفتوحة ليلاً في الربيع"
SENTENCE = (
    "تفتح المكتبة العامة قاعاتها للقراء حتى منتصف الليل، ويجلس الطلاب إلى الطاولات الطويلة "
    "تحت الضوء الهادئ ويقرؤون الكتب والمجلات والصحف القديمة. "
)
ARTICLE = LONG_TITLE + "\n\n" + "\n\n".join(SENTENCE * 6 for _ in range(12)) + "\n"


@dataclass
class Layout:
    column_px: int  # width of the text column (a paragraph's line)
    chars_per_line: float  # characters on the full lines of a long Arabic paragraph
    title_chars: int  # characters of LONG_TITLE visible in the library list
    title_total: int

    def row(self, label: str) -> str:
        return (
            f"| {label} | {self.column_px} px | {self.chars_per_line:.0f} | "
            f"{self.title_chars} of {self.title_total} |"
        )


def measure(window) -> Layout:  # noqa: ANN001 - a MainWindow
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    reader = window.reader
    doc = reader.pane.document()
    widths, counts = [], []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        if block.text().startswith(SENTENCE[:20]) and layout.lineCount() > 2:
            for i in range(layout.lineCount() - 1):  # the last line of a paragraph is short
                line = layout.lineAt(i)
                widths.append(line.width())
                counts.append(line.textLength())
            break
        block = block.next()
    column = int(max(widths)) if widths else 0
    per_line = sum(counts) / len(counts) if counts else 0.0
    return Layout(column, per_line, title_visible(window), len(LONG_TITLE))


def title_visible(window) -> int:  # noqa: ANN001
    """Characters of the long title the list shows before it is cut (an ellipsis)."""
    from reader.ui.library.library_model import TITLE

    table = window.panel.table
    if not table.isVisible():
        return 0
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, TITLE)
        if index.data() == LONG_TITLE:
            rect = table.visualRect(index)
            width = max(0, rect.width() - 2 * 6)  # the delegate's text margins
            metrics = table.fontMetrics()
            elided = metrics.elidedText(LONG_TITLE, Qt.TextElideMode.ElideRight, width)
            if elided == LONG_TITLE:
                return len(LONG_TITLE)
            return max(0, len(elided) - 1)
    return 0
