"""Disk full (RLIMIT_FSIZE in a child process): clear message, nothing half-written, vault intact."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from storage.vault import Vault
from tests.conftest import ADMIN, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import resource, sys
from storage.errors import SaksiError
from storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2], sys.argv[3])
limit = int(sys.argv[5])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
try:
    vault.backup(sys.argv[4])
except SaksiError as exc:
    print(type(exc).__name__, exc.message)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_backup_to_a_full_disk(vault_copy: tuple[Path, str], tmp_path: Path) -> None:
    folder, _ = vault_copy
    dest = tmp_path / "usb"
    dest.mkdir()
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(folder), ADMIN, PASSPHRASE, str(dest), "20000"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("DiskFull Could not write the copy"), out.stdout + out.stderr
    assert list(dest.iterdir()) == []  # no half-written backup left behind
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert vault.verify() == []


ADD_USER_CHILD = """
import os, resource, sys
from storage.errors import SaksiError
from storage.vault import Vault
vault = Vault.open(sys.argv[1], sys.argv[2], sys.argv[3])
wal = os.path.getsize(os.path.join(sys.argv[1], "vault.db-wal"))
resource.setrlimit(resource.RLIMIT_FSIZE, (wal, wal))  # the WAL cannot grow: the next commit fails
try:
    vault.add_user("dara", "lawyer", "dara's own passphrase")
except SaksiError as exc:
    print(type(exc).__name__, exc.message)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_full_disk_while_adding_a_user_leaves_no_half_record(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    keys_before = (folder / "keys.json").read_bytes()
    out = subprocess.run(
        [sys.executable, "-c", ADD_USER_CHILD, str(folder), ADMIN, PASSPHRASE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.startswith("DiskFull"), out.stdout + out.stderr
    assert (folder / "keys.json").read_bytes() == keys_before
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        assert [u.name for u in vault.users()] == [ADMIN]
        assert vault.verify() == []
