"""File › Set Up Sync: a folder another program syncs, or a WebDAV server (address, user,
password), how often, and which reading position wins. Paths and addresses are written left
to right whatever the interface's language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)


class SyncDialog(QDialog):
    def __init__(self, target: dict | None, interval: int, position: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Set Up Sync"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Qari keeps this library in step with your other computers through a folder that "
            "a program such as Syncthing, Nextcloud or Dropbox syncs, or through a WebDAV "
            "server you already have. Nothing goes to a server of Qari's."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.use_folder = QRadioButton(self.tr("A synced &folder"), self)
        self.use_webdav = QRadioButton(self.tr("A &WebDAV server"), self)
        group = QButtonGroup(self)
        group.addButton(self.use_folder)
        group.addButton(self.use_webdav)

        layout.addWidget(self.use_folder)
        folder_row = QHBoxLayout()
        self.folder = self._ltr(QLineEdit(self))
        self.folder.setPlaceholderText(self.tr("for example ~/Sync/Qari"))
        browse = QPushButton(self.tr("&Choose…"), self)
        browse.clicked.connect(self._choose)
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        layout.addLayout(folder_row)

        layout.addWidget(self.use_webdav)
        dav = QFormLayout()
        self.url = self._ltr(QLineEdit(self))
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/files/me/Qari/")
        self.user = self._ltr(QLineEdit(self))
        self.password = self._ltr(QLineEdit(self))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        dav.addRow(self.tr("Address:"), self.url)
        dav.addRow(self.tr("User:"), self.user)
        dav.addRow(self.tr("Password:"), self.password)
        layout.addLayout(dav)

        more = QFormLayout()
        self.interval = QSpinBox(self)
        self.interval.setRange(0, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setSpecialValueText(self.tr("only on start and when asked"))
        self.interval.setValue(interval)
        self.position = QComboBox(self)
        self.position.addItem(self.tr("the latest opened"), "latest")
        self.position.addItem(self.tr("the furthest read"), "furthest")
        self.position.setCurrentIndex(max(0, self.position.findData(position)))
        more.addRow(self.tr("Sync every:"), self.interval)
        more.addRow(self.tr("Reading position:"), self.position)
        layout.addLayout(more)

        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlight);")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sync"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        if target and target.get("kind") == "webdav":
            self.use_webdav.setChecked(True)
            self.url.setText(str(target.get("where", "")))
            self.user.setText(str(target.get("user", "")))
        else:
            self.use_folder.setChecked(True)
            if target:
                self.folder.setText(str(target.get("where", "")))
        for widget in (self.folder, browse):
            self.use_folder.toggled.connect(widget.setEnabled)
            widget.setEnabled(self.use_folder.isChecked())
        for widget in (self.url, self.user, self.password):
            self.use_webdav.toggled.connect(widget.setEnabled)
            widget.setEnabled(self.use_webdav.isChecked())

    @staticmethod
    def _ltr(edit: QLineEdit) -> QLineEdit:
        edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return edit

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Sync Folder"),
                                                  self.folder.text() or str(Path.home()))
        if chosen:
            self.folder.setText(chosen)

    def _accept(self) -> None:
        from reader.sync.targets import folder_target, webdav_target
        from reader.sync.transport import SyncFailed

        try:
            if self.use_folder.isChecked():
                path = Path(self.folder.text().strip()).expanduser()
                if not self.folder.text().strip() or not path.is_dir():
                    self.problem.setText(self.tr("Choose a folder that exists."))
                    return
                self.result_target = folder_target(path)
            else:
                self.result_target = webdav_target(self.url.text().strip(),
                                                   self.user.text().strip())
        except SyncFailed:
            self.problem.setText(self.tr("A WebDAV address starts with https://"))
            return
        self.accept()

    def chosen(self) -> tuple[dict, str | None, int, str]:
        password = self.password.text() if self.use_webdav.isChecked() else None
        return (self.result_target, password or None, self.interval.value(),
                str(self.position.currentData()))
