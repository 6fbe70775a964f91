"""The one page frame of every PDF Saksi writes: A4, margins, document metadata and the running header/footer."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, SimpleDocTemplate

from app.writers.pdf_text import base_font

# Draws on each page (header, footer) given the canvas and the document, whose .page is the page number.
Decorate = Callable[[Any, Any], None]


@dataclass(frozen=True)
class Margins:
    """Page margins in millimetres."""

    left: float
    right: float
    top: float
    bottom: float


def build_pdf(
    story: Sequence[Flowable],
    margins: Margins,
    title: str,
    *,
    author: str = "Saksi",
    subject: str | None = None,
    decorate: Decorate | None = None,
) -> bytes:
    """Lay out the story on A4 pages and return the PDF; decorate draws each page's header and footer."""
    out = io.BytesIO()
    extra = {"subject": subject} if subject is not None else {}
    doc = SimpleDocTemplate(
        out,
        pagesize=A4,
        leftMargin=margins.left * mm,
        rightMargin=margins.right * mm,
        topMargin=margins.top * mm,
        bottomMargin=margins.bottom * mm,
        title=title,
        author=author,
        initialFontName=base_font(),  # else the canvas starts in Helvetica, a font the PDF does not embed
        **extra,
    )
    if decorate is None:
        doc.build(list(story))
    else:
        page = _saving_state(decorate)
        doc.build(list(story), onFirstPage=page, onLaterPages=page)
    return out.getvalue()


def _saving_state(decorate: Decorate) -> Decorate:
    """The header/footer drawing leaves the canvas' font and colour as the story expects them."""

    def draw(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        decorate(canvas, doc)
        canvas.restoreState()

    return draw
