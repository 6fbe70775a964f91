"""The unlocked vault: a sidebar of areas and their pages. Built on unlock, destroyed on lock,
so no widget keeps case content while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from app.common.settings import Settings
from app.evidence.chat_upgrade import catch_up, needs_catch_up
from storage.vault import Vault
from ui import jobs, vault_ops
from ui.cases.area import CasesArea
from ui.cases.deadlines import DeadlinesArea
from ui.evidence.area import EvidenceArea
from ui.integrity import banner_text
from ui.recruiters import RecruitersArea
from ui.reports.area import ReportsArea
from ui.settings_page import SettingsPage


class Workspace(QWidget):
    AREAS = ("cases", "evidence", "deadlines", "reports", "recruiters", "settings")

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        self.settings_page = SettingsPage(vault, settings)
        self.cases_area = CasesArea(vault)
        self.evidence_area = EvidenceArea(vault)
        self.deadlines_area = DeadlinesArea(vault)
        self.reports_area = ReportsArea(vault)
        self.recruiters_area = RecruitersArea(vault)
        self.deadlines_area.open_case_requested.connect(self.open_case)
        self.recruiters_area.open_case_requested.connect(self.open_case)
        self.recruiters_area.open_exhibit_requested.connect(self.open_exhibit)
        for title, page in (
            (self.tr("Cases"), self.cases_area),
            (self.tr("Evidence"), self.evidence_area),
            (self.tr("Deadlines"), self.deadlines_area),
            (self.tr("Reports"), self.reports_area),
            (self.tr("Recruiters"), self.recruiters_area),
        ):
            self.sidebar.addItem(title)
            self.pages.addWidget(page)
        self.sidebar.addItem(self.tr("Settings"))
        self.pages.addWidget(self.settings_page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        # A damaged vault (read-only), or a full or read-only disk: said above everything, never hidden.
        self.banner = QLabel()
        self.banner.setObjectName("alert")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.banner.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        layout = QHBoxLayout()
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        outer.addLayout(layout, 1)
        self.vault = vault
        self.settings_page.verified.connect(self.show_integrity)
        self.show_integrity()
        QTimer.singleShot(0, self, self.catch_up)  # once the window shows: its progress dialog has a parent

    def show_integrity(self) -> None:
        """Show (or hide) the banner for the vault's state now: after unlock and after each check."""
        text = banner_text(self.vault)
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def catch_up(self) -> None:
        """Once after an upgrade: chat exports imported before Saksi read chats are read as chats and the
        identifier index is built, on a worker with progress (the workspace waits for it: it rewrites what
        the areas show). A new vault, or one already caught up, costs two reads here."""
        vault_ops.when_connected(self.vault, self._catch_up)  # not while a rotation has the connection closed

    def _catch_up(self) -> None:
        vault = self.vault
        if not vault.is_open or vault.read_only is not None or not vault_ops.now(vault, needs_catch_up):
            return

        def work(report: jobs.Progress) -> bool:
            own = vault_ops.own(vault)
            try:
                return catch_up(own, report)
            finally:
                own.close()

        def done(_ran: bool) -> None:
            """The areas refresh from the write's Changes (everything: it rewrites what they show)."""

        vault_ops.write(
            self, vault, work, done, label=self.tr("Reading chat exports and identifiers kept by an earlier version…")
        )

    def open_case(self, reference: str) -> None:
        self.show_area("cases")
        self.cases_area.open_case(reference)

    def open_exhibit(self, reference: str, exhibit: str, message: int) -> None:
        """A source of an identifier: the exhibit in its case's Evidence tab, a chat opened at the message."""
        self.show_area("evidence")
        self.evidence_area.show_case(reference)
        tab = self.evidence_area.tab
        if tab is None:
            return
        item = next((i for i in tab.items() if i.label == exhibit), None)
        if item is not None:
            tab.select_item(item.id)
            if item.kind == "chat":
                tab.open_viewer(item, select_message=message)

    def flush(self) -> None:
        """Save what is being typed (interview, notes, exhibit text) while the key is still there."""
        self.cases_area.flush()
        self.evidence_area.save_pending()

    def show_area(self, area: str) -> None:
        self.sidebar.setCurrentRow(self.AREAS.index(area))

    def current_area(self) -> str:
        return self.AREAS[self.sidebar.currentRow()]
