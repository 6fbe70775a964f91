"""The desktop app registers the fonts Saksi ships and falls back to them; the recovery sheet refuses text
no font has, with the same message as the CLI (tests/e2e/test_no_system_fonts.py hides the system fonts)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from tests.gui.conftest import DialogStub
from ui import app_fonts
from ui.recovery import RecoveryCodeView

pytestmark = pytest.mark.gui


def test_the_app_font_falls_back_to_the_bundled_families(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    try:
        app_fonts.install(app)
        families = app.font().families()
        for family in ("Noto Sans", "Noto Sans Khmer", "Noto Sans Thai", "Noto Sans Lao", "Noto Sans Myanmar"):
            assert family in families and family in QFontDatabase.families()
        assert families[0] == before.family()  # the platform's own font first: the app still looks native
    finally:
        app.setFont(before)


def test_the_recovery_sheet_refuses_a_name_no_font_shows(qtbot: QtBot, dialog_stub: DialogStub, tmp_path: Path) -> None:
    view = RecoveryCodeView()
    qtbot.addWidget(view)
    view.set_code("Office \U0010fffd", "ABCD-EFGH-JKLM-NPQR", "")
    target = tmp_path / "code.pdf"

    def save_as(dialog: QDialog) -> int:  # the real save dialog, answered as the user would
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, save_as)
    dialog_stub.accept_messages()
    view.save_as_pdf()
    assert not target.exists()
    assert any("U+10FFFD" in message and "Nothing was written" in message for message in dialog_stub.messages)
