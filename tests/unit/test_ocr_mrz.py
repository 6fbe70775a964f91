"""Text read from screenshots and passports by Tesseract in the decoder process; the MRZ parsed and checked."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.evidence import identity, mrz
from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault

IMAGES = Path(__file__).resolve().parents[1] / "fixtures" / "images"
TD3 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10"  # ICAO 9303 specimen
TD1 = "I<UTOD231458907<<<<<<<<<<<<<<<\n7408122F1204159UTO<<<<<<<<<<<6\nERIKSSON<<ANNA<MARIA<<<<<<<<<<"
needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="make deps installs tesseract-ocr")


def test_icao_specimens_parse_with_every_check_digit() -> None:
    passport = mrz.parse(TD3, date(2010, 1, 1))
    assert passport is not None and passport.valid
    assert (passport.surname, passport.given_names, passport.document_number) == ("ERIKSSON", "ANNA MARIA", "L898902C3")
    assert (passport.birth_date, passport.expiry_date, passport.sex, passport.nationality) == (
        "1974-08-12",
        "2012-04-15",
        "F",
        "UTO",
    )
    card = mrz.parse(TD1, date(2010, 1, 1))
    assert card is not None and card.valid and card.kind == "TD1" and card.document_number == "D23145890"


def test_a_wrong_digit_fails_its_check_and_ocr_confusions_are_corrected_only_where_digits_belong() -> None:
    tampered = mrz.parse(TD3.replace("7408122F", "7408132F"))
    assert tampered is not None and not tampered.valid and tampered.checks["birth_date"] is False
    misread = mrz.parse(TD3.replace("UTO7408122F1204159", "UT07408I22F12O4159"))
    assert misread is not None and misread.valid and misread.nationality == "UTO"
    assert any("birth date" in c for c in misread.corrections)
    assert mrz.parse("Hello\nno zone here") is None


@pytest.fixture
def locker(vault: Vault) -> Iterator[EvidenceLocker]:
    with ImageWorker(timeout=60) as worker:
        yield EvidenceLocker(vault, worker)


@needs_tesseract
def test_a_screenshot_and_a_passport_are_read_searchable_and_offered_to_the_case(
    locker: EvidenceLocker, vault: Vault
) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    results = locker.import_paths(reference, [IMAGES], Provenance(received_from="client"))
    shot, passport = (r.item for r in results)
    assert shot is not None and passport is not None
    read = locker.read_text(shot, ["eng", "khm"])
    lines = locker.ocr_text(read).splitlines()
    assert "Hello! IT job in Sihanoukville" in lines and "Call +855 12 345 678" in lines  # laid out as lines
    assert [i.id for i in locker.search(reference, "Sihanoukville")] == [shot.id]
    assert read.transcription == ""  # the lawyer's transcription is separate; both are kept
    locker.set_text(read, "Hello! IT job in Sihanoukville (corrected)", "")
    assert locker.ocr_text(locker.item(shot.id)).startswith("Mr Lee Jobs")

    read = locker.read_text(passport, ["eng"])
    found = read.metadata["mrz"]
    assert found["valid"] and found["document_number"] == "L898902C3" and found["birth_date"] == "1974-08-12"
    case, _version = CaseFiles(vault).load(reference)
    offered = {s.field: s.suggested for s in identity.suggestions(case, found)}
    assert offered["client.documents"] == "passport L898902C3" and offered["client.date_of_birth"] == "1974-08-12"
    assert CaseFiles(vault).load(reference)[0].client.documents == []  # offered, never applied silently
    identity.accept(vault, reference, read)
    client = CaseFiles(vault).load(reference)[0].client
    assert client.documents[0].number == "L898902C3" and client.date_of_birth == "1974-08-12" and client.sex == "female"


@needs_tesseract
def test_a_hostile_image_gets_a_reason_not_a_crash(locker: EvidenceLocker, vault: Vault) -> None:
    reference = CaseFiles(vault).create(Case()).reference
    truncated = (IMAGES / "passport-specimen.jpg").read_bytes()[:3000]
    item = locker.import_bytes(reference, truncated, "cut.jpg", Provenance()).item
    assert item is not None
    done = locker.read_text(item)
    assert done.metadata["ocr_failed"] and locker.ocr_text(done) == ""
