"""The findings report over 10,000 demo cases, against reading the same documents alone."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.analysis.findings import build_report
from app.analysis.findings_export import export_findings
from app.cases.case_files import CaseFiles
from app.demo import demo_cases as demo
from storage.cases import all_documents
from storage.vault import Vault

CASES = 10_000


def run(cases: int = CASES) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "Bench", "admin", "benchmark passphrase 2026")
        demo.fill(CaseFiles(vault), cases, seed=3, evidence_cases=0)
        start = time.perf_counter()
        documents = list(all_documents(vault.conn))
        read = time.perf_counter() - start
        start = time.perf_counter()
        build_report(documents)
        counting = time.perf_counter() - start
        start = time.perf_counter()
        export_findings(vault, Path(tmp) / "report")
        full = time.perf_counter() - start
        vault.close()
    return [
        "## Findings report",
        "",
        f"Over {cases:,} demo cases: the whole export (read and decrypt every case, count, suppress, draw the PDF",
        f"with charts, write the CSV tables and the k-anonymous case rows) takes {full:.1f} s. Of that, reading",
        f"the documents alone (the baseline) takes {read:.1f} s and counting {counting:.1f} s",
        f"(export / read = {full / read:.1f}x).",
        "",
    ]
