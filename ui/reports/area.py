"""The Reports area: the findings report from the case files, with filters, and its export.

The report is built off the GUI thread (``ui.jobs``) on its own connection, and shown as plain
text, tables and bar charts. Small cells come suppressed from ``app.analysis.findings``; this area only
draws what it is given. Exports (PDF, CSV tables, CTDC-aligned rows) need a lawyer or an admin
and are recorded in the audit log by ``app.analysis.findings_export``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import shiboken6
from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.analysis.findings import DEFAULT_K, MIN_K, Report, ReportFilters, build_report
from app.analysis.findings_export import ExportResult, export_findings
from app.cases import vocab
from app.cases.case_files import CaseFiles
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.cases import text
from ui.look import ACCENT
from ui.reports import words
from ui.reports.view import ReportView
from ui.widgets import ErrorLabel, label

WARNING = "#8a5a00"  # amber, for "the report on screen is not the one the filters describe"
ANY_DATE = QDate(2000, 1, 1)  # the lowest date a period can start: shown as "any"
MAX_K = 100
FILTER_COLUMNS = ("jurisdiction", "nationality", "status")


@dataclass(frozen=True)
class Built:
    """What the job hands back: the report, and the values the filter lists may offer."""

    report: Report
    choices: dict[str, list[str]]


def build(vault: Vault, filters: ReportFilters, k: int) -> Built:
    """Read the case files on the vault's own thread connection and build the report. No widgets here."""
    files = CaseFiles(vault_ops.own(vault))
    documents = files.documents()
    choices = {column: files.choices(column) for column in FILTER_COLUMNS}
    return Built(build_report(documents, filters, k), choices)


def export_target(chosen: Path, today: date) -> Path:
    """The chosen folder if it is new or empty; otherwise a new folder inside it."""
    if not chosen.exists() or not any(chosen.iterdir()):
        return chosen
    name = f"Saksi findings {today.isoformat()}"
    target, number = chosen / name, 2
    while target.exists():
        target, number = chosen / f"{name} ({number})", number + 1
    return target


class OptionalDate(QDateEdit):
    """A day, or "any" (the lowest date, shown as the special text). The calendar opens on today."""

    def __init__(self, tooltip: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d MMM yyyy")
        self.setMinimumDate(ANY_DATE)
        self.setSpecialValueText(self.tr("any"))
        self.setDate(ANY_DATE)
        self.setToolTip(tooltip)
        self.setMinimumWidth(124)
        calendar = self.calendarWidget()
        if calendar is not None:
            calendar.installEventFilter(self)

    def value(self) -> date | None:
        return None if self.date() == self.minimumDate() else self.date().toPython()  # type: ignore[return-value]

    def set_value(self, day: date | None) -> None:
        self.setDate(QDate(day.year, day.month, day.day) if day else self.minimumDate())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        calendar = self.calendarWidget()
        if watched is calendar and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            calendar.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)


class ReportsArea(QWidget):
    report_shown = Signal()  # a report (or the withheld message) is on screen
    exported = Signal(object)  # ExportResult

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.report: Report | None = None
        self.view: ReportView | None = None
        self.last_export: ExportResult | None = None
        self._building = False
        self._again = False
        self.start = OptionalDate(self.tr("Only cases opened on or after this day. “any”: no limit."))
        self.end = OptionalDate(self.tr("Only cases opened on or before this day. “any”: no limit."))
        self.jurisdiction = self._combo(self.tr("Any jurisdiction"), self.tr("Where the case is handled"))
        self.nationality = self._combo(self.tr("Any nationality"), self.tr("The client's nationality"))
        self.status = self._combo(self.tr("Any status"), self.tr("Where the case stands"))
        self.k = QSpinBox()
        self.k.setRange(MIN_K, MAX_K)
        self.k.setValue(DEFAULT_K)
        self.k.setAccessibleName(self.tr("Minimum cell size"))
        self.k.setToolTip(
            self.tr(
                "The smallest group of people a figure may describe (k). No count from 1 to k-1 is shown: hidden "
                "counts show as “x” and a pale stub, and more cells are hidden where needed so that none can be "
                "worked out from the others. If fewer than k case files match the filters, the whole report is "
                "withheld. A higher k protects clients better and hides more. It cannot be below {min}."
            ).format(min=MIN_K)
        )
        for control in (self.start, self.end):
            control.dateChanged.connect(self._update_state)
        for combo in (self.jurisdiction, self.nationality, self.status):
            combo.currentIndexChanged.connect(self._update_state)
        self.k.valueChanged.connect(self._update_state)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("primary")
        self.refresh_button.setToolTip(self.tr("Count the case files again with these filters (F5)"))
        self.refresh_button.clicked.connect(self.refresh)
        again = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh)
        again.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # F5, only while this area is shown
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear_filters)
        self.export_button: QPushButton | None = None
        self.export_note = label(role="muted", wrap=False)
        self.export_tip = self.tr(
            "Write the report as PDF, its tables and the anonymised case rows as CSV into an empty or new folder. "
            "Recorded in the audit log."
        )
        if vault.user.may_export:
            self.export_button = QPushButton(self.tr("Export report…"))
            self.export_button.clicked.connect(self.export)
        else:
            self.export_note.setText(self.tr("Exports need a lawyer or admin."))
        self.state = label()
        self.state.setStyleSheet(f"color: {WARNING}; font-weight: 600;")
        self.error = ErrorLabel()
        self.outcome = label()
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.jumps: dict[str, QPushButton] = {}
        self.scope = label(role="muted", wrap=False)  # what the shown report covers, always in sight
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.placeholder = label(self.tr("Counting the case files…"), "muted")
        self.placeholder.setContentsMargins(32, 16, 32, 16)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area.setWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._top_bar())
        layout.addWidget(self.scroll_area, 1)
        self._update_state()
        # the counts come from the case files and their exhibits (the first build waits for showing)
        vault_ops.refresh_on(self, vault, vault_ops.CASES | vault_ops.EVIDENCE, self._refresh_if_built)

    def _refresh_if_built(self) -> None:
        if self.report is not None:
            self.refresh()

    # ---- building the controls
    def _combo(self, everyone: str, tooltip: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everyone, "")
        combo.setToolTip(tooltip)
        combo.setMinimumWidth(140)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(14)
        return combo

    def _top_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("reportsTop")
        title = QHBoxLayout()
        title.addWidget(label(self.tr("Findings from the case files"), "heading", wrap=False))
        title.addStretch(1)
        title.addWidget(self.export_note)
        if self.export_button is not None:
            title.addWidget(self.export_button)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(2)
        fields = (
            (self.tr("Cases opened from"), self.start),
            (self.tr("to"), self.end),
            (self.tr("Jurisdiction"), self.jurisdiction),
            (self.tr("Nationality"), self.nationality),
            (self.tr("Case status"), self.status),
            (self.tr("Minimum cell size"), self.k),
        )
        per_row = 3  # two rows of three: the filters fit the ~1000 px a 1200 px window leaves, in Khmer too
        for index, (caption, widget) in enumerate(fields):
            row, column = 2 * (index // per_row), index % per_row
            name = label(caption, "muted", wrap=False)
            name.setBuddy(widget)
            grid.addWidget(name, row, column)
            grid.addWidget(widget, row + 1, column)
        grid.addWidget(self.refresh_button, 3, per_row)
        grid.addWidget(self.clear_button, 3, per_row + 1)
        grid.setColumnStretch(per_row + 2, 1)
        jumps = QHBoxLayout()
        jumps.setSpacing(2)
        jumps.addWidget(label(self.tr("Go to:"), "muted", wrap=False))
        for section_id in words.SHORT_SECTION_NAMES:
            button = QPushButton(words.short_name(section_id, section_id))
            button.setFlat(True)
            button.setStyleSheet(f"color: {ACCENT};")
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, s=section_id: self.show_section(s))
            self.jumps[section_id] = button
            jumps.addWidget(button)
        jumps.addStretch(1)
        self.jump_row = QWidget()
        self.jump_row.setLayout(jumps)
        jumps.setContentsMargins(0, 0, 0, 0)
        state = QHBoxLayout()
        state.setSpacing(12)
        state.addWidget(self.scope)
        state.addWidget(self.state, 1)
        layout = QVBoxLayout(bar)
        layout.setContentsMargins(32, 14, 32, 6)
        layout.setSpacing(6)
        layout.addLayout(title)
        layout.addLayout(grid)
        layout.addLayout(state)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addWidget(self.jump_row)
        return bar

    def _fill_choices(self, choices: dict[str, list[str]]) -> None:
        """The lists offer only values that occur in the case files; a chosen value stays chosen."""
        named = {
            "jurisdiction": (self.jurisdiction, text.country),
            "nationality": (self.nationality, text.country),
            "status": (self.status, lambda code: text.term(vocab.CASE_STATUS, code)),
        }
        for column, (combo, caption) in named.items():
            current = combo.currentData() or ""
            values = list(choices.get(column, []))
            if current and current not in values:
                values.append(current)
            combo.blockSignals(True)
            everyone = combo.itemText(0)
            combo.clear()
            combo.addItem(everyone, "")
            for code in values:
                combo.addItem(caption(code), code)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # ---- the filters
    def filters(self) -> ReportFilters:
        return ReportFilters(
            start=self.start.value(),
            end=self.end.value(),
            jurisdiction=self.jurisdiction.currentData() or "",
            nationality=self.nationality.currentData() or "",
            status=self.status.currentData() or "",
        )

    def set_filters(self, filters: ReportFilters) -> None:
        """Choose these filters (values not in the lists yet are added); press Refresh to apply them."""
        self.start.set_value(filters.start)
        self.end.set_value(filters.end)
        for combo, code in (
            (self.jurisdiction, filters.jurisdiction),
            (self.nationality, filters.nationality),
            (self.status, filters.status),
        ):
            if code and combo.findData(code) < 0:
                caption = text.term(vocab.CASE_STATUS, code) if combo is self.status else text.country(code)
                combo.addItem(caption, code)
            combo.setCurrentIndex(max(combo.findData(code), 0))

    def clear_filters(self) -> None:
        self.set_filters(ReportFilters())
        self.refresh()

    def _problem(self) -> str:
        start, end = self.start.value(), self.end.value()
        if start and end and end < start:
            return self.tr("The period ends before it starts: choose a later “to” date.")
        return ""

    def is_stale(self) -> bool:
        """The shown report was made with other filters or another k than those now chosen."""
        return self.report is not None and (self.report.filters != self.filters() or self.report.k != self.k.value())

    def _update_state(self) -> None:
        problem = self._problem()
        self.error.show_error(problem)
        self.refresh_button.setEnabled(not problem)
        stale = self.is_stale()
        self.state.setText(
            self.tr("The filters have changed: press Refresh to update the report.") if stale and not problem else ""
        )
        shown = self.report is not None and not self.report.withheld
        if self.export_button is not None:
            self.export_button.setEnabled(shown and not stale)
            if stale:
                self.export_button.setToolTip(self.tr("Refresh first, so that the export is the report you see."))
            elif self.report is not None and self.report.withheld:
                self.export_button.setToolTip(self.tr("Nothing to export: the report is withheld."))
            else:
                self.export_button.setToolTip(self.export_tip)
        anchors = self.view.anchors if self.view is not None else {}
        self.jump_row.setVisible(bool(anchors))
        for section_id, button in self.jumps.items():
            button.setVisible(section_id in anchors)

    # ---- the report
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.report is None and not self._building and not self._problem():
            self.refresh()

    def refresh(self) -> None:
        """Count the case files again with the chosen filters, off the GUI thread."""
        if self._problem():
            self._update_state()
            return
        if self._building:
            self._again = True
            return
        vault, filters, k = self.vault, self.filters(), self.k.value()
        self._building = True
        self.error.clear_error()
        job = vault_ops.query(
            self,
            vault,
            lambda _progress: build(vault, filters, k),
            self._built,
            label=self.tr("Counting the case files…"),
            on_failure=self._failed,
        )
        job.finished.connect(self._job_done)

    def _job_done(self) -> None:
        self._building = False
        if self._again and shiboken6.isValid(self):
            self._again = False
            self.refresh()

    def _failed(self, error: SaksiError) -> None:
        if shiboken6.isValid(self):
            self.error.show_error(error.message)

    def _built(self, built: Built) -> None:
        if not shiboken6.isValid(self):
            return
        self._fill_choices(built.choices)
        self.report = built.report
        self.view = ReportView(built.report, datetime.now().strftime("%H:%M"))
        self.scroll_area.setWidget(self.view)  # the previous view (or placeholder) is deleted
        self.scroll_area.verticalScrollBar().setValue(0)
        self.scope.setText(words.short_cases_line(built.report))
        self._update_state()
        self.report_shown.emit()

    def show_section(self, section_id: str) -> None:
        """Scroll so that a section (profile, recruitment, …, timeline) starts at the top."""
        if self.view is None or section_id not in self.view.anchors:
            return
        layout = self.view.layout()
        if layout is not None:
            layout.activate()
        self.scroll_area.verticalScrollBar().setValue(self.view.offset_of(section_id))

    # ---- export
    def export(self) -> None:
        report = self.report
        if self.export_button is None or report is None or report.withheld or self.is_stale():
            return
        chosen = dialogs.choose_folder(self, self.tr("Choose an empty or new folder for the report"))
        if chosen is None:
            return
        try:
            target = export_target(chosen, date.today())
        except OSError as exc:
            self.error.show_error(
                self.tr("Saksi cannot read the folder {folder}: {reason}").format(
                    folder=chosen, reason=exc.strerror or exc
                )
            )
            return
        vault, filters, k, office = self.vault, report.filters, report.k, self.vault.path.stem

        def work(_progress: jobs.Progress) -> ExportResult:
            return export_findings(vault_ops.own(vault), target, filters=filters, k=k, office=office)

        self.error.clear_error()
        self.outcome.hide()
        vault_ops.query(
            self, vault, work, self._exported, label=self.tr("Writing the report…"), on_failure=self._failed
        )

    def _exported(self, result: ExportResult) -> None:
        if not shiboken6.isValid(self):
            return
        self.last_export = result
        self.outcome.setText(
            "\n".join(
                [
                    self.tr("Exported to {folder}").format(folder=result.folder),
                    self.tr("Files: {files}").format(files=", ".join(result.files)),
                    self.tr(
                        "Case rows in cases-ctdc.csv and cases-htcds.csv: {released} released, {withheld} withheld "
                        "(too few cases share their gender, age band, citizenship, country of exploitation and year, "
                        "or a value hidden in the tables)."
                    ).format(released=result.rows_released, withheld=result.rows_suppressed),
                    self.tr("The export was recorded in the audit log. The files are not encrypted: keep them safe."),
                ]
            )
        )
        self.outcome.show()
        self.exported.emit(result)
