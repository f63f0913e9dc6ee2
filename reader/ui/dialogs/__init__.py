"""Dialogs: preferences, names, shortcuts, errors. May import app and widgets."""
