"""A damaged page that building the workspace reads (the deadlines, the settings) is the plain "damaged
vault" message, never the crash dialog: storage maps the database error where the page is read."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN, PAGE_SIZE, PASSPHRASE, root_page
from tests.gui.conftest import DialogStub, unlock
from ui.crash import CrashDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def damage(folder: Path, table: str) -> None:
    page = root_page(folder, table)
    with (folder / "vault.db").open("r+b") as fh:
        fh.seek(PAGE_SIZE * (page - 1) + 300)
        fh.write(os.urandom(16))


@pytest.mark.parametrize("table", ["deadlines", "vault_settings"])
def test_a_damaged_page_the_workspace_reads_is_the_plain_message(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], dialog_stub: DialogStub, table: str
) -> None:
    folder, _ = vault_copy
    damage(folder, table)
    dialog_stub.accept_messages()
    unlock(qtbot, window, folder, ADMIN, PASSPHRASE)
    assert not dialog_stub.of_type(CrashDialog)
    assert any("damaged or was tampered with" in text for text in dialog_stub.messages), dialog_stub.messages
    assert window.workspace is None and window.vault is None  # back on the unlock page, the vault closed
    assert window.stack.currentWidget() is window.unlock_page
