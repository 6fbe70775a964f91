"""The Analysis tab on a real vault of demo cases: the proof matrix, tagging and linking that change it
at once, the side panel, suggestions, frameworks, summaries, the nexus per charge and the remedy basis."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QListWidget, QListWidgetItem
from pytestqt.qtbot import QtBot

from app.analysis import elements as analysis
from app.cases.case_files import CaseFiles
from app.cases.model import Case, Charge
from app.demo.demo_cases import fill
from storage.vault import Vault
from tests.gui.conftest import DialogStub
from ui.analysis.facts import TagDialog
from ui.analysis.matrix import STATE, StateRole
from ui.analysis.suggestions import DismissDialog, StatementDialog
from ui.analysis.tab import AnalysisTab
from ui.cases.case_editors import FactDialog
from ui.look import ERROR

pytestmark = pytest.mark.gui


# ----------------------------------------------------------------------------- helpers
def demo_case(vault: Vault, seed: int = 3, change: Callable[[Case], None] | None = None) -> str:
    """A synthetic case with exhibits (the first two demo cases get them), optionally changed first."""
    files = CaseFiles(vault)
    reference = fill(files, 3, evidence_cases=2, seed=seed)[0]
    if change is not None:
        case, version = files.load(reference)
        change(case)
        files.save(case, version)
    return reference


def open_tab(qtbot: QtBot, vault: Vault, reference: str) -> AnalysisTab:
    tab = AnalysisTab(vault, reference)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def saved(vault: Vault, reference: str) -> Case:
    return CaseFiles(vault).load(reference)[0]


def shown_state(tab: AnalysisTab, element_id: str) -> str:
    row = tab.model.row_of(element_id)
    return str(tab.model.index(row, STATE).data())


def click_item(qtbot: QtBot, widget: QListWidget, item: QListWidgetItem) -> None:
    widget.scrollToItem(item)
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=widget.visualItemRect(item).center())


def without(element_id: str) -> Callable[[Case], None]:
    def change(case: Case) -> None:
        for fact in case.facts:
            fact.tags = [t for t in fact.tags if t.element != element_id]

    return change


# ----------------------------------------------------------------------------- the matrix
def test_matrix_model_passes_qtmodeltester(qtbot: QtBot, vault: Vault, qtmodeltester: object) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    tab.framework_boxes["ilo-ec"].setChecked(False)  # a reset with fewer rows
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]


def test_matrix_shows_corroborated_and_alleged_rows_grouped(qtbot: QtBot, vault: Vault) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    states = {tab.model.index(r, STATE).data(StateRole) for r in range(tab.model.rowCount())}
    assert {"corroborated", "alleged", "not addressed"} <= states
    shown = {tab.model.index(r, STATE).data() for r in range(tab.model.rowCount())}
    assert {"Corroborated", "Alleged", "Not addressed"} <= shown  # the state in words, not colour alone
    headings = [tab.model.index(r, 0).data() for r in tab.model.headings()]
    assert headings[:3] == [
        "Palermo Protocol art. 3 · Act",
        "Palermo Protocol art. 3 · Means",
        "Palermo Protocol art. 3 · Purpose (exploitation)",
    ]
    assert "ILO indicators of forced labour" in headings
    assert any(h.startswith("ILO-EC indicators · ") for h in headings)
    # a heading spans the row and cannot be selected
    first = tab.model.headings()[0]
    assert tab.matrix.columnSpan(first, 0) == 5
    assert not tab.model.flags(tab.model.index(first, 0)) & Qt.ItemFlag.ItemIsSelectable
    # gaps are shown for rows that are not corroborated, never for corroborated ones
    for row in tab.rows:
        text = tab.model.index(tab.model.row_of(row.element.id), 4).data()
        assert (text == "") == (row.state == "corroborated" or not row.element.corroborate)


def test_tag_a_new_fact_then_link_an_exhibit_and_watch_the_row_change(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    reference = demo_case(vault, change=without("ilo.4"))
    tab = open_tab(qtbot, vault, reference)
    assert tab.state_of("ilo.4") == "not addressed"
    assert shown_state(tab, "ilo.4") == "Not addressed"

    def new_fact(dialog: QDialog) -> int:
        assert isinstance(dialog, FactDialog)
        dialog.statement.setPlainText("The guards took the client's phone on the first day.")
        dialog.accept()
        return dialog.result()

    def tag(dialog: QDialog) -> int:
        assert isinstance(dialog, TagDialog)
        dialog.choose("ilo.4", note="No contact with family for five months.")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(FactDialog, new_fact)
    dialog_stub.respond(TagDialog, tag)
    tab.facts.add_button.click()
    fact = tab.facts.current_fact()
    assert fact is not None and fact.statement.startswith("The guards took")
    tab.facts.tag_button.click()
    assert tab.state_of("ilo.4") == "alleged"
    assert shown_state(tab, "ilo.4") == "Alleged"
    assert [t.text(0) for t in _tags(tab)] == ["Isolation (ILO indicators of forced labour)"]

    def pick_first(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        dialog.setTextValue(dialog.comboBoxItems()[0])
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(QInputDialog, pick_first)
    tab.facts.link_button.click()
    assert tab.state_of("ilo.4") == "corroborated"
    assert shown_state(tab, "ilo.4") == "Corroborated"
    row = tab.model.row_of("ilo.4")
    assert tab.model.index(row, 3).data().startswith("E-")
    stored = next(f for f in saved(vault, reference).facts if f.id == fact.id)
    assert [(t.element, t.stance, t.note, t.by) for t in stored.tags] == [
        ("ilo.4", "supports", "No contact with family for five months.", "amara")
    ]
    assert len(stored.evidence_ids) == 1

    # disputing it turns the row red (disputed), with the word
    def dispute(dialog: QDialog) -> int:
        assert isinstance(dialog, TagDialog)
        dialog.choose("ilo.4", stance="disputes")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(TagDialog, dispute)
    tab.facts.tag_button.click()
    assert shown_state(tab, "ilo.4") == "Disputed"
    tab.facts.tags.setCurrentItem(_tags(tab)[0])
    tab.facts.untag_button.click()
    assert tab.state_of("ilo.4") == "not addressed"


def _tags(tab: AnalysisTab) -> list:
    return [tab.facts.tags.topLevelItem(i) for i in range(tab.facts.tags.topLevelItemCount())]


def test_side_panel_selects_facts_and_asks_for_exhibits(qtbot: QtBot, vault: Vault) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    row = next(r for r in tab.rows if r.state == "corroborated" and len(r.facts) >= 1)
    tab.select_element(row.element.id)
    assert tab.detail.title.text() == row.element.label
    assert "Corroborated" in tab.detail.state.text()
    fact = row.facts[-1]
    item = next(
        tab.detail.facts.item(i)
        for i in range(tab.detail.facts.count())
        if tab.detail.facts.item(i).data(Qt.ItemDataRole.UserRole) == fact.id
    )
    click_item(qtbot, tab.detail.facts, item)
    assert tab.facts.current_fact_id() == fact.id
    exhibit = tab.detail.exhibits.item(0)
    with qtbot.waitSignal(tab.exhibit_requested, timeout=2000) as blocker:
        click_item(qtbot, tab.detail.exhibits, exhibit)
    assert blocker.args == [exhibit.data(Qt.ItemDataRole.UserRole)]
    assert blocker.args[0] in row.exhibits


# ----------------------------------------------------------------------------- suggestions
def test_accept_a_suggestion_records_a_tagged_fact(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = demo_case(vault)
    tab = open_tab(qtbot, vault, reference)
    assert tab.suggestions.suggestions, "the demo intake answers suggest elements"
    suggestion = tab.suggestions.current()
    assert suggestion is not None
    assert tab.pages.tabText(tab.pages.indexOf(tab.suggestions)) == f"Suggestions ({len(tab.suggestions.suggestions)})"
    answer = tab.suggestions.list.currentItem().text(2)
    assert answer and "." not in answer.split(":")[0]  # the intake question, not a dotted path

    def statement(dialog: QDialog) -> int:
        assert isinstance(dialog, StatementDialog)
        assert dialog.text() != suggestion.explanation  # the rule's sentence is never offered as the fact
        assert dialog.text() == analysis.answer_statement(suggestion)  # the client's answer, to confirm or rewrite
        dialog.statement.setPlainText("The recruiter met the client at the border and drove them to the compound.")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(StatementDialog, statement)
    tab.suggestions.accept_button.click()
    case = saved(vault, reference)
    fact = next(f for f in case.facts if f.statement.startswith("The recruiter met the client"))
    assert [(t.element, t.from_rule) for t in fact.tags] == [(suggestion.element, suggestion.rule)]
    assert all(s.element != suggestion.element for s in tab.suggestions.suggestions)
    assert tab.state_of(suggestion.element) in ("alleged", "")


def test_dismiss_a_suggestion_and_it_disappears(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = demo_case(vault)
    tab = open_tab(qtbot, vault, reference)
    before = len(tab.suggestions.suggestions)
    suggestion = tab.suggestions.current()

    def dismiss(dialog: QDialog) -> int:
        assert isinstance(dialog, DismissDialog)
        dialog.note.setText("The client travelled on their own.")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(DismissDialog, dismiss)
    tab.suggestions.dismiss_button.click()
    keys = [(s.rule, s.element) for s in tab.suggestions.suggestions]
    assert (suggestion.rule, suggestion.element) not in keys
    assert len(keys) == before - 1
    dismissed = saved(vault, reference).analysis.dismissed
    assert [(d.rule, d.element, d.note, d.by) for d in dismissed] == [
        (suggestion.rule, suggestion.element, "The client travelled on their own.", "amara")
    ]


# ----------------------------------------------------------------------------- frameworks and summaries
def test_frameworks_are_chosen_and_saved(qtbot: QtBot, vault: Vault) -> None:
    reference = demo_case(vault)
    tab = open_tab(qtbot, vault, reference)
    assert {"palermo", "ilo-indicators", "ilo-ec"} <= set(tab.framework_boxes)
    tab.framework_boxes["ilo-ec"].setChecked(False)
    assert saved(vault, reference).analysis.frameworks == ["palermo", "ilo-indicators"]
    assert all(r.element.framework != "ilo-ec" for r in tab.rows)
    assert all("ILO-EC" not in box.title() for box in tab.summaries.boxes)
    tab.framework_boxes["palermo"].setChecked(False)
    tab.framework_boxes["ilo-indicators"].setChecked(False)  # the last one: refused
    assert tab.framework_boxes["ilo-indicators"].isChecked()
    assert tab.framework_error.text() == "Keep at least one framework."
    assert saved(vault, reference).analysis.frameworks == ["ilo-indicators"]


def test_summaries_show_their_caveat_and_the_unverified_marker_in_red(qtbot: QtBot, vault: Vault) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    text = tab.summaries.text()
    assert "Palermo Protocol art. 3: act, means, purpose" in text
    assert text.count("not a legal determination") == 3
    labels = [w.text() for box in tab.summaries.boxes for w in box.findChildren(type(tab.detail.law))]
    marked = [t for t in labels if "[unverified - check before filing]" in t]
    assert marked and all(ERROR in t for t in marked)


def test_user_text_is_never_read_as_html(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    def odd(case: Case) -> None:
        case.facts[0].statement = "<b>Not bold</b> & <i>not italic</i>"

    tab = open_tab(qtbot, vault, demo_case(vault, change=odd))
    fact = saved(vault, tab.reference).facts[0]
    element = fact.tags[0].element
    tab.select_element(element)
    texts = [tab.detail.facts.item(i).text() for i in range(tab.detail.facts.count())]
    assert any(t.startswith("<b>Not bold</b> & <i>not italic</i>") for t in texts)
    assert tab.facts.facts.topLevelItem(0).text(0) == "<b>Not bold</b> & <i>not italic</i>"


# ----------------------------------------------------------------------------- non-punishment and remedy
def test_record_a_nexus_for_a_charge_and_watch_missing_shrink(qtbot: QtBot, vault: Vault) -> None:
    charge = Charge(offence="Illegal entry")

    def add_charge(case: Case) -> None:
        case.jurisdiction = "TH"
        case.charges = [charge]

    reference = demo_case(vault, change=add_charge)
    tab = open_tab(qtbot, vault, reference)
    tab.pages.setCurrentWidget(tab.nexus)
    nexus = tab.nexus
    nexus.select_charge(charge.id)
    assert nexus.heading.text() == "Illegal entry"
    assert len(nexus.missing_now()) == 3  # basis, facts, model
    assert nexus.missing.text().count("•") == 3
    assert "1 point" not in nexus.charges.item(0).text() and "3 point(s) still missing" in nexus.charges.item(0).text()

    basis = {
        nexus.basis.item(i).data(Qt.ItemDataRole.UserRole): nexus.basis.item(i) for i in range(nexus.basis.count())
    }
    assert {"actip.14.7", "ilo-p29.4.2", "ohchr.principle7", "ohchr.guideline4.5", "th.s41"} <= set(basis)
    assert basis["actip.14.7"].text().endswith("confirmed, verbatim")  # each provision with its status
    basis["actip.14.7"].setCheckState(Qt.CheckState.Checked)
    basis["th.s41"].setCheckState(Qt.CheckState.Checked)
    assert len(nexus.missing_now()) == 2
    assert saved(vault, reference).charges[0].nexus.basis == ["actip.14.7", "th.s41"]

    case = saved(vault, reference)
    with_exhibit = next(f for f in case.facts if f.evidence_ids)
    for index in range(nexus.facts.count()):
        item = nexus.facts.item(index)
        if item.data(Qt.ItemDataRole.UserRole) == with_exhibit.id:
            item.setCheckState(Qt.CheckState.Checked)
    assert len(nexus.missing_now()) == 1
    nexus.model.setCurrentIndex(nexus.model.findData("causation"))
    assert nexus.missing_now() == []
    assert nexus.missing.text() == "Nothing is flagged as missing for this charge."
    assert "nothing flagged as missing" in nexus.charges.item(0).text()

    nexus.argument.setPlainText("The entry was arranged by the traffickers, who held the client's passport.")
    assert nexus.save_argument.isEnabled()
    assert tab.flush()
    stored = saved(vault, reference).charges[0].nexus
    assert stored.fact_ids == [with_exhibit.id]
    assert stored.model == "causation"
    assert stored.argument.startswith("The entry was arranged")


def test_an_unverified_basis_is_marked_and_flagged(qtbot: QtBot, vault: Vault) -> None:
    charge = Charge(offence="Overstay")

    def add_charge(case: Case) -> None:
        case.jurisdiction = "KH"
        case.charges = [charge]

    tab = open_tab(qtbot, vault, demo_case(vault, change=add_charge))
    nexus = tab.nexus
    item = next(
        nexus.basis.item(i)
        for i in range(nexus.basis.count())
        if nexus.basis.item(i).data(Qt.ItemDataRole.UserRole) == "kh.non-punishment"
    )
    assert "[unverified - check before filing]" in item.text()
    assert item.foreground().color().name() == ERROR
    item.setCheckState(Qt.CheckState.Checked)
    assert any("unverified" in m for m in nexus.missing_now())
    nexus.basis.setCurrentItem(item)
    assert "[unverified - check before filing]" in nexus.basis_text.text()


def test_no_charges_says_where_to_add_them(qtbot: QtBot, vault: Vault) -> None:
    def no_charges(case: Case) -> None:
        case.charges = []

    tab = open_tab(qtbot, vault, demo_case(vault, change=no_charges))
    tab.pages.setCurrentWidget(tab.nexus)
    assert tab.nexus.empty.isVisible()
    assert not tab.nexus.split.isVisible()


def test_remedy_basis_totals_and_unsupported_amounts(qtbot: QtBot, vault: Vault) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    tab.pages.setCurrentWidget(tab.remedy)
    remedy = tab.remedy
    assert remedy.totals.topLevelItemCount() >= 1
    kinds = [remedy.totals.topLevelItem(i).text(0) for i in range(remedy.totals.topLevelItemCount())]
    assert "Recruitment fee" in kinds
    assert remedy.unsupported.isVisible() and "Recruitment fee" in remedy.unsupported.text()
    evidence = [remedy.amounts.topLevelItem(i).text(3) for i in range(remedy.amounts.topLevelItemCount())]
    assert "no evidence yet" in evidence
    assert "confirmed, verbatim" in remedy.law.text() or "[unverified - check before filing]" in remedy.law.text()


def test_a_paralegal_can_tag_facts(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = demo_case(vault, change=without("ilo.4"))
    vault.add_user("sokha", "paralegal", "another long passphrase here")
    paralegal = Vault.open(vault.path, "sokha", "another long passphrase here")
    try:
        tab = open_tab(qtbot, paralegal, reference)

        def tag(dialog: QDialog) -> int:
            assert isinstance(dialog, TagDialog)
            dialog.choose("ilo.4")
            dialog.accept()
            return dialog.result()

        dialog_stub.respond(TagDialog, tag)
        tab.facts.tag_button.click()
        assert tab.state_of("ilo.4") in ("alleged", "corroborated")
        assert not dialog_stub.messages  # no refusal
        fact = saved(vault, reference).facts[0]
        assert any(t.element == "ilo.4" and t.by == "sokha" for t in fact.tags)
    finally:
        tab.close()
        paralegal.close()


def test_a_stale_case_is_explained_and_reloaded(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    reference = demo_case(vault, change=without("ilo.4"))
    tab = open_tab(qtbot, vault, reference)
    files = CaseFiles(vault)
    case, version = files.load(reference)  # someone else saves meanwhile
    case.facts[0].statement = "Edited elsewhere."
    files.save(case, version)
    dialog_stub.accept_messages()

    def tag(dialog: QDialog) -> int:
        assert isinstance(dialog, TagDialog)
        dialog.choose("ilo.4")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(TagDialog, tag)
    tab.facts.select_fact(case.facts[0].id)
    tab.facts.tag_button.click()
    assert dialog_stub.messages and "The page now shows the case as last saved." in dialog_stub.messages[-1]
    assert tab.facts.facts.topLevelItem(0).text(0) == "Edited elsewhere."
    assert tab.state_of("ilo.4") == "not addressed"
