"""Chat exports stored in a real vault: one chat exhibit, media as child exhibits, messages searchable."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Fact
from app.evidence.bundle import plan_bundle
from app.evidence.chat_exhibits import quote_into_fact
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from app.writers.chat_transcript import export_transcript
from storage import audit
from storage.evidence import Provenance
from storage.vault import Vault
from tests.conftest import ADMIN

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"
FROM_CLIENT = Provenance(received_from="client", via="phone transfer")


@pytest.fixture(scope="module")
def worker() -> Iterator[ImageWorker]:
    with ImageWorker(timeout=20) as shared:
        yield shared


@pytest.fixture
def locker(vault: Vault, worker: ImageWorker) -> EvidenceLocker:
    return EvidenceLocker(vault, worker)


@pytest.fixture
def case_ref(vault: Vault) -> str:
    return CaseFiles(vault).create(Case()).reference


def jpeg_bytes() -> bytes:
    return (FIXTURES / "telegram-export" / "photos" / "photo_1@10-02-2024_09-10-00.jpg").read_bytes()


def ios_zip(path: Path, extra: dict[str, bytes] | None = None) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_chat.txt", (FIXTURES / "whatsapp-ios-chat.txt").read_bytes())
        archive.writestr("00000012-PHOTO-2024-02-01-08-00-01.jpg", jpeg_bytes())
        for name, data in (extra or {}).items():
            archive.writestr(name, data)
    return path


def test_a_whatsapp_zip_is_one_chat_exhibit_with_its_photo_as_a_child(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path, vault: Vault
) -> None:
    export = ios_zip(tmp_path / "WhatsApp Chat - Recruiter KH.zip")
    [result] = locker.import_paths(case_ref, [export], FROM_CLIENT)
    chat = result.item
    assert chat is not None and chat.kind == "chat" and chat.label == "E-1"
    assert chat.sha256 == hashlib.sha256(export.read_bytes()).hexdigest()  # the export itself, byte for byte
    [photo] = locker.copies_of(chat)
    assert photo.label == "E-1.1" and photo.kind == "image" and photo.derivation["message"] == 4
    assert photo.sha256 == hashlib.sha256(jpeg_bytes()).hexdigest()  # as it was inside the zip: not re-encoded
    assert locker.thumbnail(photo) is not None
    messages = locker.messages(chat)
    assert messages[3].attachment_id == photo.id
    assert chat.metadata["chat"]["date_order"] == "DMY"
    assert locker.search(case_ref, "Bavet casino") == [chat]
    assert locker.search(case_ref, "012 999") == [chat]
    actions = [e.action for e in audit.entries(vault.conn, target=f"evidence:{chat.id}", limit=10)]
    assert "evidence.import" in actions and "evidence.chat" in actions


def test_a_telegram_folder_is_one_import_and_unnamed_files_are_kept_too(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    folder = shutil.copytree(FIXTURES / "telegram-export", tmp_path / "ChatExport_2024-02-10")
    (folder / "export_notes.txt").write_text("left here by the client's phone")
    [result] = locker.import_paths(case_ref, [folder], FROM_CLIENT)
    chat = result.item
    assert chat is not None and chat.filename == "result.json" and chat.kind == "chat"
    children = {c.derivation["name"]: c for c in locker.copies_of(chat)}
    assert set(children) == {"photos/photo_1@10-02-2024_09-10-00.jpg", "files/contract.pdf", "export_notes.txt"}
    assert children["export_notes.txt"].derivation["message"] is None
    reply = locker.messages(chat)[2]
    assert reply.reply_to == 2
    assert len(locker.items(case_ref)) == 4  # nothing else of the folder became an exhibit of its own


def test_the_lawyer_corrects_the_date_order_and_it_is_recorded(
    locker: EvidenceLocker, case_ref: str, vault: Vault
) -> None:
    result = locker.import_file(case_ref, FIXTURES / "whatsapp-android-ambiguous.txt", FROM_CLIENT)
    chat = result.item
    assert chat is not None and locker.messages(chat)[0].time == "2024-04-03T21:41:00"
    locker.set_date_order(chat, "MDY")
    chat = locker.item(chat.id)
    assert locker.messages(chat)[0].time == "2024-03-04T21:41:00"
    assert chat.metadata["chat"]["date_order"] == "MDY" and chat.metadata["chat"]["date_order_chosen_by"] == ADMIN
    entries = audit.entries(vault.conn, target=f"evidence:{chat.id}", limit=20)
    [entry] = [e for e in entries if e.action == "evidence.chat_date_order"]
    detail = entry.detail if isinstance(entry.detail, dict) else json.loads(entry.detail)
    assert detail == {"exhibit": "E-1", "from": "DMY", "to": "MDY", "messages": 4}


def test_a_hostile_zip_is_kept_as_a_plain_file_with_the_reason(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    export = ios_zip(tmp_path / "chat.zip", {"../../../home/user/.bashrc": b"rm -rf ~"})
    [result] = locker.import_paths(case_ref, [export], FROM_CLIENT)
    item = result.item
    assert item is not None and item.kind == "other" and "outside itself" in item.preview
    assert locker.copies_of(item) == [] and locker.messages(item) == []
    assert not (tmp_path / "home").exists()


def test_a_member_that_fails_mid_stream_stores_nothing_of_the_chat(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    export = ios_zip(tmp_path / "chat.zip", {"video.mp4": b"v" * 200_000})
    data = bytearray(export.read_bytes())
    at = data.find(b"v" * 50)  # stored deflated: damage the compressed bytes so the CRC fails
    if at < 0:
        info = zipfile.ZipFile(export).getinfo("video.mp4")
        at = info.header_offset + 30 + len("video.mp4") + 5
    data[at : at + 8] = b"\x00\xff" * 4
    export.write_bytes(bytes(data))
    [result] = locker.import_paths(case_ref, [export], FROM_CLIENT)
    item = result.item
    assert item is not None and item.kind != "chat" and item.preview
    assert [i.label for i in locker.items(case_ref)] == ["E-1"]


def test_a_bundle_carries_a_chat_with_its_media(locker: EvidenceLocker, case_ref: str, tmp_path: Path) -> None:
    locker.import_paths(case_ref, [ios_zip(tmp_path / "chat.zip")], FROM_CLIENT)
    plan = plan_bundle(locker.items(case_ref))
    assert [i.label for i in plan.items] == ["E-1", "E-1.1"]
    assert [i.label for i in plan_bundle(locker.items(case_ref), redacted_only=True).items] == []


def test_quoting_messages_into_a_fact_keeps_exhibit_and_message_references(
    locker: EvidenceLocker, case_ref: str, vault: Vault
) -> None:
    [result] = locker.import_paths(case_ref, [FIXTURES / "telegram-export"], FROM_CLIENT)
    chat = result.item
    assert chat is not None
    fact = quote_into_fact(vault, case_ref, chat, [4, 2])
    case, _version = CaseFiles(vault).load(case_ref)
    [stored] = [f for f in case.facts if f.id == fact.id]
    assert stored.statement.splitlines() == [
        "[E-1 #2, 2024-02-10 09:05:12] Agent Wang: Good job for you in Myawaddy. Apply here or call +66 81 234 5678",
        "[E-1 #4, 2024-02-10 09:10:00] Agent Wang: Send passport photo like this",
    ]
    assert stored.evidence_ids == [chat.id] and [(q.evidence_id, q.seq) for q in stored.quotes] == [
        (chat.id, 2),
        (chat.id, 4),
    ]
    assert stored.when.date == "2024-02-10" and not stored.when.approximate  # one day: its date, exact
    assert stored.confidence == Fact.model_fields["confidence"].default  # the lawyer weighs it, not the quote


def test_the_transcript_pdf_has_every_message_the_export_hash_and_the_custody_entry(
    locker: EvidenceLocker, case_ref: str, vault: Vault, tmp_path: Path
) -> None:
    [result] = locker.import_paths(case_ref, [FIXTURES / "telegram-export"], FROM_CLIENT)
    chat = result.item
    assert chat is not None
    target = export_transcript(vault, case_ref, chat, tmp_path)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(text.split())
    assert chat.sha256 in flat
    imported = next(
        e for e in audit.entries(vault.conn, target=f"evidence:{chat.id}", limit=20) if e.action == "evidence.import"
    )
    assert imported.hash in flat
    assert "Good job for you in Myawaddy" in flat and "09:05:12" in flat
    assert "តើត្រូវការឯកសារអ្វីខ្លះ?" in flat  # Khmer copies out as typed (ActualText)
    assert "reply to #2" in flat and "forwarded from Golden Star Recruitment" in flat and "exhibit E-1.1" in flat
    actions = [e.action for e in audit.entries(vault.conn, target=f"evidence:{chat.id}", limit=20)]
    assert "evidence.export.intent" in actions and "evidence.export" in actions


def test_the_transcript_shows_hidden_link_targets_and_counts_undecodable_bytes(
    locker: EvidenceLocker, case_ref: str, vault: Vault, tmp_path: Path
) -> None:
    """Telegram's "Apply here" keeps the recruiter's site behind "here": the court sees it. A WhatsApp file with a
    byte that is not UTF-8 is read, and the transcript says how many bytes could not be decoded."""
    [telegram] = locker.import_paths(case_ref, [FIXTURES / "telegram-export"], FROM_CLIENT)
    latin1 = tmp_path / "WhatsApp Chat with Lee.txt"
    latin1.write_bytes(b"12/03/2024, 10:00 - Lee: Caf\xe9 job\n13/03/2024, 10:01 - Vanna: ok\n")
    [whatsapp] = locker.import_paths(case_ref, [latin1], FROM_CLIENT)
    pages = []
    for result in (telegram, whatsapp):
        assert result.item is not None and result.item.kind == "chat"
        out = tmp_path / result.item.label
        out.mkdir()
        target = export_transcript(vault, case_ref, result.item, out)
        text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
        pages.append(" ".join(text.split()))
    assert "link “here” goes to https://jobs-thai-easy.com/apply?id=7" in pages[0]
    assert "1 byte(s) of the export are not text in its encoding" in pages[1]


def test_the_audit_log_says_a_chat_attachment_was_stored_as_it_came_never_redacted(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path, vault: Vault
) -> None:
    from app.common import audit_log

    [whatsapp] = locker.import_paths(case_ref, [ios_zip(tmp_path / "WhatsApp Chat - Recruiter KH.zip")], FROM_CLIENT)
    [telegram] = locker.import_paths(case_ref, [FIXTURES / "telegram-export"], FROM_CLIENT)
    assert whatsapp.item is not None and telegram.item is not None
    [photo] = locker.copies_of(whatsapp.item)
    assert photo.derivation["op"] == "chat attachment"
    redacted = locker.derive(photo, boxes=[(0, 0, 4, 4)])  # a redacted copy of the photo: a child of the chat too
    cropped = locker.derive(photo, boxes=[], crop=(0, 0, 8, 8), purpose="cropped copy")
    whats = [line.what for line in audit_log.lines(vault)]
    stored = "stored E-1.1, an attachment of the chat E-1, as it is in the export"
    assert whats.count(stored) == 2  # the attachment's own entry and the chat's
    assert "stored E-2.1, an attachment of the chat E-2, as it is in the export" in whats  # a Telegram photo
    assert f"made a redacted copy {redacted.label}" in whats and "a redacted copy of E-1 was made" in whats
    assert f"made a cropped copy {cropped.label}" in whats and "a cropped copy of E-1 was made" in whats
    redacting = [w for w in whats if "redacted" in w]
    assert len(redacting) == 2 and all(redacted.label in w or "of E-1 was made" in w for w in redacting)
    assert not any("E-2" in w and "cop" in w for w in whats)  # Telegram's media: stored, never "copies"

    # an entry on the chat written before the op was recorded there: read from the attachment it is about
    audit.append(
        vault.conn,
        ADMIN,
        "evidence.derived_from",
        f"evidence:{telegram.item.id}",
        {"copy": "E-2.1", "sha256": locker.copies_of(telegram.item)[0].sha256},
    )
    assert audit_log.lines(vault)[0].what == "stored E-2.1, an attachment of the chat E-2, as it is in the export"
    audit.append(
        vault.conn,
        ADMIN,
        "evidence.derived_from",
        f"evidence:{telegram.item.id}",
        {"copy": "E-2.9", "sha256": "0" * 64},
    )
    assert audit_log.lines(vault)[0].what == "a copy of E-2 was made: E-2.9"  # unknown: no kind of copy claimed
    audit.append(
        vault.conn,
        ADMIN,
        "evidence.derive",
        f"evidence:{photo.id}",
        {"exhibit": "E-1.1", "from": "E-1", "derivation": {"op": "upscaled copy"}},
    )
    assert audit_log.lines(vault)[0].what == "made E-1.1, a copy of E-1"


def test_each_kind_of_copy_has_its_khmer_words() -> None:
    from app.common import audit_log
    from ui.i18n import catalog

    _tree, messages = catalog.read(catalog.ts_path("km"))
    khmer = {m.source: m.translation for m in messages if m.context == "Messages" and m.finished}
    sentences = [audit_log.SENTENCES["evidence.derive"][1], audit_log.SENTENCES["evidence.derived_from"][1]]
    for text in [*sentences, *(s for pair in audit_log.DERIVED.values() for s in pair)]:
        translated = khmer.get(text, "")
        assert translated and translated != text, text
        assert sorted(re.findall(r"\{\w+\}", translated)) == sorted(re.findall(r"\{\w+\}", text)), text


def test_the_bundle_index_calls_a_chat_photo_an_attachment_not_a_copy(
    locker: EvidenceLocker, case_ref: str, tmp_path: Path
) -> None:
    from app.evidence.bundle import export_bundle

    [result] = locker.import_paths(case_ref, [ios_zip(tmp_path / "chat.zip")], FROM_CLIENT)
    assert result.item is not None
    [photo] = locker.copies_of(result.item)
    locker.derive(photo, boxes=[(0, 0, 4, 4)])  # E-1.2, a redacted copy: still "a copy"
    (tmp_path / "out").mkdir()
    bundle = export_bundle(locker, case_ref, tmp_path / "out", selection=["E-1.1", "E-1.2"])
    pdf = bundle.path / "index.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    assert "Attachment of the chat E-1, as it is in" in text and text.count("Copy of E-1") == 0
    assert "redacted copy of E-1.1" in text  # the copy's own description says what it is, and of which
    manifest = json.loads((bundle.path / "manifest.json").read_text())
    assert [e["derivation"] for e in manifest["exhibits"]] == ["chat attachment", "redacted copy"]
