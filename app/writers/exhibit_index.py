"""The exhibit index PDF of a court bundle: A4, case reference in the header, page numbers, hashes."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.writers.fonts import require_glyphs
from app.writers.page import Margins, build_pdf
from app.writers.pdf_text import base_font, bold, draw_text, markup, mono_font, shaping_available


def _styles() -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    font, shaping = base_font(), int(shaping_available())
    body = ParagraphStyle("body", fontName=font, fontSize=9, leading=12, shaping=shaping)
    small = ParagraphStyle("hash", parent=body, fontName=mono_font(), fontSize=6.5, leading=8.5)
    title = ParagraphStyle(
        "title",
        parent=body,
        fontName=bold(font),
        fontSize=14,
        leading=18,
        spaceAfter=4 * mm,
    )
    return body, small, title


def index_texts(reference: str, rows: list[dict[str, Any]], skipped: list[str]) -> list[str]:
    """Every text the index will set, for the glyph check (app.writers.fonts.require_glyphs)."""
    fields = ("exhibit", "description", "original_filename", "received_from", "received_on", "via", "derived_from")
    return [reference, *skipped, *(str(row[f] or "") for row in rows for f in fields if f in row)]


def _derived(row: dict[str, Any], described: str) -> str:
    """The line that ties a child exhibit to its parent, in the words of how it was made: a chat's attachment is
    stored as it came and is never called a copy (a court reads "copy" as made in the office)."""
    parent = row["derived_from"]
    if not parent:
        return ""
    if row.get("derivation") == "chat attachment":
        return f"<br/>Attachment of the chat {markup(parent)}, as it is in the export"
    if re.search(rf" of {re.escape(parent)}(\.\d+)?$", described):
        return ""  # once: "redacted copy of E-3" (or of its attachment E-3.1) says it already
    return f"<br/>Copy of {markup(parent)}"


def index_pdf(
    reference: str, rows: list[dict[str, Any]], skipped: list[str], hashes: list[tuple[str, str]] | None = None
) -> bytes:
    """``hashes``: (file, SHA-256) of the bundle's own manifest, printed so a recipient can tie the files to the filing."""
    require_glyphs(index_texts(reference, rows, skipped), "index of exhibits")
    body, small, title = _styles()
    line = ParagraphStyle("line", parent=body, fontSize=8, leading=10)

    def decorate(canvas: Canvas, doc: Any) -> None:
        draw_text(canvas, f"{reference} - Index of exhibits", 20 * mm, A4[1] - 12 * mm, line, A4[0] - 40 * mm)
        draw_text(canvas, f"Page {doc.page}", 20 * mm, 10 * mm, line, A4[0] - 40 * mm, align="right")

    header = [Paragraph(h, body) for h in ("Exhibit", "Description and provenance", "SHA-256", "Size")]
    data = [header]
    for row in rows:
        provenance = ", ".join(x for x in (row["received_from"], row["received_on"], row["via"]) if x)
        described = row["description"] or row["original_filename"]
        text = markup(described) + (f"<br/><i>{markup(provenance)}</i>" if provenance else "")
        text += _derived(row, described)
        data.append(
            [
                Paragraph(f"<b>{markup(row['exhibit'])}</b>", body),
                Paragraph(text, body),
                Paragraph(row["sha256"][:32] + "<br/>" + row["sha256"][32:], small),
                Paragraph(_size(int(row["size"])), body),
            ]
        )
    table = Table(data, colWidths=[18 * mm, 80 * mm, 52 * mm, 20 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), base_font()),  # the cells' default is Helvetica, never embedded
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    story = [
        Paragraph(markup(f"Index of exhibits - case {reference}"), title),
        Paragraph(
            f"Prepared {date.today().isoformat()} with Saksi. Each file's SHA-256 identifies it exactly: "
            "recompute it (e.g. sha256sum) to confirm the file is unchanged.",
            body,
        ),
        Spacer(1, 4 * mm),
        table,
    ]
    if skipped:
        story += [Spacer(1, 4 * mm), Paragraph(markup("Not included (no redacted copy): " + ", ".join(skipped)), body)]
    if hashes:
        story += [Spacer(1, 4 * mm), Paragraph("SHA-256 of this bundle's manifest and custody log:", body)]
        story += [Paragraph(markup(f"{name}: {sha}"), small) for name, sha in hashes]
    return build_pdf(story, Margins(20, 20, 20, 18), f"{reference} - Index of exhibits", decorate=decorate)


def _size(size: int) -> str:
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024  # type: ignore[assignment]
    return str(size)
