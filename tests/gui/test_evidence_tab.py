"""The Evidence tab on a real vault: drops, paste, a cancelled import, the detail pane, roles."""

from __future__ import annotations

import hashlib
import io
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case
from app.common.settings import Settings
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault
from tests.blob_files import unindexed_files
from tests.gui.conftest import DialogStub, wait_for_jobs
from ui import jobs
from ui.evidence.model import ItemRole
from ui.evidence.provenance import ImportSummaryDialog, ProvenanceDialog
from ui.evidence.tab import DeleteDialog, EvidenceTab

pytestmark = pytest.mark.gui
FROM_PHONE = Provenance(received_from="client", received_on="2026-11-30", via="phone transfer", description="chat")


# ----------------------------------------------------------------------------- helpers (used by the other files too)
def new_case(vault: Vault) -> str:
    return CaseFiles(vault).create(Case(client={"names": [{"text": "សុខ ដារ៉ា"}]})).reference


def jpeg(path: Path, size: tuple[int, int] = (320, 240), colour: tuple[int, int, int] = (200, 40, 40)) -> Path:
    Image.new("RGB", size, colour).save(path, "JPEG", quality=90)
    return path


def truncated_jpeg(path: Path) -> Path:
    out = io.BytesIO()
    Image.effect_noise((640, 480), 60).convert("RGB").save(out, "JPEG", quality=90)
    path.write_bytes(out.getvalue()[: len(out.getvalue()) // 2])
    return path


def evidence_folder(folder: Path) -> Path:
    """Three photos, a text note in Khmer and English, and a truncated JPEG."""
    folder.mkdir(parents=True)
    for number, colour in enumerate([(200, 30, 30), (30, 160, 30), (30, 30, 200)]):
        jpeg(folder / f"photo-{number}.jpg", colour=colour)
    (folder / "note.txt").write_text("ការងារ: statement of the client\n", encoding="utf-8")
    truncated_jpeg(folder / "broken.jpg")
    return folder


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Summary:
    """What an import summary dialog said (the dialog itself is deleted once closed)."""

    def __init__(self, dialog: ImportSummaryDialog) -> None:
        self.title, self.text, self.lines = dialog.windowTitle(), dialog.summary.text(), list(dialog.lines)


def answer_imports(stub: DialogStub, description: str = "Photos from the client's phone") -> list[Summary]:
    """Fill in the provenance dialog and close the summary; returns the summaries seen."""
    summaries: list[Summary] = []

    def provenance(dialog: QDialog) -> int:
        assert isinstance(dialog, ProvenanceDialog)
        dialog.source_app.setText("Telegram")
        dialog.description.setText(description)
        dialog.accept()
        return dialog.result()

    def summary(dialog: QDialog) -> int:
        assert isinstance(dialog, ImportSummaryDialog)
        summaries.append(Summary(dialog))
        dialog.accept()
        return dialog.result()

    stub.respond(ProvenanceDialog, provenance)
    stub.respond(ImportSummaryDialog, summary)
    return summaries


def make_tab(qtbot: QtBot, vault: Vault, reference: str) -> EvidenceTab:
    tab = EvidenceTab(vault, reference)
    qtbot.addWidget(tab)
    tab.setMinimumSize(900, 600)  # explicit: the offscreen plugin warns when a layout changes a shown window's minimum
    tab.resize(1200, 760)
    tab.show()
    return tab


def select(tab: EvidenceTab, label: str) -> None:
    item = next(i for i in tab.items() if i.label == label)
    tab.select_item(item.id)


def load_thumbnails(qtbot: QtBot, tab: EvidenceTab) -> None:
    for row in range(tab.model.rowCount()):  # as painting would ask
        tab.model.data(tab.model.index(row), Qt.ItemDataRole.DecorationRole)
    wanted = [i.id for i in tab.items() if i.has_thumbnail]
    qtbot.waitUntil(lambda: all(tab.model.has_thumbnail_loaded(i) for i in wanted))


@pytest.fixture(autouse=True)
def no_text_on_import() -> None:
    """These tests count the custody entries an import makes; reading text on import is tested in
    tests/gui/test_text_on_import.py."""
    settings = Settings.load()
    settings.read_text_on_import = False
    settings.save()


@pytest.fixture
def reference(vault: Vault) -> str:
    return new_case(vault)


@pytest.fixture
def tab(qtbot: QtBot, vault: Vault, reference: str) -> Iterator[EvidenceTab]:
    yield make_tab(qtbot, vault, reference)
    wait_for_jobs(qtbot)


# ----------------------------------------------------------------------------- importing
def test_dropping_a_folder_imports_every_file_with_thumbnails_and_reasons(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    folder = evidence_folder(tmp_path / "from-phone")
    summaries = answer_imports(dialog_stub)
    tab.add_paths([folder])  # what dropEvent calls
    wait_for_jobs(qtbot)
    items = {i.filename: i for i in tab.items()}
    assert sorted(items) == ["broken.jpg", "note.txt", "photo-0.jpg", "photo-1.jpg", "photo-2.jpg"]
    assert [i.label for i in tab.items()] == ["E-1", "E-2", "E-3", "E-4", "E-5"]
    assert len(summaries) == 1 and len(summaries[0].lines) == 5
    assert "photo-0.jpg: stored as E-3" in summaries[0].lines
    load_thumbnails(qtbot, tab)
    assert all(items[f"photo-{n}.jpg"].has_thumbnail for n in range(3))
    broken = items["broken.jpg"]
    assert not broken.has_thumbnail and "truncated" in broken.preview
    row = tab.model.row_of(broken.id)
    assert "truncated" in tab.model.data(tab.model.index(row), Qt.ItemDataRole.ToolTipRole)
    assert items["note.txt"].kind == "text"


def test_a_real_drop_event_with_urls_imports(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    folder = evidence_folder(tmp_path / "usb")
    single = jpeg(tmp_path / "extra.jpg", colour=(90, 90, 0))
    answer_imports(dialog_stub)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder)), QUrl.fromLocalFile(str(single))])
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(tab, enter)
    assert enter.isAccepted()
    drop = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime, buttons, keys)
    QApplication.sendEvent(tab, drop)
    assert drop.isAccepted()
    qtbot.waitUntil(lambda: len(tab.items()) == 6)
    wait_for_jobs(qtbot)
    text_only = QMimeData()
    text_only.setText("not a file")
    refused = QDragEnterEvent(QPoint(20, 20), Qt.DropAction.CopyAction, text_only, buttons, keys)
    QApplication.sendEvent(tab, refused)
    assert not refused.isAccepted()


def test_the_same_file_again_is_reported_as_the_existing_exhibit(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    photo = jpeg(tmp_path / "photo.jpg")
    summaries = answer_imports(dialog_stub)
    tab.add_paths([photo])
    wait_for_jobs(qtbot)
    tab.add_paths([photo, tmp_path / "vanished.jpg"])
    wait_for_jobs(qtbot)
    assert len(tab.items()) == 1
    lines = summaries[-1].lines
    assert lines[0].startswith("photo.jpg: already exhibit E-1")
    assert lines[1].startswith("vanished.jpg: refused:")
    assert len(tab.items()[0].provenance) == 2


def test_cancelling_the_provenance_question_imports_nothing(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    dialog_stub.respond(ProvenanceDialog, lambda dialog: QDialog.DialogCode.Rejected)
    tab.add_paths([jpeg(tmp_path / "photo.jpg")])
    assert tab.import_job is None and tab.items() == []


def test_paste_a_screenshot_from_the_clipboard(qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub) -> None:
    image = QImage(120, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    QGuiApplication.clipboard().setImage(image)
    answer_imports(dialog_stub, "Screenshot sent on Telegram")
    tab.paste()
    wait_for_jobs(qtbot)
    [item] = tab.items()
    assert item.filename.startswith("pasted-") and item.filename.endswith(".png")
    assert item.kind == "image" and item.has_thumbnail
    assert item.metadata["width"] == 120
    assert item.provenance[0].provenance.description == "Screenshot sent on Telegram"
    QGuiApplication.clipboard().clear()


def test_paste_with_an_empty_clipboard_says_so(tab: EvidenceTab, dialog_stub: DialogStub) -> None:
    QGuiApplication.clipboard().clear()
    dialog_stub.accept_messages()
    tab.paste()
    assert dialog_stub.messages == ["The clipboard holds no image and no files."]


def test_cancel_a_bulk_import_midway_leaves_nothing_half_stored(
    qtbot: QtBot,
    tab: EvidenceTab,
    vault: Vault,
    dialog_stub: DialogStub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(jobs, "PROGRESS_DELAY_MS", 0)  # the progress dialog (with Cancel) at once
    folder = tmp_path / "many"
    folder.mkdir()
    hashes = set()
    for number in range(30):
        data = bytes([number]) * 16 + os.urandom(2_500_000)  # 3 chunks each: cancels mid-file too
        (folder / f"export-{number:02d}.bin").write_bytes(data)
        hashes.add(sha(data))
    summaries = answer_imports(dialog_stub)
    tab.add_paths([folder])
    job = tab.import_job
    assert job is not None
    seen: list[int] = []
    job.progressed.connect(lambda done, _total: seen.append(done))
    qtbot.waitUntil(lambda: job.dialog is not None and bool(seen) and seen[-1] >= 3)
    assert job.dialog is not None
    qtbot.mouseClick(job.dialog.cancel_button, Qt.MouseButton.LeftButton)
    wait_for_jobs(qtbot)
    stored = tab.items()
    assert 3 <= len(stored) < 30
    assert summaries[0].title == "Import cancelled"
    assert "were not imported" in summaries[0].text
    locker = EvidenceLocker(vault)
    for item in stored:
        assert item.sha256 in hashes
        assert sha(locker.view_bytes(item) or b"") == item.sha256
    assert unindexed_files(vault.conn, vault.path) == set()
    assert vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == len(stored)
    assert vault.verify() == []
    assert locker.verify_all() == []


# ----------------------------------------------------------------------------- the detail pane
def test_detail_pane_shows_hash_provenance_custody_and_hidden_location(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    photo = tmp_path / "gps.jpg"
    exif = Image.Exif()
    exif.get_ifd(0x8825).update({1: "N", 2: (11.0, 33.0, 0.0), 3: "E", 4: (104.0, 55.0, 0.0)})
    Image.new("RGB", (300, 200), (10, 120, 10)).save(photo, "JPEG", exif=exif)
    answer_imports(dialog_stub, "Photo of the compound gate")
    tab.add_paths([photo])
    wait_for_jobs(qtbot)
    select(tab, "E-1")
    detail = tab.detail
    assert detail.title.text() == "E-1"
    assert detail.filename.text() == "gps.jpg"
    assert detail.sha.text() == sha(photo.read_bytes())
    assert "bytes" in detail.size_label.text()
    assert detail.size() == detail.geometry().size()  # Qt's size(), no longer hidden by the label (issue 14)
    detail.copy_sha_button.click()
    assert QGuiApplication.clipboard().text() == detail.sha.text()
    assert detail.description.text() == "Photo of the compound gate"  # its own field, editable (issue 13)
    assert "Photo of the compound gate" not in detail.provenance.text()  # not a second time below it
    assert "Telegram" in detail.provenance.text()
    whats = [detail.custody.topLevelItem(n).text(2) for n in range(detail.custody.topLevelItemCount())]
    assert whats == ["Imported"]
    assert "300 × 200" in detail.metadata.text()
    assert "11.55" not in detail.metadata.text() and detail.gps.isHidden()
    assert not detail.gps_button.isHidden()
    dialog_stub.accept_messages()
    detail.gps_button.click()
    assert "11.55" in detail.gps.text() and not detail.gps.isHidden()
    assert "reveal where" in dialog_stub.messages[-1]


def test_transcription_is_saved_and_exhibits_move(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    answer_imports(dialog_stub)
    tab.add_paths([jpeg(tmp_path / "a.jpg"), jpeg(tmp_path / "b.jpg", colour=(0, 0, 90))])
    wait_for_jobs(qtbot)
    select(tab, "E-1")
    tab.detail.transcription.setPlainText("ខ្ញុំត្រូវបានគេបោកប្រាស់")
    tab.detail.translation.setPlainText("I was deceived")
    assert tab.detail.save_text_button.isEnabled()
    tab.detail.save_text_button.click()
    item = tab.current_item()
    assert item is not None and item.translation == "I was deceived"
    assert tab.detail.custody.topLevelItem(1).text(2) == "Transcription or translation edited"
    assert not tab.detail.up_button.isEnabled() and tab.detail.down_button.isEnabled()
    tab.detail.down_button.click()
    assert [(i.label, i.filename) for i in tab.items()] == [("E-1", "b.jpg"), ("E-2", "a.jpg")]
    current = tab.current_item()
    assert current is not None and current.filename == "a.jpg" and current.label == "E-2"
    tab.search.setText("deceived")
    qtbot.waitUntil(lambda: [i.filename for i in tab.items()] == ["a.jpg"])
    tab.search.clear()
    qtbot.waitUntil(lambda: len(tab.items()) == 2)
    select(tab, "E-1")
    tab.detail.transcription.setPlainText("typed, then another exhibit clicked")
    select(tab, "E-2")
    assert next(i for i in tab.locker.items(tab.reference) if i.label == "E-1").transcription.startswith("typed")


def test_grid_and_list_and_the_model(
    qtbot: QtBot, qtmodeltester: object, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    answer_imports(dialog_stub)
    tab.add_paths([evidence_folder(tmp_path / "f")])
    wait_for_jobs(qtbot)
    qtmodeltester.check(tab.model)  # type: ignore[attr-defined]
    tab.list_button.click()
    assert tab.view.viewMode() == tab.view.ViewMode.ListMode
    assert "Text" in tab.model.data(tab.model.index(1), Qt.ItemDataRole.DisplayRole)
    tab.grid_button.click()
    assert tab.view.viewMode() == tab.view.ViewMode.IconMode
    assert tab.model.data(tab.model.index(0), ItemRole).label == "E-1"


def test_an_admin_deletes_with_a_reason_and_a_tombstone_stays(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    answer_imports(dialog_stub)
    tab.add_paths([jpeg(tmp_path / "wrong-case.jpg")])
    wait_for_jobs(qtbot)
    select(tab, "E-1")
    assert not tab.detail.delete_button.isHidden()

    def delete(dialog: QDialog) -> int:
        assert isinstance(dialog, DeleteDialog)
        assert not dialog.delete_button.isEnabled()
        dialog.reason.setPlainText("Belongs to another client")
        dialog.delete_button.click()
        return dialog.result()

    dialog_stub.respond(DeleteDialog, delete)
    tab.detail.delete_button.click()
    wait_for_jobs(qtbot)
    assert tab.items() == []
    tab.show_deleted.setChecked(True)
    [tombstone] = tab.items()
    assert tombstone.deleted_at and tombstone.sha256
    select(tab, "E-1")
    assert "Belongs to another client" in tab.detail.reason.text()
    assert tab.detail.open_button.isHidden() and tab.detail.delete_button.isHidden()


# ----------------------------------------------------------------------------- roles
def test_a_paralegal_sees_no_delete_and_no_export(
    qtbot: QtBot, vault: Vault, vault_copy: tuple[Path, str], reference: str, tmp_path: Path
) -> None:
    locker = EvidenceLocker(vault)
    locker.import_bytes(reference, b"\x00\x01binary export from a phone", "chat.db", FROM_PHONE)
    vault.add_user("dara", "paralegal", "dara's own passphrase")
    dara = Vault.open(vault_copy[0], "dara", "dara's own passphrase")
    try:
        tab = make_tab(qtbot, dara, reference)
        select(tab, "E-1")
        assert tab.detail.delete_button.isHidden()
        assert tab.detail.export_button.isHidden()
        assert tab.bundle_button.isHidden()
        tab.open_viewer()
        [viewer] = tab.viewers
        assert viewer.pane.export_button.isHidden()  # type: ignore[attr-defined]
        viewer.close()
        wait_for_jobs(qtbot)
        admin_tab = make_tab(qtbot, vault, reference)
        select(admin_tab, "E-1")
        assert not admin_tab.detail.export_button.isHidden()
        assert not admin_tab.detail.delete_button.isHidden()
        assert not admin_tab.bundle_button.isHidden()
    finally:
        dara.close()


def test_ctrl_v_pastes_but_not_inside_text_fields(qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub) -> None:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkRed)
    QGuiApplication.clipboard().setImage(image)
    answer_imports(dialog_stub)
    tab.activateWindow()
    qtbot.waitUntil(tab.isActiveWindow)
    tab.view.setFocus()
    qtbot.keyPress(tab.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)  # press only: nobody takes the release
    wait_for_jobs(qtbot)
    assert [i.kind for i in tab.items()] == ["image"]
    QGuiApplication.clipboard().setText("typed words")
    tab.search.setFocus()
    qtbot.keyPress(tab.search, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert tab.search.text() == "typed words" and len(tab.items()) <= 1
    QGuiApplication.clipboard().clear()


def test_a_truncated_image_is_never_decoded_in_the_app(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    answer_imports(dialog_stub)
    tab.add_paths([truncated_jpeg(tmp_path / "broken.jpg")])
    wait_for_jobs(qtbot)
    select(tab, "E-1")
    assert tab.detail.redact_button.isHidden()
    assert "truncated" in tab.detail.reason.text()
    tab.redact()  # refused quietly: no dialog, no job
    tab.open_viewer()
    [viewer] = tab.viewers
    assert "truncated" in viewer.pane.findChildren(type(tab.detail.reason))[0].text()
    viewer.close()


def test_a_timer_that_fires_after_lock_touches_nothing(
    qtbot: QtBot, tab: EvidenceTab, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    answer_imports(dialog_stub)
    tab.add_paths([jpeg(tmp_path / "a.jpg")])
    wait_for_jobs(qtbot)
    tab.model.forget_thumbnails()
    tab.model.data(tab.model.index(0), Qt.ItemDataRole.DecorationRole)  # queues a thumbnail read
    tab.search.setText("abc")  # and a search
    vault.close()  # Lock closes the vault before the deleted workspace's timers are gone
    item_id = tab.items()[0].id
    qtbot.waitUntil(lambda: not tab._search_timer.isActive() and tab.model.has_thumbnail_loaded(item_id))
    # no "closed database" error was raised in the event loop (pytest-qt would fail the test)


LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_every_evidence_string_is_found_by_lupdate_with_its_context(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (Path(__file__).parents[2] / "ui" / "evidence").glob("*.py"))
    subprocess.run([str(LUPDATE), "-silent", *sources, "-ts", str(tmp_path / "e.ts")], check=True)
    catalogue = (tmp_path / "e.ts").read_text(encoding="utf-8")
    assert "<name></name>" not in catalogue  # a string under no context would never be translated
    assert "<source>Chain of custody</source>" in catalogue and "<source>Imported</source>" in catalogue


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX links and FIFOs")
def test_a_dropped_folder_with_links_and_a_fifo_imports_only_its_own_files(
    qtbot: QtBot, tab: EvidenceTab, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    """The same protection as `saksi evidence add`: links are named and refused, never followed."""
    outside = jpeg(tmp_path / "lawyers-own.jpg")
    folder = tmp_path / "from-client"
    folder.mkdir()
    jpeg(folder / "chat.jpg")
    (folder / "link.jpg").symlink_to(outside)
    (folder / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    os.mkfifo(folder / "pipe")
    summaries = answer_imports(dialog_stub)
    tab.add_paths([folder])
    wait_for_jobs(qtbot)
    assert [i.filename for i in tab.items()] == ["chat.jpg"]
    refused = sorted(line for line in summaries[-1].lines if "refused" in line)
    assert len(refused) == 3 and all("link" in line or "not a regular file" in line for line in refused), refused
