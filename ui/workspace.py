"""The unlocked vault: a sidebar of areas and their pages. Built on unlock, destroyed on lock,
so no widget keeps case content while the vault is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QStackedWidget, QVBoxLayout, QWidget

from app.settings import Settings
from storage.vault import Vault
from ui.settings_page import SettingsPage
from ui.widgets import label


class PlaceholderPage(QWidget):
    """An area that a later version fills in; it says so plainly and shows nothing made up."""

    def __init__(self, title: str, purpose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(label(title, "heading"))
        layout.addSpacing(8)
        layout.addWidget(label(self.tr("This area arrives in a later version of Saksi.")))
        layout.addWidget(label(purpose, "muted"))
        layout.addStretch(1)


class Workspace(QWidget):
    AREAS = ("cases", "evidence", "deadlines", "reports", "settings")

    def __init__(self, vault: Vault, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        self.sidebar.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.pages = QStackedWidget()
        self.settings_page = SettingsPage(vault, settings)
        placeholders = [
            (
                self.tr("Cases"),
                self.tr("Case files: the client's account recorded once, facts, charges and the people involved."),
            ),
            (
                self.tr("Evidence"),
                self.tr("Screenshots, chats, documents and recordings, kept unchanged with their chain of custody."),
            ),
            (self.tr("Deadlines"), self.tr("Hearings, detention reviews and filing deadlines, with reminders.")),
            (self.tr("Reports"), self.tr("Filings, findings and anonymised statistics drawn from the case files.")),
        ]
        for title, purpose in placeholders:
            self.sidebar.addItem(title)
            self.pages.addWidget(PlaceholderPage(title, purpose))
        self.sidebar.addItem(self.tr("Settings"))
        self.pages.addWidget(self.settings_page)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)

    def show_area(self, area: str) -> None:
        self.sidebar.setCurrentRow(self.AREAS.index(area))

    def current_area(self) -> str:
        return self.AREAS[self.sidebar.currentRow()]
