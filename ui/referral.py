"""This office's identity (with a QR code of its public key), its partners, and the referral dialog of a case.

The QR code is drawn from segno's module matrix straight into a QImage: nothing is written to disk.
Recording a partner asks for the fingerprint the partner read out (by phone, in person); storage
refuses a key whose fingerprint does not match. The referral dialog sends the case (the parts the
client consented to, chosen exhibits as redacted copies) to one partner, and imports a package
after showing who sent it and what would change; merge conflicts are listed with both values
until someone chooses.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import segno
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.case_files import CaseFiles
from app.cases.model import Consent
from app.common.display import marked
from app.referral import exchange
from app.referral import form as referral_form
from app.referral import packages as referral
from app.referral import partners as offices
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.cases import text
from ui.vault_ops import CASES
from ui.widgets import ErrorLabel, label

translate = QCoreApplication.translate


def qr_pixmap(data: str, scale: int = 4, border: int = 4) -> QPixmap:
    """The QR code of ``data`` as a pixmap, module by module (black on white, quiet zone of ``border``)."""
    qr = segno.make(data, error="m")
    matrix = qr.matrix
    size = len(matrix) + 2 * border
    image = QImage(size, size, QImage.Format.Format_Mono)
    image.setColorTable([0xFFFFFFFF, 0xFF000000])
    image.fill(0)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                image.setPixel(x + border, y + border, 1)
    return QPixmap.fromImage(image.scaled(size * scale, size * scale))


# ----------------------------------------------------------------------------- office and partners
class AddPartnerDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Record a partner office"))
        self.name = QLineEdit()
        self.key = QPlainTextEdit()
        self.key.setPlaceholderText("saksi-office:…")
        self.key.setFixedHeight(60)
        self.key.textChanged.connect(self._key_changed)
        self.computed = label(role="muted")
        self.fingerprint = QLineEdit()
        self.fingerprint.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Their public key:"), self.key)
        form.addRow("", self.computed)
        form.addRow(self.tr("Fingerprint they read to you:"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(self.tr("Record partner"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Call the partner or meet them. Ask them to read the fingerprint their Saksi shows, and type it"
                    " here. A key whose fingerprint does not match is not recorded: it may not be theirs."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 0)

    def _key_changed(self) -> None:
        try:
            identity = offices.parse_key(self.key.toPlainText())
        except SaksiError:
            self.computed.setText("")
            return
        self.computed.setText(self.tr("This key's fingerprint: {fingerprint}").format(fingerprint=identity.fingerprint))

    def submit(self) -> None:
        try:
            name, key, fingerprint = self.name.text(), self.key.toPlainText(), self.fingerprint.text()
            vault_ops.now(self.vault, lambda v: offices.add(v, name, key, fingerprint))
        except SaksiError as exc:
            self.error.show_error(exc.message)
            return
        self.accept()


class OfficeDialog(QDialog):
    """Who this office is (name, fingerprint, public key and its QR code) and the partners it trusts."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Office and partners"))
        me = vault_ops.now(vault, offices.this_office)
        self.qr = QLabel()
        self.qr.setPixmap(qr_pixmap(me.public_key))
        self.qr.setToolTip(self.tr("A partner's phone or webcam can read the public key from this code"))
        self.fingerprint = label(me.fingerprint, wrap=False)
        self.fingerprint.setStyleSheet("font-family: monospace; font-size: 15px; font-weight: 600;")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key = label(me.public_key)
        self.key.setStyleSheet("font-family: monospace;")
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        copy_button = QPushButton(self.tr("Copy public key"))
        copy_button.clicked.connect(lambda: QGuiApplication.clipboard().setText(me.public_key))
        mine = QGroupBox(self.tr("This office"))
        grid = QGridLayout(mine)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), label(marked(me.name)))
        form.addRow(self.tr("Fingerprint:"), self.fingerprint)
        form.addRow(self.tr("Public key:"), self.key)
        form.addRow("", copy_button)
        note = self.tr(
            "Give partners the public key (copy it, or let them scan the code). Then read the fingerprint to each"
            " other by phone or in person: only then record each other."
        )
        form.addRow("", label(note, "muted"))
        grid.addLayout(form, 0, 0)
        grid.addWidget(self.qr, 0, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(0, 1)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Fingerprint"), self.tr("Recorded")])
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_button = QPushButton(self.tr("Record a partner…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_partner)
        self.remove_button.clicked.connect(self.remove_partner)
        theirs = QGroupBox(self.tr("Partner offices"))
        column = QVBoxLayout(theirs)
        column.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        column.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(theirs, 1)
        layout.addWidget(buttons)
        self.resize(820, 620)
        self.refresh()

    def refresh(self) -> None:
        self.partners = vault_ops.now(self.vault, offices.partners)
        self.table.setRowCount(len(self.partners))
        for row, partner in enumerate(self.partners):
            for column, value in enumerate((marked(partner.name), partner.fingerprint, partner.added_at[:10])):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.remove_button.setEnabled(bool(self.partners))

    def add_partner(self) -> None:
        dialog = AddPartnerDialog(self.vault, self)
        dialogs.run(dialog)
        dialog.deleteLater()
        self.refresh()

    def remove_partner(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.partners):
            return
        partner = self.partners[row]
        question = self.tr("Remove {name}? Packages from them will show as from an unknown office.")
        if dialogs.confirm(self, self.tr("Remove partner"), question.format(name=partner.name), self.tr("Remove")):
            vault_ops.now(self.vault, lambda v: offices.remove(v, partner.fingerprint))
            self.refresh()


# ----------------------------------------------------------------------------- a case's referrals
class ReferralDialog(QDialog):
    """Send this case to a partner; import a package; settle merge conflicts."""

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.changed = False
        self.setWindowTitle(self.tr("Referral of {reference}").format(reference=reference))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._send_tab(), self.tr("Send to a partner"))
        self.tabs.addTab(self._receive_tab(), self.tr("Import a package"))
        self.tabs.addTab(self._conflicts_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._form_tab(), self.tr("Form for a partner without Saksi"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(820, 640)
        self.refresh()

    # ---- send
    def _send_tab(self) -> QWidget:
        page = QWidget()
        self.partner = QComboBox()
        self.partner.currentIndexChanged.connect(self._update_consent)
        self.parts: dict[str, QCheckBox] = {}
        parts_box = QGroupBox(self.tr("Parts of the case"))
        parts_grid = QGridLayout(parts_box)
        for number, term in enumerate(vocab.REFERRAL_PARTS):
            box = QCheckBox(text.term(vocab.REFERRAL_PARTS, term.code))
            box.setChecked(True)
            box.toggled.connect(self._update_consent)
            self.parts[term.code] = box
            parts_grid.addWidget(box, number // 2, number % 2)
        self.exhibits = QListWidget()
        self.exhibits.setMaximumHeight(120)
        self.originals = QCheckBox(self.tr("Also unredacted originals of redacted exhibits"))
        self.consent_note = label()
        self.consent_button = QPushButton(self.tr("Record the client's consent…"))
        self.consent_button.clicked.connect(self.record_consent)
        self.send_button = QPushButton(self.tr("Save package…"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send)
        self.folder_button = QPushButton(self.tr("Put in the exchange folder"))
        self.folder_button.setToolTip(self.tr("Into the partner's inbox in the folder Syncthing shares with them"))
        self.folder_button.clicked.connect(self.send_to_folder)
        self.send_error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Partner:"), self.partner)
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(parts_box)
        layout.addWidget(label(self.tr("Exhibits (redacted copies go where they exist):")))
        layout.addWidget(self.exhibits)
        layout.addWidget(self.originals)
        layout.addWidget(self.consent_note)
        row = QHBoxLayout()
        row.addWidget(self.consent_button)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        layout.addWidget(self.send_error)
        layout.addStretch(1)
        return page

    def refresh(self) -> None:
        self.partners = vault_ops.now(self.vault, offices.partners)
        chosen = self.partner.currentData()
        self.partner.blockSignals(True)
        self.partner.clear()
        for partner in self.partners:
            self.partner.addItem(f"{marked(partner.name)}  ({partner.fingerprint})", partner.fingerprint)
        if chosen:
            self.partner.setCurrentIndex(max(self.partner.findData(chosen), 0))
        self.partner.blockSignals(False)
        if self.exhibits.count() == 0:
            reference = self.reference
            found = vault_ops.now(
                self.vault, lambda v: offices.sendable_exhibits(v, CaseFiles(v).load(reference)[0].id)
            )
            for exhibit, filename in found:
                entry = QListWidgetItem(f"{exhibit}  {marked(filename)}")
                entry.setData(Qt.ItemDataRole.UserRole, exhibit)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.exhibits.addItem(entry)
        self._update_consent()
        self.form.update_consent()
        self._show_conflicts()

    def chosen_parts(self) -> list[str]:
        return [code for code, box in self.parts.items() if box.isChecked()]

    def chosen_exhibits(self) -> list[str]:
        items = [self.exhibits.item(i) for i in range(self.exhibits.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]

    def _update_consent(self) -> None:
        fingerprint = self.partner.currentData()
        self.send_button.setEnabled(bool(fingerprint))
        folder = vault_ops.now(self.vault, exchange.configured_folder)
        self.folder_button.setEnabled(bool(fingerprint) and folder is not None)
        self.consent_button.setEnabled(bool(fingerprint))
        if not fingerprint:
            self.consent_note.setText(self.tr("Record a partner office first (Settings, Office and partners)."))
            return
        case, _version = vault_ops.now(self.vault, lambda v: CaseFiles(v).load(self.reference))
        partner = vault_ops.now(self.vault, lambda v: offices.partner(v, fingerprint))
        try:
            assert partner is not None
            referral.consent_for(case, partner.identity, self.chosen_parts())
        except (SaksiError, AssertionError):
            self.consent_note.setText(
                self.tr("No recorded consent allows referring these parts to this partner: it cannot be sent.")
            )
            self.send_button.setEnabled(False)
            self.folder_button.setEnabled(False)
            return
        self.consent_note.setText(self.tr("The client's consent covers this referral."))

    def record_consent(self) -> None:
        fingerprint = self.partner.currentData()
        partner = vault_ops.now(self.vault, lambda v: offices.partner(v, fingerprint))
        if partner is None:
            return
        question = self.tr(
            "Record that the client agreed to refer these parts of the case to {partner}? Do this only when they"
            " did, and were told what will be sent."
        ).format(partner=partner.name)
        if not dialogs.confirm(self, self.tr("Consent to referral"), question, self.tr("Record consent")):
            return
        case, version = vault_ops.now(self.vault, lambda v: CaseFiles(v).load(self.reference))
        case.consents.append(
            Consent(
                what=self.tr("Referral of the case to {partner}").format(partner=partner.name),
                use="referral",
                recipient=partner.name,
                partners=[partner.fingerprint],
                parts=self.chosen_parts(),
                given_on=date.today().isoformat(),
                recorded_by=self.vault.user.name,
            )
        )
        try:
            vault_ops.now(self.vault, lambda v: CaseFiles(v).save(case, version), CASES)
        except SaksiError as exc:
            self.send_error.show_error(exc.message)
            return
        self.changed = True
        self._update_consent()

    def send(self) -> None:
        target = dialogs.choose_save_file(
            self, self.tr("Save the referral package"), f"{self.reference}{referral.SUFFIX}", "*.saksiref"
        )
        if target is not None:
            originals = self.originals.isChecked()
            self._seal(
                lambda vault, o: referral.export_referral(vault, self.reference, out=target, originals=originals, **o)
            )

    def send_to_folder(self) -> None:
        folder = vault_ops.now(self.vault, exchange.configured_folder)
        if folder is not None:
            self._seal(lambda vault, options: exchange.send(vault, self.reference, folder=folder, **options))

    def _seal(self, write: Callable[[Vault, dict[str, Any]], referral.ExportResult]) -> None:
        """Seal and write the package off the GUI thread, on the job's own connection."""
        options: dict[str, Any] = {
            "to": self.partner.currentData(),
            "exhibits": self.chosen_exhibits() or None,
            "parts": self.chosen_parts(),
        }
        vault = self.vault

        def work(_report: jobs.Progress) -> referral.ExportResult:
            clone = vault_ops.own(vault)
            try:
                return write(clone, options)
            finally:
                clone.close()

        vault_ops.write(
            self, vault, work, self._sent, label=self.tr("Sealing the package…"), on_failure=self._send_failed
        )

    def _send_failed(self, error: SaksiError) -> None:
        self.send_error.show_error(error.message)

    def _sent(self, result: referral.ExportResult) -> None:
        self.send_error.show_error("")
        dialogs.inform(
            self,
            self.tr("Package saved"),
            self.tr("{path} is encrypted for {partner} alone, and signed by this office.").format(
                path=str(result.path), partner=result.recipient.shown
            ),
        )

    # ---- receive
    def _receive_tab(self) -> QWidget:
        page = QWidget()
        self.open_button = QPushButton(self.tr("Open a package…"))
        self.open_button.clicked.connect(self.choose_package)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("primary")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.apply)
        self.receive_error = ErrorLabel()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        layout.addWidget(self.receive_error)
        layout.addWidget(self.preview, 1)
        self.plan: referral.ImportPlan | None = None
        return page

    def choose_package(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Open a referral package"), "*.saksiref")
        if path is not None:
            self.load_package(path)

    def load_package(self, path: Path) -> None:
        """Decrypt, check and compare off the GUI thread (a package may be hundreds of megabytes)."""
        self.plan = None
        self.import_button.setEnabled(False)
        self.preview.setPlainText("")
        vault = self.vault

        def work(_report: jobs.Progress) -> referral.ImportPlan:
            clone = vault_ops.own(vault)
            try:
                return referral.plan_import(clone, referral.read_package(path))
            finally:
                clone.close()

        vault_ops.query(
            self, vault, work, self._planned, label=self.tr("Opening the package…"), on_failure=self._receive_failed
        )

    def _planned(self, plan: referral.ImportPlan) -> None:
        self.plan = plan
        self.receive_error.show_error("")
        self.preview.setPlainText("\n".join(describe(plan)))
        self.import_button.setEnabled(True)

    def _receive_failed(self, error: SaksiError) -> None:
        self.receive_error.show_error(error.message)

    def apply(self) -> None:
        plan = self.plan
        if plan is None:
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> referral.ImportResult:
            clone = vault_ops.own(vault)
            try:
                return referral.apply_import(clone, plan)
            finally:
                clone.close()

        self.import_button.setEnabled(False)
        vault_ops.write(
            self, vault, work, self._applied, label=self.tr("Importing the package…"), on_failure=self._receive_failed
        )

    def _applied(self, result: referral.ImportResult) -> None:
        self.plan = None
        self.changed = True
        done = (
            self.tr("Imported the case {reference}.")
            if result.new_case
            else self.tr("Merged into {reference}: {taken} change(s) taken, {conflicts} conflict(s) kept.")
        )
        self.preview.appendPlainText(
            "\n" + done.format(reference=result.reference, taken=result.taken, conflicts=result.conflicts)
        )
        self._show_conflicts()

    def _form_tab(self) -> QWidget:
        self.form = FormTab(self)
        return self.form

    # ---- conflicts
    def _conflicts_tab(self) -> QWidget:
        page = QWidget()
        self.conflict_table = QTableWidget(0, 4)
        self.conflict_table.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Ours"), self.tr("Theirs"), self.tr("From")]
        )
        header = self.conflict_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)  # the field in words is the longest
        self.conflict_table.setColumnWidth(0, 320)
        self.conflict_table.setWordWrap(True)
        self.conflict_table.verticalHeader().hide()
        self.conflict_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.conflict_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.keep_button = QPushButton(self.tr("Keep ours"))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.keep_button.clicked.connect(lambda: self.settle("ours"))
        self.take_button.clicked.connect(lambda: self.settle("theirs"))
        layout = QVBoxLayout(page)
        layout.addWidget(
            label(
                self.tr(
                    "The same field was changed here and by the partner. Ours is in the case until someone chooses;"
                    " theirs is kept here."
                ),
                "muted",
            )
        )
        layout.addWidget(self.conflict_table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.take_button)
        layout.addLayout(row)
        return page

    def _show_conflicts(self) -> None:
        try:
            self.open_conflicts = vault_ops.now(self.vault, lambda v: referral.conflicts(v, self.reference))
        except SaksiError:
            self.open_conflicts = []
        self.conflict_table.setRowCount(len(self.open_conflicts))
        for row, conflict in enumerate(self.open_conflicts):
            cells = (marked(conflict.field), shown(conflict.ours), shown(conflict.theirs), marked(conflict.partner))
            for column, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value if column else conflict.path)  # the raw path, for a bug report
                self.conflict_table.setItem(row, column, cell)
        self.keep_button.setEnabled(bool(self.open_conflicts))
        self.take_button.setEnabled(bool(self.open_conflicts))
        self.tabs.setTabText(2, self.tr("Conflicts ({count})").format(count=len(self.open_conflicts)))

    def settle(self, take: str) -> None:
        row = self.conflict_table.currentRow()
        if not 0 <= row < len(self.open_conflicts):
            return
        try:
            conflict = self.open_conflicts[row].id
            vault_ops.now(self.vault, lambda v: referral.resolve(v, self.reference, conflict, take), CASES)
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Conflict"), exc.message)
        self.changed = True
        self._show_conflicts()


# ----------------------------------------------------------------------------- the form for partners without Saksi
class FormTab(QWidget):
    """A PDF and HTCDS JSON of the consented parts, encrypted with age, for a partner that does not run Saksi."""

    LANGUAGES = (("en", "English"), ("km", "ខ្មែរ (Khmer)"), ("th", "ไทย (Thai)"))

    def __init__(self, dialog: ReferralDialog) -> None:
        super().__init__()
        self.dialog, self.vault, self.reference = dialog, dialog.vault, dialog.reference
        self.passphrase = ""
        self.recipient = QLineEdit()
        self.recipient.setPlaceholderText(self.tr("The partner organisation, e.g. a legal aid office in Bangkok"))
        self.recipient.textChanged.connect(self.update_consent)
        self.language = QComboBox()
        for code, name in self.LANGUAGES:
            self.language.addItem(name, code)
        self.age_key = QLineEdit()
        self.age_key.setPlaceholderText(self.tr("age1… (optional: without it Saksi makes a passphrase)"))
        self.parts: dict[str, QCheckBox] = {}
        parts_box = QGroupBox(self.tr("Parts of the case"))
        grid = QGridLayout(parts_box)
        for number, term in enumerate(vocab.REFERRAL_PARTS):
            box = QCheckBox(text.term(vocab.REFERRAL_PARTS, term.code))
            box.setChecked(term.code not in ("notes", "interview"))
            box.toggled.connect(self.update_consent)
            self.parts[term.code] = box
            grid.addWidget(box, number // 2, number % 2)
        self.note = label()
        self.consent_button = QPushButton(self.tr("Record the client's consent…"))
        self.consent_button.clicked.connect(self.record_consent)
        self.save_button = QPushButton(self.tr("Save form…"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("For:"), self.recipient)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Their age key:"), self.age_key)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "A PDF summary in the partner's language and the same in HTCDS JSON, in one file encrypted with"
                    " age: the partner opens it with the free age tool (age -d), no Saksi needed."
                ),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(parts_box)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.consent_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.update_consent()

    def chosen_parts(self) -> list[str]:
        return [code for code, box in self.parts.items() if box.isChecked()]

    def update_consent(self) -> None:
        recipient = self.recipient.text().strip()
        self.consent_button.setEnabled(bool(recipient))
        self.save_button.setEnabled(False)
        if not recipient:
            self.note.setText(self.tr("Name the partner organisation the form is for."))
            return
        case, _version = vault_ops.now(self.vault, lambda v: CaseFiles(v).load(self.reference))
        try:
            referral_form.form_consent(case, recipient, self.chosen_parts())
        except SaksiError:
            self.note.setText(
                self.tr("No recorded consent allows sending these parts to {recipient}.").format(recipient=recipient)
            )
            return
        self.note.setText(self.tr("The client's consent covers this form."))
        self.save_button.setEnabled(True)

    def record_consent(self) -> None:
        recipient = self.recipient.text().strip()
        question = self.tr(
            "Record that the client agreed to send these parts of the case to {partner}? Do this only when they"
            " did, and were told what will be sent."
        ).format(partner=recipient)
        if not dialogs.confirm(self, self.tr("Consent to referral"), question, self.tr("Record consent")):
            return
        case, version = vault_ops.now(self.vault, lambda v: CaseFiles(v).load(self.reference))
        case.consents.append(
            Consent(
                what=self.tr("Referral form for {partner}").format(partner=recipient),
                use="referral",
                recipient=recipient,
                parts=self.chosen_parts(),
                given_on=date.today().isoformat(),
                recorded_by=self.vault.user.name,
            )
        )
        try:
            vault_ops.now(self.vault, lambda v: CaseFiles(v).save(case, version), CASES)
        except SaksiError as exc:
            self.error.show_error(exc.message)
            return
        self.dialog.changed = True
        self.update_consent()

    def save(self) -> None:
        language = str(self.language.currentData())
        target = dialogs.choose_save_file(
            self,
            self.tr("Save the referral form"),
            f"{self.reference}-referral-{language}{referral_form.SUFFIX}",
            "*.age",
        )
        if target is None:
            return
        vault, reference = self.vault, self.reference
        recipient, parts, key = self.recipient.text().strip(), self.chosen_parts(), self.age_key.text().strip()

        def work(_report: jobs.Progress) -> referral_form.FormResult:
            clone = vault_ops.own(vault)
            try:
                return referral_form.export_form(
                    clone, reference, recipient, target, language=language, parts=parts, age_recipient=key
                )
            finally:
                clone.close()

        vault_ops.write(self, vault, work, self._saved, label=self.tr("Writing the form…"), on_failure=self._failed)

    def _failed(self, error: SaksiError) -> None:
        self.error.show_error(error.message)

    def _saved(self, result: referral_form.FormResult) -> None:
        self.error.show_error("")
        self.passphrase = result.passphrase
        if result.passphrase:
            message = self.tr(
                "{path} is encrypted with this passphrase, shown only now:\n\n{passphrase}\n\nRead it to the partner"
                " by phone; never send it with the file. They open the file with: age -d -o referral.zip FILE"
            ).format(path=str(result.path), passphrase=result.passphrase)
        else:
            message = self.tr("{path} is encrypted to the partner's age key: only they can open it.").format(
                path=str(result.path)
            )
        dialogs.inform(self, self.tr("Form saved"), message)


def shown(value: object) -> str:
    if value is None:
        return translate("Referral", "(removed)")
    if isinstance(value, str):
        return marked(value)
    return marked(str(value))


def describe(plan: referral.ImportPlan) -> list[str]:
    lines = []
    if plan.partner is not None:
        lines.append(
            translate("Referral", "From {name}, a recorded partner (fingerprint {fingerprint}).").format(
                name=marked(plan.partner.name), fingerprint=plan.sender.fingerprint
            )
        )
    else:
        lines.append(
            translate(
                "Referral",
                "From an office that is NOT a recorded partner. It calls itself {name}; fingerprint {fingerprint}."
                " Check it with them before trusting it.",
            ).format(name=marked(plan.sender_name), fingerprint=plan.sender.fingerprint)
        )
    lines.append(
        translate("Referral", "Sealed {when}. Parts: {parts}.").format(
            when=plan.created_at, parts=", ".join(plan.parts)
        )
    )
    if plan.new_case:
        lines.append(
            translate("Referral", "A new case here: {reference}.").format(
                reference=plan.local_reference or plan.reference
            )
        )
    else:
        basis = (
            translate("Referral", "against the last version both offices saw")
            if plan.base_found
            else translate("Referral", "with no common version")
        )
        lines.append(
            translate(
                "Referral", "Merges into {reference} {basis}: {taken} change(s) taken, {conflicts} conflict(s)."
            ).format(reference=plan.local_reference, basis=basis, taken=len(plan.taken), conflicts=len(plan.conflicts))
        )
        lines += [
            translate("Referral", "  takes {field}").format(field=marked(plan.words(path))) for path in plan.taken
        ]
        lines += [
            translate("Referral", "  conflict {field}: ours {ours} / theirs {theirs}").format(
                field=marked(plan.words(c.path)), ours=shown(c.ours), theirs=shown(c.theirs)
            )
            for c in plan.conflicts
        ]
    for exhibit in plan.exhibits:
        status = (
            translate("Referral", "already here as {label}").format(label=exhibit.known_as)
            if exhibit.known_as
            else translate("Referral", "new exhibit")
        )
        lines.append(
            translate("Referral", "  exhibit {label} ({size} bytes): {status}").format(
                label=exhibit.label, size=exhibit.size, status=status
            )
        )
    return lines
