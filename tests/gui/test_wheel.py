"""The mouse wheel never changes an answer by accident: a wheel over a drop-down, spin box, date edit or slider
that does not have keyboard focus changes nothing (and scrolls the page); with focus it works as usual."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QScrollArea,
    QScrollBar,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import SECTIONS
from app.demo.demo_cases import fill
from storage.vault import Vault
from ui import wheel
from ui.analysis.suggestions import DismissDialog
from ui.cases.area import CasesArea
from ui.cases.case_editors import DeadlineDialog, FactDialog, PersonDialog
from ui.cases.case_page import CaseDetailsDialog, CasePage
from ui.evidence.provenance import ProvenanceDialog
from ui.reports.area import ReportsArea
from ui.restore_dialog import RestoreDialog
from ui.settings_page import SettingsPage
from ui.users_dialog import UserFormDialog

pytestmark = pytest.mark.gui
Field = QComboBox | QAbstractSpinBox | QAbstractSlider


@pytest.fixture(autouse=True)
def guard(qapp: QApplication) -> None:
    wheel.install(qapp)  # as run_gui and MainWindow do


def fields(root: QWidget) -> list[Field]:
    found = root.findChildren(QWidget)
    return [
        w
        for w in found
        if isinstance(w, QComboBox | QAbstractSpinBox | QAbstractSlider) and not isinstance(w, QScrollBar)
    ]


def value(field: Field) -> object:
    if isinstance(field, QComboBox):
        return field.currentIndex(), field.currentText()
    if isinstance(field, QAbstractSpinBox):
        return field.text()
    return field.value()


def roll(field: QWidget, up: bool) -> None:
    """A wheel notch over the middle of ``field``, delivered as Qt delivers one (through the app's filters)."""
    centre = QPointF(field.rect().center())
    delta = QPoint(0, 120 if up else -120)
    event = QWheelEvent(
        centre,
        QPointF(field.mapToGlobal(centre)),
        QPoint(),
        delta,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, event)


def assert_wheel_changes_nothing(root: QWidget) -> int:
    """Roll the wheel both ways over every field of ``root``; return how many fields were tried."""
    QApplication.focusWidget() and QApplication.focusWidget().clearFocus()  # type: ignore[func-returns-value]
    tried = fields(root)
    for field in tried:
        before = value(field)
        for up in (True, False, False, True, False):
            roll(field, up)
        assert value(field) == before, f"the wheel changed {type(field).__name__} {field.objectName()!r}"
        assert field.focusPolicy() != Qt.FocusPolicy.WheelFocus or not field.isVisible()
    return len(tried)


def shown(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()


# ----------------------------------------------------------------------------- the guard itself
def test_a_focused_field_still_takes_the_wheel_and_an_unfocused_one_scrolls_the_page(qtbot: QtBot) -> None:
    page = QWidget()
    body = QWidget()
    column = QVBoxLayout(body)
    combo, spin, date = QComboBox(), QSpinBox(), QDateEdit()
    combo.addItems(["Online", "Offline", "Other"])
    for field in (combo, spin, date):
        column.addWidget(field)
        column.addSpacing(600)
    area = QScrollArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    QVBoxLayout(page).addWidget(area)
    qtbot.addWidget(page)
    page.resize(400, 300)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: area.verticalScrollBar().maximum() > 0)

    spin.setValue(5)
    roll(combo, up=False)
    roll(spin, up=False)
    assert (combo.currentText(), spin.value()) == ("Online", 5)
    assert area.verticalScrollBar().value() > 0, "the page under the pointer scrolls instead"
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a wheel does not give it focus first

    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    roll(combo, up=False)
    assert combo.currentText() == "Offline", "with keyboard focus the wheel works as usual"


# ----------------------------------------------------------------------------- every field of the interview
def test_no_field_of_any_interview_section_changes_under_the_wheel(qtbot: QtBot, vault: Vault) -> None:
    area = CasesArea(vault)
    shown(qtbot, area)
    area.new_button.click()
    view = area.intake
    assert view is not None
    tried = 0
    for section in SECTIONS:
        view.show_section(section)
        tried += assert_wheel_changes_nothing(view)
    assert tried >= 20, tried  # drop-downs, dates and numbers in every section


# ----------------------------------------------------------------------------- every form
def test_no_field_of_a_case_page_or_its_forms_changes_under_the_wheel(qtbot: QtBot, vault: Vault) -> None:
    files = CaseFiles(vault)
    reference = fill(files, 2, evidence_cases=1, seed=5)[0]
    case = files.load(reference)[0]
    page = CasePage(vault, reference)
    shown(qtbot, page)
    tried = 0
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        tried += assert_wheel_changes_nothing(page)
    forms: list[QDialog] = [
        CaseDetailsDialog(case, ["amara", "sokha"]),
        DeadlineDialog(case),
        DeadlineDialog(case, case.deadlines[0]) if case.deadlines else DeadlineDialog(case),
        FactDialog(),
        PersonDialog(),
        DismissDialog("act.recruitment"),
        ProvenanceDialog(3),
        UserFormDialog(vault),
        RestoreDialog(),
    ]
    for form in forms:
        shown(qtbot, form)
        tried += assert_wheel_changes_nothing(form)
        form.reject()
    assert tried >= 15, tried


def test_no_field_of_the_cases_list_or_settings_changes_under_the_wheel(qtbot: QtBot, vault: Vault) -> None:
    from app.common.settings import Settings

    fill(CaseFiles(vault), 2, seed=7)
    area = CasesArea(vault)
    shown(qtbot, area)
    settings = SettingsPage(vault, Settings.load())
    shown(qtbot, settings)
    reports = ReportsArea(vault)
    shown(qtbot, reports)
    tried = sum(assert_wheel_changes_nothing(w) for w in (area, settings, reports))
    assert tried >= 3, tried
