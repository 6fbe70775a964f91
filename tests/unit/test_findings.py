"""Findings report: known answers, small-cell suppression everywhere, no personal data, charts in the PDF."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from app.analysis.findings import Cell, ReportFilters, Table, build_report, suppress
from app.analysis.findings_export import QUASI_IDENTIFIERS, case_rows, export_findings
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.demo import demo_cases as demo
from storage.cases import all_documents
from storage.errors import InputRejected, PermissionDenied
from storage.vault import Vault


def make(sex: str, age: int, channel: str, controls: list[str], nationality: str = "KH", **extra: object) -> Case:
    return Case(
        client={
            "names": [{"text": f"Secret Name {sex}{age}"}],
            "sex": sex,
            "age_at_recruitment": age,
            "nationalities": [nationality],
        },
        recruitment={"channel": channel},
        compounds=[{"country": "MM", "controls": controls}],
        opened_on="2026-03-01",
        **extra,
    )


def cells(report_table: Table) -> dict[str, tuple[int, bool]]:
    return {c.code: (c.count, c.suppressed) for c in report_table.cells}


def table(report: object, table_id: str) -> Table:
    return next(t for t in report.all_tables() if t.id == table_id)  # type: ignore[attr-defined]


def test_counts_against_a_constructed_vault(vault: Vault) -> None:
    files = CaseFiles(vault)
    for _ in range(6):
        files.create(make("male", 22, "online", ["documents_withheld", "threats"]))
    for _ in range(5):
        files.create(make("female", 25, "offline", ["documents_withheld"]))
    files.create(make("female", 16, "online", []))
    report = build_report(all_documents(vault.conn), k=5)
    assert report.cases == 12
    assert cells(table(report, "gender"))["male"] == (6, False)
    assert cells(table(report, "gender"))["female"] == (6, False)
    assert cells(table(report, "controls"))["documents_withheld"] == (11, False)
    assert cells(table(report, "controls"))["threats"] == (6, False)
    age = cells(table(report, "age"))
    assert age["9-17"] == (1, True)  # the one minor is hidden...
    assert age["21-23"] == (6, False) and age["24-26"] == (5, True)  # ...and so is the next cell: 12 - 6 - 5 = 1
    channel = cells(table(report, "channel"))
    assert channel["online"] == (7, False) and channel["offline"] == (5, False)


def test_secondary_suppression_blocks_subtraction() -> None:
    t = Table("x", "x", [Cell("a", "A", 20), Cell("b", "B", 2), Cell("c", "C", 9), Cell("d", "D", 0)], 31, True)
    suppress(t, 5)
    assert [c.suppressed for c in t.cells] == [False, True, True, False]
    multi = Table("y", "y", [Cell("a", "A", 20), Cell("b", "B", 2)], 31, False)
    suppress(multi, 5)
    assert [c.suppressed for c in multi.cells] == [False, True]
    pinned = Table("z", "z", [Cell("a", "A", 20), Cell("b", "B", 1), Cell("c", "C", 1)], 22, True)
    suppress(pinned, 5)  # hiding only the 1s: 22 - 20 = 2 pins both; the 20 must go too
    assert [c.shown(5) for c in pinned.cells] == ["x", "x", "x"]
    small = Table("w", "w", [Cell("a", "A", 3), Cell("b", "B", 2), Cell("c", "C", 0)], 5, True)
    suppress(small, 5)  # 3 + 2 of 5: each hidden cell is at most 4 whatever is hidden, so the zero goes too
    assert small.withheld and all(c.suppressed for c in small.cells)


def test_too_few_cases_show_nothing(vault: Vault) -> None:
    files = CaseFiles(vault)
    for _ in range(3):
        files.create(make("male", 22, "online", []))
    report = build_report(all_documents(vault.conn), k=5)
    assert report.withheld and report.sections == []
    with pytest.raises(ValueError, match="below 3"):
        build_report([], k=2)


def test_filters(vault: Vault) -> None:
    files = CaseFiles(vault)
    for _ in range(5):
        files.create(make("male", 22, "online", [], nationality="TH"))
    for _ in range(5):
        files.create(make("male", 22, "online", [], nationality="KH", jurisdiction="KH"))
    documents = list(all_documents(vault.conn))
    assert build_report(documents, ReportFilters(nationality="TH")).cases == 5
    assert build_report(documents, ReportFilters(jurisdiction="KH")).cases == 5
    assert build_report(documents, ReportFilters(end=date(2026, 1, 1))).withheld


@pytest.fixture
def demo_vault(vault: Vault) -> Vault:
    demo.fill(CaseFiles(vault), 300, seed=11, evidence_cases=0)
    return vault


def test_exports_hold_no_small_cell_and_no_personal_data(demo_vault: Vault, tmp_path: Path) -> None:
    k = 5
    result = export_findings(demo_vault, tmp_path / "report", k=k)
    folder = result.folder
    assert sorted(p.name for p in folder.iterdir()) == sorted(result.files)
    rows = list(csv.DictReader(io.StringIO((folder / "findings-tables.csv").read_text(encoding="utf-8-sig"))))
    for row in rows + list(csv.DictReader(io.StringIO((folder / "timeline.csv").read_text(encoding="utf-8-sig")))):
        for key in ("count", "base", "cases_opened"):
            value = row.get(key)
            if value and value.isdigit():
                assert not 0 < int(value) < k, row
    pdf_text = subprocess.run(
        ["pdftotext", str(folder / "findings.pdf"), "-"], capture_output=True, text=True, check=True
    ).stdout
    report = build_report(all_documents(demo_vault.conn), k=k)
    for t in report.all_tables():  # the PDF is drawn from exactly these cells
        assert all(c.suppressed or not 0 < c.count < k for c in t.cells), t.id
    if any(c.suppressed for t in report.all_tables() for c in t.cells):
        assert "x" in pdf_text.split() and f"<{k}" not in pdf_text
    ctdc = list(csv.DictReader(io.StringIO((folder / "cases-ctdc.csv").read_text(encoding="utf-8-sig"))))
    groups: dict[tuple[str, ...], int] = {}
    for row in ctdc:
        key = tuple(row[q] for q in QUASI_IDENTIFIERS)
        groups[key] = groups.get(key, 0) + 1
    assert all(n >= k for n in groups.values())
    everything = "\n".join(
        [pdf_text] + [p.read_text(encoding="utf-8-sig") for p in folder.iterdir() if p.suffix in (".csv", ".txt")]
    )
    files = CaseFiles(demo_vault)
    for row in files.find(limit=1000):
        case, _ = files.load(row.reference)
        exact_dates = [case.opened_on] if case.opened_on != date.today().isoformat() else []  # today = report date
        secrets = [row.reference, *exact_dates, *(n.text for n in case.client.names)]
        secrets += [i.value for p in case.people for i in p.identifiers] + [d.number for d in case.client.documents]
        for secret in secrets:
            assert secret not in everything, secret
    assert "report.export" in [e.action for e in demo_vault.recent_audit()]


def test_charts_are_drawn_in_the_pdf(demo_vault: Vault, tmp_path: Path) -> None:
    folder = export_findings(demo_vault, tmp_path / "report").folder
    subprocess.run(
        ["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", str(folder / "findings.pdf"), str(tmp_path / "page")],
        check=True,
    )
    page = Image.open(next(tmp_path.glob("page*.png"))).convert("RGB")
    colours = page.getcolors(1 << 24) or []
    bar_pixels = sum(n for n, (r, _g, b) in colours if abs(r - 0x2F) < 12 and abs(b - 0x9F) < 12)
    assert bar_pixels > 200


def test_export_needs_role_and_empty_folder(demo_vault: Vault, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x").write_text("x")
    with pytest.raises(InputRejected, match="not empty"):
        export_findings(demo_vault, tmp_path / "full")
    demo_vault.add_user("dara", "paralegal", "dara's own passphrase")
    with Vault.open(demo_vault.path, "dara", "dara's own passphrase") as paralegal, pytest.raises(PermissionDenied):
        export_findings(paralegal, tmp_path / "out")


def test_k_anonymity_of_case_rows() -> None:
    documents = [make("male", 22, "online", []).to_document() for _ in range(10)]
    documents.append(make("female", 40, "online", [], nationality="VN").to_document())
    rows = case_rows(documents, build_report(documents, k=5), 5)
    assert len(rows.ctdc) == 0 and rows.withheld == 11  # 1 withheld would bound every hidden cell by 1: 0 or >= k
    documents += [make("female", 40, "online", [], nationality="VN").to_document() for _ in range(4)]
    rows = case_rows(documents, build_report(documents, k=5), 5)
    assert len(rows.ctdc) == 15 and rows.withheld == 0
