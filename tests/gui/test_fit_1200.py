"""Everything fits a field laptop's 1200x760, in English and in Khmer: the whole window (sidebar included) never
needs more room than it has on any area, case tab or interview section, every text shows whole (labels such as
"Interview language" and "Interpreter", table headings such as Offence and the proof matrix's last column), and
the interview never scrolls sideways."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.cases.model import SECTIONS
from app.demo.demo_cases import fill
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import unlock, wait_for_jobs
from ui import i18n
from ui.i18n import layout
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SIZE = (1200, 760)


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    i18n.install(qapp, request.param)
    yield request.param
    i18n.install(qapp, "")  # the test locale and no translation, as the other tests expect


def settle() -> None:
    QApplication.processEvents()  # layouts run before anything is measured
    QApplication.processEvents()


def screens(qtbot: QtBot, window: MainWindow, path: Path, reference: str) -> Iterator[str]:
    unlock(qtbot, window, path, ADMIN, PASSPHRASE)
    workspace = window.workspace
    assert workspace is not None
    for area in workspace.AREAS:
        workspace.show_area(area)
        wait_for_jobs(qtbot)
        yield f"area {area}"
    workspace.open_case(reference)
    page = workspace.cases_area.case_page
    assert page is not None
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        wait_for_jobs(qtbot)
        yield f"case tab {page.tabs.tabText(index)}"
    workspace.cases_area.start_intake(reference)
    intake = workspace.cases_area.intake
    assert intake is not None
    for section in SECTIONS:
        intake.show_section(section)
        yield f"interview {section}"


@pytest.mark.parametrize("language", ["", "km"], indirect=True, ids=["english", "khmer"])
def test_every_screen_fits_1200x760(qtbot: QtBot, vault_copy: tuple[Path, str], language: str) -> None:
    vault = Vault.open(vault_copy[0], ADMIN, PASSPHRASE)
    reference = fill(CaseFiles(vault), 2, evidence_cases=1, seed=11)[0]
    vault.close()
    window = MainWindow()
    qtbot.addWidget(window)
    window.setFixedSize(*SIZE)  # fixed: the offscreen platform has no size hints to pass on
    window.show()
    found: dict[str, list[str]] = {}
    for name in screens(qtbot, window, vault_copy[0], reference):
        settle()

        def problems(name: str = name) -> list[str]:
            why = layout.problems(window, "")  # every text, and the window's own minimum size
            return why + [
                f"scrolls sideways by {area.horizontalScrollBar().maximum()} px"
                for area in window.findChildren(QScrollArea)
                if area.isVisible() and name.startswith("interview") and area.horizontalScrollBar().maximum() > 0
            ]

        try:  # a page just shown lays itself out over a few events (the case header wraps its name)
            qtbot.waitUntil(lambda: not problems(), timeout=2000)
        except qtbot.TimeoutError:
            found[name] = problems()
    assert found == {}, "\n".join(f"{name}: {why}" for name, why in found.items())
    intake = window.workspace.cases_area.intake if window.workspace else None
    assert intake is not None
    shown = {w.text() for w in intake.findChildren(QLabel) if w.isVisible()}
    translate = QCoreApplication.translate
    assert {translate("IntakeView", "Interview language:"), translate("IntakeView", "Interpreter:")} <= shown
    window.lock()
