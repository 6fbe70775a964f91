"""Images dropped into a case have their text read in the background (the sandboxed decoder's OCR), without
holding up the import or the tab; the device setting turns it off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.common.settings import Settings
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from tests.gui.test_evidence_tab import answer_imports, make_tab, new_case
from ui.main_window import MainWindow

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(shutil.which("tesseract") is None, reason="make deps installs tesseract-ocr"),
]
IMAGES = Path(__file__).resolve().parents[1] / "fixtures" / "images"


def test_a_dropped_passport_is_read_in_the_background(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(dialog_stub)
    states: list[tuple[bool, bool]] = []  # (reading, tab enabled), seen while the text is read
    tab.text_reader.read.connect(lambda _id: states.append((tab.text_reader.busy, tab.isEnabled())))
    tab.add_paths([IMAGES / "passport-specimen.jpg", IMAGES / "chat-screenshot.png"])
    qtbot.waitUntil(lambda: tab.text_reader.busy or len(states) == 2, timeout=15_000)
    assert tab.isEnabled() and tab.search.isEnabled()  # the lawyer goes on working meanwhile
    qtbot.waitUntil(lambda: len(states) == 2, timeout=60_000)
    wait_for_jobs(qtbot)
    passport = next(i for i in tab.items() if i.filename == "passport-specimen.jpg")
    assert "ERIKSSON" in passport.ocr_text and passport.metadata["mrz"]["valid"]
    tab.select_item(passport.id)
    assert "ERIKSSON" in tab.detail.ocr.toPlainText()
    found = {i.id for i in tab.locker.search(tab.reference, "ERIKSSON")}
    assert found == {passport.id}  # searchable at once


def test_the_setting_leaves_images_unread(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    settings = Settings.load()
    settings.read_text_on_import = False
    settings.save()
    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(dialog_stub)
    tab.add_paths([IMAGES / "passport-specimen.jpg"])
    wait_for_jobs(qtbot)
    assert not tab.text_reader.busy and tab.items()[0].ocr_text == ""


def test_lock_waits_for_the_image_being_read_and_drops_the_rest(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], dialog_stub: DialogStub, tmp_path: Path
) -> None:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None and window.vault is not None
    reference = new_case(window.vault)
    window.workspace.show_area("evidence")
    window.workspace.evidence_area.reload_cases()
    window.workspace.evidence_area.show_case(reference)
    tab = window.workspace.evidence_area.tab
    assert tab is not None
    answer_imports(dialog_stub)
    copies = []
    for n in range(3):  # three different files (the same bytes would be one exhibit)
        copies.append(tmp_path / f"passport-{n}.jpg")
        copies[-1].write_bytes((IMAGES / "passport-specimen.jpg").read_bytes() + b"\0" * (n + 1))
    tab.add_paths(copies)
    qtbot.waitUntil(lambda: tab.text_reader.busy, timeout=15_000)
    window.lock()  # while the first image is read: the lock waits for it, then happens
    qtbot.waitUntil(lambda: window.vault is None, timeout=60_000)
    wait_for_jobs(qtbot)
    with Vault.open(vault_copy[0], ADMIN, PASSPHRASE) as vault:
        items = EvidenceLocker(vault).items(reference)
        read = [i for i in items if i.ocr_text]
    assert (
        len(items) == 3 and len(read) == 1
    )  # the one being read when Lock came; the others were dropped with the workspace
