"""The competent authority's identification decision, on the case page (Proceedings tab).

Saksi never decides whether the client is a victim. What it records is the authority's decision: who
decided, when, the decision's reference and its outcome. Until a decision identifying the client is
on file the drafts say "a presumed victim" and do not invoke rights that depend on identification
(ACTIP art. 14(8)); a negative decision is kept too (the lawyer may challenge it) and changes nothing
in the drafts. Every change is a new case version with its history, like any other edit.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.identification import check_decision
from app.cases.model import Case, Identification
from storage.errors import InputRejected
from ui import dialogs
from ui.cases import text
from ui.cases.case_editors import CheckedDialog, Refused, buttons_row, vocab_combo
from ui.cases.case_tabs import CaseTab
from ui.cases.doc import CaseDoc
from ui.cases.tables import OK_GREEN, WARN_AMBER
from ui.widgets import label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context

LONGEST = 300  # characters: an authority's name or a reference longer than this is a paste gone wrong


class IdentificationDialog(CheckedDialog):
    """Outcome, who decided, when, the reference and a note; checked against the case model on OK."""

    def __init__(self, current: Identification, parent: QWidget | None = None) -> None:
        super().__init__(translate("Identification", "Identification decision"), parent)
        self.outcome = vocab_combo(vocab.IDENTIFICATION_OUTCOMES, current.outcome)
        self.decided_by = QLineEdit(current.decided_by)
        self.decided_by.setPlaceholderText(
            translate(
                "Identification", "The authority, and the officer if known, e.g. Provincial social affairs office"
            )
        )
        self.decided_on = QDateEdit()
        self.decided_on.setCalendarPopup(True)
        self.decided_on.setDisplayFormat("yyyy-MM-dd")
        self.decided_on.setMaximumDate(QDate.currentDate())
        self.decided_on.setDate(QDate.fromString(current.decided_on or date.today().isoformat(), "yyyy-MM-dd"))
        self.reference = QLineEdit(current.reference)
        self.reference.setPlaceholderText(translate("Identification", "The decision's number or file reference"))
        self.note = QPlainTextEdit(current.note)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(translate("Identification", "Optional: what the decision says, an appeal..."))
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(
            label(
                translate(
                    "Identification",
                    "Record the authority's decision as it was made. Saksi does not decide who is a victim.",
                ),
                "muted",
            )
        )
        self.form.addRow(translate("Identification", "Outcome:"), self.outcome)
        self.form.addRow(translate("Identification", "Decided by:"), self.decided_by)
        self.form.addRow(translate("Identification", "Date of the decision:"), self.decided_on)
        self.form.addRow(translate("Identification", "Reference:"), self.reference)
        self.form.addRow(translate("Identification", "Note:"), self.note)
        self.resize(620, 0)

    def build(self) -> Identification:
        decided_by = self.decided_by.text().strip()
        reference = self.reference.text().strip()
        if not decided_by:
            raise Refused(translate("Identification", "Name the authority that made the decision."))
        if len(decided_by) > LONGEST or len(reference) > LONGEST:
            raise Refused(translate("CasePage", "A name that long is probably a mistake."))
        decision = Identification.model_validate(
            {
                "outcome": self.outcome.currentData(),
                "decided_by": decided_by,
                "decided_on": self.decided_on.date().toString("yyyy-MM-dd"),
                "reference": reference,
                "note": self.note.toPlainText().strip(),
            }
        )
        try:  # the date edit stops at today; this is the same check the CLI makes, from app/
            return check_decision(decision)
        except InputRejected as exc:
            raise Refused(exc.message) from None


def status_text(found: Identification) -> tuple[str, str]:
    """The decision in one sentence and what the drafts do with it, with the colour to show it in."""
    reference = (
        translate("Identification", " (decision {reference})").format(reference=found.reference)
        if found.reference
        else ""
    )
    when = text.fuzzy_date(found.decided_on)
    if not found.decided:
        return (
            translate(
                "Identification",
                "No decision recorded. The drafts call the client a presumed victim (a person with indications "
                "of trafficking) and do not invoke rights that depend on identification (ACTIP art. 14(8)).",
            ),
            WARN_AMBER,
        )
    if found.recorded:
        return (
            translate(
                "Identification",
                "Identified as a victim of trafficking by {authority} on {date}{reference}. The drafts call the "
                "client a victim and cite this decision.",
            ).format(authority=found.decided_by, date=when, reference=reference),
            OK_GREEN,
        )
    return (
        translate(
            "Identification",
            "Not identified as a victim by {authority} on {date}{reference}. The drafts still call the client "
            "a presumed victim.",
        ).format(authority=found.decided_by, date=when, reference=reference),
        WARN_AMBER,
    )


class IdentificationBox(CaseTab):
    """The decision as the drafts will use it, with Record/Edit, Remove and its history."""

    history_requested = Signal(str, str)  # path, title

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.state = label()
        self.note = label(role="muted")
        self.edit_button = QPushButton(translate("Identification", "Record the decision…"))
        self.remove_button = QPushButton(translate("Identification", "Remove…"))
        self.remove_button.setToolTip(translate("Identification", "Remove a decision recorded by mistake"))
        self.history_button = QPushButton(translate("Identification", "History"))
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.history_button.clicked.connect(
            lambda: self.history_requested.emit("identification", translate("CasePage", "Identification"))
        )
        box = QGroupBox(translate("Identification", "Identification as a victim (the competent authority's decision)"))
        column = QVBoxLayout(box)
        column.addWidget(self.state)
        column.addWidget(self.note)
        column.addLayout(buttons_row(self.edit_button, self.remove_button, self.history_button))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def refresh(self) -> None:
        found = self.doc.case.identification
        sentence, colour = status_text(found)
        self.state.setText(sentence)
        self.state.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.note.setText(translate("Identification", "Note: {note}").format(note=found.note) if found.note else "")
        self.note.setVisible(bool(found.note))
        self.edit_button.setText(
            translate("Identification", "Edit the decision…")
            if found.decided
            else translate("Identification", "Record the decision…")
        )
        self.remove_button.setVisible(found.decided)

    def edit(self) -> None:
        dialog = IdentificationDialog(self.doc.case.identification, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        decision = dialog.result_item
        if not accepted or not isinstance(decision, Identification):
            return
        if decision == self.doc.case.identification:
            return

        def change(case: Case) -> None:
            case.identification = decision

        self.doc.edit(self, change)

    def remove(self) -> None:
        if not dialogs.confirm(
            self,
            translate("Identification", "Remove the decision?"),
            translate(
                "Identification",
                "Remove the identification decision recorded by mistake? The drafts will call the client a "
                "presumed victim again. The case history keeps what was recorded.",
            ),
            translate("Identification", "Remove"),
        ):
            return

        def change(case: Case) -> None:
            case.identification = Identification()

        self.doc.edit(self, change)
