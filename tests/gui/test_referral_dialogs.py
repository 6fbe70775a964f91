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

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Consent, Name
from app.referral import packages as referral
from storage import office
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE, fast_kdf
from tests.gui.conftest import DialogStub
from ui import jobs
from ui.cases.case_page import CasePage
from ui.exchange import ExchangeDialog
from ui.referral import AddPartnerDialog, OfficeDialog, ReferralDialog, qr_pixmap

pytestmark = pytest.mark.gui
SHOTS = os.environ.get("SAKSI_SHOTS", "")  # a folder to save the screenshots in, for a person to look at


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    made = []
    for name in ("Phnom-Penh", "Bangkok"):
        folder = tmp_path_factory.mktemp("gui-offices") / f"{name}.saksi"
        Vault.create(folder, ADMIN, PASSPHRASE, kdf=fast_kdf())[0].close()  # fixture-cost key slots
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
        assert jobs.busy() and not dialog.isEnabled()  # sealing runs off the GUI thread; the window stays alive
        qtbot.waitUntil(lambda: not jobs.busy(), timeout=30000)
        assert dialog.isEnabled()
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
    assert jobs.busy()
    qtbot.waitUntil(lambda: receiving.import_button.isEnabled(), timeout=30000)
    preview = receiving.preview.toPlainText()
    assert "Bangkok, a recorded partner" in preview and 'conflict Client › Name 1 ("SOK Dara") › text' in preview
    receiving.tabs.setCurrentIndex(1)
    receiving.show()
    shot(receiving, "referral-import.png")
    receiving.apply()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=30000)
    assert receiving.conflict_table.rowCount() == 1
    assert receiving.conflict_table.item(0, 0).text() == 'Client › Name 1 ("SOK Dara") › text'
    assert receiving.conflict_table.item(0, 0).toolTip().startswith("client.names[")
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


def test_the_form_for_a_partner_without_saksi(
    qtbot: QtBot, two: tuple[Vault, Vault], dialog_stub: DialogStub, tmp_path: Path
) -> None:
    from app.referral import form as referral_form

    pp, _bk = two
    case = CaseFiles(pp).create(Case(client={"names": [{"text": "Sok Dara"}]}, notes="private note"))
    dialog = ReferralDialog(pp, case.reference)
    qtbot.addWidget(dialog)
    tab = dialog.form
    tab.recipient.setText("Bangkok Legal Aid")
    tab.language.setCurrentIndex(tab.language.findData("th"))
    assert not tab.save_button.isEnabled() and "No recorded consent" in tab.note.text()
    dialog_stub.accept_messages()
    tab.record_consent()
    assert tab.save_button.isEnabled()
    assert CaseFiles(pp).load(case.reference)[0].consents[0].recipient == "Bangkok Legal Aid"
    out = tmp_path / "form.zip.age"
    dialog_stub.respond(QFileDialog, lambda d: _choose(d, out))
    tab.save()
    assert jobs.busy()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=30000)
    assert tab.passphrase and tab.passphrase in dialog_stub.messages[-1]
    files = referral_form.open_form(out.read_bytes(), tab.passphrase)
    assert sorted(files) == [f"referral-{case.reference}-th.json", f"referral-{case.reference}-th.pdf"]
    assert b"private note" not in files[f"referral-{case.reference}-th.json"]  # notes are not ticked by default
    dialog.tabs.setCurrentIndex(3)
    dialog.show()
    shot(dialog, "referral-form.png")


def test_the_exchange_folder_shows_what_waits_and_imports_it_off_the_gui_thread(
    qtbot: QtBot, two: tuple[Vault, Vault], dialog_stub: DialogStub, tmp_path: Path
) -> None:
    from app.referral import exchange

    pp, bk = two
    pp_office, bk_office = office.get_office(pp.conn), office.get_office(bk.conn)
    office.add_partner(pp.conn, ADMIN, "Bangkok", bk_office.public_key, bk_office.fingerprint)
    office.add_partner(bk.conn, ADMIN, "Phnom Penh", pp_office.public_key, pp_office.fingerprint)
    case = CaseFiles(pp).create(Case(client={"names": [{"text": "Sok Dara"}]}))
    case.consents = [Consent(what="Refer to Bangkok", use="referral", partners=[bk_office.fingerprint])]
    CaseFiles(pp).save(case, 1)
    shared = tmp_path / "Saksi-exchange"
    shared.mkdir()
    exchange.send(pp, case.reference, "Bangkok", shared)
    dialog = ExchangeDialog(bk)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled() and dialog.table.rowCount() == 0
    dialog.set_folder(tmp_path / "missing")
    assert "does not exist" in dialog.error.text()
    dialog.set_folder(shared)
    assert dialog.folder() == shared and bk.recent_audit()[0].action == "settings.change"
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "waiting"
    dialog.import_waiting()
    assert jobs.busy()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=30000)
    assert "1 imported, 0 left, 0 seen before." in dialog.result_label.text()
    assert dialog.table.item(0, 2).text() == "imported before"
    assert CaseFiles(bk).load(case.reference)[0].client.names[0].text == "Sok Dara"
    dialog.show()
    shot(dialog, "exchange-folder.png")
    # the sender's referral dialog can put a package straight into the partner's inbox
    exchange.set_folder(pp, shared)
    sending = ReferralDialog(pp, case.reference)
    qtbot.addWidget(sending)
    assert sending.folder_button.isEnabled()
    dialog_stub.accept_messages()
    sending.send_to_folder()
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=30000)
    assert len(exchange.waiting(bk, shared)) == 2
