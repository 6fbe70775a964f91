"""A chat exhibit opens as a conversation; messages are quoted into a fact and written as a transcript."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, make_tab, new_case
from ui.evidence.chat_view import ChatPane
from ui.evidence.tab import EvidenceTab
from ui.evidence.viewer import ViewerDialog

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, tmp_path: Path) -> Iterator[EvidenceTab]:
    reference = new_case(vault)
    folder = shutil.copytree(FIXTURES / "telegram-export", tmp_path / "ChatExport")
    with ImageWorker() as worker:
        locker = EvidenceLocker(vault, worker)
        locker.import_paths(reference, [folder, FIXTURES / "whatsapp-android-ambiguous.txt"], FROM_PHONE)
    opened = make_tab(qtbot, vault, reference)
    yield opened
    for viewer in list(opened.viewers):
        viewer.close()
    wait_for_jobs(qtbot)


def open_chat(qtbot: QtBot, tab: EvidenceTab, label: str) -> ViewerDialog:
    item = next(i for i in tab.items() if i.label == label)
    tab.select_item(item.id)
    tab.open_viewer()
    qtbot.waitUntil(lambda: bool(tab.viewers))
    return tab.viewers[-1]


def test_a_chat_opens_as_a_conversation_and_a_quote_becomes_a_fact(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    viewer = open_chat(qtbot, tab, "E-1")
    pane = viewer.pane
    assert isinstance(pane, ChatPane)
    assert pane.list.count() == 7
    assert "Kim Sreyneang" in pane.list.item(2).text() and "reply to #2" in pane.list.item(2).text()
    assert "attachment: exhibit E-1.1" in pane.list.item(3).text()
    viewer.resize(900, 640)
    qtbot.waitExposed(viewer)
    pane.select([2, 4])
    assert viewer.grab().save(str(tmp_path / "evidence-chat.png"))  # the docs' picture: make screenshots
    pane.filter.setText("passport")
    assert [pane.list.item(r).isHidden() for r in range(7)] == [True, True, True, False, True, True, True]
    dialog_stub.accept_messages()
    pane.quote_button.click()
    wait_for_jobs(qtbot)
    case, _version = CaseFiles(vault).load(tab.reference)
    [fact] = case.facts
    assert [q.seq for q in fact.quotes] == [2, 4] and fact.statement.startswith("[E-1 #2, 2024-02-10 09:05:12]")
    assert "now quotes these messages" in dialog_stub.messages[-1]


def test_transcript_and_date_order_from_the_viewer(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    viewer = open_chat(qtbot, tab, "E-2")
    pane = viewer.pane
    assert isinstance(pane, ChatPane)
    assert "day/month/year" in pane.order_label.text() and "closer together" in pane.order_label.text()
    target = tmp_path / "out" / "transcript.pdf"
    target.parent.mkdir()

    def choose(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(target))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    dialog_stub.respond(QFileDialog, choose)
    dialog_stub.accept_messages()
    pane.transcript_button.click()
    wait_for_jobs(qtbot)
    assert target.read_bytes().startswith(b"%PDF")
    pane.order.setCurrentIndex(pane.order.findData("MDY"))
    pane.apply_order.click()
    wait_for_jobs(qtbot)
    item = EvidenceLocker(vault).by_label(tab.reference, "E-2")
    assert item.metadata["chat"]["date_order"] == "MDY"
    assert EvidenceLocker(vault).messages(item)[0].time == "2024-03-04T21:41:00"


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="make deps installs tesseract-ocr")
def test_a_screenshot_is_read_and_its_text_shown_beside_it(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    reference = new_case(vault)
    images = Path(__file__).resolve().parents[1] / "fixtures" / "images"
    with ImageWorker() as worker:
        EvidenceLocker(vault, worker).import_paths(reference, [images / "passport-specimen.jpg"], FROM_PHONE)
    tab = make_tab(qtbot, vault, reference)
    item = tab.items()[0]
    tab.select_item(item.id)
    assert tab.detail.ocr_box.isVisible() and tab.detail.ocr.toPlainText() == ""
    tab.detail.ocr_button.click()
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: "ERIKSSON" in tab.detail.ocr.toPlainText())
    assert "L898902C3" in tab.detail.mrz.text() and tab.detail.mrz_button.isVisible()
    tab.detail.ensureWidgetVisible(tab.detail.mrz_button)
    qtbot.wait(50)
    assert tab.grab().save(str(tmp_path / "evidence-ocr.png"))  # the docs' picture: make screenshots
    dialog_stub.accept_messages()
    tab.detail.mrz_button.click()
    assert CaseFiles(vault).load(reference)[0].client.documents[0].number == "L898902C3"
    tab.open_viewer()
    qtbot.waitUntil(lambda: bool(tab.viewers))
    viewer = tab.viewers[-1]
    from PySide6.QtWidgets import QSplitter

    assert isinstance(viewer.pane, QSplitter)
    viewer.close()
    wait_for_jobs(qtbot)


def test_dropping_a_telegram_export_folder_is_one_chat_with_its_media(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    from tests.gui.test_evidence_tab import answer_imports

    folder = shutil.copytree(FIXTURES / "telegram-export", tmp_path / "ChatExport_2024-02-10")
    tab = make_tab(qtbot, vault, new_case(vault))
    summaries = answer_imports(dialog_stub)
    tab.add_paths([folder])  # what dropEvent calls
    wait_for_jobs(qtbot)
    assert [(i.label, i.kind) for i in tab.items()] == [("E-1", "chat"), ("E-1.1", "image"), ("E-1.2", "pdf")]
    assert len(summaries) == 1


def test_the_chain_of_custody_says_a_chat_photo_was_stored_as_an_attachment_not_copied(
    tab: EvidenceTab, vault: Vault
) -> None:
    def whats() -> list[tuple[str, str]]:
        rows = [tab.detail.custody.topLevelItem(n) for n in range(tab.detail.custody.topLevelItemCount())]
        return [(row.text(2), row.text(3)) for row in rows]

    photo = next(i for i in tab.items() if i.label == "E-1.1")
    tab.select_item(photo.id)
    assert ("Stored as an attachment of a chat", "attachment of E-1") in whats()
    assert not any("copy" in what.lower() for what, _detail in whats())
    detail = tab.detail
    assert detail.file_form.labelForField(detail.original_button).text() == "Attachment of:"
    assert detail.original_button.text() == "E-1 (show the chat)"
    assert detail.derived.text().startswith("Stored as it is in the chat export")
    assert "rebuilt from pixels" not in detail.derived.text()  # its bytes are the export's own
    chat = next(i for i in tab.items() if i.label == "E-1")
    tab.select_item(chat.id)
    assert ("One of its attachments stored", "E-1.1") in whats()
    assert not any("copy" in what.lower() for what, _detail in whats())
    assert detail.copies_box.title() == "Attachments stored from the chat export"
