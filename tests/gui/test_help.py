"""Help at hand: F1 opens the guide at the part in use, the guide saves as a printable PDF, and the About box
shows the version and the licence."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from storage.vault import app_version
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock
from ui import help
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_f1_opens_the_guide_at_the_area_in_use(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], dialog_stub: DialogStub
) -> None:
    opened: list[str] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, help.HelpDialog)
        opened.append(dialog.section)
        assert "Saksi user guide" in dialog.browser.toPlainText()
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(help.HelpDialog, read)
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    for area in ("cases", "evidence", "reports", "settings"):
        window.workspace.show_area(area)
        window.guide_action.trigger()
    assert opened == ["vault", "cases", "evidence", "reports", "settings"]


def test_every_area_has_its_part_in_the_guide() -> None:
    text = help.guide_text()
    for section in help.SECTIONS:
        assert f'<a name="{section}"></a>' in text


def test_the_guide_prints_as_a_pdf(qapp: object, tmp_path: Path) -> None:
    target = help.save_pdf(tmp_path / "guide.pdf")
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Saksi user guide" in words and "recovery code" in words


def test_the_about_box_shows_version_and_licence(window: MainWindow, dialog_stub: DialogStub) -> None:
    dialog_stub.accept_messages()
    window.about_action.trigger()
    assert app_version() in dialog_stub.messages[-1]
    assert "GPL-3.0-or-later" in dialog_stub.messages[-1]


@pytest.fixture
def khmer(qapp: object) -> object:
    from ui import i18n

    i18n.install(qapp, "km")  # type: ignore[arg-type]
    yield qapp
    i18n.install(qapp, "")  # type: ignore[arg-type]  # the test locale and no translation, as the others expect


def test_the_khmer_interface_shows_the_khmer_guide_at_the_same_places(qtbot: QtBot, khmer: object) -> None:
    english = help.guide_path("en").read_text(encoding="utf-8")
    khmer_text = help.guide_text().replace("\u200b", "")  # shown with breaks between Khmer words
    assert "\u200b" in help.guide_text()
    assert help.guide_path().name == "guide_km.md" and help.guide_path("en").name == "guide_en.md"
    assert "សៀវភៅណែនាំអ្នកប្រើ Saksi" in khmer_text and "Saksi user guide" not in khmer_text
    anchors = [line for line in english.splitlines() if line.startswith("<a name=")]
    assert anchors == [line for line in khmer_text.splitlines() if line.startswith("<a name=")]
    dialog = help.HelpDialog("evidence")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().replace("\u200b", "") == "សៀវភៅណែនាំអ្នកប្រើ Saksi" and dialog.section == "evidence"
    assert "វត្ថុតាង" in dialog.browser.toPlainText().replace("\u200b", "")


def test_the_khmer_guide_prints_as_a_pdf_with_khmer_text(khmer: object, tmp_path: Path) -> None:
    target = help.save_pdf(tmp_path / "guide-km.pdf")
    words = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Saksi" in words and "SHA-256" in words
    assert sum("\u1780" <= c <= "\u17ff" for c in words) > 1000  # Qt's PDF keeps the Khmer text searchable


def test_the_guides_ship_with_the_package_and_the_release() -> None:
    import tomllib

    root = Path(__file__).resolve().parents[2]
    data = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]
    assert "help/*.md" in data["ui"]
    spec = (root / "packaging" / "saksi.spec").read_text(encoding="utf-8")
    assert 'tree("ui/help", (".md",))' in spec


@pytest.mark.parametrize("section", ["evidence", "analysis"])
def test_the_guide_opens_scrolled_to_the_section(qtbot: QtBot, section: str) -> None:
    from PySide6.QtCore import QPoint

    dialog = help.HelpDialog(section)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    heading = help.section_headings(dialog.text)[section]
    browser = dialog.browser
    qtbot.waitUntil(lambda: browser.verticalScrollBar().value() > 0)  # Qt's scrollToAnchor found no anchor here
    top = browser.cursorForPosition(QPoint(10, 10)).block()
    assert top.text() == heading, top.text()
