"""The Reports area: the findings report built off the GUI thread, every section on screen, no small
count visible anywhere, filters and k, the withheld report, and the audited export."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QPushButton, QTableWidget
from pytestqt.qtbot import QtBot

from app.analysis.findings import ReportFilters
from app.cases.case_files import CaseFiles
from app.demo import demo_cases as demo
from storage import cases as store
from storage.vault import Vault
from tests.gui.conftest import JOB_TIMEOUT_MS, DialogStub
from ui.reports.area import ReportsArea
from ui.reports.charts import HorizontalBars, VerticalBars

pytestmark = pytest.mark.gui

SECTIONS = {"profile", "recruitment", "transportation", "conditions", "detention", "outcomes", "timeline"}
EXPORTED_FILES = {
    "findings.pdf",
    "findings-tables.csv",
    "timeline.csv",
    "cases-ctdc.csv",
    "cases-htcds.csv",
    "README.txt",
}
# a number that counts people or charges in a sentence: "60 case files", "n = 41 cases", "n = 58 charges"
COUNT_IN_TEXT = re.compile(r"(?<![\d<.,])(\d[\d,]*)\s+(?:case|charge)")


@pytest.fixture
def filled(vault: Vault) -> Vault:
    demo.fill(CaseFiles(vault), 60, evidence_cases=0)
    return vault


def open_area(qtbot: QtBot, vault: Vault) -> ReportsArea:
    """The area at the laptop size it is designed for; showing it builds the first report."""
    area = ReportsArea(vault)
    qtbot.addWidget(area)
    area.setFixedSize(1280, 800)
    with qtbot.waitSignal(area.report_shown, timeout=JOB_TIMEOUT_MS):
        area.show()
    return area


def refresh(qtbot: QtBot, area: ReportsArea) -> None:
    with qtbot.waitSignal(area.report_shown, timeout=JOB_TIMEOUT_MS):
        area.refresh_button.click()


def table_texts(area: ReportsArea) -> Iterator[tuple[int, str]]:
    """(column, text) of every cell of every table in the area."""
    for table in area.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                yield column, item.text() if item is not None else ""
        model = table.model()
        for row in range(model.rowCount()):  # the model behind it says the same
            for column in range(model.columnCount()):
                yield column, str(model.index(row, column).data() or "")


def bar_labels(area: ReportsArea) -> list[str]:
    charts = [*area.findChildren(HorizontalBars), *area.findChildren(VerticalBars)]
    return [text for chart in charts for text in chart.labels()]


def assert_no_small_count(area: ReportsArea, k: int) -> None:
    def allowed(shown: str) -> bool:
        if shown == "x":  # hidden, whatever its size
            return True
        number = int(shown.replace(",", ""))
        return number == 0 or number >= k

    for column, shown in table_texts(area):
        if column == 1:  # the count column
            assert allowed(shown), f"count {shown!r} in a table"
        elif re.fullmatch(r"\d+", shown):
            assert allowed(shown), f"bare number {shown!r} in a table"
    for shown in bar_labels(area):
        assert allowed(shown), f"bar label {shown!r}"
    for widget in area.findChildren(QLabel):
        for number in COUNT_IN_TEXT.findall(widget.text()):
            assert allowed(number), f"{number!r} in {widget.text()!r}"


def suppressed_cells(area: ReportsArea, k: int) -> int:
    return sum(
        1
        for table in area.findChildren(QTableWidget)
        for row in range(table.rowCount())
        if table.item(row, 1) is not None and table.item(row, 1).text() == "x"
    )


def all_label_text(area: ReportsArea) -> str:
    return "\n".join(w.text() for w in area.findChildren(QLabel))


def test_the_area_builds_the_report_and_shows_every_section(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)

    assert area.report is not None and area.report.cases == 60 and not area.report.withheld
    assert area.view is not None and set(area.view.anchors) == SECTIONS
    text = all_label_text(area)
    for title in (
        "Profile of the clients",
        "Recruitment",
        "Transportation",
        "Working and living conditions",
        "Rescue, round-up and detention",
        "Outcomes of proceedings",
        "Cases over time",
        "Key findings",
    ):
        assert title in text
    assert "60 case files" in area.view.summary.text()
    assert 'no count from 1 to 4 is shown. Every hidden count is shown as "x"' in text
    assert "Not a legal determination" in text
    assert len(area.findChildren(QTableWidget)) == sum(len(s.tables) for s in area.report.sections)
    assert len(area.findChildren(VerticalBars)) == 1  # the timeline
    area.show_section("conditions")
    assert area.scroll_area.verticalScrollBar().value() == area.view.offset_of("conditions") > 0


def test_no_count_between_1_and_k_minus_1_is_visible(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)

    assert_no_small_count(area, 5)
    assert suppressed_cells(area, 5) > 0  # the demo files do have small groups: they are hidden, not absent
    assert "x" in bar_labels(area) and "<5" not in bar_labels(area)
    for chart in area.findChildren(HorizontalBars):
        assert all(bar.value == 0 for bar in chart.bars if bar.suppressed)  # drawn as a stub, never to size


def test_a_larger_k_suppresses_more(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)
    before = suppressed_cells(area, 5)

    area.k.setValue(10)
    assert area.is_stale() and "press Refresh" in area.state.text()
    assert area.export_button is not None and not area.export_button.isEnabled()
    refresh(qtbot, area)

    assert area.report is not None and area.report.k == 10
    assert not area.is_stale() and area.export_button.isEnabled()
    assert suppressed_cells(area, 10) > before
    assert_no_small_count(area, 10)
    assert "no count from 1 to 9 is shown" in all_label_text(area)


def test_a_nationality_filter_changes_the_case_count(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)
    documents = list(store.all_documents(filled.conn))
    cambodians = sum(1 for d in documents if "KH" in d["client"]["nationalities"])
    assert 5 <= cambodians < 60

    area.nationality.setCurrentIndex(area.nationality.findData("KH"))
    refresh(qtbot, area)

    assert area.report is not None and area.report.cases == cambodians
    assert area.report.filters == ReportFilters(nationality="KH")
    assert area.view is not None and f"{cambodians} case files" in area.view.summary.text()
    assert "nationality Cambodia" in area.scope.text()
    assert_no_small_count(area, 5)


def test_a_filter_leaving_fewer_than_k_cases_withholds_the_report(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)
    counts = Counter(code for d in store.all_documents(filled.conn) for code in set(d["client"]["nationalities"]))
    rare = next(code for code, count in sorted(counts.items()) if 0 < count < 5)

    area.set_filters(ReportFilters(nationality=rare))
    refresh(qtbot, area)

    assert area.report is not None and area.report.withheld
    assert area.view is not None and area.view.withheld_message is not None
    assert area.view.withheld_message.isVisible()
    assert "withheld: fewer than 5 case files match" in area.view.withheld_message.text()
    assert "<5 case files" in area.view.summary.text()
    assert not area.findChildren(QTableWidget) and not bar_labels(area)
    assert area.export_button is not None and not area.export_button.isEnabled()
    assert not area.jump_row.isVisible()
    assert_no_small_count(area, 5)


def test_a_period_that_ends_before_it_starts_is_refused(qtbot: QtBot, filled: Vault) -> None:
    area = open_area(qtbot, filled)
    area.start.set_value(date(2026, 6, 1))
    area.end.set_value(date(2025, 6, 1))

    assert not area.refresh_button.isEnabled()
    assert "ends before it starts" in area.error.text()
    area.end.set_value(None)  # "any"
    assert area.refresh_button.isEnabled() and area.filters().end is None


def choose(folder: Path) -> Callable[[QDialog], int]:
    """A responder for the folder picker: it picks ``folder``."""

    def answer(dialog: QDialog) -> int:
        assert isinstance(dialog, QFileDialog)
        dialog.selectFile(str(folder))
        return QDialog.DialogCode.Accepted

    return answer


def test_export_writes_the_five_files_and_is_audited(
    qtbot: QtBot, filled: Vault, tmp_path: Path, dialog_stub: DialogStub
) -> None:
    area = open_area(qtbot, filled)
    folder = tmp_path / "for the ministry"
    folder.mkdir()
    dialog_stub.respond(QFileDialog, choose(folder))

    assert area.export_button is not None and area.export_button.isEnabled()
    with qtbot.waitSignal(area.exported, timeout=JOB_TIMEOUT_MS) as signal:
        area.export_button.click()

    result = signal.args[0]
    assert result.folder == folder
    assert {p.name for p in folder.iterdir()} == EXPORTED_FILES
    entries = [e for e in filled.recent_audit() if e.action == "report.export"]
    assert len(entries) == 1 and entries[0].actor == "amara"
    assert entries[0].detail["k"] == 5 and entries[0].detail["destination"] == str(folder)
    shown = area.outcome.text()
    assert area.outcome.isVisible()
    assert str(folder) in shown and "findings.pdf" in shown and "audit log" in shown
    assert f"{result.rows_released} released" in shown


def test_export_into_a_folder_that_is_not_empty_makes_a_new_folder_inside(
    qtbot: QtBot, filled: Vault, tmp_path: Path, dialog_stub: DialogStub
) -> None:
    area = open_area(qtbot, filled)
    (tmp_path / "notes.txt").write_text("someone else's file")
    dialog_stub.respond(QFileDialog, choose(tmp_path))

    with qtbot.waitSignal(area.exported, timeout=JOB_TIMEOUT_MS) as signal:
        area.export_button.click()  # type: ignore[union-attr]

    folder = signal.args[0].folder
    assert folder.parent == tmp_path and folder.name.startswith("Saksi findings ")
    assert {p.name for p in folder.iterdir()} == EXPORTED_FILES
    assert (tmp_path / "notes.txt").read_text() == "someone else's file"


def test_a_paralegal_sees_the_report_but_no_export_button(qtbot: QtBot, filled: Vault) -> None:
    filled.add_user("dara", "paralegal", "dara's own passphrase")
    dara = Vault.open(filled.path, "dara", "dara's own passphrase")
    try:
        area = open_area(qtbot, dara)
        assert area.export_button is None
        assert not [b for b in area.findChildren(QPushButton) if b.text().startswith("Export")]
        assert area.export_note.isVisible() and area.export_note.text() == "Exports need a lawyer or admin."
        assert area.report is not None and area.report.cases == 60
        area.close()
    finally:
        dara.close()
