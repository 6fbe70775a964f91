"""The Analysis tab of a case: facts to elements.

Pages: the proof matrix with the facts below it (tag a fact, link an exhibit, and the matrix
changes at once), the summaries, the suggestions from the intake answers, non-punishment charge by
charge, and the remedy basis. Everything saves through ``CaseDoc.edit`` against the loaded version;
give the case page's own ``doc`` so the other tabs see the same case.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from app.analysis import elements as analysis
from app.cases.model import Case
from app.drafting import case_drafts as drafts
from legal_templates.loader import LegalDataError
from storage.vault import Vault
from ui.analysis.context import Context
from ui.analysis.detail import RowDetail
from ui.analysis.facts import FactsPanel
from ui.analysis.marks import chip_html, tr
from ui.analysis.matrix import MatrixModel, MatrixView, framework_name, grouped
from ui.analysis.nexus import NexusPanel
from ui.analysis.remedy import RemedyPanel
from ui.analysis.suggestions import SuggestionsPanel
from ui.analysis.summaries import SummariesPanel
from ui.cases.doc import CaseDoc
from ui.widgets import ErrorLabel, label


class AnalysisTab(QWidget):
    exhibit_requested = Signal(str)  # an evidence item id: the lead opens it in the evidence viewer

    def __init__(
        self, vault: Vault, reference: str, parent: QWidget | None = None, *, doc: CaseDoc | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        try:
            library = drafts.library()
        except LegalDataError as exc:  # a wrong file in the lawyer's own legal folder: say which, plainly
            self.context = None
            layout.addWidget(label(tr("The legal frameworks could not be loaded."), "subheading"))
            layout.addWidget(label(exc.message))  # file and key, in the language of the moment
            layout.addStretch(1)
            return
        self.doc = doc if doc is not None else CaseDoc(vault, reference, self)
        self.context = Context(vault, self.doc, library)
        self._build(layout)
        self.doc.changed.connect(self.refresh)
        self.refresh()

    # ---- building
    def _build(self, layout: QVBoxLayout) -> None:
        assert self.context is not None
        self.model = MatrixModel(self)
        self.matrix = MatrixView(self.model)
        self.detail = RowDetail(self.context)
        self.facts = FactsPanel(self.context)
        self.summaries = SummariesPanel()
        self.suggestions = SuggestionsPanel(self.context)
        self.nexus = NexusPanel(self.context)
        self.remedy = RemedyPanel(self.context)
        self.framework_boxes: dict[str, QCheckBox] = {}
        self.framework_error = ErrorLabel()

        chooser = QHBoxLayout()
        chooser.addWidget(label(tr("Frameworks:"), wrap=False))
        for framework in self.context.selectable_frameworks():
            box = QCheckBox(framework_name(framework))
            box.setToolTip(f"{framework.title}\n\n{framework.description}")
            box.toggled.connect(lambda _checked, fid=framework.id: self._framework_toggled(fid))
            self.framework_boxes[framework.id] = box
            chooser.addWidget(box)
        chooser.addWidget(self.framework_error)
        chooser.addStretch(1)
        legend = QLabel(
            "&nbsp;".join(chip_html(s) for s in (analysis.NOT_ADDRESSED, analysis.ALLEGED, analysis.CORROBORATED))
            + "&nbsp;"
            + chip_html(analysis.DISPUTED)
        )
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setToolTip(
            tr(
                "Alleged: only facts (the account, a witness) support it. Corroborated: at least one supporting fact "
                "has an exhibit. Disputed: a fact is tagged against it."
            )
        )
        self.legend = legend  # a row of its own under the chooser: one row of both does not fit 1000 px in Khmer
        legend_row = QHBoxLayout()
        legend_row.addStretch(1)
        legend_row.addWidget(legend)

        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.matrix)
        top.addWidget(self.detail)
        top.setStretchFactor(0, 4)
        top.setStretchFactor(1, 1)
        top.setSizes([880, 330])
        top.setChildrenCollapsible(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.facts)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 240])
        split.setChildrenCollapsible(False)
        matrix_page = QWidget()
        matrix_layout = QVBoxLayout(matrix_page)
        matrix_layout.addLayout(chooser)
        matrix_layout.addLayout(legend_row)
        matrix_layout.addWidget(split, 1)
        self.matrix_page = matrix_page

        self.pages = QTabWidget()
        self.pages.addTab(matrix_page, tr("Proof matrix and facts"))
        self.pages.addTab(self.summaries, tr("Summaries"))
        self.pages.addTab(self.suggestions, tr("Suggestions"))
        self.pages.addTab(self.nexus, tr("Non-punishment, charge by charge"))
        self.pages.addTab(self.remedy, tr("Remedy"))
        self.pages.currentChanged.connect(lambda _i: self.nexus.flush())
        layout.addWidget(self.pages, 1)

        selection = self.matrix.selectionModel()
        selection.currentRowChanged.connect(lambda current, _previous: self._row_selected(current))
        self.detail.fact_clicked.connect(self.facts.select_fact)
        self.detail.exhibit_clicked.connect(self.exhibit_requested)

    # ---- showing
    def refresh(self) -> None:
        """Show the case as it is now (after every save or reload, and when exhibits changed)."""
        if self.context is None:
            return
        context = self.context
        context.load_exhibits()
        chosen = context.frameworks()
        for framework_id, box in self.framework_boxes.items():
            box.blockSignals(True)
            box.setChecked(framework_id in chosen)
            box.blockSignals(False)
        element = self.current_element()
        rows = context.matrix()
        self.model.set_rows(grouped(rows, context.library), context.labels)
        self.rows = rows
        if not element and self.model.rowCount():
            first = next((r for r in rows if r.state != analysis.NOT_ADDRESSED), rows[0] if rows else None)
            element = first.element.id if first is not None else ""
        if element:
            self.select_element(element)
        else:
            self.detail.show_row(None)
        self.summaries.show_summaries(analysis.summaries(context.case, rows, context.library, context.language))
        self.suggestions.refresh()
        count = len(self.suggestions.suggestions)
        self.pages.setTabText(
            self.pages.indexOf(self.suggestions),
            tr("Suggestions ({count})").format(count=count) if count else tr("Suggestions"),
        )
        self.facts.refresh()
        self.nexus.refresh()
        self.remedy.refresh()

    def current_element(self) -> str:
        row = self.model.row_at(self.matrix.currentIndex().row())
        return row.element.id if row is not None else ""

    def select_element(self, element_id: str) -> None:
        row = self.model.row_of(element_id)
        if row < 0:
            self.detail.show_row(None)
            return
        index = self.model.index(row, 0)
        self.matrix.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.matrix.scrollTo(index)
        self.detail.show_row(self.model.row_at(row))

    def state_of(self, element_id: str) -> str:
        """The matrix state of an element as shown ("" when it is not in the chosen frameworks)."""
        row = next((r for r in self.rows if r.element.id == element_id), None)
        return row.state if row is not None else ""

    def _row_selected(self, current: QModelIndex) -> None:
        self.detail.show_row(self.model.row_at(current.row()) if current.isValid() else None)

    def flush(self) -> bool:
        """Save what is typed but not yet saved (a non-punishment argument)."""
        return self.nexus.flush() if self.context is not None else True

    # ---- changing
    def _framework_toggled(self, _framework_id: str) -> None:
        assert self.context is not None
        chosen = [fid for fid, box in self.framework_boxes.items() if box.isChecked()]
        if not chosen:
            self.framework_error.show_error(tr("Keep at least one framework."))
            self.refresh()
            return
        self.framework_error.clear_error()

        def change(case: Case) -> None:
            case.analysis.frameworks = chosen

        self.context.edit(self, change)
