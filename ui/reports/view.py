"""One findings report as widgets: the header, each section's key findings and tables with a
bar chart beside each table, and the cases opened per quarter. Rebuilt for every report."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.analysis.findings import HIDDEN, Cell, Report, Section, Table, base_shown
from ui import i18n
from ui.look import MUTED
from ui.reports import words
from ui.reports.charts import Bar, HorizontalBars, VerticalBars
from ui.reports.words import tr
from ui.widgets import label

ROW_HEIGHT = 26
HEADER_HEIGHT = 26
TABLE_WIDTH = 440
COUNT_WIDTH = 78
PERCENT_WIDTH = 62
KEEP_ZERO_ROWS = {"age", "timeline"}  # ordered scales read better without gaps; elsewhere 0 rows are left out
SECTION_POINTS = 15.0
KEY_FINDINGS_STYLE = "QFrame#keyFindings { background: #eaf0f0; border-radius: 4px; }"


def bold(widget: QLabel, size: float = 0.0) -> QLabel:
    font = QFont(widget.font())
    font.setBold(True)
    if size:
        font.setPointSizeF(size)
    widget.setFont(font)
    return widget


def rule() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setStyleSheet("color: #d6dcdd;")
    return line


def _item(text: str, align: Qt.AlignmentFlag, tooltip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    item.setTextAlignment(align | Qt.AlignmentFlag.AlignVCenter)
    if tooltip:
        item.setToolTip(tooltip)
    return item


class ReportView(QWidget):
    """The report itself; ``anchors`` maps a section id to its widget, for jumping to it."""

    def __init__(self, report: Report, made_at: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.anchors: dict[str, QWidget] = {}
        self.tables: list[QTableWidget] = []
        self.charts: list[HorizontalBars | VerticalBars] = []
        self.withheld_message: QLabel | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 12, 32, 32)
        layout.setSpacing(6)
        self.summary = bold(label(words.cases_line(report, made_at)))
        layout.addWidget(self.summary)
        layout.addWidget(label(words.privacy_note(report.k), "muted"))
        layout.addWidget(label(words.not_legal(), "muted"))
        if report.withheld:
            layout.addSpacing(16)
            self.withheld_message = label(self._withheld_text(), "subheading")
            layout.addWidget(self.withheld_message)
            layout.addWidget(
                label(
                    tr("Widen the period or remove a filter, then press Refresh. No figures are shown or exported."),
                    "muted",
                )
            )
        for section in report.sections:
            layout.addSpacing(10)
            layout.addWidget(rule())
            block = self._section(section)
            self.anchors[section.id] = block
            layout.addWidget(block)
        if report.timeline is not None and report.timeline.cells:
            layout.addSpacing(10)
            layout.addWidget(rule())
            block = self._timeline(report.timeline)
            self.anchors["timeline"] = block
            layout.addWidget(block)
        layout.addStretch(1)

    def _withheld_text(self) -> str:
        k = self.report.k
        if self.report.cases == 0:
            return tr("No case file matches these filters, so there is no report.")
        return tr(
            "Report withheld: fewer than {k} case files match these filters. Figures about so few people "
            "could identify them."
        ).format(k=k)

    def offset_of(self, section_id: str) -> int:
        """Where a section starts, in this widget's coordinates."""
        anchor = self.anchors.get(section_id)
        return anchor.mapTo(self, QPoint(0, 0)).y() if anchor is not None else 0

    # ---- sections
    def _section(self, section: Section) -> QWidget:
        k = self.report.k
        block = QWidget(self)
        block.setObjectName(f"section-{section.id}")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(bold(label(words.finding(section.title)), SECTION_POINTS))
        layout.addWidget(label(words.finding(section.summary), "muted"))
        lines = [line for line in (words.headline(t, k) for t in section.tables) if line]
        if lines:
            layout.addWidget(self._key_findings(lines))
        for table in section.tables:
            layout.addSpacing(8)
            layout.addLayout(self._table_block(table))
        return block

    def _key_findings(self, lines: list[str]) -> QFrame:
        box = QFrame()
        box.setObjectName("keyFindings")
        box.setStyleSheet(KEY_FINDINGS_STYLE)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(16, 10, 16, 12)
        inner.setSpacing(4)
        inner.addWidget(bold(label(tr("Key findings"))))
        inner.addWidget(label("\n".join(f"•  {line}" for line in lines)))
        return box

    def _table_block(self, table: Table) -> QVBoxLayout:
        k = self.report.k
        block = QVBoxLayout()
        block.setSpacing(4)
        block.addWidget(bold(label(words.finding(table.title))))
        # a hidden row is listed whatever its count: leaving out hidden zeros would tell which hidden rows are 0
        cells = [c for c in table.cells if c.count or c.suppressed or table.id in KEEP_ZERO_ROWS]
        if not cells:
            block.addWidget(label(tr("No case records an answer."), "muted"))
        else:
            grid = self._grid(table, cells)
            row = QHBoxLayout()
            row.setSpacing(24)
            row.addWidget(grid, 0, Qt.AlignmentFlag.AlignTop)
            if table.chart:
                bars = [Bar.of(c, words.category(c), k) for c in cells]
                chart = HorizontalBars(bars, table.base, ROW_HEIGHT, HEADER_HEIGHT + grid.frameWidth())
                chart.setAccessibleName(tr("Bar chart: {title}").format(title=words.finding(table.title)))
                chart.setAccessibleDescription(tr("The same counts as the table beside it, as shares of the total."))
                chart.setMaximumWidth(640)
                self.charts.append(chart)
                row.addWidget(chart, 1, Qt.AlignmentFlag.AlignTop)
            row.addStretch(0 if table.chart else 1)
            block.addLayout(row)
        if table.base_label == "charges":
            caption = tr("n = {base} charges.").format(base=base_shown(table, k))
        else:
            caption = tr("n = {base} cases.").format(base=base_shown(table, k))
        note = words.note(table)
        block.addWidget(label(f"{caption} {note}".strip(), "muted"))
        return block

    def _grid(self, table: Table, cells: list[Cell]) -> QTableWidget:
        k = self.report.k
        grid = QTableWidget(len(cells), 3)
        grid.setObjectName(f"table-{table.id}")
        grid.setAccessibleName(words.finding(table.title))
        grid.setHorizontalHeaderLabels(["", words.unit(table), "%"])
        grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        grid.setAlternatingRowColors(True)
        grid.setShowGrid(False)
        grid.setWordWrap(False)
        grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid.verticalHeader().setVisible(False)
        rows = grid.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(ROW_HEIGHT)
        header = grid.horizontalHeader()
        header.setFixedHeight(HEADER_HEIGHT)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setHighlightSections(False)
        grid.setColumnWidth(1, i18n.column_width(header, 1, COUNT_WIDTH))
        grid.setColumnWidth(2, i18n.column_width(header, 2, PERCENT_WIDTH))
        right = Qt.AlignmentFlag.AlignRight
        withheld = words.hidden_tip(k)
        for row, cell in enumerate(cells):
            name = words.category(cell)
            grid.setItem(row, 0, _item(name, Qt.AlignmentFlag.AlignLeft, name))
            count = _item(cell.shown(k), right, withheld if cell.suppressed else "")
            if cell.suppressed:
                count.setForeground(QColor(MUTED))
            grid.setItem(row, 1, count)
            grid.setItem(row, 2, _item("" if table.base_hidden else cell.percent(table.base), right))
        grid.setFixedSize(TABLE_WIDTH, HEADER_HEIGHT + ROW_HEIGHT * len(cells) + 2 * grid.frameWidth())
        self.tables.append(grid)
        return grid

    # ---- the timeline
    def _timeline(self, table: Table) -> QWidget:
        k = self.report.k
        block = QWidget(self)
        block.setObjectName("section-timeline")
        layout = QVBoxLayout(block)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(bold(label(tr("Cases over time")), SECTION_POINTS))
        layout.addWidget(label(words.finding(table.title), "muted"))
        chart = VerticalBars([Bar.of(c, words.category(c), k) for c in table.cells], k)
        chart.setAccessibleName(tr("Column chart: cases opened per quarter"))
        self.charts.append(chart)
        layout.addWidget(chart)
        layout.addWidget(
            label(
                tr('n = {base} cases. Hidden quarters are drawn as a pale stub marked "{hidden}".').format(
                    base=base_shown(table, k), hidden=HIDDEN
                ),
                "muted",
            )
        )
        return block
