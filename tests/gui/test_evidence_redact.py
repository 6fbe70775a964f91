"""Redacted copies: boxes in the upright image's pixels, a new item linked to the original, which never changes."""

from __future__ import annotations

import io
from collections.abc import Iterator

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, make_tab, new_case, select, sha
from ui.evidence.redact import RedactDialog, to_pixels
from ui.evidence.tab import EvidenceTab

pytestmark = pytest.mark.gui
BOX = (20, 30, 120, 130)  # in the upright (EXIF-applied) image: 200 wide, 300 high


def sideways_photo() -> bytes:
    """Stored 300 x 200 with EXIF orientation 6 (the phone was held upright): upright it is 200 x 300."""
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "DemoPhone"
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (240, 240, 240)).save(out, "JPEG", exif=exif, quality=95)
    return out.getvalue()


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault) -> Iterator[EvidenceTab]:
    reference = new_case(vault)
    with ImageWorker() as worker:
        EvidenceLocker(vault, worker).import_bytes(reference, sideways_photo(), "passport.jpg", FROM_PHONE)
    opened = make_tab(qtbot, vault, reference)
    yield opened
    wait_for_jobs(qtbot)


def test_a_box_drawn_in_the_dialog_gives_a_black_derived_copy(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault, dialog_stub: DialogStub
) -> None:
    original = tab.items()[0]
    select(tab, "E-1")
    assert not tab.detail.redact_button.isHidden()
    seen: list[tuple[int, int]] = []

    def redact(dialog: QDialog) -> int:
        assert isinstance(dialog, RedactDialog)
        seen.append((dialog.width_px, dialog.height_px))
        assert not dialog.save_button.isEnabled()  # nothing to save yet
        dialog.add_box(BOX)
        dialog.save_button.click()
        qtbot.waitUntil(lambda: dialog.derived is not None)
        return dialog.result()

    dialog_stub.respond(RedactDialog, redact)
    tab.detail.redact_button.click()
    wait_for_jobs(qtbot)
    assert seen == [(200, 300)]
    copy = tab.current_item()
    assert copy is not None and copy.label == "E-1.1" and copy.original_id == original.id
    assert copy.derivation["boxes"] == [list(BOX)]
    with ImageWorker() as worker:
        locker = EvidenceLocker(vault, worker)
        image = Image.open(io.BytesIO(locker.view_bytes(copy) or b"")).convert("RGB")
        assert image.size == (200, 300)
        assert image.getpixel((70, 80)) == (0, 0, 0)
        assert image.getpixel((20, 30)) == (0, 0, 0) and image.getpixel((120, 130)) == (0, 0, 0)
        assert min(image.getpixel((150, 250))) > 200
        assert "exif" not in image.info
        assert sha(locker.view_bytes(original) or b"") == original.sha256  # the original never changes
    assert tab.detail.original_button.text().startswith("E-1")
    tab.detail.original_button.click()
    current = tab.current_item()
    assert current is not None and current.id == original.id
    assert tab.detail.copies.item(0).text().startswith("E-1.1")
    tab.detail.copies.itemClicked.emit(tab.detail.copies.item(0))  # a click on the copy selects it
    current = tab.current_item()
    assert current is not None and current.label == "E-1.1"


def test_drawing_with_the_mouse_crop_and_rotation(qtbot: QtBot, tab: EvidenceTab, vault: Vault) -> None:
    item = tab.items()[0]
    with ImageWorker() as worker:
        data = EvidenceLocker(vault, worker).view_bytes(item) or b""
    dialog = RedactDialog(vault, item, data)
    qtbot.addWidget(dialog)
    dialog.setMinimumSize(900, 600)
    dialog.show()
    qtbot.waitExposed(dialog)
    canvas = dialog.canvas
    start = canvas.mapFromScene(10, 10)
    end = canvas.mapFromScene(60, 90)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), pos=end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    assert len(dialog.boxes()) == 1
    left, top, right, bottom = dialog.boxes()[0]
    assert abs(left - 10) <= 2 and abs(top - 10) <= 2 and abs(right - 60) <= 2 and abs(bottom - 90) <= 2
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(end))  # a click draws nothing
    assert len(dialog.boxes()) == 1
    dialog.crop_mode.setChecked(True)
    dialog._drawn(QRectF(0, 0, 150, 200))
    assert dialog.crop == (0, 0, 150, 200)
    dialog.rotate_by(90)
    dialog.box_list.setCurrentRow(0)
    dialog.remove_selected()
    assert dialog.boxes() == [] and dialog.save_button.isEnabled()
    assert dialog.purpose() == "cropped copy"
    dialog.save()
    qtbot.waitUntil(lambda: dialog.derived is not None)
    assert dialog.derived is not None and dialog.derived.metadata["width"] == 200  # 150 x 200, turned
    assert dialog.derived.metadata["height"] == 150 and dialog.derived.filename == "passport-cropped-copy.png"


def test_to_pixels_grows_outwards_and_stays_inside() -> None:
    assert to_pixels(QRectF(10.6, 20.2, 30.0, 40.5), 200, 300) == (10, 20, 41, 61)
    assert to_pixels(QRectF(-20, -20, 60, 60), 200, 300) == (0, 0, 40, 40)
    assert to_pixels(QRectF(5, 5, 1, 1), 200, 300) is None
    assert to_pixels(QRectF(190, 290, 50, 50), 200, 300) == (190, 290, 200, 300)
