"""The Vocabulary: every word the reader kept, newest first, with its lemma, root, the
article it came from and when; narrowed by what the filter box holds (a word, a lemma, a
root, an article's title) and by when it was kept; exported as a CSV that Anki imports, or
as Markdown; a word opens its article."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reader.text.direction import direction_of
from reader.ui.widgets.direction import leading_alignment
from reader.ui.widgets.rows_model import RowsModel

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.library.vocabulary import Word

Index = QModelIndex | QPersistentModelIndex


def _root_text(root: str) -> str:
    return " ".join(root) if root else ""


def _headers() -> tuple[str, ...]:
    return (
        QCoreApplication.translate("Vocabulary", "Word"),
        QCoreApplication.translate("Vocabulary", "Lemma"),
        QCoreApplication.translate("Vocabulary", "Root"),
        QCoreApplication.translate("Vocabulary", "Article"),
        QCoreApplication.translate("Vocabulary", "Kept"),
    )


class VocabularyModel(RowsModel["Word"]):
    WORD, LEMMA, ROOT, ARTICLE, ADDED = range(5)

    def __init__(self, parent: object = None) -> None:
        super().__init__(_headers, parent)

    @property
    def words(self) -> list[Word]:
        return self.rows

    def set_words(self, words: list[Word]) -> None:
        self.set_rows(words)

    def word_at(self, row: int) -> Word | None:
        return self.row_at(row)

    def _text(self, word: Word, column: int) -> str:
        if column == self.WORD:
            return word.word
        if column == self.LEMMA:
            return word.lemma
        if column == self.ROOT:
            return _root_text(word.root)
        if column == self.ARTICLE:
            return word.article_title
        from reader.ui.app.i18n import format_date

        try:
            when = datetime.fromisoformat(word.added_at).astimezone()
        except ValueError:
            return word.added_at
        return format_date(when)  # the reader's calendar and digits, as the list writes dates

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.words):
            return None
        word = self.words[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(word, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return word.sentence or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            text = self._text(word, index.column())
            return leading_alignment(direction_of(text, "rtl")) | Qt.AlignmentFlag.AlignVCenter
        return None

class VocabularyDialog(QDialog):
    def __init__(self, library: Library, open_article: Callable[[int], object],
                 remove: Callable[[int], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.open_article, self.remove = library, open_article, remove
        self.setWindowTitle(self.tr("Vocabulary"))
        self.resize(820, 480)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by word, lemma, root or article"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.reload)
        self.since = QComboBox(self)
        for days, label in ((0, self.tr("Any time")), (1, self.tr("Today")),
                            (7, self.tr("This week")), (31, self.tr("This month"))):
            self.since.addItem(label, days)
        self.since.currentIndexChanged.connect(self.reload)
        self.model = VocabularyModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.sentence = QLabel(self)
        self.sentence.setWordWrap(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_sentence)
        anki = QPushButton(self.tr("Export for Anki…"), self)
        anki.clicked.connect(lambda: self._export("anki"))
        md = QPushButton(self.tr("Export as Markdown…"), self)
        md.clicked.connect(lambda: self._export("markdown"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self._remove)
        self.remove_button.setEnabled(not library.read_only)
        row = QHBoxLayout()
        for button in (anki, md, self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.since)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sentence)
        layout.addLayout(row)
        self.reload()

    def shown_words(self) -> list[Word]:
        text = self.filter_edit.text().strip()
        days = self.since.currentData() or 0
        since = ""
        if days:
            from datetime import timedelta

            from reader.text.dates import utc_now

            since = (utc_now() - timedelta(days=days)).isoformat()
        words = self.library.vocabulary.all(since=since)
        if not text:
            return words
        from reader.library.word_index import lemma_key, root_key

        folded_text = lemma_key(text)
        return [w for w in words if folded_text in lemma_key(w.word)
                or folded_text in lemma_key(w.lemma) or root_key(text) == w.root
                or text in w.article_title or text in w.sentence]

    def reload(self) -> None:
        self.model.set_words(self.shown_words())
        if self.model.words:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self._show_sentence()

    def _current(self) -> Word | None:
        return self.model.word_at(self.table.currentIndex().row())

    def _show_sentence(self, *_args: object) -> None:
        word = self._current()
        text = word.sentence if word else ""
        self.sentence.setText(text)
        self.sentence.setAlignment(
            leading_alignment(direction_of(text, "rtl")) | Qt.AlignmentFlag.AlignVCenter)

    def _open(self, index: QModelIndex) -> None:
        word = self.model.word_at(index.row())
        if word is not None and word.article_id is not None:
            self.open_article(word.article_id)

    def _remove(self) -> None:
        word = self._current()
        if word is not None and word.id is not None:
            self.remove(word.id)

    def _export(self, kind: str) -> None:
        from pathlib import Path

        from reader.atomic import write_text
        from reader.library.vocabulary import anki_csv, markdown

        if kind == "anki":
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export for Anki"), "qari-vocabulary.csv",
                self.tr("CSV for Anki (*.csv)"))
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export as Markdown"), "qari-vocabulary.md",
                self.tr("Markdown (*.md)"))
        if not name:
            return
        words = self.model.words
        try:
            write_text(Path(name), anki_csv(words) if kind == "anki" else markdown(words))
        except OSError as exc:
            self.sentence.setText(str(exc.strerror or exc))
