"""Images dropped into a case have their text read in the background (the sandboxed decoder's OCR), without
holding up the import or the tab; the device setting turns it off."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.settings import Settings
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import answer_imports, make_tab, new_case

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
