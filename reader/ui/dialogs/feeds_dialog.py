"""Feeds and watched folders: subscribe, unsubscribe, refresh, each feed's settings (tag, full
page, direction, font, archiving, pause), OPML in and out, the refresh interval, and the
folders Qari imports from as files appear. Changes are written as the reader makes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reader.text.normalize import isolate
from reader.ui.dialogs.feeds_model import FeedsModel, FoldersModel
from reader.ui.widgets.fonts import READING_FACES

if TYPE_CHECKING:
    from reader.library.articles import Library
    from reader.library.feeds import Feed
    from reader.ui.app.subscription_controller import SubscriptionController


class FeedsDialog(QDialog):
    def __init__(self, library: Library, controller: SubscriptionController,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library, self.controller = library, controller
        self.setWindowTitle(self.tr("Feeds and Watched Folders"))
        self.resize(860, 520)
        tabs = QTabWidget(self)
        tabs.addTab(self._feeds_tab(), self.tr("Feeds"))
        tabs.addTab(self._folders_tab(), self.tr("Watched Folders"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        controller.feeds_changed.connect(self.reload)
        controller.refused.connect(self.status.setText)
        controller.refreshing.connect(
            lambda done, total, name: self.status.setText(
                self.tr("Refreshing %1 of %2: %3").replace("%1", str(done))
                .replace("%2", str(total)).replace("%3", name)))
        self.reload()

    # -- building ---------------------------------------------------------------------------

    def _feeds_tab(self) -> QWidget:
        page = QWidget(self)
        self.feeds_model = FeedsModel(self)
        self.table = QTableView(page)
        self.table.setModel(self.feeds_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 200)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_settings())

        self.address = QLineEdit(page)
        self.address.setPlaceholderText(self.tr("Address of a feed or of a site that has one"))
        self.address.returnPressed.connect(self._subscribe)
        add = QPushButton(self.tr("Subscribe"), page)
        add.clicked.connect(self._subscribe)
        top = QHBoxLayout()
        top.addWidget(self.address, 1)
        top.addWidget(add)

        self.settings_box = QWidget(page)
        form = QFormLayout(self.settings_box)
        self.title_edit = QLineEdit(self.settings_box)
        self.title_edit.editingFinished.connect(
            lambda: self._set(title=self.title_edit.text().strip()))
        self.tag_edit = QLineEdit(self.settings_box)
        self.tag_edit.editingFinished.connect(lambda: self._set(tag=self.tag_edit.text().strip()))
        self.full_page = self._combo([
            ("auto", self.tr("When the entry is only a summary")),
            ("always", self.tr("Always")), ("never", self.tr("Never: the feed's text")),
        ], "full_page")
        self.direction = self._combo([
            ("", self.tr("As each paragraph is written")),
            ("rtl", self.tr("Right to left")), ("ltr", self.tr("Left to right")),
        ], "direction")
        self.font_box = self._combo(
            [("", self.tr("The reading font"))] + [(f.key, f.label) for f in READING_FACES],
            "font")
        self.archive_after = QSpinBox(self.settings_box)
        self.archive_after.setRange(0, 365)
        self.archive_after.setSpecialValueText(self.tr("Never"))
        self.archive_after.setSuffix(self.tr(" days"))
        self.archive_after.editingFinished.connect(
            lambda: self._set(archive_after_days=self.archive_after.value() or None))
        self.paused = QCheckBox(self.tr("Paused"), self.settings_box)
        self.paused.toggled.connect(lambda on: self._set(paused=on))
        form.addRow(self.tr("Name"), self.title_edit)
        form.addRow(self.tr("Tag new entries"), self.tag_edit)
        form.addRow(self.tr("Fetch the whole page"), self.full_page)
        form.addRow(self.tr("Direction"), self.direction)
        form.addRow(self.tr("Font"), self.font_box)
        form.addRow(self.tr("Archive unread after"), self.archive_after)
        form.addRow("", self.paused)

        middle = QHBoxLayout()
        middle.addWidget(self.table, 3)
        middle.addWidget(self.settings_box, 2)

        self.remove_button = QPushButton(self.tr("Unsubscribe"), page)
        self.remove_button.clicked.connect(self._remove)
        refresh = QPushButton(self.tr("Refresh All"), page)
        refresh.clicked.connect(lambda: self.controller.refresh(asked=True))
        import_opml = QPushButton(self.tr("Import OPML…"), page)
        import_opml.clicked.connect(self._import_opml)
        export_opml = QPushButton(self.tr("Export OPML…"), page)
        export_opml.clicked.connect(self._export_opml)
        self.interval = QSpinBox(page)
        self.interval.setRange(0, 24 * 60)
        self.interval.setSingleStep(15)
        self.interval.setSpecialValueText(self.tr("Only when asked"))
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(self.controller.interval())
        self.interval.valueChanged.connect(self.controller.set_interval)
        bottom = QHBoxLayout()
        for widget in (self.remove_button, refresh, import_opml, export_opml):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        bottom.addWidget(QLabel(self.tr("Refresh every"), page))
        bottom.addWidget(self.interval)

        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        return page

    def _combo(self, choices: list[tuple[str, str]], setting: str) -> QComboBox:
        box = QComboBox(self.settings_box)
        for key, label in choices:
            box.addItem(label, key)
        box.activated.connect(lambda _i: self._set(**{setting: box.currentData()}))
        return box

    def _folders_tab(self) -> QWidget:
        page = QWidget(self)
        explain = QLabel(self.tr(
            "Files saved into these folders (by a browser extension such as SingleFile, for "
            "example) are imported as soon as they are complete."), page)
        explain.setWordWrap(True)
        self.folders_model = FoldersModel(self)
        self.folders = QListView(page)
        self.folders.setModel(self.folders_model)
        add = QPushButton(self.tr("Add Folder…"), page)
        add.clicked.connect(self._add_folder)
        remove = QPushButton(self.tr("Stop Watching"), page)
        remove.clicked.connect(self._remove_folder)
        self.move_files = QCheckBox(
            self.tr("Move imported files into a folder named “imported” inside it"), page)
        self.move_files.toggled.connect(self._set_move)
        self.folders.selectionModel().currentRowChanged.connect(lambda *_: self._show_folder())
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(explain)
        layout.addWidget(self.folders, 1)
        layout.addWidget(self.move_files)
        layout.addLayout(row)
        return page

    # -- reading the library ----------------------------------------------------------------

    def reload(self) -> None:
        current = self.current_feed()
        self.feeds_model.set_feeds(self.library.feeds.all(), self.library.feeds.counts())
        row = next((n for n, f in enumerate(self.feeds_model.feeds)
                    if current and f.id == current.id), 0 if self.feeds_model.feeds else -1)
        if row >= 0:
            self.table.setCurrentIndex(self.feeds_model.index(row, 0))
        self._show_settings()
        folder_row = self.folders.currentIndex().row()
        self.folders_model.set_folders(self.library.watched.all())
        if self.folders_model.folders:
            self.folders.setCurrentIndex(self.folders_model.index(max(0, min(
                folder_row, len(self.folders_model.folders) - 1))))
        self._show_folder()

    def current_feed(self) -> Feed | None:
        return self.feeds_model.feed_at(self.table.currentIndex().row())

    def _show_settings(self) -> None:
        feed = self.current_feed()
        self.settings_box.setEnabled(feed is not None and not self.library.read_only)
        self.remove_button.setEnabled(feed is not None)
        if feed is None:
            return
        for widget in (self.title_edit, self.tag_edit, self.full_page, self.direction,
                       self.font_box, self.archive_after, self.paused):
            widget.blockSignals(True)
        self.title_edit.setText(feed.title)
        self.tag_edit.setText(feed.tag)
        for box, value in ((self.full_page, feed.full_page), (self.direction, feed.direction),
                           (self.font_box, feed.font)):
            box.setCurrentIndex(max(0, box.findData(value)))
        self.archive_after.setValue(feed.archive_after_days or 0)
        self.paused.setChecked(feed.paused)
        for widget in (self.title_edit, self.tag_edit, self.full_page, self.direction,
                       self.font_box, self.archive_after, self.paused):
            widget.blockSignals(False)
        for edit in (self.title_edit, self.tag_edit):
            edit.setAlignment(Qt.AlignmentFlag.AlignAbsolute | (
                Qt.AlignmentFlag.AlignRight if _rtl(edit.text()) else Qt.AlignmentFlag.AlignLeft))

    def _show_folder(self) -> None:
        folder = self.folders_model.folder_at(self.folders.currentIndex().row())
        self.move_files.setEnabled(folder is not None)
        self.move_files.blockSignals(True)
        self.move_files.setChecked(bool(folder and folder.move_imported))
        self.move_files.blockSignals(False)

    # -- writing ----------------------------------------------------------------------------

    def _set(self, **settings: object) -> None:
        feed = self.current_feed()
        if feed is None or all(getattr(feed, k) == v for k, v in settings.items()):
            return
        feed_id = feed.id
        self.controller.write(lambda library: library.feeds.configure(feed_id, **settings))

    def _subscribe(self) -> None:
        url = self.address.text().strip()
        if not url:
            return
        self.status.setText(self.tr("Reading %1…").replace("%1", isolate(url)))
        self.address.clear()
        self.controller.subscribe(url)

    def _remove(self) -> None:
        feed = self.current_feed()
        if feed is not None:
            feed_id = feed.id
            self.controller.write(lambda library: library.feeds.remove(feed_id))

    def _import_opml(self) -> None:
        from pathlib import Path

        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import OPML"), "", self.tr("OPML (*.opml *.xml);;All files (*)"))
        if name:
            self.controller.import_opml(Path(name))

    def _export_opml(self) -> None:
        from pathlib import Path

        from reader.atomic import write_text
        from reader.importing.opml import Subscription, write_opml
        from reader.text.dates import utc_now

        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export OPML"), "qari-feeds.opml", self.tr("OPML (*.opml)"))
        if not name:
            return
        data = write_opml([Subscription(f.url, f.title, f.site_url, f.tag)
                           for f in self.library.feeds.all()], utc_now())
        try:
            write_text(Path(name), data.decode("utf-8"))
        except OSError as exc:
            self.status.setText(str(exc.strerror or exc))
            return
        self.status.setText(self.tr("Saved %1").replace("%1", isolate(name)))

    def _add_folder(self) -> None:
        from pathlib import Path

        name = QFileDialog.getExistingDirectory(self, self.tr("Watch a Folder"))
        if name:
            path = str(Path(name).resolve())
            self.controller.write(lambda library: library.watched.add(path))

    def _remove_folder(self) -> None:
        folder = self.folders_model.folder_at(self.folders.currentIndex().row())
        if folder is not None:
            path = folder.path
            self.controller.write(lambda library: library.watched.remove(path))

    def _set_move(self, on: bool) -> None:
        folder = self.folders_model.folder_at(self.folders.currentIndex().row())
        if folder is not None:
            path = folder.path
            self.controller.write(lambda library: library.watched.add(path, on))


def _rtl(text: str) -> bool:
    from reader.text.direction import direction_of

    return direction_of(text, "ltr") == "rtl"
