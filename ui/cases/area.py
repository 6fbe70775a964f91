"""The Cases area: search and filter the case list, open a case, start or continue an interview.

A stack of three pages: the list, one case page, and the interview over it. Back (or Alt+Left)
goes one step up; the interview is saved before it is left.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.cases import vocab
from app.cases.case_files import CaseFiles, read_case_file
from app.cases.model import Case
from app.common.exports import safe_name
from app.demo import demo_cases as demo
from storage.cases import Filters
from storage.errors import SaksiError
from storage.files import os_error
from storage.vault import Vault
from ui import dialogs, i18n, jobs, vault_ops
from ui.cases import text
from ui.cases.case_page import CasePage
from ui.cases.intake import IntakeView
from ui.cases.list_model import CaseListModel
from ui.widgets import label

SEARCH_DELAY_MS = 200
DEMO_CASES = 60
COLUMN_WIDTHS = (130, 0, 90, 120, 130, 90, 180)  # 0: the client column takes the rest


class CasesArea(QWidget):
    case_opened = Signal(str)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.files = vault_ops.case_files(vault)
        self.model = CaseListModel(self.files, self)
        self.case_page: CasePage | None = None
        self.intake: IntakeView | None = None
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.list_page = self._list_page()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list_page)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back)
        self.where = label(role="muted", wrap=False)
        nav = QHBoxLayout()
        nav.setContentsMargins(16, 8, 16, 0)
        nav.addWidget(self.back_button)
        nav.addWidget(self.where, 1)
        self.nav = QWidget()
        self.nav.setLayout(nav)
        self.notice = label(role="notice")  # deadlines due soon, shown on unlock
        self.notice.setContentsMargins(16, 8, 16, 0)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.notice)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Back), self, self.back)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # not while another area is shown
        self._fill_filter_choices()
        self._show_count()
        self._update_nav()
        # Any operation that changed case files (demo cases, a referral import, a save in the open case...)
        # refreshes the list: at once when it is on screen, else when it is shown again (after Anki's
        # operation_did_execute)
        vault_ops.refresh_on(self.list_page, vault, vault_ops.CASES, self.refresh_list)

    def show_notice(self, text: str) -> None:
        self.notice.setText(text)
        self._update_nav()

    def _show_notice_on_list(self) -> None:
        """The deadlines notice stands above the case list; inside a case the room goes to the case (at
        1200x760 every line counts) and the status bar still says it."""
        self.notice.setVisible(bool(self.notice.text()) and self.stack.currentWidget() is self.list_page)

    # ---- the list page
    def _list_page(self) -> QWidget:
        page = QWidget()
        self.count = label(role="muted", wrap=False)
        self.new_button = QPushButton(self.tr("New case"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Create an empty case and start the intake interview"))
        self.new_button.clicked.connect(self.new_case)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search names in any script, references, facts, notes, the interview…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())
        self.status = QComboBox()
        self.nationality = QComboBox()
        self.lawyer = QComboBox()
        self.detained = QCheckBox(self.tr("In detention only"))
        for combo in (self.status, self.nationality, self.lawyer):
            combo.currentIndexChanged.connect(self.apply_filters)
            combo.setMinimumWidth(150)
        self.detained.toggled.connect(self.apply_filters)
        self.table = self._table()
        self.empty = label(role="muted")
        self.demo_button = QPushButton(
            self.tr("Add {count} demo cases (synthetic, for training)…").format(count=DEMO_CASES)
        )
        self.demo_button.clicked.connect(self.add_demo_cases)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Cases"), "heading", wrap=False))
        top.addSpacing(12)
        top.addWidget(self.count, 1)
        self.import_button = QPushButton(self.tr("Import case (JSON)…"))
        self.import_button.setToolTip(self.tr("A case in Saksi's documented JSON format (docs/case-format.md)"))
        self.import_button.clicked.connect(self.import_case)
        top.addWidget(self.import_button)
        if self.vault.user.is_admin:
            self.prefix_button = QPushButton(self.tr("Reference prefix…"))
            self.prefix_button.clicked.connect(self.change_prefix)
            top.addWidget(self.prefix_button)
        top.addWidget(self.new_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        for widget in (self.status, self.nationality, self.lawyer, self.detained):
            filters.addWidget(widget)
        empty_row = QHBoxLayout()
        empty_row.addWidget(self.empty, 1)
        empty_row.addWidget(self.demo_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 12, 32, 24)
        layout.addLayout(top)
        layout.addSpacing(4)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(empty_row)
        return page

    def _table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        for column, width in enumerate(COLUMN_WIDTHS):
            if width:
                table.setColumnWidth(column, i18n.column_width(header, column, width))
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)  # double-click or Enter
        return table

    def _fill_filter_choices(self) -> None:
        """The filter lists offer only values that occur, so a filter never shows an empty list by surprise."""
        files = vault_ops.case_files(self.vault)
        choices = (
            (
                self.status,
                self.tr("Any status"),
                [(c, text.term(vocab.CASE_STATUS, c)) for c in files.choices("status")],
            ),
            (
                self.nationality,
                self.tr("Any nationality"),
                [(c, text.country(c)) for c in files.choices("nationality")],
            ),
            (self.lawyer, self.tr("Any lawyer"), [(n, n) for n in files.choices("lawyer")]),
        )
        for combo, everyone, values in choices:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, "")
            for code, caption in values:
                combo.addItem(caption, code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        return Filters(
            search=self.search.text().strip(),
            status=self.status.currentData() or "",
            nationality=self.nationality.currentData() or "",
            lawyer=self.lawyer.currentData() or "",
            detained_only=self.detained.isChecked(),
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        self.model.set_filters(self.filters())
        self._show_count()

    def refresh_list(self) -> None:
        self._fill_filter_choices()
        self.model.set_filters(self.filters())
        self._show_count()

    def _show_count(self) -> None:
        everything = self.files.count()
        shown = self.model.total
        filtered = self.filters() != Filters()
        if filtered:
            self.count.setText(
                self.tr("{shown} of {all} cases match").format(shown=text.number(shown), all=text.number(everything))
            )
        else:
            self.count.setText(
                self.tr("1 case") if everything == 1 else self.tr("{all} cases").format(all=text.number(everything))
            )
        if shown:
            hint = self.tr("double-click a case, or press Enter, to open it")
            self.count.setText(f"{self.count.text()} · {hint}")
        if not everything:
            self.empty.setText(self.tr("No cases yet. Press New case to record a client's account."))
        elif not shown:
            self.empty.setText(self.tr("No case matches. Try part of a name, or clear the filters."))
        self.empty.setVisible(not shown)
        real = vault_ops.now(self.vault, lambda v: demo.holds_real_cases(CaseFiles(v)))
        self.demo_button.setVisible(not everything and not real)  # never beside real cases

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.reference_at(index.row()))

    # ---- navigation
    def open_case(self, reference: str) -> None:
        """Show the case page of ``reference`` (leaving any open interview saved)."""
        self._close_intake()
        try:
            page = CasePage(self.vault, reference)
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Open case"), exc.message)
            return
        self._close_case_page()
        self.case_page = page
        page.open_case_requested.connect(self.open_case)
        page.intake_requested.connect(self.start_intake)
        page.export_requested.connect(self.export_case)
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        self._update_nav()
        self.case_opened.emit(page.reference)

    def start_intake(self, reference: str) -> None:
        """Open the interview of ``reference`` over its case page, and resume it."""
        if self.case_page is None or self.case_page.reference != reference:
            self.open_case(reference)
            if self.case_page is None or self.case_page.reference != reference:
                return
        self.case_page.flush()
        self._close_intake()
        view = IntakeView(self.vault, reference)
        view.paused.connect(self._intake_paused)
        self.intake = view
        self.stack.addWidget(view)
        self.stack.setCurrentWidget(view)
        view.resume()
        self._update_nav()

    def new_case(self) -> None:
        user = self.vault.user
        case = Case(status="intake")
        if user.role == "paralegal":
            case.paralegal = user.name
        else:
            case.lawyer = user.name
        try:
            created = self.files.create(case)
        except SaksiError as exc:
            dialogs.warn(self, self.tr("New case"), exc.message)
            return
        self.refresh_list()
        self.start_intake(created.reference)

    def import_case(self) -> None:
        path = dialogs.choose_open_file(self, self.tr("Import a case"), self.tr("Saksi case (*.json)"))
        if path is None:
            return
        try:
            created = self.files.import_json(read_case_file(path))
        except SaksiError as exc:  # invalid JSON or a wrong field: nothing was stored
            dialogs.warn(self, self.tr("Import a case"), exc.message)
            return
        self.refresh_list()
        self.open_case(created.reference)

    def export_case(self, reference: str) -> None:
        """The case as the documented JSON (an explicit, audited export outside the vault)."""
        suggested = f"{safe_name(reference)}.json"  # an older vault's odd reference is never a path
        path = dialogs.choose_save_file(self, self.tr("Export the case"), suggested, self.tr("JSON (*.json)"))
        if path is None:
            return

        def write(data: bytes) -> None:
            try:
                path.write_bytes(data)
            except OSError as exc:
                path.unlink(missing_ok=True)
                raise os_error(exc, path) from None

        try:  # the intent is in the audit log before the file is written, the outcome after
            self.files.export_json(reference, write, str(path))
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Export the case"), exc.message)

    def change_prefix(self) -> None:
        prefix = dialogs.ask_text(
            self,
            self.tr("Reference prefix"),
            self.tr("Prefix for new case references (e.g. KH gives KH-2026-0001):"),
            self.files.prefix(),
        )
        if prefix is None:
            return
        try:
            self.files.set_prefix(prefix)
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Reference prefix"), exc.message)

    def back(self) -> None:
        if self.intake is not None and self.stack.currentWidget() is self.intake:
            self.intake.pause()  # emits paused -> back to the case page, once saved
        elif self.case_page is not None and self.stack.currentWidget() is self.case_page:
            self.case_page.flush()
            self._close_case_page()
            self.stack.setCurrentWidget(self.list_page)
            self.refresh_list()
            self._update_nav()

    def _intake_paused(self) -> None:
        self._close_intake()
        if self.case_page is not None:
            self.case_page.reload()
            self.stack.setCurrentWidget(self.case_page)
        self._update_nav()

    def _close_intake(self) -> None:
        view, self.intake = self.intake, None
        if view is not None:
            view.end_session()
            view.flush()
            self.stack.removeWidget(view)
            view.deleteLater()

    def _close_case_page(self) -> None:
        page, self.case_page = self.case_page, None
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()

    def _update_nav(self) -> None:
        current = self.stack.currentWidget()
        self.nav.setVisible(current is not self.list_page)
        self._show_notice_on_list()
        if current is self.intake and self.case_page is not None:
            self.back_button.setText(self.tr("← Back to the case"))
            self.where.setText(self.tr("Cases › {reference} › Interview").format(reference=self.case_page.reference))
        elif self.case_page is not None:
            self.back_button.setText(self.tr("← All cases"))
            self.where.setText(self.tr("Cases › {reference}").format(reference=self.case_page.reference))

    def current_page(self) -> QWidget | None:
        return self.stack.currentWidget()

    def flush(self) -> bool:
        """Save everything typed but not yet saved. Call it before the vault locks: an open interview
        session is ended too (a lock is a pause; the workspace and this view are destroyed next)."""
        saved = True
        if self.intake is not None:
            self.intake.end_session()
            saved = self.intake.flush() and saved
        if self.case_page is not None:
            saved = self.case_page.flush() and saved
        return saved

    # ---- demo cases
    def add_demo_cases(self) -> None:
        if not dialogs.confirm(
            self,
            self.tr("Demo cases"),
            self.tr(
                "Add {count} synthetic cases for training? Every demo client's name starts with DEMO. "
                "Better: use a separate vault for training."
            ).format(count=DEMO_CASES),
            self.tr("Add demo cases"),
        ):
            return
        vault = self.vault

        def work(report: jobs.Progress) -> int:
            clone = vault_ops.own(vault)  # the job's own connection: the GUI keeps the vault's
            return len(demo.fill(CaseFiles(clone), DEMO_CASES, progress=report, evidence_cases=0))

        vault_ops.write(
            self,
            vault,
            work,
            lambda _count: None,
            label=self.tr("Adding demo cases…"),
            changes=vault_ops.Changes(cases=True),
        )
