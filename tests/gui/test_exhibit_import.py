"""Issue 13, exhibits in the desktop app: a description per file of a batch (editable later, the change in the
custody log), numbers in import order, and a pasted screenshot that keeps the clipboard's own bytes."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_tab import FROM_PHONE, jpeg, make_tab, new_case
from ui.evidence.provenance import ImportSummaryDialog, ProvenanceDialog
from ui.evidence.tab import EvidenceTab

pytestmark = pytest.mark.gui


def close_summary(stub: DialogStub) -> None:
    stub.respond(ImportSummaryDialog, lambda dialog: int(QDialog.DialogCode.Accepted))


def custody_rows(tab: EvidenceTab) -> list[tuple[str, str]]:
    tree = tab.detail.custody
    return [(tree.topLevelItem(r).text(2), tree.topLevelItem(r).text(3)) for r in range(tree.topLevelItemCount())]


def test_each_file_gets_its_own_description_and_numbers_follow_the_dialog(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    reference = new_case(vault)
    tab = make_tab(qtbot, vault, reference)
    photos = [jpeg(tmp_path / name, colour=(40 * n, 90, 120)) for n, name in enumerate(["z.jpg", "a.jpg", "m.jpg"])]
    seen: list[list[str]] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, ProvenanceDialog) and dialog.per_file is not None
        table = dialog.per_file
        seen.append([table.item(r, 0).text() for r in range(table.rowCount())])
        assert not table.item(0, 0).flags() & Qt.ItemFlag.ItemIsEditable  # the name is not an answer
        dialog.description.setText("Photos from the client's phone")
        dialog.set_file_description(0, "Recruiter's profile picture")
        dialog.set_file_description(2, "  Bus ticket   to Poipet ")
        dialog.accept()
        return dialog.result()

    dialog_stub.respond(ProvenanceDialog, answer)
    close_summary(dialog_stub)
    tab.add_paths(photos)
    wait_for_jobs(qtbot)
    assert seen == [["1. z.jpg", "2. a.jpg", "3. m.jpg"]]  # in the order they will be numbered
    described = [(i.label, i.filename, i.description) for i in tab.items()]
    assert described == [
        ("E-1", "z.jpg", "Recruiter's profile picture"),
        ("E-2", "a.jpg", "Photos from the client's phone"),
        ("E-3", "m.jpg", "Bus ticket to Poipet"),
    ]


def test_a_description_is_edited_in_the_detail_pane_and_the_change_shows_in_custody(
    qtbot: QtBot, vault: Vault, tmp_path: Path
) -> None:
    reference = new_case(vault)
    locker = EvidenceLocker(vault)
    locker.import_paths(reference, [jpeg(tmp_path / "chat.jpg")], FROM_PHONE)
    locker.worker.close()
    tab = make_tab(qtbot, vault, reference)
    tab.select_item(tab.items()[0].id)
    detail = tab.detail
    assert detail.description.text() == "chat" and not detail.save_description_button.isEnabled()
    detail.description.setFocus()
    detail.description.selectAll()
    qtbot.keyClicks(detail.description, "Chat with the recruiter")
    assert detail.save_description_button.isEnabled()
    detail.save_description_button.click()
    assert tab.items()[0].description == "Chat with the recruiter"
    assert detail.description.text() == "Chat with the recruiter" and not detail.save_description_button.isEnabled()
    assert ("Description changed", "was: chat") in custody_rows(tab)
    # typed and not saved: kept when another exhibit is chosen (as the transcription is)
    qtbot.keyClick(detail.description, Qt.Key.Key_End)
    qtbot.keyClicks(detail.description, " on Telegram")
    tab.save_pending()
    assert EvidenceLocker(vault).items(reference)[0].description == "Chat with the recruiter on Telegram"


def png_bytes(colour: tuple[int, int, int]) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (90, 60), colour).save(out, "PNG", compress_level=1)  # not what Qt would write
    return out.getvalue()


def answer_provenance(stub: DialogStub, notes: str = "") -> None:
    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, ProvenanceDialog) and dialog.per_file is None
        dialog.description.setText("Screenshot of the job ad")
        dialog.notes.setPlainText(notes)
        dialog.accept()
        return dialog.result()

    stub.respond(ProvenanceDialog, answer)
    close_summary(stub)


def test_a_pasted_screenshot_keeps_the_clipboards_own_png_bytes(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    tab = make_tab(qtbot, vault, new_case(vault))
    original = png_bytes((10, 120, 200))
    mime = QMimeData()
    mime.setData("image/png", original)  # as X11 and Wayland offer a screenshot
    image = QImage()
    image.loadFromData(original)
    mime.setImageData(image)  # the decoded picture too: the bytes must win
    QGuiApplication.clipboard().setMimeData(mime)
    answer_provenance(dialog_stub, "sent by her brother")
    tab.paste()
    wait_for_jobs(qtbot)
    [item] = tab.items()
    assert item.sha256 == hashlib.sha256(original).hexdigest() and item.size == len(original)
    assert item.filename.endswith(".png") and item.kind == "image"
    notes = item.provenance[0].provenance.notes
    assert notes.startswith("Pasted from the clipboard: its own image/png bytes, stored unchanged.")
    assert notes.endswith("sent by her brother")
    tab.select_item(item.id)
    assert ("Imported", "pasted: the clipboard's own bytes") in custody_rows(tab)
    QGuiApplication.clipboard().clear()


def test_a_pasted_picture_without_bytes_is_said_to_be_re_encoded(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub
) -> None:
    tab = make_tab(qtbot, vault, new_case(vault))
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    mime = QMimeData()
    mime.setImageData(image)  # only a picture, as some platforms give it
    mime.setData("image/png", b"not a picture at all")  # a claim the bytes do not keep: not taken as the original
    QGuiApplication.clipboard().setMimeData(mime)
    answer_provenance(dialog_stub)
    tab.paste()
    wait_for_jobs(qtbot)
    [item] = tab.items()
    assert item.kind == "image" and item.metadata["width"] == 120
    assert "re-encoded it as PNG" in item.provenance[0].provenance.notes
    tab.select_item(item.id)
    assert ("Imported", "pasted, re-encoded from the clipboard") in custody_rows(tab)
    [entry] = [e for e in EvidenceLocker(vault).custody(item) if e.action == "evidence.import"]
    assert entry.detail["origin"] == "clipboard-reencoded"
    QGuiApplication.clipboard().clear()
