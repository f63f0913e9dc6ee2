"""Harakat added for reading (View › Harakat › Add Harakat): the selected paragraphs, or the
whole article, shown vocalised — a display layer like hiding harakat: the stored text, search,
notes, copy and export keep the author's text; Edit › Copy with Harakat copies what is shown.
Vocalising runs on a task (a long article takes a while: the window stays free) and is
remembered per article."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QWidget

from reader.ui.app.i18n import in_digits
from reader.ui.app.tasks import TaskContext

if TYPE_CHECKING:
    from reader.ui.app.session import Session
    from reader.ui.reading.reading_view import ReadingView

SLICE_SECONDS = 0.003  # of edits per frame: Qt then lays the edited paragraphs out, 3-4x as long
KEY = "vocalised/{}"  # per article: "all", or the plain offsets of the paragraphs


class HarakatPart(QObject):
    def __init__(self, parent: QWidget, session: Session, reader: ReadingView,
                 action: Callable[[str], QAction], status: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self.session, self.reader, self.action, self.status = session, reader, action, status
        self._task: Any = None
        self.placing = False  # paragraphs are being put in place, a few each frame
        reader.article_shown.connect(self._shown)
        if reader.article is not None:  # made after the window showed its first article
            self._shown(reader.article.id)

    @staticmethod
    def _paragraphs(article: Any) -> dict[int, Any]:
        """The article's text blocks by their offset in its plain text."""
        found, offset = {}, 0
        for block in article.blocks:
            if block.text:
                found[offset] = block
                offset += len(block.text) + 2
        return found

    def _blocks(self, article: Any) -> list[tuple[int, str]]:
        return [(offset, block.text) for offset, block in self._paragraphs(article).items()]

    def toggle(self) -> None:
        article = self.reader.article
        if article is None:
            return
        key = KEY.format(article.id)
        if not self.action("harakat_add").isChecked():
            self.session.settings.set_value(key, "")
            self._show_in_place({offset: None for offset in self.reader.vocalised})
            return
        selection = self.reader.selection_range()
        blocks = self._blocks(article)
        if selection is not None:
            a, b = selection
            blocks = [(o, t) for o, t in blocks if o < b and o + len(t) > a]
            chosen = {o for o, _ in blocks} | set(self._remembered(article.id))
            self.session.settings.set_value(key, ",".join(map(str, sorted(chosen))))
        else:
            self.session.settings.set_value(key, "all")
        self._vocalise(article.id, blocks, asked=True)

    def _remembered(self, article_id: int) -> list[int]:
        value = str(self.session.settings.value(KEY.format(article_id), "") or "")
        if value == "all":
            return [-1]
        return [int(v) for v in value.split(",") if v.strip().isdigit()]

    def _shown(self, article_id: int) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        wanted = self._remembered(article_id)
        self.action("harakat_add").setChecked(bool(wanted))
        article = self.reader.article
        if wanted and article is not None:
            blocks = self._blocks(article)
            if wanted != [-1]:
                blocks = [(o, t) for o, t in blocks if o in set(wanted)]
            self._vocalise(article_id, blocks, asked=False)

    def _vocalise(self, article_id: int, blocks: list[tuple[int, str]], asked: bool) -> None:
        if self._task is not None:
            self._task.cancel()

        def work(context: TaskContext) -> dict:
            from reader.text.tashkeel import vocalise

            done = {}
            for number, (offset, text) in enumerate(blocks):
                context.check()
                done[offset] = vocalise(text, context.cancelled)
                context.progress(number + 1, len(blocks))
            return done

        def finished(result: dict) -> None:
            self._task = None
            article = self.reader.article
            if article is None or article.id != article_id:
                return
            self._show_in_place(result, self.tr("Harakat added") if asked else "")

        def progressed(done: int, total: int, _label: str) -> None:
            if asked and total > 1:
                self.status(in_digits(self.tr("Adding harakat: %1 of %2 paragraphs")
                                      .replace("%1", str(done)).replace("%2", str(total))), 0)

        def failed(exc: BaseException) -> None:
            self._task = None
            if not isinstance(exc, InterruptedError):
                self.session.errors.report(exc)

        self._task = self.session.runner.run(work, success=finished, failure=failed,
                                             progress=progressed, name="tashkeel")

    def _show_in_place(self, changed: dict, said: str = "") -> None:
        """The changed paragraphs put into the open document in place, a few each frame (a
        new document for a long article would be one long frame); None: as stored."""
        view = self.reader
        article = view.article
        if article is None or view.doc is None:
            return
        vocalised = {**view.vocalised, **changed}
        view.vocalised = {o: v for o, v in vocalised.items() if v is not None}
        paragraphs = self._paragraphs(article)
        queue = sorted(o for o in changed if o in paragraphs)
        highlights = view.highlights_for(article.id) if view.highlights_for else []
        dark = view.prefs.theme == "dark"

        def step() -> None:
            from reader.ui.reading.document import apply_highlights, set_paragraph

            doc = view.doc
            if view.article is not article or doc is None:
                self.placing = False
                return
            deadline = time.perf_counter() + SLICE_SECONDS
            cursor = QTextCursor(doc.document)
            cursor.beginEditBlock()
            while queue and time.perf_counter() < deadline:
                offset = queue.pop(0)
                block = paragraphs[offset]
                set_paragraph(doc, offset, block.text, block.links, view.prefs,
                              changed[offset], view.justifier.release)
                end = offset + len(block.text)
                apply_highlights(doc, [h for h in highlights if h[0] < end and h[1] > offset],
                                 dark)
            cursor.endEditBlock()
            if queue:
                QTimer.singleShot(0, self, step)
                return
            self.placing = False
            view.justifier.resume()
            if view._finding():
                view.find_bar.update_matches()
            if said:
                self.status(said, 3000)

        self.placing = True
        step()

    def copy_with_harakat(self) -> None:
        """The selection as shown, with the harakat added (and the author's)."""
        article, selection = self.reader.article, self.reader.selection_range()
        if article is None or selection is None:
            return
        a, b = selection
        text = article.plain_text
        out, at = [], a
        for offset, vocalised in sorted(self.reader.vocalised.items()):
            end = offset + vocalised.stored[-1]
            if end <= a or offset >= b:
                continue
            start_in, end_in = max(a, offset) - offset, min(b, end) - offset
            from reader.text.tashkeel import AddedMarks

            marks = AddedMarks(vocalised)
            out.append(text[at:offset + start_in])
            out.append(vocalised.text[marks.to_shown(start_in):marks.to_shown(end_in)])
            at = offset + end_in
        out.append(text[at:b])
        mime = QMimeData()
        mime.setText("".join(out))
        QGuiApplication.clipboard().setMimeData(mime)
