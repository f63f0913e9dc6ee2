"""The reading pane: the browser the article's document is shown in. It loads nothing but
the article's own stored images, keeps the text column to its measure, and tells the view of
clicks on highlights, double-clicks on words, and resizes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDesktopServices, QTextCursor
from PySide6.QtWidgets import QAbstractSlider, QTextBrowser, QTextEdit, QToolTip, QWidget

if TYPE_CHECKING:  # these only annotate: PySide6 makes each Qt class at its first use
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import (
        QAction,
        QContextMenuEvent,
        QKeyEvent,
        QMouseEvent,
        QResizeEvent,
        QTextDocument,
    )

# Characters no screen shows at once (a 4K screen in a small face holds about 10,000).
MORE_THAN_A_SCREEN = 20_000


class ReadingPane(QTextBrowser):
    """A read-only browser that loads nothing but the article's own stored images."""

    annotation_clicked = Signal(int)
    double_clicked = Signal()  # a word was chosen (and selected) by a double-click
    resized = Signal()  # the text reflowed: the reader's passage must stay in view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note_for: object = None  # callable: annotation id -> note text (tooltips)
        # callable: the selection as stored (harakat and digits as written), or None
        self.stored_selection: object = None
        self.menu_actions: list[QAction] = []
        # Drawn over the text without touching its formats: find's matches, the spoken word.
        self.find_selections: list[QTextEdit.ExtraSelection] = []
        self.spoken_selections: list[QTextEdit.ExtraSelection] = []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.max_width = 560
        self.anchorClicked.connect(self._open_link)

    def show_selections(self) -> None:
        self.setExtraSelections(self.find_selections + self.spoken_selections)

    def loadResource(self, kind: int, url: QUrl | str) -> object:  # noqa: N802 - Qt override
        # Images we stored are already resources of the document; anything else (remote or
        # local files named by an imported page) is never fetched or read.
        del kind, url
        return None

    @staticmethod
    def _open_link(url: QUrl) -> None:
        # Links open in the system browser, and only when the reader clicks one.
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def set_max_width(self, width: int) -> None:
        self.max_width = width
        self._update_margins()

    def _update_margins(self, doc: QTextDocument | None = None) -> None:
        doc = doc or self.document()
        if doc.isEmpty():
            # Nothing to lay out; setDocument() sets them with the article. (On an empty
            # pane, as at start-up, this would make PySide build a dozen enum types.)
            return
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        # Root frame margins replace the document margin, so keep at least that much.
        spare = max((self.viewport().width() - self.max_width) / 2, doc.documentMargin())
        if fmt.leftMargin() == spare and fmt.rightMargin() == spare:
            return  # a new frame format lays the whole document out again: 0.3 s for 1 MB
        fmt.setLeftMargin(spare)
        fmt.setRightMargin(spare)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_margins()
        self.resized.emit()

    def setDocument(self, document) -> None:  # noqa: N802, ANN001 - Qt override
        # A text that cannot fit one screen gets its scroll bar before it is laid out: the
        # bar appearing later narrows the column and lays it all out again (0.3 s for 1 MB,
        # in the middle of the reader's first seconds with it).
        self.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOn
            if document.characterCount() > MORE_THAN_A_SCREEN
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        # The margins first: set after, they would have the new document laid out twice.
        self._update_margins(document)
        super().setDocument(document)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Copying gives the text as stored, not as shown: harakat the reader hid and digits
        shown in another style are the article's, and go with it."""
        text = self.stored_selection() if callable(self.stored_selection) else None
        if text is None:
            return super().createMimeDataFromSelection()
        mime = QMimeData()
        mime.setText(text)
        return mime

    def annotation_at(self, point: QPoint) -> int | None:
        cursor = self.cursorForPosition(point)
        # The character after the cursor is the one under the pointer.
        cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
        from reader.ui.reading.document import ANNOTATION_PROPERTY  # with an article

        value = cursor.charFormat().property(ANNOTATION_PROPERTY)
        return int(value) if isinstance(value, int) and value else None

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.ToolTip and callable(self.note_for):
            annotation_id = self.annotation_at(event.pos())
            note = self.note_for(annotation_id) if annotation_id else ""
            if note:
                QToolTip.showText(event.globalPos(), note, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            annotation_id = self.annotation_at(event.position().toPoint())
            if annotation_id:
                self.annotation_clicked.emit(annotation_id)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        super().mouseDoubleClickEvent(event)
        self.double_clicked.emit()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 - Qt override
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_actions:
            menu.addSeparator()
            for action in self.menu_actions:
                menu.addAction(action)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        # Space and Shift+Space page through the text, as in a browser.
        if event.key() == Qt.Key.Key_Space and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier
        ):
            step = (
                QAbstractSlider.SliderAction.SliderPageStepSub
                if event.modifiers() == Qt.KeyboardModifier.ShiftModifier
                else QAbstractSlider.SliderAction.SliderPageStepAdd
            )
            self.verticalScrollBar().triggerAction(step)
            return
        super().keyPressEvent(event)

    def first_visible_position(self) -> int:
        return self.cursorForPosition(QPoint(self.viewport().width() // 2, 4)).position()
