"""Bar charts drawn with QPainter (PySide6-Essentials has no QtCharts).

The charts never see the true count of a suppressed cell: a ``Bar`` carries what the table
shows ("x") and a value of 0, and is drawn as a short pale stub of fixed size.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.analysis.findings import Cell
from ui.look import ACCENT, MUTED

BAR = QColor(ACCENT)
STUB = QColor("#c5d1d3")  # a suppressed cell: pale, short, the same for every count
GRID = QColor("#d9dfe0")
TEXT = QColor(MUTED)
STUB_SIZE = 8  # pixels, whatever the hidden count


@dataclass(frozen=True)
class Bar:
    label: str  # the category, for tooltips and screen readers; not drawn by the horizontal chart
    shown: str  # what the table shows: "42", "0" or "x"
    value: int  # 0 for a suppressed cell
    suppressed: bool

    @classmethod
    def of(cls, cell: Cell, label: str, k: int) -> Bar:
        return cls(label, cell.shown(k), 0 if cell.suppressed else cell.count, cell.suppressed)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
    return small


class HorizontalBars(QWidget):
    """One bar per table row, lined up with the rows of the table beside it.

    ``scale`` is the count that fills the whole width (the table's base), so a bar's length
    is its share of the cases. The band above the bars (``top`` pixels, level with the
    table's header) carries the scale: 0, 50% and 100%.
    """

    LABEL_ROOM = 44  # room after the longest bar for its count

    def __init__(self, bars: list[Bar], scale: int, row_height: int, top: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars, self.scale = bars, max(scale, 1)
        self.row_height, self.top = row_height, top
        self.setFixedHeight(top + row_height * len(bars) + 2)
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def labels(self) -> list[str]:
        """Every text drawn beside a bar (the counts as shown)."""
        return [b.shown for b in self.bars]

    def _track(self) -> tuple[float, float]:
        left = 8.0
        return left, max(20.0, self.width() - left - self.LABEL_ROOM)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = _small(self.font())
        painter.setFont(small)
        metrics = QFontMetrics(small)
        left, track = self._track()
        bottom = self.top + self.row_height * len(self.bars)
        # the scale: faint lines at 50% and 100%, labelled in the header band
        for share, text in ((0.0, "0"), (0.5, "50%"), (1.0, "100%")):
            x = left + track * share
            painter.setPen(QPen(GRID, 1, Qt.PenStyle.SolidLine if share == 0 else Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(x, self.top), QPointF(x, bottom))
            painter.setPen(TEXT)
            width = metrics.horizontalAdvance(text)
            anchor = x - width / 2 if share else x
            painter.drawText(QPointF(anchor, self.top - (self.top - metrics.ascent()) / 2 - 2), text)
        thickness = max(6.0, self.row_height * 0.55)
        for row, bar in enumerate(self.bars):
            y = self.top + row * self.row_height + (self.row_height - thickness) / 2
            if bar.suppressed:
                length = float(STUB_SIZE)
                painter.fillRect(QRectF(left, y, length, thickness), STUB)
            else:
                length = track * min(bar.value / self.scale, 1.0)
                if bar.value:
                    painter.fillRect(QRectF(left, y, max(length, 2.0), thickness), BAR)
            painter.setPen(TEXT)
            baseline = y + thickness / 2 + metrics.ascent() / 2 - 1
            painter.drawText(QPointF(left + length + 6, baseline), bar.shown)
        painter.end()


class VerticalBars(QWidget):
    """Cases per period as columns; hidden periods are a pale stub marked "x"."""

    def __init__(self, bars: list[Bar], k: int, height: int = 220, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars, self.k = bars, k
        self.setFixedHeight(height)
        self.setMinimumWidth(240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def labels(self) -> list[str]:
        """Every count drawn above a column (as shown)."""
        return [b.shown for b in self.bars]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        small = _small(self.font())
        painter.setFont(small)
        metrics = QFontMetrics(small)
        count = max(len(self.bars), 1)
        left, right = 8.0, float(self.width() - 8)
        base_y = float(self.height() - metrics.height() - 10)
        top_y = float(metrics.height() + 6)
        slot = (right - left) / count
        thickness = min(44.0, slot * 0.62)
        tallest = max([b.value for b in self.bars] + [self.k])
        label_every = 1
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0) + 8
        while slot * label_every < widest and label_every < count:
            label_every += 1
        painter.setPen(QPen(GRID, 1))
        painter.drawLine(QPointF(left, base_y), QPointF(right, base_y))
        for index, bar in enumerate(self.bars):
            centre = left + slot * (index + 0.5)
            x = centre - thickness / 2
            if bar.suppressed:
                height = float(STUB_SIZE)
                painter.fillRect(QRectF(x, base_y - height, thickness, height), STUB)
            else:
                height = (base_y - top_y) * bar.value / tallest
                if bar.value:
                    painter.fillRect(QRectF(x, base_y - height, thickness, max(height, 2.0)), BAR)
            painter.setPen(TEXT)
            shown_width = metrics.horizontalAdvance(bar.shown)
            painter.drawText(QPointF(centre - shown_width / 2, base_y - height - 5), bar.shown)
            if index % label_every == 0:
                width = metrics.horizontalAdvance(bar.label)
                painter.drawText(QPointF(centre - width / 2, base_y + metrics.ascent() + 6), bar.label)
        painter.end()
