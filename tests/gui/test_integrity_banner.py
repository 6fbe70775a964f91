"""The desktop app shows the same protections as the CLI: a damaged vault (found by the unlock probe or
the background full check) gets a banner and refuses every write; a verify that finds it intact lifts it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from storage import integrity
from storage.errors import VaultDamaged
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, root_page
from tests.gui.conftest import unlock
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
PAGE = 16384


@pytest.fixture
def damaged(vault_copy: tuple[Path, str]) -> Path:
    """A vault with one page overwritten (after 40 cases were written)."""
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        files = CaseFiles(vault)
        for n in range(40):
            files.create(Case(client={"names": [{"text": f"Client {n} " + "x" * 2000}]}))
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    # The chat messages table's page: opening the workspace never reads it, so the app must learn of it from the check.
    page = root_page(folder, "chat_messages")
    db = folder / "vault.db"
    with db.open("r+b") as fh:
        fh.seek(PAGE * (page - 1) + 300)
        fh.write(os.urandom(16))
    return folder


def test_the_probe_finds_damage_and_the_banner_says_read_only(qtbot: QtBot, window: MainWindow, damaged: Path) -> None:
    unlock(qtbot, window, damaged, ADMIN, PASSPHRASE)
    workspace, vault = window.workspace, window.vault
    assert workspace is not None and vault is not None
    assert workspace.banner.isVisible()
    assert "failed its integrity check" in workspace.banner.text() and "read-only" in workspace.banner.text()
    with pytest.raises(VaultDamaged):
        CaseFiles(vault).create(Case())
    workspace.grab().save(str(damaged.parent / "banner.png"))


def test_the_background_check_turns_the_session_read_only(
    qtbot: QtBot, window: MainWindow, damaged: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(integrity, "PROBE_SECONDS", 0.0)  # as if the vault were too large to probe whole
    with qtbot.waitSignal(window.checker.finished, timeout=30_000):
        unlock(qtbot, window, damaged, ADMIN, PASSPHRASE)
        assert window.workspace is not None and not window.workspace.banner.isVisible()  # not known yet
    workspace, vault = window.workspace, window.vault
    assert workspace is not None and vault is not None
    assert workspace.banner.isVisible() and "failed its integrity check" in workspace.banner.text()
    with pytest.raises(VaultDamaged):
        CaseFiles(vault).create(Case())
    assert integrity.marked(damaged) is not None  # the CLI refuses writes too, from now on


def test_an_intact_vault_has_no_banner_and_no_background_check(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.vault is not None and window.vault.integrity == integrity.OK
    assert window.workspace is not None and not window.workspace.banner.isVisible()
