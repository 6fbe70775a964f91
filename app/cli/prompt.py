"""Where the CLI gets secrets, the user name and confirmations.

Secrets are never command-line arguments (they would end up in shell history
and process lists). On a terminal they are asked without echo; scripts pass
them in environment variables. When neither is available the command stops
with a usage error (exit 2) naming the variable, before the vault is touched.
"""

from __future__ import annotations

import getpass
import os
import sys

from storage.errors import InputRejected, SaksiError, UnknownUser
from storage.vault import check_passphrase, check_user_name
from storage.vault import inspect as inspect_vault

PASSPHRASE = "SAKSI_PASSPHRASE"
NEW_PASSPHRASE = "SAKSI_NEW_PASSPHRASE"
RECOVERY_CODE = "SAKSI_RECOVERY_CODE"
USER = "SAKSI_USER"
WHAT = {PASSPHRASE: "passphrase", NEW_PASSPHRASE: "new passphrase", RECOVERY_CODE: "recovery code"}


class UsageError(SaksiError):
    """The command was called without something it needs (exit 2, like argparse)."""

    exit_code = 2


def say(message: str) -> None:
    """One message for the person at the keyboard, on stderr."""
    sys.stderr.write(f"saksi: {message}\n")
    sys.stderr.flush()


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _from_env(*names: str) -> str | None:
    for name in names:
        value = os.environ.get(name)
        if value:
            return value
    return None


def _missing(names: tuple[str, ...]) -> UsageError:
    what = WHAT.get(names[0], "secret")
    where = " or ".join(names)
    return UsageError(
        f"No {what} was given. Set {where}, or run saksi in a terminal to be asked (secrets are never taken as arguments)."
    )


def require(*names: str) -> None:
    """Stop early, before anything is opened, when a script did not provide every secret it needs."""
    if interactive():
        return
    for name in names:
        if not os.environ.get(name):
            raise _missing((name,))


def secret(name: str, prompt: str) -> str:
    """An existing secret (passphrase, recovery code): from ``name`` in the environment, or asked once."""
    value = _from_env(name)
    if value is not None:
        return value
    if not interactive():
        raise _missing((name,))
    return getpass.getpass(prompt)


def new_passphrase(*names: str, prompt: str = "New passphrase: ") -> str:
    """A passphrase being set: from the first of ``names`` in the environment, or asked twice and compared."""
    value = _from_env(*names)
    if value is None:
        if not interactive():
            raise _missing(names)
        value = getpass.getpass(prompt)
        check_passphrase(value)
        if getpass.getpass("Type it again: ") != value:
            raise InputRejected("The two passphrases are not the same; nothing was changed.")
    check_passphrase(value)  # a passphrase too easy to guess is refused there, with the reason (exit 6)
    return value


def user_name(path: str, given: str | None, *, need_slot: bool = True) -> str:
    """The user to act as: ``--user``, else SAKSI_USER, else the vault's only user.

    Needs no secret: the names come from keys.json. ``need_slot``: the user must be
    able to unlock with a passphrase (not so for the recovery code).
    """
    known = inspect_vault(path).users
    name = given or os.environ.get(USER)
    if name:
        name = check_user_name(name)
        if need_slot and name not in known:
            raise UnknownUser(
                f"'{name}' cannot unlock this vault: there is no such user, or an admin must reset their passphrase."
            )
        return name
    if len(known) == 1:
        return known[0]
    if not known:
        raise UsageError("Name the user with --user NAME or SAKSI_USER.")
    raise UsageError(f"This vault has several users ({', '.join(known)}); choose one with --user NAME or SAKSI_USER.")


def confirm(word: str, question: str, *, yes: bool) -> bool:
    """``--yes`` confirms for scripts; on a terminal the person types ``word``; otherwise it is not confirmed."""
    if yes:
        return True
    if not interactive():
        return False
    sys.stderr.write(f"{question} Type {word} to confirm: ")
    sys.stderr.flush()
    return sys.stdin.readline().strip() == word
