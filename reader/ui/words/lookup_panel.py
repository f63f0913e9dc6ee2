"""The lookup panel: a word as written, and each reading of it, likeliest first: lemma,
root, pattern, part of speech, how the word is built (its clitics and stem), the
dictionary's Arabic definitions and plural. Every Arabic line right to left, whatever the
interface's direction; a word of another language gets a plain sentence, never an error."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from reader.text.morphology import Analysis, Lookup

def _pos(pos: str) -> str:
    names = {
        "noun": QCoreApplication.translate("Lookup", "noun"),
        "verb": QCoreApplication.translate("Lookup", "verb"),
        "particle": QCoreApplication.translate("Lookup", "particle"),
        "name": QCoreApplication.translate("Lookup", "proper name"),
    }
    return names.get(pos, pos)


def lookup_html(found: Lookup, chosen: int = 0) -> str:
    """The panel's text. Arabic blocks carry dir="rtl" of their own. Each reading's heading is
    a link that chooses it (what Add to Vocabulary keeps); the chosen one is marked."""
    word = escape(found.word)
    if not found.arabic:
        message = QCoreApplication.translate("Lookup", "Not an Arabic word: nothing to look up.")
        return f"<p><b>{word}</b></p><p>{escape(message)}</p>"
    if not found.analyses:
        message = QCoreApplication.translate(
            "Lookup", "No analysis: a name, a foreign word, or a form the analyser does not know.")
        return (f'<p dir="rtl" style="font-size:x-large"><b>{word}</b></p>'
                f"<p>{escape(message)}</p>")
    labels = {
        "root": QCoreApplication.translate("Lookup", "Root"),
        "pattern": QCoreApplication.translate("Lookup", "Pattern"),
        "built": QCoreApplication.translate("Lookup", "Built as"),
        "plural": QCoreApplication.translate("Lookup", "Plural"),
        "form": QCoreApplication.translate("Lookup", "Form"),
    }
    parts = [f'<p dir="rtl" style="font-size:x-large"><b>{word}</b></p>']
    for number, a in enumerate(found.analyses, 1):
        facts = [
            ("root", escape(" ".join(a.root)) if a.root else "—"),
            ("pattern", escape(a.pattern)),
            ("built", " + ".join(escape(x) for x in [*a.proclitics, a.stem, *a.enclitics])),
            ("plural", escape(a.plural)),
            ("form", escape("، ".join(a.features))),
        ]
        rows = "".join(
            f'<tr><td style="padding-left:8px;padding-right:8px;color:gray">'
            f'{escape(labels[key])}</td><td dir="rtl">{value}</td></tr>'
            for key, value in facts if value
        )
        definitions = "".join(f'<li dir="rtl">{escape(d)}</li>' for d in a.definitions[:4])
        mark = " ✓" if number - 1 == chosen and len(found.analyses) > 1 else ""
        parts.append(
            f'<p dir="rtl" style="margin-top:12px"><span style="font-size:large">'
            f'<a href="reading:{number - 1}" style="text-decoration:none">'
            f"<b>{number}. {escape(a.lemma)}</b></a>{mark}</span>&nbsp; "
            f"({escape(_pos(a.pos))})</p>"
            f"<table>{rows}</table>"
            + (f'<ol dir="rtl">{definitions}</ol>' if definitions else "")
        )
    return "".join(parts)


class LookupPanel(QWidget):
    add_requested = Signal()  # Add to Vocabulary

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QTextBrowser(self)
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._choose)
        self.chosen = 0
        self.hint = QLabel(self.tr("Double-click a word in the article to look it up."), self)
        self.hint.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add to Vocabulary"), self)
        self.add_button.clicked.connect(self.add_requested)
        self.add_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.add_button)
        self.found: Lookup | None = None

    def show_loading(self, word: str) -> None:
        self.hint.hide()
        self.text.setHtml(f'<p dir="rtl"><b>{escape(word)}</b></p><p>'
                          + escape(self.tr("Looking it up…")) + "</p>")
        self.add_button.setEnabled(False)

    def show_lookup(self, found: Lookup) -> None:
        self.hint.hide()
        self.found, self.chosen = found, 0
        self.text.setHtml(lookup_html(found))
        self.add_button.setEnabled(bool(found.analyses))

    def chosen_reading(self) -> Analysis | None:
        """The reading Add to Vocabulary keeps: the likeliest, or the one the reader chose."""
        if self.found is None or not self.found.analyses:
            return None
        return self.found.analyses[min(self.chosen, len(self.found.analyses) - 1)]

    def _choose(self, url: QUrl) -> None:
        if self.found is None or url.scheme() != "reading" or not url.path().isdigit():
            return
        self.chosen = int(url.path())
        position = self.text.verticalScrollBar().value()
        self.text.setHtml(lookup_html(self.found, self.chosen))
        self.text.verticalScrollBar().setValue(position)
        self.add_button.setEnabled(True)
