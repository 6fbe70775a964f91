"""Screenshots of the Analysis tab for the docs: ``python -m tools.analysis_shots OUTDIR``.

Offscreen, 1280x800, on a temporary vault of synthetic demo cases (app.demo.demo_cases) that is deleted
afterwards. The tab is shown inside a real case page, as the lawyer sees it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from tools import shots


def save_screenshots(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(3, evidence_cases=2) as (vault, references):
        reference = _prepare(vault, references)
        return _shoot(vault, reference, outdir)


def _prepare(vault: Any, references: list[str]) -> str:
    """A case with exhibits, argued in Cambodia, with one charge argued in full and one still in progress."""
    from app.cases.case_files import CaseFiles
    from app.cases.model import Charge, Nexus

    files = CaseFiles(vault)
    reference = references[0]
    case, version = files.load(reference)
    case.jurisdiction = "KH"
    linked = [f.id for f in case.facts if f.evidence_ids][:2]
    case.charges = [
        Charge(
            offence="Illegal entry",
            statute="Law on Immigration (verify)",
            authority="Provincial court (synthetic)",
            case_number="DEMO/114",
            stage="charged",
            nexus=Nexus(
                basis=["actip.14.7", "ilo-p29.4.2", "ohchr.principle7"],
                fact_ids=linked,
                model="causation",
                argument="The client crossed the border in a vehicle arranged by the recruiters, without knowing "
                "where they were taken (synthetic demo).",
            ),
        ),
        Charge(
            offence="Online fraud",
            statute="Criminal Code (verify)",
            stage="investigation",
            nexus=Nexus(basis=["actip.14.7", "kh.non-punishment"]),
        ),
    ]
    files.save(case, version)
    return reference


def _shoot(vault: Any, reference: str, outdir: Path) -> list[Path]:
    from PySide6.QtCore import Qt

    from ui.analysis.tab import AnalysisTab

    page, tab = shots.case_page(vault, reference, lambda p: AnalysisTab(vault, reference, doc=p.doc), "Analysis")
    assert isinstance(tab, AnalysisTab)
    try:
        row = next((r for r in tab.rows if r.state == "corroborated" and r.element.framework == "palermo"), None)
        if row is not None:
            tab.select_element(row.element.id)
            tab.facts.select_fact(row.facts[0].id)
        saved = [shots.save(page, outdir / "analysis-matrix.png")]

        tab.pages.setCurrentWidget(tab.nexus)
        charges = tab.context.case.charges if tab.context is not None else []
        if len(charges) > 1:
            tab.nexus.select_charge(charges[1].id)
            basis = tab.nexus.basis
            for index in range(basis.count()):
                if basis.item(index).data(Qt.ItemDataRole.UserRole) == "kh.non-punishment":
                    basis.setCurrentRow(index)
        saved.append(shots.save(page, outdir / "analysis-nexus.png"))
        return saved
    finally:
        shots.close(page)


if __name__ == "__main__":
    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
