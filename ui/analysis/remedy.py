"""The remedy basis: what was lost or is owed, by kind and currency; the law to claim it, with each
provision's status; and the amounts that no exhibit backs yet."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFrame, QHeaderView, QLabel, QScrollArea, QTreeWidgetItem, QVBoxLayout, QWidget

from app.analysis import elements as analysis
from app.cases import vocab
from ui.analysis.context import Context
from ui.analysis.facts import tree
from ui.analysis.marks import citation_line, citation_tooltip, marked_html, tr
from ui.cases import text
from ui.cases.tables import WARN_AMBER
from ui.widgets import label


def money(amount: Decimal | str, currency: str) -> str:
    if amount in ("", None):
        return "—"
    return f"{text.fixed(Decimal(amount))} {currency}".strip()


def kind_name(label_text: str) -> str:
    return QCoreApplication.translate("vocab", label_text)


class RemedyPanel(QScrollArea):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.totals = tree([tr("Kind"), tr("Currency"), tr("Total")])
        self.amounts = tree([tr("Amount"), tr("Kind"), tr("Paid by"), tr("Evidence")])
        for widget in (self.totals, self.amounts):
            widget.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            widget.setSelectionMode(widget.SelectionMode.NoSelection)
        self.by_currency = label()
        self.unsupported = QLabel()
        self.unsupported.setTextFormat(Qt.TextFormat.PlainText)
        self.unsupported.setWordWrap(True)
        self.unsupported.setStyleSheet(f"color: {WARN_AMBER};")
        self.law = QLabel()
        self.law.setTextFormat(Qt.TextFormat.RichText)
        self.law.setWordWrap(True)
        self.empty = label(tr("No amounts are recorded yet. Add them in the Money tab."), "muted")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(label(tr("Totals by kind and currency"), "subheading"))
        layout.addWidget(self.empty)
        layout.addWidget(self.totals)
        layout.addWidget(self.by_currency)
        layout.addSpacing(8)
        layout.addWidget(label(tr("Each amount and the exhibits behind it"), "subheading"))
        layout.addWidget(self.amounts)
        layout.addWidget(self.unsupported)
        layout.addSpacing(8)
        layout.addWidget(label(tr("Legal basis for a remedy"), "subheading"))
        layout.addWidget(self.law)
        layout.addStretch(1)
        self.setWidget(body)

    def refresh(self) -> None:
        case = self.context.case
        basis = analysis.remedy_basis(case, self.context.library)
        labels = self.context.labels
        self.totals.clear()
        for kind, currency, total in basis.totals:
            self.totals.addTopLevelItem(QTreeWidgetItem([kind_name(kind), currency, money(total, currency)]))
        self.by_currency.setText(
            tr("All kinds together: {totals}").format(
                totals="; ".join(money(v, k) for k, v in sorted(basis.by_currency.items()))
            )
            if basis.by_currency
            else ""
        )
        self.amounts.clear()
        for remedy in case.remedies:
            exhibits = [labels[i] for i in basis.evidence.get(remedy.id, []) if i in labels]
            item = QTreeWidgetItem(
                [
                    money(remedy.amount.amount, remedy.amount.currency),
                    kind_name(vocab.label(vocab.REMEDY_KINDS, remedy.kind)),
                    kind_name(vocab.label(vocab.PAID_BY, remedy.paid_by)),
                    ", ".join(exhibits) or tr("no evidence yet"),
                ]
            )
            if not exhibits:
                item.setForeground(3, QBrush(QColor(WARN_AMBER)))
            self.amounts.addTopLevelItem(item)
        for widget in (self.totals, self.amounts):
            rows = widget.topLevelItemCount()
            widget.setFixedHeight(
                widget.header().sizeHint().height() + max(rows, 1) * (widget.fontMetrics().height() + 8) + 6
            )
        self.empty.setVisible(not case.remedies)
        self.unsupported.setText(
            tr("No exhibit backs these amounts yet: {amounts}. Receipts, transfer records or messages would.").format(
                amounts="; ".join(basis.unsupported)
            )
            if basis.unsupported
            else ""
        )
        self.unsupported.setVisible(bool(basis.unsupported))
        lines = [marked_html(citation_line(c)) for c in basis.citations]
        self.law.setText("<br>".join(lines) or marked_html(tr("No provision is recorded for this jurisdiction.")))
        self.law.setToolTip("\n\n".join(citation_tooltip(c) for c in basis.citations))
