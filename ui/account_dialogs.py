"""Dialogs about the signed-in user and the vault: change passphrase, confirm with passphrase, audit log.

Each dialog that needs Argon2id runs it through ``ui.jobs`` and stays open with an inline error
when the passphrase is wrong, so nothing has to be typed twice.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common import audit_log
from storage.errors import SaksiError, localized
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
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
            with vault_ops.own(vault) as mine:  # its own connection, not the GUI thread's
                mine.change_passphrase(new)

        def changed(_none: None) -> None:
            vault_ops.now(vault, Vault.refresh_user)  # "must change" is cleared on the GUI's own view of the user
            self.accept()

        self.error.clear_error()
        vault_ops.write(self, vault, work, changed, label=self.tr("Changing the passphrase…"), on_failure=self._failed)

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
        *,
        vault: tuple[Vault, str] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.result_value: Any = None
        self._work = work
        self._vault = vault  # the vault and the kind of operation (ui.vault_ops) ``work`` is
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
        if self._vault is None:
            jobs.run(
                self,
                lambda _report: work(passphrase),
                self._succeeded,
                label=self.windowTitle(),
                on_failure=self._failed,
            )
            return
        vault, kind = self._vault
        submit = vault_ops.exclusive if kind == vault_ops.EXCLUSIVE else vault_ops.write
        submit(
            self,
            vault,
            lambda _report: work(passphrase),
            self._succeeded,
            label=self.windowTitle(),
            on_failure=self._failed,
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
    """The audit log for people (app/common/audit_log.py): what was done, in words, by whom, when, about which case;
    filtered by case, person, kind and date, and exported as CSV (the export is itself recorded). An admin
    sees every entry, anyone else the entries about their cases and their own."""

    COLUMNS = 4

    def __init__(self, vault: Vault, parent: QWidget | None = None, *, case: str = "") -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Audit log"))
        self.case = QComboBox()
        self.case.addItem(self.tr("All cases"), "")
        for reference in vault_ops.now(vault, audit_log.case_references):
            self.case.addItem(reference, reference)
        self.who = QComboBox()
        self.who.addItem(self.tr("Everyone"), "")
        for name in vault_ops.now(vault, audit_log.people):
            self.who.addItem(name, name)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Every kind"), "")
        for kind in audit_log.KINDS:
            self.kind.addItem(localized(audit_log.KIND_NAMES[kind]), kind)
        self.since, self.until = QDateEdit(), QDateEdit()
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate.currentDate())
        self.since.setDate(QDate.currentDate().addMonths(-3))
        self.all_dates = QCheckBox(self.tr("Any date"))
        self.all_dates.setChecked(True)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Case")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.count = label(role="muted")
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = buttons.addButton(self.tr("Export as CSV…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setVisible(vault.user.may_export)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        filters = QHBoxLayout()
        for caption, widget in (
            (self.tr("Case:"), self.case),
            (self.tr("Who:"), self.who),
            (self.tr("Kind:"), self.kind),
            (self.tr("From:"), self.since),
            (self.tr("To:"), self.until),
        ):
            filters.addWidget(label(caption, wrap=False))
            filters.addWidget(widget)
        filters.addWidget(self.all_dates)
        filters.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(label(self.tr("The log cannot be changed; Verify vault checks its chain."), "muted"))
        layout.addWidget(buttons)
        for combo in (self.case, self.who, self.kind):
            combo.currentIndexChanged.connect(self.refresh)
        for edit in (self.since, self.until):
            edit.dateChanged.connect(self.refresh)
        self.all_dates.toggled.connect(self.refresh)
        if case:
            self.case.setCurrentIndex(max(self.case.findData(case), 0))
        self.resize(1000, 600)
        self.refresh()
        vault_ops.refresh_on(self, vault, vault_ops.EVERYTHING, self.refresh)  # every change is in the log

    def filters(self) -> audit_log.Filters:
        dated = not self.all_dates.isChecked()
        self.since.setEnabled(dated)
        self.until.setEnabled(dated)
        return audit_log.Filters(
            case=self.case.currentData() or "",
            who=self.who.currentData() or "",
            kind=self.kind.currentData() or "",
            since=_day(self.since) if dated else None,
            until=_day(self.until) if dated else None,
        )

    def refresh(self) -> None:
        try:
            filters = self.filters()
            shown = vault_ops.now(self.vault, lambda v: audit_log.lines(v, filters, limit=AUDIT_LIMIT))
        except SaksiError as exc:
            self.error.show_error(exc.message)
            return
        self.error.clear_error()
        self.table.setRowCount(len(shown))
        for row, line in enumerate(shown):
            for column, value in enumerate((local_time(line.at, seconds=True), line.who, line.what, line.case)):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.count.setText(self.tr("{count} entries, newest first.").format(count=len(shown)))

    def export(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Export the audit log to…"))
        if folder is None:
            return
        vault, filters = self.vault, self.filters()

        def work(_report: jobs.Progress) -> tuple[Path, int]:  # every entry: off the GUI thread
            return audit_log.export_csv(vault_ops.own(vault), folder, filters)

        def done(result: tuple[Path, int]) -> None:
            target, count = result
            dialogs.inform(
                self,
                self.tr("Audit log"),
                self.tr("{count} entries were written to {target}. The export is recorded in the log.").format(
                    count=count, target=target
                ),
            )
            self.refresh()

        def failed(exc: SaksiError) -> None:
            dialogs.warn(self, self.tr("Audit log"), exc.message)

        vault_ops.query(self, vault, work, done, label=self.tr("Exporting the audit log…"), on_failure=failed)


AUDIT_LIMIT = 2000  # rows on screen; the CSV export has them all


def _day(edit: QDateEdit) -> date:
    """The edit's date (PySide6 types ``QDate.toPython`` as ``object``)."""
    day = edit.date()
    return date(day.year(), day.month(), day.day())
