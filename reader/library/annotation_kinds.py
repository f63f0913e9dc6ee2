"""What an annotation can be, and the colours a highlight can have: names the notes panels
need before any annotation is read (the annotations module loads with the first one)."""

HIGHLIGHT, NOTE, BOOKMARK = "highlight", "note", "bookmark"
COLORS = ("yellow", "green", "blue", "pink")
