"""The Settings area: this device (auto-lock, remember), my account, the vault (verify, backup,
audit log) and, for admins, users, the recovery code and the data key."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common.settings import Settings, effective_auto_lock
from storage import device
from storage.errors import SaksiError
from storage.vault import MAX_AUTO_LOCK, Problem, Vault
from ui import dialogs, i18n, jobs, vault_ops
from ui.account_dialogs import AuditLogDialog, ChangePassphraseDialog, ConfirmWithPassphraseDialog
from ui.language import LanguageChooser
from ui.recovery import NewRecoveryCodeWizard, vault_display_name
from ui.users_dialog import UsersDialog
from ui.widgets import label, role_name

MAX_WIDTH = 880  # long lines are hard to read on a wide screen


def _form(box: QGroupBox) -> QFormLayout:
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # the same on every platform
    return form


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class SettingsPage(QWidget):
    auto_lock_changed = Signal(int)
    language_chosen = Signal(str)  # the main window switches at once
    verified = Signal()  # a verify ran: the vault may have become read-only, or writable again

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.settings = vault, settings
        body = QWidget()
        body.setMaximumWidth(MAX_WIDTH)
        column = QVBoxLayout(body)
        column.setContentsMargins(24, 16, 24, 16)
        column.addWidget(label(self.tr("Settings"), "heading"))
        column.addWidget(self._device_box())
        column.addWidget(self._account_box())
        column.addWidget(self._vault_box())
        self.admin_box: QGroupBox | None = self._admin_box() if vault.user.is_admin else None
        if self.admin_box is not None:
            column.addWidget(self.admin_box)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        scroll.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self._update_device()
        self._apply_auto_lock_limit()

    # ---- sections
    def _device_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("This computer"))
        self.auto_lock = QSpinBox()
        self.auto_lock.setRange(0, 240)
        self.auto_lock.setSuffix(self.tr(" minutes"))
        self.auto_lock.setSpecialValueText(self.tr("Never"))
        self.auto_lock.setValue(self.settings.auto_lock_minutes)
        self.auto_lock.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.auto_lock.setKeyboardTracking(False)  # save once the number is typed, not per digit
        self.auto_lock.valueChanged.connect(self._auto_lock_changed)
        self.auto_lock_note = label(role="muted")
        self.device_button = QPushButton()
        self.device_button.clicked.connect(self._toggle_device)
        self.device_note = label(role="muted")
        form = _form(box)
        form.addRow(self.tr("Lock after no use for:"), self.auto_lock)
        form.addRow("", self.auto_lock_note)
        form.addRow(self.tr("Unlock without passphrase:"), _row(self.device_button))
        form.addRow("", self.device_note)
        self.language = LanguageChooser(self.settings.language)
        self.language.chosen.connect(self.language_chosen)
        form.addRow(self.tr("Interface language:"), self.language)
        note = self.tr("A new language shows at once; open case pages close, and what you typed is saved.")
        language_note = label(f"{note} {i18n.review_note()}".strip(), "muted")
        language_note.setMinimumWidth(400)  # else the form reserves the height of its narrowest wrapping
        form.addRow("", language_note)
        self.read_text = QCheckBox(self.tr("Read the text of images when they are imported"))
        self.read_text.setToolTip(
            self.tr(
                "In the background, in the sandboxed decoder; each image takes a few seconds. Read text always works."
            )
        )
        self.read_text.setChecked(self.settings.read_text_on_import)
        self.read_text.toggled.connect(self._read_text_changed)
        form.addRow(self.tr("Screenshots:"), self.read_text)
        return box

    def _read_text_changed(self, on: bool) -> None:
        self.settings.read_text_on_import = on
        try:
            self.settings.save()
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Settings"), exc.message)

    def _account_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("My account"))
        user = self.vault.user
        self.change_passphrase_button = QPushButton(self.tr("Change my passphrase…"))
        self.change_passphrase_button.clicked.connect(self.change_passphrase)
        form = _form(box)
        form.addRow(
            self.tr("Signed in as:"),
            label(self.tr("{user} ({role})").format(user=user.name, role=role_name(user.role))),
        )
        form.addRow("", _row(self.change_passphrase_button))
        return box

    def _vault_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Vault"))
        self.verify_button = QPushButton(self.tr("Verify vault"))
        self.backup_button = QPushButton(self.tr("Back up vault…"))
        self.audit_button = QPushButton(self.tr("Audit log…"))
        self.office_button = QPushButton(self.tr("Office and partners…"))
        self.office_button.clicked.connect(self.show_office)
        self.exchange_button = QPushButton(self.tr("Exchange folder…"))
        self.exchange_button.clicked.connect(self.show_exchange)
        self.verify_button.clicked.connect(self.verify)
        self.backup_button.clicked.connect(self.backup)
        self.audit_button.clicked.connect(self.show_audit_log)
        self.vault_status = label(role="muted")
        form = _form(box)
        form.addRow(self.tr("Name:"), label(vault_display_name(self.vault.path)))
        folder = label(str(self.vault.path), wrap=False)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Folder:"), folder)
        form.addRow("", _row(self.verify_button, self.backup_button, self.audit_button))
        form.addRow("", _row(self.office_button, self.exchange_button))
        form.addRow("", self.vault_status)
        return box

    def _admin_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Administration"))
        box.setObjectName("admin_box")
        self.users_button = QPushButton(self.tr("Users…"))
        self.users_button.setObjectName("users_button")
        self.replace_code_button = QPushButton(self.tr("Replace recovery code…"))
        self.rotate_button = QPushButton(self.tr("Rotate data key…"))
        self.users_button.clicked.connect(self.manage_users)
        self.replace_code_button.clicked.connect(self.replace_recovery_code)
        self.rotate_button.clicked.connect(self.rotate_data_key)
        self.auto_lock_limit = QSpinBox()
        self.auto_lock_limit.setRange(0, MAX_AUTO_LOCK)
        self.auto_lock_limit.setSuffix(self.tr(" minutes"))
        self.auto_lock_limit.setSpecialValueText(self.tr("No limit"))
        self.auto_lock_limit.setValue(vault_ops.now(self.vault, Vault.auto_lock_limit))
        self.auto_lock_limit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.auto_lock_limit.setKeyboardTracking(False)
        self.auto_lock_limit.valueChanged.connect(self._auto_lock_limit_changed)
        layout = QVBoxLayout(box)
        limit_form = QFormLayout()
        limit_form.addRow(self.tr("Everyone locks after at most:"), self.auto_lock_limit)
        layout.addLayout(limit_form)
        layout.addLayout(_row(self.users_button, self.replace_code_button, self.rotate_button))
        layout.addWidget(
            label(
                self.tr(
                    "Rotate the data key after a laptop or USB stick is lost, or after removing someone who may "
                    "have kept a copy of it. Other users then need a passphrase reset."
                ),
                "muted",
            )
        )
        return box

    # ---- this computer
    def _auto_lock_changed(self, minutes: int) -> None:
        self.settings.auto_lock_minutes = minutes
        try:
            self.settings.save()
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Settings"), exc.message)
        self.auto_lock_changed.emit(effective_auto_lock(minutes, vault_ops.now(self.vault, Vault.auto_lock_limit)))

    def _apply_auto_lock_limit(self) -> None:
        """Anyone may shorten the auto-lock; only an admin sets the longest it may be (Administration)."""
        limit = vault_ops.now(self.vault, Vault.auto_lock_limit)
        self.auto_lock.blockSignals(True)
        self.auto_lock.setRange(1 if limit else 0, limit or MAX_AUTO_LOCK)  # "Never" only without a limit
        self.auto_lock.setValue(effective_auto_lock(self.settings.auto_lock_minutes, limit))
        self.auto_lock.blockSignals(False)
        self.auto_lock_note.setText(
            self.tr("An admin set the longest to {minutes} minutes; you may choose less.").format(minutes=limit)
            if limit
            else ""
        )
        self.auto_lock_note.setVisible(bool(limit))

    def _auto_lock_limit_changed(self, minutes: int) -> None:
        try:
            vault_ops.now(self.vault, lambda v: v.set_auto_lock_limit(minutes))
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Settings"), exc.message)
            return
        self._apply_auto_lock_limit()
        self.auto_lock_changed.emit(effective_auto_lock(self.settings.auto_lock_minutes, minutes))

    def _update_device(self) -> None:
        reason = device.refusal_reason()
        remembered = reason is None and vault_ops.now(self.vault, Vault.is_remembered_here)
        self.device_button.setText(
            self.tr("Forget on this device") if remembered else self.tr("Remember on this device")
        )
        self.device_button.setEnabled(reason is None)
        self.device_button.setToolTip(reason or "")
        if reason:
            self.device_note.setText(reason)
        elif remembered:
            self.device_note.setText(self.tr("This computer unlocks the vault for you without a passphrase."))
        else:
            self.device_note.setText(self.tr("Only on a computer that you alone use and that locks its screen."))

    def _toggle_device(self) -> None:
        vault = self.vault

        def work(_report: jobs.Progress) -> None:  # the OS keyring may block (it can ask to be unlocked)
            with vault_ops.own(vault) as mine:  # its own connection, not the GUI thread's
                if mine.is_remembered_here():
                    mine.forget_on_device()
                else:
                    mine.remember_on_device()

        vault_ops.write(self, vault, work, lambda _none: self._update_device(), label=self.tr("Updating this device…"))

    # ---- account
    def change_passphrase(self) -> None:
        dialog = ChangePassphraseDialog(self.vault, parent=self)
        if dialogs.run(dialog) == QDialog.DialogCode.Accepted:
            dialogs.inform(self, self.tr("Passphrase"), self.tr("Your passphrase was changed."))
        dialog.deleteLater()

    # ---- vault
    def verify(self) -> None:
        vault = self.vault

        def verified(problems: list[Problem]) -> None:
            vault_ops.now(vault, lambda v: v.apply_verified(problems), vault_ops.Changes(integrity=True))
            self._verified(problems)

        vault_ops.query(
            self,
            vault,
            lambda _report: vault_ops.own(vault).check_all(),
            verified,
            label=self.tr("Verifying the vault…"),
        )

    def _verified(self, problems: list[Problem]) -> None:
        self.verified.emit()
        stamp = datetime.now().strftime("%H:%M")
        if not problems:
            self.vault_status.setText(self.tr("Verified at {time}: no problems.").format(time=stamp))
            dialogs.inform(
                self,
                self.tr("Verify vault"),
                self.tr("No problems found. The encryption, the database, its version and the audit log are intact."),
            )
            return
        self.vault_status.setText(self.tr("Verified at {time}: problems found.").format(time=stamp))
        lines = "\n".join(f"• {p.message}" for p in problems)
        dialogs.warn(
            self,
            self.tr("Verify vault"),
            self.tr("Saksi found problems:\n{problems}\n\nRestore the vault from a backup, or ask for help.").format(
                problems=lines
            ),
        )

    def backup(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Choose where to write the backup (a USB stick, for example)"))
        if folder is None or not self.vault.is_open:
            return
        vault = self.vault
        vault_ops.query(
            self,
            vault,
            lambda report: vault_ops.own(vault).backup(folder, report),
            self._backed_up,
            label=self.tr("Writing and checking the backup…"),
        )

    def _backed_up(self, path: Path) -> None:
        self.vault_status.setText(self.tr("Last backup: {path}").format(path=path))
        dialogs.inform(
            self,
            self.tr("Back up vault"),
            self.tr("The backup was written and checked:\n{path}\n\nIt is encrypted like the vault itself.").format(
                path=path
            ),
        )

    def show_audit_log(self) -> None:
        dialog = AuditLogDialog(self.vault, self)
        dialogs.run(dialog)
        dialog.deleteLater()

    # ---- administration
    def show_office(self) -> None:
        from ui.referral import OfficeDialog

        dialog = OfficeDialog(self.vault, self)
        dialogs.run(dialog)
        dialog.deleteLater()

    def show_exchange(self) -> None:
        from ui.exchange import ExchangeDialog

        dialog = ExchangeDialog(self.vault, self)
        dialogs.run(dialog)
        dialog.deleteLater()

    def manage_users(self) -> None:
        dialog = UsersDialog(self.vault, self)
        dialogs.run(dialog)
        dialog.deleteLater()
        if self.admin_box is not None and self.vault.is_open:
            self.admin_box.setVisible(self.vault.user.is_admin)  # an admin may have stepped down

    def replace_recovery_code(self) -> None:
        vault = self.vault

        def work(passphrase: str) -> str:
            vault.check_own_passphrase(passphrase)
            with vault_ops.own(vault) as mine:  # its own connection, not the GUI thread's
                return mine.replace_recovery_code()

        code = self._confirm(
            self.tr("Replace recovery code"),
            self.tr(
                "Saksi will make a new recovery code and show it once. The old paper stops working at once, "
                "so destroy it after you have put the new one away."
            ),
            self.tr("Replace code"),
            work,
            vault_ops.WRITE,
        )
        if code:
            self._show_new_code(code, self.tr("This is the new recovery code. The old one no longer works."))

    def rotate_data_key(self) -> None:
        vault = self.vault
        code = self._confirm(
            self.tr("Rotate data key"),
            self.tr(
                "Saksi will re-encrypt the whole vault with a new key. This can take a while for a large vault; "
                "do not unplug the drive.\n\nAfterwards every other user needs a passphrase reset (Users…), "
                "every remembered device is forgotten, and there is a new recovery code."
            ),
            self.tr("Rotate key"),
            lambda passphrase: vault_ops.rotate_data_key(vault, passphrase),
            vault_ops.EXCLUSIVE,
        )
        if code:
            self._update_device()
            self._show_new_code(
                code,
                self.tr("The vault has a new data key. This is its new recovery code; the old one no longer works."),
            )

    def _confirm(self, title: str, text: str, action: str, work: Callable[[str], str], kind: str) -> str:
        dialog = ConfirmWithPassphraseDialog(title, text, action, work, self, vault=(self.vault, kind))
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        code = str(dialog.result_value or "") if accepted else ""
        dialog.result_value = None
        dialog.deleteLater()
        return code

    def _show_new_code(self, code: str, intro: str) -> None:
        wizard = NewRecoveryCodeWizard(vault_display_name(self.vault.path), code, intro, self)
        dialogs.run(wizard)
        wizard.deleteLater()
