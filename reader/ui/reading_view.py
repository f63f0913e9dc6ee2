"""The reading view: an action bar (copy title, bookmark) over the article's document."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QImage, QResizeEvent, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QTextBrowser, QToolButton, QVBoxLayout, QWidget

from reader.library.articles import Article
from reader.ui.document import IMAGE_SCHEME, ArticleDocument, build_document, meta_line
from reader.ui.i18n import current_language, format_published, ui_locale
from reader.ui.settings import ReadingPrefs
from reader.ui.themes import apply_page_colours


class ReadingPane(QTextBrowser):
    """A read-only browser that loads nothing but the article's own stored images."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.max_width = 760
        self.anchorClicked.connect(self._open_link)

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

    def _update_margins(self) -> None:
        doc = self.document()
        frame = doc.rootFrame()
        fmt = frame.frameFormat()
        # Root frame margins replace the document margin, so keep at least that much.
        spare = max((self.viewport().width() - self.max_width) / 2, doc.documentMargin())
        fmt.setLeftMargin(spare)
        fmt.setRightMargin(spare)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._update_margins()

    def setDocument(self, document) -> None:  # noqa: N802, ANN001 - Qt override
        super().setDocument(document)
        self._update_margins()

    def first_visible_position(self) -> int:
        return self.cursorForPosition(QPoint(self.viewport().width() // 2, 4)).position()


class ReadingView(QWidget):
    """Shows one article; emits nothing itself, its buttons carry the window's actions."""

    article_shown = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: Article | None = None
        self.doc: ArticleDocument | None = None
        self.prefs = ReadingPrefs()
        self.image_loader = None
        bar = QWidget(self)
        bar.setObjectName("readingBar")
        self.bar_layout = QHBoxLayout(bar)
        self.bar_layout.setContentsMargins(8, 4, 8, 4)
        self.copy_button = QToolButton(bar)
        self.bookmark_button = QToolButton(bar)
        for button in (self.copy_button, self.bookmark_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            self.bar_layout.addWidget(button)
        self.bar_layout.addStretch(1)
        self.pane = ReadingPane(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(bar)
        layout.addWidget(self.pane, 1)
        from reader.ui.find_bar import FindBar

        self.find_bar = FindBar(self)
        self.find_bar.attach(self)
        layout.addWidget(self.find_bar)
        self.bar = bar
        bar.setVisible(False)

    def bind_actions(self, copy_title: QAction, bookmark: QAction) -> None:
        self.copy_button.setDefaultAction(copy_title)
        self.bookmark_button.setDefaultAction(bookmark)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(820, 700)

    def _meta(self, article: Article) -> str:
        return meta_line(article, format_published, ui_locale().toString)

    def show_article(self, article: Article | None, position: int | None = None) -> None:
        self.article = article
        self.bar.setVisible(article is not None)
        if article is None:
            self.doc = None
            self.pane.clear()
            return
        self._rebuild()
        if position:
            self.scroll_to_plain(position)
        if self.find_bar.isVisible():
            self.find_bar.update_matches()
        self.article_shown.emit(article.id)

    def _rebuild(self) -> None:
        article = self.article
        if article is None:
            return
        self.doc = build_document(
            article,
            self.prefs,
            meta=self._meta(article),
            meta_direction="rtl" if current_language() == "ar" else "ltr",
            image_loader=self._load_image,
            column_width=self.prefs.max_width,
        )
        self.pane.setDocument(self.doc.document)
        self.doc.document.setParent(self.pane)

    def _load_image(self, name: str) -> QImage | None:
        if self.image_loader is None or self.article is None:
            return None
        found = self.image_loader(self.article.id, name)
        if not found:
            return None
        image = QImage()
        image.loadFromData(found[0])
        return image

    def apply_prefs(self, prefs: ReadingPrefs) -> None:
        """New font, size, spacing, theme or width; the reader stays at the same passage."""
        position = self.reading_position()
        self.prefs = prefs
        apply_page_colours(self.pane, prefs.theme)
        self.pane.set_max_width(prefs.max_width)
        if self.article is not None:
            self._rebuild()
            if position:
                self.scroll_to_plain(position)

    def reading_position(self) -> int:
        """Plain-text offset of the first visible passage."""
        if self.doc is None:
            return 0
        return self.doc.to_plain(self.pane.first_visible_position()) or 0

    def progress(self) -> float:
        bar = self.pane.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0
        return (bar.value() + bar.pageStep()) / (bar.maximum() + bar.pageStep())

    def scroll_to_plain(self, offset: int) -> None:
        if self.doc is None:
            return
        cursor = QTextCursor(self.doc.document)
        cursor.setPosition(self.doc.to_document(offset))
        rect = self.pane.cursorRect(cursor)
        bar = self.pane.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - 4)


__all__ = ["ReadingView", "ReadingPane", "IMAGE_SCHEME"]
