"""Database errors told apart in one place (storage/db.py: translate): a full disk, a damaged page, a
read-only file are plain messages wherever they are met; a syntax error or a constraint violation is a
bug and keeps its own exception, so it reaches the crash path instead of the user as a message."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from app import cli
from app.cases.case_files import CaseFiles
from app.cases.model import Case
from storage import db
from storage.errors import DiskFull, ReadOnlyMedia, SaksiError, VaultDamaged
from storage.vault import Vault
from tests.conftest import ADMIN, PAGE_SIZE, PASSPHRASE, root_page


def damage(folder: Path, table: str) -> None:
    page = root_page(folder, table)
    with (folder / "vault.db").open("r+b") as fh:
        fh.seek(PAGE_SIZE * (page - 1) + 300)
        fh.write(os.urandom(16))


# ------------------------------------------------------------------ environmental: plain messages
def test_a_full_database_is_disk_full_and_the_vault_stays_intact(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        pages = db.scalar(vault.conn, "PRAGMA page_count")
        vault.conn.execute(f"PRAGMA max_page_count = {pages}")  # this file cannot grow by one page
        with pytest.raises(DiskFull, match="The disk is full") as caught:
            CaseFiles(vault).create(Case(client={"names": [{"text": "x" * 100_000}]}))
        assert db.result_code(caught.value.sqlite_error or caught.value) == dbapi2.SQLITE_FULL
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert vault.verify() == []
        assert CaseFiles(vault).deadlines() == []


def test_a_damaged_page_is_the_damaged_vault_message_on_every_read_path(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    damage(folder, "deadlines")
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert vault.read_only is not None  # the unlock probe saw it
        with pytest.raises(VaultDamaged, match="damaged or was tampered with"):
            CaseFiles(vault).deadlines()  # the step inside execute()
        # The first row comes before the damaged page: the error arrives while rows are fetched.
        sql = "SELECT 1 UNION ALL SELECT count(*) FROM deadlines"
        with pytest.raises(VaultDamaged):
            vault.conn.execute(sql).fetchall()
        with pytest.raises(VaultDamaged):
            list(vault.conn.execute(sql))
        cursor = vault.conn.execute(sql)  # steps to the first row only
        with pytest.raises(VaultDamaged):
            cursor.fetchone()  # returns it and steps on, onto the damaged page
        # A write outside a transaction on the refused vault says why it is refused, not "read-only disk".
        with pytest.raises(VaultDamaged, match="failed its integrity check"):
            vault.conn.execute("DELETE FROM deadlines")


def test_a_read_only_database_is_read_only_media(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        conn = db.connect(folder / "vault.db", vault._data_key, readonly=True)
    try:
        assert db.scalar(conn, "SELECT count(*) FROM users") == 1  # reading works
        with pytest.raises(ReadOnlyMedia, match="read-only disk or folder"), db.transaction(conn):
            conn.execute("UPDATE users SET created_by = created_by")
    finally:
        conn.close()


@pytest.mark.parametrize("code", sorted(db.ENVIRONMENTAL))
def test_every_environmental_code_has_a_plain_message(code: int) -> None:
    exc = dbapi2.OperationalError("some words")
    exc.sqlite_errorcode = code
    error = db.translate(exc)
    assert isinstance(error, SaksiError) and error.message and error.sqlite_error is exc
    assert "some words" not in error.message  # SQLite's wording is for the log, not the user


def test_an_error_without_a_code_is_named_by_sqlites_own_wording() -> None:
    # Connection.backup raises without sqlite_errorcode (tests/unit/test_disk_full.py meets it for real).
    assert isinstance(db.translate(dbapi2.OperationalError("disk I/O error"), writing=True), DiskFull)
    assert isinstance(db.translate(dbapi2.OperationalError("disk I/O error")), VaultDamaged)
    closed = dbapi2.ProgrammingError("Cannot operate on a closed database.")
    assert db.translate(closed) is closed


# ------------------------------------------------------------------ bugs: their own exception, the crash path
def test_a_constraint_violation_is_a_bug_not_a_message(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        with pytest.raises(dbapi2.IntegrityError), db.transaction(vault.conn):
            vault.conn.execute(
                "INSERT INTO users(name, role, created_at, created_by) VALUES (?, 'admin', '', '')", (ADMIN,)
            )
        with pytest.raises(dbapi2.OperationalError) as caught:
            vault.conn.execute("SELEC name FROM users")
        assert not isinstance(caught.value, SaksiError)
        assert db.result_code(caught.value) == dbapi2.SQLITE_ERROR
        assert vault.verify() == []  # the rolled-back transaction left nothing


def test_the_cli_sends_a_database_bug_to_the_crash_log(
    vault_copy: tuple[Path, str], capsys: pytest.CaptureFixture[str], config_dir: Path
) -> None:
    folder, _ = vault_copy

    def buggy() -> int:
        with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
            vault.conn.execute("SELECT no_such_column FROM users")
        return 0

    assert cli._guarded(buggy, "test") == 1
    err = capsys.readouterr().err
    assert "internal error (OperationalError)" in err and "reported an error" not in err

    def damaged() -> int:
        raise db.translate(dbapi2.DatabaseError("database disk image is malformed"))

    assert cli._guarded(damaged, "test") == 4
    assert "damaged or was tampered with" in capsys.readouterr().err
