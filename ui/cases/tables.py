"""A read-only table of plain strings, sized to its rows, for the case page tabs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

OK_GREEN = "#2e6b34"
WARN_AMBER = "#8a5a00"


class Table(QTableWidget):
    def __init__(self, headers: list[str], stretch: int = -1, fit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.fit = fit
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(stretch < 0)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: list[list[str]], keys: list[str] | None = None) -> None:
        """Fill with ``rows``; ``keys`` (ids) are kept in column 0 for ``selected_key``."""
        self.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if keys is not None and c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, keys[r])
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        if self.fit:
            self._fit()

    def colour(self, row: int, column: int, colour: str, bold: bool = False) -> None:
        item = self.item(row, column)
        if item is None:
            return
        item.setForeground(QBrush(QColor(colour)))
        if bold:
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)

    def selected_key(self) -> str | None:
        rows = {index.row() for index in self.selectedIndexes()}
        if not rows:
            return None
        item = self.item(min(rows), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_key(self, key: str) -> None:
        for row in range(self.rowCount()):
            item = self.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == key:
                self.selectRow(row)

    def _fit(self) -> None:
        height = self.horizontalHeader().sizeHint().height() + 2 * self.frameWidth() + 2
        height += sum(self.rowHeight(r) for r in range(self.rowCount())) or self.verticalHeader().defaultSectionSize()
        self.setFixedHeight(height)
