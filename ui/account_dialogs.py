"""Dialogs about the signed-in user and the vault: change passphrase, confirm with passphrase, audit log.

Each dialog that needs Argon2id runs it through ``ui.jobs`` and stays open with an inline error
when the passphrase is wrong, so nothing has to be typed twice.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.audit import AuditEntry
from storage.errors import SaksiError
from storage.vault import Vault
from ui import jobs
from ui.widgets import ErrorLabel, PassphrasePair, label, local_time, password_field


class ChangePassphraseDialog(QDialog):
    """Change the signed-in user's passphrase. ``forced``: right after unlocking with a temporary
    passphrase set by an admin; the current one was just typed, so it is not asked again."""

    def __init__(self, vault: Vault, *, forced: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.forced = vault, forced
        self.setWindowTitle(self.tr("Change my passphrase"))
        self.current = password_field()
        self.new = PassphrasePair(self.tr("New passphrase:"))
        self.new.set_context([vault.user.name, vault.path.stem])
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(self.tr("Change passphrase"), QDialogButtonBox.ButtonRole.AcceptRole)
        if forced:
            lock = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            lock.setText(self.tr("Lock instead"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.new.changed.connect(self._update)
        layout = QVBoxLayout(self)
        if forced:
            layout.addWidget(
                label(
                    self.tr(
                        "An admin gave you a temporary passphrase. Choose your own passphrase now; "
                        "nobody else should know it."
                    )
                )
            )
        else:
            form = QFormLayout()
            form.addRow(self.tr("Current passphrase:"), self.current)
            layout.addLayout(form)
        layout.addWidget(self.new)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(self.new.passphrase() is not None)

    def submit(self) -> None:
        new = self.new.passphrase()
        if new is None:
            return
        current = self.current.text()
        if not self.forced and not current:
            self.error.show_error(self.tr("Type your current passphrase."))
            return
        vault, forced = self.vault, self.forced

        def work(_report: jobs.Progress) -> None:
            if not forced:
                vault.check_own_passphrase(current)
            with vault.for_thread() as mine:  # the GUI thread owns vault.conn
                mine.change_passphrase(new)

        def changed(_none: None) -> None:
            vault.refresh_user()  # "must change" is cleared on the GUI's own view of the user
            self.accept()

        self.error.clear_error()
        jobs.run(self, work, changed, label=self.tr("Changing the passphrase…"), on_failure=self._failed)

    def _failed(self, error: SaksiError) -> None:
        self.current.clear()
        self.error.show_error(error.message)

    def done(self, result: int) -> None:
        self.current.clear()
        self.new.clear()
        super().done(result)


class ConfirmWithPassphraseDialog(QDialog):
    """Explain a weighty admin action and run it only after the admin types their own passphrase.

    ``work(passphrase)`` runs off the GUI thread and must check the passphrase itself (or pass it to a
    storage call that does); its return value is kept in ``result_value``.
    """

    def __init__(
        self,
        title: str,
        explanation: str,
        action: str,
        work: Callable[[str], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self._work = work
        self.passphrase = password_field()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button: QPushButton = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Your passphrase:"), self.passphrase)
        layout = QVBoxLayout(self)
        layout.addWidget(label(explanation))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        passphrase = self.passphrase.text()
        if not passphrase:
            self.error.show_error(self.tr("Type your passphrase."))
            return
        work = self._work
        self.error.clear_error()
        jobs.run(
            self, lambda _report: work(passphrase), self._succeeded, label=self.windowTitle(), on_failure=self._failed
        )

    def _succeeded(self, value: Any) -> None:
        self.result_value = value
        self.accept()

    def _failed(self, error: SaksiError) -> None:
        self.passphrase.clear()
        self.error.show_error(error.message)

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)


class AuditLogDialog(QDialog):
    """The newest audit entries, read-only."""

    COLUMNS = 5

    def __init__(self, entries: list[AuditEntry], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        self.table = QTableWidget(len(entries), self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("About"), self.tr("Details")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        for row, entry in enumerate(entries):
            values = [
                local_time(entry.at, seconds=True),
                entry.actor,
                entry.action,
                entry.target,
                _detail(entry.detail),
            ]
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr("The {count} newest entries. The log cannot be changed; Verify vault checks its chain.").format(
                    count=len(entries)
                ),
                "muted",
            )
        )
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 560)


def _detail(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else ""
