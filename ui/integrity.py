"""The vault's integrity in the desktop app: a banner over the workspace and the background full check.

Unlock runs a quick probe (storage/integrity.py). When it had no time to read every page, the full check
runs here on a worker thread with its own connection, so the workspace stays usable meanwhile; if pages
fail authentication the vault refuses every write from then on (the same refusal the CLI gives) and the
banner says so. A full or read-only disk shows the same banner with its own words: reading works.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QThreadPool, Signal

from storage import integrity
from storage.errors import VaultDamaged
from storage.vault import Vault


def banner_text(vault: Vault) -> str:
    """What the banner says for this vault now ("" when nothing is wrong)."""
    if vault.read_only is None:
        return ""
    if isinstance(vault.read_only, VaultDamaged):
        return vault.read_only.message
    return " ".join(vault.notes) or vault.read_only.message


class BackgroundCheck(QObject):
    """Runs ``vault.background_check`` once on the thread pool; ``finished`` comes back on the GUI thread."""

    finished = Signal(object, object)  # the vault checked, its problems (list of str)

    def start(self, vault: Vault) -> bool:
        if vault.integrity != integrity.UNFINISHED:
            return False
        QThreadPool.globalInstance().start(lambda: self._run(vault))
        return True

    def _run(self, vault: Vault) -> None:
        try:
            problems = vault.background_check()
        except Exception as exc:  # noqa: BLE001 - a damaged page can fail the open itself: that is the answer
            problems = [str(exc)]
        self.finished.emit(vault, problems)
