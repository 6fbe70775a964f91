"""Screenshots of the screens no area module takes, for the docs (``make screenshots`` runs it through
tools.screenshots): recruiters.png, audit-log.png, evidence-chat.png, evidence-ocr.png (when Tesseract is
installed), evidence-import.png and help.png, all at shots.SIZE.

Offscreen, on a temporary vault of synthetic demo cases plus a synthetic WhatsApp export written into that
vault's temporary folder; nothing but the PNGs is left behind. Tests never write into docs/screenshots: the
pictures come from here.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTableWidget

from tools import shots

# A synthetic conversation (Android export format): a recruiter's number and Telegram handle that the demo's
# case records share, so Recruiters shows a chat message beside case records.
CHAT = """\
12/02/2024, 09:00 - Messages and calls are end-to-end encrypted.
12/02/2024, 09:05 - Agent Wang: Good job for you in Myawaddy, 1500 USD a month. Call +855 10 000 001
12/02/2024, 09:07 - Dara: តើត្រូវការឯកសារអ្វីខ្លះ?
12/02/2024, 09:10 - Agent Wang: Only passport. Send photo of passport page here
12/02/2024, 09:12 - Agent Wang: Ticket and visa free. Contact my boss on Telegram @demo_jobs_kh
12/02/2024, 09:15 - Dara: ok ខ្ញុំនឹងផ្ញើ
13/02/2024, 18:40 - Agent Wang: Car waits at the border at 6 am. Do not tell your family
"""


# ICAO Doc 9303's own specimen (Part 4, Appendix A): a published example, nobody's passport.
SPECIMEN_MRZ = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")


def specimen_passport(target: Path) -> Path:
    """A synthetic passport page with the specimen's machine-readable zone, drawn with the bundled fonts."""
    from PIL import Image, ImageDraw, ImageFont

    fonts = Path(__file__).resolve().parents[1] / "app" / "fonts"
    sans = ImageFont.truetype(str(fonts / "NotoSans-Regular.ttf"), 30)
    mono = ImageFont.truetype(str(fonts / "IBMPlexMono-Regular.ttf"), 34)
    page = Image.new("RGB", (1100, 720), (236, 240, 236))
    draw = ImageDraw.Draw(page)
    draw.rectangle((40, 110, 300, 440), fill=(190, 196, 200))
    draw.text((40, 40), "PASSPORT   SPECIMEN - NOT A REAL DOCUMENT", fill=(30, 40, 60), font=sans)
    for row, text in enumerate(
        ["Surname: ERIKSSON", "Given names: ANNA MARIA", "Nationality: UTOPIAN", "No.: L898902C3"]
    ):
        draw.text((340, 120 + 70 * row), text, fill=(20, 20, 20), font=sans)
    for row, text in enumerate(SPECIMEN_MRZ):
        draw.text((40, 560 + 60 * row), text, fill=(0, 0, 0), font=mono)
    page.save(target, "PNG")
    return target


def save_screenshots(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(12, evidence_cases=3) as (vault, references), tempfile.TemporaryDirectory() as scratch:
        return _shoot(vault, references[0], Path(scratch), outdir)


def _shoot(vault: Any, reference: str, scratch: Path, outdir: Path) -> list[Path]:
    from app.evidence.imaging import ImageWorker
    from app.evidence.locker import EvidenceLocker
    from storage.evidence import Provenance

    export = scratch / "WhatsApp Chat with Agent Wang.txt"
    export.write_text(CHAT, encoding="utf-8")
    given = Provenance(received_from="client", via="phone transfer", source_app="WhatsApp")
    with ImageWorker() as worker:
        locker = EvidenceLocker(vault, worker)
        [imported] = locker.import_paths(reference, [export], given)
        chat = imported.item
        read = shutil.which("tesseract") is not None
        page = specimen_passport(scratch / "passport-page.png")
        [stored] = locker.import_paths(reference, [page], replace(given, description="Passport page (ICAO specimen)"))
        passport = stored.item
        if read and passport is not None:
            passport = locker.read_text(passport)
        chat_view = locker.chat_view(chat) if chat is not None else None
    saved = [_recruiters(vault, outdir / "recruiters.png"), _audit(vault, outdir / "audit-log.png")]
    if chat is not None and chat_view is not None:
        saved.append(_chat(vault, chat, chat_view, reference, outdir / "evidence-chat.png"))
    if read and passport is not None:
        saved.append(_ocr(vault, reference, passport.id, outdir / "evidence-ocr.png"))
    saved += [_import_dialog(scratch, outdir / "evidence-import.png"), _help(outdir / "help.png")]
    return saved


def _recruiters(vault: Any, target: Path) -> Path:
    from app.common.settings import Settings
    from ui.workspace import Workspace

    workspace = Workspace(vault, Settings())
    shots.show(workspace, fixed=True)
    workspace.show_area("recruiters")
    shots.wait_for_jobs()
    area = workspace.recruiters_area
    shots.settle(lambda: area.table.rowCount() > 0)
    row = next((r for r in range(area.table.rowCount()) if "demo_jobs_kh" in _cell_text(area.table, r, 1)), 0)
    area.table.selectRow(row)
    shots.save(workspace, target)
    shots.close(workspace)
    return target


def _audit(vault: Any, target: Path) -> Path:
    from ui.account_dialogs import AuditLogDialog

    dialog = AuditLogDialog(vault)
    shots.show(dialog)
    shots.wait_for_jobs()
    shots.save(dialog, target)
    shots.close(dialog)
    return target


def _chat(vault: Any, item: Any, chat: Any, reference: str, target: Path) -> Path:
    from ui.evidence.viewer import ViewerDialog

    viewer = ViewerDialog(vault, item, None, chat=chat, reference=reference)
    shots.show(viewer)
    pane: Any = viewer.pane
    if hasattr(pane, "select"):
        pane.select([2, 5])  # the job offer and the Telegram handle, as a lawyer would quote them
    shots.save(viewer, target)
    viewer.hide()
    viewer.deleteLater()
    return target


def _ocr(vault: Any, reference: str, item_id: str, target: Path) -> Path:
    from ui.evidence.area import EvidenceArea

    area = EvidenceArea(vault)
    shots.show(area, fixed=True)
    area.show_case(reference)
    tab = area.tab
    assert tab is not None
    tab.select_item(item_id)
    shots.settle()
    tab.detail.ensureWidgetVisible(
        tab.detail.mrz_button if tab.detail.mrz_button.isVisible() else tab.detail.ocr_button
    )
    shots.save(area, target)
    shots.close(area)
    return target


def _import_dialog(scratch: Path, target: Path) -> Path:
    """The question asked once per batch, with each file's own description (issue 13)."""
    from ui.evidence.provenance import ProvenanceDialog

    names = ["IMG_2041.jpg", "IMG_2042.jpg", "Screenshot_20240212-0905.png", "bus-ticket.pdf"]
    dialog = ProvenanceDialog(len(names), None, [str(scratch / n) for n in names])
    dialog.source_detail.setText("the client's sister")
    dialog.source_app.setText("WhatsApp")
    dialog.description.setText("Photos from the client's phone")
    dialog.set_file_description(2, "Job offer from Agent Wang")
    dialog.set_file_description(3, "Bus ticket Phnom Penh - Poipet")
    shots.show(dialog)
    shots.save(dialog, target)
    shots.close(dialog)
    return target


def _help(target: Path) -> Path:
    from ui.help import HelpDialog

    dialog = HelpDialog("evidence")
    shots.show(dialog)
    shots.settle(lambda: dialog.browser.verticalScrollBar().value() > 0, timeout=2)
    shots.save(dialog, target)
    shots.close(dialog)
    return target


if __name__ == "__main__":
    import sys

    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""
