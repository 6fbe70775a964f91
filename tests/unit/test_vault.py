"""The vault on real SQLCipher files in temp dirs: keys, errors, roles, rotation."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring

from storage import device
from storage.errors import (
    InputRejected,
    KeyringUnavailable,
    PermissionDenied,
    UnknownUser,
    VaultDamaged,
    VaultTooNew,
    WrongSecret,
)
from storage.keyslots import normalise_recovery_code
from storage.vault import Vault, inspect
from tests.conftest import ADMIN, PAGE_SIZE, PASSPHRASE, UNREAD_AT_OPEN, root_page

NEW_PASSPHRASE = "a completely new passphrase"


def folder_fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def test_create_makes_encrypted_folder_with_two_files(tmp_path: Path) -> None:
    vault, code = Vault.create(tmp_path / "Field office", ADMIN, PASSPHRASE)
    vault.close()
    folder = tmp_path / "Field office.saksi"
    assert sorted(p.name for p in folder.iterdir()) == ["keys.json", "vault.db"]
    raw = (folder / "vault.db").read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"vault.create" not in raw
    keys = (folder / "keys.json").read_text()
    assert PASSPHRASE not in keys and code not in keys and normalise_recovery_code(code).replace("-", "") not in keys
    assert len(code.split("-")) == 8 and all(len(g) == 4 for g in code.split("-"))


def test_create_refuses_existing_folder_and_short_passphrase(tmp_path: Path, vault_copy: tuple[Path, str]) -> None:
    with pytest.raises(InputRejected, match="already exists"):
        Vault.create(vault_copy[0], ADMIN, PASSPHRASE)
    with pytest.raises(InputRejected, match="at least 10"):
        Vault.create(tmp_path / "Short", ADMIN, "short")
    assert not (tmp_path / "Short.saksi").exists()


def test_open_records_unlock_in_audit(vault: Vault) -> None:
    assert vault.user.name == ADMIN and vault.user.is_admin
    actions = [e.action for e in vault.recent_audit()]
    assert actions[0] == "vault.unlock" and "vault.create" in actions
    assert vault.verify() == []


def test_wrong_passphrase_changes_nothing_on_disk(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    before = folder_fingerprint(folder)
    with pytest.raises(WrongSecret, match="passphrase is wrong"):
        Vault.open(folder, ADMIN, "not the passphrase at all")
    assert folder_fingerprint(folder) == before


def test_unknown_user_is_told_apart(vault_copy: tuple[Path, str]) -> None:
    with pytest.raises(UnknownUser, match="no user named 'ghost'"):
        Vault.open(vault_copy[0], "ghost", PASSPHRASE)


def test_recovery_code_opens_and_sets_new_passphrase(vault_copy: tuple[Path, str]) -> None:
    folder, code = vault_copy
    with pytest.raises(WrongSecret, match="recovery code is wrong"):
        Vault.open_with_recovery(folder, ADMIN, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA")
    sloppy = code.lower().replace("-", " ")
    with Vault.open_with_recovery(folder, ADMIN, sloppy) as vault:
        vault.change_passphrase(NEW_PASSPHRASE)
    with pytest.raises(WrongSecret):
        Vault.open(folder, ADMIN, PASSPHRASE)
    Vault.open(folder, ADMIN, NEW_PASSPHRASE).close()


def test_passphrase_change_rewraps_only_own_slot(vault: Vault) -> None:
    vault.add_user("dara", "paralegal", "dara's own passphrase")
    keys_before = {s.user: s.wrapped for s in vault.keyfile.slots}
    vault.change_passphrase(NEW_PASSPHRASE)
    keys_after = {s.user: s.wrapped for s in vault.keyfile.slots}
    assert keys_after["dara"] == keys_before["dara"] and keys_after[""] == keys_before[""]
    assert keys_after[ADMIN] != keys_before[ADMIN]


def test_roles_govern_user_management(vault: Vault) -> None:
    vault.add_user("dara", "paralegal", "dara's own passphrase")
    with pytest.raises(InputRejected, match="already a user"):
        vault.add_user("dara", "lawyer", "another passphrase!!")
    with pytest.raises(InputRejected, match="Unknown role"):
        vault.add_user("sok", "judge", "another passphrase!!")
    with Vault.open(vault.path, "dara", "dara's own passphrase") as paralegal:
        assert not paralegal.user.may_delete and not paralegal.user.may_export
        with pytest.raises(PermissionDenied, match="Only an admin"):
            paralegal.add_user("sok", "lawyer", "another passphrase!!")
    with pytest.raises(InputRejected, match="yourself"):
        vault.remove_user(ADMIN)
    vault.remove_user("dara")
    with pytest.raises(UnknownUser):
        Vault.open(vault.path, "dara", "dara's own passphrase")
    assert [u.name for u in vault.users()] == [ADMIN]
    assert "user.remove" in [e.action for e in vault.recent_audit()]


def test_last_admin_cannot_be_demoted(vault: Vault) -> None:
    with pytest.raises(InputRejected, match="last admin"):
        vault.set_role(ADMIN, "lawyer")


def test_admin_reset_forces_change(vault: Vault) -> None:
    vault.add_user("dara", "lawyer", "dara's own passphrase")
    vault.reset_passphrase("dara", "temporary passphrase 1")
    with Vault.open(vault.path, "dara", "temporary passphrase 1") as dara:
        assert dara.user.must_change
        dara.change_passphrase("dara's brand new one")
        assert not dara.user.must_change


def test_device_slot_with_secure_keyring(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        vault.remember_on_device()
        assert vault.is_remembered_here()
    assert inspect(folder).remembered_users == [ADMIN]
    with Vault.open_with_device(folder, ADMIN) as vault:
        assert vault.user.name == ADMIN
        assert vault.forget_on_device()
    assert inspect(folder).remembered_users == []
    with pytest.raises(WrongSecret, match="does not remember"):
        Vault.open_with_device(folder, ADMIN)


def test_device_slot_refused_with_plaintext_keyring(vault: Vault, tmp_path: Path) -> None:
    plaintext = PlaintextKeyring()
    plaintext.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    keyring.set_keyring(plaintext)
    assert device.refusal_reason() is not None
    with pytest.raises(KeyringUnavailable, match="plain file"):
        vault.remember_on_device()
    assert not (tmp_path / "keyring.cfg").exists()


def test_device_slot_refused_without_keyring(vault: Vault) -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    with pytest.raises(KeyringUnavailable, match="No secure keyring"):
        vault.remember_on_device()


def test_missing_key_file_is_a_clear_error(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    (folder / "keys.json").unlink()
    with pytest.raises(VaultDamaged, match=r"missing keys\.json"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_missing_database_never_becomes_a_new_plaintext_one(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    (folder / "vault.db").unlink()
    with pytest.raises(VaultDamaged, match=r"missing vault\.db"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    assert not (folder / "vault.db").exists()


def test_garbled_key_file(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    (folder / "keys.json").write_text("{ not json")
    with pytest.raises(VaultDamaged, match=r"keys\.json cannot be read"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_key_file_from_newer_version(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    raw = json.loads((folder / "keys.json").read_text())
    raw["format"] = 99
    (folder / "keys.json").write_text(json.dumps(raw))
    with pytest.raises(VaultTooNew):
        Vault.open(folder, ADMIN, PASSPHRASE)


def flip(path: Path, offset: int, count: int = 32) -> None:
    data = bytearray(path.read_bytes())
    for i in range(offset, offset + count):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))


def test_tampered_first_page_is_damage_not_wrong_passphrase(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    flip(folder / "vault.db", 200)
    with pytest.raises(VaultDamaged, match="first page is damaged"):
        Vault.open(folder, ADMIN, PASSPHRASE)


def test_tampered_later_page_is_found_by_verify(vault_copy: tuple[Path, str]) -> None:
    """A damaged page that opening does not read: the vault opens, and verify names that very page."""
    folder, _ = vault_copy
    page = root_page(folder, UNREAD_AT_OPEN)
    assert page > 2
    flip(folder / "vault.db", (page - 1) * PAGE_SIZE + 500)
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        problems = vault.verify()
    encryption = [p for p in problems if p.check == "encryption"]
    assert encryption and f"for page {page}." in encryption[0].message


def test_newer_schema_is_refused_without_change(vault_copy: tuple[Path, str]) -> None:
    folder, _ = vault_copy
    with Vault.open(folder, ADMIN, PASSPHRASE) as vault:
        vault.conn.execute("PRAGMA user_version = 99")
    before = folder_fingerprint(folder)
    with pytest.raises(VaultTooNew, match="newer version of Saksi"):
        Vault.open(folder, ADMIN, PASSPHRASE)
    assert folder_fingerprint(folder) == before


def test_audit_chain_tamper_is_detected(vault: Vault) -> None:
    with pytest.raises(Exception, match="append-only"):
        vault.conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 1")
    # Someone holding the key can drop the trigger; the chain still tells.
    vault.conn.execute("DROP TRIGGER audit_no_update")
    vault.conn.execute("UPDATE audit SET actor = 'someone' WHERE seq = 1")
    problems = vault.verify()
    assert any(p.check == "audit" and "entry 1 was altered" in p.message for p in problems)


def test_audit_chain_deletion_is_detected(vault: Vault) -> None:
    vault.conn.execute("DROP TRIGGER audit_no_delete")
    vault.conn.execute("DELETE FROM audit WHERE seq = 2")
    assert any("entry 2 is missing" in p.message for p in vault.verify())


def test_rotate_data_key(vault: Vault) -> None:
    vault.add_user("dara", "lawyer", "dara's own passphrase")
    old_hex = vault.keyfile.slots[0].wrapped
    new_code = vault.rotate_data_key(PASSPHRASE)
    assert vault.verify() == []
    assert old_hex not in [s.wrapped for s in vault.keyfile.slots]
    dara = next(u for u in vault.users() if u.name == "dara")
    assert not dara.has_slot
    vault.close()
    with Vault.open_with_recovery(vault.path, ADMIN, new_code) as reopened:
        reopened.reset_passphrase("dara", "temporary passphrase 1")
    Vault.open(vault.path, "dara", "temporary passphrase 1").close()


def test_rotation_interrupted_before_rekey_still_opens(vault: Vault) -> None:
    """keys.json already holds the new generation but PRAGMA rekey never ran."""
    from storage.keyslots import RECOVERY, USER, new_data_key

    vault.keyfile.add_secret_slot(USER, ADMIN, PASSPHRASE, new_data_key(), generation=1)
    vault.keyfile.add_secret_slot(RECOVERY, "", "AAAA-BBBB", new_data_key(), generation=1)
    vault.keyfile.save()
    vault.close()
    with Vault.open(vault.path, ADMIN, PASSPHRASE) as reopened:
        assert {s.generation for s in reopened.keyfile.slots} == {0}
        assert reopened.verify() == []


def test_backup_restore_round_trip(vault: Vault, tmp_path: Path) -> None:
    vault.add_user("dara", "paralegal", "dara's own passphrase")
    (tmp_path / "usb").mkdir()
    steps: list[tuple[int, int]] = []
    target = vault.backup(tmp_path / "usb", progress=lambda done, total: steps.append((done, total)))
    assert target.parent == tmp_path / "usb" and target.name.endswith(".saksi")
    assert steps and steps[-1][0] == steps[-1][1]
    assert not (target / "vault.db").read_bytes().startswith(b"SQLite format 3")
    from storage.vault import restore

    with pytest.raises(InputRejected, match="never overwrites"):
        restore(target, vault.path, ADMIN, PASSPHRASE)
    restored = restore(target, tmp_path / "Restored", ADMIN, PASSPHRASE)
    with Vault.open(restored, "dara", "dara's own passphrase") as copy:
        assert {u.name for u in copy.users()} == {ADMIN, "dara"}
        assert copy.verify() == []
        assert copy.recent_audit(limit=1)[0].action == "vault.unlock"


def test_restore_replace_keeps_old_vault_aside(vault: Vault, tmp_path: Path) -> None:
    from storage.vault import restore

    backup = vault.backup(tmp_path / "Backup")
    vault.add_user("after", "lawyer", "added after backup")
    vault.close()
    restore(backup, vault.path, ADMIN, PASSPHRASE, replace=True)
    aside = [p for p in vault.path.parent.iterdir() if ".replaced-" in p.name]
    assert len(aside) == 1
    with Vault.open(vault.path, ADMIN, PASSPHRASE) as restored:
        assert "after" not in {u.name for u in restored.users()}
    with Vault.open(aside[0], "after", "added after backup"):
        pass


def test_backup_while_another_connection_writes(vault: Vault, tmp_path: Path) -> None:
    other = Vault.open(vault.path, ADMIN, PASSPHRASE)
    try:
        other.add_user("sok", "lawyer", "sok's own passphrase")
        target = vault.backup(tmp_path / "Copy")
    finally:
        other.close()
    with Vault.open(target, "sok", "sok's own passphrase") as copy:
        assert copy.verify() == []


def test_copy_of_template_is_independent(vault_copy: tuple[Path, str], vault_template: tuple[Path, str]) -> None:
    shutil.rmtree(vault_copy[0])
    assert (vault_template[0] / "keys.json").exists()


def test_for_thread_gives_an_independent_connection(vault: Vault) -> None:
    import threading

    seen: list[str] = []

    def job() -> None:
        with vault.for_thread() as mine:
            mine.add_user("sok", "lawyer", "sok's own passphrase")
            seen.append(mine.user.name)

    worker = threading.Thread(target=job)
    worker.start()
    worker.join()
    assert seen == [ADMIN] and "sok" in {u.name for u in vault.users()}
    assert vault.is_open


def test_verify_vault_reads_without_writing(vault_copy: tuple[Path, str]) -> None:
    from storage.vault import verify_vault

    folder, _ = vault_copy
    before = folder_fingerprint(folder)
    assert verify_vault(folder, ADMIN, PASSPHRASE) == []
    assert folder_fingerprint(folder) == before and sorted(p.name for p in folder.iterdir()) == [
        "keys.json",
        "vault.db",
    ]
    # a page of a table that opening does not read (the last page may hold the schema as it grows)
    flip(folder / "vault.db", (root_page(folder, UNREAD_AT_OPEN) - 1) * PAGE_SIZE + 500)
    problems = verify_vault(folder, ADMIN, PASSPHRASE)
    assert any(p.check == "encryption" for p in problems)
