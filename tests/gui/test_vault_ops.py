"""ui.vault_ops, the one owner of the open vault: operations run on connections of their own, writes one
at a time, a rotation alone with the GUI's connection closed and reopened under the new key, a lock drops
what has not started, and using the GUI's connection from a job is caught as a bug."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

import ui.workspace
from storage import db
from storage.errors import VaultDamaged
from storage.vault import DB_NAME, Vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.gui.conftest import JOB_TIMEOUT_MS, DialogStub, unlock, wait_for_jobs
from ui import jobs, vault_ops
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_an_operation_gets_its_own_vault_on_its_own_thread(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    seen: list[tuple[bool, int]] = []

    def work(_report: jobs.Progress) -> int:
        mine = vault_ops.own(vault)
        seen.append((mine is not vault and mine.conn is not vault.conn, threading.get_ident()))
        return len(mine.users())

    results: list[int] = []
    vault_ops.query(owner, vault, work, results.append, label="Reading")
    wait_for_jobs(qtbot)
    assert results == [1] and seen[0][0] and seen[0][1] != threading.get_ident()
    with pytest.raises(RuntimeError):
        vault_ops.own(vault)  # only inside an operation


def test_writes_run_one_at_a_time_and_reads_beside_them(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    release = threading.Event()
    events: list[str] = []

    def first(_report: jobs.Progress) -> None:
        events.append("first started")
        assert release.wait(JOB_TIMEOUT_MS / 1000)
        vault_ops.own(vault).log("test.first")
        events.append("first done")

    def second(_report: jobs.Progress) -> None:
        events.append("second started")
        vault_ops.own(vault).log("test.second")

    def read(_report: jobs.Progress) -> None:
        events.append("read")

    changes: list[vault_ops.Changes] = []
    vault_ops.runner(vault).changed.connect(changes.append)
    vault_ops.write(owner, vault, first, lambda _none: None, label="First", changes=vault_ops.Changes(cases=True))
    vault_ops.write(owner, vault, second, lambda _none: None, label="Second", changes=vault_ops.Changes(drafts=True))
    qtbot.waitUntil(lambda: "first started" in events, timeout=JOB_TIMEOUT_MS)
    vault_ops.query(owner, vault, read, lambda _none: None, label="Read")
    qtbot.waitUntil(lambda: "read" in events, timeout=JOB_TIMEOUT_MS)  # a read does not wait for the write
    assert "second started" not in events  # the second write waits for the first
    release.set()
    wait_for_jobs(qtbot)
    assert events.index("first done") < events.index("second started")
    assert changes == [vault_ops.Changes(cases=True), vault_ops.Changes(drafts=True)]
    actions = [e.action for e in vault.recent_audit(limit=5)]
    assert actions.index("test.second") < actions.index("test.first")  # newest first


def test_a_write_that_changes_keys_lands_in_the_gui_vault(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    before = vault.keyfile

    def add(_report: jobs.Progress) -> None:
        vault_ops.own(vault).add_user("sok", "paralegal", "another long passphrase 42")

    vault_ops.write(owner, vault, add, lambda _none: None, label="Adding", changes=vault_ops.Changes(users=True))
    wait_for_jobs(qtbot)
    assert before.slot_for_user("sok") is None  # the job never wrote into the GUI's key file object
    assert vault.keyfile.slot_for_user("sok") is not None
    vault.change_passphrase("a new passphrase for amara 7")  # a later save keeps the added user's slot
    assert Vault.open(vault.path, "sok", "another long passphrase 42").close() is None


def test_rotation_runs_alone_and_the_gui_connection_reopens_with_the_new_key(
    qtbot: QtBot, owner: QWidget, vault: Vault
) -> None:
    from app.cases.case_files import CaseFiles

    old_key = vault._data_key
    files = CaseFiles(vault)  # made before the rotation, as every open view's app objects are
    codes: list[str] = []
    vault_ops.exclusive(
        owner, vault, lambda _report: vault_ops.rotate_data_key(vault, PASSPHRASE), codes.append, label="Rotating"
    )
    wait_for_jobs(qtbot)
    assert codes and vault._data_key != old_key
    assert vault.users()  # the GUI's connection works, opened again on the GUI thread with the new key
    assert files.count() == 0  # and app objects made before it follow the vault to its new connection
    with pytest.raises(VaultDamaged):
        db.connect(vault.path / DB_NAME, old_key).close()
    assert [e.action for e in vault.recent_audit(limit=1)] == ["vault.rotate_key"]


def test_using_the_gui_connection_from_a_job_is_a_bug(
    qtbot: QtBot, owner: QWidget, vault: Vault, monkeypatch: pytest.MonkeyPatch
) -> None:
    bugs: list[type[BaseException]] = []

    def hook(kind: type[BaseException], _exc: BaseException, _tb: TracebackType | None) -> None:
        bugs.append(kind)

    monkeypatch.setattr(sys, "excepthook", hook)
    # What data-key rotation did before the runner: a worker thread on the GUI's own connection.
    jobs.run(owner, lambda _report: vault.users(), lambda _users: None, label="Wrong")
    wait_for_jobs(qtbot)
    assert bugs == [db.WrongThread]


def test_lock_drops_queued_operations_and_waits_for_the_running_one(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str]
) -> None:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    vault = window.vault
    assert vault is not None and window.workspace is not None
    release, ran = threading.Event(), []

    def slow(_report: jobs.Progress) -> None:
        ran.append("slow")
        assert release.wait(JOB_TIMEOUT_MS / 1000)

    def queued(_report: jobs.Progress) -> None:
        ran.append("queued")

    page = window.workspace.settings_page
    vault_ops.write(page, vault, slow, lambda _none: None, label="Slow")
    vault_ops.write(page, vault, queued, lambda _none: None, label="Queued")
    qtbot.waitUntil(lambda: ran == ["slow"], timeout=JOB_TIMEOUT_MS)
    window.lock()
    assert window.is_unlocked()  # not under the running job's feet
    with qtbot.waitSignal(window.locked, timeout=JOB_TIMEOUT_MS):
        release.set()
    wait_for_jobs(qtbot)
    assert not window.is_unlocked() and not vault.is_open
    assert ran == ["slow"]  # the queued one never started
    assert not vault_ops.busy(vault)


def test_a_write_that_leaves_the_keys_alone_keeps_the_gui_key_file(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    vault.add_user("sok", "paralegal", "another long passphrase 42")
    started, release = threading.Event(), threading.Event()

    def slow(_report: jobs.Progress) -> None:
        started.set()
        assert release.wait(JOB_TIMEOUT_MS / 1000)
        vault_ops.own(vault).log("test.slow")

    job = vault_ops.write(owner, vault, slow, lambda _none: None, label="Slow")
    qtbot.waitUntil(started.is_set, timeout=JOB_TIMEOUT_MS)
    vault.remove_user("sok")  # on the GUI thread while the job holds an older copy of the key file
    with qtbot.waitSignal(job.finished, timeout=JOB_TIMEOUT_MS):
        release.set()
    assert vault.keyfile.slot_for_user("sok") is None  # the job's unchanged copy did not bring it back


def test_views_refresh_from_what_an_operation_changed(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    from app.cases.case_files import CaseFiles
    from app.cases.model import Case, Client, Name
    from ui.cases.area import CasesArea

    area = CasesArea(vault)
    qtbot.addWidget(area)
    area.show()  # a hidden list refreshes when shown (tests/gui/test_views_refresh.py)
    assert area.model.total == 0

    def add(name: str) -> Callable[[jobs.Progress], None]:
        def work(_report: jobs.Progress) -> None:
            CaseFiles(vault_ops.own(vault)).create(Case(client=Client(names=[Name(text=name)])))

        return work

    vault_ops.write(
        owner, vault, add("Quiet"), lambda _none: None, label="Adding", changes=vault_ops.Changes(drafts=True)
    )
    wait_for_jobs(qtbot)
    qtbot.wait(20)  # a refresh would come after the event that reported the change
    assert area.model.total == 0  # nothing said the cases changed: the list is not read again
    vault_ops.write(
        owner, vault, add("Dara"), lambda _none: None, label="Adding", changes=vault_ops.Changes(cases=True)
    )
    wait_for_jobs(qtbot)
    qtbot.waitUntil(lambda: area.model.total == 2)  # another widget's operation; the list refreshed from its Changes


def test_a_lock_stops_the_background_check_and_it_gives_no_verdict(qtbot: QtBot, vault: Vault) -> None:
    started, ended, verdicts = threading.Event(), threading.Event(), []

    def check(stopped: Callable[[], bool]) -> list[str] | None:
        started.set()
        left = JOB_TIMEOUT_MS / 1000
        while not stopped() and left > 0:  # as the real check: the progress handler asks now and then
            ended.wait(0.01)
            left -= 0.01
        ended.set()
        return None if stopped() else ["should not be reported"]

    runner = vault_ops.runner(vault)
    assert runner.background(check, verdicts.append)
    qtbot.waitUntil(started.is_set, timeout=JOB_TIMEOUT_MS)
    assert not jobs.busy()  # quiet: the lock does not wait for it...
    vault_ops.close(vault)  # ...it stops it
    qtbot.waitUntil(lambda: ended.is_set() and not runner.running, timeout=JOB_TIMEOUT_MS)  # its result arrived
    assert verdicts == [] and not vault.is_open


def test_a_vault_that_cannot_be_opened_again_after_a_rotation_locks_the_window(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], dialog_stub: DialogStub
) -> None:
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    vault = window.vault
    assert vault is not None and window.workspace is not None
    dialog_stub.accept_messages()
    opener = vault.fresh_connection
    gui = threading.get_ident()

    def fresh_connection(*, readonly: bool = False) -> db.Connection:
        if threading.get_ident() == gui:  # the reopening after the rotation, not the rotation's own connection
            raise VaultDamaged("The drive holding the vault went away.")
        return opener(readonly=readonly)

    vault.fresh_connection = fresh_connection  # type: ignore[method-assign]
    with qtbot.waitSignal(window.locked, timeout=JOB_TIMEOUT_MS):
        vault_ops.exclusive(window.workspace, vault, lambda _report: None, lambda _none: None, label="Rotating")
    assert not vault.is_open and not window.is_unlocked()
    assert "The drive holding the vault went away." in dialog_stub.messages


def test_the_upgrade_catch_up_waits_while_a_rotation_has_the_connection_closed(
    qtbot: QtBot, window: MainWindow, vault_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The workspace's catch-up after unlock reads the GUI's connection; a rotation started first closes it.
    unlock(qtbot, window, vault_copy[0], ADMIN, PASSPHRASE)
    vault, workspace = window.vault, window.workspace
    assert vault is not None and workspace is not None
    qtbot.wait(10)  # the workspace's own catch-up (a zero timer after unlock) runs before the counting starts
    wait_for_jobs(qtbot)
    release, checked = threading.Event(), []
    real = ui.workspace.needs_catch_up

    def counting(v: Vault) -> bool:  # the real check, counted
        checked.append(True)
        return real(v)

    monkeypatch.setattr(ui.workspace, "needs_catch_up", counting)
    vault_ops.exclusive(workspace, vault, lambda _r: release.wait(JOB_TIMEOUT_MS / 1000), lambda _r: None, label="R")
    # Queued behind the rotation and still running after it (as the integrity check after unlock can be, for
    # long on a loaded machine): the catch-up must not wait for the runner to be idle, only for the connection.
    held, checking = threading.Event(), vault_ops.runner(vault)
    assert checking.background(lambda _stopped: held.wait(JOB_TIMEOUT_MS / 1000), lambda _result: None)
    qtbot.waitUntil(lambda: bool(checking.running), timeout=JOB_TIMEOUT_MS)
    workspace.catch_up()  # reading now would meet a closed database
    assert checked == []
    release.set()
    qtbot.waitUntil(lambda: checked == [True], timeout=JOB_TIMEOUT_MS)
    assert checking.busy()  # the background operation still runs: the catch-up did not wait for it
    held.set()
    wait_for_jobs(qtbot)


def test_quick_gui_work_goes_through_now_and_refreshes_views(qtbot: QtBot, owner: QWidget, vault: Vault) -> None:
    from app.cases.case_files import CaseFiles
    from app.cases.model import Case, Client, Name
    from storage.errors import SaksiError

    seen: list[vault_ops.Changes] = []
    vault_ops.runner(vault).changed.connect(seen.append)
    inside: list[bool] = []

    def add(v: Vault) -> None:
        inside.append(vault_ops.in_door())
        CaseFiles(v).create(Case(client=Client(names=[Name(text="Dara")])))

    vault_ops.now(vault, add, vault_ops.Changes(cases=True))
    assert inside == [True] and not vault_ops.in_door()
    assert vault_ops.now(vault, lambda v: CaseFiles(v).count()) == 1
    assert seen == [vault_ops.Changes(cases=True)]  # a read changed nothing and says so
    vault_ops.exclusive(
        owner, vault, lambda _report: vault_ops.rotate_data_key(vault, PASSPHRASE), lambda _c: None, label="Rotating"
    )
    with pytest.raises(SaksiError):  # the GUI's connection is about to be closed: refused, not a crash
        vault_ops.now(vault, lambda v: CaseFiles(v).count())
    wait_for_jobs(qtbot)
    assert vault_ops.now(vault, lambda v: CaseFiles(v).count()) == 1
