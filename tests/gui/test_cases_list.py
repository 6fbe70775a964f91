"""The case list: a checked Qt model paged from SQL, search as you type in any script, filters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Client, Detention, Name
from app.demo import demo_cases as demo
from storage.cases import Filters
from storage.vault import Vault
from ui import vault_ops
from ui.cases.area import CasesArea
from ui.cases.case_page import CasePage
from ui.cases.intake import IntakeView
from ui.cases.list_model import PAGE, CaseListModel

pytestmark = pytest.mark.gui


def add_case(files: CaseFiles, name: str, **fields: object) -> str:
    case = Case(client=Client(names=[Name(text=name)]), **fields)
    return files.create(case).reference


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """On screen at the laptop size the app is designed for. A fixed size also keeps the offscreen
    platform from warning that it cannot pass changing size hints to a window."""
    qtbot.addWidget(widget)
    widget.setFixedSize(1280, 800)
    widget.show()


def visible_references(area: CasesArea) -> list[str]:
    return [area.model.reference_at(row) for row in range(area.model.rowCount())]


def test_model_passes_qtmodeltester_with_demo_cases(vault: Vault, qtmodeltester: object) -> None:
    files = CaseFiles(vault)
    demo.fill(files, 50, evidence_cases=0)
    model = CaseListModel(vault_ops.case_files(vault))  # as the case list has it: through the runner
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(1, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 50


def test_rows_come_in_pages_and_sorting_goes_to_sql(vault: Vault) -> None:
    files = CaseFiles(vault)
    demo.fill(files, PAGE + 30, evidence_cases=0)
    model = CaseListModel(vault_ops.case_files(vault))  # as the case list has it: through the runner
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == PAGE + 30
    assert not model.canFetchMore(QModelIndex())
    model.sort(0, Qt.SortOrder.DescendingOrder)
    expected = [r.reference for r in files.find(sort="reference", descending=True, limit=PAGE)]
    assert visible_references_of(model) == expected
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Reference", "Client", "Status", "Nationality", "Lawyer", "Detention", "Next deadline"]


def visible_references_of(model: CaseListModel) -> list[str]:
    return [model.reference_at(row) for row in range(model.rowCount())]


@pytest.mark.parametrize(
    ("name", "typed"),
    [("សុខ ចាន់ដារ៉ា", "ចាន់ដា"), ("สมชาย ศรีสุดา", "ศรีสุ")],
)
def test_search_as_you_type_finds_part_of_a_name_in_any_script(
    qtbot: QtBot, vault: Vault, name: str, typed: str
) -> None:
    files = CaseFiles(vault)
    demo.fill(files, 20, evidence_cases=0, seed=7)
    wanted = add_case(files, name)
    area = CasesArea(vault)
    qtbot.addWidget(area)
    assert wanted in visible_references(area) or area.model.total > 1
    for index in range(1, len(typed) + 1):  # one keystroke at a time, as a person types
        area.search.setText(typed[:index])
    assert area.search_timer.isActive()  # debounced: not one query per keystroke
    qtbot.waitUntil(lambda: visible_references(area) == [wanted])
    assert area.model.data(area.model.index(0, 1)) == name
    assert "1 of 21 cases match" in area.count.text()
    area.search.clear()
    qtbot.waitUntil(lambda: area.model.total == 21)


def test_search_reaches_facts_and_references(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)
    first = add_case(files, "Dara")
    case, version = files.load(add_case(files, "Sophea"))
    case.notes = "Met the client at the shelter in Poipet"
    files.save(case, version)
    area = CasesArea(vault)
    qtbot.addWidget(area)
    area.search.setText("Poipet")
    qtbot.waitUntil(lambda: visible_references(area) == [case.reference])
    area.search.setText(first)
    qtbot.waitUntil(lambda: visible_references(area) == [first])


def test_filters_status_nationality_lawyer_detained(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)
    first = files.create(
        Case(
            status="active",
            lawyer="amara",
            client=Client(names=[Name(text="A")], nationalities=["KH"]),
            detention=Detention(detained="yes", since="2026-01"),
        )
    ).reference
    second = files.create(
        Case(status="closed", lawyer="bopha", client=Client(names=[Name(text="B")], nationalities=["TH"]))
    ).reference
    area = CasesArea(vault)
    qtbot.addWidget(area)
    assert sorted(visible_references(area)) == sorted([first, second])

    def choose(combo_name: str, code: str) -> None:
        combo = getattr(area, combo_name)
        combo.setCurrentIndex(combo.findData(code))

    choose("status", "closed")
    assert visible_references(area) == [second]
    assert area.status.currentText() == "Closed"
    choose("status", "")
    choose("nationality", "KH")
    assert visible_references(area) == [first]
    assert area.nationality.currentText() == "Cambodia"
    choose("nationality", "")
    choose("lawyer", "bopha")
    assert visible_references(area) == [second]
    choose("lawyer", "")
    area.detained.setChecked(True)
    assert visible_references(area) == [first]
    assert area.model.data(area.model.index(0, 5)) == "Detained"
    assert area.filters() == Filters(detained_only=True)


def test_enter_opens_the_case_and_back_returns_to_the_list(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)
    reference = add_case(files, "Sophea")
    area = CasesArea(vault)
    shown(qtbot, area)
    area.table.setFocus()
    area.table.setCurrentIndex(area.model.index(0, 0))
    with qtbot.waitSignal(area.case_opened) as opened:
        qtbot.keyClick(area.table, Qt.Key.Key_Return)
    assert opened.args == [reference]
    assert isinstance(area.current_page(), CasePage)
    assert area.nav.isVisible()
    area.back_button.click()
    assert area.current_page() is area.list_page
    assert not area.nav.isVisible()


def test_new_case_starts_the_interview(qtbot: QtBot, vault: Vault) -> None:
    area = CasesArea(vault)
    shown(qtbot, area)
    area.new_button.click()
    view = area.current_page()
    assert isinstance(view, IntakeView)
    assert view.running and view.section_id == "profile"
    case, _version = CaseFiles(vault).load(view.reference)
    assert case.status == "intake" and case.lawyer == "amara"
    assert len(case.interview.sessions) == 1 and not case.interview.sessions[0].ended_at
    assert area.model.total == 1
    area.back_button.click()  # back from the interview: to the new case's page
    assert isinstance(area.current_page(), CasePage)
    case, _version = CaseFiles(vault).load(view.reference)
    assert case.interview.sessions[0].ended_at
