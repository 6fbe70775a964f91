"""The case page: header, journey, cross-case links, facts with their history, deadlines, notes,
and a concurrent save explained with a reload."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import (
    Case,
    Charge,
    Client,
    Compound,
    Contact,
    Detention,
    Fact,
    Identifier,
    Money,
    Name,
    Person,
    Recruitment,
    Remedy,
    When,
)
from storage.vault import Vault
from tests.gui.conftest import DialogStub
from ui.cases.area import CasesArea
from ui.cases.case_editors import DeadlineDialog, FactDialog, PersonDialog
from ui.cases.case_page import CasePage
from ui.cases.intake import IntakeView

pytestmark = pytest.mark.gui


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """At the laptop size the app is designed for; fixed, so the offscreen platform has no size hints to pass on."""
    qtbot.addWidget(widget)
    widget.setFixedSize(1280, 800)
    widget.show()


def rows(table: object) -> list[list[str]]:
    from ui.cases.tables import Table

    assert isinstance(table, Table)
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]  # type: ignore[union-attr]
        for r in range(table.rowCount())
    ]


def full_case() -> Case:
    charge = Charge(offence="Overstay", authority="Immigration police", non_punishment="requested")
    return Case(
        status="active",
        lawyer="amara",
        jurisdiction="TH",
        client=Client(
            names=[Name(text="Sok Chandara"), Name(text="សុខ ចាន់ដារ៉ា", script="Khmr")],
            nationalities=["KH"],
            age_at_recruitment=17,
            contacts=[
                Contact(kind="phone", value="+855 12 000 111", safe_to_contact=True),
                Contact(kind="facebook", value="chandara.s", safe_to_contact=False),
            ],
        ),
        recruitment=Recruitment(when=When(date="2024-03", approximate=True), channel="online", platforms=["telegram"]),
        compounds=[Compound(name="Golden Tech", country="MM", place="Myawaddy", controls=["documents_withheld"])],
        detention=Detention(detained="yes", facility="IDC Bangkok", since="2025-01"),
        charges=[charge],
        remedies=[
            Remedy(kind="recruitment_fee", amount=Money(amount="500", currency="USD"), paid_by="family"),
            Remedy(kind="unpaid_wages", amount=Money(amount="3000", currency="USD"), paid_by="owed"),
            Remedy(kind="travel", amount=Money(amount="4000", currency="THB")),
        ],
        facts=[Fact(statement="The manager took the passport on arrival.")],
    )


def test_header_and_journey_in_plain_words(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(full_case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    header = page.header
    assert header.reference.text() == reference
    assert "Sok Chandara" in header.client.text() and "សុខ ចាន់ដារ៉ា" in header.client.text()
    assert header.badge.isVisible()
    assert "Proceedings in: Thailand" in header.facts.text()
    assert header.interview.text() == "Interview: 0 of 8 sections"
    titles = page.journey.titles
    assert titles[:3] == ["Recruitment", "The journey", "Compound: Golden Tech"]
    assert titles[-3:] == ["Leaving the compound", "Detention", "Charges and proceedings"]
    texts = [w.text() for w in page.journey.widget().findChildren(type(header.facts))]
    assert "about March 2024 · Cambodia" not in texts  # no place recorded for recruitment here
    assert "about March 2024" in texts
    assert "Identity documents withheld" in texts
    assert "Myawaddy, Myanmar" in " ".join(texts)
    assert any("non-punishment: Requested" in t for t in texts)


def test_client_money_and_proceedings_tabs(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(full_case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    contacts = rows(page.client_tab.contacts)
    assert [c[2] for c in contacts] == ["Yes, safe", "NOT safe"]
    assert rows(page.client_tab.names)[1] == ["សុខ ចាន់ដារ៉ា", "Name", "Khmr"]
    assert page.money.total.text() == "Total: 4,000 THB · 3,500 USD"
    assert page.money.owed.text() == "Of which owed to the client (not paid): 3,000 USD"
    assert page.proceedings.summary.text() == "Non-punishment raised for 1 of 1 charges."
    assert rows(page.proceedings.charges)[0][-1] == "Requested"


def test_a_shared_handle_links_to_the_other_cases(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)

    def with_recruiter(handle: str) -> str:
        person = Person(role="recruiter", name="Mr Lee", identifiers=[Identifier(kind="telegram", value=handle)])
        return files.create(Case(people=[person])).reference

    first = with_recruiter("@golden_jobs")
    second = with_recruiter("https://t.me/golden_jobs")  # the same handle, spelled differently
    third = with_recruiter("@golden_jobs")
    area = CasesArea(vault)
    shown(qtbot, area)
    area.open_case(first)
    page = area.case_page
    assert page is not None
    page.show_tab(page.people)
    buttons = page.people.link_buttons["@golden_jobs"]
    assert [b.text() for b in buttons] == [second, third]
    notes = [w.text() for w in page.people.findChildren(type(page.header.facts))]
    assert "This handle also appears in 2 other cases:" in notes
    with qtbot.waitSignal(area.case_opened) as opened:
        buttons[1].click()
    assert opened.args == [third]
    assert area.case_page is not None and area.case_page.reference == third


def test_adding_a_person_through_the_dialog(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, PersonDialog)
        dialog.name.setText("Ms Nita")
        dialog.identifiers.add_button.click()
        item = dialog.identifiers.cell(0, "value")
        assert item is not None and not isinstance(item, type(dialog.role))
        item.setText("+855 10 000 001")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(PersonDialog, fill)
    page.people.add_button.click()
    person = CaseFiles(vault).load(reference)[0].people[0]
    assert person.name == "Ms Nita" and person.identifiers[0].value == "+855 10 000 001"


def test_editing_a_fact_is_saved_and_shown_in_the_history(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = CaseFiles(vault).create(full_case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    page.show_tab(page.facts)
    page.facts.select_row(0)

    def edit(dialog: QDialog) -> int:
        assert isinstance(dialog, FactDialog)
        assert dialog.statement.toPlainText() == "The manager took the passport on arrival."
        dialog.statement.setPlainText("The manager took the passport and the phone on arrival.")
        dialog.when.setText("2024-05")
        dialog.approximate.setChecked(True)
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(FactDialog, edit)
    page.facts.edit_button.click()
    assert rows(page.facts.table)[0][:2] == [
        "about May 2024",
        "The manager took the passport and the phone on arrival.",
    ]
    page.facts.history_button.click()
    assert page.tabs.currentWidget() is page.history
    history = rows(page.history.table)
    statement = next(r for r in history if r[2].endswith("statement"))
    assert statement[1] == "amara"
    assert statement[2] == "facts › 1 › statement"
    assert statement[3:] == [
        "The manager took the passport on arrival.",
        "The manager took the passport and the phone on arrival.",
    ]
    page.history.part.setCurrentIndex(0)  # the whole case
    assert len(rows(page.history.table)) >= 3


def test_a_fact_without_words_is_refused_in_the_dialog(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    problems: list[str] = []

    def empty_then_cancel(dialog: QDialog) -> int:
        assert isinstance(dialog, FactDialog)
        dialog.when.setText("March")
        dialog.statement.setPlainText("Something happened")
        dialog.accept()
        problems.append(dialog.error.text())
        dialog.statement.setPlainText("")
        dialog.when.setText("")
        dialog.accept()
        problems.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    dialog_stub.respond(FactDialog, empty_then_cancel)
    page.facts.add_button.click()
    assert "2024" in problems[0] and problems[1] == "Write the fact first."
    assert CaseFiles(vault).load(reference)[0].facts == []


def test_deadlines_added_linked_to_a_charge_and_marked_done(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    reference = CaseFiles(vault).create(full_case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    page.show_tab(page.deadlines)
    due = date.today() + timedelta(days=3)

    def add(dialog: QDialog) -> int:
        assert isinstance(dialog, DeadlineDialog)
        dialog.due.setDate(due)
        dialog.title.setText("Hearing on overstay")
        dialog.kind.setCurrentIndex(dialog.kind.findData("hearing"))
        dialog.charge.setCurrentIndex(1)
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(DeadlineDialog, add)
    page.deadlines.add_button.click()
    case = CaseFiles(vault).load(reference)[0]
    assert [(d.due_on, d.charge_id) for d in case.deadlines] == [(due.isoformat(), case.charges[0].id)]
    shown_row = rows(page.deadlines.table)[0]
    assert shown_row[1:] == ["Hearing on overstay", "Hearing", "Overstay", "In 3 days"]
    page.deadlines.table.selectRow(0)
    page.deadlines.done_button.click()
    assert CaseFiles(vault).load(reference)[0].deadlines[0].done
    assert rows(page.deadlines.table)[0][-1] == "Done"


def test_notes_are_saved_when_the_tab_is_left(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    page.show_tab(page.notes)
    page.notes.editor.setPlainText("Call the shelter on Monday.")
    assert page.notes.state.text() == "Not saved yet"
    page.show_tab(page.journey)
    assert CaseFiles(vault).load(reference)[0].notes == "Call the shelter on Monday."


def test_a_concurrent_save_is_explained_and_the_page_reloads(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    files = CaseFiles(vault)
    reference = files.create(full_case()).reference
    page = CasePage(vault, reference)
    shown(qtbot, page)
    case, version = files.load(reference)
    case.status = "closed"
    files.save(case, version)
    dialog_stub.accept_messages()
    page.show_tab(page.notes)
    page.notes.editor.setPlainText("My note")
    assert not page.flush()
    assert "Someone saved this case" in dialog_stub.messages[-1]
    assert "Status: Closed" in page.header.facts.text()
    assert page.flush()  # the typed note is kept and now saves on the reloaded version
    assert files.load(reference)[0].notes == "My note"


def test_continue_interview_opens_the_interview_and_add_tab(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    area = CasesArea(vault)
    shown(qtbot, area)
    area.open_case(reference)
    assert area.case_page is not None
    extra = QWidget()
    index = area.case_page.add_tab(extra, "Evidence")
    assert area.case_page.tabs.tabText(index) == "Evidence"
    assert area.case_page.tabs.widget(index + 1) is area.case_page.history
    area.case_page.header.continue_button.click()
    assert isinstance(area.current_page(), IntakeView)


def test_case_json_export_and_import_from_the_app(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    import json

    from app.cases.case_files import CaseFiles
    from ui import dialogs
    from ui.cases.area import CasesArea

    reference = CaseFiles(vault).create(Case(client={"names": [{"text": "សុខ ដារ៉ា"}]})).reference
    area = CasesArea(vault)
    qtbot.addWidget(area)
    target = tmp_path / "case.json"

    def save_here(dialog: object) -> int:
        dialog.selectFile(str(target))  # type: ignore[attr-defined]
        return 1

    with dialogs.intercept(save_here):
        area.export_case(reference)
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["reference"] == reference
    document.pop("id"), document.pop("reference")
    target.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")

    def open_it(dialog: object) -> int:
        dialog.selectFile(str(target))  # type: ignore[attr-defined]
        return 1

    with dialogs.intercept(open_it):
        area.import_case()
    assert CaseFiles(vault).count() == 2
    assert area.case_page is not None and area.case_page.case.reference != reference
