"""The Settings page: what admins and others see, the users dialog, verify, backup, audit log,
a new recovery code, this device, and changing one's own passphrase."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QGroupBox, QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from storage.vault import Vault, inspect
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from ui import jobs
from ui.account_dialogs import AuditLogDialog, ChangePassphraseDialog, ConfirmWithPassphraseDialog
from ui.main_window import MainWindow
from ui.recovery import NewRecoveryCodeWizard
from ui.settings_page import SettingsPage
from ui.users_dialog import UserFormDialog, UsersDialog

pytestmark = pytest.mark.gui
TEMPORARY = "temporary passphrase 7"
NEW_PASSPHRASE = "tonle sap floating market"


def settings_page(window: MainWindow) -> SettingsPage:
    assert window.workspace is not None
    window.workspace.show_area("settings")
    return window.workspace.settings_page


@pytest.fixture
def admin_page(qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]) -> SettingsPage:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    return settings_page(window)


def accept_and_wait(qtbot: QtBot, button: QPushButton, dialog: QDialog) -> int:
    button.click()
    wait_for_jobs(qtbot)
    return dialog.result()


def test_admin_sees_users_a_paralegal_does_not(qtbot: QtBot, window: MainWindow, vault: Vault) -> None:
    vault.add_user("sok", "paralegal", TEMPORARY)
    path = vault.path
    vault.close()
    unlock(qtbot, window, path, ADMIN, PASSPHRASE)
    page = settings_page(window)
    assert page.findChild(QPushButton, "users_button") is not None
    assert page.findChild(QGroupBox, "admin_box") is not None
    window.lock()
    unlock(qtbot, window, path, "sok", TEMPORARY)
    page = settings_page(window)
    assert window.vault is not None and window.vault.user.role == "paralegal"
    assert page.findChild(QPushButton, "users_button") is None
    assert page.findChild(QGroupBox, "admin_box") is None
    assert page.admin_box is None


def test_add_user_through_the_dialog(qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub) -> None:
    listed: list[list[str]] = []

    def fill_form(form: QDialog) -> int:
        assert isinstance(form, UserFormDialog)
        form.name.setText("sophea")
        form.role.setCurrentIndex(form.role.findData("lawyer"))
        form.passphrase.first.setText(TEMPORARY)
        assert not form.ok_button.isEnabled()  # not typed twice yet
        form.passphrase.second.setText(TEMPORARY)
        return accept_and_wait(qtbot, form.ok_button, form)

    def manage(dialog: QDialog) -> int:
        assert isinstance(dialog, UsersDialog)
        dialog.add_button.click()
        listed.append([dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())])
        assert dialog.selected_user() == "sophea"
        assert dialog.table.item(dialog.table.currentRow(), 3).text() == "temporary"
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(UserFormDialog, fill_form)
    dialog_stub.respond(UsersDialog, manage)
    admin_page.users_button.click()
    assert listed == [[ADMIN, "sophea"]]
    path = admin_page.vault.path
    assert inspect(path).users == [ADMIN, "sophea"]
    with Vault.open(path, "sophea", TEMPORARY) as opened:
        assert opened.user.role == "lawyer"
        assert opened.user.must_change


def test_users_dialog_change_role_and_refusals(qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub) -> None:
    vault = admin_page.vault
    vault.add_user("sok", "paralegal", TEMPORARY)
    dialog_stub.accept_messages()

    def pick_lawyer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue("Lawyer")
        return QDialog.DialogCode.Accepted

    def manage(dialog: QDialog) -> int:
        assert isinstance(dialog, UsersDialog)
        dialog.select_user("sok")
        dialog.role_button.click()  # runner operations: the dialog waits for each (buttons off meanwhile)
        assert not dialog.remove_button.isEnabled()
        wait_for_jobs(qtbot)
        dialog.select_user(ADMIN)
        dialog.remove_button.click()  # storage refuses: you cannot remove yourself
        wait_for_jobs(qtbot)
        dialog.select_user("sok")
        dialog.remove_button.click()
        wait_for_jobs(qtbot)
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(QInputDialog, pick_lawyer)
    dialog_stub.respond(UsersDialog, manage)
    admin_page.users_button.click()
    assert "You cannot remove yourself. Ask another admin." in dialog_stub.messages
    assert [u.name for u in vault.users()] == [ADMIN]
    actions = [e.action for e in vault.recent_audit(10)]
    assert "user.role" in actions and "user.remove" in actions


def test_verify_runs_off_the_gui_thread_and_reports(
    qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub
) -> None:
    dialog_stub.accept_messages()
    with qtbot.waitSignal(jobs.tracker().all_done, timeout=15_000):
        admin_page.verify_button.click()
        assert jobs.busy() and not admin_page.isEnabled()
    assert admin_page.isEnabled()
    assert dialog_stub.messages[-1].startswith("No problems found.")
    assert "no problems" in admin_page.vault_status.text()


def test_backup_to_a_chosen_folder(
    qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    target = tmp_path / "usb"
    target.mkdir()

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, choose)
    dialog_stub.accept_messages()
    admin_page.backup_button.click()
    wait_for_jobs(qtbot)
    copies = list(target.glob("Office-backup-*.saksi"))
    assert len(copies) == 1
    assert str(copies[0]) in dialog_stub.messages[-1]
    Vault.open(copies[0], ADMIN, PASSPHRASE).close()


def test_audit_log_table(admin_page: SettingsPage, dialog_stub: DialogStub) -> None:
    shown: list[list[str]] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, AuditLogDialog)
        shown.extend([dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())])
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(AuditLogDialog, read)
    admin_page.audit_button.click()
    assert shown[0] == "unlocked the vault"  # newest first, in words
    assert "created the vault" in shown


def test_audit_log_filters_and_exports_in_words(
    qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub, tmp_path: Path
) -> None:

    dialog = AuditLogDialog(admin_page.vault)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("users"))
    texts = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert texts and all(t.startswith("added the user") for t in texts), texts
    for row in range(dialog.table.rowCount()):  # no ids, no JSON on screen
        for column in range(dialog.COLUMNS):
            assert (
                "{" not in dialog.table.item(row, column).text()
                and "user:" not in dialog.table.item(row, column).text()
            )

    def choose(dialog: QDialog) -> int:  # the real folder dialog, answered as the user would
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path))
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, choose)
    dialog_stub.accept_messages()
    dialog.export_button.click()  # every entry: an operation off the GUI thread
    wait_for_jobs(qtbot)
    assert (tmp_path / "audit-log.csv").exists()
    dialog.kind.setCurrentIndex(dialog.kind.findData("exports"))
    assert dialog.table.item(0, 2).text() == f"exported the audit log to {tmp_path / 'audit-log.csv'}"


def test_replace_recovery_code_shows_the_new_code_once(
    qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub
) -> None:
    codes: list[str] = []

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, ConfirmWithPassphraseDialog)
        dialog.passphrase.setText("wrong passphrase here")
        assert accept_and_wait(qtbot, dialog.ok_button, dialog) != QDialog.DialogCode.Accepted
        assert dialog.error.text() == "The passphrase is wrong for this user."
        dialog.passphrase.setText(PASSPHRASE)
        return accept_and_wait(qtbot, dialog.ok_button, dialog)

    def check(wizard: QDialog) -> int:
        assert isinstance(wizard, NewRecoveryCodeWizard)
        wizard.show()
        code = "-".join(label.text() for label in wizard.code_page.view.group_labels)
        codes.append(code)
        wizard.next()
        wizard.confirm_page.entry.setText(code.split("-")[wizard.confirm_page.group_number - 1])
        wizard.accept()
        assert wizard.code_page.view.group_labels == []  # the code is off the screen
        return wizard.result()

    dialog_stub.respond(ConfirmWithPassphraseDialog, confirm)
    dialog_stub.respond(NewRecoveryCodeWizard, check)
    admin_page.replace_code_button.click()
    assert len(codes) == 1
    Vault.open_with_recovery(admin_page.vault.path, ADMIN, codes[0]).close()


def test_remember_and_forget_on_this_device(qtbot: QtBot, admin_page: SettingsPage) -> None:
    assert admin_page.device_button.text() == "Remember on this device"
    admin_page.device_button.click()
    wait_for_jobs(qtbot)
    assert admin_page.vault.is_remembered_here()
    assert admin_page.device_button.text() == "Forget on this device"
    admin_page.device_button.click()
    wait_for_jobs(qtbot)
    assert not admin_page.vault.is_remembered_here()


def test_change_my_passphrase(qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub) -> None:
    def change(dialog: QDialog) -> int:
        assert isinstance(dialog, ChangePassphraseDialog) and not dialog.forced
        dialog.current.setText(PASSPHRASE)
        dialog.new.first.setText(NEW_PASSPHRASE)
        dialog.new.second.setText(NEW_PASSPHRASE)
        return accept_and_wait(qtbot, dialog.ok_button, dialog)

    dialog_stub.respond(ChangePassphraseDialog, change)
    dialog_stub.accept_messages()
    admin_page.change_passphrase_button.click()
    assert dialog_stub.messages == ["Your passphrase was changed."]
    assert isinstance(dialog_stub.seen[-1], QMessageBox)
    Vault.open(admin_page.vault.path, ADMIN, NEW_PASSPHRASE).close()


def test_rotate_data_key_shows_a_new_code(qtbot: QtBot, admin_page: SettingsPage, dialog_stub: DialogStub) -> None:
    vault = admin_page.vault
    vault.add_user("sok", "paralegal", TEMPORARY)
    codes: list[str] = []

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, ConfirmWithPassphraseDialog)
        dialog.passphrase.setText(PASSPHRASE)
        return accept_and_wait(qtbot, dialog.ok_button, dialog)

    def check(wizard: QDialog) -> int:
        assert isinstance(wizard, NewRecoveryCodeWizard)
        wizard.show()
        code = "-".join(label.text() for label in wizard.code_page.view.group_labels)
        codes.append(code)
        wizard.reject()  # Esc does nothing before the check
        assert wizard.isVisible()
        wizard.next()
        assert not wizard.button(wizard.WizardButton.FinishButton).isEnabled()
        wizard.confirm_page.entry.setText(code.split("-")[wizard.confirm_page.group_number - 1])
        wizard.accept()
        return wizard.result()

    dialog_stub.respond(ConfirmWithPassphraseDialog, confirm)
    dialog_stub.respond(NewRecoveryCodeWizard, check)
    admin_page.rotate_button.click()
    assert len(codes) == 1
    assert vault.is_open and vault.verify() == []
    assert inspect(vault.path).users == [ADMIN]  # other users need a reset after rotation
    Vault.open_with_recovery(vault.path, ADMIN, codes[0]).close()
