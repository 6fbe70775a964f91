"""Chat exports imported before Saksi read chats (kept as text and zip exhibits) are read as chats once after the
upgrade, without changing their stored bytes; their media are linked or stored as child exhibits."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence import chat_upgrade
from app.evidence.chat_exhibits import chat_summary
from app.evidence.identifiers_index import listing
from app.evidence.locker import EvidenceLocker
from storage import chats as chat_store
from storage import evidence as store
from storage.db import transaction
from storage.errors import InputRejected
from storage.evidence import Provenance
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def old_vault(tmp_path: Path) -> Path:
    """A vault written by Saksi at format 5 (tests/fixtures/make_vault_v5_chats.py): three chat exports and a
    note in KH-2024-0001, a WhatsApp .txt and its photo imported one by one in KH-2024-0002."""
    folder = tmp_path / "vault-v5-chats.saksi"
    shutil.copytree(FIXTURES / "vault-v5-chats.saksi", folder)
    return folder


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (folder / "blobs").iterdir()}


def _by_label(vault: Vault, reference: str) -> dict[str, store.Item]:
    locker = EvidenceLocker(vault)
    try:
        return {i.label: i for i in locker.items(reference)}
    finally:
        locker.worker.close()


def test_old_chat_exports_are_read_as_chats_once_and_their_bytes_stay(old_vault: Path) -> None:
    with Vault.open(old_vault, ADMIN, PASSPHRASE) as vault:
        before = _by_label(vault, "KH-2024-0001")
        assert [before[x].kind for x in ("E-1", "E-2", "E-3", "E-5")] == ["text", "other", "text", "text"]
        blobs_before = {label: (i.blob_id, i.sha256) for label, i in before.items()}
        sealed_before = _files(old_vault)
        assert chat_upgrade.needs_catch_up(vault)
        seen: list[tuple[int, int]] = []
        assert chat_upgrade.catch_up(vault, lambda done, total: seen.append((done, total)))
        assert seen and seen[-1][0] == seen[-1][1]

        after = _by_label(vault, "KH-2024-0001")
        whatsapp, archive, telegram, photo, notes = (after[f"E-{n}"] for n in range(1, 6))
        assert (whatsapp.kind, archive.kind, telegram.kind, notes.kind) == ("chat", "chat", "chat", "text")
        for label, (blob_id, sha) in blobs_before.items():  # same blob, same hash, same number
            assert (after[label].blob_id, after[label].sha256) == (blob_id, sha)
        for name, data in sealed_before.items():  # not one stored file was rewritten
            assert (old_vault / "blobs" / name).read_bytes() == data
        assert hashlib.sha256(b"".join(store.read_blob(vault.conn, whatsapp.blob_id or ""))).hexdigest() == (
            whatsapp.sha256
        )

        messages = chat_store.messages(vault.conn, whatsapp.id)
        assert messages[3].sender == "Mr Lee Jobs" and messages[3].time == "2024-01-02T08:05:00"
        assert chat_summary(whatsapp)["date_order"] == "MDY"
        # the .zip: its photo became the child exhibit E-2.1, linked to its message
        [child] = [i for i in after.values() if i.original_id == archive.id]
        assert child.label == "E-2.1" and child.kind == "image"
        linked = [m for m in chat_store.messages(vault.conn, archive.id) if m.attachment_id]
        assert [m.attachment_id for m in linked] == [child.id]
        # result.json: the photo imported beside it (E-4) is linked by its file name, not stored twice
        photos = [m for m in chat_store.messages(vault.conn, telegram.id) if m.attachment.startswith("photos/")]
        assert photos and photos[0].attachment_id == photo.id
        custody = [e for e in store.custody(vault.conn, telegram.id) if e.action == "evidence.chat"]
        assert custody[0].detail["reread_from"] == "text" and custody[0].detail["linked_exhibits"] == 1

        second = _by_label(vault, "KH-2024-0002")
        assert second["E-1"].kind == "chat"
        attached = [m for m in chat_store.messages(vault.conn, second["E-1"].id) if m.attachment]
        assert attached[0].attachment_id == second["E-2"].id

        # the index was built from the messages: the recruiter's number links the two cases
        shared = {i.normalised: i.cases for i in listing(vault, shared=True)}
        assert shared["tel:+85512345678"] == ["KH-2024-0001", "KH-2024-0002"]

        assert not chat_upgrade.needs_catch_up(vault)
        assert not chat_upgrade.catch_up(vault)  # once only
        assert vault.verify() == []


def test_a_plain_text_is_left_alone_and_an_exhibit_can_be_read_again_on_request(vault: Vault) -> None:
    """``evidence reparse`` on one exhibit: a chat export imported as text becomes a chat; a note does not."""
    locker = EvidenceLocker(vault)
    try:
        reference = CaseFiles(vault).create(Case(jurisdiction="KH")).reference
        case_id = locker.case_id(reference)
        ids = []
        for name, data in (
            ("chat.txt", (FIXTURES / "chats" / "whatsapp-android-de.txt").read_bytes()),
            ("note.txt", b"Only a note, 12/03/24, 10:00 - nothing more\n"),
        ):
            with transaction(vault.conn):
                blob = store.store_stream(vault.conn, io.BytesIO(data))[:3]
                ids.append(
                    store.insert_item(
                        vault.conn,
                        ADMIN,
                        case_id=case_id,
                        blob=blob,
                        filename=name,
                        mime="text/plain",
                        kind="text",
                        provenance=Provenance(),
                    )
                )
        chat, note = (locker.item(i) for i in ids)
        done = chat_upgrade.reread(vault, chat)
        assert done.chat and done.item.kind == "chat" and done.item.sha256 == chat.sha256
        assert chat_store.count(vault.conn, chat.id) > 0
        left = chat_upgrade.reread(vault, note)
        assert not left.chat and locker.item(note.id).kind == "text"
        with pytest.raises(InputRejected, match="already read as a chat"):
            chat_upgrade.reread(vault, done.item)
    finally:
        locker.worker.close()


def test_the_audit_log_says_in_words_that_an_old_export_was_read_as_a_chat(old_vault: Path) -> None:
    from app.common import audit_log

    with Vault.open(old_vault, ADMIN, PASSPHRASE) as vault:
        chat_upgrade.catch_up(vault)
        said = [line.what for line in audit_log.lines(vault, audit_log.Filters(case="KH-2024-0001"))]
    assert "read exhibit E-1 as a chat export" in said and not [w for w in said if "does not describe" in w]
