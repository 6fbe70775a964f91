"""The audit log for people: sentences, case references (no ids or JSON), filters, who may see what, and an
export that is itself recorded."""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.cases.case_files import CaseFiles
from app.common import audit_log
from app.demo.demo_cases import fill
from app.evidence.bundle import export_bundle
from app.evidence.locker import EvidenceLocker
from storage.errors import InputRejected
from storage.vault import Vault

UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-")


def test_entries_are_sentences_with_case_references_and_no_ids(vault: Vault, tmp_path: Path) -> None:
    reference = fill(CaseFiles(vault), 2, evidence_cases=1)[0]
    export_bundle(EvidenceLocker(vault), reference, tmp_path)
    shown = audit_log.lines(vault)
    whats = [x.what for x in shown]
    assert any(re.fullmatch(r"exported exhibits E-1 to E-\d+ to .+", w) for w in whats), whats
    assert "added exhibit E-1" in whats and "opened the case file" in whats and "unlocked the vault" in whats
    assert {x.case for x in shown if x.kind == "evidence"} == {reference}
    for line in shown:
        assert not UUID.search(line.what + line.case) and "{" not in line.what


def test_filters_by_case_person_kind_and_date(vault: Vault) -> None:
    first, second = fill(CaseFiles(vault), 2, evidence_cases=1)
    about_first = audit_log.lines(vault, audit_log.Filters(case=first))
    assert about_first and {x.case for x in about_first} == {first}
    assert {x.kind for x in audit_log.lines(vault, audit_log.Filters(kind="evidence"))} == {"evidence"}
    assert audit_log.lines(vault, audit_log.Filters(who="nobody")) == []
    tomorrow = date.today() + timedelta(days=2)
    assert audit_log.lines(vault, audit_log.Filters(since=tomorrow)) == []
    assert audit_log.lines(vault, audit_log.Filters(until=tomorrow))
    with pytest.raises(InputRejected):
        audit_log.lines(vault, audit_log.Filters(since=tomorrow, until=date.today()))
    assert second


def test_a_paralegal_sees_their_cases_and_an_admin_everything(vault: Vault) -> None:
    files = CaseFiles(vault)
    mine, other = fill(files, 2, evidence_cases=0)
    case, version = files.load(mine)
    case.paralegal = "dara"
    files.save(case, version)
    vault.add_user("dara", "paralegal", "blue heron over the paddy")
    dara = Vault.open(vault.path, "dara", "blue heron over the paddy")
    try:
        seen = audit_log.lines(dara)
        cases = {x.case for x in seen if x.case}
        assert cases == {mine}
        assert all(x.case == mine or x.who == "dara" for x in seen)
    finally:
        dara.close()
    assert {mine, other} <= {x.case for x in audit_log.lines(vault)}


def test_the_export_is_a_csv_of_what_is_shown_and_is_itself_recorded(vault: Vault, tmp_path: Path) -> None:
    fill(CaseFiles(vault), 1, evidence_cases=0)
    target, count = audit_log.export_csv(vault, tmp_path, audit_log.Filters(kind="cases"))
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == count and {r["kind"] for r in rows} == {"cases"}
    assert audit_log.lines(vault, audit_log.Filters(kind="exports"))[0].what == f"exported the audit log to {target}"
    with pytest.raises(InputRejected, match="never overwrites"):
        audit_log.export_csv(vault, tmp_path)


def test_every_action_the_app_records_has_a_sentence() -> None:
    """No "did something Saksi does not describe yet" for what Saksi itself writes (issue 13: actions in words)."""
    import re
    from pathlib import Path

    from app.common.audit_log import SENTENCES

    root = Path(__file__).resolve().parents[2]
    kinds = "vault|user|device|settings|demo|case|evidence|draft|analysis|report|audit|identifiers|office|partner"
    literal = re.compile(rf'"((?:{kinds})\.[a-z_]+)"')
    recorded: set[str] = set()
    for path in [*(root / "app").rglob("*.py"), *(root / "storage").rglob("*.py")]:
        text = path.read_text(encoding="utf-8")
        for call in re.finditer(r"(?:audit\.append|\.log|record|audited)\(", text):
            recorded |= set(literal.findall(text, call.end(), call.end() + 400)[:1])
    missing = sorted(a for a in recorded if a not in SENTENCES and not a.endswith((".intent", ".failed")))
    assert len(recorded) > 30 and not missing, missing
