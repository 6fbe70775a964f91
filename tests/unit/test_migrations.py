"""Schema migrations: ordered, one transaction each, backed up first; old vault files still open."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from storage import schema
from storage.db import Connection
from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def add_table(conn: Connection) -> None:
    schema.execute_script(conn, "CREATE TABLE example (id INTEGER PRIMARY KEY);\nINSERT INTO example VALUES (1);")


def half_then_fail(conn: Connection) -> None:
    conn.execute("CREATE TABLE half_done (id INTEGER)")
    raise RuntimeError("step failed midway")


def test_pending_migration_runs_after_a_backup(vault_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = vault_copy
    released, now = list(schema.MIGRATIONS), schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*released, schema.Migration(now + 1, "example", add_table)])
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == now + 1
        assert vault.conn.execute("SELECT id FROM example").fetchall() == [(1,)]
        entry = next(e for e in vault.recent_audit() if e.action == "vault.migrate")
        assert entry.detail["from"] == now and entry.detail["to"] == now + 1
    backups = list((folder / "backups").iterdir())
    assert len(backups) == 1
    monkeypatch.setattr(schema, "MIGRATIONS", released)
    with pytest.raises(Exception, match="newer version"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    with Vault.open(backups[0], ADMIN, PASSPHRASE) as before:  # the backup is the untouched earlier version
        assert schema.version_of(before.conn) == now


def test_failed_migration_rolls_back_whole_step(vault_copy: tuple[Path, str], monkeypatch: pytest.MonkeyPatch) -> None:
    folder, _ = vault_copy
    released, now = list(schema.MIGRATIONS), schema.current_version()
    monkeypatch.setattr(schema, "MIGRATIONS", [*released, schema.Migration(now + 1, "broken", half_then_fail)])
    with pytest.raises(RuntimeError, match="midway"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    monkeypatch.setattr(schema, "MIGRATIONS", released)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == now
        tables = {r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "half_done" not in tables
        assert vault.verify() == []


@pytest.mark.parametrize("version", [1, 4, 5, 7])
def test_vault_files_from_earlier_versions_open_and_verify(version: int, tmp_path: Path) -> None:
    """Fixture vaults written by earlier formats (admin 'amara', the test passphrase) must keep opening."""
    source = FIXTURES / f"vault-v{version}.saksi"
    folder = tmp_path / source.name
    shutil.copytree(source, folder)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert schema.version_of(vault.conn) == schema.current_version()
        assert vault.verify() == []
        if version >= 4:  # the fixture holds demo cases with exhibits: they must still load
            from app.cases.case_files import CaseFiles
            from app.evidence.locker import EvidenceLocker

            files = CaseFiles(vault)
            assert files.count() == 3 and all(files.load(r.reference) for r in files.find())
            locker = EvidenceLocker(vault)
            try:
                assert locker.verify_all() == []
            finally:
                locker.worker.close()
            stored = vault.conn.execute("SELECT count(*) FROM blobs").fetchone()[0]
            assert stored == 3 and len(list((folder / "blobs").iterdir())) == stored  # format 5: sealed files
