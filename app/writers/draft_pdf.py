"""A draft filing as a PDF for filing: A4, filing margins, case reference in the header, page numbers,
numbered paragraphs, an exhibit table; real text with embedded, shaped fonts (Khmer, Thai, Lao, Myanmar)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.drafting.compose import Block
from app.writers.fonts import LANGUAGE_SCRIPTS, complex_script, require_glyphs
from app.writers.page import Margins, build_pdf
from app.writers.pdf_text import (
    base_font,
    bold,
    draw_text,
    fit,
    font_for_language,
    markup,
    mono_font,
    shaping_available,
)
from storage.phrases import FLAG_PATTERN


@dataclass(frozen=True)
class DocumentInfo:
    title: str
    reference: str
    language: str
    exhibits: list[dict[str, Any]]
    note: str = ""  # e.g. "Khmer text not reviewed by a native legal drafter"
    author: str = ""  # the lawyer responsible for the case, for the document's properties


def styles(language: str) -> dict[str, ParagraphStyle]:
    font, shaping = font_for_language(language), int(shaping_available())
    complex_script = language in LANGUAGE_SCRIPTS
    leading = 17 if complex_script else 15
    # Khmer, Thai, Lao and Myanmar have no spaces between words: justifying would stretch the few spaces there
    # are into wide gaps (lines break between words, at ICU's boundaries, without a space), so ragged-right.
    alignment = TA_LEFT if complex_script else TA_JUSTIFY
    body = ParagraphStyle(
        "body", fontName=font, fontSize=11, leading=leading, alignment=alignment, spaceAfter=6, shaping=shaping
    )
    return {
        "para": body,
        # The number (or bullet) hangs in the margin of the paragraph and every line of text aligns.
        "numbered": ParagraphStyle(
            "numbered", parent=body, leftIndent=10 * mm, bulletIndent=0, bulletFontName=base_font(), bulletFontSize=11
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=16 * mm,
            bulletIndent=11 * mm,
            bulletFontName=base_font(),
            bulletFontSize=11,
            spaceAfter=3,
        ),
        "quote": ParagraphStyle(
            "quote",
            parent=body,
            leftIndent=16 * mm,
            rightIndent=10 * mm,
            fontSize=10,
            leading=leading - 1,
            alignment=TA_LEFT,  # quoted statutes may be Thai or Khmer, which justify badly (no spaces between words)
        ),
        "heading": ParagraphStyle(
            "heading",
            parent=body,
            fontName=bold(font),
            fontSize=13,
            leading=leading + 2,
            spaceBefore=6,
            spaceAfter=10,
            alignment=1,
            keepWithNext=1,
        ),
        "subheading": ParagraphStyle(
            "subheading", parent=body, fontName=bold(font), fontSize=11.5, spaceBefore=8, keepWithNext=1, alignment=0
        ),
        # third-level headings ("### Charge 1: Online fraud"): bold italic would need a fourth font file per
        # script, so bold at body size, kept with the paragraph after it
        "subsubheading": ParagraphStyle(
            "subsubheading", parent=body, fontName=bold(font), fontSize=10.5, spaceBefore=6, keepWithNext=1, alignment=0
        ),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=12, alignment=0, spaceAfter=0),
        "hash": ParagraphStyle(
            "hash", parent=body, fontName=mono_font(), fontSize=6.5, leading=8.5, alignment=0, spaceAfter=0
        ),
        "note": ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, textColor=colors.HexColor("#8a1c1c")),
    }


def _rich(text: str) -> str:
    """Markup plus a red highlight for gaps and unverified markers, so they cannot be missed on paper."""
    parts = _FLAGS.split(text)
    flags = [f'<font color="#b00020"><b>{markup(m.group(0))}</b></font>' for m in _FLAGS.finditer(text)]
    return "".join(markup(part) + (flags[i] if i < len(flags) else "") for i, part in enumerate(parts))


_FLAGS = re.compile(FLAG_PATTERN)

TABLE_HEADINGS = {
    "en": ("Exhibit", "Description", "SHA-256", "No exhibits in the case file yet."),
    "km": ("ភស្តុតាង", "ការពិពណ៌នា", "SHA-256", "មិនទាន់មានភស្តុតាងក្នុងសំណុំរឿងនៅឡើយទេ។"),
    "th": ("พยานเอกสาร", "รายละเอียด", "SHA-256", "ยังไม่มีพยานหลักฐานในแฟ้มคดี"),
}


def exhibit_table(exhibits: list[dict[str, Any]], st: dict[str, ParagraphStyle], language: str = "en") -> Table:
    number, description, sha, empty = TABLE_HEADINGS.get(language, TABLE_HEADINGS["en"])
    rows = [
        [
            Paragraph(f"<b>{markup(number)}</b>", st["cell"]),
            Paragraph(f"<b>{markup(description)}</b>", st["cell"]),
            Paragraph(f"<b>{sha}</b>", st["cell"]),
        ]
    ]
    for exhibit in exhibits:
        sha = exhibit["sha256"]
        rows.append(
            [
                Paragraph(markup(exhibit["label"]), st["cell"]),
                Paragraph(markup(exhibit["description"]), st["cell"]),
                Paragraph(f"{sha[:32]}<br/>{sha[32:]}", st["hash"]),
            ]
        )
    if len(rows) == 1:
        rows.append([Paragraph("-", st["cell"]), Paragraph(markup(empty), st["cell"]), ""])
    # 156 mm: the text frame is 160 mm less ReportLab's 6 pt padding on each side, so the table lines up with the text.
    table = Table(rows, colWidths=[18 * mm, 84 * mm, 54 * mm], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), base_font()),  # the cells' default is Helvetica, never embedded
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef1f4")),
            ]
        )
    )
    return table


MARGINS = Margins(left=30, right=20, top=25, bottom=22)  # a wider binding edge for filed papers


def draft_pdf(blocks: list[Block], info: DocumentInfo) -> bytes:
    require_glyphs(document_texts(blocks, info), "PDF")
    st = styles(info.language)
    story: list[Any] = []
    if info.note:
        story.append(Paragraph(markup(info.note), st["note"]))
    body, closing = closing_blocks(blocks)
    for block in body:
        story += _flowables(block, st, info)
    if closing:  # the signature block (Respectfully submitted ... the date) never splits over a page break
        story.append(KeepTogether([f for block in closing for f in _flowables(block, st, info)]))
    title = running_title(blocks, info)  # the document's title in its own script, as in the header
    frame = _frame(info, title, st)
    return build_pdf(story, MARGINS, title, author=info.author or "Saksi", subject=info.reference, decorate=frame)


def closing_blocks(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """The blocks, and the run of plain paragraphs that ends the filing (its signature block, at most eight)."""
    start = len(blocks)
    while start > 0 and blocks[start - 1].kind == "para" and len(blocks) - start < 8:
        start -= 1
    return blocks[:start], blocks[start:]


def document_texts(blocks: list[Block], info: DocumentInfo) -> list[str]:
    """Every text the PDF will set, for the glyph check."""
    exhibits = [f"{e['label']} {e['description']}" for e in info.exhibits]
    return [b.text for b in blocks] + [info.title, info.reference, info.note, *exhibits, *_labels(info.language)]


def _labels(language: str) -> tuple[str, ...]:
    return (*TABLE_HEADINGS.get(language, TABLE_HEADINGS["en"]), PAGE_LABELS.get(language, "{page}"))


def running_title(blocks: list[Block], info: DocumentInfo) -> str:
    """The title in the running header: in a Khmer (Thai, Lao, Myanmar) filing, its own main heading in that
    script (the template's title is English), else the template's title."""
    script = LANGUAGE_SCRIPTS.get(info.language)
    if script is not None:
        headings = [b.text for b in blocks if b.kind == "heading" and "[MISSING" not in b.text]
        written = [h for h in headings if complex_script(h) == script]
        if written:
            return max(written, key=len)
    return info.title


def _flowables(block: Block, st: dict[str, ParagraphStyle], info: DocumentInfo) -> list[Any]:
    text = _rich(block.text)
    if block.kind == "exhibits":
        return [Spacer(1, 2 * mm), exhibit_table(info.exhibits, st, info.language), Spacer(1, 4 * mm)]
    if block.kind == "numbered":
        return [Paragraph(text, st["numbered"], bulletText=f"{block.number}.")]
    if block.kind == "bullet":
        return [Paragraph(text, st["bullet"], bulletText="\u2022")]
    return [Paragraph(text, st.get(block.kind, st["para"]))]


PAGE_LABELS = {"km": "ទំព័រ {page}", "th": "หน้า {page}"}
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def _frame(info: DocumentInfo, title: str, st: dict[str, ParagraphStyle]) -> Any:
    """Running header (reference left, title right, one line) and page number, shaped like the body."""
    line = ParagraphStyle("running", parent=st["para"], fontSize=8.5, leading=10, textColor=colors.HexColor("#444444"))
    width = A4[0] - 50 * mm
    title = fit(title, line, width - 50 * mm)

    def draw(canvas: Any, doc: Any) -> None:
        draw_text(canvas, info.reference, 30 * mm, A4[1] - 14 * mm, line, 48 * mm)
        draw_text(canvas, title, 80 * mm, A4[1] - 14 * mm, line, width - 50 * mm, align="right")
        page = PAGE_LABELS.get(info.language, "{page}").format(page=doc.page)
        if info.language == "km":
            page = page.translate(KHMER_DIGITS)
        draw_text(canvas, page, 30 * mm, 12 * mm, line, width, align="right")

    return draw
