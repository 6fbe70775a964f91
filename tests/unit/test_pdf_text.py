"""Every PDF Saksi writes keeps its Khmer, Thai, Lao and Myanmar text searchable, and breaks lines between words.

Oracles: poppler's pdftotext (what a court's search indexes), ICU's word and line breakers (icu4py), and
pdffonts. Each document type is written with a paragraph of every script (bench/text_layer.py: SAMPLES).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from app.analysis.findings import Cell, Report, ReportFilters, Section, Table
from app.drafting.compose import Block
from app.writers import pdf_text as pdf
from app.writers.draft_pdf import DocumentInfo, draft_pdf
from app.writers.exhibit_index import index_pdf
from app.writers.findings_pdf import findings_pdf
from bench.text_layer import MUST_FIND, SAMPLES, bad_line_ends, pdf_text, retained, words_found

SCRIPTS = list(SAMPLES)
HASH = "0123456789abcdef" * 4


def draft(language: str) -> bytes:
    blocks = [Block("heading", SAMPLES["Khmer"][:40])]
    blocks += [Block("numbered", text, number) for number, text in enumerate(SAMPLES.values(), start=1)]
    blocks += [Block("para", text) for text in SAMPLES.values()]
    return draft_pdf(blocks, DocumentInfo("Submission", "KH-2026-0001", language, []))


def index() -> bytes:
    rows = [
        {
            "exhibit": f"E-{n}",
            "description": text,
            "original_filename": "chat.png",
            "received_from": "client",
            "received_on": "2026-01-02",
            "via": "",
            "derived_from": "",
            "sha256": HASH,
            "size": 1000,
        }
        for n, text in enumerate(SAMPLES.values(), start=1)
    ]
    return index_pdf("KH-2026-0001", rows, [])


def findings() -> bytes:
    cells = [Cell(script, text, 5) for script, text in SAMPLES.items()]
    sections = [
        Section("s", SAMPLES["Thai"][:30], SAMPLES["Lao"], [Table("t", SAMPLES["Myanmar"][:30], cells, 20, False)])
    ]
    return findings_pdf(Report(3, ReportFilters(), 20, sections, None), office=SAMPLES["Khmer"][:30])


WRITERS = {"draft-km": lambda: draft("km"), "draft-en": lambda: draft("en"), "index": index, "findings": findings}


@pytest.fixture(scope="module")
def texts() -> dict[str, str]:
    return {name: pdf_text(write()) for name, write in WRITERS.items()}


@pytest.mark.parametrize("document", list(WRITERS))
@pytest.mark.parametrize("script", SCRIPTS)
def test_text_layer_keeps_the_characters_and_words(texts: dict[str, str], document: str, script: str) -> None:
    extracted = texts[document]
    assert retained(SAMPLES[script], extracted) >= 0.99
    assert words_found(SAMPLES[script], extracted) >= 0.99
    haystack = "".join(extracted.split())
    assert [w for w in MUST_FIND[script] if w not in haystack] == []


@pytest.mark.parametrize("script", ["Khmer", "Thai", "Lao"])
def test_lines_end_only_between_words(tmp_path: Path, script: str) -> None:
    """A long paragraph wraps over several lines; every line end is one of ICU's break opportunities."""
    source = SAMPLES[script] * 2
    extracted = pdf_text(draft_pdf([Block("para", source)], DocumentInfo("", "", "en", [])))
    paragraph = max(extracted.split("\n\n"), key=len)
    assert len(paragraph.splitlines()) >= 4
    assert bad_line_ends(source, paragraph) == []


def test_without_actual_text_khmer_is_lost(monkeypatch: pytest.MonkeyPatch) -> None:
    """The measure is sharp: ReportLab's glyphs alone give back about half of the Khmer."""
    pdf.install()
    monkeypatch.setattr(pdf, "_actual_text", lambda text, code: code)
    extracted = pdf_text(draft_pdf([Block("para", SAMPLES["Khmer"])], DocumentInfo("", "", "km", [])))
    assert retained(SAMPLES["Khmer"], extracted) < 0.9


def test_khmer_filing_headings_are_bold_and_header_is_khmer(tmp_path: Path) -> None:
    heading = "សេចក្តីសន្និដ្ឋានរបស់មេធាវីការពារក្តី"
    data = draft_pdf(
        [Block("heading", heading), Block("para", SAMPLES["Khmer"])], DocumentInfo("Submission", "KH-1", "km", [])
    )
    target = tmp_path / "km.pdf"
    target.write_bytes(data)
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansKhmer-Bold" in fonts
    assert heading in page_band(target, 0, 55) and "Submission" not in page_band(target, 0, 55)
    assert "ទំព័រ ១" in page_band(target, 790, 52)


def page_band(pdf: Path, top: int, height: int) -> str:
    """The text pdftotext finds in a horizontal band of an A4 page (points from the top)."""
    band = ["-x", "0", "-W", "595", "-y", str(top), "-H", str(height)]
    return subprocess.run(["pdftotext", *band, str(pdf), "-"], capture_output=True, text=True, check=True).stdout
