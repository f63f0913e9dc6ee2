"""What the reader is reading: the open article, its place, its bookmark; deleting articles.

Small writes that follow a click (the bookmark star, the reading position, deleting) run as
tasks of the session on their own connection: the GUI thread never waits for the write lock,
which an import may hold for a moment. What the window shows changes at once; a write the
library refuses is reported and the view is put back.
"""

from __future__ import annotations

import sqlite3
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from reader.logs import logger
from reader.ui.app.changes import Changes
from reader.ui.app.tasks import TaskContext, TaskRunner

if TYPE_CHECKING:
    from reader.library.articles import Article, ArticleSummary, Library
    from reader.ui.app.settings import Settings



FINISHED = 0.98  # read this far, an article counts as finished (the last lines may be credits)
# ...and open this long: stepping through the list (j, k) shows short articles whole, and
# passing them is not reading them.
MIN_READ_SECONDS = 5.0


class ReadingController(QObject):
    changes = Signal(object)  # Changes: what a write changed
    shelved = Signal(list)  # article ids archived or brought back to the inbox (for a message)
    failed = Signal(object)  # the exception a write raised

    def __init__(
        self, library: Library, settings: Settings, runner: TaskRunner,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.settings = settings
        self.runner = runner
        self.article: Article | None = None
        self.opened_at = 0.0

    @property
    def current_id(self) -> int | None:
        return self.article.id if self.article is not None else None

    def open(self, article_id: int) -> Article | None:
        article = self.library.get(article_id)
        if article is None:
            return None
        self.article = article
        self.opened_at = time.monotonic()
        self.settings.set_last_article(self.library.path, article_id)
        return article

    def face_for(self, article: Article | None) -> str:
        """The reading face the article's feed asks for ("" the reader's own)."""
        if article is None:
            return ""
        from reader.ui.widgets.fonts import READING_FACES

        try:
            feed = self.library.feeds.article_feed(article.id)
        except sqlite3.Error:
            return ""
        face = feed.font if feed is not None else ""
        return face if face in {f.key for f in READING_FACES} else ""

    def close_article(self) -> None:
        self.article = None

    def save_position(self, position: int, progress: float) -> None:
        if self.article is None:
            return
        article_id = self.article.id
        self.article.read_position = position
        if self.library.read_only:
            return  # kept for this session only: the library cannot be written

        if self.runner.closed:  # the program is ending: write it now, on this connection
            try:
                self.library.set_reading_position(article_id, position, progress)
            except Exception as exc:  # noqa: BLE001 - a lost reading position is only logged
                logger(__name__).warning("reading position not saved: %s", exc)
            return

        finished = (
            progress >= FINISHED
            and time.monotonic() - self.opened_at >= MIN_READ_SECONDS
            and self.settings.reading().archive_when_finished
        )

        def work(context: TaskContext) -> ArticleSummary | None:
            context.library.set_reading_position(article_id, position, progress)
            summary = context.library.summary(article_id)
            if finished and summary is not None and not summary.archived:
                context.library.set_archived([article_id], True)
                return None
            return summary

        def done(summary: ArticleSummary | None) -> None:
            if summary is None and finished:
                self._shelved([article_id])  # read to the end: archived
            else:
                self._changed(summary)

        self.runner.run(work, success=done, failure=self.failed.emit, name="position")

    def set_bookmarked(self, article_id: int, value: bool) -> None:
        def work(context: TaskContext) -> ArticleSummary | None:
            context.library.set_bookmarked(article_id, value)
            return context.library.summary(article_id)

        def refused(exc: BaseException) -> None:
            self._changed(self.library.summary(article_id))  # the star as it really is
            self.failed.emit(exc)

        self.runner.run(work, success=self._changed, failure=refused, name="bookmark")

    def set_archived(self, ids: list[int], archived: bool) -> None:
        def work(context: TaskContext) -> list[int]:
            context.library.set_archived(ids, archived)
            return ids

        self.runner.run(work, success=self._shelved, failure=self.failed.emit, name="archive")

    def delete(self, ids: list[int]) -> None:
        if self.current_id in ids:
            self.close_article()

        def work(context: TaskContext) -> list[int]:
            return [i for i in ids if context.library.delete(i)]

        def deleted(_ids: list[int]) -> None:
            self.changes.emit(Changes(membership=True, side=True))

        self.runner.run(work, success=deleted, failure=self.failed.emit, name="delete")

    def _changed(self, summary: ArticleSummary | None) -> None:
        if summary is not None:
            self.changes.emit(Changes.of_rows([summary]))

    def _shelved(self, ids: list[int]) -> None:
        self.changes.emit(Changes(rows=frozenset(ids), membership=True, side=True))
        self.shelved.emit(ids)
