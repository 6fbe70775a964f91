"""The crash handler: one dialog per session, a log with types and frames but never messages or locals."""

from __future__ import annotations

import faulthandler
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.common.settings import log_dir
from tests.gui.conftest import DialogStub
from ui import crash
from ui.crash import CrashDialog, CrashHandler

pytestmark = pytest.mark.gui
SECRET = "Sok Dara, passport N0123456, Myawaddy compound"


def failure(message: str) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    client_name = SECRET  # a local that must not reach the log  # noqa: F841
    try:
        try:
            raise KeyError(message)
        except KeyError as inner:
            raise RuntimeError(message) from inner
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[CrashHandler]:
    installed = CrashHandler(tmp_path / "logs")
    installed.install()
    yield installed
    installed.uninstall()  # give pytest-qt its own hooks back


def test_two_crashes_one_dialog_and_a_log_without_messages(
    qtbot: QtBot, handler: CrashHandler, dialog_stub: DialogStub
) -> None:
    reports: list[str] = []

    def read(dialog: QDialog) -> int:
        assert isinstance(dialog, CrashDialog)
        reports.append(dialog.report.toPlainText())
        return QDialog.DialogCode.Rejected

    dialog_stub.respond(CrashDialog, read)
    sys.excepthook(*failure(SECRET))
    sys.excepthook(*failure(SECRET + " again"))
    qtbot.waitUntil(lambda: len(reports) == 1)
    QCoreApplication.processEvents()  # a second dialog, if one were queued, would show now
    assert len(reports) == 1
    log = handler.log_path.read_text(encoding="utf-8")
    assert log.count("=== ") == 2  # both crashes are logged
    assert "Sok Dara" not in log and "passport" not in log
    assert "KeyError" in log and "RuntimeError" in log and "which led to:" in log
    assert "tests/gui/test_crash.py:" in log and ":failure" in log  # file:line:function
    assert str(Path.home()) not in log or str(Path.home()) == "/"  # no user folder in paths
    assert reports[0] in log


def test_crash_in_a_thread_is_logged_and_shown(qtbot: QtBot, handler: CrashHandler, dialog_stub: DialogStub) -> None:
    shown: list[str] = []
    dialog_stub.respond(CrashDialog, lambda d: shown.append(d.windowTitle()) or QDialog.DialogCode.Rejected)

    def work() -> None:
        raise ValueError(SECRET)

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)  # shown on the GUI thread
    log = handler.log_path.read_text(encoding="utf-8")
    assert "Thread: importer" in log and "ValueError" in log and SECRET not in log


def test_copy_report(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = CrashDialog("Traceback (most recent call last):\n  ui/x.py:1:f\nValueError", tmp_path / "crash.log")
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text() == dialog.report.toPlainText()


def test_install_uses_the_log_folder_and_faulthandler(dialog_stub: DialogStub) -> None:
    installed = crash.install()
    try:
        assert sys.excepthook == installed.excepthook
        assert installed.folder == log_dir()
        assert (log_dir() / crash.FAULT_LOG_NAME).is_file()
        assert faulthandler.is_enabled()
    finally:
        installed.uninstall()
        faulthandler.enable(file=sys.__stderr__)  # back to where pytest had it


def test_report_is_sanitized_without_an_exception_object() -> None:
    exc_type, _exc, tb = failure(SECRET)
    text = crash.sanitized_report(exc_type, None, tb)
    assert SECRET not in text and text.endswith("RuntimeError")
