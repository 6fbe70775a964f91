"""What leaves the vault, from the command line: references never paths, protective bundles, escaped names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.helpers import AS_ADMIN, office_vault, private_copy, saksi

pytestmark = pytest.mark.e2e
SPOOF = "invoice\u202egpj.exe"  # shows as "invoiceexe.jpg" where bidi controls are obeyed


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return office_vault(tmp_path_factory.mktemp("exports"))[0]


@pytest.fixture
def vault(office: Path, tmp_path: Path) -> Path:
    return private_copy(office, tmp_path)


@pytest.mark.parametrize("reference", ["../x", "/abs/x", "KH-2026\u202e-1", "x" * 41])
def test_a_case_file_with_a_path_for_a_reference_is_refused(vault: Path, reference: str) -> None:
    case = json.dumps({"reference": reference, "client": {"names": [{"text": "A"}]}})
    added = saksi("case", "add", vault, "--json", "-", input_text=case, **AS_ADMIN)
    assert added.returncode == 6, added.stderr
    assert "is not allowed: use 1 to 40 letters (A-Z), digits and '-'" in added.stderr
    assert "\u202e" not in added.stderr  # the refused reference is shown escaped
    listed = saksi("case", "list", vault, "--json", **AS_ADMIN)
    assert json.loads(listed.stdout) == []


def test_bundles_are_protective_and_names_are_escaped(vault: Path, tmp_path: Path) -> None:
    case = json.dumps({"client": {"names": [{"text": "Sok\u200bDara"}]}})
    reference = saksi("case", "add", vault, "--json", "-", input_text=case, **AS_ADMIN).stdout.strip()
    files = tmp_path / "files"
    files.mkdir()
    (files / SPOOF).write_text("not really an invoice")
    assert saksi("evidence", "add", vault, reference, files / SPOOF, **AS_ADMIN).returncode == 0
    listed = saksi("evidence", "list", vault, reference, **AS_ADMIN)
    assert "invoice\\u202egpj.exe" in listed.stdout and "\u202e" not in listed.stdout
    cases = saksi("case", "list", vault, **AS_ADMIN)
    assert "Sok\\u200bDara" in cases.stdout

    dest = tmp_path / "court"
    dest.mkdir()
    exported = saksi("evidence", "export", vault, reference, dest, **AS_ADMIN)
    assert exported.returncode == 0, exported.stderr
    bundle = Path(exported.stdout.strip())
    assert bundle.parent == dest and (bundle / "SHA256SUMS").is_file()
    both = saksi("evidence", "export", vault, reference, dest, "--originals", "--redacted-only", **AS_ADMIN)
    assert both.returncode == 2 and "not allowed with argument" in both.stderr
    log = json.loads(saksi("vault", "log", vault, "--json", **AS_ADMIN).stdout)
    actions = [entry["action"] for entry in log]
    assert (
        actions.index("case.bundle_export.intent")
        < actions.index("evidence.export")
        < actions.index("case.bundle_export")
    )


def test_case_json_and_analysis_exports_are_recorded_first(vault: Path, tmp_path: Path) -> None:
    case = json.dumps({"client": {"names": [{"text": "A"}]}})
    reference = saksi("case", "add", vault, "--json", "-", input_text=case, **AS_ADMIN).stdout.strip()
    out = tmp_path / "case.json"
    assert saksi("case", "export", vault, reference, "--json", out, **AS_ADMIN).returncode == 0
    assert saksi("case", "show", vault, reference, "--json", **AS_ADMIN).returncode == 0
    assert saksi("analyse", vault, reference, "--json", **AS_ADMIN).returncode == 0
    log = json.loads(saksi("vault", "log", vault, "--json", **AS_ADMIN).stdout)
    pairs = [(e["action"], e["detail"].get("to")) for e in log if e["action"].startswith(("case.export", "analysis"))]
    assert pairs == [  # oldest first: each intent before its outcome
        ("case.export.intent", str(out)),
        ("case.export", str(out)),
        ("case.export.intent", "standard output"),
        ("case.export", "standard output"),
        ("analysis.export.intent", "standard output"),
        ("analysis.export", "standard output"),
    ]
