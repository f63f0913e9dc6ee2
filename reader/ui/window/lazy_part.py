"""Window parts the first frame does not show (arrivals, feeds, sync, reading aloud, harakat,
the word panel, help, the organiser): each is made, and its module loaded, at its first use,
or just after the window's first frame when nothing has used it by then. Their modules and
the Qt classes they bring are 7 ms of start-up (the start-up benchmark's figure).

A part is declared on the window as ``name = LazyPart("module", "Class", arguments)``:
``arguments`` gives, from the window, what the part's class is given.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class LazyPart(Generic[T]):
    def __init__(self, module: str, name: str, arguments: Callable[[Any], tuple]) -> None:
        self.module, self.name, self.arguments = module, name, arguments
        self.attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self.attribute = attribute

    def __get__(self, window: object, owner: type | None = None) -> T:
        if window is None:
            return self  # type: ignore[return-value]
        made = window.__dict__.get(self.attribute)
        if made is None:
            made_class = getattr(importlib.import_module(self.module), self.name)
            made = made_class(*self.arguments(window))
            window.__dict__[self.attribute] = made
        return made


def make_all(window: object) -> None:
    """Every lazy part of the window not made yet (their signals connected)."""
    for attribute, value in vars(type(window)).items():
        if isinstance(value, LazyPart):
            getattr(window, attribute)
