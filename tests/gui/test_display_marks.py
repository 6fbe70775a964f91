"""Invisible and reordering characters in file names and names are marked wherever the desktop shows them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.gui.test_evidence_tab import FROM_PHONE, make_tab, select
from ui import vault_ops
from ui.cases.list_model import CaseListModel

pytestmark = pytest.mark.gui
SPOOF = "invoice\u202egpj.exe"


def test_a_bidi_override_in_a_file_name_is_marked(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    EvidenceLocker(vault).import_bytes(reference, b"not an invoice", SPOOF, FROM_PHONE)
    tab = make_tab(qtbot, vault, reference)
    shown = str(tab.model.data(tab.model.index(0), Qt.ItemDataRole.DisplayRole))
    assert "invoice[U+202E]gpj.exe" in shown and "\u202e" not in shown
    select(tab, "E-1")
    assert tab.detail.filename.text() == "invoice[U+202E]gpj.exe"


def test_a_zero_width_character_in_a_name_is_marked(vault: Vault) -> None:
    files = CaseFiles(vault)
    files.create(Case(client={"names": [{"text": "Sok\u200bDara"}]}))
    model = CaseListModel(vault_ops.case_files(vault))
    texts = [str(model.index(0, c).data()) for c in range(model.columnCount())]
    assert "Sok[U+200B]Dara" in texts
