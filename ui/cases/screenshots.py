"""Screenshots of the Cases and Deadlines areas for the docs, from a temporary demo vault.

    .venv/bin/python -c "from pathlib import Path; from ui.cases.screenshots import save_screenshots; \
save_screenshots(Path('docs/screenshots'))"

Runs offscreen unless a platform is already chosen. Only the PNGs are left behind: the
temporary vault holds synthetic demo cases and is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from app import demo
from app.cases import CaseFiles
from storage.cases import Filters
from storage.vault import Vault

SIZE = (1280, 800)
PASSPHRASE = "screenshots only, thrown away"


def save_screenshots(outdir: Path) -> list[Path]:
    """Write cases-list.png, case-page.png, intake.png and deadlines.png into ``outdir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from ui import look  # after the QApplication: it styles it

    look.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="saksi-shots-") as folder:
        vault, _code = Vault.create(Path(folder) / "Demo.saksi", "amara", PASSPHRASE)
        try:
            files = CaseFiles(vault)
            demo.fill(files, 60, evidence_cases=0)
            return _grab_all(vault, files, outdir)
        finally:
            vault.close()


def _grab_all(vault: Vault, files: CaseFiles, outdir: Path) -> list[Path]:
    from ui.cases.area import CasesArea
    from ui.cases.deadlines import DeadlinesArea
    from ui.cases.intake import IntakeView

    area = CasesArea(vault)
    shots = [_grab(area, outdir / "cases-list.png")]
    reference = _showcase(files)
    area.open_case(reference)
    shots.append(_grab(area, outdir / "case-page.png"))
    view = IntakeView(vault, reference)
    view.resume()
    view.show_section("compound")
    shots.append(_grab(view, outdir / "intake.png"))
    view.flush()
    deadlines = DeadlinesArea(vault)
    shots.append(_grab(deadlines, outdir / "deadlines.png"))
    for widget in (area, view, deadlines):
        widget.close()
        widget.deleteLater()
    QApplication.processEvents()
    return shots


def _showcase(files: CaseFiles) -> str:
    """A detained client with charges and a Khmer name: the case page shows the most there (Khmer,
    because the office's first language; a machine without a Myanmar font would show boxes)."""
    rows = files.find(Filters(detained_only=True), sort="next_deadline", limit=60)
    for row in rows:
        case, _version = files.load(row.reference)
        if case.charges and any(n.script == "Khmr" for n in case.client.names):
            return row.reference
    return rows[0].reference if rows else files.find(limit=1)[0].reference


def _grab(widget: QWidget, path: Path) -> Path:
    widget.setFixedSize(*SIZE)  # a laptop screen; fixed, so the offscreen platform has no size hints to pass on
    widget.show()
    for _ in range(3):  # layouts settle over a few passes
        QApplication.processEvents()
    widget.grab().save(str(path), "PNG")
    return path
