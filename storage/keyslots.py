"""Key slots: the vault's data key wrapped once per user, recovery code and device.

``keys.json`` holds no secret in the clear. Each slot stores the data key
encrypted with AES-256-GCM under a key-encryption key (KEK). For user and
recovery slots the KEK comes from Argon2id over the passphrase or code; for a
device slot it is a random key kept in the OS keyring. The GCM associated data
binds the vault id, slot id, kind and user, so a slot cannot be moved to
another vault or user, and a wrong passphrase fails on the GCM tag before the
database is touched.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import tempfile
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage.errors import DiskFull, SaksiError, UnknownUser, VaultDamaged, VaultTooNew, WrongSecret

KEYFILE_FORMAT = 1
DATA_KEY_BYTES = 32
RECOVERY_CODE_BITS = 160
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

USER, RECOVERY, DEVICE = "user", "recovery", "device"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored per slot so it can be raised later without breaking old slots."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret.encode("utf-8"),
            salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )


DEFAULT_KDF = KdfParams()


@dataclass
class Slot:
    slot_id: str
    kind: str  # user | recovery | device
    user: str  # empty for the recovery slot
    nonce: str  # base64
    wrapped: str  # base64 AES-GCM ciphertext of the data key
    salt: str = ""  # base64; empty for device slots
    kdf: dict[str, int] = field(default_factory=dict)
    generation: int = 0  # data-key generation this slot opens
    must_change: bool = False  # set when an admin resets the passphrase
    created_at: str = ""

    def aad(self, vault_id: str) -> bytes:
        return f"saksi-slot|{vault_id}|{self.slot_id}|{self.kind}|{self.user}|{self.generation}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def new_recovery_code() -> str:
    """160 random bits as 8 groups of 4 base32 characters, e.g. ``EBX4-3FFL-...``."""
    value = secrets.randbits(RECOVERY_CODE_BITS)
    chars = "".join(_B32[(value >> (5 * i)) & 31] for i in range(RECOVERY_CODE_BITS // 5))
    return "-".join(chars[i : i + 4] for i in range(0, len(chars), 4))


def normalise_recovery_code(code: str) -> str:
    """Accept lower case, spaces and missing dashes; map look-alike digits."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.translate(str.maketrans("018", "OIB"))
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))


def _wrap(kek: bytes, data_key: bytes, slot: Slot, vault_id: str) -> None:
    nonce = secrets.token_bytes(12)
    slot.nonce = _b64(nonce)
    slot.wrapped = _b64(AESGCM(kek).encrypt(nonce, data_key, slot.aad(vault_id)))


def _unwrap(kek: bytes, slot: Slot, vault_id: str) -> bytes:
    return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), slot.aad(vault_id))


class KeyFile:
    """The parsed ``keys.json`` of one vault."""

    def __init__(self, path: Path, vault_id: str, slots: list[Slot], generation: int) -> None:
        self.path = path
        self.vault_id = vault_id
        self.slots = slots
        self.generation = generation

    # --- loading and saving -------------------------------------------------
    @classmethod
    def new(cls, path: Path) -> KeyFile:
        return cls(path, str(uuid.uuid4()), [], 0)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise VaultDamaged("The key file {file} is missing from the vault folder.", file=path.name) from None
        except (OSError, ValueError) as exc:
            raise VaultDamaged(
                "The key file {file} cannot be read ({error}).", file=path.name, error=exc.__class__.__name__
            ) from None
        try:
            if isinstance(raw.get("format"), int) and raw["format"] > KEYFILE_FORMAT:
                raise VaultTooNew(
                    "This vault's key file was written by a newer version of Saksi. Update Saksi to open it."
                )
            if raw.get("format") != KEYFILE_FORMAT:
                raise VaultDamaged("The key file {file} has an unknown format.", file=path.name)
            slots = [Slot(**s) for s in raw["slots"]]
            for slot in slots:
                _unb64(slot.nonce), _unb64(slot.wrapped)
            return cls(path, str(raw["vault_id"]), slots, int(raw.get("generation", 0)))
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            raise VaultDamaged(
                "The key file {file} is damaged ({error}).", file=path.name, error=exc.__class__.__name__
            ) from None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYFILE_FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "note": "Saksi key slots. Contains no secret in the clear; without a passphrase or recovery code it opens nothing.",
            "slots": [asdict(s) for s in self.slots],
        }

    def save(self) -> None:
        """Write atomically: temp file in the same folder, fsync, rename, fsync the folder."""
        write_atomic(self.path, json.dumps(self.to_json(), indent=2).encode("utf-8"))

    # --- queries ----------------------------------------------------------------
    def user_names(self) -> list[str]:
        return sorted({s.user for s in self.slots if s.kind == USER and s.generation == self.generation})

    def find(self, kind: str, user: str = "") -> list[Slot]:
        return [s for s in self.slots if s.kind == kind and s.user == user]

    def slot_for_user(self, user: str) -> Slot | None:
        for slot in self.find(USER, user):
            if slot.generation == self.generation:
                return slot
        return None

    # --- opening ------------------------------------------------------------------
    def find_kind(self, kind: str) -> list[Slot]:
        return [s for s in self.slots if s.kind == kind]

    def unlock_user(self, user: str, passphrase: str) -> list[tuple[bytes, Slot]]:
        """Every data key this user's passphrase unwraps (two only during an interrupted key rotation)."""
        candidates = self.find(USER, user)
        if not candidates:
            raise UnknownUser("There is no user named '{user}' in this vault.", user=user)
        return self._try(candidates, passphrase, WrongSecret("The passphrase is wrong for this user."))

    def unlock_recovery(self, code: str) -> list[tuple[bytes, Slot]]:
        candidates = self.find(RECOVERY)
        if not candidates:
            raise WrongSecret("This vault has no recovery code slot.")
        return self._try(candidates, normalise_recovery_code(code), WrongSecret("The recovery code is wrong."))

    def unlock_device_slot(self, slot: Slot, device_key: bytes) -> list[tuple[bytes, Slot]]:
        try:
            return [(_unwrap(device_key, slot, self.vault_id), slot)]
        except InvalidTag:
            return []

    def _try(self, candidates: list[Slot], secret: str, refusal: WrongSecret) -> list[tuple[bytes, Slot]]:
        opened = []
        # Newest generation first, so a finished key rotation is preferred.
        for slot in sorted(candidates, key=lambda s: -s.generation):
            params = KdfParams(**slot.kdf)
            try:
                opened.append((_unwrap(params.derive(secret, _unb64(slot.salt)), slot, self.vault_id), slot))
            except InvalidTag:
                continue
        if not opened:
            raise refusal
        return opened

    # --- changing slots ------------------------------------------------------------
    def add_secret_slot(
        self,
        kind: str,
        user: str,
        secret: str,
        data_key: bytes,
        *,
        kdf: KdfParams = DEFAULT_KDF,
        generation: int | None = None,
        must_change: bool = False,
    ) -> Slot:
        """Add (or replace) the slot of ``kind``/``user`` for a generation, wrapping ``data_key``."""
        gen = self.generation if generation is None else generation
        salt = secrets.token_bytes(16)
        if kind == RECOVERY:
            secret = normalise_recovery_code(secret)
        slot = Slot(
            slot_id=str(uuid.uuid4()),
            kind=kind,
            user=user,
            nonce="",
            wrapped="",
            salt=_b64(salt),
            kdf=asdict(kdf),
            generation=gen,
            must_change=must_change,
            created_at=utc_now(),
        )
        _wrap(kdf.derive(secret, salt), data_key, slot, self.vault_id)
        self.slots = [s for s in self.slots if not (s.kind == kind and s.user == user and s.generation == gen)]
        self.slots.append(slot)
        return slot

    def add_device_slot(self, user: str, device_key: bytes, data_key: bytes) -> Slot:
        slot = Slot(
            slot_id=str(uuid.uuid4()),
            kind=DEVICE,
            user=user,
            nonce="",
            wrapped="",
            generation=self.generation,
            created_at=utc_now(),
        )
        _wrap(device_key, data_key, slot, self.vault_id)
        self.slots.append(slot)
        return slot

    def remove_slots(self, kind: str, user: str = "", slot_id: str | None = None) -> int:
        before = len(self.slots)
        self.slots = [
            s
            for s in self.slots
            if not (s.kind == kind and s.user == user and (slot_id is None or s.slot_id == slot_id))
        ]
        return before - len(self.slots)

    def drop_other_generations(self) -> None:
        self.slots = [s for s in self.slots if s.generation == self.generation]


def utc_now() -> str:
    from datetime import datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise os_error(exc, path) from None


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be fsynced on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error(exc: OSError, path: Path) -> SaksiError:
    """Turn an OSError into a plain message; the single place file errors are mapped."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(
            "There is not enough space to write {path}. Free some space and try again; nothing was changed.", path=path
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SaksiError("Saksi is not allowed to write {path} ({reason}).", path=path, reason=exc.strerror)
    return SaksiError("Could not write {path}: {reason}.", path=path, reason=exc.strerror or exc)
