"""The Khmer interface: the catalogue is complete and current, the shipped .qm says what the .ts says,
the language switches at once from the welcome page and Settings, dates and numbers follow it, and
every screen still fits at 1200x760 when each text is longer still (a pseudo-locale built from the .ts)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from app.cases.case_files import CaseFiles
from app.common.settings import Settings
from app.demo.demo_cases import fill
from storage import errors
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from ui import i18n
from ui.cases import text
from ui.i18n import catalog, layout, pseudo
from ui.i18n.breaks import ZWSP, with_breaks
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
SIZE = (1200, 760)


@pytest.fixture
def restore_english(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install(qapp, "")  # the test locale (C) and no Saksi translation, as the other tests expect
    errors.set_translator(None)
    QLocale.setDefault(QLocale.c())


def shown(widget_text: str) -> str:
    return widget_text.replace(ZWSP, "")


def settle(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.waitUntil(widget.isVisible)
    wait_for_jobs(qtbot)  # what a screen loads in the background is on it in both passes before it is measured
    QApplication.processEvents()  # layouts run before anything is measured


# ---------------------------------------------------------------- the catalogue


def test_every_text_of_the_interface_has_a_finished_khmer_translation(tmp_path: Path) -> None:
    """lupdate itself, run over today's sources, finds nothing new or changed to translate."""
    copy = tmp_path / "saksi_km.ts"
    shutil.copy(catalog.ts_path("km"), copy)
    catalog.lupdate(copy)
    _tree, messages = catalog.read(copy)
    assert len(messages) > 1500
    assert [m.source for m in messages if not m.finished or not m.translation] == [], "make translations"


def test_every_translation_keeps_the_placeholders_tags_and_shortcuts() -> None:
    _tree, messages = catalog.read(catalog.ts_path("km"))
    wrong = {f"{m.context}: {m.source}": catalog.problems(m.source, m.translation) for m in messages}
    assert {where: why for where, why in wrong.items() if why} == {}


def test_the_shipped_qm_says_what_the_ts_says(qapp: QApplication) -> None:
    """Qt's own loader reads the .qm; each text must be the .ts translation with its line-break marks."""
    translator = QTranslator()
    assert translator.load(str(catalog.qm_path("km")))
    _tree, messages = catalog.read(catalog.ts_path("km"))
    stale = [
        m.source for m in messages if translator.translate(m.context, m.source) != with_breaks(m.translation, "km")
    ]
    assert stale == [], "the .qm is older than the .ts: run `make translations`"


# ---------------------------------------------------------------- choosing the language


def test_khmer_chosen_on_the_welcome_page_applies_at_once_and_is_kept(
    qtbot: QtBot, window: MainWindow, restore_english: None
) -> None:
    assert window.welcome.create_button.text() == "Create a vault…"
    window.welcome.language.choose("km")
    qtbot.waitUntil(lambda: shown(window.welcome.create_button.text()) == "បង្កើតឃ្លាំងសម្ងាត់…")
    assert window.welcome.language.current() == "km"
    assert shown(window.menuBar().actions()[0].text()) == "ឃ្លាំងសម្ងាត់ (&V)"
    assert Settings.load().language == "km"
    assert text.fuzzy_date("2024-03-15") == "15 មីនា 2024"  # dates follow the language (QLocale)
    assert text.amount(Decimal("1500.5")) == QLocale("km").toString(1500.5, "f", 2)
    window.welcome.language.choose("en")
    qtbot.waitUntil(lambda: window.welcome.create_button.text() == "Create a vault…")
    assert text.fuzzy_date("2024-03-15") == "15 March 2024"


def test_switching_language_in_settings_keeps_the_session_and_what_was_typed(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], restore_english: None
) -> None:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    vault = window.vault
    window.workspace.show_area("settings")
    assert window.workspace.sidebar.item(0).text() == "Cases"
    window.workspace.settings_page.language.choose("km")
    qtbot.waitUntil(lambda: window.workspace is not None and shown(window.workspace.sidebar.item(0).text()) == "សំណុំរឿង")
    assert window.vault is vault and vault is not None and vault.is_open  # still signed in, no new unlock
    assert window.workspace.current_area() == "settings"
    page = window.workspace.settings_page
    assert page.language.current() == "km"
    assert any(shown(i18n.review_note()) in shown(label.text()) for label in page.findChildren(QLabel))
    assert Settings.load().language == "km"
    page.language.choose("en")
    qtbot.waitUntil(lambda: window.workspace is not None and window.workspace.sidebar.item(0).text() == "Cases")


def test_the_about_box_and_settings_say_the_translation_is_not_reviewed(
    qtbot: QtBot, window: MainWindow, dialog_stub: DialogStub, vault_copy: tuple[Path, str], restore_english: None
) -> None:
    dialog_stub.accept_messages()
    i18n.install(QCoreApplication.instance(), "km")  # type: ignore[arg-type]
    note = shown(i18n.review_note())
    assert note == "ការបកប្រែជាភាសាខ្មែរ មិនទាន់ត្រូវបានពិនិត្យដោយអ្នកដែលមានភាសាខ្មែរជាភាសាកំណើតនៅឡើយទេ។"
    window.show_about()
    assert note in shown(dialog_stub.messages[-1])
    i18n.install(QCoreApplication.instance(), "")  # type: ignore[arg-type]
    window.show_about()
    assert "has not yet been reviewed by a native Khmer speaker" in dialog_stub.messages[-1]
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    texts = [label.text() for label in window.workspace.settings_page.findChildren(QLabel)]
    assert any("has not yet been reviewed by a native Khmer speaker" in t for t in texts)


def test_a_refusal_from_the_vault_is_shown_in_khmer(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], restore_english: None
) -> None:
    """The wrong-passphrase message comes from storage/ (no Qt there) and is translated where it is shown."""
    i18n.install(QCoreApplication.instance(), "km")  # type: ignore[arg-type]
    assert window.open_vault(vault_copy[0])
    page = window.unlock_page
    page.passphrase.setText("not the passphrase")
    page.unlock_button.click()
    wait_for_jobs(qtbot)
    assert shown(page.error.text()) == "ឃ្លាសម្ងាត់ខុសសម្រាប់អ្នកប្រើនេះ។"


# ---------------------------------------------------------------- everything fits


class Recorder(QTranslator):
    """Translates nothing; remembers every (context, text) Qt and Saksi look up."""

    def __init__(self) -> None:
        super().__init__()
        self.seen: set[tuple[str, str]] = set()

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # type: ignore[override]
        self.seen.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


def demo_vault(path: Path) -> str:
    vault = Vault.open(path, ADMIN, PASSPHRASE)
    try:
        return fill(CaseFiles(vault), 1, evidence_cases=1)[0]
    finally:
        vault.close()


def screens(qtbot: QtBot, window: MainWindow, path: Path, reference: str) -> Iterator[tuple[str, QWidget]]:
    """Every screen of the session a paralegal goes through, each shown at 1200x760."""
    yield "welcome", window.welcome
    assert window.open_vault(path)
    yield "unlock", window.unlock_page
    unlock(qtbot, window, path, ADMIN, PASSPHRASE)
    workspace = window.workspace
    assert workspace is not None
    for area in ("cases", "evidence", "deadlines", "settings"):  # reports: see the Khmer test below
        workspace.show_area(area)
        yield area, workspace.pages.currentWidget()
    workspace.show_area("evidence")
    workspace.evidence_area.show_case(reference)
    wait_for_jobs(qtbot)
    yield "evidence of a case", workspace.evidence_area
    workspace.open_case(reference)
    page = workspace.cases_area.case_page
    assert page is not None
    for index in range(page.tabs.count()):
        if page.tabs.widget(index) not in (page.analysis, page.drafts):  # issue 10's screens: see below
            page.tabs.setCurrentIndex(index)
            yield f"case tab {type(page.tabs.currentWidget()).__name__}", page.tabs.currentWidget()
    workspace.cases_area.start_intake(reference)
    intake = workspace.cases_area.intake
    assert intake is not None
    for section in ("profile", "compound", "detention", "needs"):
        intake.show_section(section)
        yield f"interview: {section}", intake


def dialogs_to_check(window: MainWindow) -> Iterator[tuple[str, QDialog]]:
    from ui.account_dialogs import ChangePassphraseDialog
    from ui.create_wizard import CreateVaultWizard
    from ui.evidence.provenance import ProvenanceDialog
    from ui.restore_dialog import RestoreDialog
    from ui.users_dialog import UsersDialog

    assert window.vault is not None
    yield "users", UsersDialog(window.vault, window)
    yield "change passphrase", ChangePassphraseDialog(window.vault, parent=window)
    yield "provenance", ProvenanceDialog(3, window)
    yield "provenance per file", ProvenanceDialog(3, window, ["IMG_1.jpg", "IMG_2.jpg", "chat.txt"])
    yield "restore", RestoreDialog(window)
    yield "create a vault", CreateVaultWizard(window)


def visit(qtbot: QtBot, path: Path, reference: str) -> Iterator[tuple[str, QWidget]]:
    """Each screen and dialog, shown in a new window at 1200x760 and laid out."""
    window = MainWindow(Settings.load())
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    for name, screen in screens(qtbot, window, path, reference):
        settle(qtbot, screen)
        yield name, screen
    for name, dialog in dialogs_to_check(window):
        dialog.show()
        settle(qtbot, dialog)
        yield name, dialog
        dialog.done(0)
        dialog.deleteLater()
    window.lock()
    window.close()


def test_every_screen_fits_at_1200x760_with_longer_texts(
    qtbot: QtBot, qapp: QApplication, vault_copy: tuple[Path, str], tmp_path: Path, restore_english: None
) -> None:
    """The pseudo-locale: the Khmer translation made 15% longer. Nothing may be cut, and no screen may need
    more room than it has, unless it already needs that in English (issue 13 reshapes those at 1200x760)."""
    reference = demo_vault(vault_copy[0])
    english = {name: screen.minimumSizeHint() for name, screen in visit(qtbot, vault_copy[0], reference)}
    i18n.install(qapp, "km", pseudo.build("km", tmp_path).parent)
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        found = {
            name: layout.problems(screen, allowed=english[name])
            for name, screen in visit(qtbot, vault_copy[0], reference)
        }
    finally:
        qapp.removeTranslator(recorder)
    problems = {name: why for name, why in found.items() if why}
    assert problems == {}, "\n".join(f"{name}: {why}" for name, why in problems.items())
    missing = untranslated(recorder.seen)
    assert missing == [], missing


def untranslated(seen: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Texts looked up on screen that the catalogue has under another context only (a context the
    code and lupdate disagree on), and Qt's own texts that Saksi shows without a Khmer translation."""
    _tree, messages = catalog.read(catalog.ts_path("km"))
    keys = {m.key for m in messages}
    sources = {m.source for m in messages}
    found_in_some_context = {source for context, source in seen if (context, source) in keys}
    qt_noise = {
        "QGuiApplication",
        "QShortcut",
        "QDialogButtonBox",
        "QMessageBox",
        "QIODevice",
        "QProgressBar",
    }  # not words on screen
    wrong = []
    for context, source in sorted(seen):
        if (context, source) in keys or source in found_in_some_context or not any(c.isalpha() for c in source):
            continue
        if source in sources or (context.startswith("Q") and context not in qt_noise):
            wrong.append((context, source))
    return wrong


def test_khmer_fits_the_analysis_drafting_and_reports_screens(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], restore_english: None
) -> None:
    """Labels, buttons and headings fit in Khmer on the screens other issues are still reshaping (their
    overall widths at 1200x760 are issue 13's layout work, so only what each text needs is checked)."""
    from ui.reports.area import ReportsArea

    i18n.install(QCoreApplication.instance(), "km")  # type: ignore[arg-type]
    reference = demo_vault(vault_copy[0])
    window.resize(*SIZE)
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None and window.vault is not None
    window.workspace.open_case(reference)
    page = window.workspace.cases_area.case_page
    assert page is not None
    found = {}
    for tab in (page.analysis, page.drafts):
        page.tabs.setCurrentWidget(tab)
        settle(qtbot, tab)
        found[type(tab).__name__] = layout.problems(window.workspace.cases_area, "", whole=False)
    reports = ReportsArea(window.vault)
    qtbot.addWidget(reports)
    reports.setFixedSize(*SIZE)
    reports.show()
    settle(qtbot, reports)
    wait_for_jobs(qtbot)  # the report is counted in the background
    QApplication.processEvents()
    found["reports"] = layout.problems(reports, "", whole=False)
    assert {name: [p for p in why if "column heading" not in p] for name, why in found.items()} == {
        name: [] for name in found
    }


def test_the_analysis_summaries_follow_a_khmer_interface(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], restore_english: None
) -> None:
    """The proof matrix's summaries and each charge's still-missing lines come from app/analysis/summary_words.py in
    the interface language, not in English beside Khmer labels."""
    from app.analysis.summary_words import word

    i18n.install(QCoreApplication.instance(), "km")  # type: ignore[arg-type]
    reference = demo_vault(vault_copy[0])
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.workspace is not None
    window.workspace.open_case(reference)
    page = window.workspace.cases_area.case_page
    assert page is not None
    page.tabs.setCurrentWidget(page.analysis)
    settle(qtbot, page.analysis)
    titles = [box.title() for box in page.analysis.summaries.boxes]
    assert word("km", "palermo.title") in titles and word("en", "palermo.title") not in titles
