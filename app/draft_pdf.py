"""A draft filing as a PDF for filing: A4, filing margins, case reference in the header, page numbers,
numbered paragraphs, an exhibit table; real text with embedded, shaped fonts (Khmer, Thai, Lao, Myanmar)."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from app.drafting import Block
from app.pdf import base_font, markup, mono_font, registered_fonts, shaping_available


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    reference: str
    language: str
    exhibits: list[dict[str, Any]]
    note: str = ""  # e.g. "Khmer text not reviewed by a native legal drafter"


def _font_for(language: str) -> str:
    fonts = registered_fonts()
    if language == "km" and "Khmer" in fonts:
        return fonts["Khmer"]
    return base_font()


def styles(language: str) -> dict[str, ParagraphStyle]:
    font, shaping = _font_for(language), int(shaping_available())
    bold = f"{font}-Bold" if font != "Helvetica" else "Helvetica-Bold"
    leading = 17 if language == "km" else 15
    body = ParagraphStyle(
        "body", fontName=font, fontSize=11, leading=leading, alignment=TA_JUSTIFY, spaceAfter=6, shaping=shaping
    )
    return {
        "para": body,
        "numbered": ParagraphStyle("numbered", parent=body, leftIndent=10 * mm, firstLineIndent=-10 * mm),
        "bullet": ParagraphStyle("bullet", parent=body, leftIndent=16 * mm, firstLineIndent=-5 * mm, spaceAfter=3),
        "quote": ParagraphStyle(
            "quote", parent=body, leftIndent=16 * mm, rightIndent=10 * mm, fontSize=10, leading=leading - 1
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold,
            fontSize=13,
            leading=leading + 2,
            spaceBefore=6,
            spaceAfter=10,
            alignment=1,
            keepWithNext=1,
        ),
        "subheading": ParagraphStyle(
            "subheading", parent=body, fontName=bold, fontSize=11.5, spaceBefore=8, keepWithNext=1, alignment=0
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, alignment=0, spaceAfter=0),
        "hash": ParagraphStyle(
            "hash", parent=body, fontName=mono_font(), fontSize=6.5, leading=8.5, alignment=0, spaceAfter=0
        ),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#8a1c1c")),
    }


def _rich(text: str) -> str:
    """Markup plus a red highlight for gaps and unverified markers, so they cannot be missed on paper."""
    html = markup(text)
    return _FLAGS.sub(lambda m: f'<font color="#b00020"><b>{m.group(0)}</b></font>', html)


_FLAGS = re.compile(r"\[MISSING: [^\]]*\]|\[unverified - check before filing\]")


def exhibit_table(exhibits: list[dict[str, Any]], st: dict[str, ParagraphStyle]) -> Table:
    rows = [
        [
            Paragraph("<b>Exhibit</b>", st["cell"]),
            Paragraph("<b>Description</b>", st["cell"]),
            Paragraph("<b>SHA-256</b>", st["cell"]),
        ]
    ]
    for exhibit in exhibits:
        sha = exhibit["sha256"]
        rows.append(
            [
                Paragraph(exhibit["label"], st["cell"]),
                Paragraph(markup(exhibit["description"]), st["cell"]),
                Paragraph(f"{sha[:32]}<br/>{sha[32:]}", st["hash"]),
            ]
        )
    if len(rows) == 1:
        rows.append([Paragraph("-", st["cell"]), Paragraph("No exhibits in the case file yet.", st["cell"]), ""])
    table = Table(rows, colWidths=[18 * mm, 88 * mm, 54 * mm], repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
            ]
        )
    )
    return table


def draft_pdf(blocks: list[Block], info: DocumentInfo) -> bytes:
    st = styles(info.language)
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=30 * mm,
        rightMargin=20 * mm,
        topMargin=25 * mm,
        bottomMargin=22 * mm,
        title=info.title,
        author="Saksi",
        subject=info.reference,
    )
    story: list[Any] = []
    if info.note:
        story.append(Paragraph(markup(info.note), st["note"]))
    for block in blocks:
        story += _flowables(block, st, info)
    doc.build(story, onFirstPage=_frame(info), onLaterPages=_frame(info))
    return out.getvalue()


def _flowables(block: Block, st: dict[str, ParagraphStyle], info: DocumentInfo) -> list[Any]:
    text = _rich(block.text)
    if block.kind == "exhibits":
        return [Spacer(1, 2 * mm), exhibit_table(info.exhibits, st), Spacer(1, 4 * mm)]
    if block.kind == "numbered":
        return [Paragraph(f"{block.number}.\u00a0\u00a0{text}", st["numbered"])]
    if block.kind == "bullet":
        return [Paragraph(f"\u2022\u00a0\u00a0{text}", st["bullet"])]
    return [Paragraph(text, st.get(block.kind, st["para"]))]


def _frame(info: DocumentInfo) -> Any:
    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        canvas.setFont(base_font(), 8.5)
        canvas.setFillColor(colors.HexColor("#444444"))
        canvas.drawString(30 * mm, A4[1] - 14 * mm, info.reference)
        canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 14 * mm, info.title[:90])
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, f"{doc.page}")
        canvas.restoreState()

    return draw
