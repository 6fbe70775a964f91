"""The viewer shows images, PDFs and text from memory, and every opening is in the custody log."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.evidence import Item
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, make_tab, new_case
from ui.evidence.tab import EvidenceTab
from ui.evidence.viewer import ImagePane, InfoPane, PdfPane, TextPane, ViewerDialog

pytestmark = pytest.mark.gui


def pdf_bytes(pages: int = 2) -> bytes:
    from reportlab.pdfgen.canvas import Canvas

    out = io.BytesIO()
    canvas = Canvas(out)
    for number in range(pages):
        canvas.drawString(72, 720, f"Shelter note, page {number + 1}")
        canvas.showPage()
    canvas.save()
    return out.getvalue()


def rotated_jpeg() -> bytes:
    """Stored 300 x 200 with EXIF orientation 6: upright it is 200 x 300."""
    exif = Image.Exif()
    exif[0x0112] = 6
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (200, 120, 0)).save(out, "JPEG", exif=exif)
    return out.getvalue()


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[EvidenceTab]:
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))  # nothing may appear here
    (tmp_path / "tmp").mkdir()
    reference = new_case(vault)
    text = "ខ្ញុំ ok\nline two\n".encode() + b"." * 9000 + b"\xff a bad byte past the sniffed head"
    with ImageWorker() as worker:
        locker = EvidenceLocker(vault, worker)
        for name, data in (
            ("photo.jpg", rotated_jpeg()),
            ("note.pdf", pdf_bytes()),
            ("chat.txt", text),
            ("voice.ogg", b"OggS" + bytes(200)),
        ):
            locker.import_bytes(reference, data, name, FROM_PHONE)
    opened = make_tab(qtbot, vault, reference)
    yield opened
    for viewer in list(opened.viewers):
        viewer.close()
    wait_for_jobs(qtbot)
    assert list((tmp_path / "tmp").iterdir()) == []


def open_viewer(qtbot: QtBot, tab: EvidenceTab, filename: str) -> ViewerDialog:
    item = next(i for i in tab.items() if i.filename == filename)
    before = len(tab.viewers)
    tab.select_item(item.id)
    tab.open_viewer()
    qtbot.waitUntil(lambda: len(tab.viewers) > before)
    return tab.viewers[-1]


def views(vault: Vault, item: Item) -> int:
    return [e.action for e in EvidenceLocker(vault).custody(item)].count("evidence.view")


def test_an_image_opens_upright_with_zoom_rotate_and_the_view_is_recorded(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault
) -> None:
    viewer = open_viewer(qtbot, tab, "photo.jpg")
    assert isinstance(viewer.pane, ImagePane)
    size = viewer.pane.view.pixmap_item.pixmap().size()
    assert (size.width(), size.height()) == (200, 300)  # EXIF orientation applied
    view = viewer.pane.view
    view.actual_size()
    view.zoom_by(2.0)
    assert view.transform().m11() == pytest.approx(2.0)
    view.rotate_view()
    assert view.rotation == 90
    view.fit()
    assert views(vault, viewer.item) == 1
    assert "photo" not in viewer.windowTitle()  # titles show in task bars: no file names
    whats = [tab.detail.custody.topLevelItem(n).text(2) for n in range(tab.detail.custody.topLevelItemCount())]
    assert "Viewed in Saksi" in whats


def test_a_pdf_opens_from_memory_with_page_navigation(qtbot: QtBot, tab: EvidenceTab, vault: Vault) -> None:
    viewer = open_viewer(qtbot, tab, "note.pdf")
    pane = viewer.pane
    assert isinstance(pane, PdfPane)
    assert pane.document.pageCount() == 2
    assert pane.document.status() == pane.document.Status.Ready
    assert pane.buffer.isOpen()  # the bytes come from a QBuffer, not a file
    assert not pane.previous.isEnabled() and pane.following.isEnabled()
    pane.following.click()
    assert pane.view.pageNavigator().currentPage() == 1 and pane.page.value() == 2
    assert pane.previous.isEnabled() and not pane.following.isEnabled()
    assert views(vault, viewer.item) == 1


def test_a_text_file_opens_read_only_with_replacement_characters(qtbot: QtBot, tab: EvidenceTab, vault: Vault) -> None:
    viewer = open_viewer(qtbot, tab, "chat.txt")
    pane = viewer.pane
    assert isinstance(pane, TextPane)
    assert pane.isReadOnly()
    assert pane.toPlainText().startswith("ខ្ញុំ ok\nline two")
    assert "\ufffd" in pane.toPlainText()
    assert views(vault, viewer.item) == 1


def test_audio_shows_metadata_and_an_audited_export_without_reading_the_bytes(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    viewer = open_viewer(qtbot, tab, "voice.ogg")
    pane = viewer.pane
    assert isinstance(pane, InfoPane)
    assert views(vault, viewer.item) == 0  # nothing was shown, so no view is recorded
    target = tmp_path / "exports" / "voice-copy.ogg"
    target.parent.mkdir()
    dialog_stub.accept_messages()
    dialog_stub.respond(QFileDialog, lambda dialog: _choose(dialog, target))
    pane.export_button.click()
    wait_for_jobs(qtbot)
    assert target.read_bytes() == b"OggS" + bytes(200)
    assert "outside the encrypted vault" in dialog_stub.messages[0]
    actions = [e.action for e in EvidenceLocker(vault).custody(viewer.item)]
    assert actions[-1] == "evidence.export"


def _choose(dialog: QDialog, target: Path) -> int:
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(target))
    dialog.accept()
    return QDialog.DialogCode.Accepted


def test_keyboard_zoom_in_the_image_viewer(qtbot: QtBot, tab: EvidenceTab) -> None:
    viewer = open_viewer(qtbot, tab, "photo.jpg")
    assert isinstance(viewer.pane, ImagePane)
    viewer.pane.view.actual_size()
    qtbot.waitExposed(viewer)
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    qtbot.keyClick(viewer.pane.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert viewer.pane.view.rotation == 90
