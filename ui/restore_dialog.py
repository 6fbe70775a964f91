"""Restore a backup into a new folder; replacing an existing vault needs an explicit confirmation,
and the replaced vault is kept beside it, never deleted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from storage.errors import SaksiError
from storage.vault import inspect, restore, vault_path
from ui import dialogs, jobs
from ui.widgets import ErrorLabel, label


class RestoreDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.restored: Path | None = None
        self.backup = QLineEdit()
        self.backup.setReadOnly(True)
        self.destination = QLineEdit()
        self.user = QComboBox()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Backup:"), self._with_button(self.backup, self.tr("Choose…"), self.choose_backup))
        form.addRow(self.tr("Restore into:"), self._with_button(self.destination, self.tr("Choose…"), self.choose_dest))
        form.addRow(self.tr("Your name:"), self.user)
        form.addRow(self.tr("Your passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "The backup is checked, then copied into a new vault folder. An existing vault is never overwritten "
                    "without your confirmation, and a replaced vault is kept beside the new one."
                ),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(620)

    @staticmethod
    def _with_button(field: QLineEdit, text: str, slot: object) -> QWidget:
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(field, 1)
        button = QPushButton(text)
        button.clicked.connect(slot)
        box.addWidget(button)
        return row

    def choose_backup(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose the backup folder (NAME.saksi)"))
        if chosen is not None:
            self.set_backup(chosen)

    def set_backup(self, folder: Path) -> None:
        self.error.clear_error()
        try:
            users = inspect(folder).users
        except SaksiError as error:
            self.error.show_error(error.message)
            return
        self.backup.setText(str(folder))
        self.user.clear()
        self.user.addItems(users)
        if not self.destination.text():
            name = folder.name.removesuffix(".saksi").split("-backup-")[0]
            self.destination.setText(str(folder.parent / f"{name}-restored.saksi"))

    def choose_dest(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose the folder to restore into"))
        if chosen is not None:
            self.destination.setText(str(chosen / "Restored.saksi") if not chosen.suffix else str(chosen))

    def submit(self) -> None:
        backup, dest = self.backup.text(), self.destination.text().strip()
        if not backup or not dest:
            self.error.show_error(self.tr("Choose the backup and where to restore it."))
            return
        target = vault_path(dest)
        replace = target.exists()
        if replace and not dialogs.confirm(
            self,
            self.tr("Replace a vault?"),
            self.tr(
                "{path} already exists. Replace it with the backup? The current vault is kept beside it as "
                "a folder ending in .replaced-DATE; nothing is deleted."
            ).format(path=target),
            self.tr("Replace it"),
        ):
            return
        user, passphrase = self.user.currentText(), self.passphrase.text()
        self.error.clear_error()
        jobs.run(
            self,
            lambda _report: restore(backup, target, user, passphrase, replace=replace),
            self._done,
            label=self.tr("Restoring the backup…"),
            on_failure=self._failed,
        )

    def _done(self, path: Path) -> None:
        self.restored = path
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: SaksiError) -> None:
        self.passphrase.clear()
        self.error.show_error(error.message)
