"""The optional "remember on this device" slot, backed by the OS keyring.

A random 32-byte key is kept in the OS keyring and wraps the data key in a
``device`` slot of keys.json. It is refused when the active keyring backend is
missing (fail/null, or a chainer with nothing in it) or keeps secrets in a
plain file (keyrings.alt's plaintext backends).
"""

from __future__ import annotations

import base64
import contextlib
import secrets
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from storage.errors import KeyringUnavailable, localized

SERVICE = "Saksi vault"


def refusal_reason(backend: KeyringBackend | None = None) -> str | None:
    """Why this computer's keyring must not hold a vault key, or None when it may."""
    backend = backend or keyring.get_keyring()
    members: list[Any] = list(getattr(backend, "backends", [backend]))
    if not members:
        return localized("No secure keyring is available on this computer, so the vault cannot be remembered here.")
    for member in members:
        module, name = type(member).__module__, type(member).__name__
        if module.startswith(("keyring.backends.fail", "keyring.backends.null")):
            return localized("No secure keyring is available on this computer, so the vault cannot be remembered here.")
        if module.startswith("keyrings.alt") or "plaintext" in name.lower():
            return localized(
                "The keyring on this computer keeps secrets in a plain file, so the vault will not be remembered here."
            )
    return None


def _account(vault_id: str, slot_id: str) -> str:
    return f"{vault_id}/{slot_id}"


def store_key(vault_id: str, slot_id: str, device_key: bytes) -> None:
    reason = refusal_reason()
    if reason:
        raise KeyringUnavailable(reason)
    try:
        keyring.set_password(SERVICE, _account(vault_id, slot_id), base64.b64encode(device_key).decode("ascii"))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable(
            "The keyring refused to store the key ({error}).", error=exc.__class__.__name__
        ) from None


def load_key(vault_id: str, slot_id: str) -> bytes | None:
    if refusal_reason():
        return None
    try:
        value = keyring.get_password(SERVICE, _account(vault_id, slot_id))
    except keyring.errors.KeyringError:
        return None
    if not value:
        return None
    try:
        return base64.b64decode(value, validate=True)
    except ValueError:
        return None


def delete_key(vault_id: str, slot_id: str) -> None:
    # Already gone, or no keyring: nothing left to forget.
    with contextlib.suppress(keyring.errors.KeyringError):
        keyring.delete_password(SERVICE, _account(vault_id, slot_id))


def new_device_key() -> bytes:
    return secrets.token_bytes(32)
