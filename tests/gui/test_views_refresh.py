"""Views refresh from the Changes an operation reports (after Anki's OpChanges): a write made through the
runner by one widget shows in the other views that concern it, without anyone reloading them by hand; a view
that is hidden refreshes when it is shown next; changes that do not concern a view leave it alone."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Client, Name
from app.demo import demo_cases as demo
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.gui.conftest import JOB_TIMEOUT_MS, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, new_case
from ui import jobs, vault_ops
from ui.account_dialogs import AuditLogDialog
from ui.evidence.tab import EvidenceTab
from ui.reports.area import ReportsArea

pytestmark = pytest.mark.gui


def note(path: Path) -> Path:
    """A text exhibit: no thumbnail to decode (no decoder process outliving the test)."""
    path.write_text("ការងារ: statement of the client\n", encoding="utf-8")
    return path


def import_note(vault: Vault, reference: str, path: Path) -> Callable[[jobs.Progress], None]:
    def work(_report: jobs.Progress) -> None:
        EvidenceLocker(vault_ops.own(vault)).import_file(reference, path, FROM_PHONE)

    return work


def test_an_import_by_another_widget_shows_in_the_open_evidence_tab(
    qtbot: QtBot, owner: QWidget, vault: Vault, tmp_path: Path
) -> None:
    reference = new_case(vault)
    tab = EvidenceTab(vault, reference)
    qtbot.addWidget(tab)
    tab.show()
    assert tab.items() == []
    vault_ops.write(
        owner, vault, import_note(vault, reference, note(tmp_path / "a.txt")), lambda _none: None, label="Importing"
    )
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: [i.label for i in tab.items()] == ["E-1"], timeout=JOB_TIMEOUT_MS)


def test_a_change_that_does_not_concern_a_view_leaves_it_alone(
    qtbot: QtBot, owner: QWidget, vault: Vault, tmp_path: Path
) -> None:
    reference = new_case(vault)
    tab = EvidenceTab(vault, reference)
    qtbot.addWidget(tab)
    tab.show()
    work = import_note(vault, reference, note(tmp_path / "a.txt"))
    vault_ops.write(owner, vault, work, lambda _none: None, label="Importing", changes=vault_ops.DRAFTS)
    wait_for_jobs(qtbot)
    qtbot.wait(50)  # the refresh would come after the event that reported the change
    assert tab.items() == []  # nothing said the evidence changed: the tab is not read again
    tab.reload()
    assert [i.label for i in tab.items()] == ["E-1"]


def test_a_hidden_report_counts_again_when_shown(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    demo.fill(CaseFiles(vault), 6, evidence_cases=0)
    area = ReportsArea(vault)
    qtbot.addWidget(area)
    area.setFixedSize(1280, 800)
    with qtbot.waitSignal(area.report_shown, timeout=JOB_TIMEOUT_MS):
        area.show()
    assert area.report is not None and area.report.cases == 6
    area.hide()

    def work(_report: jobs.Progress) -> None:
        CaseFiles(vault_ops.own(vault)).create(Case(client=Client(names=[Name(text="DEMO Dara")])))

    vault_ops.write(owner, vault, work, lambda _none: None, label="Adding", changes=vault_ops.CASES)
    wait_for_jobs(qtbot)
    assert area.report.cases == 6  # hidden: not counted meanwhile
    with qtbot.waitSignal(area.report_shown, timeout=JOB_TIMEOUT_MS):
        area.show()
    assert area.report is not None and area.report.cases == 7


def test_a_small_save_through_the_door_refreshes_the_open_audit_log(qtbot: QtBot, vault: Vault) -> None:
    dialog = AuditLogDialog(vault)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.table.rowCount()
    vault_ops.now(vault, lambda v: CaseFiles(v).create(Case()), vault_ops.CASES)  # e.g. New case in the list
    qtbot.waitUntil(lambda: dialog.table.rowCount() == before + 1, timeout=JOB_TIMEOUT_MS)
