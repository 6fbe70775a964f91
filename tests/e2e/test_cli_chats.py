"""``saksi evidence add`` recognises chat exports; ``evidence show --json`` gives their messages."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from tests.e2e.helpers import AS_ADMIN, AS_PARALEGAL, PARALEGAL, office_vault, saksi

pytestmark = pytest.mark.e2e
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "chats"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Path, str]:
    folder, _code = office_vault(tmp_path, users=())
    case = json.dumps({"opened_on": "2025-03-01", "client": {"names": [{"text": "Vanna"}]}})
    added = saksi("case", "add", folder, "--json", "-", input_text=case, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    return folder, added.stdout.strip()


def test_add_a_whatsapp_zip_and_a_telegram_folder_then_show_their_messages(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, reference = office
    export = tmp_path / "WhatsApp Chat - Recruiter KH.zip"
    photo = (FIXTURES / "telegram-export" / "photos" / "photo_1@10-02-2024_09-10-00.jpg").read_bytes()
    with zipfile.ZipFile(export, "w") as archive:
        archive.writestr("_chat.txt", (FIXTURES / "whatsapp-ios-chat.txt").read_bytes())
        archive.writestr("00000012-PHOTO-2024-02-01-08-00-01.jpg", photo)
    added = saksi("evidence", "add", folder, reference, export, FIXTURES / "telegram-export", **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    assert "stored as exhibit E-1" in added.stdout and "stored as exhibit E-2" in added.stdout

    shown = saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN)
    assert shown.returncode == 0, shown.stderr
    described = json.loads(shown.stdout)
    assert described["kind"] == "chat" and described["attachments"] == ["E-1.1"]
    message = described["messages"][3]
    assert message["time"] == "2024-02-01T08:00:01" and message["sender"] == "Recruiter KH"
    assert message["attachment"] == "00000012-PHOTO-2024-02-01-08-00-01.jpg"
    assert message["attachment_exhibit"] == "E-1.1"
    assert described["chat"]["date_order"] == "DMY"
    assert described["chat"]["date_order_explained"].startswith("Only this order")

    telegram = json.loads(saksi("evidence", "show", folder, reference, "E-2", "--json", **AS_ADMIN).stdout)
    assert telegram["messages"][2]["reply_to"] == 2 and telegram["messages"][2]["text"] == "តើត្រូវការឯកសារអ្វីខ្លះ?"
    assert telegram["messages"][4]["forwarded_from"] == "Golden Star Recruitment"

    text = saksi("evidence", "show", folder, reference, "E-1", **AS_ADMIN)
    assert "#2 2024-01-31 21:41:05 Recruiter KH: Job in Bavet casino" in text.stdout

    audit = saksi("audit", "list", folder, "--kind", "evidence", **AS_ADMIN).stdout
    assert "stored E-1.1, an attachment of the chat E-1, as it is in the export" in audit  # never "redacted"
    assert "redacted" not in audit and "copy" not in audit

    refused = saksi("evidence", "date-order", folder, reference, "E-1", "MDY", **AS_ADMIN)
    assert refused.returncode == 6 and "not be real dates" in refused.stderr  # 31/01 has no month 31


def test_identifiers_shared_across_cases(office: tuple[Path, str], tmp_path: Path) -> None:
    folder, reference = office
    other = json.dumps(
        {
            "opened_on": "2025-04-01",
            "jurisdiction": "TH",
            "people": [
                {"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": "+855 12 345 678"}]}
            ],
        }
    )
    second = saksi("case", "add", folder, "--json", "-", input_text=other, **AS_ADMIN).stdout.strip()
    added = saksi("evidence", "add", folder, reference, FIXTURES / "whatsapp-android-en-US.txt", **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    listed = saksi("identifiers", folder, "--shared", "--json", **AS_ADMIN)
    assert listed.returncode == 0, listed.stderr
    [shared] = json.loads(listed.stdout)
    assert shared["normalised"] == "tel:+85512345678" and sorted(shared["cases"]) == sorted([reference, second])
    assert {"case": reference, "exhibit": "E-1", "message": 4, "value": "+855 12 345 678"} in shared["sources"]
    assert shared["kind"] == "phone" and shared["value"]
    table = saksi("identifiers", folder, "--case", reference, **AS_ADMIN)
    assert "telegram:leejobs_kh" in table.stdout and "tel:+85512345678" in table.stdout
    target = tmp_path / "report.csv"
    exported = saksi("identifiers", folder, "--shared", "--export", target, "--only", "tel:+85512345678", **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    assert "tel:+85512345678" in target.read_text(encoding="utf-8-sig")


def test_a_paralegal_lists_identifiers_of_their_own_cases_only(tmp_path: Path) -> None:
    folder, _code = office_vault(tmp_path)  # with the paralegal PARALEGAL

    def add_case(paralegal: str, number: str) -> str:
        case = {
            "jurisdiction": "KH",
            "paralegal": paralegal,
            "people": [{"role": "recruiter", "name": "Lee", "identifiers": [{"kind": "phone", "value": number}]}],
        }
        added = saksi("case", "add", folder, "--json", "-", input_text=json.dumps(case), **AS_ADMIN)
        assert added.returncode == 0, added.stderr
        return added.stdout.strip()

    mine, also_mine, hidden = (
        add_case(PARALEGAL, "012 345 678"),
        add_case(PARALEGAL, "+85512345678"),
        add_case("", "097 888 7777"),
    )
    added = saksi("evidence", "add", folder, hidden, FIXTURES / "whatsapp-android-en-US.txt", **AS_ADMIN)
    assert added.returncode == 0, added.stderr

    listed = saksi("identifiers", folder, "--shared", "--json", **AS_PARALEGAL)
    assert listed.returncode == 0, listed.stderr
    [lee] = json.loads(listed.stdout)
    assert lee["cases"] == sorted([mine, also_mine]) and {s["case"] for s in lee["sources"]} == {mine, also_mine}
    table = saksi("identifiers", folder, **AS_PARALEGAL).stdout
    assert hidden not in table and "leejobs_kh" not in table  # the chat of the other case is not shown at all
    refused = saksi("identifiers", folder, "--case", hidden, **AS_PARALEGAL)
    assert refused.returncode == 1 and "paralegal" in refused.stderr and "Traceback" not in refused.stderr

    everything = json.loads(saksi("identifiers", folder, "--shared", "--json", **AS_ADMIN).stdout)
    assert sorted(everything[0]["cases"]) == sorted([mine, also_mine, hidden])
    shown = saksi("case", "show", folder, mine, **AS_PARALEGAL).stdout
    assert also_mine in shown and hidden not in shown  # the case's links: to the paralegal's own cases


def test_an_old_chat_export_is_read_as_a_chat_by_the_first_command_and_on_request(tmp_path: Path) -> None:
    """The format-5 fixture (tests/fixtures/make_vault_v5_chats.py) keeps its chat exports as text and zip files."""
    folder = tmp_path / "old.saksi"
    shutil.copytree(FIXTURES.parent / "vault-v5-chats.saksi", folder)
    listed = saksi("evidence", "list", folder, "KH-2024-0001", **AS_ADMIN)
    assert listed.returncode == 0, listed.stderr
    assert "reading old chat exports" in listed.stderr
    shown = json.loads(saksi("evidence", "show", folder, "KH-2024-0001", "E-1", "--json", **AS_ADMIN).stdout)
    assert shown["kind"] == "chat" and shown["messages"][3]["sender"] == "Mr Lee Jobs"
    again = saksi("evidence", "reparse", folder, "KH-2024-0001", **AS_ADMIN)
    assert again.returncode == 0, again.stderr
    assert "E-5: not a chat export; left as it is." in again.stderr  # notes.txt
    refused = saksi("evidence", "reparse", folder, "KH-2024-0001", "E-1", **AS_ADMIN)
    assert refused.returncode == 6 and "already read as a chat" in refused.stderr


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="make deps installs tesseract-ocr")
def test_add_read_text_reads_the_images_just_stored(office: tuple[Path, str]) -> None:
    folder, reference = office
    passport = FIXTURES.parent / "images" / "passport-specimen.jpg"
    added = saksi("evidence", "add", folder, reference, passport, "--read-text", **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    assert "E-1: " in added.stderr and "characters of text read." in added.stderr
    shown = json.loads(saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN).stdout)
    assert "ERIKSSON" in shown["text"] and shown["mrz"]["valid"]


def test_a_short_whatsapp_chat_with_a_pasted_contract_is_stored_as_a_chat(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, reference = office
    pasted = "".join(f"Clause {n}: the employee agrees to term {n}.\n" for n in range(1, 31))
    export = tmp_path / "WhatsApp Chat with Contract.txt"
    export.write_text(
        "03/04/2026, 21:16 - Mr Chen: Here is the contract\n"
        + pasted
        + "03/04/2026, 21:20 - Dara: ok\n04/04/2026, 08:00 - Mr Chen: send passport photo\n"
        "13/04/2026, 09:00 - Dara: sent\n"
    )
    added = saksi("evidence", "add", folder, reference, export, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    assert "plain file" not in added.stdout + added.stderr
    described = json.loads(saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN).stdout)
    assert described["kind"] == "chat" and len(described["messages"]) == 4
    contract = described["messages"][0]
    assert contract["sender"] == "Mr Chen" and contract["time"] == "2026-04-03T21:16:00"
    assert contract["text"].splitlines()[-1] == "Clause 30: the employee agrees to term 30."


def test_deleted_messages_missing_media_and_a_fact_quoted_from_several_days(
    office: tuple[Path, str], tmp_path: Path
) -> None:
    folder, reference = office
    export = tmp_path / "WhatsApp Chat with Mr Chen.txt"
    export.write_text(
        "03/04/2026, 21:16 - Mr Chen: Job in Bavet, 1500 USD\n"
        "03/04/2026, 21:17 - Mr Chen: VID-20260403-WA0001.mp4 (file attached)\n"
        "03/04/2026, 21:18 - Mr Chen: This message was deleted\n"
        "13/04/2026, 09:00 - Dara: I am at the border\n"
        "14/04/2026, 08:00 - Mr Chen: <Media omitted>\n"
    )
    assert saksi("evidence", "add", folder, reference, export, **AS_ADMIN).returncode == 0
    described = json.loads(saksi("evidence", "show", folder, reference, "E-1", "--json", **AS_ADMIN).stdout)
    assert [m["kind"] for m in described["messages"]] == ["message", "message", "deleted", "message", "message"]
    assert described["messages"][2]["sender"] == "Mr Chen"  # who deleted it
    text = saksi("evidence", "show", folder, reference, "E-1", **AS_ADMIN).stdout
    assert "#2 2026-04-03 21:17:00 Mr Chen:  [VID-20260403-WA0001.mp4 (not in the export)]" in text
    assert "#3 2026-04-03 21:18:00 Mr Chen: This message was deleted [deleted message" in text
    assert "[media not included in the export]" in text
    pdf = tmp_path / "transcript.pdf"
    assert saksi("evidence", "transcript", folder, reference, "E-1", pdf, **AS_ADMIN).returncode == 0
    words = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, check=True).stdout.decode()
    assert "a deleted message (its text is not in the export)" in " ".join(words.split())

    for messages in (["1", "4"], ["1", "2"]):
        quoted = saksi("evidence", "quote", folder, reference, "E-1", *messages, "--fact", **AS_ADMIN)
        assert quoted.returncode == 0, quoted.stderr
    case = json.loads(saksi("case", "export", folder, reference, "--json", "-", **AS_ADMIN).stdout)
    several, one_day = case["facts"]
    assert several["when"] == {"date": "2026-04-03", "approximate": True}  # 3 and 13 April: from the first
    assert one_day["when"] == {"date": "2026-04-03", "approximate": False}
    assert several["confidence"] == one_day["confidence"] == "medium"  # as any new fact: never "high" unasked
