"""The window's share of subscriptions: File › Subscribe to Feed, Refresh Feeds, Feeds and
Watched Folders; and a word in the status bar when entries or watched files arrive."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from reader.text.normalize import isolate
from reader.ui.app.i18n import in_digits
from reader.ui.window.arrivals import ask_for_link

if TYPE_CHECKING:
    from reader.library.feed_refresh import FeedOutcome
    from reader.ui.app.session import Session
    from reader.ui.dialogs.feeds_dialog import FeedsDialog


class FeedsPart(QObject):
    """Given the session and a way to say a word in the status bar."""

    def __init__(self, parent: QWidget, session: Session,
                 status: Callable[[str, int], None]) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.session = session
        self.status = status
        self.dialog: FeedsDialog | None = None
        controller = session.subscriptions
        controller.refreshed.connect(self._refreshed)
        controller.refreshing.connect(self._refreshing)
        controller.subscribed.connect(self._subscribed)
        controller.refused.connect(self._refused)
        controller.watched_imported.connect(self._watched)

    def subscribe(self, url: str | None = None) -> None:
        """Ask for a feed's address (or a site's: its feed is found), the clipboard's link
        offered."""
        if url is None:
            url = ask_for_link(self.parent_widget, self.tr("Subscribe to Feed"),
                               self.tr("Address of a feed, or of a site that has one"))
            if not url:
                return
        self.status(self.tr("Reading %1…").replace("%1", isolate(url.strip())), 0)
        self.session.subscriptions.subscribe(url.strip())

    def refresh(self) -> None:
        if not self.session.subscriptions.refresh(asked=True):
            self.status(self.tr("Feeds are being refreshed"), 3000)

    def manage(self) -> None:
        if self.dialog is None:
            from reader.ui.dialogs.feeds_dialog import FeedsDialog

            self.dialog = FeedsDialog(self.session.library, self.session.subscriptions,
                                      self.parent_widget)
        self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()

    # -- what happened ----------------------------------------------------------------------

    def _refused(self, reason: str) -> None:
        self.status(reason, 8000)

    def _refreshing(self, done: int, total: int, name: str) -> None:
        if not self.session.subscriptions.asked:
            return  # the schedule works quietly
        self.status(in_digits(self.tr("Refreshing feeds: %1 of %2").replace("%1", str(done))
                              .replace("%2", str(total))), 0)

    def _refreshed(self, outcomes: list[FeedOutcome], asked: bool) -> None:
        new = sum(o.new for o in outcomes)
        failed = [o for o in outcomes if o.failed]
        if not asked and not new:
            return  # the schedule's quiet refreshes say nothing
        text = self.tr("Feeds: %n new article(s)", "", new)
        if failed:
            text += " · " + self.tr("%n feed(s) failed", "", len(failed))
        if not outcomes:
            text = self.tr("No feed to refresh now")
        self.status(in_digits(text), 8000)

    def _subscribed(self, result: tuple[object, list[FeedOutcome]]) -> None:
        feed, outcomes = result
        new = sum(o.new for o in outcomes)
        name = isolate(getattr(feed, "name", ""))
        text = in_digits(self.tr("Subscribed to %1: %n new article(s)", "", new))
        self.status(text.replace("%1", name), 8000)

    def _watched(self, outcomes: list[object]) -> None:
        imported = sum(1 for o in outcomes if getattr(o, "status", "") == "imported")
        failed = [o for o in outcomes if getattr(o, "status", "") == "failed"]
        if imported:
            self.status(in_digits(
                self.tr("%n article(s) imported from a watched folder", "", imported)), 8000)
        elif failed:
            from reader.ui.app.i18n import core_text

            first = failed[0]
            reason = core_text(first.message) if getattr(first, "message", None) else ""
            self.status(f"{isolate(getattr(first, 'path', ''))}: {reason}", 8000)
