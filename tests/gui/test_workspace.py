"""The workspace brings the areas together: cases, evidence, deadlines, reports; lock saves typing first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Deadline
from app.common.settings import Settings
from storage.vault import Vault
from ui.cases.area import CasesArea
from ui.evidence.area import EvidenceArea
from ui.reports.area import ReportsArea
from ui.workspace import Workspace

pytestmark = pytest.mark.gui


def test_every_area_is_real(qtbot: QtBot, vault: Vault) -> None:
    workspace = Workspace(vault, Settings())
    qtbot.addWidget(workspace)
    assert isinstance(workspace.pages.widget(0), CasesArea)
    assert isinstance(workspace.pages.widget(1), EvidenceArea)
    assert isinstance(workspace.pages.widget(3), ReportsArea)
    workspace.show_area("deadlines")
    assert workspace.current_area() == "deadlines"


def test_deadline_opens_its_case_and_notice_on_unlock(qtbot: QtBot, vault: Vault) -> None:
    from ui.cases.deadlines import upcoming_notice

    case = Case(client={"names": [{"text": "DEMO A"}]})
    case.deadlines.append(Deadline(due_on=(date.today() + timedelta(days=2)).isoformat(), title="Detention review"))
    reference = CaseFiles(vault).create(case).reference
    workspace = Workspace(vault, Settings())
    qtbot.addWidget(workspace)
    workspace.open_case(reference)
    assert workspace.current_area() == "cases"
    assert workspace.cases_area.case_page is not None
    notice = upcoming_notice(vault)
    assert reference in notice
    workspace.cases_area.show_notice(notice)
    assert workspace.cases_area.notice.text() == notice
