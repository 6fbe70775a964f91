"""The proof matrix: one row per element of the chosen frameworks, grouped (act / means / purpose,
the ILO indicators, the ILO-EC dimensions), with its state as a coloured chip that also says the
state in words, the facts and exhibits behind it, and what could corroborate it."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.analysis.elements import NOT_ADDRESSED, Row
from ui.analysis.marks import STATE_COLOURS, state_name, strength_name, tr
from ui.i18n import QT_TRANSLATE_NOOP

ELEMENT, STATE, FACTS, EXHIBITS, GAP = range(5)
COLUMNS = 5
StateRole = Qt.ItemDataRole.UserRole + 1  # the state code of an element row ("" for a group heading)
ElementRole = Qt.ItemDataRole.UserRole + 2  # the element id ("" for a group heading)

# Short names for the group headings of the shipped frameworks; others use their title.
SHORT_NAMES = {
    "palermo": QT_TRANSLATE_NOOP("Analysis", "Palermo Protocol art. 3"),
    "ilo-indicators": QT_TRANSLATE_NOOP("Analysis", "ILO indicators of forced labour"),
    "ilo-ec": QT_TRANSLATE_NOOP("Analysis", "ILO-EC indicators"),
}


@dataclass
class Entry:
    heading: str = ""  # a group heading row when set
    row: Row | None = None


def exhibit_order(label: str) -> tuple[int, ...]:
    """E-2 before E-10, E-3 before E-3.1."""
    return tuple(int(p) for p in re.findall(r"\d+", label)) or (0,)


def framework_name(framework: Any) -> str:
    short = SHORT_NAMES.get(framework.id)
    return tr(short) if short else framework.title.split(" (")[0]


def grouped(rows: list[Row], library: Any) -> list[Entry]:
    """Rows under their group headings, in the framework's own group order."""
    entries: list[Entry] = []
    seen: list[str] = []
    for row in rows:
        if row.element.framework not in seen:
            seen.append(row.element.framework)
    for framework_id in seen:
        framework = library.framework(framework_id)
        mine = [r for r in rows if r.element.framework == framework_id]
        order = [g.id for g in framework.groups]
        order += [r.element.group for r in mine if r.element.group not in order]
        labels = {g.id: g.label for g in framework.groups}
        for group in order:
            members = [r for r in mine if r.element.group == group]
            if not members:
                continue
            name = framework_name(framework)
            heading = name if len(framework.groups) <= 1 else f"{name} · {labels.get(group, group)}"
            entries.append(Entry(heading=heading))
            entries.extend(Entry(row=r) for r in members)
    return entries


class MatrixModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = []
        self.labels: dict[str, str] = {}  # evidence item id -> "E-3"
        self._titles = [
            tr("Element"),
            tr("State"),
            tr("Supporting facts"),
            tr("Exhibits"),
            tr("What could corroborate"),
        ]

    def set_rows(self, entries: list[Entry], labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self.labels = entries, labels
        self.endResetModel()

    def row_at(self, row: int) -> Row | None:
        return self.entries[row].row if 0 <= row < len(self.entries) else None

    def row_of(self, element_id: str) -> int:
        return next((i for i, e in enumerate(self.entries) if e.row and e.row.element.id == element_id), -1)

    def headings(self) -> list[int]:
        return [i for i, e in enumerate(self.entries) if e.row is None]

    # ---- Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < COLUMNS:
            return self._titles[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()].row is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        entry, column = self.entries[index.row()], index.column()
        if entry.row is None:
            return self._heading_data(entry.heading, column, role)
        row = entry.row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column, tooltip=role == Qt.ItemDataRole.ToolTipRole)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column, tooltip=True)
        if role == StateRole:
            return row.state
        if role == ElementRole:
            return row.element.id
        if role == Qt.ItemDataRole.ForegroundRole and column == GAP:
            return QBrush(QColor("#5b6166"))
        return None

    def _heading_data(self, heading: str, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return heading if column == 0 else ""
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor("#e9eef0"))
        if role in (StateRole, ElementRole):
            return ""
        return None

    def _text(self, row: Row, column: int, tooltip: bool) -> str:
        element = row.element
        if column == ELEMENT:
            name: str = element.label
            if element.strength:
                name += " · " + strength_name(element.strength)
            if tooltip and element.description:
                name += "\n\n" + element.description
            return name
        if column == STATE:
            return state_name(row.state)
        if column == FACTS:
            return self._facts_text(row, tooltip)
        if column == EXHIBITS:
            return ", ".join(sorted((self.labels.get(i, "?") for i in row.exhibits), key=exhibit_order))
        if column == GAP:
            return ("\n" if tooltip else "; ").join(row.gap)
        return ""

    def _facts_text(self, row: Row, tooltip: bool) -> str:
        if tooltip:
            lines = [f"- {f.statement}" for f in row.facts]
            if row.disputing:
                lines += ["", tr("Disputed by:"), *(f"- {f.statement}" for f in row.disputing)]
            return "\n".join(lines)
        parts = []
        if len(row.facts) == 1:
            parts.append(row.facts[0].statement)
        elif row.facts:
            parts.append(tr("{count} facts: {first}").format(count=len(row.facts), first=row.facts[0].statement))
        if row.disputing:
            parts.insert(0, tr("{count} disputing").format(count=len(row.disputing)))
        return " · ".join(parts) if parts else "—"


class StateDelegate(QStyledItemDelegate):
    """Paints the state as a rounded chip in the state's colour, with the state's name inside."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        state = index.data(StateRole)
        if not state:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        background, colour = STATE_COLOURS.get(state, STATE_COLOURS[NOT_ADDRESSED])
        text = state_name(state)
        metrics = opt.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 18, opt.rect.width() - 8)
        height = metrics.height() + 4
        chip = QRect(opt.rect.left() + 4, opt.rect.center().y() - height // 2, width, height)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(chip, height / 2, height / 2)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 24, size.height() + 6)


class MatrixView(QTableView):
    def __init__(self, model: MatrixModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setItemDelegateForColumn(STATE, StateDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 12)
        self.setShowGrid(False)
        self.setAlternatingRowColors(False)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor("#d6e4e6"))
        palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#111111"))
        self.setPalette(palette)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the columns share the width
        self._fit_columns()
        model.modelReset.connect(self._spans)

    def _fit_columns(self) -> None:
        """Share the width so every heading shows whole, the last one too: State and Exhibits as wide as their
        heading or chip needs, the rest split between element, facts and what could corroborate."""
        header = self.horizontalHeader()
        room = max(self.viewport().width(), 480)
        fixed = {c: max(header.sectionSizeHint(c), 80) for c in (STATE, EXHIBITS)}
        fixed[STATE] = max(fixed[STATE], self.fontMetrics().horizontalAdvance(state_name(NOT_ADDRESSED)) + 40)
        rest = room - sum(fixed.values())
        gap = max(header.sectionSizeHint(GAP), rest * 3 // 10)
        for column, width in ((ELEMENT, (rest - gap) * 5 // 9), (FACTS, (rest - gap) * 4 // 9), *fixed.items()):
            self.setColumnWidth(column, max(width, 60))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _spans(self) -> None:
        self.clearSpans()
        model = self.model()
        assert isinstance(model, MatrixModel)
        for row in model.headings():
            self.setSpan(row, 0, 1, COLUMNS)
