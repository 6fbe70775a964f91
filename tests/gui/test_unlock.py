"""Unlocking through the unlock page: passphrase, wrong passphrase, recovery code, this device,
and the forced passphrase change after an admin reset."""

from __future__ import annotations

from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from storage.vault import Vault, inspect
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from ui.account_dialogs import ChangePassphraseDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
NEW_PASSPHRASE = "mekong ferry at dawn 42"


def test_unlock_with_the_right_passphrase(qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]) -> None:
    path, _code = vault_copy
    with qtbot.waitSignal(window.session_started, timeout=15_000):
        unlock(qtbot, window, path, ADMIN, PASSPHRASE)
    assert window.is_unlocked()
    assert window.stack.currentWidget() is window.workspace
    assert window.unlock_page.passphrase.text() == ""  # the secret does not linger in the widget
    assert window.settings.recent_vaults == [str(path.resolve())]
    assert window.windowTitle() == "Saksi"
    assert window.lock_action.isEnabled()


def test_wrong_passphrase_shows_the_message_and_stays_locked(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    path, _code = vault_copy
    unlock(qtbot, window, path, ADMIN, "not the passphrase at all")
    page = window.unlock_page
    assert not window.is_unlocked()
    assert window.stack.currentWidget() is page
    assert page.error.isVisibleTo(page)
    assert page.error.text() == "The passphrase is wrong for this user."
    assert page.unlock_button.isEnabled()  # the job gave the form back


def test_recovery_code_unlock_sets_a_new_passphrase(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    path, code = vault_copy
    assert window.open_vault(path)
    page = window.unlock_page
    page.mode_button.click()
    assert page.in_recovery_mode()
    page.user.setCurrentText(ADMIN)
    page.code.setText(code.lower().replace("-", " "))  # typed loosely from paper
    page.new_passphrase.first.setText(NEW_PASSPHRASE)
    page.new_passphrase.second.setText(NEW_PASSPHRASE)
    page.recover_button.click()
    wait_for_jobs(qtbot)
    assert window.is_unlocked()
    window.close_vault()
    Vault.open(path, ADMIN, NEW_PASSPHRASE).close()


def test_wrong_recovery_code_stays_locked(qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]) -> None:
    path, _code = vault_copy
    window.open_vault(path)
    page = window.unlock_page
    page.mode_button.click()
    page.code.setText("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    page.new_passphrase.first.setText(NEW_PASSPHRASE)
    page.new_passphrase.second.setText(NEW_PASSPHRASE)
    page.recover_button.click()
    wait_for_jobs(qtbot)
    assert not window.is_unlocked()
    assert page.error.text() == "The recovery code is wrong."


def test_remember_on_this_device_then_unlock_without_passphrase(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    path, _code = vault_copy
    window.open_vault(path)
    page = window.unlock_page
    assert page.remember.isEnabled()
    page.remember.setChecked(True)
    page.passphrase.setText(PASSPHRASE)
    page.unlock_button.click()
    wait_for_jobs(qtbot)
    assert window.vault is not None and window.vault.is_remembered_here()
    window.lock()
    assert inspect(path).remembered_users == [ADMIN]
    buttons = [b for b in page.findChildren(type(page.unlock_button)) if "with this device" in b.text()]
    assert [b.text() for b in buttons] == [f"Unlock as {ADMIN} with this device"]
    buttons[0].click()
    wait_for_jobs(qtbot)
    assert window.is_unlocked()


def test_remember_is_refused_on_a_plaintext_keyring(window: MainWindow, vault_copy: tuple[Path, str]) -> None:
    keyring.set_keyring(PlaintextKeyring())  # the autouse memory keyring fixture puts its own back afterwards
    window.open_vault(vault_copy[0])
    page = window.unlock_page
    assert not page.remember.isEnabled()
    assert "plain file" in page.remember.toolTip()
    assert page.remember_note.text() == page.remember.toolTip()


def test_temporary_passphrase_forces_a_change_after_unlock(
    qtbot: QtBot, window: MainWindow, dialog_stub: DialogStub, vault: Vault
) -> None:
    vault.add_user("sophea", "lawyer", "temporary pass 1")
    vault.reset_passphrase("sophea", "temporary pass 2")
    path = vault.path
    vault.close()
    forced: list[bool] = []

    def choose_own(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePassphraseDialog)
        forced.append(dialog.forced)
        assert window.workspace is None  # nothing of the vault is on screen yet
        dialog.new.first.setText(NEW_PASSPHRASE)
        dialog.new.second.setText(NEW_PASSPHRASE)
        dialog.ok_button.click()
        wait_for_jobs(qtbot)
        return dialog.result()

    dialog_stub.respond(ChangePassphraseDialog, choose_own)
    unlock(qtbot, window, path, "sophea", "temporary pass 2")
    assert forced == [True]
    assert window.is_unlocked() and window.vault is not None
    assert not window.vault.user.must_change
    window.close_vault()
    Vault.open(path, "sophea", NEW_PASSPHRASE).close()


def test_declining_the_forced_change_locks_again(
    qtbot: QtBot, window: MainWindow, dialog_stub: DialogStub, vault: Vault
) -> None:
    vault.add_user("sophea", "lawyer", "temporary pass 1")
    vault.reset_passphrase("sophea", "temporary pass 2")
    path = vault.path
    vault.close()
    dialog_stub.respond(ChangePassphraseDialog, lambda dialog: QDialog.DialogCode.Rejected)
    unlock(qtbot, window, path, "sophea", "temporary pass 2")
    assert not window.is_unlocked()
    assert window.stack.currentWidget() is window.unlock_page
