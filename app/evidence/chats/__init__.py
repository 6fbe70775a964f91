"""Chat exports as clients bring them: WhatsApp (.txt, .zip with media, or an unzipped folder) and Telegram
Desktop (result.json with its media folders).

``recognise`` decides from the content whether a file is a chat export and reads it; a file that looks like
one but cannot be read safely raises ``NotAChat`` with the reason, and is then kept as a plain exhibit. The
export itself is always stored byte for byte; what is read here only indexes it.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from app.evidence.chats import telegram, whatsapp
from app.evidence.chats.archive import SafeZip, is_zip
from app.evidence.chats.model import Chat, MediaSource, Message, NotAChat

__all__ = [
    "Chat",
    "FolderExport",
    "MediaSource",
    "Message",
    "NotAChat",
    "decode",
    "folder_export",
    "may_be_export",
    "named_like_export",
    "recognise",
]

CANDIDATE_TYPES = ("application/zip", "application/json", "text/plain", "application/x-empty")
UNKNOWN_TYPE = "application/octet-stream"  # what sniff() calls a text with bytes that are not UTF-8, or UTF-16
MAX_TEXT_BYTES = 256 * 1024 * 1024  # a longer .txt is kept as a plain file, with this reason
MAX_FOLDER_FILES = 20_000


@dataclass(frozen=True)
class FolderExport:
    """An export unpacked into a folder: the file that is the chat, and the folder its media are in."""

    chat_file: Path
    folder: Path
    others: list[Path] = field(default_factory=list)  # files of the folder that are not the chat file


def folder_export(folder: Path) -> FolderExport | None:
    """A Telegram export folder (result.json at its top) or an unzipped WhatsApp export (one chat .txt)."""
    try:
        top = sorted(p for p in folder.iterdir() if p.is_file())
    except OSError:
        return None
    candidates = [p for p in top if p.name == "result.json"] or [p for p in top if p.suffix.lower() == ".txt"]
    for candidate in candidates:
        head = _head(candidate)
        is_chat = (
            telegram.looks_like(head)
            if candidate.suffix == ".json"
            else whatsapp.looks_like(
                decode(head)[0], bool(named_like_export(candidate.name)), len(head) < whatsapp.SNIFF_BYTES
            )
        )
        if is_chat:
            others = [p for p in sorted(folder.rglob("*")) if p.is_file() and p != candidate][:MAX_FOLDER_FILES]
            return FolderExport(candidate, folder, others)
    return None


def named_like_export(filename: str) -> str:
    """``whatsapp`` or ``telegram`` when the file's name is one those apps give their exports
    (``WhatsApp Chat with Dara.txt``, ``_chat.txt``, ``WhatsApp Chat - Dara.zip``, ``result.json``), else ""."""
    name = Path(filename).name.lower()
    if name == "result.json":
        return "telegram"
    if name == "_chat.txt" or ("whatsapp" in name and name.endswith((".txt", ".zip"))):
        return "whatsapp"
    return ""


def may_be_export(mime: str, filename: str) -> bool:
    """Is a file of this sniffed type and name worth reading as a chat export? A text with a few bytes that
    are not UTF-8, or a UTF-16 export, is sniffed as unknown bytes: its name (.txt, .json) keeps it in."""
    if mime in CANDIDATE_TYPES:
        return True
    suffix = Path(filename).suffix.lower()
    return mime == UNKNOWN_TYPE and (suffix in (".txt", ".json") or bool(named_like_export(filename)))


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as stream:
            return stream.read(whatsapp.SNIFF_BYTES)
    except OSError:
        return b""


_ESCAPED = re.compile("[\udc80-\udcff]")  # one per byte that is not UTF-8 (surrogateescape)


def decode(data: bytes) -> tuple[str, int]:
    """The text of a chat file and how many of its bytes could not be decoded. UTF-8 (a BOM or none), or
    UTF-16 with its BOM; each byte that does not decode is one U+FFFD: replaced and counted, never guessed
    at (the stored file keeps it as it was)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", errors="replace")
        kept = data.decode("utf-16", errors="ignore").encode("utf-16")  # with a BOM, as the file has
        return text.removeprefix("\ufeff"), len(data) - len(kept)
    try:
        return data.decode("utf-8").removeprefix("\ufeff"), 0
    except UnicodeDecodeError:
        escaped = data.decode("utf-8", errors="surrogateescape")
    text, bad = _ESCAPED.subn("\ufffd", escaped)
    return text.removeprefix("\ufeff"), bad


def recognise(stream: IO[bytes], filename: str, size: int, folder: Path | None = None) -> Chat | None:
    """The chat in ``stream`` if it is a chat export, None if it plainly is not one.

    ``folder`` is where the export's media are (beside result.json, or an unzipped WhatsApp export).
    Raises NotAChat when the file looks like an export, by its content or by the name the app gives its
    exports, but cannot be read (a reason for the lawyer; the file is kept as a plain exhibit).
    """
    head = stream.read(8192)
    stream.seek(0)
    named = named_like_export(filename)
    if is_zip(head):
        chat = _from_zip(stream, size)
        if chat is None and named:
            raise NotAChat(
                "The zip is named like a WhatsApp export but holds no chat text file at its top, so it is kept as a plain file."
            )
        return chat
    if telegram.looks_like(head) or named == "telegram":
        _check_size(size)
        return telegram.parse(stream.read(), lambda name: _folder_media(folder, name))
    sample = stream.read(whatsapp.SNIFF_BYTES)
    stream.seek(0)
    whole = len(sample) >= size  # else the first message may go on past the sample
    if not whatsapp.looks_like(decode(sample)[0], named == "whatsapp", whole):
        if named:
            raise NotAChat(
                "The file is named like a WhatsApp export, but its lines do not start with a date and time as WhatsApp writes them, so it is kept as a plain file."
            )
        return None
    _check_size(size)
    text, bad = decode(stream.read())
    names = _folder_names(folder)
    chat = whatsapp.parse(text, names)
    if not whatsapp.is_conversation(chat, named == "whatsapp"):
        return None  # one dated line and then text the length of a book: notes, not a chat
    _whatsapp_media(chat, lambda name: _folder_media(folder, name))
    _note_undecodable(chat, bad, head)
    return chat


def _note_undecodable(chat: Chat, bad: int, head: bytes) -> None:
    chat.encoding = "utf-16" if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) else "utf-8"
    chat.undecodable_bytes = bad
    if bad:
        chat.warnings.append("bad-utf8")


def _check_size(size: int) -> None:
    if size > MAX_TEXT_BYTES:
        raise NotAChat(
            "The chat file is {size} MB; Saksi reads chat files up to {limit} MB, so it is kept as a plain file.",
            size=size // (1024 * 1024),
            limit=MAX_TEXT_BYTES // (1024 * 1024),
        )


def _from_zip(stream: IO[bytes], size: int) -> Chat | None:
    archive = SafeZip.open(stream)  # raises NotAChat for bombs, paths leaving the archive, encryption...
    chat_member = None
    for name in archive.names():
        if "/" not in name and name.lower().endswith(".txt"):
            sample = archive.read(name, whatsapp.SNIFF_BYTES)
            whole = len(sample) >= archive.size(name)
            if whatsapp.looks_like(decode(sample)[0], bool(named_like_export(name)), whole):
                chat_member = name
                break
    if chat_member is None:
        return None  # an ordinary zip: kept as it is
    if archive.size(chat_member) > MAX_TEXT_BYTES:
        _check_size(archive.size(chat_member))
    data = archive.read(chat_member, MAX_TEXT_BYTES)
    text, bad = decode(data)
    names = [n for n in archive.names() if n != chat_member]
    chat = whatsapp.parse(text, [n.rsplit("/", 1)[-1] for n in names] + names)
    if not whatsapp.is_conversation(chat, bool(named_like_export(chat_member))):
        return None
    by_base = {n.rsplit("/", 1)[-1]: n for n in names}
    _whatsapp_media(chat, lambda name: archive.source(by_base.get(name, name)))
    used = {source.name for source in chat.media.values()}
    for name in names:  # files no message names are kept with the chat too
        source = archive.source(name)
        if name not in used and source is not None:
            chat.media[name] = source
    _note_undecodable(chat, bad, data[:2])
    chat.title = chat_member.removesuffix(".txt")
    return chat


def _whatsapp_media(chat: Chat, find: Callable[[str], MediaSource | None]) -> None:
    for message in chat.messages:
        if message.attachment and message.attachment not in chat.media:
            found = find(message.attachment)
            if found is not None:
                chat.media[message.attachment] = found


def _folder_names(folder: Path | None) -> list[str]:
    if folder is None:
        return []
    try:
        return [p.name for p in folder.iterdir() if p.is_file()]
    except OSError:
        return []


def _folder_media(folder: Path | None, name: str) -> MediaSource | None:
    """A file named by a message, if it is inside the export folder (never ``../`` or an absolute path)."""
    if folder is None or not name or "\\" in name or name.startswith("/") or ".." in Path(name).parts:
        return None
    base = folder.resolve()
    try:
        path = (base / name).resolve()
        if not path.is_relative_to(base) or not path.is_file():
            return None
        size = path.stat().st_size
    except OSError:
        return None
    return MediaSource(name, size, lambda: path.open("rb"))


def unnamed_files(export: FolderExport, chat: Chat) -> list[tuple[str, MediaSource]]:
    """Files of an export folder that no message names: kept with the chat too (nothing is left behind)."""
    named = {(export.folder / name).resolve() for name in chat.media}
    found = []
    for path in export.others:
        if path.resolve() in named:
            continue
        name = path.relative_to(export.folder).as_posix()
        source = _folder_media(export.folder, name)
        if source is not None:
            found.append((name, source))
    return found


def open_bytes(data: bytes) -> IO[bytes]:
    return io.BytesIO(data)


def file_size(stream: IO[bytes]) -> int:
    try:
        return os.fstat(stream.fileno()).st_size
    except (OSError, io.UnsupportedOperation, AttributeError):
        position = stream.tell()
        end = stream.seek(0, os.SEEK_END)
        stream.seek(position)
        return end
