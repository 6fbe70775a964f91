"""Chat exports as clients really bring them: a stray byte that is not UTF-8, a UTF-16 file, broken JSON, a
result.json of another app, a "WhatsApp Chat" .txt whose lines are not WhatsApp's. Each is either read as a chat
(the stored file byte for byte, the undecodable bytes counted) or kept as a plain exhibit with the reason and
the ``evidence.not_a_chat`` custody entry; ``evidence reread`` reads a plain exhibit again from the vault's bytes."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest

from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import AS_ADMIN, office_vault, saksi

pytestmark = pytest.mark.e2e

CHAT = (
    "12/03/2024, 10:00 - Recruiter KH: Job at the Café Bavet, 1500 USD\n"
    "12/03/2024, 10:01 - Vanna: Where?\n"
    "13/03/2024, 08:15 - Recruiter KH: Call +855 12 345 678\n"
)


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    folder, _created = office_vault(tmp_path, users=())
    case = json.dumps({"opened_on": "2025-03-01", "client": {"names": [{"text": "Vanna"}]}})
    added = saksi("case", "add", folder, "--json", "-", input_text=case, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    return folder, added.stdout.strip()


def _add(folder: Path, reference: str, path: Path) -> dict[str, object]:
    added = saksi("evidence", "add", folder, reference, path, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    listed = saksi("evidence", "list", folder, reference, "--json", **AS_ADMIN)
    label = json.loads(listed.stdout)[-1]["exhibit"]
    shown = saksi("evidence", "show", folder, reference, label, "--json", **AS_ADMIN)
    assert shown.returncode == 0, shown.stderr
    described: dict[str, object] = json.loads(shown.stdout)
    return described


def _not_a_chat_entries(folder: Path) -> list[dict[str, object]]:
    log = json.loads(saksi("vault", "log", folder, "--json", **AS_ADMIN).stdout)
    return [e["detail"] for e in log if e["action"] == "evidence.not_a_chat"]


def test_a_whatsapp_export_with_a_latin1_byte_is_read_as_a_chat_and_stored_as_it_was(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, reference = office
    data = CHAT.encode("utf-8").replace("é".encode(), b"\xe9")  # one byte an editor saved as Latin-1
    export = tmp_path / "WhatsApp Chat with Recruiter KH.txt"
    export.write_bytes(data)
    shown = _add(folder, reference, export)
    assert shown["kind"] == "chat" and shown["sha256"] == hashlib.sha256(data).hexdigest()
    chat = shown["chat"]
    assert isinstance(chat, dict) and chat["undecodable_bytes"] == 1 and chat["encoding"] == "utf-8"
    messages = shown["messages"]
    assert isinstance(messages, list)
    assert messages[0]["text"] == "Job at the Caf\ufffd Bavet, 1500 USD" and messages[0]["sender"] == "Recruiter KH"
    assert messages[2]["time"] == "2024-03-13T08:15:00"
    text = saksi("evidence", "show", folder, reference, "E-1", **AS_ADMIN).stdout
    assert "1 byte(s) could not be decoded" in text
    assert _not_a_chat_entries(folder) == []


def test_a_utf16_export_with_its_bom_is_read_as_a_chat(office: tuple[Path, str], tmp_path: Path) -> None:
    folder, reference = office
    data = ("\ufeff" + CHAT).encode("utf-16-le")
    export = tmp_path / "chat.txt"
    export.write_bytes(data)
    shown = _add(folder, reference, export)
    assert shown["kind"] == "chat" and shown["sha256"] == hashlib.sha256(data).hexdigest()
    chat = shown["chat"]
    assert isinstance(chat, dict) and chat["encoding"] == "utf-16" and chat["undecodable_bytes"] == 0
    messages = shown["messages"]
    assert isinstance(messages, list) and messages[0]["text"] == "Job at the Café Bavet, 1500 USD"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        # cut off before its messages (a download that stopped): nothing in it says Telegram but its name
        ("result.json", b'{"name": "Recruiter", "type": "personal_chat", "id": 42', "The JSON is broken"),
        ("result.json", b'{"results": [{"score": 3}], "type": "report"}', "no list of messages"),
        ("result.json", b'{"messages": [{"body": "hi", "from": "x"}]}', "not as Telegram writes them"),
        ("WhatsApp Chat with Dara.txt", b"Dara, Monday: see you\nVanna, Monday: ok\n", "named like a WhatsApp export"),
        ("WhatsApp Chat - Dara.zip", None, "holds no chat text file"),
    ],
)
def test_a_file_that_looks_like_an_export_but_is_not_readable_is_kept_with_the_reason(
    office: tuple[Path, str], tmp_path: Path, name: str, data: bytes | None, reason: str
) -> None:
    folder, reference = office
    if data is None:
        import zipfile

        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("photo.jpg", b"\xff\xd8\xff\xe0 not much of a photo")
        data = buffer.getvalue()
    export = tmp_path / name
    export.write_bytes(data)
    added = saksi("evidence", "add", folder, reference, export, **AS_ADMIN)
    assert f"{name} stored as exhibit E-1, as a plain file: " in added.stdout and reason in added.stdout
    shown = json.loads(saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN).stdout)
    assert shown["kind"] != "chat" and shown["sha256"] == hashlib.sha256(data).hexdigest()
    assert isinstance(shown["not_a_chat"], str) and reason in shown["not_a_chat"]
    metadata = shown["metadata"]
    assert isinstance(metadata, dict) and metadata["not_a_chat"] == shown["not_a_chat"]
    assert _not_a_chat_entries(folder) == [{"exhibit": "E-1", "reason": shown["not_a_chat"]}]
    text = saksi("evidence", "show", folder, reference, "E-1", **AS_ADMIN).stdout
    assert "kept as a plain file: " in text and reason in text


def test_an_ordinary_text_and_json_are_plain_files_with_no_reason(office: tuple[Path, str], tmp_path: Path) -> None:
    folder, reference = office
    for name, data in (("notes.txt", b"Met the client on 12 March.\n"), ("data.json", b'{"a": 1}')):
        (tmp_path / name).write_bytes(data)
        shown = _add(folder, reference, tmp_path / name)
        assert shown["kind"] == "text" and "not_a_chat" not in shown
    assert _not_a_chat_entries(folder) == []


def _plain_exhibit(folder: Path, reference: str, data: bytes, filename: str, *, old: bool = False) -> None:
    """An exhibit as Saksi stored it before it read such files as chats: unknown bytes, kind ``other``;
    ``old``: the vault's reading of old chats marked as the previous one (so the next command catches up)."""
    from app.cases.case_files import CaseFiles
    from storage import evidence as store
    from storage.db import transaction
    from storage.evidence import Provenance
    from storage.vault import Vault

    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        case_id = CaseFiles(vault).load(reference)[0].id
        with transaction(vault.conn):
            blob = store.store_stream(vault.conn, io.BytesIO(data))[:3]
            store.insert_item(
                vault.conn,
                ADMIN,
                case_id=case_id,
                blob=blob,
                filename=filename,
                mime="application/octet-stream",
                kind="other",
                provenance=Provenance(received_from="client"),
            )
            if old:
                vault.conn.execute("UPDATE meta SET value = '1' WHERE key = 'chats_reread'")


def test_reread_reads_a_plain_exhibit_as_a_chat_from_the_vaults_bytes(office: tuple[Path, str]) -> None:
    folder, reference = office
    data = CHAT.encode("utf-8").replace("é".encode(), b"\xe9")
    _plain_exhibit(folder, reference, data, "recruiter.txt")
    reread = saksi("evidence", "reread", folder, reference, "E-1", **AS_ADMIN)
    assert reread.returncode == 0, reread.stderr
    assert "E-1: read as a chat (whatsapp-android, 3 messages)." in reread.stderr
    shown = json.loads(saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN).stdout)
    assert shown["exhibit"] == "E-1" and shown["kind"] == "chat"
    assert shown["sha256"] == hashlib.sha256(data).hexdigest() and shown["chat"]["undecodable_bytes"] == 1
    log = json.loads(saksi("vault", "log", folder, "--json", **AS_ADMIN).stdout)
    [entry] = [e for e in log if e["action"] == "evidence.chat"]
    assert entry["detail"]["reread_from"] == "other" and entry["detail"]["messages"] == 3
    again = saksi("evidence", "reread", folder, reference, "E-1", **AS_ADMIN)
    assert again.returncode == 6 and "already read as a chat" in again.stderr


def test_the_upgrade_catch_up_reads_old_plain_exhibits_and_records_why_others_are_not_chats(
    office: tuple[Path, str],
) -> None:
    folder, reference = office
    _plain_exhibit(
        folder, reference, ("\ufeff" + CHAT).encode("utf-16-le"), "WhatsApp Chat with Recruiter KH.txt", old=True
    )
    _plain_exhibit(folder, reference, b"\x00\x01 not text at all \xe9", "WhatsApp Chat with Dara.txt", old=True)
    listed = saksi("evidence", "list", folder, reference, "--json", **AS_ADMIN)
    assert listed.returncode == 0, listed.stderr
    assert "reading old chat exports" in listed.stderr
    kinds = {e["exhibit"]: e["kind"] for e in json.loads(listed.stdout)}
    assert kinds == {"E-1": "chat", "E-2": "other"}
    second = json.loads(saksi("evidence", "show", folder, reference, "E-2", "--json", **AS_ADMIN).stdout)
    assert "named like a WhatsApp export" in second["not_a_chat"]
    assert _not_a_chat_entries(folder) == [{"exhibit": "E-2", "reason": second["not_a_chat"]}]
    saksi("evidence", "reread", folder, reference, "E-2", **AS_ADMIN)
    assert len(_not_a_chat_entries(folder)) == 1  # the same reason is not recorded twice
