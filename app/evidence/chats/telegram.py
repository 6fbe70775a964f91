"""Telegram Desktop "Export chat history" in JSON: result.json beside photos/, files/, voice_messages/...

One chat's export has ``name``, ``type``, ``id`` and ``messages``; each message has ``id``, ``type``
(``message`` or ``service``), ``date`` (ISO, the exporting computer's local time), ``from``, ``text`` (a
string, or a list of strings and entities such as ``{"type": "text_link", "text": "here", "href": ...}``),
and optionally ``edited``, ``reply_to_message_id``, ``forwarded_from``, ``photo``, ``file``, ``actor`` and
``action``. Media paths are relative to the export folder; a path that leaves it is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app.evidence.chats.model import Chat, MediaSource, Message, NotAChat

MAX_JSON_BYTES = 512 * 1024 * 1024
MAX_MESSAGE_CHARS = 100_000
NOT_INCLUDED = "(File not included."  # Telegram writes this where media were left out of the export
MEDIA_KEYS = ("photo", "file", "thumbnail")


def looks_like(head: bytes) -> bool:
    """The start of a Telegram result.json: a JSON object naming a chat and its messages."""
    text = head[:4096].decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
    return text.startswith("{") and '"messages"' in head.decode("utf-8", errors="replace") and '"type"' in text


def parse(data: bytes, media: Callable[[str], MediaSource | None]) -> Chat:
    """The chat in ``data`` (result.json); ``media`` finds a file named by a message inside the export."""
    try:
        document = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise NotAChat("The file is not UTF-8 text, so it is not a Telegram export.") from None
    except (json.JSONDecodeError, RecursionError) as exc:
        raise NotAChat(
            "The JSON is broken ({problem}), so it cannot be read as a Telegram export.",
            problem=getattr(exc, "msg", "too deeply nested"),
        ) from None
    if isinstance(document, dict) and "chats" in document and "messages" not in document:
        raise NotAChat(
            "This is a whole Telegram account export; export one chat at a time (Export chat history, JSON)."
        )
    if not isinstance(document, dict) or not isinstance(document.get("messages"), list):
        raise NotAChat("The JSON has no list of messages, so it is not a Telegram chat export.")
    if document["messages"] and not any(_telegrams(raw) for raw in document["messages"][:50]):
        raise NotAChat(
            "The JSON has a list of messages, but not as Telegram writes them (an id, a type and a date), so it is not a Telegram chat export."
        )
    chat = Chat(format="telegram-desktop", title=_text(document.get("name")))
    by_id: dict[str, int] = {}
    replies: list[tuple[Message, str]] = []
    for raw in document["messages"]:
        if not isinstance(raw, dict):
            _warn(chat, "not-a-message")
            continue
        message = _message(len(chat.messages) + 1, raw, chat, media)
        chat.messages.append(message)
        by_id[message.source_id] = message.seq
        if raw.get("reply_to_message_id") is not None:
            replies.append((message, str(raw["reply_to_message_id"])))
    for message, target in replies:
        message.reply_to = by_id.get(target)
        if message.reply_to is None:
            _warn(chat, "reply-outside-export")
    if not chat.messages and "id" not in document:
        raise NotAChat("The JSON has no list of messages, so it is not a Telegram chat export.")
    return chat


def _telegrams(raw: Any) -> bool:
    """A message as Telegram Desktop writes one (another app's "messages" list is not read as Telegram's)."""
    return isinstance(raw, dict) and "id" in raw and raw.get("type") in ("message", "service") and "date" in raw


def _warn(chat: Chat, code: str) -> None:
    if code not in chat.warnings:
        chat.warnings.append(code)


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def _message(seq: int, raw: dict[str, Any], chat: Chat, media: Callable[[str], MediaSource | None]) -> Message:
    text, entities = flatten(raw.get("text", ""))
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS - 3] + "[…]"
        _warn(chat, "long-message")
    service = raw.get("type") == "service"
    message = Message(
        seq,
        _time(raw.get("date")),
        _text(raw.get("actor") if service else raw.get("from")),
        text,
        kind="service" if service else "message",
        forwarded_from=_text(raw.get("forwarded_from")),
        edited=_time(raw.get("edited")),
        source_id=_text(raw.get("id")),
        raw_time=_text(raw.get("date")),
        entities=entities,
    )
    if service:
        action = _text(raw.get("action")).replace("_", " ")
        message.text = "\n".join(p for p in (action, _text(raw.get("title")), message.text) if p)
    for key in MEDIA_KEYS[:2]:
        path = raw.get(key)
        if isinstance(path, str) and path:
            _attach(message, path, chat, media)
            break
    return message


def _attach(message: Message, path: str, chat: Chat, media: Callable[[str], MediaSource | None]) -> None:
    if path.startswith(NOT_INCLUDED):
        message.media_omitted = True
        return
    message.attachment = path
    found = media(path)
    if found is None:
        chat.missing_media.append(path)
    else:
        chat.media[path] = found


def _time(value: Any) -> str:
    text = _text(value)
    return text if len(text) >= 16 and text[4] == "-" and text[10] == "T" else ""


def flatten(value: Any) -> tuple[str, list[dict[str, str]]]:
    """Telegram's text (a string or a list of strings and entities) as plain text, and the entities that
    carry more than their text: links, hidden link targets, mentions, phone numbers, e-mails."""
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        return _text(value), []
    pieces: list[str] = []
    entities: list[dict[str, str]] = []
    for part in value:
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict):
            text = _text(part.get("text"))
            pieces.append(text)
            kind = _text(part.get("type"))
            if kind in {"link", "text_link", "mention", "mention_name", "phone", "email", "hashtag", "cashtag"}:
                entity = {"type": kind, "text": text}
                if part.get("href"):
                    entity["href"] = _text(part["href"])
                if part.get("user_id") is not None:
                    entity["user_id"] = _text(part["user_id"])
                entities.append(entity)
    return "".join(pieces), entities
