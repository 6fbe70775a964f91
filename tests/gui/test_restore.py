"""Restore from the desktop: into a new folder; an existing vault only after confirmation, kept aside."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from ui import dialogs, jobs
from ui.restore_dialog import RestoreDialog

pytestmark = pytest.mark.gui


def backup_of(vault: Vault, tmp_path: Path) -> Path:
    return vault.backup(tmp_path / "Backup")


def test_restore_into_a_new_folder(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    backup = backup_of(vault, tmp_path)
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backup(backup)
    assert dialog.user.currentText() == ADMIN
    dialog.destination.setText(str(tmp_path / "Restored"))
    dialog.passphrase.setText(PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.restored is not None and not jobs.busy(), timeout=20000)
    assert dialog.restored == tmp_path / "Restored.saksi"
    Vault.open(dialog.restored, ADMIN, PASSPHRASE).close()


def test_wrong_passphrase_is_shown_and_nothing_restored(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    backup = backup_of(vault, tmp_path)
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backup(backup)
    dialog.destination.setText(str(tmp_path / "Restored"))
    dialog.passphrase.setText("not the passphrase at all")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog) and not jobs.busy(), timeout=20000)
    assert "passphrase is wrong" in dialog.error.text()
    assert not (tmp_path / "Restored.saksi").exists()


def test_existing_vault_needs_confirmation(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    backup = backup_of(vault, tmp_path)
    dialog = RestoreDialog()
    qtbot.addWidget(dialog)
    dialog.set_backup(backup)
    dialog.destination.setText(str(vault.path))
    dialog.passphrase.setText(PASSPHRASE)
    asked: list[str] = []

    def decline(box: QDialog) -> int:
        asked.append(box.windowTitle())
        return int(QMessageBox.StandardButton.Cancel)

    with dialogs.intercept(decline):
        dialog.submit()
    assert asked == ["Replace a vault?"] and dialog.restored is None
    assert not list(vault.path.parent.glob("*.replaced-*"))
