"""Screenshots of the Cases and Deadlines areas for the docs, from a temporary demo vault.

    .venv/bin/python -c "from pathlib import Path; from tools.cases_shots import save_screenshots; \
save_screenshots(Path('docs/screenshots'))"

Runs offscreen unless a platform is already chosen. Only the PNGs are left behind: the
temporary vault holds synthetic demo cases and is deleted afterwards.
"""

from __future__ import annotations

from pathlib import Path

from app.cases.case_files import CaseFiles
from storage.cases import Filters
from storage.vault import Vault
from tools import shots


def save_screenshots(outdir: Path) -> list[Path]:
    """Write cases-list.png, case-page.png, intake.png and deadlines.png into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(60) as (vault, _references):
        return _grab_all(vault, CaseFiles(vault), outdir)


def _grab_all(vault: Vault, files: CaseFiles, outdir: Path) -> list[Path]:
    from ui.cases.area import CasesArea
    from ui.cases.deadlines import DeadlinesArea
    from ui.cases.intake import IntakeView

    area = CasesArea(vault)
    shots.show(area, fixed=True)
    saved = [shots.save(area, outdir / "cases-list.png")]
    reference = _showcase(files)
    area.open_case(reference)
    saved.append(shots.save(area, outdir / "case-page.png"))
    view = IntakeView(vault, reference)
    view.resume()
    view.show_section("compound")
    shots.show(view, fixed=True)
    saved.append(shots.save(view, outdir / "intake.png"))
    view.flush()
    deadlines = DeadlinesArea(vault)
    shots.show(deadlines, fixed=True)
    saved.append(shots.save(deadlines, outdir / "deadlines.png"))
    shots.close(area, view, deadlines)
    return saved


def _showcase(files: CaseFiles) -> str:
    """A detained client with charges and a Khmer name: the case page shows the most there (Khmer,
    because the office's first language; a machine without a Myanmar font would show boxes)."""
    rows = files.find(Filters(detained_only=True), sort="next_deadline", limit=60)
    for row in rows:
        case, _version = files.load(row.reference)
        if case.charges and any(n.script == "Khmr" for n in case.client.names):
            return row.reference
    return rows[0].reference if rows else files.find(limit=1)[0].reference
