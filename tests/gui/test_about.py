"""The About box names the version and the licence, and lists every component a release carries."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from storage.vault import app_version
from tests.gui.conftest import DialogStub
from ui.main_window import MainWindow


def test_about_shows_version_licence_and_components(qtbot: QtBot, window: MainWindow, dialog_stub: DialogStub) -> None:
    dialog_stub.accept_messages()
    window.show_about()
    box = dialog_stub.of_type(QMessageBox)[-1]
    assert isinstance(box, QMessageBox)
    assert f"Version {app_version()}." in box.text()
    assert "GPL-3.0-or-later" in box.text()
    details = box.detailedText().splitlines()
    assert any(line.startswith("PySide6_Essentials ") and "LGPL-3.0" in line for line in details)
    assert any(line.startswith("mutagen ") and line.endswith("GPL-2.0-or-later") for line in details)
    assert any("Khmer" in line and line.endswith("OFL-1.1") for line in details)
    assert not any(line.startswith(("pytest ", "mypy ", "keyrings.alt ")) for line in details)  # dev tools: not shipped
