"""Facts that need neither SQLCipher nor the key file: the user roles and Saksi's version.

They live apart from storage.vault so the command line can build its parser (``saksi --version``,
``--help``, ``--role`` choices) without loading the vault's libraries; storage.vault re-exports them.
"""

from __future__ import annotations

ROLES = ("admin", "lawyer", "paralegal")


def app_version() -> str:
    try:
        from importlib.metadata import version

        return version("saksi")
    except Exception:  # noqa: BLE001 - running from a source tree without metadata
        return "dev"
