"""The referral form for a partner without Saksi: consented parts only, PDF in en/km/th, HTCDS JSON, age-encrypted."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Charge, Compound, Consent, Fact
from app.referral import form as referral_form
from storage.errors import InputRejected
from storage.vault import Vault

PARTNER = "Bangkok Legal Aid"


def a_case(vault: Vault, parts: list[str] | None = None, recipient: str = PARTNER) -> Case:
    case = Case(
        client={
            "names": [{"text": "Sok Dara"}, {"text": "ដារា", "kind": "alias"}],
            "sex": "female",
            "age_at_recruitment": 17,
            "nationalities": ["KH"],
            "languages": ["km", "en"],
            "contacts": [
                {"kind": "phone", "value": "+855 12 345 678", "safe_to_contact": True},
                {"kind": "phone", "value": "+855 99 999 999", "safe_to_contact": False},
            ],
        },
        recruitment={"country": "KH", "place": "Phnom Penh", "channel": "online", "platforms": ["telegram"]},
        compounds=[Compound(country="MM", place="Shwe Kokko", scam_work=["romance"], controls=["debt_bondage"])],
        facts=[Fact(statement="ถูกยึดหนังสือเดินทางที่ชายแดน", when={"date": "2025-03"})],
        charges=[Charge(offence="Illegal entry", authority="Mae Sot immigration")],
        notes="Private strategy note",
        consents=[
            Consent(
                what="Refer to Bangkok", use="referral", recipient=recipient, parts=parts or [], given_on="2026-01-05"
            )
        ],
    )
    return CaseFiles(vault).create(case)


def pdf_text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_the_form_holds_the_consented_parts_only_and_opens_with_the_passphrase(vault: Vault, tmp_path: Path) -> None:
    case = a_case(vault, parts=["client", "journey", "facts"])
    out = tmp_path / "form.zip.age"
    with pytest.raises(InputRejected, match="no consent") as refused:  # more than the client agreed to
        referral_form.export_form(vault, case.reference, PARTNER, out, parts=["client", "notes"])
    assert refused.value.exit_code == 6 and not out.exists()
    with pytest.raises(InputRejected, match="no consent"):  # someone the consent does not name
        referral_form.export_form(vault, case.reference, "Another NGO", out, parts=["client"])
    result = referral_form.export_form(
        vault, case.reference, " bangkok  legal aid", out, language="th", parts=["client", "journey", "facts"]
    )
    sealed = out.read_bytes()
    assert sealed.startswith(b"age-encryption.org/v1") and b"Sok Dara" not in sealed
    assert result.passphrase and len(result.passphrase.split("-")) == 8
    with pytest.raises(pyrage.DecryptError):
        referral_form.open_form(sealed, "wrong passphrase")
    files = referral_form.open_form(sealed, result.passphrase)
    stem = f"referral-{case.reference}-th"
    assert sorted(files) == [f"{stem}.json", f"{stem}.pdf"]
    text = pdf_text(files[f"{stem}.pdf"], tmp_path, "th")
    assert "แบบส่งต่อกรณี" in text and "Sok Dara" in text and "ถูกยึดหนังสือเดินทางที่ชายแดน" in text
    assert "+855 12 345 678" in text and "+855 99 999 999" not in text  # only contacts safe to use
    assert "Illegal entry" not in text and "Private strategy note" not in text  # not consented
    data = json.loads(files[f"{stem}.json"])
    assert (
        data["format"] == "saksi.referral-form/1" and data["cas_ReferredOrganisation"] == "bangkok  legal aid".strip()
    )
    assert data["prs_Gender"] == "Feminine" and data["vic_AgeWhenTrafficked"] == 17
    assert data["vic_RecruitmentWebsitesAndApps"] == ["Telegram"]
    assert data["vic_MethodsOfControl"] == ["DebtBondage"]
    assert data["vic_TypeOfExploitation"] == ["ForcedLabour", "Other"]
    assert {e["hte_Type"] for e in data["historic_events"]} == {"Recruitment", "Exploitation"}
    assert "charges" not in data["saksi"] and "cco_CaseComment" not in data
    entry = vault.recent_audit()[0]
    assert entry.action == "case.referral_form" and entry.detail["recipient"] == "bangkok  legal aid"
    assert entry.detail["parts"] == ["client", "journey", "facts"] and entry.detail["language"] == "th"
    assert vault.recent_audit()[1].action == "case.referral_form.intent"
    assert result.passphrase not in json.dumps([e.detail for e in vault.recent_audit()])


@pytest.mark.parametrize("language", ["en", "km"])
def test_the_form_in_english_and_khmer_to_an_age_key(vault: Vault, tmp_path: Path, language: str) -> None:
    case = a_case(vault)
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / f"{language}.zip.age"
    result = referral_form.export_form(
        vault, case.reference, PARTNER, out, language=language, age_recipient=str(identity.to_public())
    )
    assert result.passphrase == ""
    files = referral_form.open_form(out.read_bytes(), str(identity))
    text = pdf_text(files[f"referral-{case.reference}-{language}.pdf"], tmp_path, language)
    title = {"en": "Referral of a case", "km": "លិខិតបញ្ជូនសំណុំរឿង"}[language]
    assert title in text and "Illegal entry" in text and "Private strategy note" in text  # everything consented
    assert "ដារា" in text
    with pytest.raises(InputRejected, match="not an age public key"):
        referral_form.export_form(vault, case.reference, PARTNER, tmp_path / "x.age", age_recipient="age1nope")


@pytest.mark.skipif(shutil.which("age") is None, reason="the age tool (Debian package age) is not installed")
def test_the_partner_opens_it_with_the_age_tool(vault: Vault, tmp_path: Path) -> None:
    """What the partner does: their own age key, the standard age command, an ordinary ZIP."""
    case = a_case(vault)
    key = tmp_path / "partner.key"
    subprocess.run(["age-keygen", "-o", str(key)], capture_output=True, check=True)
    public = next(line.split(": ")[1] for line in key.read_text().splitlines() if "public key" in line)
    out = tmp_path / "form.zip.age"
    referral_form.export_form(vault, case.reference, PARTNER, out, age_recipient=public)
    subprocess.run(["age", "-d", "-i", str(key), "-o", str(tmp_path / "form.zip"), str(out)], check=True)
    import zipfile

    with zipfile.ZipFile(tmp_path / "form.zip") as zipped:
        assert f"referral-{case.reference}-en.pdf" in zipped.namelist()


def test_the_json_uses_only_published_htcds_fields_and_values(vault: Vault) -> None:
    import csv

    standards = Path(__file__).resolve().parents[1] / "fixtures" / "standards" / "htcds-2.0-fields.csv"
    fields = {row["field"]: row for row in csv.DictReader(standards.read_text("utf-8").splitlines())}
    case = a_case(vault)
    document = case.to_document()
    document["people"] = [{"role": "recruiter", "name": "Mr Chen"}]
    document["recruitment"] = {**document["recruitment"], "method": "online_ad", "recruiter_relationship": "acquainted"}
    data = referral_form.form_json(document, list(referral_form.vocab.codes(referral_form.vocab.REFERRAL_PARTS)), {})
    found = {k: v for k, v in data.items() if k[:4] in {"prs_", "vic_", "cas_", "con_", "cco_", "hte_", "per_"}}
    found.update({k: v for e in data["historic_events"] for k, v in e.items()})
    found.update({k: v for p in data["perpetrators"] for k, v in p.items() if k.startswith("per_")})
    assert {"prs_Gender", "vic_MethodsOfControl", "hte_Type", "per_RoleInProcess", "cas_Status"} <= set(found)
    for key, value in found.items():
        assert key in fields, key
        allowed = set(filter(None, fields[key]["values"].split(";")))
        if allowed and fields[key]["type"].endswith("Picklist"):
            for item in value if isinstance(value, list) else [value]:
                assert item in allowed, (key, item)
