"""Small shared pieces: toast, rich two-line rows, item roles, clipboard, themes, fonts.
May import app (i18n, settings) only."""
