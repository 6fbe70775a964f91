"""The referral form as a PDF (the PDF half of app/referral/form.py): the chosen parts of the case, in tables."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from app.writers.fonts import require_glyphs
from app.writers.page import Margins, build_pdf
from app.writers.pdf_text import base_font, markup


def form_pdf(
    info: dict[str, str],
    consent_line: str,
    body: list[tuple[str, list[tuple[str, str]]]],
    labels: dict[str, str],
    language: str,
) -> bytes:
    """The form in the recipient's language, set like the filings; labels are the form's own (LABELS[language])."""
    from app.writers.draft_pdf import styles  # the filings' styles: the script's font, leading and alignment

    texts = [*info.values(), consent_line, labels["none"], labels["note"]]
    texts += [t for heading, rows in body for row in rows for t in (heading, *row)]
    require_glyphs(texts, "PDF")
    st = styles(language)
    story: list[Any] = [Paragraph(markup(labels["title"]), st["heading"])]
    if labels["note"]:
        story.append(Paragraph(markup(labels["note"]), st["note"]))
    head = [(labels[k], info[k]) for k in ("from", "to", "date", "reference", "lawyer") if info.get(k)]
    story += [_table(head, st), Spacer(1, 4 * mm)]
    story += [Paragraph(markup(labels["consent"]), st["subheading"]), Paragraph(markup(consent_line), st["para"])]
    for heading, rows in body:
        story.append(Paragraph(markup(heading), st["subheading"]))
        story.append(_table(rows, st) if rows else Paragraph(markup(labels["none"]), st["para"]))
    story += [Spacer(1, 6 * mm), Paragraph(markup(info["footer"]), st["cell"])]
    return build_pdf(story, Margins(22, 22, 20, 20), labels["title"], subject=info["reference"])


def _table(rows: list[tuple[str, str]], st: dict[str, ParagraphStyle]) -> Table:
    cells = [[Paragraph(f"<b>{markup(k)}</b>", st["cell"]), Paragraph(markup(v), st["cell"])] for k, v in rows]
    table = Table(cells, colWidths=[48 * mm, 118 * mm], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), base_font()),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef1f4")),
            ]
        )
    )
    return table
