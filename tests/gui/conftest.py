"""GUI test helpers: every modal dialog is answered by a test-chosen responder (never blocks),
a main window per test, and unlocking through the real unlock page."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.common.settings import Settings
from storage import db
from ui import dialogs, jobs
from ui.collector import GuiThreadCollector
from ui.main_window import MainWindow

Responder = Callable[[QDialog], int]
JOB_TIMEOUT_MS = 15_000  # Argon2id runs; generous for slow CI machines


def _patient_wait_until(self: QtBot, callback: Callable[[], bool | None], *, timeout: int = JOB_TIMEOUT_MS) -> None:
    """pytest-qt's waitUntil with JOB_TIMEOUT_MS as its default instead of 5 s: many waits are on a decoder
    subprocess or a worker job, and on a loaded two-core machine (the suite's own four workers) those took longer
    than 5 s and failed tests that were right. A wait that is met returns at once, so only a real failure is slower."""
    _wait_until(self, callback, timeout=timeout)


_wait_until = QtBot.waitUntil
QtBot.waitUntil = _patient_wait_until  # type: ignore[method-assign]


# The offscreen platform plugin (headless tests only) does not implement propagateSizeHints(), and Qt
# warns each time a shown window's layout changes its minimum size. On real platforms the call does its
# work silently, so this exact message is noise from the test platform, not a fault of the code.
OFFSCREEN_SIZE_HINTS = r"^This plugin does not support propagateSizeHints\(\)$"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.path)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_SIZE_HINTS))


class DialogStub:
    """Answers dialogs in place of ``exec()``: the first matching responder wins; an unexpected
    dialog fails the test with its type and title instead of hanging it."""

    def __init__(self) -> None:
        self.seen: list[QDialog] = []
        self.messages: list[str] = []
        self._responders: list[tuple[type[QDialog], Responder]] = []

    def respond(self, kind: type[QDialog], responder: Responder) -> None:
        self._responders.insert(0, (kind, responder))

    def accept_messages(self) -> None:
        """Click OK (or the action button) on every message box."""

        def answer(box: QDialog) -> int:
            assert isinstance(box, QMessageBox)
            buttons = box.buttons()
            accept = next((b for b in buttons if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole), buttons[0])
            accept.click()
            return box.result()

        self.respond(QMessageBox, answer)

    def __call__(self, dialog: QDialog) -> int:
        self.seen.append(dialog)
        if isinstance(dialog, QMessageBox):
            self.messages.append(dialog.text())
        for kind, responder in self._responders:
            if isinstance(dialog, kind):
                return responder(dialog)
        raise AssertionError(f"unexpected dialog {type(dialog).__name__}: {dialog.windowTitle()!r}")

    def of_type(self, kind: type[QDialog]) -> list[QDialog]:
        return [d for d in self.seen if isinstance(d, kind)]


@pytest.fixture(scope="session", autouse=True)
def collector(qapp: QApplication) -> Iterator[GuiThreadCollector]:  # qapp: the timer needs the application
    """As in the app (ui/main.py): garbage is collected on the GUI thread only, never by a worker thread of a
    job (that crashed a worker of the suite). Between tests, tests/conftest.py collects what is due."""
    found = GuiThreadCollector()
    yield found
    found.stop()


@pytest.fixture(autouse=True)
def door_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    """A statement that ui/ code makes on the GUI thread outside ``vault_ops.now`` raises (storage.db)."""
    monkeypatch.setattr(db, "DOOR_GUARD", True)


@pytest.fixture(autouse=True)
def dialog_stub() -> Iterator[DialogStub]:
    stub = DialogStub()
    with dialogs.intercept(stub):
        yield stub


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(Settings.load())
    qtbot.addWidget(win)
    win.show()
    yield win
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=JOB_TIMEOUT_MS)  # never leave a job running into the next test


def wait_for_jobs(qtbot: QtBot) -> None:
    qtbot.waitUntil(lambda: not jobs.busy(), timeout=JOB_TIMEOUT_MS)


@pytest.fixture
def owner(qtbot: QtBot) -> Iterator[QWidget]:
    """A widget of the app that starts vault operations (their owner), shown; its jobs are done before the next test."""
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    wait_for_jobs(qtbot)


def unlock(qtbot: QtBot, window: MainWindow, path: Path, user: str, passphrase: str) -> None:
    """Open ``path`` and unlock it through the unlock page, as a person would."""
    assert window.open_vault(path)
    page = window.unlock_page
    page.user.setCurrentText(user)
    page.passphrase.setText(passphrase)
    page.unlock_button.click()
    wait_for_jobs(qtbot)
