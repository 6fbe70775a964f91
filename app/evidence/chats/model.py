"""What a parsed chat export is: messages with times, senders, text, attachments (no Qt, no storage)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import IO, Any

from storage.errors import InputRejected


@dataclass
class Message:
    seq: int  # 1-based position in the export
    time: str  # ISO 8601 as the export shows it (local time of the exporting phone, no zone), "" if unknown
    sender: str  # "" for system and service messages
    text: str
    kind: str = (
        "message"  # message, system (WhatsApp), service (Telegram), deleted (WhatsApp's notice, with its sender)
    )
    attachment: str = ""  # the file name inside the export, as the message names it
    media_omitted: bool = False  # WhatsApp "<Media omitted>": the phone exported no file
    reply_to: int | None = None  # seq of the message replied to
    forwarded_from: str = ""
    edited: str = ""  # ISO time of the last edit (Telegram)
    source_id: str = ""  # the export's own message id (Telegram)
    raw_time: str = ""  # the date and time exactly as written, for re-reading with another date order
    line: int = 0  # line number in a WhatsApp .txt
    entities: list[dict[str, str]] = field(default_factory=list)  # Telegram: links, hidden link targets, mentions

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "sender": self.sender,
            "text": self.text,
            "kind": self.kind,
            "attachment": self.attachment or None,
            "media_omitted": self.media_omitted,
            "reply_to": self.reply_to,
            "forwarded_from": self.forwarded_from or None,
            "edited": self.edited or None,
            "entities": self.entities,
        }


@dataclass(frozen=True)
class MediaSource:
    """One file of the export, opened only when it is stored (a zip member or a file beside result.json)."""

    name: str
    size: int
    open: Callable[[], IO[bytes]]


@dataclass
class Chat:
    format: str  # whatsapp-android, whatsapp-ios, telegram-desktop
    title: str = ""
    messages: list[Message] = field(default_factory=list)
    date_order: str = ""  # DMY, MDY or YMD (WhatsApp); "" when the export has ISO dates
    date_order_reason: str = ""  # why that order was chosen (shown to the lawyer, who may change it)
    date_order_choices: list[str] = field(default_factory=list)  # orders the file is consistent with
    media: dict[str, MediaSource] = field(default_factory=dict)  # attachment name -> its bytes in the export
    missing_media: list[str] = field(default_factory=list)  # named by a message, not in the export
    warnings: list[str] = field(default_factory=list)
    encoding: str = ""  # utf-8 or utf-16 (WhatsApp); Telegram writes UTF-8 JSON
    undecodable_bytes: int = 0  # bytes of the file that are not text in its encoding (each read as U+FFFD)

    def summary(self) -> dict[str, Any]:
        senders: list[str] = []
        for message in self.messages:
            if message.sender and message.sender not in senders:
                senders.append(message.sender)
        times = [m.time for m in self.messages if m.time]
        return {
            "format": self.format,
            "title": self.title,
            "messages": len(self.messages),
            "senders": senders,
            "first": min(times) if times else "",
            "last": max(times) if times else "",
            "date_order": self.date_order,
            "date_order_reason": self.date_order_reason,
            "date_order_choices": self.date_order_choices,
            "media": len(self.media),
            "missing_media": self.missing_media,
            "warnings": self.warnings,
            "encoding": self.encoding,
            "undecodable_bytes": self.undecodable_bytes,
        }


class NotAChat(InputRejected):
    """The file is not a chat export Saksi reads; the message says why (it is kept as a plain exhibit)."""
