"""The window's layout by priority: the text first, the panels when there is room.

- The first window fits the screen it opens on; a remembered one is brought back onto it.
- On a first start the library takes about a quarter of the width and the Notes panel shows
  only where the text keeps a full line beside it; both can be hidden and shown (View menu,
  Ctrl+\\ for the library), and that is remembered.
- Focus mode (F11) shows the text alone, full screen; Escape or F11 leaves it.
- The panels dock on the trailing side of the interface's direction, whatever an earlier
  session in the other language left.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QWidget

if TYPE_CHECKING:
    from reader.ui.app.settings import Settings

# A window never starts larger than this share of the screen's free area.
SCREEN_SHARE = 0.92
LIBRARY_SHARE = 0.28
LIBRARY_MIN, LIBRARY_MAX = 240, 440
NOTES_WIDTH = 300


class WindowLayout(QObject):
    changed = Signal()  # a panel shown or hidden, focus mode entered or left
    def __init__(
        self,
        window: QMainWindow,
        splitter: QSplitter,
        library: QWidget,
        docks: tuple[QDockWidget, ...],
        chrome: list[QWidget],
        settings: Settings,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.splitter = splitter
        self.library = library
        self.docks = docks
        self.chrome = chrome  # what focus mode hides besides the panels (bars)
        self.settings = settings
        self._before_focus: dict[str, object] | None = None
        splitter.setCollapsible(0, True)
        splitter.setCollapsible(1, False)

    # -- the first window and a remembered one --------------------------------------------

    def available(self) -> QRect:
        screen = self.window.screen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)

    def first_geometry(self, area: QRect | None = None) -> None:
        """A window for a first start: most of the screen (or of ``area``, a screen of that
        size), centred, never past its edges."""
        area = area or self.available()
        width = min(int(area.width() * SCREEN_SHARE), 1600)
        height = min(int(area.height() * SCREEN_SHARE), 1100)
        frame = self.window.frameGeometry().size() - self.window.geometry().size()
        width, height = width - frame.width(), height - frame.height()
        self.window.resize(max(width, 400), max(height, 300))
        self.window.move(
            area.x() + (area.width() - self.window.frameGeometry().width()) // 2,
            area.y() + (area.height() - self.window.frameGeometry().height()) // 2,
        )

    def clamp_to_screen(self) -> None:
        """A remembered geometry from a larger screen is brought back onto this one."""
        area = self.available()
        frame = self.window.frameGeometry()
        if area.contains(frame):
            return
        extra = frame.size() - self.window.geometry().size()
        width = min(self.window.width(), area.width() - extra.width())
        height = min(self.window.height(), area.height() - extra.height())
        self.window.resize(max(width, 400), max(height, 300))
        frame = self.window.frameGeometry()
        x = min(max(frame.x(), area.x()), area.right() - frame.width() + 1)
        y = min(max(frame.y(), area.y()), area.bottom() - frame.height() + 1)
        self.window.move(x, y)

    def first_panels(self) -> None:
        """Panel sizes for a first start, from the window's width: the text gets the most."""
        width = self.window.width()
        text_room = width - self._library_width(width) - NOTES_WIDTH
        # The Notes panel opens only where the text keeps a full column and half the window.
        show_notes = text_room >= max(self.column_room(), width / 2)
        for dock in self.docks:
            dock.setVisible(show_notes)
        if show_notes:
            self.window.resizeDocks(
                list(self.docks[:1]), [NOTES_WIDTH], Qt.Orientation.Horizontal
            )
        library = self._library_width(width)
        rest = width - library - (NOTES_WIDTH if show_notes else 0)
        self.splitter.setSizes([library, max(rest, 1)])

    def column_room(self) -> int:
        """The reading side's width for a full text column."""
        reader = self.splitter.widget(1)
        room = getattr(reader, "column_room", None)
        return int(room()) if callable(room) else 600

    @staticmethod
    def _library_width(width: int) -> int:
        return min(max(int(width * LIBRARY_SHARE), LIBRARY_MIN), LIBRARY_MAX)

    def place_docks(self) -> None:
        """Docks on the trailing side of the current direction (after any restoreState)."""
        trailing = (
            Qt.DockWidgetArea.LeftDockWidgetArea
            if self.window.layoutDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.DockWidgetArea.RightDockWidgetArea
        )
        moved = False
        for dock in self.docks:
            if dock.isFloating() or self.window.dockWidgetArea(dock) == trailing:
                continue
            visible = dock.isVisible()
            self.window.addDockWidget(trailing, dock)
            dock.setVisible(visible)
            moved = True
        if moved and len(self.docks) > 1:
            self.window.tabifyDockWidget(self.docks[0], self.docks[1])
            self.docks[0].raise_()

    # -- showing and hiding -------------------------------------------------------------------

    def library_visible(self) -> bool:
        return self.library.isVisibleTo(self.window) and self.splitter.sizes()[0] > 0

    def set_library_visible(self, visible: bool) -> None:
        self.library.setVisible(visible)
        if visible and self.splitter.sizes()[0] == 0:
            library = self._library_width(self.window.width())
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([library, max(total - library, 1)])
        self.settings.set_value("layout/library", visible)
        self.changed.emit()

    def toggle_library(self) -> None:
        if self.focused():
            self.leave_focus()
        self.set_library_visible(not self.library_visible())

    def toggle_notes(self) -> None:
        self._toggle(self.docks[0])

    def toggle_bookmarks(self) -> None:
        self._toggle(self.docks[1])

    def _toggle(self, dock: QDockWidget) -> None:
        if self.focused():
            self.leave_focus()
        dock.setVisible(not dock.isVisible())
        if dock.isVisible():
            dock.raise_()

    def restore(self) -> None:
        value = self.settings.value("layout/library")
        if value is not None:
            self.library.setVisible(str(value).lower() not in ("false", "0"))

    # -- focus mode -----------------------------------------------------------------------------

    def focused(self) -> bool:
        return self._before_focus is not None

    def toggle_focus(self) -> None:
        if self.focused():
            self.leave_focus()
        else:
            self.enter_focus()

    def enter_focus(self) -> None:
        if self.focused():
            return
        widgets = [self.library, *self.docks, *self.chrome]
        self._before_focus = {
            "visible": [w.isVisible() for w in widgets],
            "maximized": self.window.isMaximized(),
        }
        for widget in widgets:
            widget.hide()
        self.window.showFullScreen()
        self.changed.emit()

    def leave_focus(self) -> None:
        if self._before_focus is None:
            return
        before, self._before_focus = self._before_focus, None
        widgets = [self.library, *self.docks, *self.chrome]
        for widget, visible in zip(widgets, before["visible"], strict=True):  # type: ignore[arg-type]
            widget.setVisible(bool(visible))
        if before["maximized"]:
            self.window.showMaximized()
        else:
            self.window.showNormal()
        self.changed.emit()

    # -- remembered between sessions ----------------------------------------------------------

    def restore_window(self) -> None:
        """The window as the reader left it, brought onto this screen; on a first start, a
        window that fits the screen and gives the text the room."""
        window, settings = self.window, self.settings
        geometry = settings.bytes_value("window/geometry")
        if geometry and window.restoreGeometry(geometry):
            self.clamp_to_screen()
            # The docks first: the splitter's sizes are for the width they leave it.
            for key, restore in (
                ("window/state", window.restoreState),
                ("window/splitter", self.splitter.restoreState),
            ):
                value = settings.bytes_value(key)
                if value:
                    restore(value)
            self.restore()
        else:
            self.first_geometry()
            self.first_panels()
        self.place_docks()

    def save_window(self) -> None:
        self.leave_focus()  # remember the window, not the full screen
        self.settings.set_value("window/geometry", self.window.saveGeometry())
        self.settings.set_value("window/splitter", self.splitter.saveState())
        self.settings.set_value("window/state", self.window.saveState())
