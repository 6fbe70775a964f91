"""The first screen: create a vault, open one, or pick a recent one (paths only, never case data)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from app.common.settings import Settings
from ui import dialogs
from ui.language import BILINGUAL_LABEL, LanguageChooser
from ui.widgets import label

PATH_ROLE = Qt.ItemDataRole.UserRole
MAX_VISIBLE_RECENT = 6


class WelcomePage(QWidget):
    create_requested = Signal()
    open_requested = Signal(object)  # Path
    language_chosen = Signal(str)

    def __init__(self, language: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = LanguageChooser(language)
        self.language.chosen.connect(self.language_chosen)
        self.create_button = QPushButton(self.tr("Create a vault…"))
        self.create_button.setObjectName("primary")
        self.open_button = QPushButton(self.tr("Open a vault…"))
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        self.restore_button.clicked.connect(self.restore_backup)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent_title = label(self.tr("Recent vaults"), "subheading")
        self.create_button.clicked.connect(self.create_requested)
        self.open_button.clicked.connect(self.choose_vault)
        self.recent.itemActivated.connect(self._open_item)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(label(self.tr("Saksi"), "heading"))
        column.addWidget(
            label(
                self.tr(
                    "Case files for people trafficked into scam compounds, kept encrypted on this computer. "
                    "Nothing is sent anywhere."
                ),
                "muted",
            )
        )
        column.addSpacing(24)
        column.addLayout(buttons)
        column.addSpacing(24)
        column.addWidget(self.recent_title)
        column.addWidget(self.recent)
        column.addStretch(2)
        chooser = QHBoxLayout()
        chooser.addWidget(label(BILINGUAL_LABEL, "muted", wrap=False))
        chooser.addWidget(self.language, 1)
        column.addLayout(chooser)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(column, 3)
        outer.addStretch(1)

    def refresh(self, settings: Settings) -> None:
        """List the recent vaults; ones not found (a USB stick not plugged in) are shown but disabled."""
        self.recent.clear()
        for text in settings.recent_vaults:
            path = Path(text)
            present = (path / "keys.json").is_file()
            item = QListWidgetItem(text if present else self.tr("{path} (not found)").format(path=text))
            item.setData(PATH_ROLE, text)
            if not present:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(self.tr("Not found. Is the USB stick or drive with this vault plugged in?"))
            self.recent.addItem(item)
        has_recent = bool(settings.recent_vaults)
        self.recent.setVisible(has_recent)
        self.recent_title.setVisible(has_recent)
        if has_recent:
            self.recent.setCurrentRow(0)
            rows = min(self.recent.count(), MAX_VISIBLE_RECENT)
            frame = 2 * self.recent.frameWidth()
            self.recent.setFixedHeight((self.recent.sizeHintForRow(0) + 2) * rows + frame + 8)

    def choose_vault(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose a vault folder (NAME.saksi)"))
        if chosen is not None:
            self.open_requested.emit(chosen)

    def restore_backup(self) -> None:
        from ui.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self)
        dialogs.run(dialog)
        restored = dialog.restored
        dialog.deleteLater()
        if restored is not None:
            self.open_requested.emit(restored)

    def _open_item(self, item: QListWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.open_requested.emit(Path(item.data(PATH_ROLE)))
