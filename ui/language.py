"""The interface language chooser, on the welcome page and in Settings.

Each language is named in its own script, so a Khmer speaker finds "ខ្មែរ" on an English screen.
Choosing one emits ``chosen``; the main window saves it, installs it and rebuilds its pages at once.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QSizePolicy, QWidget

from ui import i18n

BILINGUAL_LABEL = "ភាសា · Language:"  # the welcome page's, readable whichever language is on screen


class LanguageChooser(QWidget):
    chosen = Signal(str)  # a code of i18n.LANGUAGES

    def __init__(self, setting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setObjectName("language")
        for code, name in i18n.LANGUAGES.items():
            self.combo.addItem(name, code)
        self.combo.setCurrentIndex(self.combo.findData(i18n.effective(setting)))
        self.combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.combo.activated.connect(self._activated)  # the person's choice only, not setCurrentIndex
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.combo)
        row.addStretch(1)

    def current(self) -> str:
        return str(self.combo.currentData())

    def select(self, code: str) -> None:
        """Show ``code`` as the current choice without choosing it."""
        self.combo.setCurrentIndex(self.combo.findData(code))

    def choose(self, code: str) -> None:
        """Choose ``code`` as a person would."""
        self.select(code)
        self._activated(self.combo.currentIndex())

    def _activated(self, _index: int) -> None:
        self.chosen.emit(self.current())
