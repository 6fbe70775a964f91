"""An untrusted keys.json, non-UTF-8 secrets, deep JSON, damaged pages and interrupted creation:
each gives its designed message, never an internal error, a hang or a write to a damaged vault."""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from app.cases.case_files import CaseFiles, read_case_file
from app.cases.model import Case
from storage import integrity, jsonsafe
from storage.errors import InputRejected, VaultDamaged, VaultTooNew, WrongSecret
from storage.keyslots import KDF_BOUNDS, KeyFile
from storage.vault import Vault, verify_vault
from tests.conftest import ADMIN, PASSPHRASE

ROOT = Path(__file__).resolve().parents[2]
PAGE = 16384


def keys_of(folder: Path) -> dict[str, Any]:
    raw: dict[str, Any] = json.loads((folder / "keys.json").read_text())
    return raw


def write_keys(folder: Path, raw: object) -> None:
    (folder / "keys.json").write_text(json.dumps(raw))


def admin_slot(raw: dict[str, Any]) -> dict[str, Any]:
    return next(s for s in raw["slots"] if s["kind"] == "user")


# ---------------------------------------------------------------------- keys.json is untrusted
@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("time_cost", 10**9),  # would run for days
        ("memory_kib", 64 * 1024 * 1024),  # 64 GiB
        ("parallelism", 0),
        ("parallelism", 10**6),
        ("time_cost", "3"),
        ("memory_kib", True),
    ],
)
def test_kdf_parameters_outside_what_saksi_writes_are_refused(
    vault_copy: tuple[Path, str], field: str, value: object
) -> None:
    folder, _ = vault_copy
    raw = keys_of(folder)
    admin_slot(raw)["kdf"][field] = value
    write_keys(folder, raw)
    started = time.monotonic()
    with pytest.raises(VaultDamaged, match=rf"keys\.json is damaged \({field}\)"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    assert time.monotonic() - started < 2  # refused before any Argon2 work
    assert field in KDF_BOUNDS


MALFORMED: list[tuple[str, Any]] = [
    ("slots", "not a list"),
    ("slots", [1, 2]),
    ("slots", [{"kind": "user"}]),
    ("vault_id", 7),
    ("vault_id", None),
    ("generation", -1),
    ("generation", "0"),
    ("generation", 10**30),
    ("nonce", "!!!"),
    ("nonce", base64.b64encode(b"short").decode()),
    ("wrapped", base64.b64encode(b"x" * 5).decode()),
    ("salt", ""),
    ("salt", base64.b64encode(b"s" * 4).decode()),
    ("kdf", "fast"),
    ("kdf", {}),
    ("kdf", {"time_cost": 3}),
    ("kind", "superuser"),
    ("user", 5),
    ("user", ["amara"]),
    ("must_change", "yes"),
    ("extra", "field"),
    ("checks", []),
]


@pytest.mark.parametrize(("field", "value"), MALFORMED)
def test_every_malformed_field_is_damage_with_a_message(
    vault_copy: tuple[Path, str], field: str, value: object
) -> None:
    folder, _ = vault_copy
    raw = keys_of(folder)
    if field in ("slots", "vault_id", "generation", "checks"):
        raw[field] = value
    else:
        admin_slot(raw)[field] = value
    write_keys(folder, raw)
    with pytest.raises(VaultDamaged, match=r"The key file keys\.json is damaged"):
        Vault.open(folder, ADMIN, PASSPHRASE)


@pytest.mark.parametrize(
    "text",
    ["[]", "null", '"text"', "[" * 100_000 + "]" * 100_000, '{"slots": ' + "[" * 5000 + "]" * 5000 + "}"],
)
def test_keys_json_of_the_wrong_shape_or_too_deep(vault_copy: tuple[Path, str], text: str) -> None:
    folder, _ = vault_copy
    (folder / "keys.json").write_text(text)
    with pytest.raises(VaultDamaged, match=r"keys\.json"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_an_oversized_or_binary_keys_json_is_damage(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    (folder / "keys.json").write_bytes(b"\xff\xfe" + os.urandom(100))
    with pytest.raises(VaultDamaged, match=r"cannot be read"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    (folder / "keys.json").write_bytes(b" " * (2 * 1024 * 1024) + b"{}")
    with pytest.raises(VaultDamaged, match=r"cannot be read \(size\)"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_a_flipped_slot_byte_is_a_damaged_key_file_not_a_wrong_passphrase(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    raw = keys_of(folder)
    slot = admin_slot(raw)
    wrapped = bytearray(base64.b64decode(slot["wrapped"]))
    wrapped[3] ^= 0x01
    slot["wrapped"] = base64.b64encode(bytes(wrapped)).decode()
    write_keys(folder, raw)
    with pytest.raises(VaultDamaged, match=r"keys\.json is damaged: the key slot of amara"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    # a wrong passphrase on an intact slot is still just that
    with pytest.raises(WrongSecret):
        Vault.open_with_recovery(folder, ADMIN, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")


def test_a_flipped_user_name_is_damage_not_an_unknown_user(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    raw = keys_of(folder)
    admin_slot(raw)["user"] = "amarb"
    write_keys(folder, raw)
    with pytest.raises(VaultDamaged, match=r"keys\.json is damaged"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_another_vaults_keys_json_is_named_as_such(vault_template: tuple[Path, str], tmp_path: Path) -> None:
    source, _ = vault_template
    mine, theirs = tmp_path / "Mine.saksi", tmp_path / "Theirs.saksi"
    shutil.copytree(source, mine)
    Vault.create(theirs, ADMIN, PASSPHRASE)[0].close()
    shutil.copyfile(theirs / "keys.json", mine / "keys.json")
    with pytest.raises(VaultDamaged, match=r"keys\.json belongs to another vault"):
        Vault.open(mine, ADMIN, PASSPHRASE)
    with pytest.raises(VaultDamaged, match=r"belongs to another vault"):
        verify_vault(mine, ADMIN, PASSPHRASE)


def test_a_backup_keeps_its_own_database_named_in_keys_json(vault: Vault, tmp_path: Path) -> None:
    copy = vault.backup(tmp_path / "usb")
    assert keys_of(copy)["db_salt"] == (copy / "vault.db").read_bytes()[:16].hex()
    assert keys_of(copy)["db_salt"] != keys_of(vault.path)["db_salt"]
    with Vault.open(copy, ADMIN, PASSPHRASE) as opened:
        assert opened.verify() == []


def test_an_older_keys_json_without_checks_still_opens_and_learns_its_database(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    raw = keys_of(folder)
    del raw["checks"], raw["db_salt"]
    write_keys(folder, raw)
    with Vault.open(folder, ADMIN, PASSPHRASE):
        pass
    assert keys_of(folder)["db_salt"] == (folder / "vault.db").read_bytes()[:16].hex()


# ---------------------------------------------------------------------- secrets and JSON from outside
def test_a_non_utf8_passphrase_is_input_rejected(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    undecodable = b"caf\xe9 latin-1 passphrase".decode("utf-8", "surrogateescape")  # as Python reads the env
    with pytest.raises(InputRejected, match="not UTF-8 text"):
        Vault.open(folder, ADMIN, undecodable)


def test_deeply_nested_case_file_is_input_rejected(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"client": ' + "[" * 100_000 + "]" * 100_000 + "}")
    with pytest.raises(InputRejected, match="nested more than"):
        read_case_file(path)
    path.write_text('{"client": {"names": [{"text": "' + "[" * 500 + '"}]}}')  # brackets inside a string
    assert read_case_file(path)["client"]["names"][0]["text"] == "[" * 500


def test_depth_is_measured_without_recursion() -> None:
    assert jsonsafe.depth_of('{"a": [1, {"b": "]]]"}]}') == 3
    with pytest.raises(jsonsafe.TooDeep):
        jsonsafe.loads("[" * 1_000_000 + "]" * 1_000_000)


# ---------------------------------------------------------------------- damaged pages: read-only
def damage_a_late_page(folder: Path) -> None:
    """A page of case data in the middle of the file (unlock itself reads only the schema and the audit tail)."""
    db = folder / "vault.db"
    pages = db.stat().st_size // PAGE
    with db.open("r+b") as fh:
        fh.seek(PAGE * (pages // 2) + 300)
        fh.write(os.urandom(16))


@pytest.fixture
def busy_vault(vault_copy: tuple[Path, str]) -> Path:
    """A vault with enough cases that the last page holds table data."""
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        files = CaseFiles(vault)
        for n in range(40):
            files.create(Case(client={"names": [{"text": f"Client {n} " + "x" * 2000}]}))
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return folder


def test_unlock_probe_finds_failing_pages_and_the_vault_is_read_only(busy_vault: Path) -> None:
    damage_a_late_page(busy_vault)
    before = (busy_vault / "vault.db").read_bytes()
    with Vault.open(busy_vault, ADMIN, PASSPHRASE) as vault:
        assert vault.integrity == integrity.DAMAGED
        assert any("read-only" in note for note in vault.notes)
        # creating a case reads the damaged case pages first, or meets the read-only refusal: either way, no write
        with pytest.raises(VaultDamaged, match=r"failed its integrity check|is damaged"):
            CaseFiles(vault).create(Case())
        with pytest.raises(VaultDamaged, match="failed its integrity check"):
            vault.log("case.view", "case:x")
    assert (busy_vault / "vault.db").read_bytes() == before  # not even the unlock entry
    assert integrity.marked(busy_vault) is not None
    # every later unlock remembers it, whatever the probe sees
    with Vault.open(busy_vault, ADMIN, PASSPHRASE) as vault:
        assert vault.read_only is not None


def test_the_background_check_finds_what_the_probe_had_no_time_for(
    busy_vault: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    damage_a_late_page(busy_vault)
    monkeypatch.setattr(integrity, "PROBE_SECONDS", 0.0)
    with Vault.open(busy_vault, ADMIN, PASSPHRASE) as vault:
        assert vault.integrity == integrity.UNFINISHED and vault.read_only is None
        problems = vault.background_check()  # what the desktop app runs on a thread after unlock
        assert problems
        vault.apply_check(problems)
        with pytest.raises(VaultDamaged, match="failed its integrity check"):
            CaseFiles(vault).create(Case())


def test_a_verify_that_finds_the_vault_intact_lifts_read_only(busy_vault: Path) -> None:
    integrity.mark(busy_vault, "verify", "HMAC verification failed for page 9")  # e.g. a bad cable since replaced
    with Vault.open(busy_vault, ADMIN, PASSPHRASE) as vault:
        with pytest.raises(VaultDamaged):
            CaseFiles(vault).create(Case())
        assert vault.verify() == []
        CaseFiles(vault).create(Case())
    assert integrity.marked(busy_vault) is None


# ---------------------------------------------------------------------- kill -9 during creation
KILL_DURING_CREATE = """
import os, sys
from storage import schema
from storage.vault import Vault
real = schema.migrate
def migrate_then_die(conn):
    real(conn)
    os.kill(os.getpid(), 9)
schema.migrate = migrate_then_die
Vault.create(sys.argv[1], "amara", "correct horse battery staple")
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_kill_during_creation_leaves_no_staging_folder_after_the_next_run(tmp_path: Path) -> None:
    target = tmp_path / "Office.saksi"
    child = subprocess.run([sys.executable, "-c", KILL_DURING_CREATE, str(target)], cwd=ROOT, check=False)
    assert child.returncode == -9
    left = [p.name for p in tmp_path.iterdir()]
    assert len(left) == 1 and left[0].startswith(".Office.saksi.creating-"), left  # what the kill left
    unrelated = tmp_path / ".Office.saksi.creating-deadbeef"
    unrelated.mkdir()
    (unrelated / "notes.txt").write_text("not Saksi's: never removed")
    Vault.create(target, ADMIN, PASSPHRASE)[0].close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".Office.saksi.creating-deadbeef", "Office.saksi"]
    assert not (target / ".lock").exists()


def test_a_staging_folder_in_use_is_never_removed(tmp_path: Path) -> None:
    from storage import staging

    busy = tmp_path / ".Other.saksi.creating-0123abcd"
    with staging.staging(busy):
        (busy / "vault.db").write_bytes(b"being written")
        assert staging.clean_stale(tmp_path) == 0
        assert busy.exists()
    assert staging.clean_stale(tmp_path) == 1  # its writer is gone (released when a process dies, too)
    assert not busy.exists()


def test_keyfile_load_never_raises_anything_but_saksi_errors(vault_copy: tuple[Path, str]) -> None:
    """Random garbage in every position (a cheap fuzz): a VaultDamaged or a clean load, nothing else."""
    import random

    folder, _ = vault_copy
    original = (folder / "keys.json").read_bytes()
    rng = random.Random(11)
    for _ in range(300):
        data = bytearray(original)
        for _ in range(rng.randint(1, 4)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        (folder / "keys.json").write_bytes(bytes(data))
        with contextlib.suppress(VaultDamaged, VaultTooNew):  # a flipped format digit may read as newer
            KeyFile.load(folder / "keys.json")
