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


# Readings of the evidence that a vault written by an older Saksi runs once after the upgrade (meta key and the
# version of the reading; app/evidence/identifiers_index.py, app/evidence/chat_upgrade.py). A new vault is born with them done.
IDENTIFIERS_INDEX = "1"
CHATS_READING = "2"  # 2: texts with bytes that are not UTF-8, UTF-16 exports
BORN_READ = (("identifiers_index", IDENTIFIERS_INDEX), ("chats_reread", CHATS_READING))
