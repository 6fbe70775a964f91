"""The Recruiters area: an identifier shared across cases, its sources, and the way to the message."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.common.settings import Settings
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault
from tests.gui.conftest import wait_for_jobs
from ui.evidence.chat_view import ChatPane
from ui.recruiters import RecruitersArea
from ui.workspace import Workspace

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


def test_a_shared_number_shows_its_cases_and_opens_the_message(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    files = CaseFiles(vault)
    chat_case = files.create(Case(jurisdiction="KH")).reference
    people = [{"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": "+855 12 345 678"}]}]
    other = files.create(Case.model_validate({"jurisdiction": "TH", "people": people})).reference
    locker = EvidenceLocker(vault)
    locker.import_file(chat_case, FIXTURES / "whatsapp-android-en-US.txt", Provenance(received_from="client"))
    locker.worker.close()
    workspace = Workspace(vault, Settings())
    qtbot.addWidget(workspace)
    workspace.resize(1200, 760)
    workspace.show()
    workspace.show_area("recruiters")
    area = workspace.recruiters_area
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: area.table.rowCount() == 1)
    assert area.table.item(0, 2).text() == "tel:+85512345678" and area.table.item(0, 3).text() == "2"
    area.table.selectRow(0)
    sources = {area.sources.item(r, 0).text(): area.sources.item(r, 1).text() for r in range(area.sources.rowCount())}
    assert sources[chat_case] == "E-1, message #4" and sources[other] == "case record: person Lee"
    assert workspace.grab().save(str(tmp_path / "recruiters.png"))  # the docs' picture: make screenshots
    row = next(r for r in range(area.sources.rowCount()) if area.sources.item(r, 0).text() == chat_case)
    area.sources.selectRow(row)
    area._open_source()
    wait_for_jobs(qtbot)
    tab = workspace.evidence_area.tab
    assert tab is not None
    qtbot.waitUntil(lambda: bool(tab.viewers))
    pane = tab.viewers[-1].pane
    assert isinstance(pane, ChatPane) and pane.selected_seqs() == [4]
    assert f"appears in 1 other case: tel:+85512345678 ({other})" in pane.list.item(3).text()
    for viewer in list(tab.viewers):
        viewer.close()
    wait_for_jobs(qtbot)


def test_a_paralegal_sees_the_identifiers_of_their_own_cases_only(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)

    def recruiter_case(paralegal: str, number: str) -> str:
        people = [{"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": number}]}]
        case = Case.model_validate({"jurisdiction": "KH", "paralegal": paralegal, "people": people})
        return files.create(case).reference

    mine, also_mine = recruiter_case("dara", "012 345 678"), recruiter_case("dara", "+855 12 345 678")
    hidden = recruiter_case("", "+855 12 345 678")
    vault.add_user("dara", "paralegal", "blue heron over the paddy")
    dara = Vault.open(vault.path, "dara", "blue heron over the paddy")
    try:
        workspace = Workspace(dara, Settings())
        qtbot.addWidget(workspace)
        workspace.resize(1200, 760)
        workspace.show()
        workspace.show_area("recruiters")
        area = workspace.recruiters_area
        wait_for_jobs(qtbot)
        qtbot.waitUntil(lambda: area.table.rowCount() == 1)
        assert area.table.item(0, 3).text() == "2" and area.table.item(0, 4).text() == f"{mine}, {also_mine}"
        area.table.selectRow(0)
        shown = {area.sources.item(r, 0).text() for r in range(area.sources.rowCount())}
        assert shown == {mine, also_mine} and hidden not in area.summary.text()
        assert not area.export_button.isVisible()  # a paralegal does not export
    finally:
        wait_for_jobs(qtbot)
        dara.close()


def test_an_upgraded_vault_reads_its_old_chat_exports_on_unlock(qtbot: QtBot, tmp_path: Path) -> None:
    """The format-5 fixture (tests/fixtures/make_vault_v5_chats.py): the workspace reads its chat exports once,
    with progress, and the Recruiters view then links the recruiter's number across its two cases."""
    import shutil

    from tests.conftest import ADMIN, PASSPHRASE

    folder = tmp_path / "old.saksi"
    shutil.copytree(FIXTURES.parent / "vault-v5-chats.saksi", folder)
    old = Vault.open(folder, ADMIN, PASSPHRASE)
    try:
        workspace = Workspace(old, Settings())
        qtbot.addWidget(workspace)
        workspace.show()
        qtbot.waitUntil(lambda: jobs_started(workspace))
        wait_for_jobs(qtbot)
        workspace.show_area("evidence")
        workspace.evidence_area.show_case("KH-2024-0001")
        tab = workspace.evidence_area.tab
        assert tab is not None
        kinds = {i.label: i.kind for i in tab.items()}
        assert kinds["E-1"] == kinds["E-2"] == kinds["E-3"] == "chat" and kinds["E-5"] == "text"
        workspace.show_area("recruiters")
        wait_for_jobs(qtbot)
        area = workspace.recruiters_area
        qtbot.waitUntil(lambda: area.table.rowCount() >= 1)
        assert area.table.item(0, 2).text() == "tel:+85512345678"
    finally:
        wait_for_jobs(qtbot)
        old.close()


def jobs_started(workspace: Workspace) -> bool:
    """The catch-up has run (its marks are written) or is running."""
    from app.evidence.chat_upgrade import needs_catch_up
    from ui import jobs

    return jobs.busy() or not needs_catch_up(workspace.vault)


def test_read_as_a_chat_on_request(qtbot: QtBot, vault: Vault) -> None:
    """A WhatsApp .txt kept as a text exhibit (as before chats): the detail pane's button reads it as a chat."""
    import io

    from storage import evidence as store
    from storage.db import transaction

    reference = CaseFiles(vault).create(Case(jurisdiction="KH")).reference
    locker = EvidenceLocker(vault)
    case_id = locker.case_id(reference)
    locker.worker.close()
    with transaction(vault.conn):
        data = (FIXTURES / "whatsapp-android-en-US.txt").read_bytes()
        blob = store.store_stream(vault.conn, io.BytesIO(data))[:3]
        store.insert_item(
            vault.conn,
            "amara",
            case_id=case_id,
            blob=blob,
            filename="chat.txt",
            mime="text/plain",
            kind="text",
            provenance=Provenance(),
        )
    workspace = Workspace(vault, Settings())
    qtbot.addWidget(workspace)
    workspace.resize(1200, 760)
    workspace.show()
    workspace.show_area("evidence")
    workspace.evidence_area.show_case(reference)
    tab = workspace.evidence_area.tab
    assert tab is not None
    tab.select_item(tab.items()[0].id)
    button = tab.detail.reread_button
    qtbot.waitUntil(button.isVisible)
    button.click()
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: tab.items()[0].kind == "chat")
    assert not tab.detail.reread_button.isVisible()


def test_in_khmer_the_sources_and_notices_are_words_not_codes(qtbot: QtBot, vault: Vault) -> None:
    """A case-record source is named in the interface's language, and a chat's notice keeps the translation's
    line-break hints invisible (they were once shown as [U+200B])."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from storage import errors
    from storage.chats import StoredMessage
    from ui import i18n
    from ui.evidence.chat_view import message_text

    app = QCoreApplication.instance()
    i18n.install(app, "km")  # type: ignore[arg-type]
    try:
        notice = StoredMessage(
            1, "2024-01-13T12:20:00", "", "", "Lee added Sokha", "system", "", None, False, None, "", "", "", {}
        )
        first = message_text(notice, {}).splitlines()[0]
        assert "[U+" not in first and first.endswith(QCoreApplication.translate("Chat", "notice"))
        area = RecruitersArea(vault)
        qtbot.addWidget(area)
        assert area._field_name("people/Lee") == "បុគ្គល Lee" and area._field_name("facts") == "អង្គហេតុ"
    finally:
        i18n.install(app, "")  # type: ignore[arg-type]
        errors.set_translator(None)
        QLocale.setDefault(QLocale.c())
