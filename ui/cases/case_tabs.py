"""Case page tabs that show the file: Client, Proceedings, Money, Notes and History."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.model import Case, Charge, Money
from ui.cases import text
from ui.cases.doc import CaseDoc
from ui.cases.fields import QT_TRANSLATE_NOOP
from ui.cases.tables import OK_GREEN, WARN_AMBER, Table
from ui.look import ERROR, MUTED
from ui.widgets import label, local_time

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context


class CaseTab(QWidget):
    """A tab that shows ``doc.case``; ``refresh()`` runs after every save or reload."""

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc = doc

    def refresh(self) -> None:
        raise NotImplementedError


def scrolling(body: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


def boxed(title: str, *widgets: QWidget) -> QGroupBox:
    box = QGroupBox(title)
    column = QVBoxLayout(box)
    for widget in widgets:
        column.addWidget(widget)
    return box


def hint(source: str) -> QWidget:
    return label(source, "muted")


# --------------------------------------------------------------------------- Client
class ClientTab(CaseTab):
    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.profile = QFormLayout()
        self.profile.setHorizontalSpacing(24)
        profile_box = QGroupBox(translate("CasePage", "Profile"))
        profile_box.setLayout(self.profile)
        self.names = Table(
            [translate("CasePage", "Name"), translate("CasePage", "Kind"), translate("CasePage", "Script")], stretch=0
        )
        self.contacts = Table(
            [
                translate("CasePage", "How"),
                translate("CasePage", "Number or address"),
                translate("CasePage", "Safe to contact?"),
                translate("CasePage", "Note"),
            ],
            stretch=3,
        )
        self.documents = Table(
            [
                translate("CasePage", "Document"),
                translate("CasePage", "Number"),
                translate("CasePage", "Issued by"),
                translate("CasePage", "Expires"),
                translate("CasePage", "Held by now"),
            ],
            stretch=4,
        )
        self.consents = Table(
            [
                translate("CasePage", "What the client agreed to"),
                translate("CasePage", "Shared with"),
                translate("CasePage", "Given on"),
                translate("CasePage", "Withdrawn on"),
            ],
            stretch=0,
        )
        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(
            hint(
                translate(
                    "CasePage", "Recorded in the interview (About the client; Needs and consent). Change them there."
                )
            )
        )
        column.addWidget(profile_box)
        column.addWidget(boxed(translate("CasePage", "Names in any script"), self.names))
        column.addWidget(
            boxed(
                translate("CasePage", "How to reach the client"),
                hint(
                    translate(
                        "CasePage",
                        "Use only contacts marked safe: a message to an unsafe number can put the client at risk.",
                    )
                ),
                self.contacts,
            )
        )
        column.addWidget(boxed(translate("CasePage", "Identity documents, and who holds them"), self.documents))
        column.addWidget(boxed(translate("CasePage", "Consents"), self.consents))
        column.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(body))

    def refresh(self) -> None:
        client = self.doc.case.client
        while self.profile.rowCount():
            self.profile.removeRow(0)
        minor = ""
        if client.minor_at_recruitment:
            minor = translate("CasePage", "under 18 when recruited (a child: the means need not be shown)")
        rows = [
            (translate("CasePage", "Sex"), "" if client.sex == "unknown" else text.term(vocab.SEX, client.sex)),
            (translate("CasePage", "Gender (own words)"), client.gender),
            (translate("CasePage", "Date of birth"), text.fuzzy_date(client.date_of_birth)),
            (translate("CasePage", "Age now"), "" if client.age is None else str(client.age)),
            (
                translate("CasePage", "Age when recruited"),
                " · ".join(p for p in (_age(client.age_at_recruitment), minor) if p),
            ),
            (translate("CasePage", "Nationality"), text.countries(client.nationalities)),
            (translate("CasePage", "Languages"), ", ".join(client.languages)),
            (
                translate("CasePage", "Education"),
                "" if client.education == "unknown" else text.term(vocab.EDUCATION, client.education),
            ),
            (translate("CasePage", "Skills"), text.terms(vocab.SKILLS, client.skills)),
        ]
        for name, value in rows:
            shown = label(value or translate("CasePage", "not recorded"), "" if value else "muted")
            if minor and name == translate("CasePage", "Age when recruited"):
                shown.setStyleSheet(f"color: {ERROR}; font-weight: 600;")
            self.profile.addRow(label(name, "muted", wrap=False), shown)
        kinds = {
            "name": translate("CasePage", "Name"),
            "alias": translate("CasePage", "Alias"),
            "other": translate("CasePage", "Other"),
        }
        self.names.set_rows([[n.text, kinds.get(n.kind, n.kind), n.script] for n in client.names])
        self.contacts.set_rows(
            [
                [
                    text.term(vocab.CONTACT_KINDS, c.kind),
                    c.value,
                    translate("CasePage", "Yes, safe") if c.safe_to_contact else translate("CasePage", "NOT safe"),
                    c.note,
                ]
                for c in client.contacts
            ]
        )
        for row, contact in enumerate(client.contacts):
            self.contacts.colour(row, 2, OK_GREEN if contact.safe_to_contact else ERROR, bold=True)
        self.documents.set_rows(
            [
                [
                    text.term(vocab.DOCUMENT_TYPES, d.type),
                    d.number,
                    d.issuer,
                    text.fuzzy_date(d.expiry),
                    text.term(vocab.HELD_BY, d.held_by),
                ]
                for d in client.documents
            ]
        )
        for row, document in enumerate(client.documents):
            if document.held_by not in (
                "client",
                "unknown",
            ):  # a document out of the client's hands is a control indicator
                self.documents.colour(row, 4, WARN_AMBER, bold=True)
        self.consents.set_rows(
            [
                [c.what, c.recipient, text.fuzzy_date(c.given_on), text.fuzzy_date(c.withdrawn_on)]
                for c in self.doc.case.consents
            ]
        )


def _age(age: int | None) -> str:
    return "" if age is None else str(age)


# --------------------------------------------------------------------------- Proceedings
NON_PUNISHMENT_COLOURS = {"granted": OK_GREEN, "refused": ERROR, "requested": WARN_AMBER, "not_raised": MUTED}


class ProceedingsTab(CaseTab):
    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.summary = label(role="subheading")
        self.routes = label(role="muted")
        self.charges = Table(
            [
                translate("CasePage", "Offence"),
                translate("CasePage", "Kind"),
                translate("CasePage", "Law"),
                translate("CasePage", "Authority"),
                translate("CasePage", "Case number"),
                translate("CasePage", "Stage"),
                translate("CasePage", "Next date"),
                translate("CasePage", "Fine"),
                translate("CasePage", "Non-punishment"),
            ],
            stretch=0,
        )
        self.detention = label()
        layout = QVBoxLayout(self)
        self.sections = layout  # the case page puts the identification decision at the top
        layout.addWidget(self.summary)
        layout.addWidget(
            hint(
                translate("CasePage", "Charges and their kind are recorded in the interview (Charges and proceedings).")
            )
        )
        layout.addWidget(self.charges)
        layout.addWidget(self.routes)
        layout.addWidget(self.detention)
        layout.addStretch(1)

    def refresh(self) -> None:
        charges = self.doc.case.charges
        raised = sum(1 for c in charges if c.non_punishment != "not_raised")
        if not charges:
            self.summary.setText(translate("CasePage", "No charge recorded."))
        else:
            self.summary.setText(
                translate("CasePage", "Non-punishment raised for {raised} of {count} charges.").format(
                    raised=raised, count=len(charges)
                )
            )
        self.charges.set_rows(
            [
                [
                    c.offence,
                    text.term(vocab.CHARGE_KINDS, c.kind),
                    c.statute,
                    c.authority,
                    c.case_number,
                    text.term(vocab.CHARGE_STAGES, c.stage),
                    text.fuzzy_date(c.next_date),
                    text.money(c.fine),
                    text.term(vocab.NON_PUNISHMENT, c.non_punishment),
                ]
                for c in charges
            ]
        )
        for row, charge in enumerate(charges):
            self.charges.colour(row, 8, NON_PUNISHMENT_COLOURS.get(charge.non_punishment, MUTED), bold=True)
            if charge.administrative:
                self.charges.colour(row, 1, WARN_AMBER, bold=True)
        self.routes.setText(routes_text(charges))
        self.routes.setVisible(bool(charges))
        d = self.doc.case.detention
        if d.detained == "yes" and not d.until:
            self.detention.setText(
                translate("CasePage", "The client is in detention at {place}.").format(
                    place=d.facility or translate("CasePage", "an unrecorded place")
                )
            )
        else:
            self.detention.setText("")


def routes_text(charges: list[Charge]) -> str:
    """Where each kind of charge is argued: the drafts route administrative penalties to the penalty waiver."""
    administrative = sum(1 for c in charges if c.administrative)
    criminal = len(charges) - administrative
    parts = []
    if criminal:
        parts.append(
            translate("CasePage", "Criminal charges: {count}, argued to the prosecutor or the court.").format(
                count=criminal
            )
        )
    if administrative:
        parts.append(
            translate(
                "CasePage",
                "Administrative penalties: {count}, argued in the penalty-waiver request to the immigration or "
                "labour authority, not to the prosecutor.",
            ).format(count=administrative)
        )
    return " ".join(parts)


# --------------------------------------------------------------------------- Money
def totals(amounts: list[Money]) -> dict[str, Decimal]:
    """Sum per currency; amounts without a currency are summed under ""."""
    found: dict[str, Decimal] = defaultdict(Decimal)
    for money in amounts:
        number = text.decimal(money.amount) if money.amount else None
        if number is not None:
            found[money.currency] += number
    return dict(found)


def totals_text(found: dict[str, Decimal]) -> str:
    if not found:
        return translate("CasePage", "none")
    no_currency = translate("CasePage", "(no currency)")
    return " · ".join(f"{text.amount(value)} {currency or no_currency}" for currency, value in sorted(found.items()))


class MoneyTab(CaseTab):
    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.ledger = Table(
            [
                translate("CasePage", "What"),
                translate("CasePage", "Amount"),
                translate("CasePage", "Paid by"),
                translate("CasePage", "When"),
                translate("CasePage", "Claimed"),
                translate("CasePage", "Obtained"),
                translate("CasePage", "Notes"),
            ],
            stretch=6,
        )
        self.total = label(role="subheading")
        self.owed = label()
        self.obtained = label()
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                translate(
                    "CasePage",
                    "Money lost or owed, for the compensation claim. Recorded in the interview (Needs and consent).",
                )
            )
        )
        layout.addWidget(self.ledger)
        layout.addWidget(self.total)
        layout.addWidget(self.owed)
        layout.addWidget(self.obtained)
        layout.addStretch(1)

    def refresh(self) -> None:
        remedies = self.doc.case.remedies
        self.ledger.set_rows(
            [
                [
                    text.term(vocab.REMEDY_KINDS, r.kind),
                    text.money(r.amount),
                    text.term(vocab.PAID_BY, r.paid_by),
                    text.when(r.when),
                    translate("CasePage", "Yes") if r.claimed else translate("CasePage", "Not yet"),
                    text.money(r.obtained),
                    r.notes,
                ]
                for r in remedies
            ]
        )
        self.total.setText(
            translate("CasePage", "Total: {amounts}").format(amounts=totals_text(totals([r.amount for r in remedies])))
        )
        owed = totals([r.amount for r in remedies if r.paid_by == "owed"])
        self.owed.setText(
            translate("CasePage", "Of which owed to the client (not paid): {amounts}").format(amounts=totals_text(owed))
        )
        self.obtained.setText(
            translate("CasePage", "Obtained so far: {amounts}").format(
                amounts=totals_text(totals([r.obtained for r in remedies]))
            )
        )


# --------------------------------------------------------------------------- Notes
class NotesTab(CaseTab):
    """Plain notes, saved with the button or when the tab is left."""

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            translate("CasePage", "Notes for the team. Plain text; kept with the case's history.")
        )
        self.save_button = QPushButton(translate("CasePage", "Save notes"))
        self.state = label(role="muted")
        self.save_button.clicked.connect(self.flush)
        self.editor.textChanged.connect(self._typed)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.state, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.dirty = False

    def refresh(self) -> None:
        if not self.dirty:
            self.editor.blockSignals(True)
            self.editor.setPlainText(self.doc.case.notes)
            self.editor.blockSignals(False)
            self.state.setText("")

    def _typed(self) -> None:
        self.dirty = True
        self.state.setText(translate("CasePage", "Not saved yet"))

    def flush(self) -> bool:
        if not self.dirty or not self.doc.vault.is_open:
            return True
        notes = self.editor.toPlainText()

        def change(case: Case) -> None:
            case.notes = notes

        # Still dirty while saving: a reload after a refused save must not replace what was typed.
        if self.doc.edit(self, change):
            self.dirty = False
            self.state.setText(translate("CasePage", "Saved"))
            return True
        self.state.setText(translate("CasePage", "Not saved yet"))
        return False

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # "saved on leaving": another tab, the list, or the lock
        super().hideEvent(event)


# --------------------------------------------------------------------------- History
HISTORY_PARTS = (
    ("", QT_TRANSLATE_NOOP("CasePage", "Whole case")),
    ("status", QT_TRANSLATE_NOOP("CasePage", "Status")),
    ("client", QT_TRANSLATE_NOOP("CasePage", "Client")),
    ("recruitment", QT_TRANSLATE_NOOP("CasePage", "Recruitment")),
    ("transportation", QT_TRANSLATE_NOOP("CasePage", "The journey")),
    ("compounds", QT_TRANSLATE_NOOP("CasePage", "Compounds")),
    ("exit", QT_TRANSLATE_NOOP("CasePage", "Leaving the compound")),
    ("detention", QT_TRANSLATE_NOOP("CasePage", "Detention")),
    ("identification", QT_TRANSLATE_NOOP("CasePage", "Identification")),
    ("charges", QT_TRANSLATE_NOOP("CasePage", "Charges")),
    ("deadlines", QT_TRANSLATE_NOOP("CasePage", "Deadlines")),
    ("facts", QT_TRANSLATE_NOOP("CasePage", "Facts")),
    ("people", QT_TRANSLATE_NOOP("CasePage", "People")),
    ("remedies", QT_TRANSLATE_NOOP("CasePage", "Money")),
    ("interview", QT_TRANSLATE_NOOP("CasePage", "Interview")),
    ("notes", QT_TRANSLATE_NOOP("CasePage", "Notes")),
)
_ITEM = re.compile(r"(\w+)\[([^\]]+)\]")


def readable_path(case: Case, path: str) -> str:
    """'facts[uuid].statement' -> 'facts › 3 › statement' (the item's place in today's list)."""
    match = _ITEM.search(path)
    if not match:
        return path.replace(".", " › ")
    name, item_id = match.groups()
    items = getattr(case, name, None)
    if name in ("names", "contacts", "documents"):
        items = getattr(case.client, name, None)
    position = next((str(i + 1) for i, item in enumerate(items or []) if getattr(item, "id", None) == item_id), "")
    place = position or translate("CasePage", "removed")
    head = path[: match.start(1)]
    rest = path[match.end() :].lstrip(".")
    return " › ".join(p for p in (head.rstrip(".").replace(".", " › "), name, place, rest.replace(".", " › ")) if p)


def shown_value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return translate("CasePage", "yes") if value else translate("CasePage", "no")
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value) or "—"
    return json.dumps(value, ensure_ascii=False)


class HistoryTab(CaseTab):
    """Every change: who, when, old -> new, for the whole case or one part of it."""

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.part = QComboBox()
        for path, title in HISTORY_PARTS:
            self.part.addItem(QCoreApplication.translate("CasePage", title), path)
        self.part.currentIndexChanged.connect(self.refresh)
        self.table = Table(
            [
                translate("CasePage", "When"),
                translate("CasePage", "Who"),
                translate("CasePage", "What changed"),
                translate("CasePage", "Before"),
                translate("CasePage", "After"),
            ],
            fit=False,
        )
        self.count = label(role="muted")
        row = QHBoxLayout()
        row.addWidget(label(translate("CasePage", "Show changes to:"), wrap=False))
        row.addWidget(self.part)
        row.addWidget(self.count, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_path(self, path: str, title: str) -> None:
        """Show the history of one field or item (e.g. 'facts[id]')."""
        index = self.part.findData(path)
        if index < 0:
            self.part.addItem(title, path)
            index = self.part.count() - 1
        self.part.setCurrentIndex(index)
        self.refresh()

    def refresh(self) -> None:
        path = self.part.currentData() or ""
        changes = self.doc.files.history(self.doc.reference, path)
        if path in ("status", "notes"):
            changes = [c for c in changes if c.path == path]
        self.table.set_rows(
            [
                [
                    local_time(c.at),
                    c.actor,
                    readable_path(self.doc.case, c.path),
                    shown_value(c.old),
                    shown_value(c.new),
                ]
                for c in changes
            ]
        )
        self.count.setText(
            translate("CasePage", "{count} changes").format(count=len(changes))
            if changes
            else translate("CasePage", "No changes recorded yet.")
        )
