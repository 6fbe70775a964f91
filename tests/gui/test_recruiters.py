"""The Recruiters area: an identifier shared across cases, its sources, and the way to the message."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.case_model import Case
from app.cases import CaseFiles
from app.evidence import EvidenceLocker
from app.settings import Settings
from storage.evidence import Provenance
from storage.vault import Vault
from tests.gui.conftest import wait_for_jobs
from ui.evidence.chat_view import ChatPane
from ui.workspace import Workspace

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


def test_a_shared_number_shows_its_cases_and_opens_the_message(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    files = CaseFiles(vault)
    chat_case = files.create(Case(jurisdiction="KH")).reference
    people = [{"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": "+855 12 345 678"}]}]
    other = files.create(Case.model_validate({"jurisdiction": "TH", "people": people})).reference
    locker = EvidenceLocker(vault)
    locker.import_file(chat_case, FIXTURES / "whatsapp-android-en-US.txt", Provenance(received_from="client"))
    locker.worker.close()
    workspace = Workspace(vault, Settings())
    qtbot.addWidget(workspace)
    workspace.resize(1200, 760)
    workspace.show()
    workspace.show_area("recruiters")
    area = workspace.recruiters_area
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    assert area.table.item(0, 2).text() == "tel:+85512345678" and area.table.item(0, 3).text() == "2"
    area.table.selectRow(0)
    sources = {area.sources.item(r, 0).text(): area.sources.item(r, 1).text() for r in range(area.sources.rowCount())}
    assert sources[chat_case] == "E-1, message #4" and sources[other] == "case record: people/Lee"
    assert workspace.grab().save(str(tmp_path / "recruiters.png"))  # the docs' picture: make screenshots
    row = next(r for r in range(area.sources.rowCount()) if area.sources.item(r, 0).text() == chat_case)
    area.sources.selectRow(row)
    area._open_source()
    wait_for_jobs(qtbot)
    tab = workspace.evidence_area.tab
    assert tab is not None
    qtbot.waitUntil(lambda: bool(tab.viewers))
    pane = tab.viewers[-1].pane
    assert isinstance(pane, ChatPane) and pane.selected_seqs() == [4]
    assert f"appears in 1 other cases: tel:+85512345678 ({other})" in pane.list.item(3).text()
    for viewer in list(tab.viewers):
        viewer.close()
    wait_for_jobs(qtbot)
