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
import hashlib
import json
import secrets
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from storage import jsonsafe
from storage.errors import InputRejected, SaksiError, UnknownUser, VaultDamaged, VaultTooNew, WrongSecret
from storage.files import utc_now, write_atomic
from storage.upgrades import apply_upgrades

KEYFILE_FORMAT = 1
# Ordered upgraders of older key-file formats, as settings and case documents have: KEYFILE_UPGRADES[n] turns format n
# into n + 1. Empty so far: format 1 is the only one released (the first vaults wrote it without db_salt and checks,
# which read as their defaults). tests/unit/test_keyfile_formats.py keeps every fixture vault's key file readable.
KEYFILE_UPGRADES: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}
DATA_KEY_BYTES = 32
RECOVERY_CODE_BITS = 160
_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

USER, RECOVERY, DEVICE = "user", "recovery", "device"
KINDS = (USER, RECOVERY, DEVICE)
MAX_KEYFILE_BYTES = 1024 * 1024  # a vault with a few hundred users has ~200 KiB; anything larger is not ours
MAX_SLOTS = 2000
NONCE_BYTES, WRAPPED_BYTES, SALT_BYTES = 12, DATA_KEY_BYTES + 16, 16
# What Saksi writes (64 MiB, t=3, p=2) may be raised later; a keys.json asking for more than this, or for
# less than Argon2id's own minimum, is not one Saksi wrote: refused before any work (no hang, no 64 GiB).
KDF_BOUNDS = {"time_cost": (1, 10), "memory_kib": (8 * 1024, 256 * 1024), "parallelism": (1, 8)}


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost; stored per slot so it can be raised later without breaking old slots."""

    time_cost: int = 3
    memory_kib: int = 64 * 1024
    parallelism: int = 2

    @classmethod
    def stored(cls, raw: object) -> KdfParams:
        """The parameters of a slot in keys.json, refused (ValueError) outside the range Saksi writes."""
        if not isinstance(raw, dict) or set(raw) != set(KDF_BOUNDS):
            raise ValueError("kdf")
        for name, (low, high) in KDF_BOUNDS.items():
            value = raw[name]
            if type(value) is not int or not low <= value <= high:
                raise ValueError(name)
        if raw["memory_kib"] < 8 * raw["parallelism"]:
            raise ValueError("memory_kib")
        return cls(**raw)

    def derive(self, secret: str, salt: bytes) -> bytes:
        return hash_secret_raw(
            utf8(secret),
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


def utf8(secret: str) -> bytes:
    """A passphrase or code as UTF-8; one that is not text (bytes from another encoding) is refused."""
    try:
        return secret.encode("utf-8")
    except UnicodeEncodeError:
        # Python keeps undecodable bytes of a variable or terminal as lone surrogates; they have no UTF-8.
        raise InputRejected(
            "The passphrase or code contains bytes that are not UTF-8 text (a terminal or variable in another encoding). Type it again as UTF-8 text."
        ) from None


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
        self.db_salt = ""  # hex of vault.db's plaintext salt: tells "another vault's keys.json" from damage
        self.damaged: set[str] = set()  # slot ids failing their checksum when loaded

    # --- loading and saving -------------------------------------------------
    @classmethod
    def new(cls, path: Path) -> KeyFile:
        return cls(path, str(uuid.uuid4()), [], 0)

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        """Parse an untrusted keys.json: every field is checked, and anything unexpected is VaultDamaged."""
        try:
            with path.open("rb") as fh:
                data = fh.read(MAX_KEYFILE_BYTES + 1)
        except FileNotFoundError:
            raise VaultDamaged("The key file {file} is missing from the vault folder.", file=path.name) from None
        except OSError as exc:
            raise VaultDamaged(
                "The key file {file} cannot be read ({error}).",
                file=path.name,
                error=exc.strerror or type(exc).__name__,
            ) from None
        try:
            if len(data) > MAX_KEYFILE_BYTES:
                raise ValueError("size")
            raw = jsonsafe.loads(data.decode("utf-8"), max_depth=8)
        except jsonsafe.TooDeep:
            raise VaultDamaged("The key file {file} is damaged ({error}).", file=path.name, error="nesting") from None
        except ValueError as exc:  # not UTF-8, not JSON, too large
            raise VaultDamaged(
                "The key file {file} cannot be read ({error}).",
                file=path.name,
                error=str(exc) if str(exc) == "size" else exc.__class__.__name__,
            ) from None
        try:
            if not isinstance(raw, dict):
                raise ValueError("top level")
            raw = upgraded_keyfile(raw)
            version = raw.get("format")
            if type(version) is int and version > KEYFILE_FORMAT:
                raise VaultTooNew(
                    "This vault's key file was written by a newer version of Saksi. Update Saksi to open it."
                )
            if version != KEYFILE_FORMAT:
                raise VaultDamaged("The key file {file} has an unknown format.", file=path.name)
            keyfile = cls(path, _text(raw, "vault_id", 1, 64), _slots(raw.get("slots")), _count(raw, "generation"))
            keyfile.db_salt = _text(raw, "db_salt", 0, 32, default="")
            keyfile.damaged = keyfile._failed_checks(raw.get("checks"))
            return keyfile
        except SaksiError:
            raise
        except (AttributeError, KeyError, TypeError, ValueError) as exc:
            field_name = str(exc) if isinstance(exc, ValueError) and str(exc).isidentifier() else ""
            raise VaultDamaged(
                "The key file {file} is damaged ({error}).",
                file=path.name,
                error=field_name or exc.__class__.__name__,
            ) from None

    def _failed_checks(self, checks: object) -> set[str]:
        """Slot ids whose checksum does not match (or that have none while others do): damage, not a secret."""
        if checks is None:  # written before checksums: damage and a wrong secret cannot be told apart
            return set()
        if not isinstance(checks, dict) or not all(isinstance(v, str) for v in checks.values()):
            raise ValueError("checks")
        failed = {s.slot_id for s in self.slots if checks.get(s.slot_id) != _checksum(s)}
        if len(checks) > len(self.slots) - len(failed):  # a check whose slot id was altered
            failed.add("")
        return failed

    def to_json(self) -> dict[str, Any]:
        return {
            "format": KEYFILE_FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "note": "Saksi key slots. Contains no secret in the clear; without a passphrase or recovery code it opens nothing.",
            "slots": [asdict(s) for s in self.slots],
            "db_salt": self.db_salt,
            "checks": {s.slot_id: _checksum(s) for s in self.slots},
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
            if self.damaged:  # the name itself may be the damaged byte
                raise self._damage(user)
            raise UnknownUser("There is no user named '{user}' in this vault.", user=user)
        return self._try(candidates, passphrase, WrongSecret("The passphrase is wrong for this user."))

    def unlock_recovery(self, code: str) -> list[tuple[bytes, Slot]]:
        candidates = self.find(RECOVERY)
        if not candidates:
            if self.damaged:
                raise self._damage("")
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
            params = KdfParams.stored(slot.kdf)  # checked when loaded
            try:
                opened.append((_unwrap(params.derive(secret, _unb64(slot.salt)), slot, self.vault_id), slot))
            except InvalidTag:
                continue
        if not opened:
            if any(s.slot_id in self.damaged for s in candidates):
                raise self._damage(candidates[0].user)
            raise refusal
        return opened

    def _damage(self, user: str) -> VaultDamaged:
        if user:
            return VaultDamaged(
                "The key file {file} is damaged: the key slot of {user} does not match its checksum, so the passphrase cannot be checked. Put back keys.json from a backup of this vault, or unlock with the recovery code.",
                file=self.path.name,
                user=user,
            )
        return VaultDamaged(
            "The key file {file} is damaged: a key slot does not match its checksum. Put back keys.json from a backup of this vault.",
            file=self.path.name,
        )

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


def _checksum(slot: Slot) -> str:
    """SHA-256 of the slot's fields: a changed byte shows as damage (anyone can recompute it: not a seal)."""
    return hashlib.sha256(json.dumps(asdict(slot), sort_keys=True, separators=(",", ":")).encode()).hexdigest()


def _text(raw: dict[str, Any], name: str, low: int, high: int, *, default: str | None = None) -> str:
    value = raw.get(name, default)
    if not isinstance(value, str) or not low <= len(value) <= high:
        raise ValueError(name)
    return value


def _count(raw: dict[str, Any], name: str) -> int:
    value = raw.get(name, 0)
    if type(value) is not int or not 0 <= value < 2**31:
        raise ValueError(name)
    return value


def _bytes(raw: dict[str, Any], name: str, length: int) -> None:
    if len(_unb64(_text(raw, name, 0, 4 * length))) != length:
        raise ValueError(name)


SLOT_FIELDS = {"slot_id", "kind", "user", "nonce", "wrapped", "salt", "kdf", "generation", "must_change", "created_at"}


def _slots(raw: object) -> list[Slot]:
    """Each slot checked field by field against what Saksi writes (a ValueError names the field)."""
    if not isinstance(raw, list) or len(raw) > MAX_SLOTS:
        raise ValueError("slots")
    slots = []
    for item in raw:
        if not isinstance(item, dict) or not set(item) <= SLOT_FIELDS:
            raise ValueError("slots")
        kind = item.get("kind")
        if kind not in KINDS:
            raise ValueError("kind")
        _text(item, "slot_id", 1, 64)
        _text(item, "user", 0 if kind == RECOVERY else 1, 200)
        _bytes(item, "nonce", NONCE_BYTES)
        _bytes(item, "wrapped", WRAPPED_BYTES)
        if kind == DEVICE:
            if item.get("salt", "") != "" or item.get("kdf", {}) != {}:
                raise ValueError("kdf")
        else:
            _bytes(item, "salt", SALT_BYTES)
            KdfParams.stored(item.get("kdf"))
        _count(item, "generation")
        if type(item.get("must_change", False)) is not bool:
            raise ValueError("must_change")
        _text(item, "created_at", 0, 64, default="")
        slots.append(Slot(**item))
    return slots


def upgraded_keyfile(raw: dict[str, Any]) -> dict[str, Any]:
    """``raw`` brought to KEYFILE_FORMAT by the upgraders of its older formats (unchanged when none applies)."""
    return apply_upgrades(raw, KEYFILE_UPGRADES, lambda r: r["format"] if type(r.get("format")) is int else None)
