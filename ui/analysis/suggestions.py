"""Suggestions from the intake answers: the element, why, and the answer it came from. Accepting
records a fact (the client's recorded answer, which the lawyer confirms or rewrites) tagged with the
element, the rule's explanation kept as an analyst note; dismissing keeps it from coming back. Several
can be accepted or dismissed at once."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import elements as analysis
from app.cases import intake, vocab
from app.cases.model import Case
from ui import dialogs
from ui.analysis.context import Context
from ui.analysis.facts import tree
from ui.analysis.marks import tr
from ui.analysis.matrix import framework_name
from ui.widgets import ErrorLabel, label


def answer_text(suggestion: Any) -> str:
    """'What kept them there? Documents withheld' from the rule's path and value, in plain words."""
    path, value = suggestion.path, suggestion.value
    question = None
    for candidate in (path, re.sub(r"\.\d+(?=\.|$)", ".0", path), re.sub(r"\.\d+(?=\.|$)", "", path)):
        try:
            question = intake.question(candidate)
            break
        except StopIteration:
            continue
    prompt = question.prompt if question else path
    if isinstance(value, bool):
        shown = tr("yes") if value else tr("no")
    elif isinstance(value, list):
        shown = ", ".join(_term(question, str(v)) for v in value)
    elif value is None:
        shown = ""
    else:
        shown = _term(question, str(value))
    if not shown:
        return prompt
    return f"{prompt} {shown}" if prompt.endswith("?") else f"{prompt}: {shown}"


def _term(question: Any, code: str) -> str:
    terms = question.terms if question is not None and question.terms else ()
    if code not in vocab.codes(terms):  # a nested field (client.documents.held_by): find its vocabulary
        terms = next(
            (
                t
                for t in vars(vocab).values()
                if isinstance(t, tuple) and t and isinstance(t[0], vocab.Term) and code in vocab.codes(t)
            ),
            (),
        )
    return QCoreApplication.translate("vocab", vocab.label(terms, code)) if terms else code


class StatementDialog(QDialog):
    """Accept one: the fact to record. It starts as the client's recorded answer (the case's words), for the
    lawyer to confirm or rewrite; the rule's explanation is shown apart, as the analyst note it stays."""

    def __init__(self, element: str, suggestion: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Accept the suggestion"))
        self.statement = QPlainTextEdit(analysis.answer_statement(suggestion))
        self.statement.setTabChangesFocus(True)
        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Record the fact"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Element: {element}").format(element=element), "subheading"))
        layout.addWidget(label(tr("From the intake answer: {answer}").format(answer=answer_text(suggestion)), "muted"))
        layout.addWidget(
            label(
                tr(
                    "The fact is recorded as the client's account and tagged with this element. It starts as the "
                    "client's recorded answer: confirm it, or write what the client said in plain words. You can "
                    "edit it later in the Facts tab."
                )
            )
        )
        layout.addWidget(self.statement)
        self.why = label(
            tr("Why Saksi suggests it (kept as an analyst note on the tag, not as a fact): {why}").format(
                why=suggestion.explanation
            ),
            "muted",
        )
        layout.addWidget(self.why)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(600, 360)

    def text(self) -> str:
        return self.statement.toPlainText().strip()

    def accept(self) -> None:
        if not self.text():
            self.error.show_error(tr("Write the fact first."))
            return
        super().accept()


class BulkAcceptDialog(QDialog):
    """Accept several: each becomes a fact in the client's recorded answer, listed before anything is saved."""

    def __init__(self, rows: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Accept {count} suggestions").format(count=len(rows)))
        self.list = QTreeWidget()
        self.list.setHeaderLabels([tr("Element"), tr("Fact to record (the client's answer)")])
        self.list.setRootIsDecorated(False)
        self.list.setWordWrap(True)
        self.list.header().resizeSection(0, 260)
        for element, statement in rows:
            item = QTreeWidgetItem([element, statement])
            item.setToolTip(1, statement)
            self.list.addTopLevelItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Record {count} facts").format(count=len(rows)), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Each suggestion is recorded as a fact in the client's recorded answer and tagged with its "
                    "element. The rule's explanation is kept as an analyst note on the tag, never as a fact. "
                    "You can edit the facts later in the Facts tab."
                )
            )
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 420)


class DismissDialog(QDialog):
    """Dismiss one suggestion, or several at once (``element`` then names them one a line)."""

    def __init__(self, element: str, parent: QWidget | None = None, count: int = 1) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            tr("Dismiss the suggestion") if count == 1 else tr("Dismiss {count} suggestions").format(count=count)
        )
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Optional: why it does not apply"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Dismiss"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if count == 1:
            layout.addWidget(label(tr("Element: {element}").format(element=element), "subheading"))
        else:
            layout.addWidget(label(tr("Elements:"), "subheading"))
            layout.addWidget(label(element, "muted"))
        layout.addWidget(
            label(
                tr("It will not be suggested again for this case. The note is kept with the case.")
                if count == 1
                else tr("They will not be suggested again for this case. The note is kept with each of them.")
            )
        )
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(520, 0)


class SuggestionsPanel(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.suggestions: list[Any] = []
        self.list = tree([tr("Element"), tr("Why"), tr("From the intake answer")])
        self.list.setWordWrap(True)
        self.list.setUniformRowHeights(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # bulk accept / dismiss
        header = self.list.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 330)
        header.resizeSection(1, 460)
        self.accept_button = QPushButton(tr("Accept…"))
        self.accept_button.setObjectName("primary")
        self.dismiss_button = QPushButton(tr("Dismiss…"))
        self.select_all_button = QPushButton(tr("Select all"))
        self.select_all_button.setToolTip(tr("Select every suggestion, to accept or dismiss them together"))
        self.select_all_button.clicked.connect(self.list.selectAll)
        self.chosen_count = label(role="muted", wrap=False)
        self.empty = label(
            tr("No suggestions: every element suggested by the intake answers is tagged on a fact or dismissed."),
            "muted",
        )
        self.accept_button.clicked.connect(self.accept_current)
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept_current())
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.dismiss_button)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.chosen_count)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                tr(
                    "Elements the intake answers point to. Nothing is tagged until you accept: accepting records "
                    "the client's answer as the fact and tags it; dismissing hides the suggestion for this case. "
                    "Select several (Ctrl or Shift and click) to accept or dismiss them together."
                ),
                "muted",
            )
        )
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self._update_buttons()

    def element_text(self, element_id: str) -> str:
        try:
            element = self.context.library.element(element_id)
        except KeyError:
            return element_id
        return f"{element.label} ({framework_name(self.context.library.framework(element.framework))})"

    def refresh(self) -> None:
        current = self.current()
        self.suggestions = analysis.suggestions(self.context.case, self.context.library)
        self.list.clear()
        for index, suggestion in enumerate(self.suggestions):
            item = QTreeWidgetItem(
                [self.element_text(suggestion.element), suggestion.explanation, answer_text(suggestion)]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            self.list.addTopLevelItem(item)
            if current is not None and (suggestion.rule, suggestion.element) == (current.rule, current.element):
                self.list.setCurrentItem(item)
        first = self.list.topLevelItem(0)
        if self.list.currentItem() is None and first is not None:
            self.list.setCurrentItem(first)
        self.empty.setVisible(not self.suggestions)
        self.list.setVisible(bool(self.suggestions))
        self._update_buttons()

    def current(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        index = int(item.data(0, Qt.ItemDataRole.UserRole))
        return self.suggestions[index] if 0 <= index < len(self.suggestions) else None

    def select(self, element_id: str, rule: str = "") -> None:
        for index, suggestion in enumerate(self.suggestions):
            if suggestion.element == element_id and (not rule or suggestion.rule == rule):
                item = self.list.topLevelItem(index)
                if item is not None:
                    self.list.setCurrentItem(item)
                return

    def chosen(self) -> list[Any]:
        """The selected suggestions, in list order (the current one when nothing is selected)."""
        rows = sorted(self.list.indexOfTopLevelItem(item) for item in self.list.selectedItems())
        found = [self.suggestions[r] for r in rows if 0 <= r < len(self.suggestions)]
        if not found and self.current() is not None:
            found = [self.current()]
        return found

    def _update_buttons(self) -> None:
        count = len(self.chosen())
        self.accept_button.setEnabled(count > 0)
        self.dismiss_button.setEnabled(count > 0)
        self.accept_button.setText(tr("Accept…") if count <= 1 else tr("Accept {count}…").format(count=count))
        self.dismiss_button.setText(tr("Dismiss…") if count <= 1 else tr("Dismiss {count}…").format(count=count))
        self.chosen_count.setText(tr("{count} selected").format(count=count) if count > 1 else "")

    def accept_current(self) -> None:
        chosen = self.chosen()
        if len(chosen) > 1:
            self.accept_many(chosen)
            return
        suggestion = chosen[0] if chosen else None
        if suggestion is None:
            return
        dialog = StatementDialog(self.element_text(suggestion.element), suggestion, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        statement = dialog.text()
        dialog.deleteLater()
        if not accepted or not statement:
            return
        who = self.context.who

        def change(case: Case) -> None:
            analysis.accept(case, suggestion, statement, who)

        self.context.edit(self, change)

    def accept_many(self, chosen: list[Any]) -> None:
        rows = [(self.element_text(s.element), analysis.answer_statement(s)) for s in chosen]
        dialog = BulkAcceptDialog(rows, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        who = self.context.who

        def change(case: Case) -> None:
            analysis.accept_all(case, chosen, who)

        self.context.edit(self, change)

    def dismiss_current(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        element = "\n".join(f"• {self.element_text(s.element)}" for s in chosen)
        if len(chosen) == 1:
            element = self.element_text(chosen[0].element)
        dialog = DismissDialog(element, self, count=len(chosen))
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        note = dialog.note.text().strip()
        dialog.deleteLater()
        if not accepted:
            return
        who = self.context.who

        def change(case: Case) -> None:
            analysis.dismiss_all(case, chosen, who, note)

        self.context.edit(self, change)
