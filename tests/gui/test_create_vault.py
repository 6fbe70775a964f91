"""Create a vault through the welcome page and the wizard, end to end."""

from __future__ import annotations

import unicodedata
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QDialog, QFileDialog, QWizard
from pytestqt.qtbot import QtBot

from storage.vault import Vault, inspect
from tests.gui.conftest import DialogStub, wait_for_jobs
from ui.create_wizard import CreateVaultWizard
from ui.main_window import MainWindow
from ui.recovery import render_pdf

pytestmark = pytest.mark.gui
NEW_PASSPHRASE = "river mango lantern seven"


def shown_code(wizard: CreateVaultWizard) -> str:
    return "-".join(group.text() for group in wizard.code_page.view.group_labels)


def test_create_vault_end_to_end(qtbot: QtBot, window: MainWindow, dialog_stub: DialogStub, tmp_path: Path) -> None:
    seen: dict[str, object] = {}

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(tmp_path))
        return QDialog.DialogCode.Accepted

    def drive(wizard: QDialog) -> int:
        assert isinstance(wizard, CreateVaultWizard)
        wizard.show()
        location = wizard.location_page
        location.choose_button.click()  # the folder picker goes through ui.dialogs
        location.name.setText("Bavet office")
        assert location.isComplete(), location.problem()
        wizard.next()
        admin = wizard.admin_page
        admin.user.setText("amara")
        admin.passphrase.first.setText("short")
        assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
        admin.passphrase.first.setText(NEW_PASSPHRASE)
        admin.passphrase.second.setText(NEW_PASSPHRASE)
        assert "Strength" in admin.passphrase.hint.text()
        wizard.button(QWizard.WizardButton.CommitButton).click()  # runs Vault.create off the GUI thread
        wait_for_jobs(qtbot)
        assert wizard.currentPage() is wizard.code_page
        code = shown_code(wizard)
        seen["code"] = code
        # Past the commit page there is no way back and no Cancel.
        assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
        assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
        wizard.reject()
        assert wizard.isVisible()
        wizard.next()
        confirm = wizard.confirm_page
        assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        groups = code.split("-")
        wrong = groups[confirm.group_number % len(groups)]
        if wrong != groups[confirm.group_number - 1]:
            confirm.entry.setText(wrong)
            assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
            assert confirm.feedback.isVisibleTo(confirm)
        confirm.entry.setText(groups[confirm.group_number - 1].lower())  # forgiving, as on unlock
        assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return wizard.result()

    dialog_stub.respond(QFileDialog, choose)
    dialog_stub.respond(CreateVaultWizard, drive)
    window.welcome.create_button.click()

    path = tmp_path / "Bavet office.saksi"
    assert window.is_unlocked()
    assert window.workspace is not None and window.stack.currentWidget() is window.workspace
    assert window.vault is not None and window.vault.user.name == "amara"
    assert inspect(path).users == ["amara"]
    assert window.settings.recent_vaults == [str(path.resolve())]
    window.close_vault()
    with Vault.open_with_recovery(path, "amara", str(seen["code"])) as reopened:
        assert reopened.user.is_admin


def test_create_refuses_an_existing_folder(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "Office.saksi").mkdir()
    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.location_page.folder.setText(str(tmp_path))
    wizard.location_page.name.setText("Office")
    assert not wizard.location_page.isComplete()
    assert "already exists" in wizard.location_page.result.text()
    wizard.location_page.name.setText("a/b")
    assert not wizard.location_page.isComplete()


def test_recovery_sheet_pdf_holds_the_code() -> None:
    code = "ABCD-EFGH-IJKL-MNOP-QRST-UVWX-YZ23-4567"
    page = PdfReader(BytesIO(render_pdf("Bavet office", code, date(2026, 1, 2)))).pages[0]
    # Words come out tab-separated and "ffi" as a ligature; compare the plain words.
    extracted = unicodedata.normalize("NFKC", page.extract_text()).replace("\t", " ")
    assert "Bavet office" in extracted and "2026-01-02" in extracted
    compact = "".join(extracted.split())  # pypdf may split a group at a kerning gap ("Y Z23")
    assert all(group in compact for group in code.split("-"))
    assert "locked away" in extracted
