"""The office dialog (QR code of the public key, partners checked by fingerprint) and a case's referral
dialog: consent, sending, importing with a preview, and settling a conflict, between two real vaults."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from app import referral
from app.case_model import Case, Name
from app.cases import CaseFiles
from storage import office
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub
from ui.cases.case_page import CasePage
from ui.referral import AddPartnerDialog, OfficeDialog, ReferralDialog, qr_pixmap

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("SAKSI_SHOTS", "")  # a folder to save the screenshots in, for a person to look at


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    made = []
    for name in ("Phnom-Penh", "Bangkok"):
        folder = tmp_path_factory.mktemp("gui-offices") / f"{name}.saksi"
        Vault.create(folder, ADMIN, PASSPHRASE)[0].close()
        made.append(folder)
    return made


@pytest.fixture
def two(templates: list[Path], tmp_path: Path) -> Iterator[tuple[Vault, Vault]]:
    opened = []
    for source in templates:
        shutil.copytree(source, tmp_path / source.name)
        opened.append(Vault.open(tmp_path / source.name, ADMIN, PASSPHRASE))
    yield opened[0], opened[1]
    for vault in opened:
        vault.close()


def shot(widget: QDialog, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


def test_the_qr_code_holds_the_public_key(qtbot: QtBot) -> None:
    import segno

    key = "saksi-office:" + "A" * 86
    image = qr_pixmap(key, scale=1, border=4).toImage()
    matrix = segno.make(key, error="m").matrix
    assert image.width() == len(matrix) + 8
    drawn = [[image.pixelColor(x + 4, y + 4).value() < 128 for x in range(len(matrix))] for y in range(len(matrix))]
    assert drawn == [[bool(m) for m in row] for row in matrix]
    assert image.pixelColor(0, 0).value() == 255  # the quiet zone is white


def test_recording_a_partner_needs_its_fingerprint(
    qtbot: QtBot, two: tuple[Vault, Vault], dialog_stub: DialogStub
) -> None:
    pp, bk = two
    theirs = office.get_office(bk.conn)
    dialog = OfficeDialog(pp)
    qtbot.addWidget(dialog)
    assert dialog.fingerprint.text() == office.get_office(pp.conn).fingerprint

    def fill(typed: str) -> object:
        def answer(add: QDialog) -> int:
            assert isinstance(add, AddPartnerDialog)
            add.name.setText("Bangkok")
            add.key.setPlainText(theirs.public_key)
            assert theirs.fingerprint in add.computed.text()
            add.fingerprint.setText(typed)
            add.submit()
            if not add.error.isHidden():
                dialog_stub.messages.append(add.error.text())
                return QDialog.DialogCode.Rejected
            return add.result()

        return answer

    dialog_stub.respond(AddPartnerDialog, fill("AAAA-BBBB"))
    dialog.add_partner()
    assert dialog.table.rowCount() == 0 and "not this key's" in dialog_stub.messages[-1]
    dialog_stub.respond(AddPartnerDialog, fill(theirs.fingerprint.lower()))
    dialog.add_partner()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == theirs.fingerprint
    dialog.show()
    shot(dialog, "office-and-partners.png")


def test_a_case_goes_to_a_partner_and_comes_back_merged(
    qtbot: QtBot, two: tuple[Vault, Vault], dialog_stub: DialogStub, tmp_path: Path
) -> None:
    pp, bk = two
    pp_office, bk_office = office.get_office(pp.conn), office.get_office(bk.conn)
    office.add_partner(pp.conn, ADMIN, "Bangkok", bk_office.public_key, bk_office.fingerprint)
    office.add_partner(bk.conn, ADMIN, "Phnom Penh", pp_office.public_key, pp_office.fingerprint)
    case = CaseFiles(pp).create(Case(client={"names": [{"text": "Sok Dara"}]}, notes="from Phnom Penh"))
    page = CasePage(pp, case.reference)
    qtbot.addWidget(page)
    package = tmp_path / "out.saksiref"

    def in_dialog(dialog: QDialog) -> int:
        assert isinstance(dialog, ReferralDialog)
        assert not dialog.send_button.isEnabled()  # no consent yet
        dialog.record_consent()
        assert dialog.send_button.isEnabled()
        dialog.send()
        dialog.show()
        shot(dialog, "referral-send.png")
        return QDialog.DialogCode.Rejected

    dialog_stub.accept_messages()
    dialog_stub.respond(QFileDialog, lambda d: _choose(d, package))
    dialog_stub.respond(ReferralDialog, in_dialog)
    page.open_referral()
    assert package.exists() and page.case.consents[0].partners == [bk_office.fingerprint]

    # Bangkok imports it, edits the name and sends it back; Phnom Penh edited the same name meanwhile
    referral.apply_import(bk, referral.plan_import(bk, package.read_bytes()))
    files = CaseFiles(bk)
    theirs, version = files.load(case.reference)
    theirs.client.names[0].text = "Sok Dara (ដារា)"
    theirs.consents[0].partners.append(pp_office.fingerprint)  # consent to refer back, recorded there
    files.save(theirs, version)
    ours, version = CaseFiles(pp).load(case.reference)
    ours.client.names = [Name(id=ours.client.names[0].id, text="SOK Dara")]
    CaseFiles(pp).save(ours, version)
    page.doc.reload()
    back = tmp_path / "back.saksiref"
    referral.export_referral(bk, case.reference, "Phnom Penh", back)

    receiving = ReferralDialog(pp, case.reference)
    qtbot.addWidget(receiving)
    receiving.load_package(back)
    preview = receiving.preview.toPlainText()
    assert "Bangkok, a recorded partner" in preview and "conflict client.names" in preview
    receiving.tabs.setCurrentIndex(1)
    receiving.show()
    shot(receiving, "referral-import.png")
    receiving.apply()
    assert receiving.conflict_table.rowCount() == 1
    assert receiving.conflict_table.item(0, 2).text() == "Sok Dara (ដារា)"
    receiving.tabs.setCurrentIndex(2)
    receiving.conflict_table.selectRow(0)
    shot(receiving, "referral-conflicts.png")
    receiving.settle("theirs")
    assert receiving.conflict_table.rowCount() == 0
    assert CaseFiles(pp).load(case.reference)[0].client.names[0].text == "Sok Dara (ដារា)"


def _choose(dialog: QDialog, path: Path) -> int:
    assert isinstance(dialog, QFileDialog)
    dialog.selectFile(str(path))
    dialog.accept()
    return QDialog.DialogCode.Accepted
