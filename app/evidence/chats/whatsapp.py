"""WhatsApp "Export chat" text: Android and iOS layouts, any common date order, 12- or 24-hour times.

Android:  ``31/12/2023, 21:41 - Dara: text``      (``12/31/23, 9:41 PM - ...`` in the US, ``31.12.23, 21:41`` ...)
iOS:      ``[31/12/2023, 21:41:05] Dara: text``  (a LEFT-TO-RIGHT MARK before attachments and system lines)

A line that does not start with a date is the next line of the message before it. The date order is not
written in the file: it is resolved from every date in it (a day above 12 settles it; else the order that
keeps the messages in time order; else the most common one) and recorded with the reason, so the lawyer
sees it and can choose the other (``reread``). Thai phones may write Buddhist-era years (2567 = 2024).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from datetime import datetime

from app.evidence.chats.model import Chat, Message, NotAChat

MAX_MESSAGE_CHARS = 100_000  # one message's text; the rest stays in the kept export
MAX_LINE_CHARS = 1_000_000  # a longer "line" is cut before any pattern runs on it
SNIFF_BYTES = 256 * 1024  # how much of a file is read to tell a chat: a pasted contract can be long
SNIFF_LINES = 20_000

_SPACES = str.maketrans({"\u202f": " ", "\u00a0": " ", "\u2007": " "})
_MARKS = "\u200e\u200f\ufeff"
_DATE = r"(?P<date>\d{1,4}[./-]\d{1,2}[./-]\d{1,4})"
_TIME = r"(?P<time>\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)(?:\s?(?P<ampm>[AaPp]\.?\s?[Mm]\.?))?"
ANDROID = re.compile(rf"^{_DATE},?\s{_TIME}\s[-\u2013]\s(?P<rest>.*)$", re.DOTALL)
IOS = re.compile(rf"^\[{_DATE},?\s{_TIME}\]\s(?P<rest>.*)$", re.DOTALL)
_SENDER = re.compile(r"^(?P<sender>[^:\n]{1,80}?):\s(?P<text>.*)$", re.DOTALL)
OMITTED = re.compile(
    r"^(<Media omitted>|<media omitted>|(image|video|audio|sticker|GIF|document|Contact card) omitted)$"
)
ATTACHED_IOS = re.compile(r"^<[^:<>]{1,30}:\s(?P<name>[^<>/\\]{1,200})>$")
ATTACHED_ANDROID = re.compile(r"^(?P<name>[^<>/\\\n]{1,200}\.\w{1,5})\s\([^()\n]{1,40}\)$")
ORDERS = ("DMY", "MDY", "YMD")
# What WhatsApp writes in place of a deleted message (Android, and iOS with a full stop and a LEFT-TO-RIGHT
# MARK): kind "deleted", under the sender it names, since who deleted it can matter.
DELETED = re.compile(
    r"^(This message was deleted|You deleted this message|This message was deleted by admin .{1,80})\.?$"
)
# Notices iOS writes under the chat's (or group's) name that nobody sent: stored with no sender.
NOTICE = re.compile(
    r"^(Messages and calls are end-to-end encrypted|Messages to this group are now secured with end-to-end"
    r"|Your security code with .{1,80} changed|.{1,80} created (the )?group|.{1,80} changed the (group )?subject"
    r"|.{1,80} changed this group's (icon|settings|description))"
)


def looks_like(text: str, named: bool = False, whole: bool = True) -> bool:
    """Does this text (the start of a file) read as a WhatsApp export?

    Judged by the message headers, never by their share of the lines: a pasted job ad or contract is one
    message of many lines. The first line with text must be a header, the headers must agree with it (one
    layout, one way of writing dates), at least one must name a sender, and there must be two of them, or
    one in a file the app named as its export. A letter or notes that merely hold a date line are not chats.
    When ``text`` is only the start of the file (``whole`` false), one header will do here: a first message
    can be longer than the start, and ``is_conversation`` asks again of the whole file once it is read.
    """
    lines = [line for line in text.splitlines()[:SNIFF_LINES] if line.strip()]
    if not lines:
        return False
    first = _header(_clean(lines[0][:500]))
    if first is None or not _real_date(first[1]["date"]):
        return False
    headers = [found for found in (_header(_clean(line[:500])) for line in lines) if found is not None]
    shape = _shape(*first)
    agreeing = [(layout, match) for layout, match in headers if _shape(layout, match) == shape]
    if len(agreeing) * 2 <= len(headers):  # lines in another layout are text pasted into messages, not headers
        return False
    if not any(_SENDER.match(match["rest"]) for _layout, match in agreeing):
        return False  # dated lines that nobody sent: a log or a diary
    return len(agreeing) >= 2 or named or not whole


def is_conversation(chat: Chat, named: bool = False) -> bool:
    """The whole file read: two messages at least, or one in a file named as the app names its exports."""
    return named or sum(1 for message in chat.messages if message.line) >= 2


def _shape(layout: str, match: re.Match[str]) -> tuple[str, str]:
    """A header's layout and the separators of its date (``/``, ``.``, ``-``): one export writes them all alike."""
    return layout, re.sub(r"\d", "", match["date"])


def _real_date(date: str) -> bool:
    return any(_valid(date, order) for order in ORDERS)


def _clean(line: str) -> str:
    """Same length as the line (one character for one), so positions stay valid."""
    return line.translate(_SPACES)


def _header(line: str) -> tuple[str, re.Match[str]] | None:
    stripped = line.lstrip(_MARKS)
    for layout, pattern in (("ios", IOS), ("android", ANDROID)):
        match = pattern.match(stripped)
        if match:
            return layout, match
    return None


def parse(text: str, media_names: Iterable[str] = ()) -> Chat:
    """The messages of an export's text; ``media_names`` are the files that came with it (a .zip, a folder)."""
    names = set(media_names)
    layouts: dict[str, int] = {}
    raw: list[tuple[Message, str]] = []  # (message, its date as written)
    before_first: list[str] = []
    warnings: list[str] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = line.removesuffix("\r")
        if len(line) > MAX_LINE_CHARS:
            line = line[:MAX_LINE_CHARS]
            _warn(warnings, "long-line")
        found = _header(_clean(line[:400]))
        if found is None:
            if raw:
                _append(raw[-1][0], line, warnings)
            elif line.strip():
                before_first.append(line)
            continue
        layout, match = found
        layouts[layout] = layouts.get(layout, 0) + 1
        offset = len(line) - len(line.lstrip(_MARKS))
        rest = line[offset + match.start("rest") :]
        message = _message(len(raw) + 1, rest, layout, number)
        message.raw_time = f"{match['date']} {match['time']}" + (f" {match['ampm']}" if match["ampm"] else "")
        raw.append((message, match["date"]))
    if not raw:
        raise NotAChat("No line starts with a date and time as WhatsApp writes them; this is not a WhatsApp export.")
    layout = max(layouts, key=lambda k: layouts[k])
    chat = Chat(format=f"whatsapp-{layout}", messages=[m for m, _ in raw], warnings=warnings)
    if before_first:
        _warn(chat.warnings, "text-before-first-message")
        chat.messages.insert(0, Message(0, "", "", "\n".join(before_first), kind="system"))
        for seq, message in enumerate(chat.messages, start=1):
            message.seq = seq
    for message in chat.messages:
        message.text = message.text.lstrip(_MARKS).rstrip("\n")
    _attachments(chat, names)
    order, reason, choices = resolve_order([d for _, d in raw], [m.raw_time for m, _ in raw])
    chat.date_order, chat.date_order_reason, chat.date_order_choices = order, reason, choices
    apply_order(chat, order)
    return chat


def _warn(warnings: list[str], code: str) -> None:
    if code not in warnings:
        warnings.append(code)


def _append(message: Message, line: str, warnings: list[str]) -> None:
    if len(message.text) + len(line) + 1 > MAX_MESSAGE_CHARS:
        if not message.text.endswith("[…]"):
            message.text = message.text[: MAX_MESSAGE_CHARS - 3] + "[…]"
            _warn(warnings, "long-message")
        return
    message.text += "\n" + line


def _message(seq: int, rest: str, layout: str, line: int) -> Message:
    sender_match = _SENDER.match(rest)
    if sender_match is None:  # Android system line: "Dara added Sokha", "Messages and calls are end-to-end encrypted"
        return Message(seq, "", "", rest, kind="system", line=line)
    text = sender_match["text"]
    if len(text) > MAX_MESSAGE_CHARS:
        text = text[: MAX_MESSAGE_CHARS - 3] + "[…]"
    kind, sender = "message", sender_match["sender"].strip(_MARKS + " ")
    if DELETED.match(text.strip(_MARKS + " ")):
        return Message(seq, "", sender, text, kind="deleted", line=line)
    if layout == "ios" and NOTICE.match(text.lstrip(_MARKS)):
        return Message(seq, "", "", text, kind="system", line=line)  # under the chat's name, sent by nobody
    if layout == "ios" and text.startswith("\u200e"):
        stripped = text.lstrip(_MARKS)
        if not (OMITTED.match(stripped) or ATTACHED_IOS.match(stripped.split("\n", 1)[0])):
            kind = "system"  # a missed call, a call notice: marked, but the sender's own
    return Message(seq, "", sender, text, kind=kind, line=line)


def _attachments(chat: Chat, names: set[str]) -> None:
    """Link "<attached: X>", "X (file attached)" and "<Media omitted>" to the export's files."""
    for message in chat.messages:
        first, _, caption = message.text.lstrip(_MARKS).partition("\n")
        first = first.strip(_MARKS + " ")
        if OMITTED.match(first):
            message.media_omitted = True
            continue
        match = ATTACHED_IOS.match(first) or ATTACHED_ANDROID.match(first)
        if (
            match is not None
            and match.re is ATTACHED_ANDROID
            and match["name"] not in names
            and "attached" not in first
        ):
            match = None  # "report.pdf (tomorrow)" is text, unless the export holds report.pdf
        if match is None:
            if first in names:  # some phones write the bare file name
                message.attachment = first
            continue
        name = match["name"].strip()
        message.attachment = name
        if name not in names:
            chat.missing_media.append(name)
        message.text = caption


# ----------------------------------------------------------------------------- dates
def _parts(date: str) -> tuple[str, str, str] | None:
    pieces = re.split(r"[./-]", date)
    return (pieces[0], pieces[1], pieces[2]) if len(pieces) == 3 else None


def _ymd(date: str, order: str) -> tuple[int, int, int] | None:
    parts = _parts(date)
    if parts is None:
        return None
    a, b, c = (int(p) for p in parts)
    year, month, day = {"DMY": (c, b, a), "MDY": (c, a, b), "YMD": (a, b, c)}[order]
    if year < 100:
        year += 2000
    elif year > 2400:  # Buddhist era (Thailand)
        year -= 543
    return year, month, day


def _iso(date: str, time_text: str, order: str) -> str:
    ymd = _ymd(date, order)
    match = re.match(rf"^{_TIME}$", _clean(time_text).strip())
    if ymd is None or match is None:
        return ""
    pieces = [int(p) for p in re.split(r"[:.]", match["time"])]
    hour, minute, second = pieces[0], pieces[1], pieces[2] if len(pieces) > 2 else 0
    if match["ampm"]:
        pm = match["ampm"].lower().startswith("p")
        if hour > 12 or hour == 0:
            return ""
        hour = (hour % 12) + (12 if pm else 0)
    try:
        return datetime(ymd[0], ymd[1], ymd[2], hour, minute, second).isoformat()
    except ValueError:
        return ""


def possible_orders(dates: list[str]) -> list[str]:
    """The date orders under which every date of the file is a real date."""
    split = [p for p in (_parts(d) for d in dates) if p]
    if not split:
        return []
    if all(len(p[0]) == 4 for p in split):
        return ["YMD"]
    found = []
    for order in ("DMY", "MDY"):
        if all(_valid(d, order) for d in dates):
            found.append(order)
    return found


def _valid(date: str, order: str) -> bool:
    ymd = _ymd(date, order)
    if ymd is None:
        return False
    try:
        datetime(*ymd)
    except ValueError:
        return False
    return True


def _disorder(raw_times: list[str], order: str) -> int:
    """How many messages would come before the one above them (exports are in time order)."""
    times = [_iso(*_split_raw(r), order) for r in raw_times]
    known = [t for t in times if t]
    return sum(1 for earlier, later in itertools.pairwise(known) if later < earlier)


def _split_raw(raw: str) -> tuple[str, str]:
    date, _, time_text = raw.partition(" ")
    return date, time_text


def resolve_order(dates: list[str], raw_times: list[str]) -> tuple[str, str, list[str]]:
    """(order, reason code, orders the file allows). Reason codes are explained by ``REASONS``."""
    choices = possible_orders(dates)
    if choices == ["YMD"]:
        return "YMD", "year-first", choices
    if len(choices) == 1:
        return choices[0], "only-valid", choices
    if not choices:
        return "DMY", "none-valid", ["DMY", "MDY"]
    disorder = {order: _disorder(raw_times, order) for order in choices}
    best = min(disorder.values())
    fewest = [o for o in choices if disorder[o] == best]
    if len(fewest) == 1:
        return fewest[0], "time-order", choices
    spans = {order: _span(raw_times, order) for order in fewest}
    if len(set(spans.values())) == len(spans):  # chats are dense: the order that keeps them closer together
        return min(fewest, key=lambda o: spans[o]), "shorter-span", choices
    return "DMY", "ambiguous", choices


def _span(raw_times: list[str], order: str) -> float:
    known = sorted(t for t in (_iso(*_split_raw(r), order) for r in raw_times) if t)
    if len(known) < 2:
        return 0.0
    return (datetime.fromisoformat(known[-1]) - datetime.fromisoformat(known[0])).total_seconds()


REASONS = {
    "year-first": "The dates start with a four-digit year.",
    "only-valid": "Only this order makes every date in the file a real date (a day above 12 settles it).",
    "time-order": "Both orders give real dates; this one keeps the messages in time order.",
    "shorter-span": "Both orders give real dates in time order; this one keeps the messages closer together in time, as a conversation is. Check it against a date you know.",
    "ambiguous": "Every date in the file reads both ways and both keep the messages in order; day-month-year was chosen as most phones outside the United States write it. Check it against a date you know.",
    "none-valid": "Some dates are not real dates in either order; day-month-year was chosen. Check them in the export.",
    "chosen": "Chosen by {user}.",
}


def apply_order(chat: Chat, order: str) -> None:
    """Give each message its ISO time under ``order`` (also used when the lawyer changes the order)."""
    for message in chat.messages:
        if message.raw_time:
            message.time = _iso(*_split_raw(message.raw_time), order)
    chat.date_order = order


def reread(raw_time: str, order: str) -> str:
    """One message's ISO time under another date order."""
    return _iso(*_split_raw(raw_time), order) if raw_time else ""
