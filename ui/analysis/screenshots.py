"""Screenshots of the Analysis tab for the docs: ``python -m ui.analysis.screenshots OUTDIR``.

Offscreen, 1280x800, on a temporary vault of synthetic demo cases (app.demo) that is deleted
afterwards. The tab is shown inside a real case page, as the lawyer sees it.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SIZE = (1280, 800)
PASSPHRASE = "synthetic screenshots only"


def settle(condition: Callable[[], bool] = lambda: True, timeout: float = 10.0) -> None:
    """Run the event loop (layout, paint, timers) for a moment, then until ``condition`` holds.

    An event loop with a polling timer rather than a busy ``processEvents()`` loop (see
    ui/evidence/screenshots.py for why: PySide6 6.12 on Python 3.11 leaks a reference per call).
    """
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    started = time.monotonic()

    def poll() -> None:
        waited = time.monotonic() - started
        if (waited > 0.2 and condition()) or waited > timeout:
            loop.quit()

    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(poll)
    timer.start()
    loop.exec()
    timer.stop()


@contextmanager
def demo_vault() -> Iterator[tuple[Any, list[str]]]:
    """A QApplication with Saksi's look, and a temporary vault with three demo cases (two with exhibits)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui import look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    look.apply(app)
    with tempfile.TemporaryDirectory(prefix="saksi-shots-") as folder:
        previous = os.environ.get("SAKSI_CONFIG_DIR")
        os.environ["SAKSI_CONFIG_DIR"] = str(Path(folder) / "config")
        from app.cases import CaseFiles
        from app.demo import fill
        from storage.vault import Vault

        vault, _code = Vault.create(Path(folder) / "Demo.saksi", "amara", PASSPHRASE)
        try:
            yield vault, fill(CaseFiles(vault), 3, evidence_cases=2, seed=1)
        finally:
            vault.close()
            if previous is None:
                os.environ.pop("SAKSI_CONFIG_DIR", None)
            else:
                os.environ["SAKSI_CONFIG_DIR"] = previous


def case_page(vault: Any, reference: str, make_tab: Callable[[Any], Any], title: str) -> tuple[Any, Any]:
    """The real case page with ``make_tab(page)`` added as a tab and shown."""
    from ui.cases.case_page import CasePage

    page = CasePage(vault, reference)
    tab = make_tab(page)
    page.tabs.setCurrentIndex(page.add_tab(tab, title))
    page.resize(*SIZE)
    page.show()
    settle()
    return page, tab


def save_screenshots(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with demo_vault() as (vault, references):
        reference = _prepare(vault, references)
        return _shoot(vault, reference, outdir)


def _prepare(vault: Any, references: list[str]) -> str:
    """A case with exhibits, argued in Cambodia, with one charge argued in full and one still in progress."""
    from app.case_model import Charge, Nexus
    from app.cases import CaseFiles

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

    page, tab = case_page(vault, reference, lambda p: AnalysisTab(vault, reference, doc=p.doc), "Analysis")
    assert isinstance(tab, AnalysisTab)
    try:
        shots = []
        row = next((r for r in tab.rows if r.state == "corroborated" and r.element.framework == "palermo"), None)
        if row is not None:
            tab.select_element(row.element.id)
            tab.facts.select_fact(row.facts[0].id)
        settle()
        target = outdir / "analysis-matrix.png"
        page.grab().save(str(target), "PNG")
        shots.append(target)

        tab.pages.setCurrentWidget(tab.nexus)
        charges = tab.context.case.charges if tab.context is not None else []
        if len(charges) > 1:
            tab.nexus.select_charge(charges[1].id)
            basis = tab.nexus.basis
            for index in range(basis.count()):
                if basis.item(index).data(Qt.ItemDataRole.UserRole) == "kh.non-punishment":
                    basis.setCurrentRow(index)
        settle()
        target = outdir / "analysis-nexus.png"
        page.grab().save(str(target), "PNG")
        shots.append(target)
        return shots
    finally:
        page.close()
        page.deleteLater()
        settle(timeout=0.3)


if __name__ == "__main__":
    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
