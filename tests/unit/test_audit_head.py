"""The audit chain's head is kept apart from it (format 9), so removing the newest entries, which leaves
a valid shorter chain, is reported by verify (`saksi vault verify` too)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlcipher3 import dbapi2

from storage import audit, db, schema
from storage.vault import Vault, verify_vault
from tests.conftest import ADMIN, PASSPHRASE
from tests.e2e.helpers import saksi


def _with_entries(folder: Path, count: int = 5) -> bytes:
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        for n in range(count):
            vault.log("case.view", f"case:{n}")
        assert vault.verify() == []
        return vault._data_key


def _tamper(folder: Path, key: bytes, *sql: str) -> None:
    """What someone with the data key and an SQLite shell can do to the file."""
    conn = db.connect(folder / "vault.db", key)
    try:
        for statement in sql:
            conn.execute(statement)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def test_the_head_follows_every_entry(vault_copy: tuple[Path, str]) -> None:
    with Vault.open(vault_copy[0], ADMIN, PASSPHRASE) as vault:
        newest = audit.append(vault.conn, ADMIN, "case.view", "case:x")
        head = db.scalar(vault.conn, "SELECT value FROM meta WHERE key = 'audit_head'")
        assert head == f"{newest.seq} {newest.hash}"
        assert schema.version_of(vault.conn) >= audit.HEAD_SINCE


def test_removing_the_newest_entries_is_reported(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    key = _with_entries(folder)
    _tamper(
        folder,
        key,
        "DROP TRIGGER audit_no_delete",
        "DELETE FROM audit WHERE seq > (SELECT max(seq) - 2 FROM audit)",
    )
    problems = [p.message for p in verify_vault(folder, ADMIN, PASSPHRASE)]
    assert any("the newest entries were removed" in text for text in problems), problems
    result = saksi("vault", "verify", folder, SAKSI_USER=ADMIN, SAKSI_PASSPHRASE=PASSPHRASE)
    assert result.returncode != 0 and "the newest entries were removed" in result.stdout + result.stderr


def test_the_head_cannot_simply_be_deleted_and_removing_it_is_reported(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    key = _with_entries(folder)
    with pytest.raises(dbapi2.IntegrityError):  # a trigger keeps it (a bug-class error: never a user message)
        _tamper(folder, key, "DELETE FROM meta WHERE key = 'audit_head'")
    _tamper(
        folder,
        key,
        "DROP TRIGGER audit_no_delete",
        "DROP TRIGGER audit_head_kept",
        "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)",
        "DELETE FROM meta WHERE key = 'audit_head'",
    )
    problems = [p.message for p in verify_vault(folder, ADMIN, PASSPHRASE)]
    assert any("record of its newest entry is missing" in text for text in problems), problems


def test_a_rewritten_newest_entry_is_reported(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    key = _with_entries(folder)
    _tamper(
        folder,
        key,
        "DROP TRIGGER audit_no_update",
        # A different first digit (a fixed 'f' left one hash in sixteen unchanged: the test then failed by chance).
        "UPDATE audit SET hash = (CASE substr(hash, 1, 1) WHEN 'f' THEN '0' ELSE 'f' END) || substr(hash, 2)"
        " WHERE seq = (SELECT max(seq) FROM audit)",
    )
    problems = [p.message for p in verify_vault(folder, ADMIN, PASSPHRASE)]
    assert any("not the one recorded as the newest" in text for text in problems), problems


def test_an_intact_vault_verifies(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    _with_entries(folder)
    assert verify_vault(folder, ADMIN, PASSPHRASE) == []


def test_a_vault_of_format_7_gets_its_head_when_it_migrates(tmp_path: Path) -> None:
    folder = tmp_path / "vault-v7.saksi"
    shutil.copytree(Path(__file__).resolve().parents[1] / "fixtures" / "vault-v7.saksi", folder)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        newest = vault.recent_audit(limit=1)[0]
        assert db.scalar(vault.conn, "SELECT value FROM meta WHERE key = 'audit_head'") == f"{newest.seq} {newest.hash}"
        key = vault._data_key
    _tamper(folder, key, "DROP TRIGGER audit_no_delete", "DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)")
    assert any("the newest entries were removed" in p.message for p in verify_vault(folder, ADMIN, PASSPHRASE))
