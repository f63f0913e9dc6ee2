"""The action table (actions.py) made into a window's actions: shortcuts, exclusive groups,
the toolbar, the menus as MENU_LAYOUT declares them; each action connected to its handler
by name, and turned on or off by its ``enabled_when`` and whether it writes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from reader.ui.widgets.keys import isolated_keys
from reader.ui.window.actions import (
    MENU_LAYOUT,
    SEPARATOR,
    TOP_MENUS,
    ActionSpec,
    action_specs,
    menu_titles,
)


class WindowActions:
    def __init__(self, window: QMainWindow) -> None:
        self.specs: dict[str, ActionSpec] = {}
        self.by_id: dict[str, QAction] = {}
        self.menu_of: dict[str, QMenu] = {}
        toolbar = self.toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main"),
                                          window)
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(toolbar)
        groups: dict[str, QActionGroup] = {}
        mirrored = window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        for spec in action_specs():
            action = QAction(spec.text, window)
            action.setObjectName(spec.id)
            if spec.shortcuts:
                action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setCheckable(spec.checkable)
            action.setIconText(spec.short or spec.text.replace("&", "").removesuffix("…"))
            if spec.shortcuts and mirrored:
                # A menu lays its shortcut column out right to left in Arabic ("=+Ctrl"):
                # the keys are given to it as text, isolated left to right.
                action.setText(f"{spec.text}\t{isolated_keys(action.shortcut())}")
            if spec.group:
                groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
            if spec.toolbar:
                toolbar.addAction(action)
            window.addAction(action)
            self.specs[spec.id] = spec
            self.by_id[spec.id] = action
        titles = menu_titles()
        for key in TOP_MENUS:
            self._fill_menu(window.menuBar().addMenu(titles[key]), key, titles)

    def _fill_menu(self, menu: QMenu, key: str, titles: dict[str, str]) -> None:
        self.menu_of[key] = menu
        for entry in MENU_LAYOUT[key]:
            if entry == SEPARATOR:
                menu.addSeparator()
            elif entry.startswith(">"):
                self._fill_menu(menu.addMenu(titles[entry[1:]]), entry[1:], titles)
            else:
                menu.addAction(self.by_id[entry])

    def connect(self, resolve: Callable[[str], Callable[..., object]]) -> None:
        """Each action to the handler its spec names, as ``resolve`` finds it when the action
        is triggered (the part that handles it may be made only then)."""
        for action_id, spec in self.specs.items():
            action, method = self.by_id[action_id], spec.method
            if spec.argument:
                action.triggered.connect(
                    lambda _c=False, m=method, a=spec.argument: resolve(m)(a)
                )
            else:
                action.triggered.connect(lambda _c=False, m=method: resolve(m)())

    def update(self, state: dict[str, bool], read_only: bool) -> None:
        """On or off by each spec's ``enabled_when`` in ``state``; what writes, off while
        the library is read-only. Actions with neither are left as they are (undo and redo
        follow their stack)."""
        for action_id, spec in self.specs.items():
            if spec.enabled_when or (spec.writes and read_only):
                self.by_id[action_id].setEnabled(
                    state[spec.enabled_when] and not (spec.writes and read_only)
                )
