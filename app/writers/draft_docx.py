"""The same draft as DOCX (python-docx) for further editing in Word or LibreOffice."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.drafting.compose import Block
from app.writers.docx_fonts import add_text, embed_fonts, style_fonts, used_families
from app.writers.draft_pdf import TABLE_HEADINGS, DocumentInfo, closing_blocks, document_texts, running_title
from app.writers.fonts import complex_script, require_glyphs
from storage.phrases import FLAG_PATTERN, MISSING_PREFIX, UNVERIFIED_MARKER

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
    _properties(document, info, running_title(blocks, info))
    numbering = _numbering(document)
    if info.note:
        _runs(document.add_paragraph(), info.note, italic=True)
    body, closing = closing_blocks(blocks)
    for block in body:
        _add(document, block, info, numbering)
    for index, block in enumerate(closing):  # the signature block stays on one page, in Word as in the PDF
        _add(document, block, info, numbering)
        document.paragraphs[-1].paragraph_format.keep_with_next = index < len(closing) - 1
    out = io.BytesIO()
    document.save(out)
    return embed_fonts(out.getvalue(), used_families(texts))


def _properties(document: object, info: DocumentInfo, title: str = "") -> None:
    """Title (in the filing's own script, as its running header), author (the lawyer, not the template's last
    editor) and today's date, as Word shows them."""
    props = document.core_properties  # type: ignore[attr-defined]
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
    props.title = title or info.title
    props.subject = info.reference
    props.author = info.author
    props.last_modified_by = info.author
    props.created = now
    props.modified = now
    props.revision = 1
    props.comments = ""
    props.keywords = ""


def _numbering(document: object) -> str:
    """A decimal list in numbering.xml ("1.", hanging 10 mm) and its w:numId.

    Numbered paragraphs point to it instead of carrying their number as text, so Word and LibreOffice
    renumber them when the lawyer inserts or deletes a paragraph.
    """
    numbering = document.part.numbering_part.element  # type: ignore[attr-defined]
    ids = [int(n.get(qn("w:abstractNumId"))) for n in numbering.findall(qn("w:abstractNum"))]
    abstract_id = str(max(ids, default=0) + 1)
    nums = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    num_id = str(max(nums, default=0) + 1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "singleLevel")
    abstract.append(multi)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    ppr = OxmlElement("w:pPr")
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), "567")  # 10 mm in twentieths of a point
    indent.set(qn("w:hanging"), "567")
    ppr.append(indent)
    level.append(ppr)
    abstract.append(level)
    # abstractNum elements must come before every w:num in numbering.xml
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), abstract_id)
    num.append(ref)
    numbering.append(num)
    return num_id


def _number(paragraph: object, num_id: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()  # type: ignore[attr-defined]
    numpr = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    ref = OxmlElement("w:numId")
    ref.set(qn("w:val"), num_id)
    numpr.append(level)
    numpr.append(ref)
    ppr.insert(0, numpr)


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

    for part in re.split(f"({FLAG_PATTERN})", text):
        if not part:
            continue
        for run in add_text(paragraph, part):
            run.italic = italic
            if part.startswith(MISSING_PREFIX) or part == UNVERIFIED_MARKER:
                run.bold = True
                run.font.color.rgb = RED


def _add(document: object, block: Block, info: DocumentInfo, numbering: str) -> None:
    doc = document
    if block.kind == "heading":
        heading = doc.add_heading(level=1)  # type: ignore[attr-defined]
        heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _runs(heading, block.text)
    elif block.kind == "subheading":
        _runs(doc.add_heading(level=2), block.text)  # type: ignore[attr-defined]
    elif block.kind == "subsubheading":
        _runs(doc.add_heading(level=3), block.text)  # type: ignore[attr-defined]
    elif block.kind == "numbered":
        paragraph = doc.add_paragraph()  # type: ignore[attr-defined]
        _number(paragraph, numbering)  # Word's own numbering: it renumbers after an edit
        paragraph.alignment = _alignment(block.text)
        _runs(paragraph, block.text)
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
