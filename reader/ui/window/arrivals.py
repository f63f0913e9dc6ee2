"""Articles that arrive without a file: a paste (Edit › Paste as Article), a link (File › Add
from Link), or text and links dropped on the window. Each becomes an import of the session,
shown and opened like any other."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QWidget

from reader.importing.links import is_link
from reader.ui.app.changes import Changes

if TYPE_CHECKING:
    from reader.library.articles import Article
    from reader.library.importer import ImportOutcome
    from reader.ui.app.session import Session
    from reader.ui.app.tasks import TaskContext

MAX_DROPPED_LINKS = 20


def source_address(mime: QMimeData) -> str:
    """The page a browser copied from, when it says: Firefox's text/x-moz-url (UTF-16, the
    address then the title), or a lone http(s) address among the URLs."""
    if mime.hasFormat("text/x-moz-url"):
        raw = bytes(mime.data("text/x-moz-url").data())
        try:
            first = raw.decode("utf-16").split("\n", 1)[0].strip()
        except UnicodeDecodeError:
            first = ""
        if is_link(first):
            return first
    links = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
    return links[0] if len(links) == 1 else ""


def _as_page(html: str) -> str:
    """A copied fragment as a page the importer recognises."""
    if "<html" in html[:2048].lower():
        return html
    return f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>{html}</body></html>'


def ask_for_link(parent: QWidget, title: str, prompt: str) -> str:
    """An address the reader types, the clipboard's link offered; "" when cancelled."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    offered = QGuiApplication.clipboard().text().strip()
    url, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal,
                                   offered if is_link(offered) else "")
    return url.strip() if ok else ""


class Arrivals(QObject):
    """Given the session, the open article, and a way to say a word in the status bar."""

    def __init__(
        self, parent: QWidget, session: Session, current: Callable[[], Article | None],
        status: Callable[[str, int], None],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.current = current
        self.status = status

    def paste_article(self) -> None:
        """The clipboard's page (its HTML, kept with the address the browser gives) or text
        as a new article; a lone link is fetched instead."""
        from PySide6.QtGui import QGuiApplication

        if not self.take(QGuiApplication.clipboard().mimeData()):
            self.status(self.tr("The clipboard holds no text to make an article of"), 4000)

    def take(self, mime: QMimeData | None) -> bool:
        """Import what ``mime`` holds (a paste or a drop); False when it holds nothing."""
        if mime is None:
            return False
        text = mime.text() if mime.hasText() else ""
        if is_link(text):
            self.session.imports.start_url(text.strip())
            return True
        tries: list[tuple[bytes, str]] = []
        if mime.hasHtml() and mime.html().strip():
            tries.append((_as_page(mime.html()).encode("utf-8"), "pasted.html"))
        if text.strip():
            tries.append((text.encode("utf-8"), "pasted.txt"))
        if not tries:
            return False
        self.session.imports.start_text(
            tries, self.tr("Pasted text"), source=source_address(mime)
        )
        return True

    def add_from_link(self, url: str | None = None) -> None:
        """Ask for a link (the clipboard's, if it holds one, offered) and fetch it."""
        if url is None:
            url = ask_for_link(self.parent_widget, self.tr("Add from Link"),
                               self.tr("Address of the article (http or https)"))
            if not url:
                return
        self.session.imports.start_url(url.strip())

    def fetch_open(self) -> None:
        """The open link-only article (from a read-it-later export): its page fetched, and
        the article, its tags and notes kept, given the page's text."""
        article = self.current()
        if article is None or article.format != "link":
            return
        article_id = article.id
        self.status(self.tr("Fetching %1…").replace("%1", article.source), 0)

        def work(context: TaskContext) -> ImportOutcome:
            from reader.library.importer import fetch_into

            return fetch_into(context.library, article_id)

        def done(outcome: ImportOutcome) -> None:
            from reader.ui.app.i18n import core_text

            if outcome.status == "failed":
                self.status(core_text(outcome.message), 8000)
                return
            self.status("", 0)  # the "Fetching…" message cleared
            ids = frozenset({article_id})
            self.session.report(Changes(rows=ids, text=ids, side=True))

        self.session.runner.run(
            work, success=done, failure=self.session.errors.report, name="fetch",
            owner=self.parent_widget,
        )

    def import_files_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        files, _ = QFileDialog.getOpenFileNames(
            self.parent_widget,
            self.tr("Import articles"),
            str(Path.home()),
            self.tr("Articles (*.txt *.text *.md *.markdown *.html *.htm *.xhtml);;All files (*)"),
        )
        if files:
            self.start_import([Path(f) for f in files], open_result=len(files) == 1)

    def import_folder_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # dialogs: loaded when first opened

        folder = QFileDialog.getExistingDirectory(
            self.parent_widget, self.tr("Import a folder"), str(Path.home())
        )
        if folder:
            self.start_import([Path(folder)])

    def start_import(self, files: list[Path], open_result: bool = False) -> None:
        self.session.imports.start(files, open_result=open_result)

    def drop(self, mime: QMimeData) -> bool:
        """Files and folders dropped are imported; links dropped from a browser are fetched;
        dropped text becomes an article."""
        files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
        if files:
            self.start_import(files, open_result=True)
            return True
        links = [u.toString() for u in mime.urls() if u.scheme() in ("http", "https")]
        if links and not any(u.isLocalFile() for u in mime.urls()):
            for link in links[:MAX_DROPPED_LINKS]:
                self.session.imports.start_url(link)
            return True
        return self.take(mime)
