"""The case list as a Qt model: rows come from SQL a page at a time, sorted by SQL.

10,000 cases stay fast because the view only ever holds the pages scrolled through:
``canFetchMore``/``fetchMore`` ask ``CaseFiles.find`` for the next 200 rows.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.cases import vocab
from app.cases.case_files import CaseFiles
from app.common.display import marked
from storage.cases import CaseRow, Filters
from ui.cases import text
from ui.cases.fields import QT_TRANSLATE_NOOP
from ui.look import ERROR

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context

PAGE = 200
Index = QModelIndex | QPersistentModelIndex

# (sort key in storage.cases.SORT_COLUMNS, header)
COLUMNS = (
    ("reference", QT_TRANSLATE_NOOP("CaseList", "Reference")),
    ("client", QT_TRANSLATE_NOOP("CaseList", "Client")),
    ("status", QT_TRANSLATE_NOOP("CaseList", "Status")),
    ("nationality", QT_TRANSLATE_NOOP("CaseList", "Nationality")),
    ("lawyer", QT_TRANSLATE_NOOP("CaseList", "Lawyer")),
    ("detention", QT_TRANSLATE_NOOP("CaseList", "Detention")),
    ("next_deadline", QT_TRANSLATE_NOOP("CaseList", "Next deadline")),
)
REFERENCE_ROLE = Qt.ItemDataRole.UserRole


class CaseListModel(QAbstractTableModel):
    def __init__(self, files: CaseFiles, parent: Any = None) -> None:
        super().__init__(parent)
        self.files = files
        self.filters = Filters()
        self.sort_key, self.descending = "reference", False
        self.rows: list[CaseRow] = []
        self.total = 0
        self.today = date.today().isoformat()
        self._load_first_page()

    # ---- loading
    def _load_first_page(self) -> None:
        self.total = self.files.count(self.filters)
        self.rows = self._page(0)

    def _page(self, offset: int) -> list[CaseRow]:
        return self.files.find(self.filters, sort=self.sort_key, descending=self.descending, limit=PAGE, offset=offset)

    def reset(self) -> None:
        """Read again from the first page (after a save, or when filters or sorting change)."""
        self.beginResetModel()
        self.today = date.today().isoformat()
        self._load_first_page()
        self.endResetModel()

    def set_filters(self, filters: Filters) -> None:
        self.filters = filters
        self.reset()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        more = self._page(len(self.rows))
        if not more:  # the vault changed under us: stop asking
            self.total = len(self.rows)
            return
        start = len(self.rows)
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key, descending = COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reset()

    # ---- the model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return QCoreApplication.translate("CaseList", COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, COLUMNS[index.column()][0])
        if role == REFERENCE_ROLE:
            return row.reference
        if role == Qt.ItemDataRole.ForegroundRole and self._urgent(row, COLUMNS[index.column()][0]):
            return QBrush(QColor(ERROR))
        return None

    def _display(self, row: CaseRow, key: str) -> str:
        if key == "reference":
            return row.reference
        if key == "client":
            return marked(row.client_name)
        if key == "status":
            return text.term(vocab.CASE_STATUS, row.status)
        if key == "nationality":
            return text.country(row.nationality)
        if key == "lawyer":
            return row.lawyer
        if key == "detention":
            return translate("CaseList", "Detained") if row.in_detention else ""
        due = row.next_deadline or ""
        if due and due < self.today:
            return translate("CaseList", "{date} (overdue)").format(date=text.medium_date(due))
        return text.medium_date(due)

    def _urgent(self, row: CaseRow, key: str) -> bool:
        if key == "detention":
            return row.in_detention
        return key == "next_deadline" and bool(row.next_deadline) and (row.next_deadline or "") < self.today

    def reference_at(self, row: int) -> str:
        return self.rows[row].reference
