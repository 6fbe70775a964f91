"""Errors the vault raises, each with a plain message and a CLI exit code.

Environmental problems (wrong passphrase, damaged file, disk full...) are
``SaksiError`` subclasses and are shown to the user as they are; anything
else is a bug and goes to the crash handler.
"""

from __future__ import annotations


class SaksiError(Exception):
    """An expected, environmental error with a message fit for the user."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class WrongSecret(SaksiError):
    """Wrong passphrase or recovery code."""

    exit_code = 3


class UnknownUser(SaksiError):
    """No key slot for this user name."""

    exit_code = 3


class VaultDamaged(SaksiError):
    """The vault is damaged, tampered with, unreadable, or missing files."""

    exit_code = 4


class VaultTooNew(SaksiError):
    """The vault was written by a newer version of Saksi."""

    exit_code = 5


class InputRejected(SaksiError):
    """The input given (a name, a role, a destination...) is not acceptable."""

    exit_code = 6


class PermissionDenied(SaksiError):
    """The signed-in user's role does not allow this action."""

    exit_code = 1


class DiskFull(SaksiError):
    """No space left on the device holding the vault or the destination."""

    exit_code = 1


class KeyringUnavailable(SaksiError):
    """The OS keyring cannot safely hold a 'remember on this device' key."""

    exit_code = 1
