"""The sidebar's Evidence area: choose a case, see its Evidence tab; verify every stored file."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.common.display import marked
from storage.cases import Filters
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.evidence.common import thread_locker
from ui.evidence.tab import EvidenceTab
from ui.widgets import label

CASE_LIMIT = 200  # the picker lists this many matches; the search narrows them


class EvidenceArea(QWidget):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.files = vault_ops.case_files(vault)
        self.tab: EvidenceTab | None = None
        self.find_field = QLineEdit()
        self.find_field.setPlaceholderText(self.tr("Find a case"))
        self.find_field.setToolTip(self.tr("Type part of a reference or of the client's name"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMaximumWidth(220)
        self.cases = QComboBox()
        self.cases.setMinimumWidth(320)
        self.verify_button = QPushButton(self.tr("Verify all evidence"))
        self.verify_button.setToolTip(self.tr("Re-read every stored file and compare it with its SHA-256"))
        self.status = label(role="muted")
        self._find_timer = QTimer(self)
        self._find_timer.setSingleShot(True)
        self._find_timer.setInterval(250)
        self._find_timer.timeout.connect(self.reload_cases)
        self.find_field.textChanged.connect(lambda _text: self._find_timer.start())
        self.cases.activated.connect(lambda _row: self.show_case(self.cases.currentData() or ""))
        self.verify_button.clicked.connect(self.verify_all)
        self.stack = QStackedWidget()
        self.placeholder = label(self.tr("Choose a case to see its evidence."), "muted")
        self.stack.addWidget(self.placeholder)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Evidence"), "heading", wrap=False))
        top.addSpacing(16)
        top.addWidget(self.find_field)
        top.addWidget(self.cases, 1)
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.stack, 1)
        self.status.hide()
        self.reload_cases()
        vault_ops.refresh_on(self, vault, vault_ops.CASES, self.reload_cases)  # the picker lists the cases

    def reload_cases(self) -> None:
        """Refill the picker (cases may have been added in the Cases area), keeping the shown case."""
        if not self.vault.is_open:  # a timer that fired after Lock
            return
        shown = self.tab.reference if self.tab else ""
        rows = self.files.find(Filters(search=self.find_field.text().strip()), limit=CASE_LIMIT)
        self.cases.blockSignals(True)
        self.cases.clear()
        self.cases.addItem(self.tr("— choose a case —"), "")
        for row in rows:
            self.cases.addItem(f"{row.reference}   {marked(row.client_name)}", row.reference)
        self.cases.setCurrentIndex(max(0, self.cases.findData(shown)))
        self.cases.blockSignals(False)
        if len(rows) == 1 and self.find_field.text().strip():
            self.show_case(rows[0].reference)

    def show_case(self, reference: str) -> None:
        if self.tab is not None and self.tab.reference == reference:
            return
        if self.tab is not None:
            self.tab.save_pending()
            self.stack.removeWidget(self.tab)
            self.tab.deleteLater()
            self.tab = None
        if reference:
            self.tab = EvidenceTab(self.vault, reference)
            self.stack.addWidget(self.tab)
            self.stack.setCurrentWidget(self.tab)
            index = self.cases.findData(reference)
            if index >= 0:
                self.cases.setCurrentIndex(index)
        else:
            self.stack.setCurrentWidget(self.placeholder)

    def save_pending(self) -> None:
        """Save typed transcription/translation before Lock (connect to the window's about_to_lock)."""
        if self.tab is not None:
            self.tab.save_pending()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_cases()

    def verify_all(self) -> None:
        vault = self.vault
        counted: list[int] = [0]

        def work(report: jobs.Progress) -> list[str]:
            def progress(done: int, total: int) -> None:
                counted[0] = total
                report(done, total)

            with thread_locker(vault) as locker:
                return locker.verify_all(progress)

        vault_ops.write(
            self,
            vault,
            work,
            lambda problems: self._verified(problems, counted[0]),
            label=self.tr("Checking every stored file…"),
        )

    def _verified(self, problems: list[str], count: int) -> None:
        stamp = datetime.now().strftime("%H:%M")
        if not problems:
            text = self.tr("Checked at {time}: all {count} stored file(s) match their SHA-256.").format(
                time=stamp, count=count
            )
            self.status.setText(text)
            self.status.show()
            dialogs.inform(self, self.tr("Verify all evidence"), text)
            return
        text = self.tr("Checked at {time}: {bad} file(s) do not match their SHA-256.").format(
            time=stamp, bad=len(problems)
        )
        self.status.setText(text)
        self.status.show()
        advice = self.tr("Restore the vault from a backup, and keep this damaged copy for inspection.")
        dialogs.warn(self, self.tr("Verify all evidence"), "\n".join([text, "", *problems, "", advice]))
