"""Help at hand: F1 opens the guide at the part in use, the guide saves as a printable PDF, and the About box
shows the version and the licence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from storage.vault import app_version
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock
from ui import help
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_f1_opens_the_guide_at_the_area_in_use(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], dialog_stub: DialogStub
) -> None:
    opened: list[str] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, help.HelpDialog)
        opened.append(dialog.section)
        assert "Saksi user guide" in dialog.browser.toPlainText()
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(help.HelpDialog, read)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    for area in ("cases", "evidence", "reports", "settings"):
        window.workspace.show_area(area)
        window.guide_action.trigger()
    assert opened == ["vault", "cases", "evidence", "reports", "settings"]


def test_every_area_has_its_part_in_the_guide() -> None:
    text = help.guide_text()
    for section in help.SECTIONS:
        assert f'<a name="{section}"></a>' in text


def test_the_guide_prints_as_a_pdf(qapp: object, tmp_path: Path) -> None:
    target = help.save_pdf(tmp_path / "guide.pdf")
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Saksi user guide" in words and "recovery code" in words


def test_the_about_box_shows_version_and_licence(window: MainWindow, dialog_stub: DialogStub) -> None:
    dialog_stub.accept_messages()
    window.about_action.trigger()
    assert app_version() in dialog_stub.messages[-1]
    assert "GPL-3.0-or-later" in dialog_stub.messages[-1]
