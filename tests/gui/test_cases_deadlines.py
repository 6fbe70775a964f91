"""Deadlines across cases: overdue first in red, the next 7 days highlighted, the unlock notice."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import Case, Client, Deadline, Name
from storage.vault import Vault
from ui.cases.deadlines import DeadlinesArea, upcoming_notice
from ui.look import ERROR

pytestmark = pytest.mark.gui
TODAY = date.today()


def shown(qtbot: QtBot, widget: QWidget) -> None:
    """At the laptop size the app is designed for; fixed, so the offscreen platform has no size hints to pass on."""
    qtbot.addWidget(widget)
    widget.setFixedSize(1280, 800)
    widget.show()


def add(files: CaseFiles, name: str, *deadlines: Deadline) -> str:
    return files.create(Case(client=Client(names=[Name(text=name)]), deadlines=list(deadlines))).reference


def due(days: int, title: str, **fields: object) -> Deadline:
    return Deadline(due_on=(TODAY + timedelta(days=days)).isoformat(), title=title, **fields)


def table_rows(area: DeadlinesArea) -> list[list[str]]:
    table = area.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]  # type: ignore[union-attr]


@pytest.fixture
def references(vault: Vault) -> tuple[str, str, str]:
    files = CaseFiles(vault)
    later = add(files, "Later", due(30, "Filing deadline", kind="filing"))
    soon = add(files, "Soon", due(3, "Detention review", kind="detention_review"))
    late = add(files, "Late", due(-2, "Hearing on overstay", kind="hearing"), due(-9, "Old meeting", done=True))
    return late, soon, later


def test_overdue_first_in_red_then_the_next_days_highlighted(
    qtbot: QtBot, vault: Vault, references: tuple[str, str, str]
) -> None:
    late, soon, later = references
    area = DeadlinesArea(vault)
    shown(qtbot, area)
    rows = table_rows(area)
    assert [r[2] for r in rows] == [late, soon, later]
    assert [r[1] for r in rows] == ["Overdue by 2 days", "In 3 days", "In 30 days"]
    assert rows[0][4] == "Hearing on overstay" and rows[1][5] == "Detention review"
    assert area.table.item(0, 0).foreground().color().name() == ERROR  # type: ignore[union-attr]
    soon_background = area.table.item(1, 0).background().color().name()  # type: ignore[union-attr]
    assert soon_background != area.table.item(2, 0).background().color().name()  # type: ignore[union-attr]
    assert area.summary.text() == "1 overdue · 1 in the next 7 days · 3 open in all"
    area.show_done.setChecked(True)
    rows = table_rows(area)
    assert len(rows) == 4 and rows[-1][1] == "Done" and rows[-1][4] == "Old meeting"


def test_double_click_asks_to_open_the_case(qtbot: QtBot, vault: Vault, references: tuple[str, str, str]) -> None:
    area = DeadlinesArea(vault)
    shown(qtbot, area)
    rect = area.table.visualRect(area.table.model().index(1, 2))
    qtbot.mouseClick(
        area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )  # a view needs the press first
    with qtbot.waitSignal(area.open_case_requested) as asked:
        qtbot.mouseDClick(area.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert asked.args == [references[1]]


def test_upcoming_notice_lists_overdue_and_soon(vault: Vault, references: tuple[str, str, str]) -> None:
    late, soon, _later = references
    notice = upcoming_notice(vault)
    assert notice.startswith("1 deadline overdue and 1 deadline in the next 7 days: ")
    assert f"{late} Hearing on overstay on " in notice and "(overdue)" in notice
    assert notice.index(late) < notice.index(soon)
    assert f"{soon} Detention review on " in notice
    assert "Filing deadline" not in notice and "Old meeting" not in notice


def test_no_notice_without_upcoming_deadlines(vault: Vault) -> None:
    add(CaseFiles(vault), "Later", due(40, "Filing deadline"))
    assert upcoming_notice(vault) == ""
