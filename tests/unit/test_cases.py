"""Case files on a real vault: validation, history, search in any script, links, deadlines, JSON round trip."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles, read_case_file
from app.cases.model import Case, Deadline, Fact, Identifier, Person, parse_case
from app.demo import demo_cases as demo
from app.evidence.identifiers import normalise
from storage.cases import Filters, StaleCase
from storage.errors import InputRejected, PermissionDenied
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE


@pytest.fixture
def files(vault: Vault) -> CaseFiles:
    return CaseFiles(vault)


def client_case(*names: str, **fields: object) -> Case:
    return Case(client={"names": [{"text": n} for n in names]}, **fields)


def test_references_follow_prefix_and_year(files: CaseFiles) -> None:
    first = files.create(client_case("A", opened_on="2026-03-01"))
    second = files.create(client_case("B", opened_on="2026-04-01"))
    older = files.create(client_case("C", opened_on="2025-01-01"))
    assert (first.reference, second.reference, older.reference) == ("KH-2026-0001", "KH-2026-0002", "KH-2025-0001")
    files.set_prefix("th")
    assert files.create(client_case("D", opened_on="2026-05-01")).reference == "TH-2026-0001"
    with pytest.raises(InputRejected, match="prefix"):
        files.set_prefix("no spaces")


def test_validation_names_the_wrong_field() -> None:
    with pytest.raises(InputRejected, match=r"client\.sex: 'robot' is not one of"):
        parse_case({"client": {"sex": "robot"}})
    with pytest.raises(InputRejected, match=r"recruitment\.when\.date: a date must look like"):
        parse_case({"recruitment": {"when": {"date": "March"}}})
    with pytest.raises(InputRejected, match=r"deadlines\.0\.due_on"):
        parse_case({"deadlines": [{"title": "Hearing", "due_on": ""}]})
    with pytest.raises(InputRejected, match=r"surprise: unknown field"):
        parse_case({"surprise": 1})
    with pytest.raises(InputRejected, match="JSON object"):
        parse_case([1, 2])


def test_minor_flag_from_age_at_recruitment() -> None:
    assert parse_case({}).client.minor_at_recruitment is None
    case = parse_case({"client": {"age_at_recruitment": 17}})
    assert case.client.minor_at_recruitment is True
    assert parse_case({"client": {"age_at_recruitment": 18}}).client.minor_at_recruitment is False


def test_edits_keep_history_and_audit(files: CaseFiles, vault: Vault) -> None:
    case = files.create(client_case("សុខ ដារ៉ា"))
    case.facts.append(Fact(statement="Passport taken on arrival"))
    version = files.save(case, expected_version=1)
    case.facts[0].statement = "Passport taken by the manager on arrival"
    assert files.save(case, expected_version=version) == 3
    changes = files.history(case.reference, f"facts[{case.facts[0].id}].statement")
    assert [(c.old, c.new) for c in changes] == [
        ("Passport taken on arrival", "Passport taken by the manager on arrival"),
        (None, "Passport taken on arrival"),
    ]
    assert all(c.actor == ADMIN for c in changes)
    audit = [e for e in vault.recent_audit() if e.target == f"case:{case.id}"]
    assert [e.action for e in audit] == ["case.update", "case.update", "case.create"]
    assert files.save(case, expected_version=3) == 3  # nothing changed: no new version


def test_history_cannot_be_rewritten(files: CaseFiles, vault: Vault) -> None:
    case = files.create(client_case("A"))
    case.notes = "x"
    files.save(case)
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("DELETE FROM case_history")


def test_stale_save_is_refused(files: CaseFiles) -> None:
    case = files.create(client_case("A"))
    other, version = files.load(case.reference)
    other.notes = "saved elsewhere first"
    files.save(other, version)
    case.notes = "my edit"
    with pytest.raises(StaleCase, match="Someone saved this case"):
        files.save(case, expected_version=1)


@pytest.mark.parametrize(
    ("names", "query"),
    [
        (["សុខ ចាន់ដារ៉ា", "Sok Chandara"], "ចាន់ដា"),  # part of a Khmer name
        (["สมชาย ศรีสุดา"], "ศรีสุ"),  # Thai, no spaces between words
        (["အောင်မြင့်"], "မြင့်"),  # Burmese
        (["Sok Chandara"], "chand"),  # Latin, any case
        (["Sok Chandara"], "So"),  # two characters: falls back to a scan
    ],
)
def test_search_any_script(files: CaseFiles, names: list[str], query: str) -> None:
    target = files.create(client_case(*names))
    files.create(client_case("Nang Mya"))
    found = [r.reference for r in files.find(Filters(search=query))]
    assert found == [target.reference]


def test_search_reaches_facts_notes_and_intake_text(files: CaseFiles) -> None:
    case = client_case("A", notes="Met at the shelter in Poipet")
    case.facts.append(Fact(statement="Forced to run romance scams"))
    case.interview.accounts["compound"] = "ខ្ញុំត្រូវបានវាយ"
    files.create(case)
    files.create(client_case("B"))
    for query in ("shelter", "romance scam", "ត្រូវបានវាយ", case.reference):
        assert [r.reference for r in files.find(Filters(search=query))] == [case.reference], query
    assert files.count(Filters(search="no such text")) == 0


def test_filters_and_sorting(files: CaseFiles) -> None:
    files.create(client_case("Zed", status="active"))
    files.create(Case(status="closed", client={"names": [{"text": "Amy"}], "nationalities": ["TH"]}))
    detained = Case(client={"names": [{"text": "Bo"}]}, detention={"detained": "yes"})
    files.create(detained)
    assert [r.client_name for r in files.find(Filters(status="closed"))] == ["Amy"]
    assert [r.client_name for r in files.find(Filters(nationality="TH"))] == ["Amy"]
    assert [r.client_name for r in files.find(Filters(detained_only=True))] == ["Bo"]
    assert [r.client_name for r in files.find(sort="client")] == ["Amy", "Bo", "Zed"]
    assert [r.client_name for r in files.find(sort="client", descending=True)] == ["Zed", "Bo", "Amy"]


def test_identifier_links_across_cases(files: CaseFiles) -> None:
    def with_recruiter(kind: str, value: str) -> Case:
        case = client_case("X")
        case.people.append(Person(role="recruiter", name="R", identifiers=[Identifier(kind=kind, value=value)]))
        return case

    first = files.create(with_recruiter("telegram", "@JobsKH"))
    files.create(with_recruiter("telegram", "https://t.me/jobskh"))
    files.create(with_recruiter("telegram", "t.me/jobskh/"))
    files.create(with_recruiter("telegram", "@other"))
    links = files.links(first)
    assert len(links) == 1 and links[0].value == "@JobsKH" and len(links[0].other_cases) == 2
    assert normalise("phone", "+855 12 345 678") == normalise("whatsapp", "85512345678") == "tel:+85512345678"


def test_upcoming_deadlines(files: CaseFiles) -> None:
    case = client_case("A")
    case.deadlines += [
        Deadline(due_on="2026-12-03", title="Detention review", kind="detention_review"),
        Deadline(due_on="2026-11-28", title="Overdue filing", kind="filing"),
        Deadline(due_on="2026-12-20", title="Later hearing", kind="hearing"),
        Deadline(due_on="2026-12-02", title="Done already", done=True),
    ]
    files.create(case)
    upcoming = files.upcoming(7, today=date(2026, 12, 1))
    assert [d.title for d in upcoming] == ["Overdue filing", "Detention review"]
    assert files.find()[0].next_deadline == "2026-11-28"


def test_delete_needs_role_and_reason(files: CaseFiles, vault: Vault) -> None:
    case = files.create(client_case("A"))
    vault.add_user("dara", "paralegal", "dara's own passphrase")
    with Vault.open(vault.path, "dara", "dara's own passphrase") as paralegal:
        with pytest.raises(PermissionDenied):
            CaseFiles(paralegal).delete(case.reference, "duplicate")
        with pytest.raises(PermissionDenied):
            CaseFiles(paralegal).export_json(case.reference)
    with pytest.raises(InputRejected, match="Say why"):
        files.delete(case.reference, " ")
    files.delete(case.reference, "duplicate of another file")
    assert files.count() == 0
    with pytest.raises(InputRejected):
        files.load(case.reference)
    assert files.create(client_case("B")).reference != case.reference  # numbers are never reused


def test_json_round_trip_loses_nothing(files: CaseFiles, vault_template: tuple[Path, str], tmp_path: Path) -> None:
    demo.fill(files, 3, seed=7)
    reference = files.find()[0].reference
    exported = files.export_json(reference)
    text = json.dumps(exported, ensure_ascii=False)
    import shutil

    other_folder = tmp_path / "Other.saksi"
    shutil.copytree(vault_template[0], other_folder)
    with Vault.open(other_folder, ADMIN, PASSPHRASE) as other:
        imported = CaseFiles(other).import_json(json.loads(text))
        assert CaseFiles(other).export_json(imported.reference) == exported
    with pytest.raises(InputRejected, match="already exists"):
        files.import_json(exported)
    assert "case.export" in [e.action for e in files.vault.recent_audit()]


def test_read_case_file_errors(tmp_path: Path) -> None:
    with pytest.raises(InputRejected, match="no file"):
        read_case_file(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"client": ')
    with pytest.raises(InputRejected, match="not valid JSON"):
        read_case_file(bad)


def test_demo_is_synthetic_deterministic_and_seed_like(files: CaseFiles) -> None:
    references = demo.fill(files, 60, seed=42, evidence_cases=0)  # exhibits: test_cli_cases, test_drafting_templates
    assert len(references) == 60 == files.count()
    cases = [files.load(r)[0] for r in references]
    assert all(c.client.display_name.startswith("DEMO ") for c in cases)
    ages = [c.client.age_at_recruitment or 0 for c in cases]
    assert sum(18 <= a <= 29 for a in ages) > len(ages) / 2
    assert sum(c.recruitment.channel == "online" for c in cases) > len(cases) / 2
    assert sum("documents_withheld" in c.compounds[0].controls for c in cases) > len(cases) / 2
    assert any(files.links(c) for c in cases)  # some recruiters appear in several cases
    same_seed = demo.make_case(random.Random(42), 1, date.today(), [ADMIN])
    assert same_seed.client.names[0].text == cases[0].client.names[0].text


def test_history_of_a_field_group_with_underscores(files: CaseFiles) -> None:
    case = files.create(client_case("A"))
    case.detention.basic_needs_met = "no"
    case.detention.interviews_retraumatising = "yes"
    files.save(case)
    # a prefix query: "_" in the path must not act as a wildcard nor be lost to escaping
    paths = {c.path for c in files.history(case.reference, "detention.interviews_")}
    assert paths == {"detention.interviews_retraumatising"}


def test_short_search_treats_percent_literally(files: CaseFiles) -> None:
    files.create(client_case("50% Sok"))
    files.create(client_case("Dara"))
    assert [r.client_name for r in files.find(Filters(search="%"))] == ["50% Sok"]
