"""The Help menu and the article's way out: the welcome article, the keyboard shortcuts, About
(with the log's place), and the open article's original page in the browser."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from reader import __version__
from reader.ui.app.changes import Changes

if TYPE_CHECKING:
    from reader.library.articles import Article
    from reader.ui.app.session import Session


class HelpPart(QObject):
    """Given the session, the open article, a way to open one, and the window's actions."""

    def __init__(
        self, parent: QWidget, session: Session, current: Callable[[], Article | None],
        open_article: Callable[[int], bool], actions: Callable[[], list[QAction]],
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.current = current
        self.open_article = open_article
        self.actions = actions

    def open_welcome(self) -> None:
        from reader.ui.window.welcome import ensure_welcome

        article_id = self.session.guarded(lambda: ensure_welcome(self.session.library))
        self.session.report(Changes(membership=True, side=True))
        if article_id:
            self.open_article(article_id)

    def open_original(self) -> None:
        """The open article's page, in the system's browser (http and https only)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        article = self.current()
        if article is not None and article.source.startswith(("http://", "https://")):
            QDesktopServices.openUrl(QUrl(article.source))

    def show_shortcuts(self) -> None:
        from reader.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.actions(), self.parent_widget).open()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs: loaded when first opened

        text = self.tr("Qari %1 — an article reader for Arabic.").replace("%1", __version__)
        log_path = self.session.log_path
        if log_path is not None:
            text += "\n\n" + self.tr("Log file: %1").replace("%1", str(log_path))
        QMessageBox.about(self.parent_widget, self.tr("About Qari"), text)
