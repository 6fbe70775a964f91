"""``saksi frameworks ...`` and ``saksi analyse`` end to end: the real command on a real demo vault.

One demo vault (8 synthetic cases, 2 with exhibits; admin amara, paralegal sok) is made with
the CLI once per module; a test that changes it works on its own copy.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import (
    AS_ADMIN,
    AS_PARALEGAL,
    case_info,
    demo_vault,
    private_copy,
    python,
    saksi,
)

pytestmark = pytest.mark.e2e

MARKER = "[unverified - check before filing]"
CAVEAT = "not a legal determination"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
STATES = {"not addressed", "alleged", "corroborated", "disputed"}


@dataclass(frozen=True)
class Demo:
    folder: Path
    config: Path
    cases: dict[str, dict[str, Any]]
    with_exhibits: str  # a case with exhibits and charges
    without_exhibits: str


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("analysis")
    folder = demo_vault(root, ADMIN, PASSPHRASE, cases=8, evidence_cases=2)
    cases = case_info(folder, ADMIN, PASSPHRASE, root / "config")
    with_exhibits = next(r for r, c in cases.items() if c["exhibits"] and c["charges"])
    without_exhibits = next(r for r, c in cases.items() if not c["exhibits"])
    return Demo(folder, root / "config", cases, with_exhibits, without_exhibits)


def run(demo: Demo, *args: object, **extra: str) -> Any:
    return saksi(*args, config=demo.config, **{**AS_ADMIN, **extra})


def analyse_json(demo: Demo, reference: str, *args: str, folder: Path | None = None) -> dict[str, Any]:
    result = run(demo, "analyse", folder or demo.folder, reference, *args, "--json")
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


# ---------------------------------------------------------------------- frameworks
def test_frameworks_list_text_and_json() -> None:
    text = saksi("frameworks", "list")
    assert text.returncode == 0, text.stderr
    header, *rows = text.stdout.splitlines()
    assert header.split() == ["ID", "ELEMENTS", "UNVERIFIED", "TITLE"]
    ids = [row.split()[0] for row in rows]
    assert {"palermo", "ilo-indicators", "ilo-ec", "actip"} <= set(ids)

    listed = saksi("frameworks", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    found = {f["id"]: f for f in json.loads(listed.stdout)}
    assert [f for f in found] == ids
    assert found["palermo"]["elements"] > 0
    assert found["palermo"]["title"]
    assert found["ilo-ec"]["unverified"] >= 1
    assert all(0 <= f["unverified"] <= f["citations"] for f in found.values())
    ilo_ec = next(row for row in rows if row.startswith("ilo-ec "))
    assert f"{found['ilo-ec']['unverified']} of {found['ilo-ec']['citations']}" in ilo_ec


def test_frameworks_show_marks_unverified_citations() -> None:
    shown = saksi("frameworks", "show", "ilo-ec", "--json")
    assert shown.returncode == 0, shown.stderr
    framework = json.loads(shown.stdout)
    assert framework["id"] == "ilo-ec"
    unverified = [c for c in framework["citations"] if c["status"] == "unverified"]
    assert unverified
    assert all(c["marker"] == MARKER for c in unverified)
    assert all(c["marker"] == "" for c in framework["citations"] if c["status"] != "unverified")
    assert all(c["instrument"] and c["article"] and c["text"] for c in framework["citations"])
    assert [e for g in framework["groups"] for e in g["elements"]]
    assert framework["decision_rule"]["marker"] == MARKER

    text = saksi("frameworks", "show", "ilo-ec")
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    for citation in framework["citations"]:
        (line,) = [line for line in lines if line.startswith(f"  {citation['id']}  ")]
        assert line.endswith(MARKER) == (citation["status"] == "unverified"), line
        assert f"({citation['status']})" in line
    for group in framework["groups"]:
        assert f"  {group['label']}" in lines

    palermo = saksi("frameworks", "show", "palermo")
    assert palermo.returncode == 0
    assert "Elements (" in palermo.stdout and "palermo.act.recruitment  Recruitment" in palermo.stdout


def test_frameworks_show_unknown_is_exit_6() -> None:
    result = saksi("frameworks", "show", "no-such-framework")
    assert result.returncode == 6, result.stderr
    assert result.stderr.startswith("saksi: There is no framework 'no-such-framework'. Known: palermo")
    assert result.stdout == ""


# ---------------------------------------------------------------------- analyse
def test_analyse_json_for_a_case_with_exhibits(demo: Demo) -> None:
    reference = demo.with_exhibits
    case = demo.cases[reference]
    found = analyse_json(demo, reference)
    assert found["reference"] == reference
    assert found["frameworks"] == ["palermo", "ilo-indicators", "ilo-ec"]
    matrix = found["matrix"]
    assert matrix
    assert {r["framework"] for r in matrix} == {"palermo", "ilo-indicators", "ilo-ec"}
    assert {r["state"] for r in matrix} <= STATES
    assert "corroborated" in {r["state"] for r in matrix}
    for row in matrix:
        assert set(row) >= {"element", "label", "framework", "group", "state", "facts", "exhibits", "gap"}
        assert set(row["exhibits"]) <= set(case["exhibits"])  # labels, never ids
        if row["state"] == "corroborated":
            assert row["exhibits"] and row["facts"] and row["gap"] == []
        if row["state"] == "not addressed":
            assert row["facts"] == [] and row["exhibits"] == []
    assert not UUID.search(json.dumps(matrix))

    summaries = found["summaries"]
    assert [s["title"].split()[0] for s in summaries] == ["Palermo", "ILO", "ILO-EC"]
    assert all(CAVEAT in s["caveat"] and s["lines"] for s in summaries)

    assert [n["offence"] for n in found["nexus"]] == case["charges"]
    for view in found["nexus"]:
        assert view["basis"] and all(b["status"] and b["article"] for b in view["basis"])
        assert all(b["marker"] == (MARKER if b["status"] == "unverified" else "") for b in view["basis"])
        assert set(view) >= {"charge_id", "facts", "model", "argument", "missing"}

    remedy = found["remedy"]
    assert remedy["totals"]
    assert all(set(t) == {"kind", "currency", "amount"} for t in remedy["totals"])
    assert all(float(t["amount"]) > 0 for t in remedy["totals"])
    assert remedy["citations"] and all({"id", "article", "status"} <= set(c) for c in remedy["citations"])
    assert isinstance(remedy["unsupported"], list)


def test_analyse_text_shows_matrix_summaries_nexus_and_remedies(demo: Demo) -> None:
    reference = demo.with_exhibits
    case = demo.cases[reference]
    result = run(demo, "analyse", demo.folder, reference)
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert text.startswith(f"{reference}  {case['client']}\n")
    assert "Proof matrix: UN Trafficking in Persons Protocol" in text
    assert re.search(r"^    corroborated   \S", text, re.MULTILINE)
    assert re.search(r"^ +exhibits: E-\d+", text, re.MULTILINE)
    assert "could corroborate: " in text
    assert text.count(f"Note: This summary informs the lawyer's judgement; it is {CAVEAT}.") == 3
    nexus = text.split("Non-punishment, charge by charge\n")[1].split("\nRemedies\n")[0]
    for offence in case["charges"]:
        assert f"\n  {offence}\n" in f"\n{nexus}"
    assert "basis: " in nexus and "model: " in nexus
    remedies = text.split("\nRemedies\n")[1]
    assert re.search(r"^  Total +USD +\d", remedies, re.MULTILINE)
    assert "legal basis: " in remedies
    assert not UUID.search(text)
    assert "Traceback" not in result.stderr


def test_analyse_a_case_without_exhibits_has_no_corroborated_row(demo: Demo) -> None:
    found = analyse_json(demo, demo.without_exhibits)
    states = {r["state"] for r in found["matrix"]}
    assert found["matrix"]
    assert "corroborated" not in states
    assert "alleged" in states  # demo facts are tagged
    assert all(r["exhibits"] == [] for r in found["matrix"])


def test_analyse_only_the_chosen_frameworks(demo: Demo) -> None:
    palermo = analyse_json(demo, demo.with_exhibits, "--framework", "palermo")
    assert palermo["frameworks"] == ["palermo"]
    assert palermo["matrix"] and {r["framework"] for r in palermo["matrix"]} == {"palermo"}
    assert [s["title"] for s in palermo["summaries"]] == ["Palermo Protocol art. 3: act, means, purpose"]
    two = analyse_json(demo, demo.with_exhibits, "--framework", "palermo", "--framework", "ilo-indicators")
    assert two["frameworks"] == ["palermo", "ilo-indicators"]
    text = run(demo, "analyse", demo.folder, demo.with_exhibits, "--framework", "ilo-indicators")
    assert "Proof matrix: ILO Indicators" in text.stdout
    assert "Proof matrix: UN Trafficking" not in text.stdout


def test_analyse_unknown_framework_is_exit_6(demo: Demo) -> None:
    result = run(demo, "analyse", demo.folder, demo.with_exhibits, "--framework", "palermo", "--framework", "nope")
    assert result.returncode == 6, result.stderr
    assert result.stderr.splitlines()[0].startswith("saksi: There is no framework 'nope'.")
    assert result.stdout == ""


def test_analyse_unknown_case_and_wrong_passphrase(demo: Demo) -> None:
    unknown = run(demo, "analyse", demo.folder, "KH-1999-0001")
    assert unknown.returncode == 6
    assert unknown.stderr.splitlines() == ["saksi: There is no case KH-1999-0001 in this vault."]
    wrong = run(demo, "analyse", demo.folder, demo.with_exhibits, SAKSI_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 3
    no_secret = saksi("analyse", demo.folder, demo.with_exhibits, config=demo.config, SAKSI_USER=ADMIN)
    assert no_secret.returncode == 2
    assert "SAKSI_PASSPHRASE" in no_secret.stderr


def test_a_paralegal_may_analyse(demo: Demo) -> None:
    result = saksi("analyse", demo.folder, demo.with_exhibits, "--json", config=demo.config, **AS_PARALEGAL)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["matrix"]


DELETE_EXHIBIT = """
from storage import evidence
from storage.vault import Vault

with Vault.open({folder!r}, {user!r}, {passphrase!r}) as vault:
    case_id = vault.conn.execute("SELECT id FROM cases WHERE reference = ?", ({reference!r},)).fetchone()[0]
    (item,) = [i for i in evidence.items_of_case(vault.conn, case_id) if i.label == {label!r}]
    evidence.delete_item(vault.conn, {user!r}, item, "wrong file")
"""


def test_deleted_exhibits_do_not_count(demo: Demo, tmp_path: Path) -> None:
    folder = private_copy(demo.folder, tmp_path)
    reference = demo.with_exhibits
    before = analyse_json(demo, reference, folder=folder)
    # an exhibit that alone corroborates some element (the demo's passport copy)
    label = next(r["exhibits"][0] for r in before["matrix"] if len(r["exhibits"]) == 1)
    deleted = python(
        DELETE_EXHIBIT.format(folder=str(folder), user=ADMIN, passphrase=PASSPHRASE, reference=reference, label=label),
        config=demo.config,
    )
    assert deleted.returncode == 0, deleted.stderr
    after = analyse_json(demo, reference, folder=folder)
    assert label not in {e for r in after["matrix"] for e in r["exhibits"]}
    changed = [(old, new) for old, new in zip(before["matrix"], after["matrix"], strict=True) if old != new]
    assert changed
    for old, new in changed:  # corroborated only by the deleted exhibit: now only alleged
        assert old["exhibits"] == [label] and new["exhibits"] == []
        assert (old["state"], new["state"]) == ("corroborated", "alleged")
        assert new["gap"]


def test_new_commands_have_help() -> None:
    top = saksi("--help")
    for group in ("frameworks", "analyse", "templates", "draft", "report"):
        assert f"    {group} " in top.stdout
    frameworks = saksi("frameworks", "--help")
    for command in ("list", "show"):
        assert f"    {command} " in frameworks.stdout
    analyse = saksi("analyse", "--help")
    assert "--framework ID" in analyse.stdout and "exit 6" in analyse.stdout
    assert saksi("frameworks").returncode == 2
    assert saksi("analyse").returncode == 2


def test_a_broken_legal_file_is_refused_by_name(tmp_path: Path) -> None:
    frameworks = tmp_path / "legal" / "frameworks"
    frameworks.mkdir(parents=True)
    (frameworks / "office.toml").write_text('id = "office"\ntitle = "Office notes"\nstauts = 1\n', encoding="utf-8")
    result = saksi("frameworks", "list", SAKSI_LEGAL_DIR=str(tmp_path / "legal"))
    assert result.returncode == 6, result.stderr
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"saksi: The legal data cannot be loaded: {frameworks / 'office.toml'}: ")
    assert "Traceback" not in result.stderr


def test_a_broken_filing_template_is_refused_by_file_and_key(tmp_path: Path) -> None:
    filings = tmp_path / "legal" / "filings"
    filings.mkdir(parents=True)
    (filings / "office.toml").write_text(
        'title = "Office"\ndescription = "A note."\n[languages.en]\nnative_drafter = "yes"\n'
    )
    result = saksi("templates", "list", SAKSI_LEGAL_DIR=str(tmp_path / "legal"))
    assert result.returncode == 6, result.stderr
    assert result.stderr.splitlines() == [
        f"saksi: {filings / 'office.toml'}: languages.en.native_drafter: must be true or false"
    ]


def test_analyse_in_khmer_and_thai(demo: Demo) -> None:
    """--lang km / th: the summaries and the still-missing lines in the drafting language."""
    khmer = analyse_json(demo, demo.with_exhibits, "--framework", "palermo", "--lang", "km")
    assert [s["title"] for s in khmer["summaries"]] == ["ពិធីសារ Palermo មាត្រា 3៖ អំពើ មធ្យោបាយ គោលបំណង"]
    assert khmer["summaries"][0]["caveat"].startswith("សេចក្តីសង្ខេបនេះ")
    thai = analyse_json(demo, demo.with_exhibits, "--framework", "palermo", "--lang", "th")
    assert thai["summaries"][0]["lines"][0].startswith("การกระทำ: ")
    refused = run(demo, "analyse", demo.folder, demo.with_exhibits, "--lang", "fr")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
