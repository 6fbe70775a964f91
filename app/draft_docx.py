"""The same draft as DOCX (python-docx) for further editing in Word or LibreOffice."""

from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.docx_fonts import add_text, embed_fonts, style_fonts, used_families
from app.draft_pdf import TABLE_HEADINGS, DocumentInfo, document_texts, running_title
from app.drafting import Block
from app.fonts import complex_script, require_glyphs

RED = RGBColor(0xB0, 0x00, 0x20)


def draft_docx(blocks: list[Block], info: DocumentInfo) -> bytes:
    texts = document_texts(blocks, info)
    require_glyphs(texts, "DOCX")
    document = Document()
    section = document.sections[0]
    section.page_height, section.page_width = Mm(297), Mm(210)
    section.left_margin, section.right_margin = Mm(30), Mm(20)
    section.top_margin, section.bottom_margin = Mm(25), Mm(22)
    add_text(section.header.paragraphs[0], f"{info.reference}    {running_title(blocks, info)}")
    style = document.styles["Normal"]
    style.font.size = Pt(11)
    style_fonts(document, info.language)
    _complex_script_size(document)
    document.core_properties.title = info.title
    document.core_properties.subject = info.reference
    if info.note:
        _runs(document.add_paragraph(), info.note, italic=True)
    for block in blocks:
        _add(document, block, info)
    out = io.BytesIO()
    document.save(out)
    return embed_fonts(out.getvalue(), used_families(texts))


def _complex_script_size(document: object) -> None:
    """Word sizes complex scripts (Khmer, Thai...) by w:szCs, which font.size does not set: 11 pt, as Latin."""
    rpr = document.styles["Normal"].element.get_or_add_rPr()  # type: ignore[attr-defined]
    if rpr.find(qn("w:szCs")) is None:
        size = OxmlElement("w:szCs")
        size.set(qn("w:val"), "22")  # half-points
        rpr.append(size)


def _runs(paragraph: object, text: str, *, italic: bool = False) -> None:
    """Plain runs, with gaps and unverified markers in red so they cannot be missed."""
    import re

    for part in re.split(r"(\[MISSING: [^\]]*\]|\[unverified - check before filing\])", text):
        if not part:
            continue
        for run in add_text(paragraph, part):
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
        paragraph.alignment = _alignment(block.text)
        _runs(paragraph, f"{block.number}.\t{block.text}")
    elif block.kind == "bullet":
        _runs(doc.add_paragraph(style="List Bullet"), block.text)  # type: ignore[attr-defined]
    elif block.kind == "quote":
        _runs(doc.add_paragraph(style="Quote"), block.text)  # type: ignore[attr-defined]
    elif block.kind == "exhibits":
        _exhibits(doc, info)
    else:
        paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
        paragraph.alignment = _alignment(block.text)
        _runs(paragraph, block.text)


def _alignment(text: str) -> WD_ALIGN_PARAGRAPH:
    """Justified, unless the paragraph holds Khmer, Thai, Lao or Myanmar: there, justifying stretches the
    few spaces and LibreOffice spreads a line's clusters apart, so those paragraphs are set ragged-right."""
    return WD_ALIGN_PARAGRAPH.LEFT if complex_script(text) else WD_ALIGN_PARAGRAPH.JUSTIFY


def _exhibits(doc: object, info: DocumentInfo) -> None:
    table = doc.add_table(rows=1, cols=3)  # type: ignore[attr-defined]
    table.style = "Table Grid"
    headings = TABLE_HEADINGS.get(info.language, TABLE_HEADINGS["en"])
    for cell, title in zip(table.rows[0].cells, headings[:3], strict=True):
        add_text(cell.paragraphs[0], title)
    for exhibit in info.exhibits:
        cells = table.add_row().cells
        for cell, text in zip(cells, (exhibit["label"], exhibit["description"], exhibit["sha256"]), strict=True):
            add_text(cell.paragraphs[0], text)
        for run in cells[2].paragraphs[0].runs:
            run.font.size = Pt(7)
