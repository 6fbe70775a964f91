"""The vault's integrity in the desktop app: a banner over the workspace and the background full check.

Unlock runs a quick probe (storage/integrity.py). When it had no time to read every page, the full check
runs here on a worker thread with its own connection, so the workspace stays usable meanwhile; if pages
fail authentication the vault refuses every write from then on (the same refusal the CLI gives) and the
banner says so. A full or read-only disk shows the same banner with its own words: reading works.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from storage import integrity
from storage.errors import VaultDamaged
from storage.vault import Vault
from ui import vault_ops


def banner_text(vault: Vault) -> str:
    """What the banner says for this vault now ("" when nothing is wrong)."""
    if vault.read_only is None:
        return ""
    if isinstance(vault.read_only, VaultDamaged):
        return vault.read_only.message
    return " ".join(vault.notes) or vault.read_only.message


class BackgroundCheck(QObject):
    """Runs ``vault.background_check`` once through the vault's runner (quiet: a lock or a key rotation stops
    it, and a stopped check is no verdict); ``finished`` comes back on the GUI thread."""

    finished = Signal(object, object)  # the vault checked, its problems (list of str)

    def start(self, vault: Vault) -> bool:
        if vault.integrity != integrity.UNFINISHED:
            return False
        return vault_ops.runner(vault).background(
            lambda stopped: vault_ops.own(vault).background_check(stopped),
            lambda problems: self._done(vault, problems),
        )

    def _done(self, vault: Vault, problems: list[str] | None) -> None:
        if problems is not None:
            self.finished.emit(vault, problems)
