"""Every command of the window in one table: id, text, shortcuts, menu, the window's method
that handles it, and whether it toggles; and the menus' structure, declared once.

Menus, toolbar and tests all find actions here by id, so a shortcut is defined once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

SEPARATOR = "-"
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
    handler: str = ""  # the window's method; by default the id itself
    argument: str = ""  # passed to the handler, for a family of choices (themes, faces)
    writes: bool = False  # changes the library: off while the library is read-only
    # When it can be used, by a name of the window's state (see ENABLED_WHEN); always if "".
    enabled_when: str = ""

    @property
    def method(self) -> str:
        return self.handler or self.id


# The states an action's ``enabled_when`` may name; the window says which hold.
ENABLED_WHEN = (
    "article",  # an article is open
    "article_or_selection",  # an article is open or articles are selected in the list
    "selection",  # articles are selected in the list
    "collection_selection",  # articles are selected in a collection the list shows
    "link_article",  # the open article is a link still to fetch
    "web_article",  # the open article came from a web page
)

# The menus, in the platform's order: entries are action ids, ">name" a submenu, "@docks" the
# panels' show/hide actions. Quit comes last in File.
MENU_LAYOUT: dict[str, tuple[str, ...]] = {
    "file": (
        "import_files", "import_folder", "add_from_link", SEPARATOR,
        "subscribe_feed", "refresh_feeds", "manage_feeds", SEPARATOR, "sync_now",
        "set_up_sync", SEPARATOR, "open_original",
        SEPARATOR, "export_notes", SEPARATOR,
        "delete_articles", SEPARATOR, "preferences", SEPARATOR, "quit",
    ),
    "edit": (
        "undo", "redo", SEPARATOR, "paste_article", "fetch_article", "copy_title", "bookmark",
        "archive", "add_tag", "remove_tag",
        SEPARATOR, "add_to_collection", "remove_from_collection", "move_up", "move_down",
        "new_collection", SEPARATOR, "save_search",
        "filter_library",
        "find_in_article",
    ),
    "notes": (
        "highlight", "highlight_green", "highlight_blue", "highlight_pink", SEPARATOR,
        "add_note", "add_article_note", "add_bookmark", SEPARATOR, "look_up_word",
        "vocabulary", SEPARATOR, "all_notes",
    ),
    "view": (
        "next_article", "previous_article", SEPARATOR,
        "bookmarked_only", "with_notes_only", "unread_only", SEPARATOR,
        "zoom_in", "zoom_out", "zoom_reset", "spacing_more", "spacing_less", "wider", "narrower",
        SEPARATOR, ">theme", ">face", ">justify", ">harakat", ">read_aloud", SEPARATOR,
        "show_library", "show_notes", "show_bookmarks", "focus_mode",
    ),
    "theme": ("theme_light", "theme_sepia", "theme_dark"),
    "face": ("face_naskh", "face_amiri", "face_sans"),
    "justify": ("justify_arabic", "justify_all", "justify_off", SEPARATOR, "kashida"),
    "harakat": ("harakat_show", "harakat_hide", "harakat_shadda", SEPARATOR, "harakat_add",
                "copy_with_harakat"),
    "read_aloud": ("read_play", "read_stop", SEPARATOR, "read_previous", "read_next", SEPARATOR,
                   "read_faster", "read_slower"),
    "help": ("welcome", "shortcuts", SEPARATOR, "about"),
}
TOP_MENUS = ("file", "edit", "notes", "view", "help")


def action_specs() -> list[ActionSpec]:
    """The table. Texts are translated when it is built, so build it after the translator."""

    return [
        ActionSpec(
            "import_files",
            QCoreApplication.translate("Actions", "Import &Files…"),
            ("Ctrl+O",),
            "file",
            toolbar=True,
            handler="arrivals.import_files_dialog",
            writes=True,
        ),
        ActionSpec(
            "import_folder",
            QCoreApplication.translate("Actions", "Import F&older…"),
            ("Ctrl+Shift+O",),
            "file",
            handler="arrivals.import_folder_dialog",
            writes=True,
        ),
        ActionSpec(
            "delete_articles",
            QCoreApplication.translate("Actions", "&Delete Article"),
            ("Del",),
            "file",
            handler="organiser.delete_selected",
            writes=True,
            enabled_when="selection",
        ),
        ActionSpec(
            "preferences",
            QCoreApplication.translate("Actions", "&Preferences…"),
            ("Ctrl+,",),
            "file",
            handler="reading_prefs.show_preferences",
        ),
        ActionSpec(
            "quit",
            QCoreApplication.translate("Actions", "&Quit"),
            ("Ctrl+Q",),
            "file",
            handler="close",
        ),
        ActionSpec(
            "undo", QCoreApplication.translate("Actions", "&Undo"), ("Ctrl+Z",), "edit",
            writes=True,
        ),
        ActionSpec(
            "redo",
            QCoreApplication.translate("Actions", "&Redo"),
            ("Ctrl+Shift+Z", "Ctrl+Y"),
            "edit",
            writes=True,
        ),
        ActionSpec(
            "highlight",
            QCoreApplication.translate("Actions", "&Highlight Selection"),
            ("Ctrl+H",),
            "notes",
            handler="docks.highlight_selection",
            argument="yellow",
            writes=True,
        ),
        ActionSpec(
            "highlight_green",
            QCoreApplication.translate("Actions", "Highlight in &Green"),
            (),
            "notes",
            handler="docks.highlight_selection",
            argument="green",
            writes=True,
        ),
        ActionSpec(
            "highlight_blue",
            QCoreApplication.translate("Actions", "Highlight in B&lue"),
            (),
            "notes",
            handler="docks.highlight_selection",
            argument="blue",
            writes=True,
        ),
        ActionSpec(
            "highlight_pink",
            QCoreApplication.translate("Actions", "Highlight in &Pink"),
            (),
            "notes",
            handler="docks.highlight_selection",
            argument="pink",
            writes=True,
        ),
        ActionSpec(
            "add_note",
            QCoreApplication.translate("Actions", "Add &Note to Selection"),
            ("Ctrl+Shift+N",),
            "notes",
            handler="docks.note_selection",
            writes=True,
        ),
        ActionSpec(
            "add_article_note",
            QCoreApplication.translate("Actions", "Add &Article Note"),
            (),
            "notes",
            handler="docks.add_article_note",
            writes=True,
            enabled_when="article",
        ),
        ActionSpec(
            "add_bookmark",
            QCoreApplication.translate("Actions", "Add Bookmark &Here"),
            ("Ctrl+B",),
            "notes",
            handler="docks.add_position_bookmark",
            writes=True,
            enabled_when="article",
        ),
        ActionSpec(
            "all_notes",
            QCoreApplication.translate("Actions", "All &Notes…"),
            ("Ctrl+Shift+L",),
            "notes",
            handler="docks.show_all_notes",
        ),
        ActionSpec(
            "export_notes",
            QCoreApplication.translate("Actions", "&Export Notes…"),
            (),
            "file",
            handler="docks.export_notes_dialog",
        ),
        ActionSpec(
            "copy_title",
            QCoreApplication.translate("Actions", "Copy &Title"),
            ("Ctrl+Shift+C",),
            "edit",
            handler="copy_titles",
            enabled_when="article_or_selection",
        ),
        ActionSpec(
            "filter_library",
            QCoreApplication.translate("Actions", "&Search Library"),
            ("Ctrl+L",),
            "edit",
            handler="library_view.focus_filter",
        ),
        ActionSpec(
            "bookmark",
            QCoreApplication.translate("Actions", "&Bookmark Article"),
            ("Ctrl+D",),
            "edit",
            checkable=True,
            handler="toggle_bookmark",
            writes=True,
            enabled_when="article",
        ),
        ActionSpec(
            "archive",
            QCoreApplication.translate("Actions", "&Archive / Back to Inbox"),
            ("E",),
            "edit",
            handler="organiser.archive_selected",
            writes=True,
            enabled_when="article_or_selection",
        ),
        ActionSpec(
            "add_tag",
            QCoreApplication.translate("Actions", "Add &Tag…"),
            ("Ctrl+T",),
            "edit",
            handler="organiser.tag_selected",
            writes=True,
            enabled_when="article_or_selection",
        ),
        ActionSpec(
            "remove_tag",
            QCoreApplication.translate("Actions", "Remo&ve Tag…"),
            (),
            "edit",
            handler="organiser.untag_selected",
            writes=True,
            enabled_when="article_or_selection",
        ),
        ActionSpec(
            "paste_article",
            QCoreApplication.translate("Actions", "&Paste as Article"),
            ("Ctrl+Shift+V",),
            "edit",
            handler="arrivals.paste_article",
            writes=True,
        ),
        ActionSpec(
            "fetch_article",
            QCoreApplication.translate("Actions", "Fetch the Linked &Page"),
            (),
            "edit",
            handler="arrivals.fetch_open",
            writes=True,
            enabled_when="link_article",
        ),
        ActionSpec(
            "open_original",
            QCoreApplication.translate("Actions", "Open &Original"),
            (),
            "file",
            short=QCoreApplication.translate("Actions", "Original"),
            handler="help.open_original",
            enabled_when="web_article",
        ),
        ActionSpec(
            "add_from_link",
            QCoreApplication.translate("Actions", "Add from &Link…"),
            ("Ctrl+Shift+U",),
            "file",
            handler="arrivals.add_from_link",
            writes=True,
        ),
        ActionSpec(
            "look_up_word",
            QCoreApplication.translate("Actions", "&Look Up Word"),
            ("Ctrl+Shift+D",),
            "notes",
            handler="lookup.look_up",
            enabled_when="article",
        ),
        ActionSpec(
            "vocabulary",
            QCoreApplication.translate("Actions", "&Vocabulary…"),
            (),
            "notes",
            handler="lookup.show_vocabulary",
        ),
        ActionSpec(
            "subscribe_feed",
            QCoreApplication.translate("Actions", "&Subscribe to Feed…"),
            (),
            "file",
            handler="feeds.subscribe",
            writes=True,
        ),
        ActionSpec(
            "refresh_feeds",
            QCoreApplication.translate("Actions", "&Refresh Feeds"),
            ("F5",),
            "file",
            handler="feeds.refresh",
            writes=True,
        ),
        ActionSpec(
            "manage_feeds",
            QCoreApplication.translate("Actions", "Feeds and &Watched Folders…"),
            (),
            "file",
            handler="feeds.manage",
        ),
        ActionSpec(
            "sync_now",
            QCoreApplication.translate("Actions", "S&ync Now"),
            ("Ctrl+Shift+Y",),
            "file",
            handler="syncing.sync_now",
            writes=True,
        ),
        ActionSpec(
            "set_up_sync",
            QCoreApplication.translate("Actions", "Set &Up Sync…"),
            (),
            "file",
            handler="syncing.set_up",
            writes=True,
        ),
        ActionSpec(
            "add_to_collection",
            QCoreApplication.translate("Actions", "Add to &Collection…"),
            ("Ctrl+Shift+K",),
            "edit",
            handler="organiser.add_to_collection",
            writes=True,
            enabled_when="article_or_selection",
        ),
        ActionSpec(
            "remove_from_collection",
            QCoreApplication.translate("Actions", "Remove from Collectio&n"),
            (),
            "edit",
            handler="organiser.remove_from_collection",
            writes=True,
            enabled_when="collection_selection",
        ),
        ActionSpec(
            "move_up",
            QCoreApplication.translate("Actions", "Move &Up in Collection"),
            ("Alt+Shift+Up",),
            "edit",
            handler="organiser.move_in_collection",
            argument="up",
            writes=True,
            enabled_when="collection_selection",
        ),
        ActionSpec(
            "move_down",
            QCoreApplication.translate("Actions", "Move &Down in Collection"),
            ("Alt+Shift+Down",),
            "edit",
            handler="organiser.move_in_collection",
            argument="down",
            writes=True,
            enabled_when="collection_selection",
        ),
        ActionSpec(
            "new_collection",
            QCoreApplication.translate("Actions", "New Co&llection…"),
            (),
            "edit",
            handler="organiser.new_collection",
            writes=True,
        ),
        ActionSpec(
            "save_search",
            QCoreApplication.translate("Actions", "Sa&ve Search…"),
            ("Ctrl+Shift+S",),
            "edit",
            handler="organiser.save_search",
            writes=True,
        ),
        ActionSpec(
            "find_in_article",
            QCoreApplication.translate("Actions", "Find in &Article…"),
            ("Ctrl+F",),
            "edit",
            enabled_when="article",
        ),
        ActionSpec(
            "bookmarked_only",
            QCoreApplication.translate("Actions", "Show &Bookmarked Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "Bookmarked"),
            handler="library_view.filters_changed",
        ),
        ActionSpec(
            "with_notes_only",
            QCoreApplication.translate("Actions", "Show Articles with &Notes Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "With notes"),
            handler="library_view.filters_changed",
        ),
        ActionSpec(
            "unread_only",
            QCoreApplication.translate("Actions", "Show &Unread Only"),
            (),
            "view",
            checkable=True,
            short=QCoreApplication.translate("Actions", "Unread"),
            handler="library_view.filters_changed",
        ),
        ActionSpec(
            "zoom_in",
            QCoreApplication.translate("Actions", "&Larger Text"),
            ("Ctrl+=", "Ctrl++"),
            "view",
            toolbar=True,
            handler="reading_prefs.zoom_in",
        ),
        ActionSpec(
            "zoom_out",
            QCoreApplication.translate("Actions", "&Smaller Text"),
            ("Ctrl+-",),
            "view",
            toolbar=True,
            handler="reading_prefs.zoom_out",
        ),
        ActionSpec(
            "zoom_reset",
            QCoreApplication.translate("Actions", "&Default Text Size"),
            ("Ctrl+0",),
            "view",
            handler="reading_prefs.zoom_reset",
        ),
        ActionSpec(
            "spacing_more",
            QCoreApplication.translate("Actions", "More Line &Spacing"),
            (),
            "view",
            handler="reading_prefs.spacing_more",
        ),
        ActionSpec(
            "spacing_less",
            QCoreApplication.translate("Actions", "Less Line S&pacing"),
            (),
            "view",
            handler="reading_prefs.spacing_less",
        ),
        ActionSpec(
            "wider",
            QCoreApplication.translate("Actions", "&Wider Text Column"),
            (),
            "view",
            handler="reading_prefs.wider",
        ),
        ActionSpec(
            "narrower",
            QCoreApplication.translate("Actions", "&Narrower Text Column"),
            (),
            "view",
            handler="reading_prefs.narrower",
        ),
        ActionSpec(
            "theme_light",
            QCoreApplication.translate("Actions", "&Light"),
            (),
            "theme",
            True,
            "theme",
            handler="reading_prefs.set_theme",
            argument="light",
        ),
        ActionSpec(
            "theme_sepia",
            QCoreApplication.translate("Actions", "&Sepia"),
            (),
            "theme",
            True,
            "theme",
            handler="reading_prefs.set_theme",
            argument="sepia",
        ),
        ActionSpec(
            "theme_dark",
            QCoreApplication.translate("Actions", "&Dark"),
            (),
            "theme",
            True,
            "theme",
            handler="reading_prefs.set_theme",
            argument="dark",
        ),
        ActionSpec(
            "justify_arabic",
            QCoreApplication.translate("Actions", "Justify &Arabic Paragraphs"),
            (), "justify", True, "justify", handler="reading_prefs.set_justify", argument="arabic",
        ),
        ActionSpec(
            "justify_all",
            QCoreApplication.translate("Actions", "Justify A&ll Paragraphs"),
            (), "justify", True, "justify", handler="reading_prefs.set_justify", argument="all",
        ),
        ActionSpec(
            "justify_off",
            QCoreApplication.translate("Actions", "&Ragged Lines"),
            (), "justify", True, "justify", handler="reading_prefs.set_justify", argument="off",
        ),
        ActionSpec(
            "kashida",
            QCoreApplication.translate("Actions", "Justify Arabic with &Kashida"),
            (), "justify", True, handler="reading_prefs.toggle_kashida",
        ),
        ActionSpec(
            "harakat_add",
            QCoreApplication.translate("Actions", "&Add Harakat (Selection or Article)"),
            ("Ctrl+Shift+J",), "harakat", True, handler="harakat.toggle", enabled_when="article",
        ),
        ActionSpec(
            "copy_with_harakat",
            QCoreApplication.translate("Actions", "&Copy with Harakat"),
            (), "harakat", handler="harakat.copy_with_harakat", enabled_when="article",
        ),
        ActionSpec(
            "read_play",
            QCoreApplication.translate("Actions", "&Read Aloud / Pause"),
            ("F9",), "read_aloud", handler="read_aloud.play_pause", enabled_when="article",
        ),
        ActionSpec(
            "read_stop",
            QCoreApplication.translate("Actions", "&Stop Reading"),
            ("Shift+F9",), "read_aloud", handler="read_aloud.stop",
        ),
        ActionSpec(
            "read_previous",
            QCoreApplication.translate("Actions", "&Previous Sentence"),
            ("Ctrl+Alt+Up",), "read_aloud", handler="read_aloud.previous_sentence",
        ),
        ActionSpec(
            "read_next",
            QCoreApplication.translate("Actions", "&Next Sentence"),
            ("Ctrl+Alt+Down",), "read_aloud", handler="read_aloud.next_sentence",
        ),
        ActionSpec(
            "read_faster",
            QCoreApplication.translate("Actions", "&Faster"),
            ("Ctrl+Alt+=",), "read_aloud", handler="read_aloud.faster",
        ),
        ActionSpec(
            "read_slower",
            QCoreApplication.translate("Actions", "S&lower"),
            ("Ctrl+Alt+-",), "read_aloud", handler="read_aloud.slower",
        ),
        ActionSpec(
            "harakat_show",
            QCoreApplication.translate("Actions", "&Show Harakat"),
            (), "harakat", True, "harakat", handler="reading_prefs.set_harakat", argument="show",
        ),
        ActionSpec(
            "harakat_hide",
            QCoreApplication.translate("Actions", "&Hide Harakat"),
            ("Ctrl+Shift+H",), "harakat", True, "harakat", handler="reading_prefs.set_harakat",
            argument="hide",
        ),
        ActionSpec(
            "harakat_shadda",
            QCoreApplication.translate("Actions", "Keep Only Sha&dda"),
            (), "harakat", True, "harakat", handler="reading_prefs.set_harakat", argument="shadda",
        ),
        ActionSpec(
            "face_naskh",
            "Noto Naskh Arabic",
            (),
            "face",
            True,
            "face",
            handler="reading_prefs.set_face",
            argument="naskh",
        ),
        ActionSpec(
            "face_amiri",
            "Amiri",
            (),
            "face",
            True,
            "face",
            handler="reading_prefs.set_face",
            argument="amiri",
        ),
        ActionSpec(
            "face_sans",
            "Noto Sans Arabic",
            (),
            "face",
            True,
            "face",
            handler="reading_prefs.set_face",
            argument="sans",
        ),
        ActionSpec(
            "show_library",
            QCoreApplication.translate("Actions", "Show &Library"),
            ("Ctrl+\\",),
            "view",
            checkable=True,
            handler="window_layout.toggle_library",
        ),
        ActionSpec(
            "show_notes",
            QCoreApplication.translate("Actions", "Show N&otes Panel"),
            ("Ctrl+Alt+N",),
            "view",
            checkable=True,
            handler="window_layout.toggle_notes",
        ),
        ActionSpec(
            "show_bookmarks",
            QCoreApplication.translate("Actions", "Show Boo&kmarks Panel"),
            (),
            "view",
            checkable=True,
            handler="window_layout.toggle_bookmarks",
        ),
        ActionSpec(
            "focus_mode",
            QCoreApplication.translate("Actions", "&Focus Mode"),
            ("F11",),
            "view",
            checkable=True,
            handler="window_layout.toggle_focus",
        ),
        ActionSpec(
            "next_article",
            QCoreApplication.translate("Actions", "Ne&xt Article"),
            ("J",),
            "view",
            handler="library_view.next_article",
        ),
        ActionSpec(
            "previous_article",
            QCoreApplication.translate("Actions", "Pre&vious Article"),
            ("K",),
            "view",
            handler="library_view.previous_article",
        ),
        ActionSpec(
            "shortcuts",
            QCoreApplication.translate("Actions", "&Keyboard Shortcuts"),
            ("F1",),
            "help",
            handler="help.show_shortcuts",
        ),
        ActionSpec(
            "welcome",
            QCoreApplication.translate("Actions", "&Welcome Article"),
            (),
            "help",
            handler="help.open_welcome",
            writes=True,
        ),
        ActionSpec(
            "about",
            QCoreApplication.translate("Actions", "&About Qari"),
            (),
            "help",
            handler="help.show_about",
        ),
    ]


def menu_titles() -> dict[str, str]:
    return {
        "file": QCoreApplication.translate("Actions", "&File"),
        "edit": QCoreApplication.translate("Actions", "&Edit"),
        "notes": QCoreApplication.translate("Actions", "&Notes"),
        "view": QCoreApplication.translate("Actions", "&View"),
        "theme": QCoreApplication.translate("Actions", "&Theme"),
        "face": QCoreApplication.translate("Actions", "&Font"),
        "justify": QCoreApplication.translate("Actions", "&Justify"),
        "harakat": QCoreApplication.translate("Actions", "&Harakat"),
        "read_aloud": QCoreApplication.translate("Actions", "Read &Aloud"),
        "help": QCoreApplication.translate("Actions", "&Help"),
    }
