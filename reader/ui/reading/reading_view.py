"""The reading view: an action bar (copy title, bookmark) over the article's document in its
pane (reading_pane.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QImage, QTextCursor
from PySide6.QtWidgets import QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from reader.library.articles import Article
from reader.ui.app.first_paint import AfterFirstPaint
from reader.ui.app.i18n import current_language, format_published, number
from reader.ui.app.settings import MIN_MEASURE, ReadingPrefs
from reader.ui.reading.empty_state import EmptyState
from reader.ui.reading.reading_pane import ReadingPane
from reader.ui.widgets.themes import apply_page_colours

# The article's document (document.py, justify.py and the text modules under them) loads with
# the first article shown: a window that opens on no article does without it (8 ms of
# start-up, the start-up benchmark's figure).
if TYPE_CHECKING:
    from reader.text.word_at import WordAt
    from reader.ui.reading.document import ArticleDocument
    from reader.ui.reading.find_bar import FindBar
    from reader.ui.reading.justify import Justifier


class ReadingView(QWidget):
    """Shows one article; emits nothing itself, its buttons carry the window's actions."""

    article_shown = Signal(int)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        image_loader: Callable[[int, str], tuple[bytes, str] | None] | None = None,
        highlights_for: Callable[[int], list] | None = None,
        note_for: Callable[[int], str] | None = None,
    ) -> None:
        """``image_loader``: an article's stored picture by name; ``highlights_for``: an
        article's highlights as (start, end, colour, id); ``note_for``: a highlight's note,
        for its tooltip. Given by the window from the session: the view reads no library."""
        super().__init__(parent)
        self.article: Article | None = None
        self.doc: ArticleDocument | None = None
        self.prefs = ReadingPrefs()
        self.face = ""  # the open article's own reading face, if its feed sets one
        self.vocalised: dict = {}  # paragraphs shown with harakat added, by plain offset
        self.derivatives: Callable[..., frozenset[str]] | None = None  # the find bar's root:
        self.image_loader = image_loader
        self.highlights_for = highlights_for
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
        self.pane.note_for = note_for
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.empty = EmptyState(self)
        layout.addWidget(bar)
        layout.addWidget(self.pane, 1)
        layout.addWidget(self.empty, 1)
        self.pane.hide()
        self._layout = layout
        self._find_bar: FindBar | None = None
        self.bar = bar
        bar.setVisible(False)
        # The passage at the top of the view, as a text offset: kept while the reader scrolls,
        # and scrolled back to when the text reflows (a resized window, a hidden panel, a new
        # font), so that the same words stay in front of the reader.
        self.position = 0
        self._measured = False
        self._restoring = False
        # Until the article's first frame is on screen, scroll changes are Qt laying the text
        # out (a first show, a new width), not the reader moving: they must not move the
        # remembered passage.
        self._settled = True
        self.pane.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.pane.resized.connect(self._reflowed)
        self.pane.stored_selection = self.stored_selection
        self._justifier: Justifier | None = None

    @property
    def justifier(self) -> Justifier:
        if self._justifier is None:  # made with the first article
            from reader.ui.reading.justify import Justifier

            self._justifier = Justifier(self.pane)
            self.pane.resized.connect(self._justifier.width_changed)
            self._justifier.stretched.connect(self._stretched)
        return self._justifier

    @property
    def find_bar(self) -> FindBar:
        if self._find_bar is None:  # made at the first Ctrl+F: not part of the first frame
            from reader.ui.reading.find_bar import FindBar

            self._find_bar = FindBar(self)
            self._find_bar.attach(self)
            self._layout.addWidget(self._find_bar)
        return self._find_bar

    def _finding(self) -> bool:
        return self._find_bar is not None and self._find_bar.isVisible()

    def bind_actions(
        self, copy_title: QAction, bookmark: QAction, import_files: QAction, welcome: QAction,
        original: QAction | None = None,
    ) -> None:
        self.copy_button.setDefaultAction(copy_title)
        self.bookmark_button.setDefaultAction(bookmark)
        self.empty.bind_actions(import_files, welcome)
        if original is not None:
            # Shown for articles that have a page to go back to, not greyed out for others.
            button = QToolButton(self.bar)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setDefaultAction(original)
            self.bar_layout.insertWidget(2, button)
            original.changed.connect(lambda: button.setVisible(original.isEnabled()))
            button.setVisible(original.isEnabled())
            self.original_button = button

    def bind_menu(self, actions: list[QAction]) -> None:
        """The text's context menu offers these (highlight, note, bookmark)."""
        self.pane.menu_actions = actions

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(820, 700)

    def _meta(self, article: Article) -> str:
        from reader.ui.reading.document import meta_line  # with an article

        return meta_line(article, format_published, number)

    def show_article(
        self, article: Article | None, position: int | None = None, face: str = ""
    ) -> None:
        """``face``: a reading face for this article alone (its feed's setting)."""
        if article is None or self.article is None or article.id != self.article.id:
            self.vocalised = {}
        self.article = article
        self.face = face
        self.bar.setVisible(article is not None)
        self.pane.setVisible(article is not None)
        self.empty.setVisible(article is None)
        if article is None:
            self.doc = None
            if self._justifier is not None:
                self._justifier.attach(None)
            self.pane.clear()
            return
        self.position = position or 0  # the justifier spreads this passage first
        self._rebuild()
        if position:
            self._settled = False
            self.scroll_to_plain(position)
            AfterFirstPaint(self.pane.viewport(), [self._settle])
        if self._finding():
            self.find_bar.close_bar()  # its matches were the last article's
        self.article_shown.emit(article.id)

    def _rebuild(self) -> None:
        article = self.article
        if article is None:
            return
        from reader.ui.reading.document import apply_highlights, build_document

        self._measure_column()
        prefs = replace(self.prefs, face=self.face) if self.face else self.prefs
        self.doc = build_document(
            article,
            prefs,
            meta=self._meta(article),
            meta_direction="rtl" if current_language() == "ar" else "ltr",
            image_loader=self._load_image,
            column_width=self.column_width(self.prefs),
            vocalised=self.vocalised,
        )
        if self.highlights_for is not None:
            apply_highlights(self.doc, self.highlights_for(article.id), self.prefs.theme == "dark")
        self.pane.setDocument(self.doc.document)
        self.doc.document.setParent(self.pane)
        self.justifier.attach(self.doc.document, self.doc, self.prefs.kashida,
                              top=self.doc.to_document(self.position))

    def _stretched(self) -> None:
        """Tatweel went into the document: the find bar's matches are placed anew."""
        if self._finding():
            self.find_bar.update_matches()

    def refresh_highlights(self) -> None:
        """Redraw after annotations changed, staying at the same place."""
        if self.article is None:
            return
        position = self.pane.verticalScrollBar().value()
        self._rebuild()
        self.pane.verticalScrollBar().setValue(position)
        if self._finding():
            self.find_bar.update_matches()

    def selection_range(self) -> tuple[int, int] | None:
        """The selected passage as plain-text offsets, or None."""
        cursor = self.pane.textCursor()
        if self.doc is None or not cursor.hasSelection():
            return None
        start = self.doc.to_plain(cursor.selectionStart())
        end = self.doc.to_plain(cursor.selectionEnd())
        if start is None or end is None:
            starts = [s for s in (start, end) if s is not None]
            if not starts:
                return None
            start = start if start is not None else 0
            end = end if end is not None else starts[0]
        return (start, end) if end > start else None

    def word_at_cursor(self) -> WordAt | None:
        """The stored text's word where the cursor (or the selection's start) stands."""
        cursor = self.pane.textCursor()
        offset = self.doc.to_plain(cursor.selectionStart()) if self.doc else None
        if self.article is None or offset is None:
            return None
        from reader.text.word_at import word_at  # with an article

        return word_at(self.article.plain_text, offset)

    def stored_selection(self) -> str | None:
        """The selected body text as stored, when the view shows it otherwise (harakat
        hidden or added, digits converted, kashida); None when what is shown is stored."""
        shown_otherwise = (
            self.prefs.harakat != "show"
            or (self.prefs.body_digits and self.prefs.digits != "auto")
            or (self.doc is not None and bool(self.doc.kashida)) or bool(self.vocalised)
        )
        if self.article is None or not shown_otherwise:
            return None
        cursor = self.pane.textCursor()
        if self.doc is None or not cursor.hasSelection():
            return None
        start = self.doc.to_plain(cursor.selectionStart())
        end = self.doc.to_plain(cursor.selectionEnd())
        if start is None or end is None or end <= start:
            return None  # the title or a picture is in it: copied as shown
        return self.article.plain_text[start:end]

    def _load_image(self, name: str) -> QImage | None:
        if self.image_loader is None or self.article is None:
            return None
        found = self.image_loader(self.article.id, name)
        if not found:
            return None
        from reader.importing.pictures import picture_type

        if picture_type(found[0]) is None:
            # A picture stored by an older Qari that is not one (an SVG can make whoever
            # draws it read other files, or hang on /dev/tty): never decoded.
            return None
        image = QImage()
        image.loadFromData(found[0])
        return image

    def apply_prefs(self, prefs: ReadingPrefs) -> None:
        """New font, size, spacing, theme or width; the reader stays at the same passage."""
        position = self.reading_position()
        self.prefs = prefs
        apply_page_colours(self.pane, prefs.theme)
        self._measured = False
        if self.article is not None:
            self._rebuild()
            if position:
                self.scroll_to_plain(position)

    def _measure_column(self) -> None:
        """The column's width and the pane's minimum, from the reading font: worked out with
        the first article rather than at start-up (it loads the reading faces)."""
        if self._measured:
            return
        self._measured = True
        self.pane.set_max_width(self.column_width(self.prefs))
        # Never fewer than the shortest comfortable line: the panels beside give way first.
        # (A line breaks between words, so it holds about half a word less than its width:
        # the minimum allows for that.)
        self.pane.setMinimumWidth(self.column_room(MIN_MEASURE + 4))

    def _scrolled(self, _value: int) -> None:
        if self._settled and not self._restoring and self.doc is not None:
            self.position = self._top_offset()

    def _settle(self) -> None:
        if self.doc is not None and self.position:
            self.scroll_to_plain(self.position)
        self._settled = True

    def _reflowed(self) -> None:
        if self.doc is not None and self.position:
            self.scroll_to_plain(self.position)

    def _top_offset(self) -> int:
        if self.doc is None:
            return 0
        return self.doc.to_plain(self.pane.first_visible_position()) or 0

    def column_room(self, measure: int | None = None) -> int:
        """The pane's width for a column of ``measure`` characters: the column, its margins
        and the scroll bar."""
        from PySide6.QtWidgets import QStyle

        margins = 2 * max(self.pane.document().documentMargin(), 16)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return self.column_width(self.prefs, measure) + int(margins) + bar + 8

    @staticmethod
    def column_width(prefs: ReadingPrefs, measure: int | None = None) -> int:
        """The text column in pixels: the line length in characters in the reading font."""
        from reader.ui.widgets.fonts import char_width

        return round((measure or prefs.measure) * char_width(prefs.face, prefs.size))

    def reading_position(self) -> int:
        """Plain-text offset of the first visible passage."""
        return self.position if self.doc is not None else 0

    def progress(self) -> float:
        bar = self.pane.verticalScrollBar()
        if bar.maximum() <= 0:
            return 1.0
        return (bar.value() + bar.pageStep()) / (bar.maximum() + bar.pageStep())

    def scroll_to_plain(self, offset: int) -> None:
        """Put the line holding ``offset`` at the top of the view."""
        if self.doc is None:
            return
        cursor = QTextCursor(self.doc.document)
        cursor.setPosition(self.doc.to_document(offset))
        rect = self.pane.cursorRect(cursor)
        bar = self.pane.verticalScrollBar()
        self._restoring = self.justifier.quiet = True
        try:
            bar.setValue(bar.value() + rect.top() - 4)
        finally:
            self._restoring = self.justifier.quiet = False
        self.position = offset


__all__ = ["ReadingView", "ReadingPane"]
