"""In the app: a chat export with bytes that are not UTF-8 opens as a conversation that says how many bytes could
not be decoded; a file that looks like an export but is not readable shows why it is a plain file; "Read as a
chat" reads an old plain exhibit from the vault's bytes; a Telegram link's hidden target is shown; the custody
table of an exhibit fits the detail pane in Khmer at 1200x760."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage import errors
from storage import evidence as store
from storage.chats import StoredMessage
from storage.db import transaction
from storage.evidence import Provenance
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, make_tab, new_case, select
from ui import i18n
from ui.evidence.chat_view import ChatPane, message_text
from ui.evidence.tab import EvidenceTab

pytestmark = pytest.mark.gui

CHAT = (
    "12/03/2024, 10:00 - Recruiter KH: Job at the Café Bavet, 1500 USD\n"
    "12/03/2024, 10:01 - Vanna: Where?\n"
    "13/03/2024, 08:15 - Recruiter KH: Call +855 12 345 678\n"
)
LATIN1 = CHAT.encode("utf-8").replace("é".encode(), b"\xe9")


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "")
    errors.set_translator(None)
    QLocale.setDefault(QLocale.c())


def _import(vault: Vault, reference: str, files: list[Path]) -> None:
    with ImageWorker() as worker:
        EvidenceLocker(vault, worker).import_paths(reference, files, FROM_PHONE)


def test_a_latin1_chat_is_a_conversation_that_counts_its_bad_bytes_and_a_broken_export_says_why(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    reference = new_case(vault)
    chat, broken = tmp_path / "WhatsApp Chat with Recruiter KH.txt", tmp_path / "result.json"
    chat.write_bytes(LATIN1)
    broken.write_bytes(b'{"name": "Agent Wang", "type": "personal_chat", "id": 42')  # cut off
    _import(vault, reference, [chat, broken])
    tab = make_tab(qtbot, vault, reference)
    assert [(i.label, i.kind) for i in tab.items()] == [("E-1", "chat"), ("E-2", "text")]

    select(tab, "E-2")
    reason = tab.detail.reason
    assert reason.isVisible()
    assert reason.text().startswith("Kept as a plain file, not read as a chat: The JSON is broken")
    custody = tab.detail.custody
    whats = [custody.topLevelItem(r).text(2) for r in range(custody.topLevelItemCount())]
    assert "Not read as a chat export" in whats
    assert tab.grab().save(str(tmp_path / "evidence-not-a-chat.png"))

    select(tab, "E-1")
    assert tab.detail.reason.text().startswith("1 byte of the export could not be decoded")
    tab.open_viewer()
    qtbot.waitUntil(lambda: bool(tab.viewers))
    viewer = tab.viewers[-1]
    pane = viewer.pane
    assert isinstance(pane, ChatPane)
    assert pane.undecodable.isVisible()
    assert pane.undecodable.text().startswith("1 byte of the export could not be decoded")
    assert "Caf\ufffd Bavet" in pane.list.item(0).text()
    viewer.resize(900, 640)
    qtbot.waitExposed(viewer)
    assert viewer.grab().save(str(tmp_path / "evidence-chat-undecodable.png"))
    viewer.close()
    wait_for_jobs(qtbot)


def _old_plain_exhibit(vault: Vault, reference: str, data: bytes, filename: str) -> None:
    """As Saksi stored it before it read such files: unknown bytes, kind ``other``."""
    locker = EvidenceLocker(vault)
    case_id = locker.case_id(reference)
    locker.worker.close()
    with transaction(vault.conn):
        blob = store.store_stream(vault.conn, io.BytesIO(data))[:3]
        store.insert_item(
            vault.conn,
            "amara",
            case_id=case_id,
            blob=blob,
            filename=filename,
            mime="application/octet-stream",
            kind="other",
            provenance=Provenance(),
        )


def test_read_as_a_chat_reads_an_old_plain_exhibit_with_a_stray_byte(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    reference = new_case(vault)
    _old_plain_exhibit(vault, reference, LATIN1, "recruiter.txt")
    _old_plain_exhibit(vault, reference, b"\x00\x01\xe9 no chat here", "WhatsApp Chat with Dara.txt")
    tab = make_tab(qtbot, vault, reference)
    select(tab, "E-1")
    button = tab.detail.reread_button
    qtbot.waitUntil(button.isVisible)
    button.click()
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: tab.items()[0].kind == "chat")
    item = tab.items()[0]
    assert item.label == "E-1" and item.metadata["chat"]["undecodable_bytes"] == 1
    assert not tab.detail.reread_button.isVisible()

    select(tab, "E-2")
    assert not tab.detail.reason.isVisible() or "Kept as a plain file" not in tab.detail.reason.text()
    dialog_stub.accept_messages()
    tab.detail.reread_button.click()
    wait_for_jobs(qtbot)
    assert "named like a WhatsApp export" in dialog_stub.messages[-1]
    qtbot.waitUntil(lambda: "Kept as a plain file" in tab.detail.reason.text())
    assert tab.current_item() is not None and tab.current_item().label == "E-2"  # type: ignore[union-attr]


def _message(**extra: object) -> StoredMessage:
    fields: dict[str, object] = {
        "seq": 2,
        "time": "2024-02-10T09:05:12",
        "raw_time": "",
        "sender": "Agent Wang",
        "text": "Apply here",
        "kind": "message",
        "attachment": "",
        "attachment_id": None,
        "media_omitted": False,
        "reply_to": None,
        "forwarded_from": "",
        "edited": "",
        "source_id": "2",
        "extra": {},
    }
    return StoredMessage(**{**fields, **extra})  # type: ignore[arg-type]


def test_a_hidden_link_target_and_one_other_case_are_shown_in_words() -> None:
    link = {"type": "text_link", "text": "here", "href": "https://jobs-thai-easy.com/apply?id=7"}
    text = message_text(_message(extra={"entities": [link]}), {"#2": "TH-2024-0003", "#2:count": "1"})
    assert "link “here” goes to https://jobs-thai-easy.com/apply?id=7" in text
    assert "appears in 1 other case: TH-2024-0003" in text and "cases" not in text
    plain = message_text(_message(), {"#2": "TH-2024-0003, KH-2024-0001", "#2:count": "2"})
    assert "appears in 2 other cases: " in plain and "goes to" not in plain


def test_in_khmer_the_plural_and_the_undecodable_notice_are_translated(
    qapp: QApplication, restore_english: None
) -> None:
    i18n.install(qapp, "km")
    one = message_text(_message(), {"#2": "TH-2024-0003", "#2:count": "1"})
    assert "appears in" not in one and "TH-2024-0003" in one
    from ui.evidence.chat_view import undecodable_text

    assert "decoded" not in undecodable_text(3) and "3" in undecodable_text(3)
    assert QCoreApplication.translate("DetailPane", "Kept as a plain file, not read as a chat: {reason}") != (
        "Kept as a plain file, not read as a chat: {reason}"
    )


def test_the_custody_table_fits_the_detail_pane_in_khmer_at_1200x760(
    qtbot: QtBot, qapp: QApplication, vault: Vault, tmp_path: Path, restore_english: None
) -> None:
    i18n.install(qapp, "km")
    reference = new_case(vault)
    broken = tmp_path / "result.json"
    broken.write_bytes(b'{"messages": [{"body": "not Telegram"}]}')
    _import(vault, reference, [broken])
    locker = EvidenceLocker(vault)
    item = locker.by_label(reference, "E-1")
    locker.set_description(item, "ឯកសារ JSON ដែលមិនមែនជារបស់ Telegram ពីកូនក្តី")
    locker.worker.close()
    tab: EvidenceTab = make_tab(qtbot, vault, reference)
    qtbot.waitExposed(tab)
    select(tab, "E-1")
    custody = tab.detail.custody
    qtbot.wait(50)
    tab.detail.ensureWidgetVisible(custody)
    QApplication.processEvents()
    assert custody.topLevelItemCount() >= 3
    assert tab.grab().save(str(tmp_path / "evidence-custody-km.png"))
    assert custody.horizontalScrollBar().maximum() == 0, "the custody table scrolls sideways"
    header = custody.header()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used <= custody.viewport().width() + 2
