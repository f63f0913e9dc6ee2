"""What a word is, in the window: the lookup panel and the vocabulary.

May import ui.app, ui.widgets and the core; never the window that places it.
"""
