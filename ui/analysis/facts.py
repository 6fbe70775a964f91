"""Facts and their tags: the facts of the case; for the selected one, the elements it is tagged
with (supports / disputes, a note) and the exhibits that back it. Every change saves at once and
the matrix above follows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis import elements as analysis
from app.cases.model import Case, Fact
from ui import dialogs, i18n
from ui.analysis.context import Context
from ui.analysis.marks import tr
from ui.analysis.matrix import framework_name
from ui.cases import text
from ui.cases.case_editors import FactDialog
from ui.widgets import label

IdRole = Qt.ItemDataRole.UserRole


def stance_name(stance: str) -> str:
    return tr("disputes") if stance == "disputes" else tr("supports")


class TagDialog(QDialog):
    """Tag the fact with an element of the chosen frameworks: supports or disputes, with a note."""

    def __init__(self, context: Context, fact: Fact, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Tag the fact with an element"))
        self.element = QComboBox()
        tagged = {t.element for t in fact.tags}
        for element in context.elements():
            framework = context.library.framework(element.framework)
            groups = {g.id: g.label for g in framework.groups}
            group = f" · {groups.get(element.group, element.group)}" if len(framework.groups) > 1 else ""
            already = " " + tr("(already tagged)") if element.id in tagged else ""
            self.element.addItem(f"{framework_name(framework)}{group}: {element.label}{already}", element.id)
            self.element.setItemData(self.element.count() - 1, element.description, Qt.ItemDataRole.ToolTipRole)
        self.supports = QRadioButton(tr("Supports the element"))
        self.disputes = QRadioButton(tr("Disputes it (a fact against it)"))
        self.supports.setChecked(True)
        self.stances = QButtonGroup(self)
        self.stances.addButton(self.supports)
        self.stances.addButton(self.disputes)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Optional: why this fact bears on the element"))
        stance_row = QHBoxLayout()
        stance_row.addWidget(self.supports)
        stance_row.addWidget(self.disputes)
        stance_row.addStretch(1)
        form = QFormLayout()
        form.addRow(tr("Fact:"), label(fact.statement))
        form.addRow(tr("Element:"), self.element)
        form.addRow(tr("Stance:"), stance_row)
        form.addRow(tr("Note:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(tr("Tag"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(640, 0)

    def choose(self, element_id: str, stance: str = "supports", note: str = "") -> None:
        self.element.setCurrentIndex(self.element.findData(element_id))
        (self.disputes if stance == "disputes" else self.supports).setChecked(True)
        self.note.setText(note)

    def values(self) -> tuple[str, analysis.Stance, str]:
        stance: analysis.Stance = "disputes" if self.disputes.isChecked() else "supports"
        return str(self.element.currentData()), stance, self.note.text().strip()


def tree(headers: list[str]) -> QTreeWidget:
    widget = QTreeWidget()
    widget.setHeaderLabels(headers)
    widget.setRootIsDecorated(False)
    widget.setUniformRowHeights(True)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    return widget


class FactsPanel(QWidget):
    fact_selected = Signal(str)

    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.facts = tree([tr("Fact"), tr("When"), tr("Tags"), tr("Exhibits")])
        header = self.facts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 150), (2, 45), (3, 80)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, i18n.column_width(header, column, width))
        self.add_button = QPushButton(tr("Add a fact…"))
        self.tags = tree([tr("Element"), tr("Stance"), tr("Note")])
        tag_header = self.tags.header()  # the element takes what is left: no sideways scrolling at 1200 px
        tag_header.setStretchLastSection(False)
        tag_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 75), (2, 90)):
            tag_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            tag_header.resizeSection(column, i18n.column_width(tag_header, column, width))
        self.tag_button = QPushButton(tr("Add a tag…"))
        self.untag_button = QPushButton(tr("Remove tag"))
        self.exhibits = QListWidget()
        self.exhibits.setMaximumHeight(self.exhibits.fontMetrics().height() * 3 + 12)
        self.link_button = QPushButton(tr("Link an exhibit…"))
        self.unlink_button = QPushButton(tr("Unlink"))
        self.selected_heading = label(tr("Select a fact to see and change its tags and exhibits."), "muted")
        self.tag_button.setToolTip(tr("Tag the selected fact with an element or indicator"))
        self.link_button.setToolTip(tr("Link an exhibit of the case to the selected fact"))
        self.add_button.clicked.connect(self.add_fact)
        self.tag_button.clicked.connect(self.tag)
        self.untag_button.clicked.connect(self.untag)
        self.link_button.clicked.connect(self.link_exhibit)
        self.unlink_button.clicked.connect(self.unlink_exhibit)
        self.facts.currentItemChanged.connect(lambda *_: self._show_selected())
        self.tags.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.exhibits.currentItemChanged.connect(lambda *_: self._update_buttons())

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(label(tr("Facts"), "subheading"))
        top.addStretch(1)
        top.addWidget(self.add_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.facts, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(_row(self.selected_heading, self.tag_button, self.untag_button))
        right_layout.addWidget(self.tags, 1)
        right_layout.addLayout(
            _row(label(tr("Exhibits that back this fact"), "muted"), self.link_button, self.unlink_button)
        )
        right_layout.addWidget(self.exhibits)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([680, 540])
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._update_buttons()

    # ---- showing
    def refresh(self) -> None:
        current = self.current_fact_id()
        self.facts.blockSignals(True)
        self.facts.clear()
        labels = self.context.labels
        for fact in self.context.case.facts:
            exhibits = ", ".join(labels[i] for i in fact.evidence_ids if i in labels)
            item = QTreeWidgetItem([fact.statement, text.when(fact.when), str(len(fact.tags)), exhibits or "—"])
            item.setData(0, IdRole, fact.id)
            item.setToolTip(0, fact.statement)
            self.facts.addTopLevelItem(item)
        self.facts.blockSignals(False)
        if current:
            self.select_fact(current)
        elif self.facts.topLevelItemCount():
            first = self.facts.topLevelItem(0)
            if first is not None:
                self.facts.setCurrentItem(first)
        self._show_selected()

    def current_fact_id(self) -> str:
        item = self.facts.currentItem()
        return str(item.data(0, IdRole)) if item is not None else ""

    def current_fact(self) -> Fact | None:
        return self.context.fact(self.current_fact_id())

    def select_fact(self, fact_id: str) -> None:
        for index in range(self.facts.topLevelItemCount()):
            item = self.facts.topLevelItem(index)
            if item is not None and item.data(0, IdRole) == fact_id:
                self.facts.setCurrentItem(item)
                self.facts.scrollToItem(item)
                return

    def _show_selected(self) -> None:
        fact = self.current_fact()
        current_tag = self._current_tag()
        self.tags.clear()
        self.exhibits.clear()
        if fact is None:
            self.selected_heading.setText(tr("Select a fact to see and change its tags and exhibits."))
            self._update_buttons()
            return
        self.selected_heading.setText(tr("Elements this fact is tagged with"))
        for tag in fact.tags:
            item = QTreeWidgetItem([self.context.element_name(tag.element), stance_name(tag.stance), tag.note])
            item.setData(0, IdRole, tag.element)
            item.setToolTip(0, item.text(0))
            item.setToolTip(2, tag.note)
            self.tags.addTopLevelItem(item)
            if tag.element == current_tag:
                self.tags.setCurrentItem(item)
        for item_id in fact.evidence_ids:
            exhibit = self.context.exhibit(item_id)
            entry = QListWidgetItem(
                self.context.exhibit_text(exhibit) if exhibit else tr("(an exhibit no longer in the case)")
            )
            entry.setData(IdRole, item_id)
            self.exhibits.addItem(entry)
        self.fact_selected.emit(fact.id)
        self._update_buttons()

    def _current_tag(self) -> str:
        item = self.tags.currentItem()
        return str(item.data(0, IdRole)) if item is not None else ""

    def _update_buttons(self) -> None:
        chosen = self.current_fact() is not None
        self.tag_button.setEnabled(chosen)
        self.link_button.setEnabled(chosen)
        self.untag_button.setEnabled(chosen and self.tags.currentItem() is not None)
        self.unlink_button.setEnabled(chosen and self.exhibits.currentItem() is not None)

    # ---- changing
    def _edit_fact(self, fact_id: str, change: Callable[[Fact], None]) -> bool:
        def apply(case: Case) -> None:
            change(next(f for f in case.facts if f.id == fact_id))

        return self.context.edit(self, apply)

    def add_fact(self) -> None:
        dialog = FactDialog(None, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        fact = dialog.result_item
        if not accepted or not isinstance(fact, Fact):
            return

        def change(case: Case) -> None:
            case.facts = [*case.facts, fact]

        if self.context.edit(self, change):
            self.select_fact(fact.id)

    def tag(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        dialog = TagDialog(self.context, fact, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        element_id, stance, note = dialog.values()
        if not element_id:
            return
        who = self.context.who
        self._edit_fact(fact.id, lambda f: analysis.tag(f, element_id, who, stance=stance, note=note))

    def untag(self) -> None:
        fact, element_id = self.current_fact(), self._current_tag()
        if fact is not None and element_id:
            self._edit_fact(fact.id, lambda f: analysis.untag(f, element_id))

    def link_exhibit(self) -> None:
        fact = self.current_fact()
        if fact is None:
            return
        choices = [i for i in self.context.exhibits if i.id not in fact.evidence_ids]
        if not choices:
            dialogs.inform(
                self,
                tr("Link an exhibit"),
                tr("There is no exhibit left to link. Add the files in the Evidence tab first."),
            )
            return
        index = dialogs.choose_item(
            self,
            tr("Link an exhibit"),
            tr("Which exhibit backs this fact?"),
            [self.context.exhibit_text(i) for i in choices],
        )
        if index is None:
            return
        item_id = choices[index].id

        def change(f: Fact) -> None:
            f.evidence_ids = [*f.evidence_ids, item_id]

        self._edit_fact(fact.id, change)

    def unlink_exhibit(self) -> None:
        fact, entry = self.current_fact(), self.exhibits.currentItem()
        if fact is None or entry is None:
            return
        item_id = entry.data(IdRole)

        def change(f: Fact) -> None:
            f.evidence_ids = [i for i in f.evidence_ids if i != item_id]

        self._edit_fact(fact.id, change)


def _row(heading: QWidget, *buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(heading, 1)
    for button in buttons:
        row.addWidget(button)
    return row
