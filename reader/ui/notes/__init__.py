"""Highlights, notes and bookmarks: the Notes and Bookmarks docks, All Notes, export. May
import app, widgets and dialogs."""
