"""Every released case-document format still loads: stored in a vault, imported from a file (the JSON
export Saksi re-imports) or received, an older document is upgraded in order to the current format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles, parse_case, read_case_file
from app.cases.model import FORMAT, OLDER_FORMATS, UPGRADES, Case, upgrade_document
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "case-documents"


def fixture(version: int) -> dict[str, object]:
    data: dict[str, object] = json.loads((FIXTURES / f"case-v{version}.json").read_text(encoding="utf-8"))
    return data


def test_there_is_a_fixture_and_an_upgrader_for_every_older_format() -> None:
    formats = {json.loads(p.read_text(encoding="utf-8"))["format"] for p in FIXTURES.glob("case-v*.json")}
    assert formats == {*OLDER_FORMATS, FORMAT}
    assert set(UPGRADES) == set(OLDER_FORMATS)


@pytest.mark.parametrize("path", sorted(FIXTURES.glob("case-v*.json")), ids=lambda p: p.stem)
def test_every_released_format_imports_and_round_trips(path: Path, vault_copy: tuple[Path, str]) -> None:
    with Vault.open(vault_copy[0], ADMIN, PASSPHRASE) as vault:
        files = CaseFiles(vault)
        case = files.import_json(read_case_file(path))
        exported = files.export_json(case.reference)
    assert exported["format"] == FORMAT
    assert parse_case(exported).to_document() == exported  # the current format round-trips unchanged
    original = json.loads(path.read_text(encoding="utf-8"))
    assert exported["client"] == original["client"] and exported["facts"] == original["facts"]


def test_format_1_keeps_a_free_text_use_in_words() -> None:
    old = fixture(1)
    case = Case.model_validate(old)
    assert [(c.use, c.use_note) for c in case.consents] == [
        ("other", "share with the partner NGO for shelter"),
        ("legal", ""),
    ]
    assert upgrade_document(dict(old))["format"] == FORMAT


def test_the_current_format_is_left_as_it_is() -> None:
    current = fixture(2)
    assert upgrade_document(current) is current
    assert Case.model_validate(current).to_document() == current
