"""Case page tabs that edit the file: Deadlines, Facts and People, with their small dialogs.

Each dialog checks its input against the case model before it closes (the problem is shown in
the dialog); the tab then saves through ``CaseDoc.edit`` against the loaded version.
"""

from __future__ import annotations

from datetime import date

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.case_files import Link
from app.cases.model import Case, Deadline, Fact, Identifier, Person, When
from ui import dialogs
from ui.cases import text
from ui.cases.case_tabs import CaseTab, hint, scrolling
from ui.cases.doc import CaseDoc, explain
from ui.cases.fields import QT_TRANSLATE_NOOP, Column, ItemsField, ItemSpec
from ui.cases.tables import WARN_AMBER, Table
from ui.look import ERROR, MUTED
from ui.widgets import ErrorLabel, label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context


def vocab_combo(terms: tuple[vocab.Term, ...], current: str) -> QComboBox:
    combo = QComboBox()
    for term in terms:
        combo.addItem(text.term(terms, term.code), term.code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def buttons_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


class Refused(Exception):
    """Input a dialog cannot take, with the reason in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class CheckedDialog(QDialog):
    """A form dialog that builds its item on OK and stays open with the problem shown if it is invalid."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    result_item: object = None

    def build(self) -> object:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_item = self.build()
        except ValidationError as exc:
            self.error.show_error(explain(exc))
            return
        except Refused as exc:
            self.error.show_error(exc.message)
            return
        super().accept()


# --------------------------------------------------------------------------- Deadlines
class DeadlineDialog(CheckedDialog):
    def __init__(self, case: Case, existing: Deadline | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("CasePage", "Edit deadline") if existing else translate("CasePage", "Add a deadline"), parent
        )
        self.existing = existing
        current = existing or Deadline(due_on=date.today().isoformat(), title="placeholder")
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setDate(QDate.fromString(current.due_on, "yyyy-MM-dd"))
        self.title = QLineEdit(existing.title if existing else "")
        self.title.setPlaceholderText(translate("CasePage", "e.g. Detention review at the provincial court"))
        self.kind = vocab_combo(vocab.DEADLINE_KINDS, current.kind)
        self.charge = QComboBox()
        self.charge.addItem(translate("CasePage", "Not linked to a charge"), "")
        for charge in case.charges:
            self.charge.addItem(charge.offence or translate("CasePage", "Charge"), charge.id)
        self.charge.setCurrentIndex(max(self.charge.findData(current.charge_id), 0))
        self.done_box = QCheckBox(translate("CasePage", "Done"))
        self.done_box.setChecked(current.done)
        self.form.addRow(translate("CasePage", "Date:"), self.due)
        self.form.addRow(translate("CasePage", "What:"), self.title)
        self.form.addRow(translate("CasePage", "Kind:"), self.kind)
        self.form.addRow(translate("CasePage", "Charge:"), self.charge)
        self.form.addRow("", self.done_box)
        self.resize(520, 0)

    def build(self) -> Deadline:
        values = {
            "due_on": self.due.date().toString("yyyy-MM-dd"),
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "charge_id": self.charge.currentData(),
            "done": self.done_box.isChecked(),
        }
        if not str(values["title"]).strip():
            raise Refused(translate("CasePage", "Say what is due, e.g. Detention review."))
        base = self.existing.model_dump() if self.existing else {}
        return Deadline.model_validate({**base, **values})


def due_state(deadline: Deadline, today: str) -> tuple[str, str]:
    """('Overdue', red) / ('In 3 days', amber) / ('Done', muted) ..."""
    if deadline.done:
        return translate("CasePage", "Done"), MUTED
    days = (date.fromisoformat(deadline.due_on) - date.fromisoformat(today)).days
    if days < 0:
        return translate("CasePage", "Overdue by {days} days").format(days=-days) if days < -1 else translate(
            "CasePage", "Overdue by 1 day"
        ), ERROR
    if days == 0:
        return translate("CasePage", "Today"), ERROR
    if days <= 7:
        return (
            translate("CasePage", "Tomorrow")
            if days == 1
            else translate("CasePage", "In {days} days").format(days=days)
        ), WARN_AMBER
    return translate("CasePage", "In {days} days").format(days=days), ""


class DeadlinesTab(CaseTab):
    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.table = Table(
            [
                translate("CasePage", "Date"),
                translate("CasePage", "What"),
                translate("CasePage", "Kind"),
                translate("CasePage", "Charge"),
                translate("CasePage", "When"),
            ],
            stretch=1,
            fit=False,
        )
        self.add_button = QPushButton(translate("CasePage", "Add a deadline…"))
        self.edit_button = QPushButton(translate("CasePage", "Edit…"))
        self.done_button = QPushButton(translate("CasePage", "Mark done"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.done_button.clicked.connect(self.toggle_done)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons_row(self.add_button, self.edit_button, self.done_button))
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        case, today = self.doc.case, date.today().isoformat()
        charges = {c.id: c.offence for c in case.charges}
        ordered = sorted(case.deadlines, key=lambda d: (d.done, d.due_on))
        self.table.set_rows(
            [
                [
                    text.fuzzy_date(d.due_on),
                    d.title,
                    text.term(vocab.DEADLINE_KINDS, d.kind),
                    charges.get(d.charge_id, ""),
                    due_state(d, today)[0],
                ]
                for d in ordered
            ],
            keys=[d.id for d in ordered],
        )
        for row, deadline in enumerate(ordered):
            colour = due_state(deadline, today)[1]
            if colour:
                for column in range(5):
                    self.table.colour(row, column, colour, bold=colour == ERROR and column == 4)
        self._update_buttons()

    def selected(self) -> Deadline | None:
        key = self.table.selected_key()
        return next((d for d in self.doc.case.deadlines if d.id == key), None)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.edit_button.setEnabled(chosen is not None)
        self.done_button.setEnabled(chosen is not None)
        self.done_button.setText(
            translate("CasePage", "Mark not done")
            if chosen is not None and chosen.done
            else translate("CasePage", "Mark done")
        )

    def add(self) -> None:
        self._run(DeadlineDialog(self.doc.case, None, self))

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._run(DeadlineDialog(self.doc.case, chosen, self))

    def _run(self, dialog: DeadlineDialog) -> None:
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted and isinstance(dialog.result_item, Deadline):
            self._put(dialog.result_item)

    def _put(self, deadline: Deadline) -> None:
        def change(case: Case) -> None:
            others = [d for d in case.deadlines if d.id != deadline.id]
            if len(others) == len(case.deadlines):
                case.deadlines = [*case.deadlines, deadline]
            else:
                case.deadlines = [deadline if d.id == deadline.id else d for d in case.deadlines]

        if self.doc.edit(self, change):
            self.table.select_key(deadline.id)

    def toggle_done(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._put(chosen.model_copy(update={"done": not chosen.done}))


# --------------------------------------------------------------------------- Facts
class FactDialog(CheckedDialog):
    def __init__(self, existing: Fact | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("CasePage", "Edit fact") if existing else translate("CasePage", "Add a fact"), parent
        )
        self.existing = existing
        current = existing or Fact(statement="")
        self.when = QLineEdit(current.when.date)
        self.when.setPlaceholderText(translate("CasePage", "2024, 2024-03 or 2024-03-15"))
        self.approximate = QCheckBox(translate("CasePage", "Approximate"))
        self.approximate.setChecked(current.when.approximate)
        when_row = QHBoxLayout()
        when_row.addWidget(self.when)
        when_row.addWidget(self.approximate)
        self.statement = QPlainTextEdit(current.statement)
        self.statement.setPlaceholderText(
            translate("CasePage", "One fact, in plain words: what happened, to whom, where.")
        )
        self.statement.setTabChangesFocus(True)
        self.source = vocab_combo(vocab.FACT_SOURCES, current.source)
        self.confidence = vocab_combo(vocab.CONFIDENCE, current.confidence)
        self.form.addRow(translate("CasePage", "When:"), when_row)
        self.form.addRow(translate("CasePage", "Fact:"), self.statement)
        self.form.addRow(translate("CasePage", "Source:"), self.source)
        self.form.addRow(translate("CasePage", "Confidence:"), self.confidence)
        self.resize(600, 0)

    def build(self) -> Fact:
        when = When(date=self.when.text().strip(), approximate=self.approximate.isChecked())
        statement = self.statement.toPlainText().strip()
        if not statement:
            raise Refused(translate("CasePage", "Write the fact first."))
        values = {
            "when": when,
            "statement": statement,
            "source": self.source.currentData(),
            "confidence": self.confidence.currentData(),
        }
        base = self.existing.model_dump() if self.existing else {}
        return Fact.model_validate({**base, **values})


class FactsTab(CaseTab):
    history_requested = Signal(str, str)  # path, title

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.table = Table(
            [
                translate("CasePage", "When"),
                translate("CasePage", "Fact"),
                translate("CasePage", "Source"),
                translate("CasePage", "Confidence"),
            ],
            stretch=1,
            fit=False,
        )
        self.add_button = QPushButton(translate("CasePage", "Add a fact…"))
        self.edit_button = QPushButton(translate("CasePage", "Edit…"))
        self.remove_button = QPushButton(translate("CasePage", "Remove…"))
        self.history_button = QPushButton(translate("CasePage", "History of this fact"))
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.remove_button.clicked.connect(self.remove)
        self.history_button.clicked.connect(self._history)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.edit)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons_row(self.add_button, self.edit_button, self.remove_button, self.history_button))
        layout.addWidget(self.table, 1)

    def refresh(self) -> None:
        facts = self.doc.case.facts
        self.table.set_rows(
            [
                [
                    text.when(f.when),
                    f.statement,
                    text.term(vocab.FACT_SOURCES, f.source),
                    text.term(vocab.CONFIDENCE, f.confidence),
                ]
                for f in facts
            ],
            keys=[f.id for f in facts],
        )
        self._update_buttons()

    def selected(self) -> Fact | None:
        key = self.table.selected_key()
        return next((f for f in self.doc.case.facts if f.id == key), None)

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.edit_button, self.remove_button, self.history_button):
            button.setEnabled(chosen)

    def add(self) -> None:
        self._run(FactDialog(None, self))

    def edit(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self._run(FactDialog(chosen, self))

    def _run(self, dialog: FactDialog) -> None:
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        fact = dialog.result_item
        if not accepted or not isinstance(fact, Fact):
            return

        def change(case: Case) -> None:
            if any(f.id == fact.id for f in case.facts):
                case.facts = [fact if f.id == fact.id else f for f in case.facts]
            else:
                case.facts = [*case.facts, fact]

        if self.doc.edit(self, change):
            self.table.select_key(fact.id)

    def remove(self) -> None:
        chosen = self.selected()
        if chosen is None or not dialogs.confirm(
            self,
            translate("CasePage", "Remove fact"),
            translate("CasePage", "Remove this fact? Its text stays in the case history."),
            translate("CasePage", "Remove fact"),
        ):
            return

        def change(case: Case) -> None:
            case.facts = [f for f in case.facts if f.id != chosen.id]

        self.doc.edit(self, change)

    def _history(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.history_requested.emit(f"facts[{chosen.id}]", translate("CasePage", "This fact"))


# --------------------------------------------------------------------------- People
IDENTIFIER_SPEC = ItemSpec(
    Identifier,
    QT_TRANSLATE_NOOP("Items", "an identifier"),
    (
        Column("kind", QT_TRANSLATE_NOOP("Items", "Kind"), "choice", vocab.IDENTIFIER_KINDS),
        Column("value", QT_TRANSLATE_NOOP("Items", "Handle, number or name"), stretch=True),
    ),
)


class PersonDialog(CheckedDialog):
    def __init__(self, existing: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(
            translate("CasePage", "Edit person") if existing else translate("CasePage", "Add a person"), parent
        )
        self.existing = existing
        current = existing or Person()
        self.role = vocab_combo(vocab.PERSON_ROLES, current.role)
        self.name = QLineEdit(current.name)
        self.name.setPlaceholderText(translate("CasePage", "Name or nickname as the client knows them"))
        self.identifiers = ItemsField(IDENTIFIER_SPEC)
        self.identifiers.set_value(current.identifiers)
        self.notes = QPlainTextEdit(current.notes)
        self.notes.setFixedHeight(70)
        self.notes.setTabChangesFocus(True)
        self.form.addRow(translate("CasePage", "Role:"), self.role)
        self.form.addRow(translate("CasePage", "Name:"), self.name)
        self.form.addRow(translate("CasePage", "Accounts and numbers:"), self.identifiers)
        self.form.addRow(translate("CasePage", "Notes:"), self.notes)
        self.resize(640, 0)

    def build(self) -> Person:
        base = self.existing.model_dump() if self.existing else {}
        try:
            return Person.model_validate(
                {
                    **base,
                    "role": self.role.currentData(),
                    "name": self.name.text(),
                    "identifiers": self.identifiers.value(),
                    "notes": self.notes.toPlainText(),
                }
            )
        except ValidationError as exc:  # rows of the identifiers table: say which row
            raise Refused(explain(exc, self.identifiers.rows_in_value)) from None


class PeopleTab(CaseTab):
    """People in the case and their accounts; a handle seen in other cases links to them."""

    open_case_requested = Signal(str)

    def __init__(self, doc: CaseDoc, parent: QWidget | None = None) -> None:
        super().__init__(doc, parent)
        self.add_button = QPushButton(translate("CasePage", "Add a person…"))
        self.add_button.clicked.connect(self.add)
        self.link_buttons: dict[str, list[QPushButton]] = {}  # identifier value -> buttons to other cases
        self.body = QVBoxLayout()
        holder = QWidget()
        holder.setLayout(self.body)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons_row(self.add_button))
        layout.addWidget(
            hint(
                translate(
                    "CasePage",
                    "Recruiters, brokers, managers and companies, with their accounts. An account that appears in other cases is linked.",
                )
            )
        )
        layout.addWidget(scrolling(holder), 1)

    def refresh(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.link_buttons = {}
        links = {(link.kind, link.value): link for link in self.doc.files.links(self.doc.case)}
        for person in self.doc.case.people:
            self.body.addWidget(self._person_box(person, links))
        if not self.doc.case.people:
            self.body.addWidget(label(translate("CasePage", "No one recorded yet."), "muted"))
        self.body.addStretch(1)

    def _person_box(self, person: Person, links: dict[tuple[str, str], Link]) -> QGroupBox:
        role = text.term(vocab.PERSON_ROLES, person.role)
        box = QGroupBox(f"{person.name} — {role}" if person.name else role)
        column = QVBoxLayout(box)
        for ident in person.identifiers:
            column.addWidget(label(f"{text.term(vocab.IDENTIFIER_KINDS, ident.kind)}: {ident.value}"))
            link = links.get((ident.kind, ident.value))
            if link is not None:
                column.addLayout(self._link_row(link))
        if person.notes:
            column.addWidget(label(person.notes, "muted"))
        edit, remove = QPushButton(translate("CasePage", "Edit…")), QPushButton(translate("CasePage", "Remove…"))
        edit.clicked.connect(lambda _=False, p=person: self.edit(p))
        remove.clicked.connect(lambda _=False, p=person: self.remove(p))
        column.addLayout(buttons_row(edit, remove))
        return box

    def _link_row(self, link: Link) -> QHBoxLayout:
        count = len(link.other_cases)
        message = (
            translate("CasePage", "This handle also appears in 1 other case:")
            if count == 1
            else translate("CasePage", "This handle also appears in {count} other cases:").format(count=count)
        )
        note = label(message, wrap=False)
        note.setStyleSheet(f"color: {WARN_AMBER}; font-weight: 600;")
        row = QHBoxLayout()
        row.setContentsMargins(16, 0, 0, 0)
        row.addWidget(note)
        buttons = []
        for reference in link.other_cases:
            button = QPushButton(reference)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("color: #1f5fa8; text-decoration: underline; padding: 0 4px;")
            button.setToolTip(translate("CasePage", "Open this case"))
            button.clicked.connect(lambda _=False, r=reference: self.open_case_requested.emit(r))
            row.addWidget(button)
            buttons.append(button)
        self.link_buttons[link.value] = buttons
        row.addStretch(1)
        return row

    def add(self) -> None:
        self._run(PersonDialog(None, self))

    def edit(self, person: Person) -> None:
        self._run(PersonDialog(person, self))

    def _run(self, dialog: PersonDialog) -> None:
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        person = dialog.result_item
        if not accepted or not isinstance(person, Person):
            return

        def change(case: Case) -> None:
            if any(p.id == person.id for p in case.people):
                case.people = [person if p.id == person.id else p for p in case.people]
            else:
                case.people = [*case.people, person]

        self.doc.edit(self, change)

    def remove(self, person: Person) -> None:
        if not dialogs.confirm(
            self,
            translate("CasePage", "Remove person"),
            translate("CasePage", "Remove {name} from this case? The record stays in the case history.").format(
                name=person.name or translate("CasePage", "this person")
            ),
            translate("CasePage", "Remove"),
        ):
            return

        def change(case: Case) -> None:
            case.people = [p for p in case.people if p.id != person.id]

        self.doc.edit(self, change)
