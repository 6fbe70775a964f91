"""``saksi case ...`` and ``saksi demo`` end to end: the real command in a subprocess, on real encrypted vaults.

One office vault (admin amara, paralegal sok) is made with the CLI once per module;
each test works on its own copy of the folder.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import (
    AS_ADMIN,
    AS_PARALEGAL,
    fingerprint,
    office_vault,
    private_copy,
    recovery_code,
    saksi,
)

pytestmark = pytest.mark.e2e

KHMER_NAME = "សុខ ចាន់ដារ៉ា"
THAI_NAME = "สมชาย ใจดี"
CASE_ID = "5d0c8a52-3f7e-4a53-9a43-7c2f1f7e0a01"
REFERENCE = "KH-2025-0042"


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder, _code = office_vault(tmp_path_factory.mktemp("cases"))
    return folder


@pytest.fixture
def vault(office: Path, tmp_path: Path) -> Path:
    """A private copy of the office vault."""
    return private_copy(office, tmp_path)


def full_case() -> dict[str, Any]:
    """A complete document with its own id and reference, every section filled (built with the model itself)."""
    from app.cases.model import (
        Case,
        Charge,
        Client,
        Compound,
        Deadline,
        Detention,
        Exit,
        Fact,
        Identifier,
        Money,
        Name,
        Person,
        Recruitment,
        Remedy,
        Transportation,
        When,
    )

    recruiter = Person(
        role="recruiter", name="HR 'Jenny' (synthetic)", identifiers=[Identifier(kind="phone", value="+855 12 345 678")]
    )
    charge = Charge(offence="Illegal entry", statute="Immigration Act s.81", stage="charged", next_date="2030-01-15")
    case = Case(
        id=CASE_ID,
        reference=REFERENCE,
        status="active",
        lawyer=ADMIN,
        jurisdiction="TH",
        opened_on="2025-02-01",
        client=Client(
            names=[Name(text=KHMER_NAME, script="Khmr"), Name(text="Sok Chandara", kind="alias", script="Latn")],
            sex="female",
            age=24,
            age_at_recruitment=23,
            nationalities=["KH"],
            languages=["km"],
        ),
        recruitment=Recruitment(
            when=When(date="2024-06", approximate=True),
            country="KH",
            channel="online",
            platforms=["telegram"],
            promised_salary=Money(amount="1500", currency="USD"),
            recruiter_ids=[recruiter.id],
        ),
        transportation=Transportation(route=["KH", "TH", "MM"], modes=["land"]),
        compounds=[Compound(country="MM", place="Myawaddy", name="Compound K9 (synthetic)", hours_per_day=16)],
        exit=Exit(kind="raid", when=When(date="2025-01"), country="MM"),
        detention=Detention(detained="yes", facility="IDC (synthetic)", country="TH", since="2025-01"),
        charges=[charge],
        facts=[Fact(statement="The client's passport was taken on arrival.")],
        people=[recruiter],
        remedies=[
            Remedy(kind="recruitment_fee", amount=Money(amount="500", currency="USD"), paid_by="family"),
            Remedy(kind="unpaid_wages", amount=Money(amount="3000.50", currency="USD"), paid_by="owed"),
        ],
        deadlines=[Deadline(due_on="2030-01-15", title="Hearing: Illegal entry", kind="hearing", charge_id=charge.id)],
        notes="Synthetic test case.",
    )
    return case.to_document()


def write_json(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def add_case(vault: Path, tmp_path: Path, data: dict[str, Any], name: str = "case.json") -> str:
    added = saksi("case", "add", vault, "--json", write_json(tmp_path / name, data), **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    return added.stdout.strip()


def minimal_case(name: str, **fields: Any) -> dict[str, Any]:
    return {"opened_on": "2025-03-01", "client": {"names": [{"text": name}]}, **fields}


# ---------------------------------------------------------------------- add, list, show, export
def test_add_list_show_export_round_trip(vault: Path, tmp_path: Path) -> None:
    document = full_case()
    source = write_json(tmp_path / "in.json", document)
    added = saksi("case", "add", vault, "--json", source, **AS_ADMIN)
    assert added.returncode == 0, added.stderr
    assert added.stdout == f"{REFERENCE}\n"

    listed = saksi("case", "list", vault, **AS_ADMIN)
    assert listed.returncode == 0, listed.stderr
    header, row = listed.stdout.splitlines()
    assert header.split() == ["REFERENCE", "CLIENT", "STATUS", "NATIONALITY", "LAWYER", "DETAINED", "NEXT", "DEADLINE"]
    assert row.startswith(f"{REFERENCE}  {KHMER_NAME}  ")
    assert row.split()[-5:] == ["active", "KH", ADMIN, "yes", "2030-01-15"]

    shown = saksi("case", "show", vault, REFERENCE, **AS_PARALEGAL)
    assert shown.returncode == 0, shown.stderr
    text = shown.stdout
    assert text.startswith(f"{REFERENCE}  Active  opened 2025-02-01")
    assert f"Client     {KHMER_NAME} (also: Sok Chandara)" in text
    journey = [m.group(1) for m in re.finditer(r"^  \d\. (\w+)", text, re.MULTILINE)]
    assert journey == ["Recruited", "Travelled", "Compound", "Exit", "Detention"]
    assert "KH → TH → MM" in text
    assert "Illegal entry (Immigration Act s.81); Charged" in text
    assert "2030-01-15  Hearing: Illegal entry" in text
    assert "Phone number +855 12 345 678" in text
    assert "Total: 3500.50 USD; obtained: 0" in text

    out = tmp_path / "out.json"
    exported = saksi("case", "export", vault, REFERENCE, "--json", out, **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == str(out)
    assert json.loads(out.read_text(encoding="utf-8")) == document
    assert out.read_text(encoding="utf-8") == source.read_text(encoding="utf-8") + "\n"

    before = out.read_bytes()
    again = saksi("case", "export", vault, REFERENCE, "--json", out, **AS_ADMIN)
    assert again.returncode == 6
    assert "already exists" in again.stderr
    assert out.read_bytes() == before

    to_stdout = saksi("case", "export", vault, REFERENCE, "--json", "-", **AS_ADMIN)
    assert to_stdout.returncode == 0, to_stdout.stderr
    assert json.loads(to_stdout.stdout) == document
    as_json = saksi("case", "show", vault, REFERENCE, "--json", **AS_ADMIN)
    assert json.loads(as_json.stdout) == document

    duplicate = saksi("case", "add", vault, "--json", source, **AS_ADMIN)
    assert duplicate.returncode == 6
    assert f"A case with reference {REFERENCE} already exists" in duplicate.stderr


def test_add_from_stdin_assigns_the_next_reference(vault: Path) -> None:
    first = saksi("case", "add", vault, "--json", "-", input_text=json.dumps(minimal_case("Client A")), **AS_ADMIN)
    assert first.returncode == 0, first.stderr
    assert first.stdout == "KH-2025-0001\n"
    second = saksi("case", "add", vault, "--json", "-", input_text=json.dumps(minimal_case("Client B")), **AS_PARALEGAL)
    assert second.stdout == "KH-2025-0002\n"


def test_export_and_full_json_are_refused_for_a_paralegal(vault: Path, tmp_path: Path) -> None:
    reference = add_case(vault, tmp_path, minimal_case("Client A"))
    out = tmp_path / "out.json"
    exported = saksi("case", "export", vault, reference, "--json", out, **AS_PARALEGAL)
    assert exported.returncode == 1
    assert "does not allow exporting" in exported.stderr
    assert not out.exists()
    shown = saksi("case", "show", vault, reference, "--json", **AS_PARALEGAL)
    assert shown.returncode == 1
    assert shown.stdout == ""


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"client": {"names": [{"text": "A"}]', "is not valid JSON (line 1, column"),
        ('{"client": {"sex": "robot"}}', "Invalid case: client.sex: 'robot' is not one of: female, male"),
        ('{"client": {"nick": "A"}}', "client.nick: unknown field"),
        ('{"opened_on": "2025-13-01"}', "opened_on: a date must look like 2024-03-15"),
        ("[1, 2]", "A case must be a JSON object."),
    ],
)
def test_invalid_case_files_are_rejected_whole(vault: Path, tmp_path: Path, content: str, message: str) -> None:
    source = tmp_path / "bad.json"
    source.write_text(content, encoding="utf-8")
    before = fingerprint(vault)
    result = saksi("case", "add", vault, "--json", source, **AS_ADMIN)
    assert result.returncode == 6
    assert message in result.stderr
    assert result.stderr.startswith("saksi: ") and "Traceback" not in result.stderr
    assert result.stdout == ""
    assert fingerprint(vault) == before


def test_missing_input_file_is_exit_6(vault: Path, tmp_path: Path) -> None:
    result = saksi("case", "add", vault, "--json", tmp_path / "nothing.json", **AS_ADMIN)
    assert result.returncode == 6
    assert "There is no file" in result.stderr


@pytest.mark.parametrize(
    "args",
    [("show", "KH-1999-0001"), ("export", "KH-1999-0001", "--json", "-"), ("show", "KH-1999-0001", "--json")],
)
def test_unknown_reference_is_exit_6(vault: Path, args: tuple[str, ...]) -> None:
    result = saksi("case", args[0], vault, *args[1:], **AS_ADMIN)
    assert result.returncode == 6
    assert result.stderr.splitlines() == ["saksi: There is no case KH-1999-0001 in this vault."]


# ---------------------------------------------------------------------- search and filters
def test_list_searches_any_script_and_filters_by_status(vault: Path, tmp_path: Path) -> None:
    khmer = add_case(vault, tmp_path, minimal_case(KHMER_NAME, status="active"), "km.json")
    thai = add_case(vault, tmp_path, minimal_case(THAI_NAME, status="intake"), "th.json")
    latin = add_case(vault, tmp_path, minimal_case("Nguyen Van An", status="active"), "vn.json")

    def found(*args: str) -> list[str]:
        result = saksi("case", "list", vault, *args, "--json", **AS_ADMIN)
        assert result.returncode == 0, result.stderr
        return [row["reference"] for row in json.loads(result.stdout)]

    assert found("--search", "ចាន់ដា") == [khmer]
    assert found("--search", "ใจดี") == [thai]
    assert found("--search", "van") == [latin]
    assert found("--search", "ច") == [khmer]  # shorter than a trigram
    assert found("--status", "active") == [khmer, latin]
    assert found("--status", "active", "--search", "ใจดี") == []
    text = saksi("case", "list", vault, "--search", "ចាន់ដា", **AS_ADMIN)
    assert [line.split()[0] for line in text.stdout.splitlines()[1:]] == [khmer]
    nothing = saksi("case", "list", vault, "--search", "nobody at all", **AS_ADMIN)
    assert nothing.returncode == 0
    assert nothing.stdout == ""
    assert "No cases match" in nothing.stderr
    assert saksi("case", "list", vault, "--status", "lost", **AS_ADMIN).returncode == 2


def test_list_json_has_every_case_row_field(vault: Path, tmp_path: Path) -> None:
    reference = add_case(vault, tmp_path, full_case())
    result = saksi("case", "list", vault, "--json", **AS_PARALEGAL)
    assert result.returncode == 0, result.stderr
    (row,) = json.loads(result.stdout)
    assert row["reference"] == reference
    assert row["client_name"] == KHMER_NAME
    assert row["status"] == "active"
    assert row["case_id"] == CASE_ID
    assert row["in_detention"] is True
    assert set(row) >= {
        "nationality",
        "jurisdiction",
        "lawyer",
        "paralegal",
        "next_deadline",
        "opened_on",
        "updated_at",
    }


def test_show_names_people_linked_to_other_cases(vault: Path, tmp_path: Path) -> None:
    first = add_case(vault, tmp_path, full_case())
    other = minimal_case(
        "Client B",
        people=[{"role": "recruiter", "name": "Jenny", "identifiers": [{"kind": "whatsapp", "value": "85512345678"}]}],
    )
    second = add_case(vault, tmp_path, other, "other.json")
    shown = saksi("case", "show", vault, first, **AS_ADMIN)
    assert f"Phone number +855 12 345 678: also in 1 other case ({second})" in shown.stdout
    back = saksi("case", "show", vault, second, **AS_ADMIN)
    assert f"WhatsApp 85512345678: also in 1 other case ({first})" in back.stdout


# ---------------------------------------------------------------------- deadlines
def test_deadlines_in_the_next_days_with_overdue_ones(vault: Path, tmp_path: Path) -> None:
    today = date.today()

    def due(days: int) -> str:
        return (today + timedelta(days=days)).isoformat()

    deadlines = [
        {"due_on": due(-3), "title": "File appeal", "kind": "filing"},
        {"due_on": due(2), "title": "Detention review", "kind": "detention_review"},
        {"due_on": due(1), "title": "Already done", "done": True},
        {"due_on": due(20), "title": "Hearing", "kind": "hearing"},
    ]
    reference = add_case(vault, tmp_path, minimal_case(KHMER_NAME, deadlines=deadlines))
    week = saksi("case", "deadlines", vault, **AS_PARALEGAL)
    assert week.returncode == 0, week.stderr
    rows = week.stdout.splitlines()
    assert rows[0].split()[:3] == ["DUE", "WHEN", "REFERENCE"]
    assert rows[1].startswith(f"{due(-3)}  overdue 3 days  {reference}  {KHMER_NAME}  Filing deadline")
    assert rows[1].endswith("File appeal")
    assert rows[2].startswith(f"{due(2)}  in 2 days")
    assert len(rows) == 3
    month = saksi("case", "deadlines", vault, "--days", "30", "--json", **AS_PARALEGAL)
    assert [(d["title"], d["reference"]) for d in json.loads(month.stdout)] == [
        ("File appeal", reference),
        ("Detention review", reference),
        ("Hearing", reference),
    ]
    assert saksi("case", "deadlines", vault, "--days", "-1", **AS_PARALEGAL).returncode == 2


def test_no_deadlines_is_said_on_stderr(vault: Path) -> None:
    result = saksi("case", "deadlines", vault, **AS_ADMIN)
    assert result.returncode == 0
    assert result.stdout == ""
    assert "No open deadlines in the next 7 days" in result.stderr


# ---------------------------------------------------------------------- demo
def test_demo_creates_a_vault_and_fills_it(tmp_path: Path) -> None:
    folder = tmp_path / "Demo.saksi"
    filled = saksi("demo", folder, "--cases", "30", "--evidence-cases", "2", SAKSI_PASSPHRASE=PASSPHRASE)
    assert filled.returncode == 0, filled.stderr
    code_line, count = filled.stdout.splitlines()
    recovery_code(code_line)
    assert count == "30"
    assert "demo-admin" in filled.stderr
    assert "Traceback" not in filled.stderr

    listed = saksi("case", "list", folder, "--json", SAKSI_PASSPHRASE=PASSPHRASE)
    cases = json.loads(listed.stdout)
    assert len(cases) == 30
    assert all(c["client_name"].startswith("DEMO ") for c in cases)
    exhibits = saksi("evidence", "list", folder, cases[0]["reference"], "--json", SAKSI_PASSPHRASE=PASSPHRASE)
    assert json.loads(exhibits.stdout)

    more = saksi("demo", folder, "--cases", "5", "--seed", "7", "--evidence-cases", "0", SAKSI_PASSPHRASE=PASSPHRASE)
    assert more.returncode == 0, more.stderr
    assert more.stdout == "5\n"
    total = saksi("case", "list", folder, "--json", SAKSI_PASSPHRASE=PASSPHRASE)
    assert len(json.loads(total.stdout)) == 35


def test_demo_never_mixes_synthetic_cases_into_real_ones(vault: Path, tmp_path: Path) -> None:
    add_case(vault, tmp_path, minimal_case("A real client"))
    result = saksi("demo", vault, "--cases", "5", **AS_ADMIN)
    assert result.returncode == 6
    assert "holds real cases" in result.stderr
    assert result.stdout == ""
    assert len(json.loads(saksi("case", "list", vault, "--json", **AS_ADMIN).stdout)) == 1


def test_demo_needs_a_passphrase_and_a_count(tmp_path: Path) -> None:
    no_secret = saksi("demo", tmp_path / "Demo", "--cases", "3")
    assert no_secret.returncode == 2
    assert "SAKSI_PASSPHRASE" in no_secret.stderr
    assert saksi("demo", tmp_path / "Demo", SAKSI_PASSPHRASE=PASSPHRASE).returncode == 2
    assert saksi("demo", tmp_path / "Demo", "--cases", "0", SAKSI_PASSPHRASE=PASSPHRASE).returncode == 2
    assert list(tmp_path.iterdir()) == []


def test_every_case_and_evidence_command_has_help() -> None:
    top = saksi("--help")
    for group in ("vault", "case", "evidence", "demo"):
        assert f"    {group} " in top.stdout
    cases = saksi("case", "--help")
    for command in ("add", "list", "show", "export", "deadlines"):
        assert f"    {command}" in cases.stdout
    evidence = saksi("evidence", "--help")
    for command in ("add", "list", "export", "verify"):
        assert f"    {command} " in evidence.stdout
    assert saksi("case").returncode == 2
    assert saksi("evidence", "export", "x").returncode == 2
