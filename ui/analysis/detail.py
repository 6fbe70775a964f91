"""The side panel of the matrix: the selected element, its facts and exhibits (click to go to them),
what could corroborate it, and the law it comes from with each citation's status."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from app.analysis.elements import CORROBORATED, Row
from ui.analysis.context import Context
from ui.analysis.marks import chip_html, citation_line, marked_html, tr
from ui.analysis.matrix import exhibit_order, framework_name
from ui.widgets import label

IdRole = Qt.ItemDataRole.UserRole


def short_list(height_rows: int = 4) -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setMaximumHeight(widget.fontMetrics().height() * height_rows + 16)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    return widget


class RowDetail(QScrollArea):
    fact_clicked = Signal(str)  # fact id
    exhibit_clicked = Signal(str)  # evidence item id

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.title = label(role="subheading")
        self.where = label(role="muted")
        self.state = QLabel()
        self.state.setTextFormat(Qt.TextFormat.RichText)
        self.description = label()
        self.facts_heading = label(tr("Supporting facts (click to select below)"), "muted")
        self.facts = short_list()
        self.disputing_heading = label(tr("Facts disputing it"), "muted")
        self.disputing = short_list(3)
        self.exhibits_heading = label(tr("Exhibits (click to open)"), "muted")
        self.exhibits = short_list(3)
        self.gap_heading = label(tr("What could corroborate it"), "muted")
        self.gap = label()
        self.law_heading = label(tr("The law"), "muted")
        self.law = QLabel()
        self.law.setTextFormat(Qt.TextFormat.RichText)
        self.law.setWordWrap(True)
        self.empty = label(tr("Select a row of the matrix to see its facts and exhibits here."), "muted")
        for fact_list in (self.facts, self.disputing):
            fact_list.itemClicked.connect(lambda item: self.fact_clicked.emit(item.data(IdRole)))
        self.exhibits.itemClicked.connect(lambda item: self.exhibit_clicked.emit(item.data(IdRole)))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 0, 8, 0)
        for widget in (
            self.empty,
            self.title,
            self.where,
            self.state,
            self.description,
            self.facts_heading,
            self.facts,
            self.disputing_heading,
            self.disputing,
            self.exhibits_heading,
            self.exhibits,
            self.gap_heading,
            self.gap,
            self.law_heading,
            self.law,
        ):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.setWidget(body)
        self.show_row(None)

    def show_row(self, row: Row | None) -> None:
        self.empty.setVisible(row is None)
        for part in (self.title, self.where, self.state, self.description, self.law_heading, self.law):
            part.setVisible(row is not None)
        if row is None:
            for widget in (
                self.facts_heading,
                self.facts,
                self.disputing_heading,
                self.disputing,
                self.exhibits_heading,
                self.exhibits,
                self.gap_heading,
                self.gap,
            ):
                widget.hide()
            return
        element = row.element
        framework = self.context.library.framework(element.framework)
        groups = {g.id: g.label for g in framework.groups}
        self.title.setText(element.label)
        self.where.setText(f"{framework_name(framework)} · {groups.get(element.group, element.group)}")
        self.state.setText(tr("State:") + " " + chip_html(row.state))
        self.description.setText(element.description)
        self._fill_facts(self.facts, self.facts_heading, row.facts, tr("No fact supports it yet."))
        self._fill_facts(self.disputing, self.disputing_heading, row.disputing, "")
        self.exhibits.clear()
        for item_id in sorted(row.exhibits, key=lambda i: exhibit_order(self.context.labels.get(i, ""))):
            item = self.context.exhibit(item_id)
            entry = QListWidgetItem(self.context.exhibit_text(item) if item else item_id)
            entry.setData(IdRole, item_id)
            entry.setToolTip(tr("Open this exhibit"))
            self.exhibits.addItem(entry)
        self.exhibits_heading.setVisible(bool(row.exhibits))
        self.exhibits.setVisible(bool(row.exhibits))
        gap = row.gap if row.state != CORROBORATED else []
        self.gap.setText("\n".join(f"• {g}" for g in gap))
        self.gap_heading.setVisible(bool(gap))
        self.gap.setVisible(bool(gap))
        self.law.setText(self._law(element))

    def _fill_facts(self, widget: QListWidget, heading: QLabel, facts: list[Any], empty: str) -> None:
        widget.clear()
        for fact in facts:
            exhibits = [self.context.labels[i] for i in fact.evidence_ids if i in self.context.labels]
            text = fact.statement + (f" ({', '.join(exhibits)})" if exhibits else "")
            entry = QListWidgetItem(text)
            entry.setData(IdRole, fact.id)
            entry.setToolTip(fact.statement)
            widget.addItem(entry)
        if not facts and empty:
            entry = QListWidgetItem(empty)
            entry.setFlags(Qt.ItemFlag.NoItemFlags)
            widget.addItem(entry)
        shown = bool(facts) or bool(empty)
        heading.setVisible(shown)
        widget.setVisible(shown)

    def _law(self, element: Any) -> str:
        lines = []
        for citation_id in element.citations:
            try:
                citation = self.context.library.citation(citation_id)
            except KeyError:
                continue
            lines.append(marked_html(citation_line(citation)))
        return "<br>".join(lines) or marked_html(tr("No citation is recorded for this element."))
