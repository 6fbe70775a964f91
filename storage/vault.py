"""The vault: a folder ``NAME.saksi/`` with ``vault.db`` (SQLCipher 4) and ``keys.json``.

``Vault`` is an unlocked vault with a signed-in user. It is the only object
that holds the data key; ``close()`` drops it. Everything that changes the
vault appends to the audit chain in the same transaction.
"""

from __future__ import annotations

import contextlib
import copy
import os
import shutil
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from sqlcipher3 import dbapi2

from storage import audit, blobstore, db, device, integrity, schema
from storage import staging as stage
from storage.errors import (
    DiskFull,
    InputRejected,
    KeyringUnavailable,
    PermissionDenied,
    ReadOnlyMedia,
    SaksiError,
    UnknownUser,
    VaultDamaged,
    VaultTooNew,
    WrongSecret,
    localized,
)
from storage.files import fsync_dir, os_error, utc_now
from storage.keyslots import (
    DEFAULT_KDF,
    DEVICE,
    RECOVERY,
    USER,
    KdfParams,
    KeyFile,
    Slot,
    new_data_key,
    new_recovery_code,
)
from storage.meta import BORN_READ, ROLES, app_version
from storage.phrases import NO_FOLDER, UNLOCK_NOT_RECORDED
from storage.strength import check_strength

DB_NAME = "vault.db"
KEYS_NAME = "keys.json"
SUFFIX = ".saksi"
MIN_PASSPHRASE = 10
DEFAULT_AUTO_LOCK_LIMIT = 60  # minutes; an admin may change it (Vault.set_auto_lock_limit)
MAX_AUTO_LOCK = 240
ProgressFn = Callable[[int, int], None]


@dataclass(frozen=True)
class User:
    name: str
    role: str
    created_at: str
    created_by: str
    has_slot: bool = True
    must_change: bool = False

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"

    # Roles are accountability, not cryptographic separation: any user holds the data key.
    @property
    def may_delete(self) -> bool:
        return self.role in ("admin", "lawyer")

    @property
    def may_export(self) -> bool:
        return self.role in ("admin", "lawyer")


@dataclass
class VaultInfo:
    """What can be known about a vault without a secret (for the unlock screen)."""

    path: Path
    users: list[str]
    remembered_users: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Problem:
    check: str
    message: str


def vault_path(path: str | os.PathLike[str]) -> Path:
    """``Office`` -> ``Office.saksi``; an existing folder is taken as it is."""
    p = Path(path).expanduser()
    if p.suffix != SUFFIX and not p.is_dir():
        p = p.with_name(p.name + SUFFIX)
    return p


def check_passphrase(passphrase: str, *context: str) -> None:
    """The rules for every passphrase set: long enough, no outer spaces, and hard to guess (storage.strength;
    ``context``: the user's and the vault's names, which an attacker tries first)."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputRejected("A passphrase must have at least {minimum} characters.", minimum=MIN_PASSPHRASE)
    if passphrase != passphrase.strip():
        raise InputRejected("A passphrase must not start or end with spaces.")
    check_strength(passphrase, context)


def check_user_name(name: str) -> str:
    name = name.strip()
    if not name or len(name) > 64 or any(ch in name for ch in "/\\\n\r\t"):
        raise InputRejected("A user name must be 1 to 64 characters, without slashes or line breaks.")
    return name


def check_role(role: str) -> str:
    if role not in ROLES:
        raise InputRejected("Unknown role '{role}'. Choose one of: {roles}.", role=role, roles=", ".join(ROLES))
    return role


def inspect(path: str | os.PathLike[str]) -> VaultInfo:
    """List users (and who is remembered on this device) without unlocking."""
    folder = _existing_vault_folder(vault_path(path))
    keyfile = KeyFile.load(folder / KEYS_NAME)
    remembered = sorted(
        {s.user for s in keyfile.find_kind(DEVICE) if device.load_key(keyfile.vault_id, s.slot_id) is not None}
    )
    return VaultInfo(folder, keyfile.user_names(), remembered)


def _existing_vault_folder(folder: Path) -> Path:
    if not folder.is_dir():
        raise VaultDamaged("There is no vault at {folder}.", folder=folder)
    missing = [name for name in (DB_NAME, KEYS_NAME) if not (folder / name).is_file()]
    if missing:
        raise VaultDamaged(
            "The vault folder {name} is missing {missing}; restore it from a backup.",
            name=folder.name,
            missing=", ".join(missing),
        )
    return folder


class Vault:
    """An unlocked vault with its signed-in user."""

    def __init__(self, folder: Path, keyfile: KeyFile, conn: db.Connection, data_key: bytes, user: User) -> None:
        self.path = folder
        self.keyfile = keyfile
        self.conn = conn
        self._data_key = data_key
        self.user = user
        self.used_slot: Slot | None = None
        # Why writes are refused (damage found, a full or read-only disk), and what the user should be told.
        self.read_only: SaksiError | None = conn.refusal
        self.integrity = integrity.OK  # the unlock probe's verdict: ok, unfinished (check in background), damaged
        self.notes: list[str] = []

    # ------------------------------------------------------------------ create / open
    @classmethod
    def create(
        cls, path: str | os.PathLike[str], admin: str, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF
    ) -> tuple[Vault, str]:
        """Create a new vault with its first admin. Returns the vault and the recovery code (shown once).

        ``kdf`` is for test fixtures and benchmarks only: Saksi itself always writes DEFAULT_KDF (64 MiB, t=3, p=2);
        tests/unit/test_kdf_costs.py fails if app/ or ui/ passes it, or if the CLI writes any other cost."""
        folder = vault_path(path)
        admin = check_user_name(admin)
        check_passphrase(passphrase, admin, folder.stem)
        if folder.exists():
            raise InputRejected("{folder} already exists. Choose a new name or folder for the vault.", folder=folder)
        if not folder.parent.is_dir():
            raise InputRejected(NO_FOLDER, folder=folder.parent)
        data_key, code = new_data_key(), new_recovery_code()
        staging = folder.with_name(f".{folder.name}.creating-{uuid.uuid4().hex[:8]}")
        stage.clean_stale(folder.parent)  # what a kill during an earlier creation left
        try:
            with stage.staging(staging):
                keyfile = KeyFile.new(staging / KEYS_NAME)
                keyfile.add_secret_slot(USER, admin, passphrase, data_key, kdf=kdf)
                keyfile.add_secret_slot(RECOVERY, "", code, data_key, kdf=kdf)
                conn = db.connect(staging / DB_NAME, data_key, create=True)
                try:
                    schema.migrate(conn)
                    with db.transaction(conn):
                        now = utc_now()
                        conn.executemany(
                            "INSERT INTO meta(key, value) VALUES (?, ?)",
                            [
                                ("vault_id", keyfile.vault_id),
                                ("created_at", now),
                                ("created_with", app_version()),
                                *BORN_READ,  # nothing in a new vault to read again after an upgrade
                            ],
                        )
                        conn.execute(
                            "INSERT INTO users(name, role, created_at, created_by) VALUES (?, 'admin', ?, ?)",
                            (admin, now, admin),
                        )
                        audit.append(conn, admin, "vault.create", "vault", {"vault_id": keyfile.vault_id})
                        audit.append(conn, admin, "user.add", f"user:{admin}", {"role": "admin"})
                finally:
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    conn.close()
                keyfile.db_salt = db_salt(staging / DB_NAME)
                keyfile.save()
                stage.release(staging)
                fsync_dir(staging)
                os.rename(staging, folder)
            fsync_dir(folder.parent)
        except OSError as exc:
            shutil.rmtree(staging, ignore_errors=True)
            raise os_error(exc, folder) from None
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        return cls.open(folder, admin, passphrase), code

    @classmethod
    def open(cls, path: str | os.PathLike[str], user: str, passphrase: str) -> Vault:
        folder = _existing_vault_folder(vault_path(path))
        keyfile = KeyFile.load(folder / KEYS_NAME)
        keys = keyfile.unlock_user(user, passphrase)
        return cls._open_with(folder, keyfile, keys, user, "passphrase")

    @classmethod
    def open_with_recovery(cls, path: str | os.PathLike[str], user: str, code: str) -> Vault:
        """Unlock with the recovery code, acting as ``user`` (who should then set a new passphrase)."""
        folder = _existing_vault_folder(vault_path(path))
        keyfile = KeyFile.load(folder / KEYS_NAME)
        keys = keyfile.unlock_recovery(code)
        return cls._open_with(folder, keyfile, keys, user, "recovery code")

    @classmethod
    def open_with_device(cls, path: str | os.PathLike[str], user: str) -> Vault:
        folder = _existing_vault_folder(vault_path(path))
        keyfile = KeyFile.load(folder / KEYS_NAME)
        keys = []
        for slot in keyfile.find(DEVICE, user):
            device_key = device.load_key(keyfile.vault_id, slot.slot_id)
            if device_key is not None:
                keys += keyfile.unlock_device_slot(slot, device_key)
        if not keys:
            raise WrongSecret("This device does not remember a key for '{user}'. Use the passphrase.", user=user)
        return cls._open_with(folder, keyfile, keys, user, "this device")

    @classmethod
    def _open_with(
        cls, folder: Path, keyfile: KeyFile, keys: list[tuple[bytes, Slot]], user_name: str, method: str
    ) -> Vault:
        conn, data_key, slot = _connect_first(folder, keys, keyfile)
        try:
            _check_and_migrate(folder, conn, data_key)
            user = _load_user(conn, keyfile, user_name)
            vault = cls(folder, keyfile, conn, data_key, user)
            vault.used_slot = slot
            vault._probe()
            if vault.read_only is None:
                vault._record_unlock(method)
            else:
                vault.notes += [vault.read_only.message, localized(UNLOCK_NOT_RECORDED)]
            return vault
        except (dbapi2.Error, SaksiError) as exc:
            conn.close()
            original = db.sqlite_error(exc)
            if original is None:
                raise
            raise db.translate(original, folder / DB_NAME) from None  # the message names the file; a bug stays itself
        except BaseException:
            conn.close()
            raise

    def _housekeeping(self) -> None:
        stage.clean_stale(self.path.parent)
        stage.clean_stale(self.path / "backups")

    def _probe(self) -> None:
        """Damage recorded earlier, or found now by the quick probe, makes this session read-only."""
        record = integrity.marked(self.path)
        if record is None:
            self.integrity, problem = integrity.probe(self.conn)
            if self.integrity == integrity.DAMAGED:
                record = {"at": utc_now(), "check": "unlock", "problem": problem}
                integrity.mark(self.path, "unlock", problem)
        if record is not None:
            self.integrity = integrity.DAMAGED
            self.refuse_writes(integrity.refusal(record))

    def _record_unlock(self, method: str) -> None:
        """Housekeeping and the unlock entry; a full disk skips them with a note (reading needs no space)."""
        try:
            if self.used_slot is not None:
                self._settle_rotation(self.used_slot)
            blobstore.sweep(self.conn)  # evidence files a crash left without a committed row
            audit.append(self.conn, self.user.name, "vault.unlock", "vault", {"method": method})
            _remember_db_salt(self)
            self._housekeeping()
        except (DiskFull, ReadOnlyMedia) as exc:
            self.notes += [exc.message, localized(UNLOCK_NOT_RECORDED)]
        except VaultDamaged as exc:  # a page the probe had not reached yet: read what can be read
            integrity.mark(self.path, "unlock", str(exc))
            self.integrity = integrity.DAMAGED
            self.refuse_writes(integrity.refusal(integrity.marked(self.path) or {"problem": str(exc)}))
            self.notes += [self.read_only.message if self.read_only else exc.message]

    def refuse_writes(self, reason: SaksiError) -> None:
        """From now on every write transaction on this vault raises ``reason`` (queries still work)."""
        self.read_only = reason
        self.conn.refusal = reason
        with suppress(dbapi2.Error, SaksiError):
            self.conn.execute("PRAGMA query_only = ON")  # even a write outside a transaction is refused

    def _allow_writes(self) -> None:
        if self.read_only is not None and isinstance(self.read_only, VaultDamaged):
            self.read_only = self.conn.refusal = None
            with suppress(dbapi2.Error, SaksiError):
                self.conn.execute("PRAGMA query_only = OFF")
            self.integrity = integrity.OK

    def close(self) -> None:
        """Close the database and forget the data key (used by Lock)."""
        with contextlib.suppress(dbapi2.Error):
            self.conn.close()
        self._data_key = b""

    @property
    def is_open(self) -> bool:
        return bool(self._data_key)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    def log(self, action: str, target: str = "", detail: dict[str, object] | None = None) -> None:
        audit.append(self.conn, self.user.name, action, target, detail)

    def recent_audit(self, limit: int = 200, target: str | None = None) -> list[audit.AuditEntry]:
        return audit.entries(self.conn, target=target, limit=limit)

    # ------------------------------------------------------------------ auto-lock limit
    def auto_lock_limit(self) -> int:
        """The longest an admin lets anyone's session stay unlocked while idle, in minutes (0: no limit)."""
        try:
            value = db.scalar(self.conn, "SELECT value FROM meta WHERE key = 'auto_lock_limit'")
        except VaultDamaged:  # a damaged page: the session opens read-only with its banner, at the default
            return DEFAULT_AUTO_LOCK_LIMIT
        return DEFAULT_AUTO_LOCK_LIMIT if value is None else int(value)

    def set_auto_lock_limit(self, minutes: int) -> None:
        """Admins only: every user's auto-lock is at most ``minutes`` (0: users may choose "never")."""
        self._require_admin(PermissionDenied("Only an admin can set the longest time before the vault locks."))
        if not 0 <= minutes <= MAX_AUTO_LOCK:
            raise InputRejected(
                "The longest time before the vault locks must be 0 (no limit) to {maximum} minutes.",
                maximum=MAX_AUTO_LOCK,
            )
        with db.transaction(self.conn):
            self.conn.execute(
                "INSERT INTO meta(key, value) VALUES ('auto_lock_limit', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (str(minutes),),
            )
            self.log("vault.auto_lock_limit", "vault", {"minutes": minutes})

    # ------------------------------------------------------------------ users
    def users(self) -> list[User]:
        rows = self.conn.execute(
            "SELECT name, role, created_at, created_by FROM users WHERE removed_at IS NULL ORDER BY name"
        ).fetchall()
        return [self._user_from_row(r) for r in rows]

    def _user_from_row(self, row: tuple[str, str, str, str]) -> User:
        slot = self.keyfile.slot_for_user(row[0])
        return User(
            row[0], row[1], row[2], row[3], has_slot=slot is not None, must_change=bool(slot and slot.must_change)
        )

    def add_user(
        self, name: str, role: str, passphrase: str, *, must_change: bool = False, kdf: KdfParams = DEFAULT_KDF
    ) -> User:
        """Add a user; ``must_change`` marks the admin-chosen passphrase as temporary. ``kdf`` is for test fixtures
        only, as in ``create`` (tests/unit/test_kdf_costs.py: no caller in app/ or ui/ passes it)."""
        self._require_admin(PermissionDenied("Only an admin can add users."))
        name, role = check_user_name(name), check_role(role)
        check_passphrase(passphrase, name, self.path.stem)
        existing = db.scalar(self.conn, "SELECT removed_at IS NULL FROM users WHERE name = ?", (name,))
        if existing:
            raise InputRejected("There is already a user named '{name}'.", name=name)
        with self._keys_and_rows():
            self.keyfile.add_secret_slot(USER, name, passphrase, self._data_key, kdf=kdf, must_change=must_change)
            self.conn.execute(
                "INSERT INTO users(name, role, created_at, created_by) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET role=excluded.role, created_at=excluded.created_at, "
                "created_by=excluded.created_by, removed_at=NULL, removed_by=NULL",
                (name, role, utc_now(), self.user.name),
            )
            self.log("user.add", f"user:{name}", {"role": role})
        return self._get_user(name)

    def remove_user(self, name: str) -> None:
        self._require_admin(PermissionDenied("Only an admin can remove users."))
        user = self._get_user(name)
        if user.name == self.user.name:
            raise InputRejected("You cannot remove yourself. Ask another admin.")
        if user.is_admin and self._admin_count() <= 1:
            raise InputRejected("This is the last admin; add another admin first.")
        device_slots = self.keyfile.find(DEVICE, name)
        with self._keys_and_rows():
            self.keyfile.remove_slots(USER, name)
            self.keyfile.remove_slots(DEVICE, name)
            self.conn.execute(
                "UPDATE users SET removed_at = ?, removed_by = ? WHERE name = ?", (utc_now(), self.user.name, name)
            )
            self.log("user.remove", f"user:{name}")
        for slot in device_slots:
            device.delete_key(self.vault_id, slot.slot_id)

    def set_role(self, name: str, role: str) -> None:
        self._require_admin(PermissionDenied("Only an admin can change roles."))
        user, role = self._get_user(name), check_role(role)
        if user.is_admin and role != "admin" and self._admin_count() <= 1:
            raise InputRejected("This is the last admin; add another admin first.")
        with db.transaction(self.conn):
            self.conn.execute("UPDATE users SET role = ? WHERE name = ?", (role, name))
            self.log("user.role", f"user:{name}", {"from": user.role, "to": role})
        if name == self.user.name:
            self.user = self._get_user(name)

    def reset_passphrase(self, name: str, new_passphrase: str) -> None:
        """Admin sets a temporary passphrase that the user must change at next unlock."""
        self._require_admin(PermissionDenied("Only an admin can reset passphrases."))
        self._get_user(name)
        check_passphrase(new_passphrase, name, self.path.stem)
        with self._keys_and_rows():
            self.keyfile.add_secret_slot(USER, name, new_passphrase, self._data_key, must_change=name != self.user.name)
            self.log("user.reset_passphrase", f"user:{name}")

    def change_passphrase(self, new_passphrase: str) -> None:
        """Re-wrap the signed-in user's own slot (the caller has checked the old passphrase)."""
        check_passphrase(new_passphrase, self.user.name, self.path.stem)
        with self._keys_and_rows():
            self.keyfile.add_secret_slot(USER, self.user.name, new_passphrase, self._data_key)
            self.log("user.change_passphrase", f"user:{self.user.name}")
        self.user = self._get_user(self.user.name)

    def refresh_user(self) -> None:
        """Read the signed-in user again (after a change made on another connection)."""
        self.user = self._get_user(self.user.name)

    def check_own_passphrase(self, passphrase: str) -> None:
        self.keyfile.unlock_user(self.user.name, passphrase)

    def replace_recovery_code(self) -> str:
        self._require_admin(PermissionDenied("Only an admin can replace the recovery code."))
        code = new_recovery_code()
        with self._keys_and_rows():
            self.keyfile.add_secret_slot(RECOVERY, "", code, self._data_key)
            self.log("vault.recovery_code_replaced", "vault")
        return code

    def _get_user(self, name: str) -> User:
        row = self.conn.execute(
            "SELECT name, role, created_at, created_by FROM users WHERE name = ? AND removed_at IS NULL", (name,)
        ).fetchone()
        if row is None:
            raise UnknownUser("There is no user named '{name}' in this vault.", name=name)
        return self._user_from_row(row)

    def _admin_count(self) -> int:
        return int(db.scalar(self.conn, "SELECT count(*) FROM users WHERE role='admin' AND removed_at IS NULL"))

    def _require_admin(self, refusal: PermissionDenied) -> None:
        if not self.user.is_admin:
            raise refusal

    def _save_keys(self) -> None:
        self.keyfile.save()

    @contextmanager
    def _keys_and_rows(self) -> Iterator[None]:
        """Change key slots and rows together: keys.json is written just before COMMIT,
        and put back as it was if anything (the write, the commit) fails."""
        before = list(self.keyfile.slots)
        try:
            with db.transaction(self.conn):
                yield
                self.keyfile.save()
        except BaseException:
            changed = self.keyfile.slots != before
            self.keyfile.slots = before
            if changed:
                with suppress(SaksiError):
                    self.keyfile.save()
            raise

    # ------------------------------------------------------------------ device
    def remember_on_device(self) -> None:
        reason = device.refusal_reason()
        if reason:
            raise KeyringUnavailable(reason)
        self.forget_on_device()
        device_key = device.new_device_key()
        with self._keys_and_rows():
            slot = self.keyfile.add_device_slot(self.user.name, device_key, self._data_key)
            device.store_key(self.vault_id, slot.slot_id, device_key)
            self.log("device.remember", f"user:{self.user.name}")

    def forget_on_device(self) -> bool:
        """Remove this device's slot for the signed-in user. Returns whether one was there."""
        here = [
            s
            for s in self.keyfile.find(DEVICE, self.user.name)
            if device.load_key(self.vault_id, s.slot_id) is not None
        ]
        if not here:
            return False
        with self._keys_and_rows():
            for slot in here:
                self.keyfile.remove_slots(DEVICE, self.user.name, slot.slot_id)
            self.log("device.forget", f"user:{self.user.name}")
        for slot in here:
            device.delete_key(self.vault_id, slot.slot_id)
        return True

    def is_remembered_here(self) -> bool:
        return any(
            device.load_key(self.vault_id, s.slot_id) is not None for s in self.keyfile.find(DEVICE, self.user.name)
        )

    # ------------------------------------------------------------------ data key rotation
    def rotate_data_key(self, passphrase: str) -> str:
        """Re-encrypt every page under a new data key (``PRAGMA rekey``).

        The admin's own slot and a new recovery code slot are written for the
        new key; other users' slots and device slots are dropped, so their
        passphrases must be reset afterwards. Returns the new recovery code.
        keys.json holds both generations while the rekey runs, so an
        interruption at any point leaves a vault that still opens.
        """
        self._require_admin(PermissionDenied("Only an admin can rotate the data key."))
        self.check_own_passphrase(passphrase)
        new_key, code = new_data_key(), new_recovery_code()
        generation = self.keyfile.generation + 1
        self.keyfile.add_secret_slot(USER, self.user.name, passphrase, new_key, generation=generation)
        self.keyfile.add_secret_slot(RECOVERY, "", code, new_key, generation=generation)
        self._save_keys()
        try:
            self.conn.execute(f"PRAGMA rekey = {db.key_pragma(new_key)}")
        except (dbapi2.Error, SaksiError) as exc:
            self.keyfile.slots = [s for s in self.keyfile.slots if s.generation != generation]
            self._save_keys()
            original = db.sqlite_error(exc)
            raise (db.translate(original, self.path / DB_NAME) if original is not None else exc) from None
        self._data_key = new_key
        # Pages rewritten by rekey sit in the WAL until a checkpoint; the file itself must carry the new key.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        blobstore.rotate_keys(self.conn, generation)  # evidence files: new keys, so old key copies open nothing
        self._finish_rotation(generation)
        self.log("vault.rotate_key", "vault", {"generation": generation})
        return code

    def _finish_rotation(self, generation: int) -> None:
        for slot in self.keyfile.find_kind(DEVICE):
            device.delete_key(self.vault_id, slot.slot_id)
        self.keyfile.generation = generation
        self.keyfile.drop_other_generations()
        self._save_keys()

    def _settle_rotation(self, slot: Slot) -> None:
        """After an interrupted rotation, keep whichever generation actually opened the database."""
        generations = {s.generation for s in self.keyfile.slots}
        if len(generations) == 1 and slot.generation == self.keyfile.generation:
            return
        if slot.generation > self.keyfile.generation:
            self._finish_rotation(slot.generation)
        else:
            self.keyfile.drop_other_generations()
            self._save_keys()

    # ------------------------------------------------------------------ verify / backup
    def fresh_connection(self, *, readonly: bool = False) -> db.Connection:
        """A second connection for work off the GUI thread (backup, verify)."""
        return db.connect(self.path / DB_NAME, self._data_key, readonly=readonly)

    def for_thread(self) -> Vault:
        """The same signed-in vault on its own connection, for a job off the GUI thread. Close it when done.

        Call it on the thread that will use it (that thread owns the connection). The clone gets its own
        copy of the key file, so a job that changes slots never changes them under another job's feet; the
        one owner of the vault (ui/vault_ops.py) takes the copy back with ``adopt_keys`` after a write.
        """
        clone = Vault(self.path, _copy_keyfile(self.keyfile), self.fresh_connection(), self._data_key, self.user)
        clone.used_slot = self.used_slot
        clone.integrity = self.integrity
        if self.read_only is not None:
            clone.refuse_writes(self.read_only)
        return clone

    def hand_over(self) -> None:
        """Release the connection to the next thread that uses it (an unlock job hands the vault to the GUI)."""
        self.conn.hand_over()

    def adopt_keys(self, clone: Vault) -> None:
        """Take the key file (and signed-in user) a job's clone wrote, on the thread that owns ``conn``."""
        self.keyfile = clone.keyfile
        self.user = clone.user

    def suspend(self) -> None:
        """Close the connection but keep the key: a data-key rotation is about to run on another connection
        (a connection open with the old key would read the rewritten pages as damage)."""
        with contextlib.suppress(dbapi2.Error):
            self.conn.close()

    def resume(self, clone: Vault | None) -> None:
        """After ``suspend``: take the key and key file the rotating clone ended with and open again."""
        if clone is not None:
            self._data_key = clone._data_key
            self.adopt_keys(clone)
        refusal = self.read_only
        self.conn = self.fresh_connection()
        if refusal is not None:
            self.refuse_writes(refusal)

    def verify(self) -> list[Problem]:
        """The full check. Damaged pages make the vault read-only (and are remembered); intact lifts that."""
        problems = self.check_all()
        self.apply_verified(problems)
        return problems

    def check_all(self) -> list[Problem]:
        """The full check on a connection of its own, remembered in the marker (``conn`` is not touched)."""
        conn = self.fresh_connection()
        try:
            if conn.refusal is None:
                # cipher_integrity_check reads the file, not the WAL: move committed pages into the file first.
                conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
            problems = check_connection(conn)
        finally:
            conn.close()
        settle_marker(self.path, problems)
        return problems

    def apply_verified(self, problems: list[Problem]) -> None:
        """The full check's verdict, on the thread that owns ``conn``."""
        if any(p.check in PAGE_CHECKS for p in problems):
            self.integrity = integrity.DAMAGED
            self.refuse_writes(integrity.refusal(integrity.marked(self.path) or {"problem": problems[0].message}))
        elif not problems:
            self._allow_writes()

    def background_check(self, stop: Callable[[], bool] | None = None) -> list[str] | None:
        """Every page's HMAC and the structure, on a connection of its own (for a thread): the problems.

        Damage is remembered in the marker; the caller (on its own thread) calls ``refuse_writes``.
        ``stop`` returning True interrupts the check (a lock): then the answer is None, not a verdict.
        """
        conn = self.fresh_connection(readonly=True)
        try:
            problems = integrity.full_check(conn, stop)
        finally:
            conn.close()
        if problems:
            integrity.mark(self.path, "background", problems[0])
        return problems

    def apply_check(self, problems: list[str]) -> None:
        """The background check's result, on the thread that owns ``conn``."""
        if problems and self.is_open:
            self.integrity = integrity.DAMAGED
            record = integrity.marked(self.path) or {"at": utc_now(), "check": "background", "problem": problems[0]}
            self.refuse_writes(integrity.refusal(record))

    def backup(self, dest: str | os.PathLike[str], progress: ProgressFn | None = None) -> Path:
        """Write a complete, verified, still-encrypted copy of this vault folder; return its path."""
        target = _backup_target(Path(dest).expanduser(), self.path)
        source = self.fresh_connection(readonly=True)
        try:
            _copy_vault(source, self.keyfile, self._data_key, target, progress)
        finally:
            source.close()
        # Its own connection too: backups run off the GUI thread, which owns self.conn.
        writer = self.fresh_connection()
        try:
            audit.append(writer, self.user.name, "vault.backup", "vault", {"destination": str(target)})
        finally:
            writer.close()
        return target


def _copy_keyfile(keyfile: KeyFile) -> KeyFile:
    """A key file object of its own (slots are replaced, never changed in place, so a shallow copy of the
    list is enough)."""
    copied = copy.copy(keyfile)
    copied.slots = list(keyfile.slots)
    copied.damaged = set(keyfile.damaged)
    return copied


def _connect_first(folder: Path, keys: list[tuple[bytes, Slot]], keyfile: KeyFile) -> tuple[db.Connection, bytes, Slot]:
    """Open the database with the first unwrapped key that works.

    Several keys only appear while a data-key rotation is interrupted. A key
    that passed the GCM check but fails on page 1 means damage, not a wrong passphrase.
    """
    last_error: SaksiError | None = None
    for data_key, slot in keys:
        try:
            return db.connect(folder / DB_NAME, data_key), data_key, slot
        except VaultDamaged as exc:
            last_error = exc
    assert last_error is not None
    _refuse_foreign_keys(folder, keyfile)
    if len({s.generation for s in keyfile.slots}) > 1:
        raise VaultDamaged(
            "A data key rotation was interrupted and this user's slot does not open the vault. "
            "Unlock as the admin who started the rotation, or with the new recovery code."
        )
    raise last_error


def _refuse_foreign_keys(folder: Path, keyfile: KeyFile) -> None:
    """Raise if keys.json names another database than the one beside it (called once no key opened it)."""
    found = db_salt(folder / DB_NAME)
    if keyfile.db_salt and found and sum(a != b for a, b in zip(keyfile.db_salt, found, strict=False)) > 8:
        # A damaged byte changes one or two hex digits of the salt; another database has a different one.
        raise VaultDamaged(
            "The key file {file} belongs to another vault (vault id {vault_id}), not to this vault's database. Put back this vault's own keys.json, from a backup of this vault.",
            file=KEYS_NAME,
            vault_id=keyfile.vault_id,
        )


def db_salt(path: Path) -> str:
    """The plaintext salt SQLCipher keeps in the first 16 bytes of a database (random per file, kept by
    rekey and VACUUM) as hex; "" if unreadable."""
    try:
        with path.open("rb") as fh:
            return fh.read(16).hex()
    except OSError:
        return ""


def _remember_db_salt(vault: Vault) -> None:
    """Vaults made before keys.json named its database learn it at an unlock that works (if writable)."""
    if vault.keyfile.db_salt:
        return
    vault.keyfile.db_salt = db_salt(vault.path / DB_NAME)
    try:
        vault.keyfile.save()
    except SaksiError:
        vault.keyfile.db_salt = ""


PAGE_CHECKS = ("encryption", "database")


def settle_marker(folder: Path, problems: list[Problem]) -> None:
    """After a full verify: failing pages are remembered (read-only from then on); intact clears that."""
    pages = [p for p in problems if p.check in PAGE_CHECKS]
    if pages:
        integrity.mark(folder, "verify", pages[0].message)
    elif not problems:
        integrity.clear(folder)


def _check_and_migrate(folder: Path, conn: db.Connection, data_key: bytes) -> None:
    version = schema.version_of(conn)
    newest = schema.current_version()
    if version > newest:
        raise VaultTooNew(
            "This vault was written by a newer version of Saksi (vault format {version}; this app reads up to {newest}). Update Saksi to open it; the vault was not changed.",
            version=version,
            newest=newest,
        )
    if version == 0:
        raise VaultDamaged("The vault database has no Saksi tables; it is damaged or not a Saksi vault.")
    if version < newest:
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        backup_dir = folder / "backups" / f"before-format-{newest}-{stamp}{SUFFIX}"
        backup_dir.parent.mkdir(exist_ok=True)
        _copy_vault(conn, KeyFile.load(folder / KEYS_NAME), data_key, backup_dir, None)
        schema.migrate(conn)
        with db.transaction(conn):
            conn.execute(
                "INSERT INTO meta(key, value) VALUES ('last_migrated_with', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (app_version(),),
            )
            audit.append(
                conn, "saksi", "vault.migrate", "vault", {"from": version, "to": newest, "backup": backup_dir.name}
            )


def _load_user(conn: db.Connection, keyfile: KeyFile, name: str) -> User:
    row = conn.execute(
        "SELECT name, role, created_at, created_by FROM users WHERE name = ? AND removed_at IS NULL", (name,)
    ).fetchone()
    if row is None:
        raise UnknownUser("There is no user named '{name}' in this vault.", name=name)
    slot = keyfile.slot_for_user(name)
    return User(row[0], row[1], row[2], row[3], has_slot=slot is not None, must_change=bool(slot and slot.must_change))


def check_connection(conn: db.Connection, expected_version: int | None = None) -> list[Problem]:
    """SQLCipher HMAC check, SQLite integrity check, schema version, audit chain."""
    expected = schema.current_version() if expected_version is None else expected_version
    problems: list[Problem] = []
    try:
        for (message,) in conn.execute("PRAGMA cipher_integrity_check"):
            problems.append(
                Problem("encryption", localized("Encrypted page check failed: {problem}.", problem=message))
            )
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check")]
        if rows != ["ok"]:
            problems += [Problem("database", localized("Database structure: {problem}.", problem=r)) for r in rows[:10]]
        version = schema.version_of(conn)
        if version != expected:
            problems.append(
                Problem(
                    "schema",
                    localized("Schema version is {version}, expected {expected}.", version=version, expected=expected),
                )
            )
        problems += [Problem("audit", text) for text in audit.verify_chain(conn)]
        problems += [Problem("evidence", _evidence_problem(conn, *found)) for found in blobstore.verify(conn)]
    except SaksiError as error:  # a bug (a database error that is not environmental) is not a finding
        problems.append(Problem("database", error.message))
    return problems


def _evidence_problem(conn: db.Connection, blob_id: str, message: str) -> str:
    from storage.evidence import labels_of

    return f"Evidence {labels_of(conn, blob_id)}: {message}" if blob_id else message


def verify_vault(
    path: str | os.PathLike[str], user: str, passphrase: str, notes: list[str] | None = None
) -> list[Problem]:
    """Check a vault without changing it: no unlock entry, no migration, a read-only connection.

    A vault of an older format is checked as that format (opening it in the app would migrate it).
    Failing pages are remembered beside the database (the vault opens read-only until a verify finds
    it intact); ``notes`` gets what the user should know besides the problems (e.g. a full disk).
    """
    folder = _existing_vault_folder(vault_path(path))
    keyfile = KeyFile.load(folder / KEYS_NAME)
    keys = keyfile.unlock_user(user, passphrase)
    with _no_trace_of_reading(folder):
        problems = _verify_read_only(folder, keyfile, keys, notes if notes is not None else [])
    settle_marker(folder, problems)
    return problems


@contextmanager
def _no_trace_of_reading(folder: Path) -> Iterator[None]:
    """A read-only open of a WAL database creates empty -wal/-shm files; remove them again if we made them."""
    companions = [folder / f"{DB_NAME}-wal", folder / f"{DB_NAME}-shm"]
    existed = [p.exists() for p in companions]
    try:
        yield
    finally:
        wal = companions[0]
        with suppress(OSError):  # a read-only disk: nothing was made
            if not any(existed) and (not wal.exists() or wal.stat().st_size == 0):
                for made in companions:
                    made.unlink(missing_ok=True)


def _verify_read_only(
    folder: Path, keyfile: KeyFile, keys: list[tuple[bytes, Slot]], notes: list[str]
) -> list[Problem]:
    last_error: SaksiError | None = None
    for data_key, _slot in keys:
        try:
            conn = db.connect(folder / DB_NAME, data_key, readonly=True)
        except VaultDamaged as exc:
            last_error = exc
            continue
        if conn.refusal is not None:
            notes.append(conn.refusal.message)
        try:
            version = schema.version_of(conn)
            if version > schema.current_version():
                raise VaultTooNew(
                    "This vault was written by a newer version of Saksi (vault format {version}). Update Saksi to check it.",
                    version=version,
                )
            return check_connection(conn, expected_version=version)
        finally:
            conn.close()
    assert last_error is not None
    _refuse_foreign_keys(folder, keyfile)
    raise last_error


def _backup_target(dest: Path, source: Path) -> Path:
    if dest.is_dir() and not (dest / KEYS_NAME).exists():
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        return dest / f"{source.name.removesuffix(SUFFIX)}-backup-{stamp}{SUFFIX}"
    if dest.exists():
        raise InputRejected("{path} already exists; a backup never overwrites anything. Choose a new name.", path=dest)
    if not dest.parent.is_dir():
        raise InputRejected(NO_FOLDER, folder=dest.parent)
    return dest if dest.suffix == SUFFIX else dest.with_name(dest.name + SUFFIX)


def _copy_vault(
    source: db.Connection, keyfile: KeyFile, data_key: bytes, target: Path, progress: ProgressFn | None
) -> None:
    """Copy page by page into a staging folder, verify the copy, then rename it into place."""
    staging = target.with_name(f".{target.name}.partial-{uuid.uuid4().hex[:8]}")
    stage.clean_stale(target.parent)  # what a kill during an earlier copy left
    locked = contextlib.ExitStack()
    try:
        locked.enter_context(stage.staging(staging))
        copy = db.connect(staging / DB_NAME, data_key, create=True)
        try:
            # Progress counts pages (16 KiB): the database's, then the evidence files' (ints a Qt bar takes).
            files = blobstore.stored_bytes(source) // db.PAGE_SIZE

            def report(status: int, remaining: int, total: int) -> None:
                if progress:
                    progress(total - remaining, total + files)

            source.backup(copy, pages=256, progress=report)
            pages = int(db.scalar(copy, "PRAGMA page_count") or 0)

            def report_files(done: int, total: int) -> None:
                if progress:
                    progress(pages + done // db.PAGE_SIZE, pages + total // db.PAGE_SIZE)

            blobstore.copy_into(copy, blobstore.folder_of(source), lambda: source.backup(copy, pages=256), report_files)
            copy.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = check_connection(copy, expected_version=schema.version_of(source))
        finally:
            copy.close()
        if problems:
            raise VaultDamaged(
                "The backup copy did not verify: {problems}", problems="; ".join(p.message for p in problems)
            )
        copied = KeyFile.load(keyfile.path)
        copied.path, copied.db_salt = staging / KEYS_NAME, db_salt(staging / DB_NAME)  # the copy has its own
        copied.save()
        fsync_dir(staging)
        stage.release(staging)
        os.rename(staging, target)
        fsync_dir(target.parent)
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise os_error(exc, target) from None
    except (dbapi2.Error, SaksiError) as exc:
        shutil.rmtree(staging, ignore_errors=True)
        original = db.sqlite_error(exc)
        error = exc if original is None else db.translate(original, writing=True)
        if isinstance(error, DiskFull):  # name the destination: the vault itself is untouched
            error = DiskFull(
                "Could not write the copy to {folder}: the disk is full or cannot be written.", folder=target.parent
            )
        raise error from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    finally:
        locked.close()


def restore(
    backup: str | os.PathLike[str], dest: str | os.PathLike[str], user: str, passphrase: str, *, replace: bool = False
) -> Path:
    """Restore a backup into a new folder; an existing vault is replaced only with ``replace=True``.

    The replaced vault is kept beside it (``NAME.saksi.replaced-TIMESTAMP``), never deleted.
    """
    source_folder = _existing_vault_folder(vault_path(backup))
    target = vault_path(dest)
    if target.resolve() == source_folder.resolve():
        raise InputRejected("The backup and the destination are the same folder.")
    if target.exists() and not replace:
        raise InputRejected(
            "{target} already exists. Restore never overwrites a vault; choose a new folder or confirm replacing it.",
            target=target,
        )
    if not target.parent.is_dir():
        raise InputRejected(NO_FOLDER, folder=target.parent)
    with Vault.open(source_folder, user, passphrase) as backup_vault:
        problems = backup_vault.verify()
        if problems:
            raise VaultDamaged(
                "The backup does not verify: {problems}", problems="; ".join(p.message for p in problems)
            )
        staged = target.with_name(f".{target.name}.restoring-{uuid.uuid4().hex[:8]}")
        _copy_vault(
            backup_vault.fresh_connection(readonly=True), backup_vault.keyfile, backup_vault._data_key, staged, None
        )
    _swap_into_place(staged, target)
    with Vault.open(target, user, passphrase) as restored:
        restored.log("vault.restore", "vault", {"from": str(source_folder)})
    return target


def _swap_into_place(staged: Path, target: Path) -> None:
    try:
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            aside = target.with_name(f"{target.name}.replaced-{stamp}")
            os.rename(target, aside)
        os.rename(staged, target)
        fsync_dir(target.parent)
    except OSError as exc:
        raise os_error(exc, target) from None
