"""The library's list and side: item models, the panel, searching and filtering, the
organiser (tags, archive, collections). May import app, widgets and dialogs."""
