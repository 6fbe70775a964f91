"""Deadlines across all cases: overdue first (in red), the next 7 days highlighted; and the
one-sentence notice shown after unlocking."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QTableWidgetItem, QVBoxLayout, QWidget

from app.cases import vocab
from storage.cases import DeadlineRow
from storage.vault import Vault
from ui import vault_ops
from ui.cases import text
from ui.cases.tables import Table
from ui.look import ERROR, MUTED
from ui.widgets import label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context

SOON_DAYS = 7
SOON_BACKGROUND = "#fbf0d9"  # a soft amber: noticed, not alarming
NOTICE_LIMIT = 5


def _notice_item(row: DeadlineRow, today: date) -> str:
    item = translate("Deadlines", "{reference} {what} on {date}").format(
        reference=row.reference,
        what=row.title or text.term(vocab.DEADLINE_KINDS, row.kind),
        date=text.short_date(row.due_on),
    )
    return item + (" " + translate("Deadlines", "(overdue)") if row.due_on < today.isoformat() else "")


def upcoming_notice(vault: Vault, today: date | None = None) -> str:
    """'3 deadlines in the next 7 days: KH-2026-0004 Detention review on 3 Dec, ...', or "" when none."""
    today = today or date.today()
    rows = vault_ops.case_files(vault).upcoming(SOON_DAYS, today)
    if not rows:
        return ""
    overdue = sum(1 for r in rows if r.due_on < today.isoformat())
    soon = len(rows) - overdue
    # Two forms rather than "%n deadline(s)": Khmer has no plural, English reads better this way.
    parts = []
    if overdue:
        parts.append(
            translate("Deadlines", "1 deadline overdue")
            if overdue == 1
            else translate("Deadlines", "{count} deadlines overdue").format(count=overdue)
        )
    if soon:
        parts.append(
            translate("Deadlines", "1 deadline in the next 7 days")
            if soon == 1
            else translate("Deadlines", "{count} deadlines in the next 7 days").format(count=soon)
        )
    listed = [_notice_item(r, today) for r in rows[:NOTICE_LIMIT]]
    if len(rows) > NOTICE_LIMIT:
        listed.append(translate("Deadlines", "and {count} more").format(count=len(rows) - NOTICE_LIMIT))
    return translate("Deadlines", "{summary}: {items}.").format(
        summary=translate("Deadlines", " and ").join(parts), items=", ".join(listed)
    )


class DeadlinesArea(QWidget):
    """Every open deadline of every case, soonest first; double-click (or Enter) opens the case."""

    open_case_requested = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.files = vault_ops.case_files(vault)
        self.rows: list[DeadlineRow] = []
        self.summary = label(role="subheading")
        self.show_done = QCheckBox(self.tr("Show done"))
        self.show_done.toggled.connect(self.refresh)
        self.table = Table(
            [self.tr("Date"), self.tr("When"), self.tr("Case"), self.tr("Client"), self.tr("What"), self.tr("Kind")],
            stretch=4,
            fit=False,
        )
        self.table.activated.connect(self._activated)
        self.empty = label(self.tr("No deadlines. Add them on a case's Deadlines tab."), "muted")
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Deadlines"), "heading", wrap=False))
        top.addStretch(1)
        top.addWidget(self.show_done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(
            label(
                self.tr(
                    "Overdue deadlines are in red, the next 7 days are highlighted. Double-click to open the case."
                ),
                "muted",
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        today = date.today()
        rows = self.files.deadlines(include_done=self.show_done.isChecked())
        # Open ones first (overdue at the top, as they sort first by date); done ones after.
        self.rows = sorted(rows, key=lambda r: (r.done, r.due_on, r.reference))
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self._fill(index, row, today)
        self.table.resizeRowsToContents()
        self.empty.setVisible(not self.rows)
        self.summary.setText(self._summary(today))

    def _fill(self, index: int, row: DeadlineRow, today: date) -> None:
        due = date.fromisoformat(row.due_on)
        days = (due - today).days
        values = [
            text.medium_date(row.due_on),
            self._relative(days, row.done),
            row.reference,
            row.client_name,
            row.title,
            text.term(vocab.DEADLINE_KINDS, row.kind),
        ]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, row.reference)
            if row.done:
                item.setForeground(QBrush(QColor(MUTED)))
            elif days < 0:
                item.setForeground(QBrush(QColor(ERROR)))
                if column == 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            elif days <= SOON_DAYS:
                item.setBackground(QBrush(QColor(SOON_BACKGROUND)))
                if days == 0 and column == 1:
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
            self.table.setItem(index, column, item)

    def _relative(self, days: int, done: bool) -> str:
        if done:
            return self.tr("Done")
        if days < -1:
            return self.tr("Overdue by {days} days").format(days=-days)
        if days == -1:
            return self.tr("Overdue by 1 day")
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("Tomorrow")
        return self.tr("In {days} days").format(days=days)

    def _summary(self, today: date) -> str:
        open_rows = [r for r in self.rows if not r.done]
        overdue = sum(1 for r in open_rows if r.due_on < today.isoformat())
        horizon = (today + timedelta(days=SOON_DAYS)).isoformat()
        soon = sum(1 for r in open_rows if today.isoformat() <= r.due_on <= horizon)
        return self.tr("{overdue} overdue · {soon} in the next 7 days · {open} open in all").format(
            overdue=overdue, soon=soon, open=len(open_rows)
        )

    def reference_at(self, row: int) -> str:
        return self.rows[row].reference

    def _activated(self, index: QModelIndex) -> None:
        row = index.row()
        if 0 <= row < len(self.rows):
            self.open_case_requested.emit(self.rows[row].reference)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # cases may have changed while this area was hidden
        super().showEvent(event)
