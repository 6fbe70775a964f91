"""The intake interview: answers saved as you go, skips and "do not ask again", pause and resume
across a lock, invalid answers explained and never saved, a concurrent save detected."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from app.cases import intake
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from storage.vault import Vault
from tests.gui.conftest import DialogStub
from ui.cases.area import CasesArea
from ui.cases.case_page import CasePage
from ui.cases.fields import ChoiceField, ChoicesField, ItemsField, NumberField, WhenField
from ui.cases.intake import IntakeView

pytestmark = pytest.mark.gui


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """At the laptop size the app is designed for; fixed, so the offscreen platform has no size hints to pass on."""
    qtbot.addWidget(widget)
    widget.setFixedSize(1280, 800)
    widget.show()


def cell(field: object, row: int, key: str) -> QTableWidgetItem:
    assert isinstance(field, ItemsField)
    found = field.cell(row, key)
    assert isinstance(found, QTableWidgetItem)
    return found


def stored(vault: Vault, reference: str) -> Case:
    return CaseFiles(vault).load(reference)[0]


def answer_profile(view: IntakeView) -> None:
    names = view.answer_field("client.names")
    assert isinstance(names, ItemsField)
    names.add_button.click()
    cell(names, 0, "text").setText("សុខ ចាន់ដារ៉ា")
    kind = names.cell(0, "kind")
    assert isinstance(kind, QComboBox) and kind.currentData() == "name"
    sex = view.answer_field("client.sex")
    assert isinstance(sex, ChoiceField)
    assert sex.combo.itemText(0) == "Not answered / not known"
    sex.choose("female")
    view.account.setPlainText("Finished high school in Kampot; looking for office work.")
    view.done_box.setChecked(True)


def answer_recruitment(view: IntakeView) -> None:
    channel = view.answer_field("recruitment.channel")
    assert isinstance(channel, ChoiceField)
    channel.choose("online")
    platforms = view.answer_field("recruitment.platforms")
    assert isinstance(platforms, ChoicesField)
    platforms.boxes["telegram"].setChecked(True)
    platforms.boxes["facebook"].setChecked(True)
    when = view.answer_field("recruitment.when")
    assert isinstance(when, WhenField)
    when.edit.setText("2024-03")
    when.approximate.setChecked(True)
    view.account.setPlainText("Saw an advert for IT work in a Telegram group.")


def test_interview_is_saved_as_you_go_and_resumes_after_a_lock(qtbot: QtBot, vault: Vault) -> None:
    area = CasesArea(vault)
    shown(qtbot, area)
    area.new_button.click()
    view = area.intake
    assert view is not None and view.running
    reference = view.reference
    assert view.section_id == "profile"
    answer_profile(view)
    assert "✓" in view.sections.item(0).text()
    assert view.progress.value() == 1

    view.sections.setCurrentRow(1)  # a section change saves at once
    assert view.section_id == "recruitment" and not view.dirty
    answer_recruitment(view)
    qtbot.waitUntil(lambda: not view.dirty)  # the debounced save
    assert stored(vault, reference).recruitment.platforms == ["facebook", "telegram"]

    view.show_section("compound")
    debt = view.boxes["compounds.0.debt"]
    controls = view.boxes["compounds.0.controls"]
    assert debt.skip_button is not None and controls.never_button is not None
    assert view.boxes["compounds.0.hours_per_day"].skip_button is None  # only sensitive questions
    debt.skip_button.click()
    controls.never_button.click()
    assert not controls.field.isVisible() and not controls.prompt.isVisible()
    assert "not asked again (recorded by amara on" in controls.note.text()
    assert not debt.field.isVisible() and debt.note.isVisible()

    view.pause_button.click()  # saved, session ended, back to the case page
    assert isinstance(area.current_page(), CasePage)
    assert area.case_page is not None and "1 of 8" in area.case_page.header.interview.text()

    area.case_page.header.continue_button.click()  # resume, type, and lock before the debounce fires
    view = area.intake
    assert view is not None and view.section_id == "compound"
    hours = view.answer_field("compounds.0.hours_per_day")
    assert isinstance(hours, NumberField)
    hours.spin.setValue(16)
    assert view.dirty and view.save_timer.isActive()
    assert area.flush()
    area.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(view))

    case = stored(vault, reference)
    assert [n.text for n in case.client.names] == ["សុខ ចាន់ដារ៉ា"]
    assert case.client.sex == "female"
    assert case.recruitment.channel == "online"
    assert case.recruitment.when.date == "2024-03" and case.recruitment.when.approximate
    assert case.compounds[0].hours_per_day == 16
    assert case.interview.accounts["recruitment"].startswith("Saw an advert")
    assert intake.skipped(case, "compounds.0.debt") is not None and not intake.do_not_ask(case, "compounds.0.debt")
    assert intake.do_not_ask(case, "compounds.0.controls")
    assert case.interview.progress == {"profile": "done", "recruitment": "in_progress", "compound": "in_progress"}
    assert len(case.interview.sessions) == 2 and all(s.ended_at for s in case.interview.sessions)

    reopened = IntakeView(vault, reference)
    shown(qtbot, reopened)
    assert not reopened.running and reopened.banner.isVisible()
    assert reopened.resume_button.text() == "Resume interview"
    reopened.resume_button.click()
    assert reopened.running and reopened.section_id == "compound"
    assert "not asked again" in reopened.boxes["compounds.0.controls"].note.text()
    assert reopened.boxes["compounds.0.debt"].note.isVisible()
    reopened.show_section("recruitment")
    platforms = reopened.answer_field("recruitment.platforms")
    assert isinstance(platforms, ChoicesField)
    assert platforms.value() == ["facebook", "telegram"]
    assert reopened.account.toPlainText().startswith("Saw an advert")
    assert reopened.progress.format() == "1 of 8 sections done"


def test_undo_do_not_ask_brings_the_question_back(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    view = IntakeView(vault, reference)
    shown(qtbot, view)
    view.resume()
    view.show_section("exit")
    ransom = view.boxes["exit.ransom"]
    assert ransom.never_button is not None
    ransom.never_button.click()
    assert intake.do_not_ask(stored(vault, reference), "exit.ransom")
    ransom.undo_button.click()
    assert ransom.field.isVisible() and ransom.prompt.isVisible() and not ransom.note_row.isVisible()
    assert intake.skipped(stored(vault, reference), "exit.ransom") is None


def test_invalid_answers_are_explained_and_not_saved(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    view = IntakeView(vault, reference)
    shown(qtbot, view)
    view.resume()
    view.show_section("recruitment")
    when = view.answer_field("recruitment.when")
    assert isinstance(when, WhenField)
    error = view.boxes["recruitment.when"].error
    when.edit.setText("2024-13")
    assert not error.isVisible()  # still typing: no red text yet
    when.edit.setFocus()
    qtbot.keyClick(when.edit, Qt.Key.Key_Return)
    assert error.isVisible() and "month" in error.text()
    when.edit.setText("2024-12")
    assert not error.isVisible()
    assert view.flush()
    assert stored(vault, reference).recruitment.when.date == "2024-12"

    view.show_section("compound")
    hours = view.answer_field("compounds.0.hours_per_day")
    assert isinstance(hours, NumberField)
    hours.spin.setValue(30)
    assert view.boxes["compounds.0.hours_per_day"].error.text() == "The largest allowed is 24."
    assert view.flush()
    assert stored(vault, reference).compounds == []  # a refused answer does not even create the compound

    view.show_section("proceedings")
    deadlines = view.answer_field("deadlines")
    assert isinstance(deadlines, ItemsField)
    deadlines.add_button.click()
    cell(deadlines, 0, "title").setText("Detention review")
    deadline_error = view.boxes["deadlines"].error
    assert deadline_error.text() == "Row 1: A deadline needs a date."
    assert view.flush() and stored(vault, reference).deadlines == []
    cell(deadlines, 0, "due_on").setText("2026-12-24")
    assert not deadline_error.isVisible()
    assert view.flush()
    saved = stored(vault, reference).deadlines
    assert [(d.due_on, d.title) for d in saved] == [("2026-12-24", "Detention review")]
    cell(deadlines, 0, "title").setText("Detention review at the provincial court")
    assert view.flush()
    again = stored(vault, reference).deadlines
    assert [d.id for d in again] == [saved[0].id]  # the row keeps its item: history follows it


def test_a_concurrent_save_is_explained_and_the_view_reloads(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    files = CaseFiles(vault)
    reference = files.create(Case()).reference
    view = IntakeView(vault, reference)
    shown(qtbot, view)
    view.resume()
    case, version = files.load(reference)
    case.notes = "Saved from another window"
    files.save(case, version)
    dialog_stub.accept_messages()
    sex = view.answer_field("client.sex")
    assert isinstance(sex, ChoiceField)
    sex.choose("male")
    assert not view.flush()
    assert "Someone saved this case" in dialog_stub.messages[-1]
    assert view.case.notes == "Saved from another window" and view.case.client.sex == "unknown"
    sex = view.answer_field("client.sex")
    assert isinstance(sex, ChoiceField)
    sex.choose("male")  # answered again on the reloaded case: now it saves
    assert view.flush()
    assert stored(vault, reference).client.sex == "male"


def test_hiding_the_view_saves(qtbot: QtBot, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    view = IntakeView(vault, reference)
    shown(qtbot, view)
    view.resume()
    view.language.setText("Khmer")
    view.interpreter.setText("Sokha (interpreter)")
    assert view.dirty
    view.hide()
    assert not view.dirty
    interview = stored(vault, reference).interview
    assert (interview.language, interview.interpreter) == ("Khmer", "Sokha (interpreter)")
