"""The identification decision on the case page (Proceedings tab): recorded through its dialog as a new case
version with its history, shown in plain words, removed when recorded by mistake, and used by the drafts
("a presumed victim" until an authority identified the client; a negative decision changes nothing there).
The charge kind is shown in the Proceedings table and chosen in the interview's charges table."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

import app.drafting.case_drafts
from app.cases.case_files import CaseFiles
from app.cases.model import Case, Charge, Client, Identification, Name
from app.drafting import compose as drafting
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from ui.cases.case_page import CasePage
from ui.cases.fields import ItemsField
from ui.cases.identification import IdentificationDialog
from ui.cases.intake import IntakeView
from ui.drafting.new_draft import NewDraftDialog

pytestmark = pytest.mark.gui
TEMPLATE_ID = "gui-identification-letter"
META = """title = "Letter on the client's status (test)"
description = "Says how the client is described."
recipients = ["The Public Prosecutor"]

[languages.en]
native_drafter = true
"""
TEXT = """# Letter about {{ reference }}

1. {% if identified %}The Client is a victim of trafficking in persons, identified as such by \
{{ identification.decided_by }} on {{ identification.decided_on }} (decision {{ identification.reference }}).\
{% else %}The Client is a presumed victim of trafficking in persons.{% endif %}
"""


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A lawyer's own template (SAKSI_LEGAL_DIR) that prints what the drafts get from the decision; the shipped
    filings are left out so the test is about the case page, not about their wording."""
    folder = tmp_path / "legal"
    (folder / "filings").mkdir(parents=True)
    (folder / "filings" / f"{TEMPLATE_ID}.toml").write_text(META, encoding="utf-8")
    (folder / "filings" / f"{TEMPLATE_ID}.en.j2").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("SAKSI_LEGAL_DIR", str(folder))
    monkeypatch.setattr(drafting, "SHIPPED", tmp_path / "no-shipped-filings")
    app.drafting.case_drafts.library.cache_clear()
    yield folder
    app.drafting.case_drafts.library.cache_clear()


def a_case(vault: Vault) -> str:
    case = Case(
        jurisdiction="TH",
        client=Client(names=[Name(text="Sok Chandara")]),
        charges=[
            Charge(offence="Online fraud", authority="Provincial prosecutor"),
            Charge(offence="Overstay", kind="overstay", authority="Immigration police"),
        ],
    )
    return CaseFiles(vault).create(case).reference


def open_page(qtbot: QtBot, vault: Vault, reference: str) -> CasePage:
    page = CasePage(vault, reference)
    qtbot.addWidget(page)
    page.setFixedSize(1200, 760)
    page.show()
    page.show_tab(page.proceedings)
    return page


def record(stub: DialogStub, outcome: str, by: str, on: str, reference: str, note: str = "") -> list[str]:
    """Answer the next identification dialog; returns what it showed first (outcome, by)."""
    seen: list[str] = []

    def fill(dialog: QDialog) -> int:
        assert isinstance(dialog, IdentificationDialog)
        seen.extend([str(dialog.outcome.currentData()), dialog.decided_by.text()])
        dialog.outcome.setCurrentIndex(dialog.outcome.findData(outcome))
        dialog.decided_by.setText(by)
        dialog.decided_on.setDate(QDate.fromString(on, "yyyy-MM-dd"))
        dialog.reference.setText(reference)
        dialog.note.setPlainText(note)
        dialog.accept()
        return dialog.result()

    stub.respond(IdentificationDialog, fill)
    return seen


def draft_text(qtbot: QtBot, page: CasePage, stub: DialogStub) -> str:
    def new(dialog: QDialog) -> int:
        assert isinstance(dialog, NewDraftDialog)
        dialog.choose(TEMPLATE_ID, "en")
        dialog.accept()
        return dialog.result()

    stub.respond(NewDraftDialog, new)
    page.show_tab(page.drafts)
    page.drafts.new_button.click()
    wait_for_jobs(qtbot)
    return page.drafts.preview.toPlainText()


def test_recording_the_decision_saves_a_version_and_the_draft_follows(
    qtbot: QtBot, vault: Vault, templates: Path, dialog_stub: DialogStub
) -> None:
    reference = a_case(vault)
    page = open_page(qtbot, vault, reference)
    box = page.identification
    assert box.isVisible()
    assert box.state.text().startswith("No decision recorded. The drafts call the client a presumed victim")
    assert box.edit_button.text() == "Record the decision…" and not box.remove_button.isVisible()
    assert "a presumed victim of trafficking" in draft_text(qtbot, page, dialog_stub)

    page.show_tab(page.proceedings)
    version_before = page.doc.version
    record(dialog_stub, "identified", "Provincial social development office", "2025-02-03", "PSDO 12/2568")
    box.edit_button.click()
    saved = CaseFiles(vault).load(reference)[0].identification
    assert (saved.outcome, saved.decided_by, saved.decided_on, saved.reference) == (
        "identified",
        "Provincial social development office",
        "2025-02-03",
        "PSDO 12/2568",
    )
    assert saved.recorded and page.doc.version == version_before + 1
    assert box.state.text() == (
        "Identified as a victim of trafficking by Provincial social development office on 3 February 2025 "
        "(decision PSDO 12/2568). The drafts call the client a victim and cite this decision."
    )
    assert box.edit_button.text() == "Edit the decision…" and box.remove_button.isVisible()
    changes = {c.path: (c.new, c.actor) for c in CaseFiles(vault).history(reference, "identification")}
    assert changes["identification.decided_by"] == ("Provincial social development office", "amara")
    assert changes["identification.reference"] == ("PSDO 12/2568", "amara")

    text = draft_text(qtbot, page, dialog_stub)
    assert "identified as such by Provincial social development office on 2025-02-03 (decision PSDO 12/2568)" in text
    assert "presumed" not in text

    box.history_button.click()
    assert page.tabs.currentWidget() is page.history
    assert page.history.part.currentData() == "identification"
    assert page.history.table.rowCount() == 3  # decided_by, decided_on, reference (the outcome was the default)


def test_a_negative_decision_is_kept_and_the_drafts_still_say_presumed(
    qtbot: QtBot, vault: Vault, templates: Path, dialog_stub: DialogStub
) -> None:
    reference = a_case(vault)
    page = open_page(qtbot, vault, reference)
    record(dialog_stub, "not_identified", "Immigration screening team", "2025-01-20", "", "Appeal planned.")
    page.identification.edit_button.click()
    saved = CaseFiles(vault).load(reference)[0].identification
    assert saved.decided and not saved.recorded and saved.note == "Appeal planned."
    assert page.identification.state.text() == (
        "Not identified as a victim by Immigration screening team on 20 January 2025. "
        "The drafts still call the client a presumed victim."
    )
    assert page.identification.note.text() == "Note: Appeal planned."
    assert "a presumed victim of trafficking" in draft_text(qtbot, page, dialog_stub)


def test_the_dialog_refuses_a_decision_without_an_authority(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    reference = a_case(vault)
    page = open_page(qtbot, vault, reference)
    errors: list[str] = []

    def no_authority(dialog: QDialog) -> int:
        assert isinstance(dialog, IdentificationDialog)
        assert dialog.decided_on.maximumDate() == QDate.currentDate()  # no decision in the future
        dialog.decided_by.setText("   ")
        dialog.accept()
        errors.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    dialog_stub.respond(IdentificationDialog, no_authority)
    page.identification.edit_button.click()
    assert errors == ["Name the authority that made the decision."]
    assert CaseFiles(vault).load(reference)[0].identification == Identification()


def test_removing_a_decision_recorded_by_mistake(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    files = CaseFiles(vault)
    reference = a_case(vault)
    case, version = files.load(reference)
    case.identification = Identification(decided_by="Wrong office", decided_on=date.today().isoformat())
    files.save(case, version)
    page = open_page(qtbot, vault, reference)
    assert page.identification.remove_button.isVisible()
    dialog_stub.accept_messages()
    page.identification.remove_button.click()
    assert [d for d in dialog_stub.of_type(QMessageBox) if d.windowTitle() == "Remove the decision?"]
    assert files.load(reference)[0].identification == Identification()
    assert page.identification.state.text().startswith("No decision recorded.")
    olds = [c.old for c in files.history(reference, "identification") if c.path == "identification.decided_by"]
    assert "Wrong office" in olds  # the history keeps what was recorded


def test_the_charges_table_shows_each_kind_and_its_route(qtbot: QtBot, vault: Vault) -> None:
    reference = a_case(vault)
    page = open_page(qtbot, vault, reference)
    table = page.proceedings.charges
    assert table.horizontalHeaderItem(1).text() == "Kind"
    kinds = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert kinds == ["Criminal offence", "Overstay (administrative)"]
    routes = page.proceedings.routes.text()
    assert "Criminal charges: 1, argued to the prosecutor or the court." in routes
    assert "Administrative penalties: 1, argued in the penalty-waiver request" in routes


def test_the_charge_kind_is_chosen_in_the_interview(qtbot: QtBot, vault: Vault) -> None:
    reference = a_case(vault)
    view = IntakeView(vault, reference)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.resume()
    view.show_section("proceedings")
    field = next(f for f in view.findChildren(ItemsField) if f.spec.model is Charge)
    column = next(i for i, c in enumerate(field.spec.columns) if c.key == "kind")
    assert field.table.horizontalHeaderItem(column).text() == "Kind"
    combo = field.table.cellWidget(0, column)
    assert isinstance(combo, QComboBox) and combo.currentData() == "criminal"
    combo.setCurrentIndex(combo.findData("work_permit"))
    view.flush()
    charges = CaseFiles(vault).load(reference)[0].charges
    assert [c.kind for c in charges] == ["work_permit", "overstay"]
    assert charges[0].offence == "Online fraud" and charges[0].administrative


def test_the_dialog_makes_the_same_future_date_check_as_the_cli(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    reference = a_case(vault)
    page = open_page(qtbot, vault, reference)
    errors: list[str] = []

    def in_the_future(dialog: QDialog) -> int:
        assert isinstance(dialog, IdentificationDialog)
        dialog.decided_on.setMaximumDate(QDate(2100, 1, 1))  # past the date edit's own limit: app/'s check decides
        dialog.decided_on.setDate(QDate(2031, 1, 1))
        dialog.decided_by.setText("Anti-Human Trafficking Police")
        dialog.accept()
        errors.append(dialog.error.text())
        dialog.reject()
        return dialog.result()

    dialog_stub.respond(IdentificationDialog, in_the_future)
    page.identification.edit_button.click()
    assert len(errors) == 1 and "dated 2031-01-01, which is in the future" in errors[0]
    assert CaseFiles(vault).load(reference)[0].identification == Identification()
