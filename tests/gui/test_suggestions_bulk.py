"""Suggestions in the Analysis tab: the accept dialog offers the client's recorded answer as the fact (never
the rule's explanation, which stays an analyst note), and several suggestions are accepted or dismissed at once."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.analysis import elements as analysis
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.demo.demo_cases import fill
from storage.vault import Vault
from tests.gui.conftest import DialogStub
from ui.analysis.suggestions import BulkAcceptDialog, DismissDialog, StatementDialog
from ui.analysis.tab import AnalysisTab

pytestmark = pytest.mark.gui


def open_tab(qtbot: QtBot, vault: Vault) -> tuple[AnalysisTab, str]:
    reference = fill(CaseFiles(vault), 3, evidence_cases=0, seed=3)[0]
    tab = AnalysisTab(vault, reference)
    qtbot.addWidget(tab)
    tab.resize(1200, 720)
    tab.show()
    tab.pages.setCurrentWidget(tab.suggestions)
    assert len(tab.suggestions.suggestions) >= 3, "the demo intake answers suggest several elements"
    return tab, reference


def saved(vault: Vault, reference: str) -> Case:
    return CaseFiles(vault).load(reference)[0]


def test_accepting_one_confirms_the_clients_answer_and_keeps_the_rule_as_a_note(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    tab, reference = open_tab(qtbot, vault)
    suggestion = tab.suggestions.current()
    assert suggestion is not None
    answer = analysis.answer_statement(suggestion)

    def confirm(dialog: QDialog) -> int:
        assert isinstance(dialog, StatementDialog)
        assert dialog.text() == answer and suggestion.explanation not in dialog.text()
        assert suggestion.explanation in dialog.why.text() and "not as a fact" in dialog.why.text()
        dialog.accept()  # the lawyer confirms the client's answer as it stands
        return dialog.result()

    dialog_stub.respond(StatementDialog, confirm)
    tab.suggestions.accept_button.click()
    case = saved(vault, reference)
    fact = next(f for f in case.facts if f.statement == answer)
    assert fact.source == "client_account"
    tag = next(t for t in fact.tags if t.element == suggestion.element)
    assert tag.from_rule == suggestion.rule
    assert tag.note.startswith("Analyst note") and suggestion.explanation in tag.note
    assert all(f.statement != suggestion.explanation for f in case.facts)


def test_an_emptied_fact_is_refused_in_the_dialog(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    tab, reference = open_tab(qtbot, vault)
    before = len(saved(vault, reference).facts)

    def empty_then_cancel(dialog: QDialog) -> int:
        assert isinstance(dialog, StatementDialog)
        dialog.statement.setPlainText("   ")
        dialog.accept()
        assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
        assert dialog.error.text() == "Write the fact first."
        dialog.reject()
        return dialog.result()

    dialog_stub.respond(StatementDialog, empty_then_cancel)
    tab.suggestions.accept_button.click()
    assert len(saved(vault, reference).facts) == before


def test_select_all_and_accept_them_together(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    tab, reference = open_tab(qtbot, vault)
    panel = tab.suggestions
    chosen = list(panel.suggestions)
    panel.select_all_button.click()
    assert panel.accept_button.text() == f"Accept {len(chosen)}…"
    assert panel.dismiss_button.text() == f"Dismiss {len(chosen)}…"
    assert panel.chosen_count.text() == f"{len(chosen)} selected"
    listed: list[str] = []

    def record_all(dialog: QDialog) -> int:
        assert isinstance(dialog, BulkAcceptDialog)
        assert dialog.windowTitle() == f"Accept {len(chosen)} suggestions"
        for row in range(dialog.list.topLevelItemCount()):
            listed.append(dialog.list.topLevelItem(row).text(1))
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(BulkAcceptDialog, record_all)
    panel.accept_button.click()
    assert listed == [analysis.answer_statement(s) for s in chosen]
    assert not dialog_stub.of_type(StatementDialog)  # one confirmation for all, not a dialog each
    case = saved(vault, reference)
    explanations = {s.explanation for s in chosen}
    for suggestion in chosen:
        fact = next(f for f in case.facts if f.statement == analysis.answer_statement(suggestion))
        assert fact.statement not in explanations
        assert any(t.element == suggestion.element and t.from_rule == suggestion.rule for t in fact.tags)
    assert panel.suggestions == []
    assert panel.empty.isVisible()


def test_cancelling_the_bulk_accept_records_nothing(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    tab, reference = open_tab(qtbot, vault)
    before = saved(vault, reference).facts
    tab.suggestions.select_all_button.click()
    dialog_stub.respond(BulkAcceptDialog, lambda dialog: (dialog.reject(), dialog.result())[1])
    tab.suggestions.accept_button.click()
    assert saved(vault, reference).facts == before
    assert len(tab.suggestions.suggestions) >= 3


def test_dismiss_several_at_once_with_one_note(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    tab, reference = open_tab(qtbot, vault)
    panel = tab.suggestions
    before = list(panel.suggestions)
    panel.list.clearSelection()
    for row in (0, 2):
        panel.list.topLevelItem(row).setSelected(True)
    chosen = [before[0], before[2]]
    assert panel.dismiss_button.text() == "Dismiss 2…"

    def dismiss(dialog: QDialog) -> int:
        assert isinstance(dialog, DismissDialog)
        assert dialog.windowTitle() == "Dismiss 2 suggestions"
        dialog.note.setText("Not what the client described.")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(DismissDialog, dismiss)
    panel.dismiss_button.click()
    dismissed = saved(vault, reference).analysis.dismissed
    assert [(d.rule, d.element, d.note, d.by) for d in dismissed] == [
        (s.rule, s.element, "Not what the client described.", "amara") for s in chosen
    ]
    keys = {(s.rule, s.element) for s in panel.suggestions}
    assert keys == {(s.rule, s.element) for s in before} - {(s.rule, s.element) for s in chosen}
