"""The findings report as a PDF: the seed's sections, a bar chart beside each table, a timeline."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from app.analysis.findings import HIDDEN, Report, base_shown, cases_shown
from app.analysis.findings import Table as FindingsTable
from app.writers.fonts import require_glyphs
from app.writers.page import Margins, build_pdf
from app.writers.pdf_text import base_font, bold, markup

BAR = colors.HexColor("#2f6f9f")
SUPPRESSED = colors.HexColor("#c9d3dc")
KEEP_ZERO_ROWS = {"age", "timeline"}  # ordered scales read better without gaps


def _styles() -> dict[str, ParagraphStyle]:
    font = base_font()
    body = ParagraphStyle("body", fontName=font, fontSize=9.5, leading=13, shaping=1)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=colors.HexColor("#555555")),
        "title": ParagraphStyle("title", parent=body, fontName=bold(font), fontSize=18, leading=22, spaceAfter=6 * mm),
        "h1": ParagraphStyle(
            "h1",
            parent=body,
            fontName=bold(font),
            fontSize=13,
            leading=16,
            spaceBefore=6 * mm,
            spaceAfter=2 * mm,
            keepWithNext=1,
        ),
        "intro": ParagraphStyle("intro", parent=body, keepWithNext=1),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=bold(font), fontSize=10.5, leading=13, spaceBefore=3 * mm, spaceAfter=1.5 * mm
        ),
    }


def bar(count: int, top: int, suppressed: bool, k: int, width: float = 70 * mm) -> Drawing:
    """One row's bar, drawn in the table row itself so bars and numbers always line up."""
    drawing = Drawing(width, 9, initialFontName=base_font())  # not Helvetica, which the PDF would not embed
    if suppressed:
        drawing.add(Rect(0, 1.5, 6, 6, fillColor=SUPPRESSED, strokeColor=None))
        drawing.add(String(9, 2, HIDDEN, fontName=base_font(), fontSize=7, fillColor=colors.grey))
    elif count:
        drawing.add(Rect(0, 1.5, max(1.0, (width - 4) * count / max(top, 1)), 6, fillColor=BAR, strokeColor=None))
    return drawing


def timeline_chart(table: FindingsTable, k: int) -> Drawing:
    drawing = Drawing(170 * mm, 55 * mm, initialFontName=base_font())
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 10 * mm, 12 * mm, 155 * mm, 38 * mm
    chart.data = [[0 if c.suppressed else c.count for c in table.cells]]
    chart.categoryAxis.categoryNames = [c.label for c in table.cells]
    chart.categoryAxis.labels.fontName = base_font()
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = base_font()
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = BAR
    chart.bars.strokeColor = None
    drawing.add(chart)
    return drawing


def _table_block(table: FindingsTable, k: int, styles: dict[str, ParagraphStyle]) -> Any:
    # a hidden row is listed whatever its count: leaving out hidden zeros would tell which hidden rows are 0
    cells = [c for c in table.cells if c.count or c.suppressed or table.id in KEEP_ZERO_ROWS]
    top = max([c.count for c in cells if not c.suppressed] + [k])
    rows: list[list[Any]] = [["", "Cases" if table.base_label == "cases" else "Charges", "%", ""]]
    for cell in cells:
        rows.append(
            [
                Paragraph(markup(cell.label), styles["body"]),
                cell.shown(k),
                cell.percent(table.base),
                bar(cell.count, top, cell.suppressed, k) if table.chart else "",
            ]
        )
    if not cells:
        rows.append([Paragraph("No case records an answer.", styles["body"]), "", "", ""])
    grid = Table(rows, colWidths=[62 * mm, 16 * mm, 14 * mm, 78 * mm])
    grid.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), base_font()),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    caption = f"n = {base_shown(table, k)} {table.base_label}." + (f" {table.note}" if table.note else "")
    return KeepTogether(
        [Paragraph(markup(table.title), styles["h2"]), grid, Paragraph(markup(caption), styles["small"])]
    )


def report_texts(report: Report, office: str = "") -> list[str]:
    """Every text the report will set, for the glyph check (app.writers.fonts.require_glyphs)."""
    tables = [t for section in report.sections for t in section.tables] + ([report.timeline] if report.timeline else [])
    return [
        office,
        report.filters.describe(),
        *(text for section in report.sections for text in (section.title, section.summary)),
        *(text for table in tables for text in (table.title, table.note, *(c.label for c in table.cells))),
    ]


def findings_pdf(report: Report, office: str = "") -> bytes:
    require_glyphs(report_texts(report, office), "findings report")
    styles = _styles()
    k = report.k
    story: list[Any] = [
        Paragraph("Findings from the case files", styles["title"]),
        Paragraph(
            markup(
                f"{office + ' - ' if office else ''}Prepared {date.today().isoformat()} with Saksi from "
                f"{cases_shown(report)} case files ({report.filters.describe()})."
            ),
            styles["body"],
        ),
        Spacer(1, 2 * mm),
        Paragraph(
            f"<b>Privacy.</b> No count from 1 to {k - 1} is published. Every hidden count is shown as "
            f'"{HIDDEN}", whatever its size: some are hidden only so that a small one cannot be worked out from '
            "the others (by subtraction from a total or from a sub-table's base). The report holds no names, "
            "references, identifiers, free text or exact dates. Comparing reports run with different filters "
            "can still narrow groups down: share one report, not a series.",
            styles["small"],
        ),
        Paragraph(
            "<b>Not a legal determination.</b> These counts describe what the files record; they do not "
            "decide whether any person is a victim of trafficking or forced labour.",
            styles["small"],
        ),
    ]
    if report.withheld:
        story.append(
            Paragraph(f"Fewer than {k} case files match these filters, so nothing can be shown.", styles["h1"])
        )
    for section in report.sections:
        story += [Paragraph(markup(section.title), styles["h1"]), Paragraph(markup(section.summary), styles["intro"])]
        story += [_table_block(t, k, styles) for t in section.tables]
    if report.timeline and report.timeline.cells:
        story += [
            Paragraph("Cases over time", styles["h1"]),
            timeline_chart(report.timeline, k),
            Paragraph(f'Hidden quarters ("{HIDDEN}") are drawn empty.', styles["small"]),
        ]
    return build_pdf(story, Margins(20, 20, 18, 18), "Findings from the case files", decorate=_footer)


def _footer(canvas: Any, doc: Any) -> None:
    canvas.setFont(base_font(), 8)
    canvas.drawString(20 * mm, 10 * mm, "Saksi - findings from the case files (anonymised, small cells suppressed)")
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
