"""Small things the desktop review found (issue 13)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cases import CaseFiles
from app.demo import fill
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


def test_saving_the_recovery_code_pdf_is_confirmed(
    qtbot: QtBot, dialog_stub: DialogStub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from ui import dialogs
    from ui.recovery import RecoveryCodeView

    view = RecoveryCodeView()
    qtbot.addWidget(view)
    view.show()
    view.set_code("Office", "ABCD-EFGH-JKLM-NPQR", "")
    target = tmp_path / "code.pdf"
    monkeypatch.setattr(dialogs, "choose_save_file", lambda *args: target)
    dialog_stub.accept_messages()
    view.save_as_pdf()
    assert target.exists()
    assert any(str(target) in m and "Print it" in m for m in dialog_stub.messages)
    assert view.saved_note.isVisible() and str(target) in view.saved_note.text()
    view.forget()
    assert not view.saved_note.isVisible()
