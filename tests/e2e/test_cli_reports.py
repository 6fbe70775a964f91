"""``saksi report findings`` end to end: the anonymised findings of a 40-case demo vault.

One demo vault (40 synthetic cases; admin amara, paralegal sok) is made once per module.
Writing a report only adds an audit entry, so each test that writes one works on its own copy.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.analysis.findings_export import QUASI_IDENTIFIERS
from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import AS_ADMIN, AS_PARALEGAL, demo_vault, private_copy, saksi

pytestmark = pytest.mark.e2e

FILES = ["README.txt", "cases-ctdc.csv", "cases-htcds.csv", "findings-tables.csv", "findings.pdf", "timeline.csv"]


@dataclass(frozen=True)
class Demo:
    folder: Path
    config: Path


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Demo:
    root = tmp_path_factory.mktemp("reports")
    return Demo(demo_vault(root, ADMIN, PASSPHRASE, cases=40), root / "config")


@pytest.fixture
def vault(demo: Demo, tmp_path: Path) -> Path:
    return private_copy(demo.folder, tmp_path)


def report(demo: Demo, vault: Path, out: Path, *args: object, **extra: str) -> subprocess.CompletedProcess[str]:
    return saksi("report", "findings", vault, "--out", out, *args, config=demo.config, **{**AS_ADMIN, **extra})


def read_csv(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def small_counts(rows: list[dict[str, str]], k: int) -> list[dict[str, str]]:
    """Rows showing a count, or a base, from 1 to k-1."""
    return [r for r in rows if any(r[c].isdigit() and 0 < int(r[c]) < k for c in ("count", "base"))]


@pytest.mark.parametrize("k", [5, 8])
def test_findings_writes_the_six_files_without_small_counts(demo: Demo, vault: Path, tmp_path: Path, k: int) -> None:
    out = tmp_path / "findings"
    args = () if k == 5 else ("--min-cell", k)
    result = report(demo, vault, out, *args)
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"{out}\n"
    assert sorted(p.name for p in out.iterdir()) == FILES
    assert (out / "findings.pdf").read_bytes().startswith(b"%PDF")
    tables = read_csv(out / "findings-tables.csv")
    assert tables
    assert small_counts(tables, k) == []
    assert any(r["count"] == "x" for r in tables) and not any(r["count"].startswith("<") for r in tables)
    timeline = read_csv(out / "timeline.csv")
    assert all(not (r["cases_opened"].isdigit() and 0 < int(r["cases_opened"]) < k) for r in timeline)
    ctdc = read_csv(out / "cases-ctdc.csv")
    groups: dict[tuple[str, ...], int] = {}
    for row in ctdc:
        key = tuple(row[q] for q in QUASI_IDENTIFIERS)
        groups[key] = groups.get(key, 0) + 1
    assert all(size >= k for size in groups.values())
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert f'No count from 1 to {k - 1} is published. Every hidden count is shown as "x"' in readme
    assert "DEMO" not in "".join(
        (out / name).read_text(encoding="utf-8-sig") for name in FILES if name != "findings.pdf"
    )
    assert f"no count from 1 to {k - 1} is published" in result.stderr
    log = saksi("vault", "log", vault, "--json", config=demo.config, **AS_ADMIN)
    assert "report.export" in [entry["action"] for entry in json.loads(log.stdout)]


def test_findings_with_filters_into_an_empty_folder(demo: Demo, vault: Path, tmp_path: Path) -> None:
    out = tmp_path / "empty"
    out.mkdir()
    result = report(demo, vault, out, "--from", "2020-01-01", "--to", "2099-12-31", "--status", "active")
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == FILES
    assert "status active" in (out / "README.txt").read_text(encoding="utf-8")
    none = tmp_path / "none"
    nobody = report(demo, vault, none, "--nationality", "ke", "--jurisdiction", "sg")
    assert nobody.returncode == 0, nobody.stderr
    assert small_counts(read_csv(none / "findings-tables.csv"), 5) == []
    assert read_csv(none / "cases-ctdc.csv") == []


def test_a_minimum_cell_below_3_is_refused(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "findings"
    result = report(demo, demo.folder, out, "--min-cell", "2")
    assert result.returncode == 6, result.stderr
    assert result.stderr.splitlines() == [
        "saksi: The minimum cell size cannot be below 3: smaller counts could point to a person."
    ]
    assert result.stdout == ""
    assert not out.exists()
    assert report(demo, demo.folder, out, "--min-cell", "two").returncode == 2
    assert "exit 6" in saksi("report", "findings", "--help").stdout


@pytest.mark.parametrize(
    "args",
    [
        ("--from", "2024-13-01"),
        ("--to", "yesterday"),
        ("--from", "2024-03"),
        ("--from", "2025-01-01", "--to", "2024-12-31"),
        ("--jurisdiction", "Cambodia"),
        ("--status", "lost"),
    ],
)
def test_bad_dates_and_filters_are_usage_errors(demo: Demo, tmp_path: Path, args: tuple[str, ...]) -> None:
    out = tmp_path / "findings"
    result = report(demo, demo.folder, out, *args)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_the_folder_must_be_new_or_empty(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "used"
    out.mkdir()
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    result = report(demo, demo.folder, out)
    assert result.returncode == 6, result.stderr
    assert "is not empty" in result.stderr
    assert [p.name for p in out.iterdir()] == ["notes.txt"]
    nowhere = report(demo, demo.folder, tmp_path / "no" / "findings")
    assert nowhere.returncode == 6
    assert "does not exist" in nowhere.stderr


def test_a_paralegal_cannot_export_findings(demo: Demo, tmp_path: Path) -> None:
    out = tmp_path / "findings"
    result = report(demo, demo.folder, out, **AS_PARALEGAL)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "saksi: Your role does not allow exporting reports. Ask a lawyer or an admin."
    ]
    assert not out.exists()
    assert result.stdout == ""
