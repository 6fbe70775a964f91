"""One owner per vault connection: a connection used from a thread that does not own it raises (the
suite turns the guard on in tests/conftest.py), an unlock job hands its connection over explicitly, and
thread vaults never share a mutable key file with the vault they were made from."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from storage import db
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE


def in_thread(fn: Callable[[], Any]) -> BaseException | None:
    """Run ``fn`` on a new thread; what it raised (None if nothing)."""
    raised: list[BaseException] = []

    def run() -> None:
        try:
            fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            raised.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return raised[0] if raised else None


def test_the_guard_is_on_in_the_suite() -> None:
    assert db.THREAD_GUARD


def test_the_door_guard_is_off_outside_the_gui_tests(vault: Vault) -> None:
    """The switch that refuses ui/ statements outside ``ui.vault_ops.now`` is for the GUI tests (their conftest
    turns it on): production, the CLI and these tests run without it."""
    assert not db.DOOR_GUARD
    assert not db.in_door()
    with db.door():
        assert db.in_door()
    assert not db.in_door()


def test_a_connection_used_from_another_thread_raises(vault: Vault) -> None:
    vault.conn.execute("SELECT count(*) FROM users").fetchone()  # the thread that opened it: fine
    for use in (
        lambda: vault.conn.execute("SELECT count(*) FROM users"),
        lambda: vault.conn.executemany("SELECT ?", [(1,)]),
        lambda: vault.conn.cursor(),
        lambda: vault.conn.close(),
        lambda: vault.users(),
    ):
        assert isinstance(in_thread(use), db.WrongThread)
    assert vault.users()  # nothing was closed or broken by the refused uses


def test_an_unlock_job_hands_the_connection_to_the_next_thread(vault_copy: tuple[Path, str]) -> None:
    opened: list[Vault] = []

    def unlock() -> None:
        opened.append(Vault.open(vault_copy[0], ADMIN, PASSPHRASE))
        opened[0].hand_over()

    assert in_thread(unlock) is None
    vault = opened[0]
    try:
        assert vault.users()  # this thread takes it...
        assert isinstance(in_thread(lambda: vault.users()), db.WrongThread)  # ...and owns it from now on
    finally:
        vault.close()


def test_without_hand_over_the_opening_thread_keeps_it(vault_copy: tuple[Path, str]) -> None:
    opened: list[Vault] = []
    assert in_thread(lambda: opened.append(Vault.open(vault_copy[0], ADMIN, PASSPHRASE))) is None
    with pytest.raises(db.WrongThread):
        opened[0].users()


def test_a_thread_vault_has_its_own_key_file_until_adopted(vault: Vault) -> None:
    clones: list[Vault] = []

    def add_user() -> None:
        clone = vault.for_thread()
        clones.append(clone)
        try:
            clone.add_user("sok", "paralegal", "another long passphrase 42")
        finally:
            clone.suspend()

    assert in_thread(add_user) is None
    clone = clones[0]
    assert clone.keyfile is not vault.keyfile
    assert clone.keyfile.slot_for_user("sok") is not None
    assert vault.keyfile.slot_for_user("sok") is None  # another job's change never lands under our feet
    vault.adopt_keys(clone)
    assert vault.keyfile.slot_for_user("sok") is not None
    assert [u.name for u in vault.users() if u.name == "sok"] == ["sok"]


def test_a_stopped_background_check_is_no_verdict(vault: Vault) -> None:
    assert vault.background_check(lambda: True) is None
    assert vault.background_check() == []
