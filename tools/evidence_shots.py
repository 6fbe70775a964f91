"""Screenshots of the evidence screens for the docs: ``python -m tools.evidence_shots OUTDIR``.

Offscreen, on a temporary vault of synthetic demo cases (app.demo.demo_cases); the vault is deleted afterwards.
"""

from __future__ import annotations

from pathlib import Path

from tools import shots


def save_screenshots(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(3, evidence_cases=3) as (vault, references):
        return _shoot(vault, references, outdir)


def _shoot(vault: object, references: list[str], outdir: Path) -> list[Path]:
    from app.evidence.imaging import ImageWorker
    from app.evidence.locker import EvidenceLocker

    with ImageWorker() as worker:
        locker = EvidenceLocker(vault, worker)  # type: ignore[arg-type]
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


def _tab(vault: object, reference: str, select_id: str, target: Path) -> Path:
    from ui.evidence.area import EvidenceArea

    area = EvidenceArea(vault)  # type: ignore[arg-type]
    shots.show(area)
    area.show_case(reference)
    tab = area.tab
    assert tab is not None
    tab.select_item(select_id)
    shots.settle()
    wanted = [i.id for i in tab.items() if i.has_thumbnail]
    shots.settle(lambda: all(tab.model.has_thumbnail_loaded(i) for i in wanted))
    shots.save(area, target)
    shots.close(area)
    return target


def _viewer(vault: object, item: object, data: bytes, target: Path) -> Path:
    from ui.evidence.viewer import ViewerDialog

    viewer = ViewerDialog(vault, item, data)  # type: ignore[arg-type]
    shots.show(viewer)
    shots.save(viewer, target)
    viewer.hide()
    viewer.deleteLater()
    return target


def _redact(vault: object, item: object, data: bytes, target: Path) -> Path:
    from ui.evidence.redact import RedactDialog

    dialog = RedactDialog(vault, item, data)  # type: ignore[arg-type]
    dialog.add_box((40, 120, 300, 460))
    dialog.add_box((350, 200, 880, 340))
    dialog.set_crop((0, 90, 900, 600))
    shots.show(dialog)
    shots.settle()
    dialog.canvas.fit()
    shots.save(dialog, target)
    dialog.hide()
    dialog.deleteLater()
    return target


if __name__ == "__main__":
    import sys

    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
