"""ui.jobs: results come back on the GUI thread, the progress dialog waits ~0.5 s before showing,
environmental errors become messages and bugs go to the crash hook."""

from __future__ import annotations

import sys
import threading
from types import TracebackType

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QProgressDialog, QWidget
from pytestqt.qtbot import QtBot

from storage.errors import DiskFull
from tests.gui.conftest import DialogStub, wait_for_jobs
from ui import jobs

pytestmark = pytest.mark.gui


def progress_dialogs(owner: QWidget) -> list[QProgressDialog]:
    return [d for d in owner.findChildren(QProgressDialog) if d.isVisible()]


def test_a_quick_job_delivers_on_the_gui_thread_without_a_dialog(qtbot: QtBot, owner: QWidget) -> None:
    threads: list[QThread] = []
    results: list[int] = []

    def work(_report: jobs.Progress) -> int:
        threads.append(QThread.currentThread())
        return 42

    def done(value: int) -> None:
        threads.append(QThread.currentThread())
        results.append(value)

    with qtbot.waitSignal(jobs.tracker().all_done):
        jobs.run(owner, work, done, label="Quick")
        assert not owner.isEnabled() and jobs.busy()
    assert results == [42]
    assert threads[0] is not threads[1] and threads[1] is owner.thread()
    assert owner.isEnabled()
    assert progress_dialogs(owner) == []


def test_a_slow_job_shows_progress_then_closes_it(qtbot: QtBot, owner: QWidget) -> None:
    release = threading.Event()
    results: list[str] = []

    def work(report: jobs.Progress) -> str:
        report(1, 4)
        release.wait(timeout=30)  # held by the test until the dialog has been seen
        return "done"

    jobs.run(owner, work, results.append, label="Writing the backup…")
    try:
        qtbot.waitUntil(lambda: len(progress_dialogs(owner)) == 1, timeout=5_000)
        dialog = progress_dialogs(owner)[0]
        assert dialog.labelText() == "Writing the backup…"
        qtbot.waitUntil(lambda: dialog.maximum() == 4 and dialog.value() == 1)
    finally:
        release.set()
    wait_for_jobs(qtbot)
    assert results == ["done"]
    assert progress_dialogs(owner) == []


def test_an_environmental_error_becomes_a_message(qtbot: QtBot, owner: QWidget, dialog_stub: DialogStub) -> None:
    dialog_stub.accept_messages()

    def work(_report: jobs.Progress) -> None:
        raise DiskFull("The disk is full.")

    jobs.run(owner, work, lambda _none: None, label="Saving")
    wait_for_jobs(qtbot)
    assert dialog_stub.messages == ["The disk is full."]
    assert owner.isEnabled()


def test_a_bug_goes_to_the_crash_hook(qtbot: QtBot, owner: QWidget, monkeypatch: pytest.MonkeyPatch) -> None:
    caught: list[type[BaseException]] = []

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        caught.append(kind)

    monkeypatch.setattr(sys, "excepthook", hook)

    def work(_report: jobs.Progress) -> None:
        raise ZeroDivisionError

    jobs.run(owner, work, lambda _none: None, label="Counting")
    wait_for_jobs(qtbot)
    assert caught == [ZeroDivisionError]
    assert owner.isEnabled()
