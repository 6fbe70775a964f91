"""Exhibits imported before Saksi read chats, read again as chats: a WhatsApp .txt or .zip, a Telegram
result.json kept as a plain text or file exhibit becomes a ``chat`` exhibit with its messages.

The stored bytes are not touched: the exhibit keeps its blob, SHA-256, number and custody; what changes is
its kind, its messages, its summary, and (for a .zip) child exhibits for the media inside it. Media that were
imported beside the chat as exhibits of their own (the files of an unzipped export, added one by one) are
linked to their messages by file name instead of being stored twice. Each exhibit is one transaction and one
custody entry (``evidence.chat`` with ``reread_from``).

Runs once after an upgrade (``meta.chats_reread`` holds the version of the reading that ran; the app does it
with progress on unlock, the CLI on ``evidence`` and ``identifiers`` commands), and on request for one
exhibit (``saksi evidence reread``, the evidence tab's "Read as a chat"). Reading 2 also takes in texts with
a few bytes that are not UTF-8 and UTF-16 exports (kept as unknown bytes before); an exhibit that looks like an
export but cannot be read gets the reason and the ``evidence.not_a_chat`` custody entry, as an import does.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePosixPath

from app.evidence import chats
from app.evidence.chat_exhibits import attach_chat
from app.evidence.identifiers_index import ensure_indexed, index_item
from storage import evidence as store
from storage.db import Connection, scalar, transaction
from storage.errors import DiskFull, InputRejected, ReadOnlyMedia, SaksiError
from storage.evidence import Item, Provenance
from storage.meta import CHATS_READING
from storage.vault import Vault

READING_VERSION = CHATS_READING
_KINDS = ("text", "other")  # what sniff() called chat exports before there were chat exhibits


@dataclass(frozen=True)
class Reread:
    item: Item
    chat: bool  # read as a chat now
    reason: str = ""  # why not, when it looked like one


def candidates(conn: Connection) -> list[str]:
    """Original, live exhibits of the kinds chat exports were kept as, with no messages yet."""
    types = (*chats.CANDIDATE_TYPES, chats.UNKNOWN_TYPE)
    marks = ",".join("?" * len(types))
    rows = conn.execute(
        "SELECT e.id, e.mime, e.filename FROM evidence e"
        " WHERE e.deleted_at IS NULL AND e.original_id IS NULL AND e.blob_id IS NOT NULL"
        f" AND e.kind IN (?, ?) AND e.mime IN ({marks})"
        " AND NOT EXISTS (SELECT 1 FROM chat_messages m WHERE m.evidence_id = e.id) ORDER BY e.case_id, e.exhibit_no",
        (*_KINDS, *types),
    )
    return [r[0] for r in rows if chats.may_be_export(r[1], r[2])]


def may_be_read(item: Item) -> bool:
    """Could this exhibit be read again as a chat (the CLI's default choice, the app's "Read as a chat")?"""
    return (
        item.deleted_at is None
        and item.is_original
        and item.blob_id is not None
        and item.kind in _KINDS
        and chats.may_be_export(item.mime, item.filename)
    )


def reread(vault: Vault, item: Item) -> Reread:
    """Read one exhibit again as a chat. Not a chat: nothing changes (``reason`` says why when it looked like
    one but could not be read)."""
    conn = vault.conn
    if item.kind == "chat":
        raise InputRejected("{label} is already read as a chat.", label=item.label)
    if not item.is_original or item.blob_id is None or item.deleted_at:
        raise InputRejected("Only an original exhibit can be read as a chat; {label} is not one.", label=item.label)
    with store.open_blob(conn, item.blob_id) as stream:  # open while the media of a .zip are stored
        try:
            chat = chats.recognise(stream, item.filename, item.size)  # type: ignore[arg-type]  # seekable binary
        except chats.NotAChat as exc:
            _record_refusal(vault, item, str(exc))
            return Reread(store.get_item(conn, item.id) or item, False, exc.message)
        if chat is None:
            return Reread(item, False)
        existing = _media_already_exhibits(conn, item, chat)
        provenance = item.provenance[0].provenance if item.provenance else Provenance()
        with transaction(conn):
            conn.execute("UPDATE evidence SET kind = 'chat', preview = '', thumbnail = NULL WHERE id = ?", (item.id,))
            attach_chat(conn, vault.user.name, item, chat, [], provenance, existing=existing, reread_from=item.kind)
    index_item(conn, item.id)
    found = store.get_item(conn, item.id)
    assert found is not None
    return Reread(found, True)


def _record_refusal(vault: Vault, item: Item, reason: str) -> None:
    """The reason an exhibit that looks like a chat export is kept as a plain file, as an import records it
    (``not_a_chat`` in its metadata, shown instead of a preview, and a custody entry); once per reason."""
    if item.metadata.get("not_a_chat") == reason or vault.read_only is not None:
        return
    conn = vault.conn
    metadata = {**item.metadata, "not_a_chat": reason}
    with transaction(conn):
        conn.execute(
            "UPDATE evidence SET metadata = ?, preview = ? WHERE id = ?",
            (json.dumps(metadata, ensure_ascii=False), reason, item.id),
        )
        store.record(conn, vault.user.name, "evidence.not_a_chat", item, {"reason": reason})


def _media_already_exhibits(conn: Connection, chat_item: Item, chat: chats.Chat) -> dict[str, str]:
    """Attachment name -> exhibit id, for the files messages name that are already exhibits of the case (same
    file name, or the same base name of a Telegram ``photos/...`` path), when the chat did not carry them."""
    by_name: dict[str, str] = {}
    for other in store.items_of_case(conn, chat_item.case_id):
        if other.id != chat_item.id and other.is_original:
            by_name.setdefault(other.filename, other.id)
    found = {}
    for message in chat.messages:
        name = message.attachment
        if name and name not in chat.media and name not in found:
            match = by_name.get(name) or by_name.get(PurePosixPath(name).name)
            if match:
                found[name] = match
    return found


def pending(conn: Connection) -> bool:
    return str(scalar(conn, "SELECT value FROM meta WHERE key = 'chats_reread'") or "") != READING_VERSION


def reread_all(vault: Vault, progress: Callable[[int, int], None] | None = None) -> list[Reread]:
    """Every candidate exhibit of the vault, then the mark that it ran. A damaged exhibit is left as it is."""
    conn = vault.conn
    todo = candidates(conn)
    done: list[Reread] = []
    for number, item_id in enumerate(todo, start=1):
        item = store.get_item(conn, item_id)
        if item is not None:
            try:
                done.append(reread(vault, item))
            except (DiskFull, ReadOnlyMedia):
                raise  # no room to write: stop, unmarked, and try again next time
            except SaksiError as exc:  # a damaged blob, an odd file: left as it is (verify names damage)
                done.append(Reread(item, False, exc.message))
        if progress:
            progress(number, len(todo))
    with transaction(conn):
        conn.execute(
            "INSERT INTO meta(key, value) VALUES ('chats_reread', ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (READING_VERSION,),
        )
    return done


def catch_up(vault: Vault, progress: Callable[[int, int], None] | None = None) -> bool:
    """After an upgrade, once: old chat exports read as chats, then the identifier index built. True if
    anything ran. Nothing is written to a read-only session."""
    if vault.read_only is not None:
        return False
    ran = False
    if pending(vault.conn):
        reread_all(vault, progress)
        ran = True
    return ensure_indexed(vault, progress) or ran


def needs_catch_up(vault: Vault) -> bool:
    from storage import identifiers as identifier_store

    return pending(vault.conn) or identifier_store.indexed_version(vault.conn) != identifier_store.INDEX_VERSION
