"""What the chat viewer does for the lawyer, off the GUI thread: quote messages into a fact, write a
transcript PDF (an audited export), read the dates in another order."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QWidget

from app.common.exports import safe_name
from app.evidence.chat_exhibits import quote_into_fact
from app.writers.chat_transcript import export_transcript
from storage.evidence import Item
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.evidence.chat_view import ChatPane
from ui.evidence.common import thread_locker, translate


def pane(owner: QDialog, vault: Vault, item: Item, chat: tuple[list[Any], dict[str, str]], reference: str) -> QWidget:
    messages, labels = chat
    view = ChatPane(item, messages, labels, vault.user.may_export)
    view.quote_requested.connect(lambda seqs: quote(owner, vault, item, reference, seqs))
    view.transcript_requested.connect(lambda seqs: transcript(owner, vault, item, reference, seqs))
    view.date_order_requested.connect(lambda order: date_order(owner, vault, item, order))
    return view


def quote(owner: QWidget, vault: Vault, item: Item, reference: str, seqs: list[int]) -> None:
    def work(_report: jobs.Progress) -> str:
        with thread_locker(vault) as locker:
            return quote_into_fact(locker.vault, reference, item, seqs).statement

    def done(statement: str) -> None:
        dialogs.inform(
            owner,
            translate("Chat", "Quoted into a fact"),
            translate(
                "Chat", "A fact of case {reference} now quotes these messages, supported by {label}:\n\n{text}"
            ).format(reference=reference, label=item.label, text=statement),
        )

    vault_ops.write(owner, vault, work, done, label=translate("Chat", "Adding the fact…"))


def transcript(owner: QWidget, vault: Vault, item: Item, reference: str, seqs: list[int]) -> None:
    suggested = safe_name(f"{reference}-{item.label}-transcript") + ".pdf"
    target = dialogs.choose_save_file(owner, translate("Chat", "Save the transcript"), suggested, "PDF (*.pdf)")
    if target is None:
        return

    def work(_report: jobs.Progress) -> str:
        with thread_locker(vault) as locker:
            return str(export_transcript(locker.vault, reference, item, target, seqs or None))

    def done(path: str) -> None:
        dialogs.inform(
            owner,
            translate("Chat", "Transcript written"),
            translate(
                "Chat", "{path}\n\nThe export was recorded in the custody log. The PDF is not encrypted: keep it safe."
            ).format(path=path),
        )

    vault_ops.write(owner, vault, work, done, label=translate("Chat", "Writing the transcript…"))


def date_order(owner: QDialog, vault: Vault, item: Item, order: str) -> None:
    def work(_report: jobs.Progress) -> None:
        with thread_locker(vault) as locker:
            locker.set_date_order(item, order)

    def done(_result: None) -> None:
        dialogs.inform(
            owner,
            translate("Chat", "Dates read again"),
            translate(
                "Chat", "Every message of {label} now has its date read the new way. Open it again to see them."
            ).format(label=item.label),
        )
        owner.close()

    vault_ops.write(owner, vault, work, done, label=translate("Chat", "Reading the dates again…"))
