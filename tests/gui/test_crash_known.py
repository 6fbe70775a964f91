"""An environmental error that no caller handled (a damaged page read from a slot) reaches the user as its
plain message, once, never as the crash dialog and never in the crash log."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlcipher3 import dbapi2

from storage import db
from tests.gui.conftest import DialogStub
from ui.crash import CrashDialog, CrashHandler

pytestmark = pytest.mark.gui


@pytest.fixture
def handler(tmp_path: Path) -> Iterator[CrashHandler]:
    installed = CrashHandler(tmp_path / "logs")
    installed.install()
    yield installed
    installed.uninstall()


def raised(exc: BaseException) -> tuple[type[BaseException], BaseException, object]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - handed to the hook as Qt would
        return type(caught), caught, caught.__traceback__


def test_an_unhandled_damaged_page_is_its_message_once(
    qtbot: QtBot, handler: CrashHandler, dialog_stub: DialogStub
) -> None:
    dialog_stub.accept_messages()
    damaged = db.translate(dbapi2.DatabaseError("database disk image is malformed"))
    sys.excepthook(*raised(damaged))  # type: ignore[arg-type]
    sys.excepthook(*raised(db.translate(dbapi2.DatabaseError("database disk image is malformed"))))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: len(dialog_stub.messages) == 1)
    QCoreApplication.processEvents()
    assert dialog_stub.messages == [damaged.message] and not dialog_stub.of_type(CrashDialog)
    assert not handler.log_path.exists()


def test_a_database_bug_is_still_a_crash(qtbot: QtBot, handler: CrashHandler, dialog_stub: DialogStub) -> None:
    reports: list[str] = []
    dialog_stub.respond(CrashDialog, lambda d: reports.append("shown") or 0)
    sys.excepthook(*raised(dbapi2.OperationalError('near "SELEC": syntax error')))  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: reports == ["shown"])
    assert "sqlcipher3.dbapi2.OperationalError" in handler.log_path.read_text(encoding="utf-8")
