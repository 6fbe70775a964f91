"""Actions used from more than one evidence screen: exporting a working copy."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.evidence.locker import working_copy_name
from storage.evidence import Item
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.evidence.common import thread_locker, translate


def export_working_copy(
    owner: QWidget, vault: Vault, item: Item, on_done: Callable[[Path], None] | None = None
) -> jobs.Job[Path] | None:
    """Confirm, choose where, write the copy off the GUI thread; the export is recorded in the custody log."""
    if not vault.user.may_export:
        dialogs.warn(
            owner,
            translate("Evidence", "Export"),
            translate("Evidence", "Your role does not allow exporting evidence. Ask a lawyer or an admin."),
        )
        return None
    sure = dialogs.confirm(
        owner,
        translate("Evidence", "Export a working copy"),
        translate(
            "Evidence",
            "This writes a copy of {label} outside the encrypted vault, to a place you choose. Anyone who can open "
            "that folder can open the copy. The export is recorded in the exhibit's chain of custody. Delete the "
            "copy when you no longer need it.",
        ).format(label=item.label),
        translate("Evidence", "Choose where…"),
    )
    if not sure:
        return None
    target = dialogs.choose_save_file(owner, translate("Evidence", "Save a working copy"), working_copy_name(item), "")
    if target is None:
        return None

    def work(_report: jobs.Progress) -> Path:
        with thread_locker(vault) as locker:
            return locker.export_working_copy(item, target)

    def done(path: Path) -> None:
        dialogs.inform(
            owner,
            translate("Evidence", "Export"),
            translate("Evidence", "The working copy was saved as:\n{path}").format(path=path),
        )
        if on_done is not None:
            on_done(path)

    return vault_ops.write(owner, vault, work, done, label=translate("Evidence", "Exporting a working copy…"))
