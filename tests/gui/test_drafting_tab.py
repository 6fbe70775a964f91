"""The Drafts tab on a real vault: generate a draft from a template (off the GUI thread), edit it with
the live preview, insert an exhibit reference, save and restore versions, confirm an unverified
citation, and export a PDF checked with pdftotext."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

import app.drafting.case_drafts
from app.cases.case_files import CaseFiles
from app.demo.demo_cases import fill
from app.drafting import compose as drafting
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from ui.drafting.new_draft import NewDraftDialog
from ui.drafting.tab import DraftsTab

pytestmark = pytest.mark.gui
MARK = "[unverified - check before filing]"
TEMPLATE_ID = "gui-test-submission"

META = """title = "Submission on non-punishment (test)"
description = "A short submission used by the GUI tests."
recipients = ["The Public Prosecutor", "The Presiding Judge"]

[languages.en]
native_drafter = true

[languages.km]
native_drafter = false
"""

TEXT = """# Submission on the non-punishment of {{ need(client_name, "the client's name") }}

To: {{ need(recipient, "the recipient") }}

## The facts

{% for fact in facts %}
1. {{ fact.statement }}{% for e in fact.exhibits %} ({{ e.ref }}){% endfor %}

{% endfor %}
## The law

1. {{ cite("actip.14.7") }} provides: {{ quote("actip.14.7") }}

{% for id in jurisdiction.non_punishment %}
1. {{ cite(id) }}

{% endfor %}
1. The client's date of birth: {{ need("", "the client's date of birth") }}

## Exhibits

[[exhibits]]
"""


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A lawyer's own template folder (SAKSI_LEGAL_DIR) with one filing in English and Khmer.

    The shipped filings are written in parallel by a colleague and may be half-finished at any
    moment; pointing SHIPPED at an empty folder keeps these tests about the tab, not about them.
    """
    folder = tmp_path / "legal"
    (folder / "filings").mkdir(parents=True)
    (folder / "filings" / f"{TEMPLATE_ID}.toml").write_text(META, encoding="utf-8")
    for language in ("en", "km"):
        (folder / "filings" / f"{TEMPLATE_ID}.{language}.j2").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("SAKSI_LEGAL_DIR", str(folder))
    monkeypatch.setattr(drafting, "SHIPPED", tmp_path / "no-shipped-filings")
    app.drafting.case_drafts.library.cache_clear()
    yield folder
    app.drafting.case_drafts.library.cache_clear()


def demo_case(vault: Vault) -> str:
    """A demo case with exhibits, argued in Cambodia (its national provision is an unverified placeholder)."""
    files = CaseFiles(vault)
    reference = fill(files, 3, evidence_cases=2, seed=3)[0]
    case, version = files.load(reference)
    case.jurisdiction = "KH"
    files.save(case, version)
    return reference


def open_tab(qtbot: QtBot, vault: Vault, reference: str) -> DraftsTab:
    tab = DraftsTab(vault, reference)
    qtbot.addWidget(tab)
    tab.resize(1280, 720)
    tab.show()
    return tab


def create_draft(qtbot: QtBot, tab: DraftsTab, stub: DialogStub, language: str = "en") -> None:
    def new(dialog: QDialog) -> int:
        assert isinstance(dialog, NewDraftDialog)
        dialog.choose(TEMPLATE_ID, language)
        assert dialog.recipient.currentText() == "The Public Prosecutor"  # prefilled from the template
        dialog.recipient.setCurrentText("The Public Prosecutor, Phnom Penh")
        dialog.accept()
        return dialog.result()

    stub.respond(NewDraftDialog, new)
    tab.new_button.click()
    wait_for_jobs(qtbot)


def answer_input(stub: DialogStub, text: str = "", pick: str = "") -> None:
    """QInputDialog: a line of text, or the first choice containing ``pick``."""

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QInputDialog)
        items = dialog.comboBoxItems()
        dialog.setTextValue(next(i for i in items if pick in i) if items else text)
        dialog.accept()
        return dialog.result()

    stub.respond(QInputDialog, answer)


def preview_text(tab: DraftsTab) -> str:
    return tab.preview.toPlainText()


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, templates: Path, dialog_stub: DialogStub) -> DraftsTab:
    drafts_tab = open_tab(qtbot, vault, demo_case(vault))
    create_draft(qtbot, drafts_tab, dialog_stub)
    return drafts_tab


# ----------------------------------------------------------------------------- creating
def test_no_drafts_yet_says_what_to_do(qtbot: QtBot, vault: Vault, templates: Path) -> None:
    tab = open_tab(qtbot, vault, demo_case(vault))
    assert tab.list.count() == 0
    assert tab.stack.currentIndex() == 0


def test_create_a_draft_lists_it_and_its_gaps(tab: DraftsTab, vault: Vault) -> None:
    assert tab.list.count() == 1
    assert tab.list.item(0).text().startswith("Submission on non-punishment (test)\nEnglish · version 1 · ")
    assert tab.stack.currentIndex() == 1
    assert tab.gaps.isVisible()
    assert tab.gaps.text().startswith("Missing from the case: ")
    assert "the client's date of birth" in tab.gaps.text()
    assert "to The Public Prosecutor, Phnom Penh" in tab.status.text()
    editor = tab.editor.toPlainText()
    assert "[[cite:actip.14.7]]" in editor and "[[missing:the client's date of birth]]" in editor  # tokens visible
    preview = preview_text(tab)
    assert "[MISSING: the client's date of birth]" in preview and "[[" not in preview
    assert "draft.create" in [e.action for e in vault.recent_audit(20)]


def test_the_new_draft_dialog_offers_the_template_languages_and_warns_for_khmer(templates: Path, qtbot: QtBot) -> None:
    dialog = NewDraftDialog(drafting.list_templates(app.drafting.case_drafts.user_dir()))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose(TEMPLATE_ID)
    assert dialog.description.text() == "A short submission used by the GUI tests."
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "km"]
    assert [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())] == [
        "The Public Prosecutor",
        "The Presiding Judge",
    ]
    assert not dialog.native_note.isVisible()
    dialog.choose(TEMPLATE_ID, "km")
    assert dialog.native_note.isVisible()
    assert dialog.native_note.text() == (
        "This Khmer template was not written by a native legal drafter; have it checked before filing"
    )


# ----------------------------------------------------------------------------- editing
def test_edit_preview_and_save_a_version(qtbot: QtBot, tab: DraftsTab, vault: Vault, dialog_stub: DialogStub) -> None:
    assert not tab.save_button.isEnabled()
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    tab.editor.insertPlainText("\n1. The client asks to be <b>heard</b> & protected.\n")
    assert "changes not saved yet" in tab.status.text()
    qtbot.waitUntil(lambda: "asks to be <b>heard</b> & protected" in preview_text(tab), timeout=3000)  # escaped
    count = sum(1 for b in drafting.parse(tab.editor.toPlainText()) if b.kind == "numbered")
    lines = preview_text(tab).splitlines()
    assert [f"{n}." for n in range(1, count + 1)] == [line.strip() for line in lines if line.strip()[:-1].isdigit()]
    assert lines[lines.index(f"{count}.") + 1].startswith("The client asks to be")  # numbered in order

    answer_input(dialog_stub, text="added the request to be heard")
    tab.save_button.click()
    draft = tab.draft
    assert draft is not None and draft.version == 2
    assert "asks to be <b>heard</b>" in draft.text
    assert tab.versions.topLevelItemCount() == 2
    assert "version 2" in tab.list.item(0).text()
    assert not tab.save_button.isEnabled()
    assert "changes not saved yet" not in tab.status.text()


def test_insert_an_exhibit_reference_and_a_fact(tab: DraftsTab, dialog_stub: DialogStub) -> None:
    first = tab.exhibits[0]
    tab.editor.moveCursor(QTextCursor.MoveOperation.End)
    answer_input(dialog_stub, pick=str(first["label"]) + " ·")
    tab.insert_exhibit_action.trigger()
    assert tab.editor.toPlainText().endswith(str(first["ref"]))
    assert str(first["ref"]).startswith(f"Exhibit {first['label']} (SHA-256 {str(first['sha256'])[:8]}")
    facts = CaseFiles(tab.vault).load(tab.reference)[0].facts
    answer_input(dialog_stub, pick=facts[-1].statement[:40])
    tab.insert_fact_action.trigger()
    assert tab.editor.toPlainText().endswith(facts[-1].statement)


def test_open_an_older_version_read_only_and_restore_it(tab: DraftsTab, dialog_stub: DialogStub) -> None:
    original = tab.editor.toPlainText()
    tab.editor.setPlainText("# Replaced\n\n1. Everything else was removed.\n")
    answer_input(dialog_stub, text="")
    tab.save_button.click()
    assert tab.draft is not None and tab.draft.version == 2
    tab.versions.setCurrentItem(tab.versions.topLevelItem(1))  # newest first: version 1
    tab.open_version_button.click()
    assert tab.editor.isReadOnly()
    assert tab.editor.toPlainText() == original
    assert tab.older_row.isVisible() and "Version 1 of 2" in tab.older_banner.text()
    assert not tab.insert_button.isEnabled()
    tab.restore_button.click()
    assert tab.draft.version == 3
    assert tab.draft.text == original
    assert not tab.editor.isReadOnly() and not tab.older_row.isVisible()
    notes = [tab.versions.topLevelItem(i).toolTip(0) for i in range(tab.versions.topLevelItemCount())]
    assert notes[0] == "restored from version 1"


# ----------------------------------------------------------------------------- citations
def test_confirm_an_unverified_citation_and_the_marker_leaves_the_preview(
    tab: DraftsTab, vault: Vault, dialog_stub: DialogStub
) -> None:
    assert tab.citations.ids() == ["kh.non-punishment"]
    assert MARK in preview_text(tab)
    assert tab.citations.confirm_button.isEnabled()
    assert "audit log" in tab.citations.explain.text()
    dialog_stub.accept_messages()
    tab.citations.confirm_button.click()
    assert "official text" in dialog_stub.messages[-1] and "audit log" in dialog_stub.messages[-1]
    assert MARK not in preview_text(tab)
    assert tab.citations.ids() == []
    assert tab.citations.empty.isVisible()
    assert "draft.confirm_citation" in [e.action for e in vault.recent_audit(10)]


def test_a_paralegal_sees_the_citations_but_cannot_confirm_or_export(
    qtbot: QtBot, vault: Vault, templates: Path, dialog_stub: DialogStub
) -> None:
    reference = demo_case(vault)
    vault.add_user("sokha", "paralegal", "another long passphrase here")
    paralegal = Vault.open(vault.path, "sokha", "another long passphrase here")
    try:
        tab = open_tab(qtbot, paralegal, reference)
        create_draft(qtbot, tab, dialog_stub)  # paralegals build the file, drafts included
        assert tab.citations.ids() == ["kh.non-punishment"]
        assert tab.citations.confirm_button.text() == "Confirm for this draft (lawyers only)"
        assert not tab.citations.confirm_button.isEnabled()
        assert not tab.pdf_button.isEnabled() and not tab.docx_button.isEnabled()
        tab.close()
    finally:
        paralegal.close()


# ----------------------------------------------------------------------------- export
@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) is not installed")
def test_export_a_pdf_after_the_warning(qtbot: QtBot, tab: DraftsTab, dialog_stub: DialogStub, tmp_path: Path) -> None:
    target = tmp_path / "filing"

    def save_as(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, save_as)
    dialog_stub.accept_messages()
    tab.pdf_button.click()
    wait_for_jobs(qtbot)
    assert any("not ready to file" in m and "Missing from the case" in m for m in dialog_stub.messages)
    pdf = tmp_path / "filing.pdf"  # the extension is added when left out
    assert pdf.is_file()
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert tab.reference in text
    assert "Submission on the non-punishment" in text
    assert "Exported to" in tab.export_status.text()


def test_export_can_be_cancelled_at_the_warning(tab: DraftsTab, dialog_stub: DialogStub, tmp_path: Path) -> None:
    def cancel(dialog: QDialog) -> int:
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(QMessageBox, cancel)
    tab.docx_button.click()
    assert not dialog_stub.of_type(QFileDialog)
    assert not list(tmp_path.glob("*.docx"))


def test_unsaved_edits_are_kept_as_a_version_on_flush(tab: DraftsTab) -> None:
    tab.editor.setPlainText(tab.editor.toPlainText() + "\nA last sentence.\n")
    assert tab.flush()
    assert tab.draft is not None and tab.draft.version == 2
    assert tab.draft.text.endswith("A last sentence.\n")


def test_switching_drafts_with_unsaved_edits_offers_to_save_them(
    qtbot: QtBot, tab: DraftsTab, dialog_stub: DialogStub
) -> None:
    first = tab.draft
    assert first is not None
    create_draft(qtbot, tab, dialog_stub, language="km")
    assert tab.list.count() == 2 and tab.draft is not None and tab.draft.id != first.id
    assert tab.native_note.isVisible()  # the Khmer draft says it was not written by a native drafter
    tab.editor.setPlainText(tab.editor.toPlainText() + "\nA sentence typed before switching.\n")
    dialog_stub.accept_messages()  # "Save a version"
    tab.list.setCurrentRow(tab.draft_ids().index(first.id))
    assert "not saved as a version yet" in dialog_stub.messages[-1]
    assert tab.draft is not None and tab.draft.id == first.id
    other = tab.drafts.get(tab.draft_ids()[1 - tab.draft_ids().index(first.id)]) if tab.drafts else None
    assert other is not None and other.version == 2 and other.text.endswith("A sentence typed before switching.\n")
