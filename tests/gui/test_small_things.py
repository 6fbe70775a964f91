"""Small things the desktop review found (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.demo.demo_cases import fill
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from ui.cases.fields import CountryField
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_typing_a_country_code_does_not_append_to_not_answered(qtbot: QtBot) -> None:
    field = CountryField()
    qtbot.addWidget(field)
    field.show()
    field.set_value("")
    assert field.combo.currentText() == ""  # "Not answered" is the placeholder's job, not text to type after
    line = field.combo.lineEdit()
    assert line is not None
    line.setFocus()
    qtbot.keyClicks(line, "FR")
    assert field.value() == "FR"
    field.set_value("TH")
    assert field.value() == "TH"
    field.combo.setCurrentIndex(0)
    assert field.combo.currentText() == "" and field.value() == ""


def test_after_a_lock_unlocking_returns_to_the_area_and_case_on_screen(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    vault = Vault.open(vault_copy[0], ADMIN, PASSPHRASE)
    reference = fill(CaseFiles(vault), 1, evidence_cases=0)[0]
    vault.close()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    window.workspace.open_case(reference)
    window.lock()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None and window.workspace.current_area() == "cases"
    page = window.workspace.cases_area.case_page
    assert page is not None and page.reference == reference
    window.workspace.show_area("reports")
    wait_for_jobs(qtbot)  # the report counts in the background; a lock waits for it
    window.lock()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace.current_area() == "reports"


def test_saving_the_recovery_code_pdf_is_confirmed(qtbot: QtBot, dialog_stub: DialogStub, tmp_path: Path) -> None:
    from ui.recovery import RecoveryCodeView

    view = RecoveryCodeView()
    qtbot.addWidget(view)
    view.show()
    view.set_code("Office", "ABCD-EFGH-JKLM-NPQR", "")
    target = tmp_path / "code.pdf"

    def save_as(dialog: QDialog) -> int:  # the real save dialog, answered as the user would
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, save_as)
    dialog_stub.accept_messages()
    view.save_as_pdf()
    assert target.exists()
    assert any(str(target) in m and "Print it" in m for m in dialog_stub.messages)
    assert view.saved_note.isVisible() and str(target) in view.saved_note.text()
    view.forget()
    assert not view.saved_note.isVisible()


def test_after_a_lock_the_passphrase_field_is_as_wide_as_before(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    window.resize(1200, 760)
    assert window.open_vault(vault_copy[0])
    page = window.unlock_page
    qtbot.waitUntil(lambda: page.passphrase.width() > 300)
    before = page.passphrase.width()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    window.lock()
    qtbot.waitExposed(window.unlock_page)
    qtbot.wait(20)  # let the layout run as the screen would
    assert window.unlock_page.passphrase.width() == before  # it was 260 px (its minimum) after a lock


def test_unlocking_shows_a_busy_line_at_once_and_the_window_keeps_painting(
    qtbot: QtBot, window: MainWindow, real_kdf_copy: tuple[Path, str]
) -> None:
    from PySide6.QtCore import QTimer

    assert window.open_vault(real_kdf_copy[0])  # Saksi's own Argon2id cost: the wait this line is for
    page = window.unlock_page
    page.passphrase.setText(PASSPHRASE)
    assert not page.busy.isVisible()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    page.unlock_button.click()  # Argon2id runs on a worker thread
    assert page.busy.isVisible() and "opening the vault" in page.busy.text.text()
    assert page.busy.bar.maximum() == 0  # a moving bar, not a stuck one
    wait_for_jobs(qtbot)
    timer.stop()
    assert ticks, "the event loop ran while the key was derived"
    assert window.workspace is not None and not page.busy.isVisible()


def test_creating_a_vault_shows_a_busy_line_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.create_wizard import CreateVaultWizard

    wizard = CreateVaultWizard()
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.location_page.folder.setText(str(tmp_path))
    wizard.location_page.name.setText("Poipet office")
    wizard.next()
    admin = wizard.admin_page
    admin.user.setText("amara")
    admin.passphrase.first.setText("river mango lantern seven")
    admin.passphrase.second.setText("river mango lantern seven")
    wizard.start_create()
    assert admin.busy.isVisible() and "Creating the encrypted vault" in admin.busy.text.text()
    wait_for_jobs(qtbot)
    assert wizard.currentPage() is wizard.code_page and not admin.busy.isVisible()
    vault = wizard.take_vault()
    assert vault is not None
    vault.close()
