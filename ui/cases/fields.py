"""Answer widgets for the intake questions, one per ``Question.kind``, and the small table editor
for lists (names, contacts, documents, compounds, charges, deadlines, consents, remedies).

Each field reports ``edited(final)``: ``final`` is False while the person is still typing (the
answer is applied only if valid, errors stay quiet) and True when they have finished (Enter,
leaving the field, a click), when a problem is shown next to the field.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any, Literal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.intake import Question
from app.cases.model import (
    Charge,
    Compound,
    Consent,
    Contact,
    Deadline,
    IdentityDocument,
    Item,
    Name,
    Remedy,
    new_id,
)
from ui.cases import text
from ui.widgets import label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for pyside6-lupdate where it is defined; it is translated where it is shown."""
    return source


CURRENCIES = ("USD", "KHR", "THB", "MMK", "LAK", "VND", "MYR", "IDR", "PHP", "CNY")
NAME_KINDS = (vocab.Term("name", "Name"), vocab.Term("alias", "Alias"), vocab.Term("other", "Other"))
NOT_ANSWERED = QT_TRANSLATE_NOOP("Answers", "Not answered")
GRID_WIDTH = 540  # px: what a grid of check boxes may take in the interview, in a 1200x760 window
GRID_SPACING = 24
CHECK_INDICATOR = 28  # the box and its gap before the caption


class AnswerField(QWidget):
    """Base: ``value()`` is what goes into the case; ``set_value`` shows an answer without emitting."""

    edited = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._loading = True
        try:
            self._show(value)
        finally:
            self._loading = False

    def _show(self, value: Any) -> None:
        raise NotImplementedError

    def _emit(self, final: bool = True) -> None:
        if not self._loading:
            self.edited.emit(final)

    def _emit_final(self, *_args: object) -> None:
        self._emit(True)

    def _emit_typing(self, *_args: object) -> None:
        self._emit(False)


def _row(*widgets: QWidget, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    if stretch:
        row.addStretch(1)
    return row


class TextField(AnswerField):
    def __init__(self, placeholder: str = "", width: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setFixedWidth(width or 520)  # a short answer gets a short box, wide enough for its hint
        self.edit.textChanged.connect(self._emit_typing)
        self.edit.editingFinished.connect(self._emit_final)
        self.setLayout(_row(self.edit))

    def value(self) -> Any:
        return self.edit.text()

    def _show(self, value: Any) -> None:
        self.edit.setText(str(value or ""))


class DateField(TextField):
    """A date as clients remember it: 2024, 2024-03 or 2024-03-15."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Answers", "2024, 2024-03 or 2024-03-15"), 220, parent)


class LanguagesField(TextField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Answers", "Separate with commas, e.g. Khmer, English"), 0, parent)

    def value(self) -> Any:
        return [part.strip() for part in self.edit.text().split(",") if part.strip()]

    def _show(self, value: Any) -> None:
        self.edit.setText(", ".join(value or []))


class LongTextField(AnswerField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(90)
        self.edit.textChanged.connect(self._emit_final)
        self.setLayout(_row(self.edit, stretch=False))

    def value(self) -> Any:
        return self.edit.toPlainText()

    def _show(self, value: Any) -> None:
        self.edit.setPlainText(str(value or ""))


class ChoiceField(AnswerField):
    """Vocabulary labels plus "Not answered", which stands for the field's default (None or "unknown")."""

    def __init__(self, terms: tuple[vocab.Term, ...], default: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(260)
        blank = (
            translate("Answers", NOT_ANSWERED)
            if default in (None, "")
            else translate("Answers", "Not answered / not known")
        )
        self.combo.addItem(blank, default)
        for item in terms:
            if item.code != default:
                self.combo.addItem(text.term(terms, item.code), item.code)
        self.combo.currentIndexChanged.connect(self._emit_final)
        self.setLayout(_row(self.combo))

    def value(self) -> Any:
        return self.combo.currentData()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value)
        if index < 0 and value:  # a code from a newer vocabulary: keep it visible, not silently dropped
            self.combo.addItem(str(value), value)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(max(index, 0))

    def choose(self, code: str | None) -> None:
        """Pick the answer as a person would (emits)."""
        self.combo.setCurrentIndex(self.combo.findData(code))


def grid_columns(captions: list[str], wanted: int) -> int:
    """``wanted`` columns of check boxes, or fewer when the longest caption would make the grid too wide
    (a longer language must wrap into more rows, not push the interview sideways)."""
    widest = max((QFontMetrics(QApplication.font()).horizontalAdvance(c) for c in captions), default=0)
    fitting = (GRID_WIDTH + GRID_SPACING) // (widest + CHECK_INDICATOR + GRID_SPACING)
    return max(1, min(wanted, fitting))


class CheckGrid(QWidget):
    """Checkboxes in columns; the checked codes come back in vocabulary order."""

    toggled = Signal()

    def __init__(self, items: list[tuple[str, str]], columns: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(GRID_SPACING)
        self.boxes: dict[str, QCheckBox] = {}
        rows = (len(items) + columns - 1) // columns
        for index, (code, caption) in enumerate(items):
            box = QCheckBox(caption.replace("&", "&&"))
            box.toggled.connect(self.toggled)
            self.boxes[code] = box
            grid.addWidget(box, index % rows, index // rows)
        grid.setColumnStretch(columns, 1)

    def checked(self) -> list[str]:
        return [code for code, box in self.boxes.items() if box.isChecked()]

    def set_checked(self, codes: list[str]) -> None:
        for code, box in self.boxes.items():
            box.setChecked(code in codes)


class ChoicesField(AnswerField):
    def __init__(self, terms: tuple[vocab.Term, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        items = [(t.code, text.term(terms, t.code)) for t in terms]
        self.grid = CheckGrid(items, grid_columns([caption for _code, caption in items], 2 if len(terms) <= 12 else 3))
        self.grid.toggled.connect(self._emit_final)
        self._extra: list[str] = []  # codes the grid does not know, kept as they were
        self.setLayout(_row(self.grid))

    @property
    def boxes(self) -> dict[str, QCheckBox]:
        return self.grid.boxes

    def value(self) -> Any:
        return self.grid.checked() + self._extra

    def _show(self, value: Any) -> None:
        codes = list(value or [])
        self._extra = [c for c in codes if c not in self.grid.boxes]
        self.grid.set_checked(codes)


class YesNoField(AnswerField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for code in ("yes", "no", "unknown"):
            button = QRadioButton(text.term(vocab.YES_NO, code))
            self.buttons[code] = button
            self.group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        self.setLayout(row)
        self.group.buttonToggled.connect(self._toggled)

    def _toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._emit(True)

    def value(self) -> Any:
        return next((code for code, b in self.buttons.items() if b.isChecked()), "unknown")

    def _show(self, value: Any) -> None:
        self.buttons.get(str(value), self.buttons["unknown"]).setChecked(True)


class NumberField(AnswerField):
    """A whole number, or "Not answered" at the bottom of the range."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spin = QSpinBox()
        self.spin.setRange(-1, 999)
        self.spin.setSpecialValueText(translate("Answers", NOT_ANSWERED))
        self.spin.setMinimumWidth(140)
        self.spin.valueChanged.connect(self._emit_final)
        self.setLayout(_row(self.spin))

    def value(self) -> Any:
        return None if self.spin.value() < 0 else self.spin.value()

    def _show(self, value: Any) -> None:
        self.spin.setValue(-1 if value is None else int(value))


class WhenField(AnswerField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(translate("Answers", "2024, 2024-03 or 2024-03-15"))
        self.edit.setFixedWidth(220)
        self.approximate = QCheckBox(translate("Answers", "Approximate"))
        self.edit.textChanged.connect(self._emit_typing)
        self.edit.editingFinished.connect(self._emit_final)
        self.approximate.toggled.connect(self._emit_final)
        self.setLayout(_row(self.edit, self.approximate))

    def value(self) -> Any:
        return {"date": self.edit.text().strip(), "approximate": self.approximate.isChecked()}

    def _show(self, value: Any) -> None:
        self.edit.setText(value.date if value is not None else "")
        self.approximate.setChecked(bool(value is not None and value.approximate))


class MoneyField(AnswerField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(translate("Answers", "Amount, e.g. 1500"))
        self.amount.setFixedWidth(180)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["", *CURRENCIES])
        self.currency.setMaximumWidth(100)
        self.amount.textChanged.connect(self._emit_typing)
        self.amount.editingFinished.connect(self._emit_final)
        self.currency.currentTextChanged.connect(self._emit_typing)
        self.currency.activated.connect(self._emit_final)
        self.setLayout(_row(self.amount, self.currency))

    def value(self) -> Any:
        return {"amount": self.amount.text().strip().replace(",", ""), "currency": self.currency.currentText()}

    def _show(self, value: Any) -> None:
        self.amount.setText(value.amount if value is not None else "")
        self.currency.setCurrentText(value.currency if value is not None else "")


def _country_caption(code: str) -> str:
    return f"{text.country(code)} ({code})"


class CountryField(AnswerField):
    """The usual countries by name, or any two-letter code typed in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setEditable(True)
        self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.combo.setMinimumWidth(260)
        self.combo.addItem(translate("Answers", NOT_ANSWERED), "")
        for item in vocab.COUNTRIES:
            self.combo.addItem(_country_caption(item.code), item.code)
        typing = self.combo.lineEdit()
        assert typing is not None  # an editable combo box has one
        typing.setPlaceholderText(translate("Answers", "Choose, or type a two-letter code"))
        # "Not answered" is a choice in the list, never text in the field: typing would append to it
        self.combo.currentIndexChanged.connect(self._clear_not_answered)
        self.combo.currentIndexChanged.connect(self._emit_final)
        self.combo.editTextChanged.connect(self._emit_typing)
        typing.editingFinished.connect(self._emit_final)
        self.setLayout(_row(self.combo))

    def value(self) -> Any:
        typed = self.combo.currentText().strip()
        index = self.combo.findText(typed, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return self.combo.itemData(index)
        return typed.upper()

    def _show(self, value: Any) -> None:
        index = self.combo.findData(value or "")
        if index >= 0:
            self.combo.setCurrentIndex(index)
            self._clear_not_answered(index)
        else:
            self.combo.setEditText(str(value))

    def _clear_not_answered(self, index: int) -> None:
        if index == 0 and self.combo.currentText():
            self.combo.setEditText("")  # the placeholder then says what to do


def split_codes(typed: str) -> list[str]:
    return [part.strip().upper() for part in re.split(r"[,\s;>→]+", typed) if part.strip()]


class CountriesField(AnswerField):
    """A checklist of the usual countries plus others typed as codes; ``ordered`` (a route) is typed in order."""

    def __init__(self, ordered: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ordered = ordered
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        self.grid: CheckGrid | None = None
        self.other = QLineEdit()
        self.other.textChanged.connect(self._emit_typing)
        self.other.editingFinished.connect(self._emit_final)
        self.preview = label(role="muted")
        if ordered:
            self.other.setPlaceholderText(translate("Answers", "Two-letter codes in order, e.g. KH, TH, MM"))
            layout.addWidget(self.other)
            layout.addWidget(self.preview)
            self.other.textChanged.connect(self._update_preview)
        else:
            items = [(t.code, _country_caption(t.code)) for t in vocab.COUNTRIES]
            self.grid = CheckGrid(items, grid_columns([caption for _code, caption in items], 4))
            self.grid.toggled.connect(self._emit_final)
            self.other.setPlaceholderText(translate("Answers", "Other countries: two-letter codes, e.g. FR, US"))
            self.other.setMaximumWidth(380)
            layout.addWidget(self.grid)
            layout.addWidget(self.other)
        self.setLayout(layout)

    def value(self) -> Any:
        typed = split_codes(self.other.text())
        if self.grid is None:
            return typed
        checked = self.grid.checked()
        return checked + [c for c in typed if c not in checked]

    def _show(self, value: Any) -> None:
        codes = list(value or [])
        if self.grid is None:
            self.other.setText(", ".join(codes))
        else:
            self.grid.set_checked(codes)
            self.other.setText(", ".join(c for c in codes if c not in self.grid.boxes))
        self._update_preview()

    def _update_preview(self) -> None:
        if self.ordered:
            self.preview.setText(text.countries(split_codes(self.other.text()), " → "))


# --------------------------------------------------------------------------- lists of items
@dataclass(frozen=True)
class Column:
    key: str  # dotted key inside the item, e.g. "amount.currency"
    title: str  # English source, translated in context "Items"
    kind: Literal["text", "choice", "bool"] = "text"
    terms: tuple[vocab.Term, ...] = ()
    default: Any = None
    stretch: bool = False


@dataclass(frozen=True)
class ItemSpec:
    model: type[Item]
    noun: str  # for "Add …", with its article: "a name"
    columns: tuple[Column, ...]


ITEM_SPECS: dict[str, ItemSpec] = {
    "client.names": ItemSpec(
        Name,
        QT_TRANSLATE_NOOP("Items", "a name"),
        (
            Column("text", QT_TRANSLATE_NOOP("Items", "Name (any script)"), stretch=True),
            Column("kind", QT_TRANSLATE_NOOP("Items", "Kind"), "choice", NAME_KINDS),
            Column("script", QT_TRANSLATE_NOOP("Items", "Script (optional)")),
        ),
    ),
    "client.contacts": ItemSpec(
        Contact,
        QT_TRANSLATE_NOOP("Items", "a contact"),
        (
            Column("kind", QT_TRANSLATE_NOOP("Items", "Kind"), "choice", vocab.CONTACT_KINDS),
            Column("value", QT_TRANSLATE_NOOP("Items", "Number or address"), stretch=True),
            Column("safe_to_contact", QT_TRANSLATE_NOOP("Items", "Safe to contact"), "bool"),
            Column("note", QT_TRANSLATE_NOOP("Items", "Note")),
        ),
    ),
    "client.documents": ItemSpec(
        IdentityDocument,
        QT_TRANSLATE_NOOP("Items", "a document"),
        (
            Column("type", QT_TRANSLATE_NOOP("Items", "Document"), "choice", vocab.DOCUMENT_TYPES),
            Column("number", QT_TRANSLATE_NOOP("Items", "Number"), stretch=True),
            Column("issuer", QT_TRANSLATE_NOOP("Items", "Issued by")),
            Column("held_by", QT_TRANSLATE_NOOP("Items", "Held by now"), "choice", vocab.HELD_BY, "unknown"),
        ),
    ),
    "compounds": ItemSpec(
        Compound,
        QT_TRANSLATE_NOOP("Items", "a compound"),
        (
            Column("name", QT_TRANSLATE_NOOP("Items", "Compound or company"), stretch=True),
            Column("place", QT_TRANSLATE_NOOP("Items", "Place")),
            Column("country", QT_TRANSLATE_NOOP("Items", "Country (code)")),
            Column("arrived.date", QT_TRANSLATE_NOOP("Items", "Arrived")),
            Column("left.date", QT_TRANSLATE_NOOP("Items", "Left")),
        ),
    ),
    "charges": ItemSpec(
        Charge,
        QT_TRANSLATE_NOOP("Items", "a charge"),
        (
            Column("offence", QT_TRANSLATE_NOOP("Items", "Offence"), stretch=True),
            Column("kind", QT_TRANSLATE_NOOP("Items", "Kind"), "choice", vocab.CHARGE_KINDS),
            Column("authority", QT_TRANSLATE_NOOP("Items", "Authority")),
            Column("case_number", QT_TRANSLATE_NOOP("Items", "Case number")),
            Column("stage", QT_TRANSLATE_NOOP("Items", "Stage"), "choice", vocab.CHARGE_STAGES),
            Column("non_punishment", QT_TRANSLATE_NOOP("Items", "Non-punishment"), "choice", vocab.NON_PUNISHMENT),
        ),
    ),
    "deadlines": ItemSpec(
        Deadline,
        QT_TRANSLATE_NOOP("Items", "a date"),
        (
            Column("due_on", QT_TRANSLATE_NOOP("Items", "Date (2024-03-15)")),
            Column("title", QT_TRANSLATE_NOOP("Items", "What"), stretch=True),
            Column("kind", QT_TRANSLATE_NOOP("Items", "Kind"), "choice", vocab.DEADLINE_KINDS),
            Column("done", QT_TRANSLATE_NOOP("Items", "Done"), "bool"),
        ),
    ),
    "consents": ItemSpec(
        Consent,
        QT_TRANSLATE_NOOP("Items", "a consent"),
        (
            Column("what", QT_TRANSLATE_NOOP("Items", "What the client agreed to"), stretch=True),
            Column("recipient", QT_TRANSLATE_NOOP("Items", "Shared with")),
            Column("given_on", QT_TRANSLATE_NOOP("Items", "Given on")),
            Column("withdrawn_on", QT_TRANSLATE_NOOP("Items", "Withdrawn on")),
        ),
    ),
    "remedies": ItemSpec(
        Remedy,
        QT_TRANSLATE_NOOP("Items", "an amount"),
        (
            Column("kind", QT_TRANSLATE_NOOP("Items", "What"), "choice", vocab.REMEDY_KINDS),
            Column("amount.amount", QT_TRANSLATE_NOOP("Items", "Amount")),
            Column("amount.currency", QT_TRANSLATE_NOOP("Items", "Currency")),
            Column("paid_by", QT_TRANSLATE_NOOP("Items", "Paid by"), "choice", vocab.PAID_BY),
            Column("notes", QT_TRANSLATE_NOOP("Items", "Notes"), stretch=True),
        ),
    ),
}


def _get(data: dict[str, Any], key: str) -> Any:
    value: Any = data
    for part in key.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _put(data: dict[str, Any], key: str, value: Any) -> None:
    *parents, last = key.split(".")
    for part in parents:
        data = data.setdefault(part, {})
    data[last] = value


class ItemsField(AnswerField):
    """A table with a row per item; untouched fields and ids of each item are kept as they were."""

    def __init__(self, spec: ItemSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.table = QTableWidget(0, len(spec.columns))
        self.table.setHorizontalHeaderLabels([QCoreApplication.translate("Items", c.title) for c in spec.columns])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for index, column in enumerate(spec.columns):
            if column.stretch:
                header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
        noun = QCoreApplication.translate("Items", spec.noun)
        self.add_button = QPushButton(translate("Answers", "Add {thing}").format(thing=noun))
        self.remove_button = QPushButton(translate("Answers", "Remove selected"))
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemChanged.connect(self._emit_final)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._ids: list[str] = []
        self._originals: dict[str, dict[str, Any]] = {}
        self.rows_in_value: list[int] = []  # table row of each item in the last value()
        layout = QVBoxLayout()
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(_row(self.add_button, self.remove_button))
        self.setLayout(layout)
        self._fit()

    def _show(self, value: Any) -> None:
        items: list[Item] = list(value or [])
        self.table.setRowCount(0)
        self._ids = []
        self._originals = {item.id: item.model_dump(mode="json") for item in items}
        for item in items:
            self._append(self._originals[item.id])
        self._fit()

    def _append(self, data: dict[str, Any]) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self._ids.append(str(data["id"]))
        for col, column in enumerate(self.spec.columns):
            current = _get(data, column.key)
            if column.kind == "choice":
                self.table.setCellWidget(row, col, self._combo(column, current))
            elif column.kind == "bool":
                cell = QTableWidgetItem()
                cell.setFlags(
                    Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                )
                cell.setCheckState(Qt.CheckState.Checked if current else Qt.CheckState.Unchecked)
                self.table.setItem(row, col, cell)
            else:
                self.table.setItem(row, col, QTableWidgetItem("" if current is None else str(current)))
        return row

    def _combo(self, column: Column, current: Any) -> QComboBox:
        combo = QComboBox()
        combo.setFrame(False)
        for term in column.terms:
            combo.addItem(text.term(column.terms, term.code), term.code)
        index = combo.findData(current if current is not None else column.default)
        combo.setCurrentIndex(max(index, 0))
        combo.currentIndexChanged.connect(self._emit_final)
        return combo

    def add_row(self) -> None:
        self._loading = True
        try:
            row = self._append({"id": new_id()})
        finally:
            self._loading = False
        self._fit()
        first_text = next((i for i, c in enumerate(self.spec.columns) if c.kind == "text"), None)
        cell = self.table.item(row, first_text) if first_text is not None else None
        if cell is not None:  # straight into typing the new row
            self.table.setCurrentItem(cell)
            self.table.editItem(cell)

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
            del self._ids[row]
        self._fit()
        if rows:
            self._emit(True)

    def cell(self, row: int, key: str) -> QTableWidgetItem | QComboBox | None:
        """The cell editor of ``key`` in ``row`` (a QComboBox for choice columns)."""
        col = next(i for i, c in enumerate(self.spec.columns) if c.key == key)
        widget = self.table.cellWidget(row, col)
        return widget if isinstance(widget, QComboBox) else self.table.item(row, col)

    def value(self) -> Any:
        items, self.rows_in_value = [], []
        for row, item_id in enumerate(self._ids):
            data = copy.deepcopy(self._originals.get(item_id, {"id": item_id}))
            typed = False
            for col, column in enumerate(self.spec.columns):
                value = self._cell_value(row, col, column)
                typed = typed or (column.kind == "text" and bool(str(value).strip()))
                _put(data, column.key, value)
            if typed or item_id in self._originals:  # a new row stays out until something is typed in it
                items.append(data)
                self.rows_in_value.append(row)
        return items

    def _cell_value(self, row: int, col: int, column: Column) -> Any:
        if column.kind == "choice":
            widget = self.table.cellWidget(row, col)
            return widget.currentData() if isinstance(widget, QComboBox) else column.default
        cell = self.table.item(row, col)
        if column.kind == "bool":
            return cell is not None and cell.checkState() == Qt.CheckState.Checked
        return cell.text().strip() if cell is not None else ""

    def adopt(self, items: list[Item]) -> None:
        """After a save: the saved items are the new originals (ids stay with their rows)."""
        self._originals = {item.id: item.model_dump(mode="json") for item in items}

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def _fit(self) -> None:
        """Tall enough for the rows (at least three), so the section scrolls rather than the table."""
        rows = max(3, min(self.table.rowCount() + 1, 10))
        height = (
            self.table.horizontalHeader().sizeHint().height() + rows * self.table.verticalHeader().defaultSectionSize()
        )
        self.table.setFixedHeight(height + 2 * self.table.frameWidth() + 4)
        self._update_buttons()


def make_field(question: Question, default: Any) -> AnswerField:
    """The widget for a question's kind; ``default`` is the field's value when unanswered."""
    kind = question.kind
    if kind == "text":
        return TextField()
    if kind == "longtext":
        return LongTextField()
    if kind == "choice":
        return ChoiceField(question.terms, default)
    if kind == "choices":
        return ChoicesField(question.terms)
    if kind == "yesno":
        return YesNoField()
    if kind == "number":
        return NumberField()
    if kind in ("date", "fuzzydate"):
        return DateField()
    if kind == "when":
        return WhenField()
    if kind == "money":
        return MoneyField()
    if kind == "country":
        return CountryField()
    if kind == "countries":
        return CountriesField(ordered=question.id.endswith("route"))
    if kind == "languages":
        return LanguagesField()
    if kind == "items":
        return ItemsField(ITEM_SPECS[question.id])
    raise ValueError(f"no widget for {kind}")
