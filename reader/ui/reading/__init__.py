"""The reading view: its pane, the article's document (offsets to positions), justification
and kashida, the find bar. May import app and widgets."""
