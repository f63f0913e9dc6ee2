"""Item data roles of Qari's models, in one table so that no two collide."""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = int(Qt.ItemDataRole.UserRole)

ID_ROLE = _USER + 1  # library list: the article id
DIRECTION_ROLE = _USER + 3  # library list: the cell's layout direction
META_ROLE = _USER + 4  # library list: the title's second line (site · date · progress)
HIT_ROLE = _USER + 10  # search results: the SearchHit
LINES_ROLE = _USER + 20  # rich rows: the Line list a row paints
ANNOTATION_ROLE = _USER + 30  # notes and bookmarks: the Annotation
