"""Court bundles from the dialog, the Evidence area (case picker, verify all), and no stray files anywhere."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import tempfile
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.vault import Vault
from tests.blob_files import files_on_disk, flip_byte, unindexed_files
from tests.gui.conftest import DialogStub, wait_for_jobs
from tests.gui.test_evidence_redact import BOX
from tests.gui.test_evidence_tab import FROM_PHONE, answer_imports, evidence_folder, jpeg, make_tab, new_case, select
from tests.gui.test_evidence_viewer import pdf_bytes
from ui.evidence.area import EvidenceArea
from ui.evidence.bundle_dialog import BundleDialog
from ui.evidence.redact import RedactDialog
from ui.evidence.tab import EvidenceTab

pytestmark = pytest.mark.gui


def export_with(
    stub: DialogStub, qtbot: QtBot, folder: Path, *, as_zip: bool, redacted: bool = False, originals: bool = False
) -> list[str]:
    """Answer the bundle dialog: choose the folder and format, export, wait; returns what it showed."""
    shown: list[str] = []

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, BundleDialog)
        dialog.destination.setText(str(folder))
        (dialog.as_zip if as_zip else dialog.as_folder).setChecked(True)
        dialog.everything.setChecked(True)
        (dialog.redacted_only if redacted else dialog.with_originals if originals else dialog.protective).setChecked(
            True
        )
        if originals:
            shown.append(dialog.warning.text())
        dialog.export_button.click()
        qtbot.waitUntil(lambda: dialog.result_ is not None or bool(dialog.error.text()))
        shown.append(dialog.outcome.text() or dialog.error.text())
        dialog.accept()
        return dialog.result()

    stub.respond(BundleDialog, answer)
    return shown


def redact_first(stub: DialogStub, qtbot: QtBot, tab: EvidenceTab, label: str = "E-1") -> None:
    def redact(dialog: QDialog) -> int:
        assert isinstance(dialog, RedactDialog)
        dialog.add_box(BOX)
        dialog.save()
        qtbot.waitUntil(lambda: dialog.derived is not None)
        return dialog.result()

    stub.respond(RedactDialog, redact)
    select(tab, label)
    tab.redact()
    wait_for_jobs(qtbot)


def test_a_zip_bundle_whose_manifest_matches_the_files_inside(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(dialog_stub)
    tab.add_paths([jpeg(tmp_path / "ad.jpg", (400, 300)), jpeg(tmp_path / "chat.jpg", colour=(0, 90, 0))])
    wait_for_jobs(qtbot)
    redact_first(dialog_stub, qtbot, tab)
    out = tmp_path / "court"
    out.mkdir()
    shown = export_with(dialog_stub, qtbot, out, as_zip=True)
    tab.bundle_button.click()
    wait_for_jobs(qtbot)
    [bundle] = list(out.iterdir())
    assert bundle.suffix == ".zip" and shown[0].startswith(f"Saved: {bundle}")
    assert "Sent as their redacted copy (the originals stay in the vault): E-1" in shown[0]
    with zipfile.ZipFile(bundle) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        rows = manifest["exhibits"]
        assert [r["exhibit"] for r in rows] == ["E-1.1", "E-2"]  # the redacted copy goes instead of E-1
        assert "SHA256SUMS" in archive.namelist()
        for row in rows:
            data = archive.read(row["file"])
            assert hashlib.sha256(data).hexdigest() == row["sha256"] and len(data) == row["size"]
        table = list(csv.DictReader(io.StringIO(archive.read("manifest.csv").decode("utf-8-sig"))))
        assert [r["sha256"] for r in table] == [r["sha256"] for r in rows]
    copy = next(i for i in tab.items() if i.label == "E-1.1")
    assert "evidence.export" in [e.action for e in EvidenceLocker(vault).custody(copy)]
    assert "evidence.export" not in [e.action for e in EvidenceLocker(vault).custody(tab.items()[0])]


def passport_redacted(qtbot: QtBot, vault: Vault, stub: DialogStub, tmp_path: Path) -> tuple[EvidenceTab, Path]:
    """E-1 a passport scan with a redacted copy E-1.1, E-2 another photo; and an empty folder for the bundle."""
    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(stub)
    tab.add_paths([jpeg(tmp_path / "passport-scan.jpg"), jpeg(tmp_path / "other.jpg", colour=(1, 2, 3))])
    wait_for_jobs(qtbot)
    redact_first(stub, qtbot, tab)
    out = tmp_path / "court"
    out.mkdir()
    return tab, out


def test_redacted_copies_only_into_a_folder_lists_what_was_left_out(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    tab, out = passport_redacted(qtbot, vault, dialog_stub, tmp_path)
    shown = export_with(dialog_stub, qtbot, out, as_zip=False, redacted=True)
    tab.export_bundle()
    [bundle] = list(out.iterdir())
    assert bundle.is_dir() and bundle.name.endswith("-redacted")
    assert sorted(p.name for p in (bundle / "exhibits").iterdir()) == ["E-1.1.png"]
    assert "Left out, because they have no redacted copy: E-2" in shown[0]


def answer_confirm(stub: DialogStub, *, accept: bool) -> None:
    role = QMessageBox.ButtonRole.AcceptRole if accept else QMessageBox.ButtonRole.RejectRole

    def answer(box: QDialog) -> int:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if box.buttonRole(b) == role).click()
        return box.result()

    stub.respond(QMessageBox, answer)


def test_unredacted_originals_need_a_warned_and_confirmed_choice(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    tab, out = passport_redacted(qtbot, vault, dialog_stub, tmp_path)
    dialog = BundleDialog(vault, tab.reference)
    qtbot.addWidget(dialog)
    dialog.destination.setText(str(out))
    assert dialog.warning.text() == ""  # the protective default warns about nothing
    dialog.with_originals.setChecked(True)
    assert "E-1 (looks like an identity document)" in dialog.warning.text()
    answer_confirm(dialog_stub, accept=False)  # the lawyer thinks again: nothing is written
    dialog.export()
    wait_for_jobs(qtbot)
    assert list(out.iterdir()) == [] and "E-1 (looks like an identity document)" in dialog_stub.messages[-1]
    answer_confirm(dialog_stub, accept=True)
    shown = export_with(dialog_stub, qtbot, out, as_zip=False, originals=True)
    tab.export_bundle()
    [bundle] = list(out.iterdir())
    assert "E-1 (looks like an identity document)" in shown[0]  # the warning in the dialog, before exporting
    assert "Unredacted originals included, as chosen: E-1" in shown[1]
    assert sorted(p.name for p in (bundle / "exhibits").iterdir()) == ["E-1.1.png", "E-1.jpg", "E-2.jpg"]


def test_the_bundle_dialog_reports_a_missing_folder(qtbot: QtBot, vault: Vault, tmp_path: Path) -> None:
    reference = new_case(vault)
    EvidenceLocker(vault).import_bytes(reference, b"plain text note", "note.txt", FROM_PHONE)
    dialog = BundleDialog(vault, reference, ["E-1"])
    qtbot.addWidget(dialog)
    assert dialog.only_selected.isChecked()
    dialog.destination.setText(str(tmp_path / "nowhere"))
    dialog.export()
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "does not exist" in dialog.error.text()
    wait_for_jobs(qtbot)


# ----------------------------------------------------------------------------- the Evidence area
def test_the_area_picks_a_case_and_verifies_all_evidence(qtbot: QtBot, vault: Vault, dialog_stub: DialogStub) -> None:
    first, second = new_case(vault), new_case(vault)
    EvidenceLocker(vault).import_bytes(second, b"note one", "one.txt", FROM_PHONE)
    area = EvidenceArea(vault)
    qtbot.addWidget(area)
    assert [area.cases.itemData(n) for n in range(area.cases.count())] == ["", first, second]
    assert area.tab is None
    area.cases.setCurrentIndex(2)
    area.cases.activated.emit(2)
    assert area.tab is not None and area.tab.reference == second
    assert [i.filename for i in area.tab.items()] == ["one.txt"]
    area.find_field.setText(first)
    qtbot.waitUntil(lambda: area.tab is not None and area.tab.reference == first)
    dialog_stub.accept_messages()
    area.verify_button.click()
    wait_for_jobs(qtbot)
    assert "all 1 stored file(s) match" in area.status.text()
    for name in files_on_disk(vault.path):
        flip_byte(vault.path / "blobs" / name)
    area.verify_button.click()
    wait_for_jobs(qtbot)
    assert "1 file(s) do not match" in area.status.text()
    assert "stored bytes do not match" in dialog_stub.messages[-1]


# ----------------------------------------------------------------------------- nothing written elsewhere
def tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_no_file_is_written_outside_the_chosen_export_folder(
    qtbot: QtBot,
    vault: Vault,
    dialog_stub: DialogStub,
    tmp_path: Path,
    config_dir: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    own_tmp = tmp_path / "tmp"
    own_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(own_tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    user_cache = Path.home() / ".cache" / "saksi"
    cache_before, config_before = tree(user_cache), tree(config_dir)
    sources = evidence_folder(tmp_path / "sources")
    (sources / "shelter.pdf").write_bytes(pdf_bytes())
    sources_before = tree(sources)
    vault_before = tree(vault.path)

    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(dialog_stub)
    tab.add_paths([sources])
    wait_for_jobs(qtbot)
    for row in range(tab.model.rowCount()):  # every thumbnail into memory
        tab.model.data(tab.model.index(row), Qt.ItemDataRole.DecorationRole)
    qtbot.waitUntil(lambda: all(tab.model.has_thumbnail_loaded(i.id) for i in tab.items() if i.has_thumbnail))
    for item in tab.items():
        tab.select_item(item.id)
        tab.open_viewer()
        wait_for_jobs(qtbot)
    for viewer in list(tab.viewers):
        viewer.close()
    redact_first(dialog_stub, qtbot, tab, "E-3")  # photo-0.jpg (E-1 is the truncated one)
    out = tmp_path / "export"
    out.mkdir()
    export_with(dialog_stub, qtbot, out, as_zip=True)
    tab.export_bundle()
    wait_for_jobs(qtbot)

    assert len(list(out.iterdir())) == 1  # the bundle, and no partial or staging file
    assert tree(own_tmp) == []
    assert tree(user_cache) == cache_before
    assert tree(config_dir) == config_before
    assert tree(sources) == sources_before
    evidence_files = {"blobs"} | {f"blobs/{name}" for name in files_on_disk(vault.path)}  # sealed, each indexed
    assert set(tree(vault.path)) - set(vault_before) <= {"vault.db-wal", "vault.db-shm"} | evidence_files
    assert unindexed_files(vault.conn, vault.path) == set()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Office.saksi", "export", "sources", "tmp"]


def test_worker_processes_are_not_left_running(
    qtbot: QtBot, vault: Vault, dialog_stub: DialogStub, tmp_path: Path
) -> None:
    """Each job closes its own decoder process (ResourceWarnings would fail the suite otherwise)."""
    tab = make_tab(qtbot, vault, new_case(vault))
    answer_imports(dialog_stub)
    tab.add_paths([jpeg(tmp_path / "one.jpg")])
    wait_for_jobs(qtbot)
    with ImageWorker() as worker:
        assert EvidenceLocker(vault, worker).verify_all() == []
