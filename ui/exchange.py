"""The exchange folder: the folder Syncthing shares with partner offices, what waits in this office's inbox,
and importing it. Reading and importing packages run off the GUI thread (ui/jobs.py) on the job's own
connection, so a large package never freezes the window; see app/referral/exchange.py and docs/office-exchange.md.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
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

from app.common.display import marked
from app.referral import exchange
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.widgets import ErrorLabel, label


class ExchangeDialog(QDialog):
    """Choose the shared folder, see what is waiting, import it."""

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.changed = False
        self.waiting: list[exchange.Waiting] = []
        self.setWindowTitle(self.tr("Exchange folder"))
        self.folder_label = label(wrap=True)
        self.choose_button = QPushButton(self.tr("Choose the shared folder…"))
        self.choose_button.clicked.connect(self.choose)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Package"), self.tr("Size"), self.tr("Status")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sent_label = label(role="muted")
        self.result_label = label()
        self.error = ErrorLabel()
        self.refresh_button = QPushButton(self.tr("Look again"))
        self.refresh_button.clicked.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Import waiting packages"))
        self.import_button.setObjectName("primary")
        self.import_button.clicked.connect(self.import_waiting)
        form = QFormLayout()
        form.addRow(self.tr("Shared folder:"), self.folder_label)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addStretch(1)
        form.addRow("", choose_row)
        help_text = self.tr(
            "Share one folder with each partner office in Syncthing (never the vault). Saksi puts packages for a"
            " partner in its inbox there and imports what partners put in this office's inbox. Packages from an"
            " office that is not a recorded partner are left there and listed."
        )
        layout = QVBoxLayout(self)
        layout.addWidget(label(help_text, "muted"))
        layout.addLayout(form)
        layout.addWidget(label(self.tr("In this office's inbox:")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sent_label)
        row = QHBoxLayout()
        row.addWidget(self.refresh_button)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.refresh()

    def folder(self) -> Path | None:
        return vault_ops.now(self.vault, exchange.configured_folder)

    def choose(self) -> None:
        current = self.folder()
        chosen = dialogs.choose_folder(self, self.tr("The folder shared with partners"), str(current or ""))
        if chosen is not None:
            self.set_folder(chosen)

    def set_folder(self, folder: Path) -> None:
        try:
            vault_ops.now(self.vault, lambda v: exchange.set_folder(v, folder))
        except SaksiError as exc:
            self.error.show_error(exc.message)
            return
        self.error.show_error("")
        self.refresh()

    def refresh(self) -> None:
        folder = self.folder()
        self.folder_label.setText(str(folder) if folder else self.tr("None chosen yet."))
        self.import_button.setEnabled(folder is not None)
        self.refresh_button.setEnabled(folder is not None)
        if folder is None or not folder.is_dir():
            self.table.setRowCount(0)
            self.sent_label.setText("")
            if folder is not None:
                self.error.show_error(self.tr("The shared folder {folder} is not there.").format(folder=str(folder)))
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> tuple[list[exchange.Waiting], list[tuple[str, int]]]:
            own = vault_ops.own(vault)  # every package is read to know it: off the GUI thread
            return exchange.waiting(own, folder), exchange.sent(own, folder)

        self.import_button.setEnabled(False)
        self.refresh_button.setEnabled(False)
        vault_ops.query(
            self, vault, work, self._listed, label=self.tr("Looking in the shared folder…"), on_failure=self._not_listed
        )

    def _listed(self, found: tuple[list[exchange.Waiting], list[tuple[str, int]]]) -> None:
        self.waiting, partners = found
        self.import_button.setEnabled(True)
        self.refresh_button.setEnabled(True)
        self.table.setRowCount(len(self.waiting))
        for row, package in enumerate(self.waiting):
            status = self.tr("imported before") if package.seen else self.tr("waiting")
            cells = (marked(package.name), self.tr("{size} KB").format(size=max(1, package.size // 1024)), status)
            for column, value in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(value))
        sent = [
            self.tr("{partner}: {count} package(s)").format(partner=marked(name), count=count)
            for name, count in partners
        ]
        self.sent_label.setText(self.tr("Sent and in partners' inboxes: {list}").format(list="; ".join(sent) or "-"))

    def _not_listed(self, error: SaksiError) -> None:
        self.refresh_button.setEnabled(True)
        self.error.show_error(error.message)

    def import_waiting(self) -> None:
        folder = self.folder()
        if folder is None:
            return
        vault = self.vault

        def work(report: jobs.Progress) -> exchange.SyncReport:
            clone = vault_ops.own(vault)  # the job's own connection: the GUI keeps the vault's
            try:
                return exchange.sync(clone, folder, report)
            finally:
                clone.close()

        vault_ops.write(
            self, vault, work, self._imported, label=self.tr("Importing packages…"), on_failure=self._failed
        )

    def _imported(self, report: exchange.SyncReport) -> None:
        self.changed = self.changed or bool(report.imported)
        lines = [
            self.tr("{imported} imported, {left} left, {seen} seen before.").format(
                imported=len(report.imported), left=len(report.skipped), seen=report.already
            )
        ]
        for name, result in report.imported:
            lines.append(
                self.tr("{file}: {reference}, {taken} change(s) taken, {conflicts} conflict(s)").format(
                    file=marked(name), reference=result.reference, taken=result.taken, conflicts=result.conflicts
                )
            )
        lines += [self.tr("{file} left: {why}").format(file=marked(name), why=why) for name, why in report.skipped]
        self.result_label.setText("\n".join(lines))
        self.error.show_error("")
        self.refresh()

    def _failed(self, error: SaksiError) -> None:
        self.error.show_error(error.message)
        self.refresh()
