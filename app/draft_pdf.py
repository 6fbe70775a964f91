"""A draft filing as a PDF for filing: A4, filing margins, case reference in the header, page numbers,
numbered paragraphs, an exhibit table; real text with embedded, shaped fonts (Khmer, Thai, Lao, Myanmar)."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus import paragraph as rl_paragraph

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
    # Khmer is written without spaces between words, and ReportLab breaks lines only at spaces: justified
    # Khmer lines stretch the few spaces there are into wide gaps, so Khmer is set ragged-right.
    alignment = TA_LEFT if language == "km" else TA_JUSTIFY
    body = ParagraphStyle(
        "body", fontName=font, fontSize=11, leading=leading, alignment=alignment, spaceAfter=6, shaping=shaping
    )
    return {
        "para": body,
        # The number (or bullet) hangs in the margin of the paragraph and every line of text aligns.
        "numbered": ParagraphStyle(
            "numbered", parent=body, leftIndent=10 * mm, bulletIndent=0, bulletFontName=font, bulletFontSize=11
        ),
        "bullet": ParagraphStyle(
            "bullet",
            parent=body,
            leftIndent=16 * mm,
            bulletIndent=11 * mm,
            bulletFontName=font,
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

# ReportLab 5.1 shapes with kern, liga and dlig. Discretionary ligatures (DejaVu's "st") do not belong in a
# filing, and in Latin text even standard ones ("fi", "ffi") stop a search for "trafficking" finding the word
# in the PDF; Khmer, Thai, Lao and Myanmar fonts keep theirs.
SHAPING_FEATURES = {"kern": True, "liga": True}
LATIN_FEATURES = {"kern": True, "liga": False}


def _features(font_name: str | None) -> dict[str, bool]:
    fonts = registered_fonts()
    latin = {fonts["Latin"], f"{fonts['Latin']}-Bold", fonts["Mono"], f"{fonts['Mono']}-Bold"}
    return LATIN_FEATURES if font_name in latin else SHAPING_FEATURES


def _shape_by_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    """Shape each run of one font in a word on its own.

    ReportLab 5.1 shapes a whole word with the font of its first fragment, so a word that mixes
    fonts, such as "(ចាន់" (a Latin bracket, then Khmer), comes out as the wrong glyphs. Splitting the
    word into runs of one font and shaping each fixes it.
    """
    shape = ttfonts.shapeFragWord
    if isinstance(word, ttfonts.ShapedFragWord) or len(word) < 2:
        return word
    runs: list[list[Any]] = []
    font = None
    for fragment in word[1:]:
        name = getattr(fragment[0], "fontName", None)  # None for a link or anchor fragment: it joins the run
        if not runs or (name is not None and name != font):
            runs.append([])
            font = name if name is not None else font
        runs[-1].append(fragment)
    if len(runs) == 1:
        return shape(word, _features(font))
    width, changed = 0.0, False
    parts: list[Any] = []
    for run in runs:
        plain = [f for f in run if not hasattr(f[0], "cbDefn")]
        sub = [sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in plain), *run]
        shaped = shape(sub, _features(plain[0][0].fontName)) if plain else sub
        changed = changed or shaped is not sub
        width += shaped[0]
        parts.extend(shaped[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *parts])


@contextmanager
def _shaping_fixed() -> Iterator[None]:
    original = rl_paragraph.shapeFragWord
    rl_paragraph.shapeFragWord = _shape_by_font
    try:
        yield
    finally:
        rl_paragraph.shapeFragWord = original


TABLE_HEADINGS = {
    "en": ("Exhibit", "Description", "SHA-256", "No exhibits in the case file yet."),
    "km": ("ភស្តុតាង", "ការពិពណ៌នា", "SHA-256", "មិនទាន់មានភស្តុតាងក្នុងសំណុំរឿងនៅឡើយទេ។"),
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
                Paragraph(exhibit["label"], st["cell"]),
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
        initialFontName=base_font(),  # else the canvas starts in Helvetica, a font the PDF does not embed
    )
    story: list[Any] = []
    if info.note:
        story.append(Paragraph(markup(info.note), st["note"]))
    for block in blocks:
        story += _flowables(block, st, info)
    with _shaping_fixed():
        doc.build(story, onFirstPage=_frame(info), onLaterPages=_frame(info))
    return out.getvalue()


def _flowables(block: Block, st: dict[str, ParagraphStyle], info: DocumentInfo) -> list[Any]:
    text = _rich(block.text)
    if block.kind == "exhibits":
        return [Spacer(1, 2 * mm), exhibit_table(info.exhibits, st, info.language), Spacer(1, 4 * mm)]
    if block.kind == "numbered":
        return [Paragraph(text, st["numbered"], bulletText=f"{block.number}.")]
    if block.kind == "bullet":
        return [Paragraph(text, st["bullet"], bulletText="\u2022")]
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
