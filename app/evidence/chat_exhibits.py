"""Chat exports as exhibits: the export kept whole (kind ``chat``), each media file a child exhibit (E-3.1)
linked to its message, the messages stored and searchable, the date order shown and correctable.

Everything of one export is one transaction: if a media file cannot be read to the end (a damaged zip
member, an unplugged drive), nothing of the chat is stored and the caller keeps the export as a plain
exhibit with the reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.evidence.chats import Chat, NotAChat, whatsapp
from app.evidence.chats.model import MediaSource
from storage import audit
from storage import chats as chat_store
from storage import evidence as store
from storage.db import Connection, transaction
from storage.errors import InputRejected, SaksiError
from storage.evidence import Item, Provenance
from storage.vault import Vault

if TYPE_CHECKING:
    from app.cases.model import Fact

ORDERS = ("DMY", "MDY", "YMD")


@dataclass(frozen=True)
class ChatQuote:
    """A message quoted into a fact or a filing, with where it is in the evidence."""

    exhibit: str
    seq: int
    time: str
    sender: str
    text: str

    @property
    def reference(self) -> str:
        """``E-3 #12``: the exhibit and the message's number in the export."""
        return f"{self.exhibit} #{self.seq}"

    def line(self) -> str:
        when = self.time.replace("T", " ") if self.time else "?"
        return f"[{self.reference}, {when}] {self.sender or '-'}: {self.text}"


def store_chat(
    conn: Connection,
    actor: str,
    *,
    case_id: str,
    export: tuple[str, str, int],
    filename: str,
    mime: str,
    provenance: Provenance,
    chat: Chat,
    extra_files: list[tuple[str, MediaSource]],
) -> str:
    """Inside the caller's transaction: the chat exhibit, its media as child exhibits, its messages."""
    item_id = store.insert_item(
        conn, actor, case_id=case_id, blob=export, filename=filename, mime=mime, kind="chat", provenance=provenance
    )
    chat_item = store.get_item(conn, item_id, with_provenance=False)
    assert chat_item is not None
    attach_chat(conn, actor, chat_item, chat, extra_files, provenance)
    return item_id


def attach_chat(
    conn: Connection,
    actor: str,
    chat_item: Item,
    chat: Chat,
    extra_files: list[tuple[str, MediaSource]],
    provenance: Provenance,
    *,
    existing: dict[str, str] | None = None,
    reread_from: str = "",
) -> None:
    """Inside the caller's transaction: ``chat``'s media as child exhibits of ``chat_item``, its messages and
    its summary. ``existing``: attachment names that are already exhibits of the case (id), linked instead
    of stored again; ``reread_from``: the kind the exhibit had before it was read again as a chat."""
    item_id = chat_item.id
    first_message = {m.attachment: m.seq for m in reversed(chat.messages) if m.attachment}
    attachment_ids: dict[str, str] = dict(existing or {})
    for name, source in [*chat.media.items(), *extra_files]:
        if name in attachment_ids:
            continue
        attachment_ids[name] = _store_media(conn, actor, chat_item, name, source, first_message.get(name), provenance)
    rows = [_row(m, attachment_ids) for m in chat.messages]
    chat_store.insert_messages(conn, item_id, rows)
    conn.execute(
        "UPDATE evidence SET metadata = ? WHERE id = ?",
        (json.dumps({"chat": chat.summary()}, ensure_ascii=False), item_id),
    )
    detail: dict[str, Any] = {
        "exhibit": chat_item.label,
        "format": chat.format,
        "messages": len(chat.messages),
        "media": len(attachment_ids) - len(existing or {}),
        "date_order": chat.date_order,
        "date_order_reason": chat.date_order_reason,
    }
    if reread_from:
        detail |= {"reread_from": reread_from, "linked_exhibits": len(existing or {})}
    audit.append(conn, actor, "evidence.chat", f"evidence:{item_id}", detail)


def _row(message: Any, attachment_ids: dict[str, str]) -> dict[str, Any]:
    return {
        "seq": message.seq,
        "time": message.time,
        "raw_time": message.raw_time,
        "sender": message.sender,
        "text": message.text,
        "kind": message.kind,
        "attachment": message.attachment,
        "attachment_id": attachment_ids.get(message.attachment),
        "media_omitted": message.media_omitted,
        "reply_to": message.reply_to,
        "forwarded_from": message.forwarded_from,
        "edited": message.edited,
        "source_id": message.source_id,
        "extra": {"entities": message.entities} if message.entities else {},
    }


def _store_media(
    conn: Connection,
    actor: str,
    chat_item: Item,
    name: str,
    source: MediaSource,
    message_seq: int | None,
    provenance: Provenance,
) -> str:
    from app.evidence.locker import HEAD_BYTES, sniff

    try:
        with source.open() as stream:
            head = stream.read(HEAD_BYTES)
        with source.open() as stream:
            blob = store.store_stream(conn, stream)[:3]
    except SaksiError:
        raise
    except Exception as exc:
        raise NotAChat(
            "A file of the export could not be read to the end ({name}); nothing of the chat was stored.", name=name
        ) from exc
    mime, kind = sniff(head)
    derivation = {"op": "chat attachment", "name": name, "message": message_seq, "re_encoded": False}
    return store.insert_item(
        conn,
        actor,
        case_id=chat_item.case_id,
        blob=blob,
        filename=Path(name).name,
        mime=mime,
        kind=kind,
        provenance=Provenance(
            received_from=provenance.received_from,
            received_on=provenance.received_on,
            via=provenance.via,
            source_app=provenance.source_app,
            description=f"attachment of {chat_item.label}" + (f", message #{message_seq}" if message_seq else ""),
            source_path=name,
        ),
        original=chat_item,
        derivation=derivation,
    )


# ----------------------------------------------------------------------------- reading and correcting
def chat_summary(item: Item) -> dict[str, Any]:
    summary = item.metadata.get("chat")
    return summary if isinstance(summary, dict) else {}


def hidden_links(extra: dict[str, Any]) -> list[tuple[str, str]]:
    """(text shown, where it goes) for each link of a message whose target its text does not show: Telegram's
    "Apply here" with the recruiter's site behind "here". Shown beside the message, never left out of a quote."""
    found = []
    for entity in extra.get("entities", []) if isinstance(extra.get("entities"), list) else []:
        href = str(entity.get("href", "")) if isinstance(entity, dict) else ""
        if href and href != entity.get("text"):
            found.append((str(entity.get("text", "")), href))
    return found


def is_chat(item: Item) -> bool:
    return item.kind == "chat"


def is_attachment(item: Item) -> bool:
    return not item.is_original and item.derivation.get("op") == "chat attachment"


def set_date_order(conn: Connection, actor: str, item: Item, order: str) -> None:
    """The lawyer's choice of date order for a WhatsApp export: every message's time is read again."""
    summary = chat_summary(item)
    if not summary:
        raise InputRejected("{label} is not a chat export.", label=item.label)
    if not str(summary.get("format", "")).startswith("whatsapp"):
        raise InputRejected("The dates of a Telegram export are written in full; there is no order to choose.")
    order = order.upper()
    if order not in ORDERS:
        raise InputRejected("A date order is DMY, MDY or YMD, not {order}.", order=order)
    if order not in summary.get("date_order_choices", ORDERS):
        raise InputRejected(
            "The dates of {label} cannot be read as {order}: some would not be real dates.",
            label=item.label,
            order=order,
        )
    old = str(summary.get("date_order", ""))
    with transaction(conn):
        chat_store.retime(conn, actor, item.id, item.label, old, order, whatsapp.reread)
        summary = {**summary, "date_order": order, "date_order_reason": "chosen", "date_order_chosen_by": actor}
        times = [m.time for m in chat_store.messages(conn, item.id) if m.time]
        summary["first"], summary["last"] = (min(times), max(times)) if times else ("", "")
        metadata = {**item.metadata, "chat": summary}
        conn.execute(
            "UPDATE evidence SET metadata = ? WHERE id = ?", (json.dumps(metadata, ensure_ascii=False), item.id)
        )


def quote(conn: Connection, item: Item, seqs: list[int]) -> list[ChatQuote]:
    found = []
    for seq in seqs:
        message = chat_store.message(conn, item.id, seq)
        if message is None:
            raise InputRejected("{label} has no message #{seq}.", label=item.label, seq=seq)
        found.append(ChatQuote(item.label, seq, message.time, message.sender, message.text))
    return found


def quote_into_fact(vault: Vault, reference: str, item: Item, seqs: list[int]) -> Fact:
    """A new fact quoting the messages (exhibit and message numbers in the text and in ``quotes``), dated by
    the first of them (marked approximate when they span several days), supported by the chat exhibit. The
    lawyer then weighs, tags and edits it like any fact."""
    from app.cases.case_files import CaseFiles
    from app.cases.model import Fact, QuotedMessage, When

    if not seqs:
        raise InputRejected("Choose the messages to quote.")
    quotes = quote(vault.conn, item, sorted(set(seqs)))
    files = CaseFiles(vault)
    case, version = files.load(reference)
    if case.id != item.case_id:
        raise InputRejected("{label} is not an exhibit of case {reference}.", label=item.label, reference=reference)
    days = sorted({q.time[:10] for q in quotes if q.time})
    fact = Fact(  # confidence: the default any new fact has, until the lawyer weighs it
        when=When(date=days[0] if days else "", approximate=len(days) > 1),  # messages of several days: from the first
        statement="\n".join(q.line() for q in quotes),
        source="document",
        evidence_ids=[item.id],
        quotes=[QuotedMessage(evidence_id=item.id, seq=q.seq) for q in quotes],
    )
    case.facts.append(fact)
    files.save(case, version)
    return fact
