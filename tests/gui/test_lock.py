"""Lock now (Ctrl+L) and auto-lock after idle: content gone, vault closed, passphrase asked again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import DialogStub, unlock, wait_for_jobs
from ui import dialogs, jobs
from ui.account_dialogs import AuditLogDialog
from ui.main_window import MainWindow
from ui.workspace import Workspace

pytestmark = pytest.mark.gui


@pytest.fixture
def unlocked(qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]) -> MainWindow:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    assert window.is_unlocked()
    return window


def assert_locked(window: MainWindow, path: Path) -> None:
    assert not window.is_unlocked() and window.vault is None
    assert window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.info is not None and window.unlock_page.info.path == path
    assert window.workspace is None
    assert not window.lock_action.isEnabled()


def test_ctrl_l_locks_hides_content_and_closes_the_vault(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    vault = window.vault
    assert vault is not None
    workspace = window.workspace
    assert workspace is not None
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    with qtbot.waitSignals([window.about_to_lock, window.locked]):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert not vault.is_open  # the key is forgotten
    assert_locked(window, vault.path)
    qtbot.waitUntil(lambda: window.findChildren(Workspace) == [])  # destroyed, not only hidden
    # Unlocking again works and builds a fresh workspace.
    unlock(qtbot, window, vault.path, ADMIN, PASSPHRASE)
    assert window.is_unlocked() and window.workspace is not workspace


def test_auto_lock_after_idle(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    assert window.idle.is_active()
    assert window.idle.interval_ms() == 10 * 60_000  # the default from Settings
    path = window.vault.path if window.vault else None
    window.idle.start_ms(150)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    assert path is not None
    assert_locked(window, path)
    assert not window.idle.is_active()


def remaining_after_a_pause(qtbot: QtBot, window: MainWindow) -> int:
    """The idle timer's remaining time, read after 300 ms without input: a restart puts it back above this."""
    qtbot.wait(300)
    return window.idle._timer.remainingTime()


def test_keyboard_and_mouse_input_restart_the_idle_timer(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    # A coarse timer may move its deadline when restarted: a precise one makes the remaining time comparable.
    window.idle._timer.setTimerType(Qt.TimerType.PreciseTimer)
    window.idle.start_ms(60_000)
    before = remaining_after_a_pause(qtbot, window)
    QApplication.sendEvent(window, QEvent(QEvent.Type.UpdateRequest))  # not input: no restart
    assert window.idle._timer.remainingTime() <= before
    QApplication.sendEvent(window, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    assert window.idle._timer.remainingTime() > before  # back to the full minute
    before = remaining_after_a_pause(qtbot, window)
    qtbot.mouseClick(window.centralWidget(), Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    assert window.idle._timer.remainingTime() > before
    assert window.is_unlocked() and window.idle.interval_ms() == 60_000


def test_zero_minutes_disables_auto_lock_only_without_an_admin_limit(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    assert window.workspace is not None
    page = window.workspace.settings_page
    spin = page.auto_lock
    assert spin.minimum() == 1 and spin.maximum() == 60  # the vault's default limit: "Never" is not offered
    page.auto_lock_limit.setValue(0)  # an admin lifts the limit
    assert spin.minimum() == 0
    spin.setValue(0)
    assert not window.idle.is_active()
    assert window.settings.auto_lock_minutes == 0
    spin.setValue(3)
    assert window.idle.is_active() and window.idle.interval_ms() == 3 * 60_000
    from app.common.settings import Settings

    assert Settings.load().auto_lock_minutes == 3


def test_lock_closes_open_dialogs(qtbot: QtBot, unlocked: MainWindow, dialog_stub: DialogStub) -> None:
    window = unlocked
    assert window.workspace is not None
    results: list[int] = []

    def lock_while_open(dialog: QDialog) -> int:
        dialog.show()
        window.lock()  # what the idle timer does while a dialog is open
        assert not dialog.isVisible()
        results.append(dialog.result())
        return dialog.result()

    dialog_stub.respond(AuditLogDialog, lock_while_open)
    window.workspace.settings_page.audit_button.click()
    assert results == [QDialog.DialogCode.Rejected]
    assert not window.is_unlocked()
    assert dialogs.open_dialogs() == []


def test_lock_waits_for_a_running_job(qtbot: QtBot, unlocked: MainWindow, dialog_stub: DialogStub) -> None:
    window = unlocked
    assert window.workspace is not None
    dialog_stub.accept_messages()
    window.workspace.settings_page.verify_button.click()  # verify runs off the GUI thread
    assert jobs.busy()
    window.lock()
    assert window.is_unlocked()  # not under the job's feet
    with qtbot.waitSignal(window.locked, timeout=15_000):
        pass
    wait_for_jobs(qtbot)
    assert not window.is_unlocked()


def test_an_admin_limit_caps_everyones_auto_lock(qtbot: QtBot, unlocked: MainWindow) -> None:
    window = unlocked
    assert window.workspace is not None
    page = window.workspace.settings_page
    page.auto_lock.setValue(45)
    page.auto_lock_limit.setValue(20)  # shorter than what this user chose: the limit wins
    assert page.auto_lock.maximum() == 20 and page.auto_lock.value() == 20
    assert window.idle.interval_ms() == 20 * 60_000
    assert window.vault is not None and window.vault.auto_lock_limit() == 20


def test_an_idle_timer_cleared_by_the_garbage_collector_leaves_the_event_stream(qtbot: QtBot) -> None:
    """The cyclic collector can clear a window's wrappers while Qt still has its IdleTimer as the application's event
    filter; each later event then raised AttributeError (thousands in one test, a suite run that never ended)."""
    from PySide6.QtWidgets import QLineEdit

    from ui.idle import IdleTimer

    idle = IdleTimer()
    idle.start_ms(60_000)
    del idle._timer  # what clearing the wrapper's attributes leaves (the C++ timer lives on as its child)
    field = QLineEdit()
    qtbot.addWidget(field)
    for _ in range(2):  # the first event uninstalls the filter; neither raises (pytest-qt fails on a raise)
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    idle.deleteLater()
