"""Screenshots of the evidence screens for the docs: ``python -m ui.evidence.screenshots OUTDIR``.

Offscreen, on a temporary vault of synthetic demo cases (app.demo); the vault is deleted afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SIZE = (1280, 800)
PASSPHRASE = "synthetic screenshots only"


def _settle(condition: Callable[[], bool] = lambda: True, timeout: float = 10.0) -> None:
    """Run the event loop (layout, paint, timers) for a moment, then until ``condition`` holds.

    An event loop with a polling timer, not a busy ``processEvents()`` loop: PySide6 6.12 on Python 3.11
    drops a reference to None on every call of a C++ method returning void, and a busy loop makes
    hundreds of thousands of them (the interpreter then aborts with "deallocating None").
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


def save_screenshots(outdir: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui import look

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    look.apply(app)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="saksi-shots-") as folder:
        os.environ["SAKSI_CONFIG_DIR"] = str(Path(folder) / "config")
        return _shoot(Path(folder), outdir)


def _shoot(folder: Path, outdir: Path) -> list[Path]:
    from app.cases import CaseFiles
    from app.demo import fill
    from app.evidence import EvidenceLocker
    from app.imaging import ImageWorker
    from storage.vault import Vault

    vault, _code = Vault.create(folder / "Demo.saksi", "amara", PASSPHRASE)
    try:
        references = fill(CaseFiles(vault), 3, evidence_cases=3)
        with ImageWorker() as worker:
            locker = EvidenceLocker(vault, worker)
            reference = max(references, key=lambda r: len(locker.items(r)))
            items = {i.filename: i for i in locker.items(reference)}
            passport = items["passport.jpg"]
            locker.derive(passport, boxes=[(40, 120, 300, 460), (350, 200, 880, 340)])
            ad_bytes = locker.view_bytes(items["job-ad.png"]) or b""
            passport_bytes = locker.view_bytes(passport) or b""
            return [
                _tab(vault, reference, passport.id, outdir / "evidence-tab.png"),
                _viewer(vault, items["job-ad.png"], ad_bytes, outdir / "evidence-viewer.png"),
                _redact(vault, passport, passport_bytes, outdir / "evidence-redact.png"),
            ]
    finally:
        vault.close()


def _tab(vault: object, reference: str, select_id: str, target: Path) -> Path:
    from ui.evidence.area import EvidenceArea

    area = EvidenceArea(vault)  # type: ignore[arg-type]
    area.resize(*SIZE)
    area.show()
    area.show_case(reference)
    tab = area.tab
    assert tab is not None
    tab.select_item(select_id)
    _settle()
    wanted = [i.id for i in tab.items() if i.has_thumbnail]
    _settle(lambda: all(tab.model.has_thumbnail_loaded(i) for i in wanted))
    area.grab().save(str(target), "PNG")
    area.close()
    area.deleteLater()
    return target


def _viewer(vault: object, item: object, data: bytes, target: Path) -> Path:
    from ui.evidence.viewer import ViewerDialog

    viewer = ViewerDialog(vault, item, data)  # type: ignore[arg-type]
    viewer.resize(*SIZE)
    viewer.show()
    _settle()
    viewer.grab().save(str(target), "PNG")
    viewer.hide()
    viewer.deleteLater()
    return target


def _redact(vault: object, item: object, data: bytes, target: Path) -> Path:
    from ui.evidence.redact import RedactDialog

    dialog = RedactDialog(vault, item, data)  # type: ignore[arg-type]
    dialog.add_box((40, 120, 300, 460))
    dialog.add_box((350, 200, 880, 340))
    dialog.set_crop((0, 90, 900, 600))
    dialog.resize(*SIZE)
    dialog.show()
    _settle()
    dialog.canvas.fit()
    _settle()
    dialog.grab().save(str(target), "PNG")
    dialog.hide()
    dialog.deleteLater()
    return target


if __name__ == "__main__":
    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
