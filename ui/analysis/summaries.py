"""The summaries (Palermo act/means/purpose, ILO indicators, ILO-EC dimensions) with their caveat:
they inform the lawyer's judgement and are never a legal determination."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.analysis.marks import marked_html, tr
from ui.widgets import label


def rich(text: str) -> QLabel:
    widget = QLabel(marked_html(text))
    widget.setTextFormat(Qt.TextFormat.RichText)
    widget.setWordWrap(True)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


class SummariesPanel(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.boxes: list[QGroupBox] = []
        self._body = QWidget()
        self._layout = QVBoxLayout(self._body)
        self._layout.addWidget(
            label(
                tr(
                    "What the tagged facts add up to under each framework. These summaries inform your judgement; "
                    "none of them decides whether the client is a victim."
                ),
                "muted",
            )
        )
        self._layout.addStretch(1)
        self.setWidget(self._body)

    def show_summaries(self, summaries: list[Any]) -> None:
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for position, summary in enumerate(summaries, start=1):
            box = QGroupBox(summary.title)
            inner = QVBoxLayout(box)
            for line in summary.lines:
                inner.addWidget(rich(line))
            caveat = label(summary.caveat, "muted")
            caveat.setStyleSheet("font-style: italic;")
            inner.addWidget(caveat)
            self._layout.insertWidget(position, box)
            self.boxes.append(box)

    def text(self) -> str:
        """Everything shown, as plain text (for tests and accessibility checks)."""
        parts = []
        for box in self.boxes:
            parts.append(box.title())
            parts += [w.text() for w in box.findChildren(QLabel)]
        return "\n".join(parts)
