"""Unlock a vault: with a passphrase, with the recovery code (then a new passphrase), or with
this device's remembered key. Argon2id runs off the GUI thread; errors show inline, in the
words storage chose for them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from storage import device
from storage.errors import SaksiError
from storage.vault import Vault, VaultInfo
from ui import jobs, vault_ops
from ui.busy import BusyLine
from ui.look import monospace
from ui.recovery import vault_display_name
from ui.widgets import ErrorLabel, PassphrasePair, label, password_field

# What an unlock job hands back: the open vault and a note for the user (empty when all went well).
Unlocked = tuple[Vault, str]


class UnlockPage(QWidget):
    unlocked = Signal(object, str)  # Vault, note
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: VaultInfo | None = None
        self.title = label(role="heading")
        self.location = label(role="muted")
        self.user = QComboBox()
        self.user.setMinimumWidth(260)
        self.error = ErrorLabel()
        self.busy = BusyLine()
        self.device_buttons = QVBoxLayout()
        self.modes = QStackedWidget()
        self.modes.addWidget(self._passphrase_form())
        self.modes.addWidget(self._recovery_form())
        self.mode_button = QPushButton()
        self.mode_button.setObjectName("link")
        self.mode_button.clicked.connect(self._toggle_mode)
        self.back_button = QPushButton(self.tr("Open another vault"))
        self.back_button.setObjectName("link")
        self.back_button.clicked.connect(self.back_requested)
        self._build()
        self._show_mode(0)

    # ---- layout
    def _build(self) -> None:
        user_form = QFormLayout()
        user_form.addRow(self.tr("User:"), self.user)
        links = QHBoxLayout()
        links.addWidget(self.mode_button)
        links.addStretch(1)
        links.addWidget(self.back_button)
        panel = QFrame()
        panel.setMaximumWidth(560)
        inner = QVBoxLayout(panel)
        inner.addWidget(self.title)
        inner.addWidget(self.location)
        inner.addSpacing(16)
        inner.addLayout(self.device_buttons)
        inner.addLayout(user_form)
        inner.addWidget(self.modes)
        inner.addWidget(self.busy)
        inner.addWidget(self.error)
        inner.addSpacing(8)
        inner.addLayout(links)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(panel)
        column.addStretch(2)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def _passphrase_form(self) -> QWidget:
        page = QWidget()
        self.passphrase = password_field()
        self.passphrase.returnPressed.connect(self.unlock)
        self.remember = QCheckBox(self.tr("Remember on this device"))
        self.remember_note = label(role="muted")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setObjectName("primary")
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow("", self.remember)
        form.addRow("", self.remember_note)
        row = QHBoxLayout()
        row.addWidget(self.unlock_button)
        row.addStretch(1)
        form.addRow("", row)
        return page

    def _recovery_form(self) -> QWidget:
        page = QWidget()
        self.code = QLineEdit()
        self.code.setFont(monospace(12))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.new_passphrase = PassphrasePair(self.tr("New passphrase:"))
        self.recover_button = QPushButton(self.tr("Unlock and set the new passphrase"))
        self.recover_button.setObjectName("primary")
        self.recover_button.clicked.connect(self.unlock_with_recovery)
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Recovery code:"), self.code)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(
            label(
                self.tr("Type the code from the recovery paper, then choose a new passphrase for the user above."),
                "muted",
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.new_passphrase)
        layout.addWidget(self.recover_button, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    # ---- state
    def set_vault(self, info: VaultInfo) -> None:
        """Show the unlock form for ``info`` (from storage.vault.inspect); clears every secret field."""
        self.info = info
        self.clear_secrets()
        self._show_mode(0)
        self.title.setText(self.tr("Unlock {vault}").format(vault=vault_display_name(info.path)))
        self.location.setText(str(info.path))
        self.user.clear()
        self.user.addItems(info.users)
        if info.remembered_users:
            self.user.setCurrentText(info.remembered_users[0])
        self._fill_device_buttons(info.remembered_users)
        reason = device.refusal_reason()
        self.remember.setChecked(False)
        self.remember.setEnabled(reason is None)
        self.remember.setToolTip(reason or self.tr("Unlock without a passphrase on this computer from now on."))
        self.remember_note.setText(reason or "")
        self.remember_note.setVisible(reason is not None)
        if not info.users:
            self.error.show_error(self.tr("This vault has no users left who can unlock it. Use the recovery code."))

    def _fill_device_buttons(self, users: list[str]) -> None:
        while self.device_buttons.count():
            item = self.device_buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for name in users:
            button = QPushButton(self.tr("Unlock as {user} with this device").format(user=name))
            button.clicked.connect(lambda _checked=False, name=name: self.unlock_with_device(name))
            self.device_buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        if users:
            self.device_buttons.addWidget(label(self.tr("Or unlock with a passphrase:"), "muted"))

    def clear_secrets(self) -> None:
        self.passphrase.clear()
        self.code.clear()
        self.new_passphrase.clear()
        self.error.clear_error()

    def focus_passphrase(self) -> None:
        self.passphrase.setFocus()

    def in_recovery_mode(self) -> bool:
        return self.modes.currentIndex() == 1

    def _toggle_mode(self) -> None:
        self._show_mode(0 if self.in_recovery_mode() else 1)

    def _show_mode(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; size it to the page on show instead.
        for number in range(self.modes.count()):
            policy = QSizePolicy.Policy.Preferred if number == index else QSizePolicy.Policy.Ignored
            page = self.modes.widget(number)
            if page is not None:
                page.setSizePolicy(policy, policy)
        self.modes.setCurrentIndex(index)
        # Ask the layout to place it again. adjustSize() shrank a shown stack to its hint, and the layout never
        # widened it back: after a lock the passphrase field was half as wide as the user field (issue 13).
        self.modes.updateGeometry()
        self.mode_button.setText(self.tr("Use a passphrase") if index else self.tr("Use the recovery code"))
        self.error.clear_error()

    # ---- unlocking
    def unlock(self) -> None:
        if self.info is None or not self.user.currentText():
            return
        if not self.passphrase.text():
            self.error.show_error(self.tr("Type your passphrase."))
            return
        path, user, passphrase = self.info.path, self.user.currentText(), self.passphrase.text()
        remember = self.remember.isChecked() and self.remember.isEnabled()
        self._start(lambda: _open_with_passphrase(path, user, passphrase, remember))

    def unlock_with_recovery(self) -> None:
        if self.info is None or not self.user.currentText():
            return
        new = self.new_passphrase.passphrase()
        if not self.code.text().strip():
            self.error.show_error(self.tr("Type the recovery code."))
            return
        if new is None:
            self.error.show_error(self.new_passphrase.problem() or "")
            return
        path, user, code = self.info.path, self.user.currentText(), self.code.text()
        self._start(lambda: _open_with_recovery(path, user, code, new))

    def unlock_with_device(self, user: str) -> None:
        if self.info is None:
            return
        path = self.info.path
        self._start(lambda: (Vault.open_with_device(path, user), ""))

    def _start(self, work: Callable[[], Unlocked]) -> None:
        self.error.clear_error()
        text = self.tr("Unlocking…")
        job = jobs.run(
            self, lambda _report: vault_ops.handed_over(work()), self._succeeded, label=text, on_failure=self._failed
        )
        self.busy.follow(job, self.tr("Checking the passphrase and opening the vault…"))

    def _succeeded(self, result: Unlocked) -> None:
        vault, note = result
        self.clear_secrets()
        self.unlocked.emit(vault, note)

    def _failed(self, error: SaksiError) -> None:
        self.passphrase.clear()
        self.error.show_error(error.message)
        self.focus_passphrase()


# ---- job functions: worker thread, no widgets
def _open_with_passphrase(path: Path, user: str, passphrase: str, remember: bool) -> Unlocked:
    vault = Vault.open(path, user, passphrase)
    if not remember:
        return vault, ""
    try:
        vault.remember_on_device()
    except SaksiError as exc:  # the vault is open; only the remembering failed
        return vault, exc.message
    except BaseException:
        vault.close()
        raise
    return vault, ""


def _open_with_recovery(path: Path, user: str, code: str, new_passphrase: str) -> Unlocked:
    vault = Vault.open_with_recovery(path, user, code)
    try:
        vault.change_passphrase(new_passphrase)
    except BaseException:
        vault.close()  # the user must not end up inside without the passphrase they just chose
        raise
    return vault, ""
