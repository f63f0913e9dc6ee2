"""Every command of the window in one table: id, text, shortcuts, menu, and whether it toggles.

Menus, toolbar and tests all find actions here by id, so a shortcut is defined once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str
    shortcuts: tuple[str, ...] = ()
    menu: str = ""
    checkable: bool = False
    group: str = ""  # exclusive group name for radio-like choices
    toolbar: bool = False
    short: str = ""  # label on a tool button, where the menu text is too long


def action_specs() -> list[ActionSpec]:
    """The table. Texts are translated when it is built, so build it after the translator."""
    return [
        ActionSpec(
            "import_files",
            QCoreApplication.translate("Actions", "Import &Files…"),
            ("Ctrl+O",),
            "file",
            toolbar=True,
        ),
        ActionSpec(
            "import_folder",
            QCoreApplication.translate("Actions", "Import F&older…"),
            ("Ctrl+Shift+O",),
            "file",
        ),
        ActionSpec(
            "delete_articles",
            QCoreApplication.translate("Actions", "&Delete Article"),
            ("Del",),
            "file",
        ),
        ActionSpec(
            "preferences",
            QCoreApplication.translate("Actions", "&Preferences…"),
            ("Ctrl+,",),
            "file",
        ),
        ActionSpec("quit", QCoreApplication.translate("Actions", "&Quit"), ("Ctrl+Q",), "file"),
        ActionSpec(
            "undo", QCoreApplication.translate("Actions", "&Undo"), ("Ctrl+Z",), "edit"
        ),
        ActionSpec(
            "redo",
            QCoreApplication.translate("Actions", "&Redo"),
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            "edit",
        ),
        ActionSpec(
            "highlight",
            QCoreApplication.translate("Actions", "&Highlight Selection"),
            ("Ctrl+H",),
            "notes",
        ),
        ActionSpec(
            "highlight_green",
            QCoreApplication.translate("Actions", "Highlight in &Green"),
            (),
            "notes",
        ),
        ActionSpec(
            "highlight_blue",
            QCoreApplication.translate("Actions", "Highlight in B&lue"),
            (),
            "notes",
        ),
        ActionSpec(
            "highlight_pink",
            QCoreApplication.translate("Actions", "Highlight in &Pink"),
            (),
            "notes",
        ),
        ActionSpec(
            "add_note",
            QCoreApplication.translate("Actions", "Add &Note to Selection"),
            ("Ctrl+Shift+N",),
            "notes",
        ),
        ActionSpec(
            "add_article_note",
            QCoreApplication.translate("Actions", "Add &Article Note"),
            (),
            "notes",
        ),
        ActionSpec(
            "add_bookmark",
            QCoreApplication.translate("Actions", "Add Bookmark &Here"),
            ("Ctrl+B",),
            "notes",
        ),
        ActionSpec(
            "all_notes",
            QCoreApplication.translate("Actions", "All &Notes…"),
            ("Ctrl+Shift+L",),
            "notes",
        ),
        ActionSpec(
            "export_notes",
            QCoreApplication.translate("Actions", "&Export Notes…"),
            (),
            "file",
        ),
        ActionSpec(
            "copy_title",
            QCoreApplication.translate("Actions", "Copy &Title"),
            ("Ctrl+Shift+C",),
            "edit",
        ),
        ActionSpec(
            "filter_library",
            QCoreApplication.translate("Actions", "&Search Library"),
            ("Ctrl+L",),
            "edit",
        ),
        ActionSpec(
            "bookmark",
            QCoreApplication.translate("Actions", "&Bookmark Article"),
            ("Ctrl+D",),
            "edit",
            checkable=True,
        ),
        ActionSpec(
            "find_in_article",
            QCoreApplication.translate("Actions", "Find in &Article…"),
            ("Ctrl+F",),
            "edit",
        ),
        ActionSpec(
            "bookmarked_only",
            QCoreApplication.translate("Actions", "Show &Bookmarked Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "Bookmarked"),
        ),
        ActionSpec(
            "with_notes_only",
            QCoreApplication.translate("Actions", "Show Articles with &Notes Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "With notes"),
        ),
        ActionSpec(
            "unread_only",
            QCoreApplication.translate("Actions", "Show &Unread Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "Unread"),
        ),
        ActionSpec(
            "zoom_in",
            QCoreApplication.translate("Actions", "&Larger Text"),
            ("Ctrl+=", "Ctrl++"),
            "view",
            toolbar=True,
        ),
        ActionSpec(
            "zoom_out",
            QCoreApplication.translate("Actions", "&Smaller Text"),
            ("Ctrl+-",),
            "view",
            toolbar=True,
        ),
        ActionSpec(
            "zoom_reset",
            QCoreApplication.translate("Actions", "&Default Text Size"),
            ("Ctrl+0",),
            "view",
        ),
        ActionSpec(
            "spacing_more", QCoreApplication.translate("Actions", "More Line &Spacing"), (), "view"
        ),
        ActionSpec(
            "spacing_less", QCoreApplication.translate("Actions", "Less Line S&pacing"), (), "view"
        ),
        ActionSpec(
            "wider", QCoreApplication.translate("Actions", "&Wider Text Column"), (), "view"
        ),
        ActionSpec(
            "narrower", QCoreApplication.translate("Actions", "&Narrower Text Column"), (), "view"
        ),
        ActionSpec(
            "theme_light",
            QCoreApplication.translate("Actions", "&Light"),
            (),
            "theme",
            True,
            "theme",
        ),
        ActionSpec(
            "theme_sepia",
            QCoreApplication.translate("Actions", "&Sepia"),
            (),
            "theme",
            True,
            "theme",
        ),
        ActionSpec(
            "theme_dark", QCoreApplication.translate("Actions", "&Dark"), (), "theme", True, "theme"
        ),
        ActionSpec("face_naskh", "Noto Naskh Arabic", (), "face", True, "face"),
        ActionSpec("face_amiri", "Amiri", (), "face", True, "face"),
        ActionSpec("face_sans", "Noto Sans Arabic", (), "face", True, "face"),
        ActionSpec(
            "welcome", QCoreApplication.translate("Actions", "&Welcome Article"), (), "help"
        ),
        ActionSpec("about", QCoreApplication.translate("Actions", "&About Qari"), (), "help"),
    ]


def menu_titles() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("Actions", "&File"),
        "edit": QCoreApplication.translate("Actions", "&Edit"),
        "notes": QCoreApplication.translate("Actions", "&Notes"),
        "view": QCoreApplication.translate("Actions", "&View"),
        "theme": QCoreApplication.translate("Actions", "&Theme"),
        "face": QCoreApplication.translate("Actions", "&Font"),
        "help": QCoreApplication.translate("Actions", "&Help"),
    }
