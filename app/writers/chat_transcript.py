"""A chat's transcript for court: every message (or those chosen) with its number, time and sender, the
export's SHA-256 and file name, how its dates were read, and the custody entry of its import with that
entry's hash, so the paper can be tied to the exhibit and the exhibit to the vault's chain of custody.

Written through the same PDF helpers as filings (app/writers/pdf_text.py): Khmer, Thai, Lao and Myanmar are shaped, line
breaks fall between words, and the text copies out as typed.
"""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.common.exports import audited, inside, safe_name
from app.evidence.chat_exhibits import chat_summary, hidden_links
from app.evidence.chats import whatsapp
from app.writers.fonts import require_glyphs
from app.writers.page import Margins, build_pdf
from app.writers.pdf_text import base_font, bold, draw_text, markup, mono_font, shaping_available
from storage import chats as chat_store
from storage.audit import AuditEntry
from storage.errors import InputRejected, PermissionDenied
from storage.evidence import Item
from storage.files import os_error
from storage.phrases import ALREADY_EXISTS
from storage.vault import Vault

KIND_NOTE = {
    "system": "WhatsApp notice",
    "service": "Telegram notice",
    "deleted": "WhatsApp notice: a deleted message (its text is not in the export)",
}


def _when(time: str) -> str:
    return time.replace("T", " ") if time else "(date not readable)"


def _import_entry(custody: list[AuditEntry]) -> AuditEntry | None:
    return next((e for e in custody if e.action == "evidence.import"), None)


def transcript_texts(reference: str, item: Item, messages: list[chat_store.StoredMessage]) -> list[str]:
    return [reference, item.filename, *(m.sender for m in messages), *(m.text for m in messages)]


def transcript_pdf(
    reference: str,
    item: Item,
    messages: list[chat_store.StoredMessage],
    custody: list[AuditEntry],
    labels: dict[str, str],
) -> bytes:
    require_glyphs(transcript_texts(reference, item, messages), "chat transcript")
    font, shaping = base_font(), int(shaping_available())
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, shaping=shaping)
    small = ParagraphStyle("small", parent=body, fontSize=7.5, leading=9.5, textColor=colors.HexColor("#444444"))
    mono = ParagraphStyle("mono", parent=body, fontName=mono_font(), fontSize=7, leading=9)
    title = ParagraphStyle("title", parent=body, fontName=bold(font), fontSize=14, leading=18, spaceAfter=3 * mm)
    heading = f"{reference} - {item.label} - chat transcript"

    def decorate(canvas: Canvas, doc: Any) -> None:
        draw_text(canvas, heading, 18 * mm, A4[1] - 12 * mm, small, A4[0] - 36 * mm)
        page = f"Page {doc.page} - SHA-256 of the export {item.sha256}"
        draw_text(canvas, page, 18 * mm, 9 * mm, small, A4[0] - 36 * mm, align="right")

    story: list[Any] = [Paragraph(markup(f"Chat transcript - case {reference}, exhibit {item.label}"), title)]
    story += _about(item, messages, custody, body, mono)
    story += [Spacer(1, 4 * mm), _table(messages, labels, body, small)]
    return build_pdf(story, Margins(18, 18, 18, 16), heading, decorate=decorate)


def _about(
    item: Item,
    messages: list[chat_store.StoredMessage],
    custody: list[AuditEntry],
    body: ParagraphStyle,
    mono: ParagraphStyle,
) -> list[Any]:
    summary = chat_summary(item)
    fmt = {"whatsapp-android": "WhatsApp (Android)", "whatsapp-ios": "WhatsApp (iPhone)"}.get(
        str(summary.get("format")), "Telegram Desktop"
    )
    lines = [
        f"Export: {item.filename} ({fmt}), {item.size} bytes, as received; the transcript is read from it.",
        f"Messages shown: {len(messages)} of {summary.get('messages', len(messages))}.",
        "Times are as the exporting device wrote them (its local time).",
    ]
    if summary.get("date_order"):
        reason = whatsapp.REASONS.get(str(summary.get("date_order_reason")), "")
        reason = reason.format(user=summary.get("date_order_chosen_by", ""))
        lines.append(f"Dates read as {summary['date_order']}: {reason}")
    if summary.get("undecodable_bytes"):
        lines.append(
            f"{summary['undecodable_bytes']} byte(s) of the export are not text in its encoding; each is shown as"
            " the replacement mark U+FFFD here, and the export keeps them as received."
        )
    story: list[Any] = [Paragraph(markup(line), body) for line in lines]
    story.append(Paragraph("SHA-256 of the export:", body))
    story.append(Paragraph(item.sha256, mono))
    entry = _import_entry(custody)
    if entry is not None:
        story.append(
            Paragraph(
                markup(f"Custody: imported {entry.at} by {entry.actor} (custody entry {entry.seq}), entry hash:"), body
            )
        )
        story.append(Paragraph(entry.hash, mono))
    story.append(Paragraph(markup(f"Prepared {date.today().isoformat()} with Saksi."), body))
    return story


def _table(
    messages: list[chat_store.StoredMessage], labels: dict[str, str], body: ParagraphStyle, small: ParagraphStyle
) -> Table:
    rows: list[list[Any]] = [[Paragraph(h, body) for h in ("#", "Time", "Sender", "Message")]]
    for m in messages:
        text = markup(m.text).replace("\n", "<br/>")
        notes = []
        if m.kind in KIND_NOTE:
            notes.append(KIND_NOTE[m.kind])
        if m.reply_to:
            notes.append(f"reply to #{m.reply_to}")
        if m.forwarded_from:
            notes.append(f"forwarded from {m.forwarded_from}")
        if m.edited:
            notes.append(f"edited {_when(m.edited)}")
        if m.attachment:
            shown = labels.get(m.attachment_id or "", "")
            notes.append(f"attachment {m.attachment}" + (f" = exhibit {shown}" if shown else " (not in the export)"))
        if m.media_omitted:
            notes.append("media not included in the export")
        notes += [f"link “{shown}” goes to {href}" for shown, href in hidden_links(m.extra)]
        if notes:
            text += f"<br/><font size=7.5 color='#555555'>{markup('; '.join(notes))}</font>"
        rows.append(
            [
                Paragraph(str(m.seq), small),
                Paragraph(_when(m.time), small),
                Paragraph(markup(m.sender or "-"), body),
                Paragraph(text, body),
            ]
        )
    table = Table(rows, colWidths=[10 * mm, 24 * mm, 32 * mm, 108 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), base_font()),
                ("GRID", (0, 0), (-1, -1), 0.3, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return table


def export_transcript(
    vault: Vault,
    reference: str,
    item: Item,
    destination: str | os.PathLike[str],
    seqs: list[int] | None = None,
) -> Path:
    """Write the transcript PDF outside the vault: an audited export (intent first, SHA-256 after)."""
    import hashlib

    from storage import evidence as store

    if not vault.user.may_export:
        raise PermissionDenied("Your role does not allow exporting evidence.")
    if item.kind != "chat":
        raise InputRejected("{label} is not a chat export.", label=item.label)
    messages = chat_store.messages(vault.conn, item.id)
    if seqs:
        wanted = set(seqs)
        messages = [m for m in messages if m.seq in wanted]
        if len(messages) != len(wanted):
            raise InputRejected("{label} has no message of some of those numbers.", label=item.label)
    target = Path(destination)
    if target.is_dir():
        target = inside(target, safe_name(f"{reference}-{item.label}-transcript") + ".pdf")
    if target.exists():
        raise InputRejected(ALREADY_EXISTS, target=target)
    labels = {i.id: i.label for i in store.items_of_case(vault.conn, item.case_id)}
    data = transcript_pdf(reference, item, messages, store.custody(vault.conn, item.id), labels)
    detail = {"exhibit": item.label, "transcript": True, "messages": len(messages), "to": str(target)}
    with audited(vault, "evidence.export", f"evidence:{item.id}", detail) as record:
        try:
            with target.open("xb") as out:
                out.write(data)
        except FileExistsError:
            raise InputRejected(ALREADY_EXISTS, target=target) from None
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise os_error(exc, target) from None
        record.outcome["sha256"] = hashlib.sha256(data).hexdigest()
    return target
