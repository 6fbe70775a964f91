"""One case: a header with who and where the client is, and tabs from the journey to the history.

Every edit saves through ``CaseFiles.save`` against the version this page loaded (``CaseDoc``);
a concurrent save elsewhere is explained plainly and the page reloads.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.cases import intake, vocab
from app.cases.model import Case
from app.common.display import marked
from storage.vault import Vault
from ui import dialogs
from ui.analysis.tab import AnalysisTab
from ui.cases import text
from ui.cases.case_editors import CheckedDialog, DeadlinesTab, FactsTab, PeopleTab, Refused, vocab_combo
from ui.cases.case_tabs import CaseTab, ClientTab, HistoryTab, MoneyTab, NotesTab, ProceedingsTab
from ui.cases.doc import CaseDoc
from ui.cases.fields import CountryField
from ui.cases.identification import IdentificationBox
from ui.cases.journey import JourneyTab
from ui.drafting.tab import DraftsTab
from ui.evidence.tab import EvidenceTab
from ui.look import ERROR
from ui.widgets import label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context

BADGE = f"background: {ERROR}; color: white; border-radius: 3px; padding: 2px 8px; font-weight: 600;"


class CaseDetailsDialog(CheckedDialog):
    """Status, who works on the case, and where the proceedings are."""

    def __init__(self, case: Case, staff: list[str], parent: QWidget | None = None) -> None:
        super().__init__(translate("CasePage", "Case details"), parent)
        self.status = vocab_combo(vocab.CASE_STATUS, case.status)
        self.lawyer = QComboBox()
        self.paralegal = QComboBox()
        for combo, current in ((self.lawyer, case.lawyer), (self.paralegal, case.paralegal)):
            combo.setEditable(True)
            combo.addItems(["", *staff])
            combo.setCurrentText(current)
        self.jurisdiction = CountryField()
        self.jurisdiction.set_value(case.jurisdiction)
        self.form.addRow(translate("CasePage", "Status:"), self.status)
        self.form.addRow(translate("CasePage", "Lawyer:"), self.lawyer)
        self.form.addRow(translate("CasePage", "Paralegal:"), self.paralegal)
        self.form.addRow(translate("CasePage", "Proceedings in:"), self.jurisdiction)
        self.resize(460, 0)

    def build(self) -> dict[str, str]:
        values = {
            "status": str(self.status.currentData()),
            "lawyer": self.lawyer.currentText().strip(),
            "paralegal": self.paralegal.currentText().strip(),
            "jurisdiction": str(self.jurisdiction.value()),
        }
        Case.model_validate({"status": values["status"], "jurisdiction": values["jurisdiction"]})
        if len(values["lawyer"]) > 100 or len(values["paralegal"]) > 100:
            raise Refused(translate("CasePage", "A name that long is probably a mistake."))
        return values


class CaseHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = label(role="heading", wrap=False)
        self.client = label(role="heading")
        self.client.setStyleSheet("font-weight: 400;")
        self.badge = label(translate("CasePage", "In detention"), wrap=False)
        self.badge.setStyleSheet(BADGE)
        self.facts = label(role="muted")
        self.interview = label(wrap=False)
        self.continue_button = QPushButton(translate("CasePage", "Continue interview"))
        self.continue_button.setObjectName("primary")
        self.details_button = QPushButton(translate("CasePage", "Case details…"))
        self.export_button = QPushButton(translate("CasePage", "Export JSON…"))
        self.export_button.setToolTip(
            translate("CasePage", "The whole case in Saksi's JSON format; the export is recorded")
        )
        top = QHBoxLayout()
        top.addWidget(self.reference)
        top.addSpacing(12)
        top.addWidget(self.client, 1)
        top.addWidget(self.details_button)
        self.refer_button = QPushButton(translate("CasePage", "Refer…"))
        self.refer_button.setToolTip(
            translate("CasePage", "Send this case to a partner office, encrypted; import a partner's package")
        )
        top.addWidget(self.refer_button)
        top.addWidget(self.export_button)
        top.addWidget(self.continue_button)
        second = QHBoxLayout()
        second.addWidget(self.badge)
        second.addWidget(self.facts, 1)
        second.addWidget(self.interview)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(second)

    def show_case(self, case: Case) -> None:
        self.reference.setText(case.reference)
        shown = case.client.display_name
        others = [n.text for n in case.client.names if n.text != shown and n.kind == "name"]
        self.client.setText(
            " · ".join(marked(n) for n in [shown, *others[:2]])
            if shown
            else translate("CasePage", "(no name recorded yet)")
        )
        self.badge.setVisible(case.detention.detained == "yes" and not case.detention.until)
        parts = [
            translate("CasePage", "Status: {status}").format(status=text.term(vocab.CASE_STATUS, case.status)),
            translate("CasePage", "Lawyer: {name}").format(name=case.lawyer or "—"),
            translate("CasePage", "Paralegal: {name}").format(name=case.paralegal or "—"),
            translate("CasePage", "Proceedings in: {country}").format(country=text.country(case.jurisdiction) or "—"),
            translate("CasePage", "Opened {date}").format(date=text.fuzzy_date(case.opened_on)),
        ]
        self.facts.setText("   ·   ".join(parts))
        done, total = intake.progress(case)
        self.interview.setText(
            translate("CasePage", "Interview: {done} of {total} sections").format(done=done, total=total)
        )
        finished = done == total
        self.continue_button.setText(
            translate("CasePage", "Open interview") if finished else translate("CasePage", "Continue interview")
        )


class CasePage(QWidget):
    open_case_requested = Signal(str)  # a linked case
    intake_requested = Signal(str)
    export_requested = Signal(str)

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.doc = CaseDoc(vault, reference, self)
        self.reference = self.doc.case.reference
        self.header = CaseHeader()
        self.header.continue_button.clicked.connect(lambda: self.intake_requested.emit(self.reference))
        self.header.details_button.clicked.connect(self.edit_details)
        self.header.export_button.clicked.connect(lambda: self.export_requested.emit(self.case.reference))
        self.header.export_button.setVisible(vault.user.may_export)
        self.header.refer_button.clicked.connect(self.open_referral)
        self.header.refer_button.setVisible(vault.user.may_export)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.journey = JourneyTab()
        self.client_tab = ClientTab(self.doc)
        self.proceedings = ProceedingsTab(self.doc)
        self.identification = IdentificationBox(self.doc)
        self.proceedings.sections.insertWidget(0, self.identification)
        self.deadlines = DeadlinesTab(self.doc)
        self.people = PeopleTab(self.doc)
        self.money = MoneyTab(self.doc)
        self.facts = FactsTab(self.doc)
        self.notes = NotesTab(self.doc)
        self.history = HistoryTab(self.doc)
        self.case_tabs: list[CaseTab] = [
            self.client_tab,
            self.proceedings,
            self.identification,
            self.deadlines,
            self.people,
            self.money,
            self.facts,
            self.notes,
        ]
        self.tabs.addTab(self.journey, translate("CasePage", "Journey"))
        for tab, title in zip(
            [t for t in self.case_tabs if t is not self.identification],
            (
                translate("CasePage", "Client"),
                translate("CasePage", "Proceedings"),
                translate("CasePage", "Deadlines"),
                translate("CasePage", "People"),
                translate("CasePage", "Money"),
                translate("CasePage", "Facts"),
                translate("CasePage", "Notes"),
            ),
            strict=True,
        ):
            self.tabs.addTab(tab, title)
        self.tabs.addTab(self.history, translate("CasePage", "History"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.people.open_case_requested.connect(self.open_case_requested)
        self.facts.history_requested.connect(self.show_history)
        self.identification.history_requested.connect(self.show_history)
        self.doc.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.header)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)
        self.evidence = EvidenceTab(vault, reference)
        self.add_tab(self.evidence, translate("CasePage", "Evidence"))
        self.analysis = AnalysisTab(vault, reference, doc=self.doc)  # shares the doc: no stale-version conflicts
        self.add_tab(self.analysis, translate("CasePage", "Analysis"))
        self.drafts = DraftsTab(vault, reference)
        self.add_tab(self.drafts, translate("CasePage", "Drafts"))
        self.analysis.exhibit_requested.connect(self._open_exhibit)
        self.evidence.changed.connect(self.analysis.refresh)
        self.evidence.changed.connect(self.drafts.refresh)
        self.refresh()

    def _open_exhibit(self, item_id: str) -> None:
        self.tabs.setCurrentWidget(self.evidence)
        self.evidence.select_item(item_id)
        self.evidence.open_viewer()

    def add_tab(self, widget: QWidget, title: str) -> int:
        """Add a tab (the Evidence tab, for one) before History; returns its index."""
        return self.tabs.insertTab(self.tabs.indexOf(self.history), widget, title)

    @property
    def case(self) -> Case:
        return self.doc.case

    def refresh(self) -> None:
        self.header.show_case(self.doc.case)
        self.journey.show_case(self.doc.case)
        for tab in self.case_tabs:
            tab.refresh()
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def reload(self) -> None:
        """Read the case again (after the interview saved it)."""
        self.flush()
        self.doc.reload()

    def flush(self) -> bool:
        """Save what is typed but not yet saved (the notes, an exhibit's transcription)."""
        self.evidence.save_pending()
        results = [self.notes.flush(), self.analysis.flush(), self.drafts.flush()]
        return all(results)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)

    def show_history(self, path: str = "", title: str = "") -> None:
        self.tabs.setCurrentWidget(self.history)
        self.history.show_path(path, title or path)

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.history:
            self.history.refresh()

    def open_referral(self) -> None:
        from ui.referral import ReferralDialog

        self.flush()
        dialog = ReferralDialog(self.vault, self.reference, self)
        dialogs.run(dialog)
        dialog.deleteLater()
        if dialog.changed:
            self.doc.reload()
            self.evidence.reload()

    def edit_details(self) -> None:
        staff = [u.name for u in self.vault.users()]
        dialog = CaseDetailsDialog(self.doc.case, staff, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        values = dialog.result_item
        if not accepted or not isinstance(values, dict):
            return

        def change(case: Case) -> None:
            for name, value in values.items():
                setattr(case, name, value)

        self.doc.edit(self, change)
