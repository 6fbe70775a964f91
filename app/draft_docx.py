"""The same draft as DOCX (python-docx) for further editing in Word or LibreOffice."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.draft_pdf import TABLE_HEADINGS, DocumentInfo
from app.drafting import Block

RED = RGBColor(0xB0, 0x00, 0x20)


def draft_docx(blocks: list[Block], info: DocumentInfo) -> bytes:
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    section.header.paragraphs[0].text = f"{info.reference}    {info.title}"
    style = document.styles["Normal"]
    style.font.name = "Khmer OS" if info.language == "km" else "Calibri"
    style.font.size = Pt(11)
    if info.language == "km":
        _complex_script_font(document, "Khmer OS")
    document.core_properties.title = info.title
    document.core_properties.subject = info.reference
    if info.note:
        _runs(document.add_paragraph(), info.note, italic=True)
    for block in blocks:
        _add(document, block, info)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _complex_script_font(document: object, name: str) -> None:
    """Word sets Khmer (a complex script) in the style's w:cs font, which font.name does not set."""
    for style_name in ("Normal", "Heading 1", "Heading 2", "Quote", "List Bullet", "Title"):
        try:
            style = document.styles[style_name]  # type: ignore[attr-defined]
        except KeyError:
            continue
        rpr = style.element.get_or_add_rPr()
        rpr.get_or_add_rFonts().set(qn("w:cs"), name)
        if style_name == "Normal" and rpr.find(qn("w:szCs")) is None:
            size = OxmlElement("w:szCs")
            size.set(qn("w:val"), "22")  # half-points: 11 pt, as the Latin size
            rpr.append(size)


def _runs(paragraph: object, text: str, *, italic: bool = False) -> None:
    """Plain runs, with gaps and unverified markers in red so they cannot be missed."""
    import re

    for part in re.split(r"(\[MISSING: [^\]]*\]|\[unverified - check before filing\])", text):
        if not part:
            continue
        run = paragraph.add_run(part)  # type: ignore[attr-defined]
        run.italic = italic
        if part.startswith("[MISSING") or part.startswith("[unverified"):
            run.bold = True
            run.font.color.rgb = RED


def _add(document: object, block: Block, info: DocumentInfo) -> None:
    doc = document
    if block.kind == "heading":
        heading = doc.add_heading(level=1)  # type: ignore[attr-defined]
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _runs(heading, block.text)
    elif block.kind == "subheading":
        _runs(doc.add_heading(level=2), block.text)  # type: ignore[attr-defined]
    elif block.kind == "numbered":
        paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
        paragraph.paragraph_format.left_indent = Mm(10)
        paragraph.paragraph_format.first_line_indent = Mm(-10)
        paragraph.paragraph_format.tab_stops.add_tab_stop(Mm(10))  # the text after the number aligns
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _runs(paragraph, f"{block.number}.\t{block.text}")
    elif block.kind == "bullet":
        _runs(doc.add_paragraph(style="List Bullet"), block.text)  # type: ignore[attr-defined]
    elif block.kind == "quote":
        _runs(doc.add_paragraph(style="Quote"), block.text)  # type: ignore[attr-defined]
    elif block.kind == "exhibits":
        _exhibits(doc, info)
    else:
        paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        _runs(paragraph, block.text)


def _exhibits(doc: object, info: DocumentInfo) -> None:
    table = doc.add_table(rows=1, cols=3)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    headings = TABLE_HEADINGS.get(info.language, TABLE_HEADINGS["en"])
    for cell, title in zip(table.rows[0].cells, headings[:3], strict=True):
        cell.text = title
    for exhibit in info.exhibits:
        cells = table.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = exhibit["label"], exhibit["description"], exhibit["sha256"]
        for run in cells[2].paragraphs[0].runs:
            run.font.size = Pt(7)
