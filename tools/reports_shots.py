"""Screenshots of the Reports area for the docs, from a temporary demo vault of 300 cases.

    .venv/bin/python -c "from pathlib import Path; from tools.reports_shots import save_screenshots; \
save_screenshots(Path('docs/screenshots'))"

Runs offscreen unless a platform is already chosen. Only the PNGs are left behind: the
temporary vault holds synthetic demo cases and is deleted afterwards.
"""

from __future__ import annotations

from pathlib import Path

from storage.vault import Vault
from tools import shots
from ui import jobs

DEMO_CASES = 300
SHOTS = (("profile", "reports-profile.png"), ("conditions", "reports-conditions.png"))


def save_screenshots(outdir: Path) -> list[Path]:
    """Write reports-profile.png and reports-conditions.png into ``outdir``."""
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(DEMO_CASES) as (vault, _references):
        return _grab_all(vault, outdir)


def _grab_all(vault: Vault, outdir: Path) -> list[Path]:
    from ui.reports.area import ReportsArea

    area = ReportsArea(vault)
    shown: list[bool] = []
    area.report_shown.connect(lambda: shown.append(True))
    shots.show(area, fixed=True)  # the first show builds the report off the GUI thread
    shots.settle(lambda: (bool(shown) or area.report is not None) and not jobs.busy(), timeout=60)  # never hang
    saved = []
    for section_id, name in SHOTS:
        area.show_section(section_id)
        saved.append(shots.save(area, outdir / name))
    shots.close(area)
    return saved
