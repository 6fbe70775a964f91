"""Errors the vault raises, each with a plain message and a CLI exit code, and the one place
app/ and storage/ put user-facing text into the user's language.

Environmental problems (wrong passphrase, damaged file, disk full...) are
``SaksiError`` subclasses and are shown to the user as they are; anything
else is a bug and goes to the crash handler.

Messages are English templates with named parameters, never f-strings:
``InputRejected("There is no case {reference} in this vault.", reference=ref)``. The desktop app
installs a translator (``set_translator``, Qt Linguist context "Messages"); ``exc.message`` and
``localized()`` then give the user's language, while ``str(exc)`` and the CLI stay English.
``python -m ui.i18n.extract`` finds the templates for the translators.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str], str]


def _english(text: str) -> str:
    return text


_translate: Translator = _english


def set_translator(translate: Translator | None) -> None:
    """Use ``translate`` (English template -> the user's language) for every message; None: English."""
    global _translate
    _translate = translate or _english


def template(text: str, /) -> str:
    """Mark ``text`` as a message template kept in a table (shown later through ``localized`` or an error):
    ``python -m ui.i18n.extract`` finds it for the translators. Returns it unchanged."""
    return text


def localized(text: str, /, **params: object) -> str:
    """``text`` in the user's language, with ``{name}`` filled in from ``params`` (formatted only when given)."""
    template = _translate(text)
    return template.format(**params) if params else template


class SaksiError(Exception):
    """An expected, environmental error with a message fit for the user.

    ``message`` is read when it is shown, so it is in the language of that moment.
    """

    exit_code = 1
    sqlite_error: Exception | None = None  # the database error this was mapped from (storage.db.translate)

    def __init__(self, message: str, /, **params: object) -> None:
        super().__init__(message.format(**params) if params else message)
        self.template, self.params = message, params

    @property
    def message(self) -> str:
        return localized(self.template, **self.params)


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


class ReadOnlyMedia(SaksiError):
    """The vault's folder or disk cannot be written (read-only media, no permission)."""

    exit_code = 1


class KeyringUnavailable(SaksiError):
    """The OS keyring cannot safely hold a 'remember on this device' key."""

    exit_code = 1
