"""Screenshots of the Reports area for the docs, from a temporary demo vault of 300 cases.

    .venv/bin/python -c "from pathlib import Path; from ui.reports.screenshots import save_screenshots; \
save_screenshots(Path('docs/screenshots'))"

Runs offscreen unless a platform is already chosen. Only the PNGs are left behind: the
temporary vault holds synthetic demo cases and is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from app import demo
from app.cases import CaseFiles
from storage.vault import Vault
from ui import jobs

SIZE = (1280, 800)
PASSPHRASE = "screenshots only, thrown away"
DEMO_CASES = 300
SHOTS = (("profile", "reports-profile.png"), ("conditions", "reports-conditions.png"))


def save_screenshots(outdir: Path) -> list[Path]:
    """Write reports-profile.png and reports-conditions.png into ``outdir``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from ui import look  # after the QApplication: it styles it

    look.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="saksi-shots-") as folder:
        vault, _code = Vault.create(Path(folder) / "Demo.saksi", "amara", PASSPHRASE)
        try:
            demo.fill(CaseFiles(vault), DEMO_CASES, evidence_cases=0)
            return _grab_all(vault, outdir)
        finally:
            vault.close()


def _settle() -> None:
    for _ in range(3):  # layouts settle over a few passes
        QApplication.processEvents()


def _grab_all(vault: Vault, outdir: Path) -> list[Path]:
    from ui.reports.area import ReportsArea

    area = ReportsArea(vault)
    area.setFixedSize(*SIZE)  # a laptop screen; fixed, so the offscreen platform has no size hints to pass on
    loop = QEventLoop()
    area.report_shown.connect(loop.quit)
    QTimer.singleShot(60_000, loop.quit)  # never hang the docs build
    area.show()  # the first show builds the report off the GUI thread
    if area.report is None:
        loop.exec()
    while jobs.busy():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
    _settle()
    shots = []
    for section_id, name in SHOTS:
        area.show_section(section_id)
        _settle()
        path = outdir / name
        area.grab().save(str(path), "PNG")
        shots.append(path)
    area.close()
    area.deleteLater()
    QApplication.processEvents()
    return shots
