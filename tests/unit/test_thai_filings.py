"""Thai filings (--lang th): every filing renders for a case in Thailand, marked as not written by a native
legal drafter, quoting the Thai statute texts verbatim from the legal library, stating party status, calling
the client a presumed victim until identified, and set in the bundled Noto Sans Thai, bold headings included."""

from __future__ import annotations

import io
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from app.cases.case_files import CaseFiles
from app.cases.model import Identification
from app.demo import demo_cases as demo
from app.drafting import case_drafts as drafts_module
from app.drafting import compose as drafting
from app.drafting.case_drafts import NOT_NATIVE, Drafts
from storage.vault import Vault

TEMPLATES = (
    "non-punishment-prosecutor",
    "non-punishment-court",
    "penalty-waiver-immigration",
    "victim-identification-request",
    "compensation-claim",
    "exhibit-list",
)
# The Thai statute each filing must quote in Thai for a case in Thailand (a piece of its verbatim text).
THAI_LAW = {
    "non-punishment-prosecutor": ("th.s41", "ห้ามมิให้พนักงานสอบสวนดำเนินคดีกับผู้เสียหาย"),
    "non-punishment-court": ("th.s41", "ห้ามมิให้พนักงานสอบสวนดำเนินคดีกับผู้เสียหาย"),
    "penalty-waiver-immigration": ("th.s37", "ได้รับอนุญาตให้ทำงานเป็นการชั่วคราวตามกฎหมายได้"),
    "compensation-claim": ("th.s35", "ตามที่ได้รับแจ้งจากปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
}


@pytest.fixture(autouse=True)
def shipped_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("SAKSI_LEGAL_DIR", raising=False)
    drafts_module.library.cache_clear()
    yield
    drafts_module.library.cache_clear()


@pytest.fixture
def thai_case(vault: Vault) -> str:
    files = CaseFiles(vault)
    reference = demo.fill(files, 2, evidence_cases=1, seed=11)[0]
    case, version = files.load(reference)
    case.jurisdiction = "TH"
    files.save(case, version)
    return reference


def pdf_text(data: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return " ".join(done.stdout.decode("utf-8").split())


def pdf_fonts(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "fonts.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdffonts", str(path)], capture_output=True, check=True, text=True).stdout


def test_every_filing_has_a_thai_version_marked_not_native() -> None:
    found = drafting.list_templates(None)
    for template in TEMPLATES:
        variant = found[template].variants["th"]
        assert variant.native_drafter is False
        assert variant.path.name == f"{template}.th.j2"
    assert drafting.LANGUAGES["th"] == "Thai"
    assert "Thai" in NOT_NATIVE["th"] and "native" in NOT_NATIVE["th"]


@pytest.mark.parametrize("template", TEMPLATES)
def test_thai_filing_for_a_case_in_thailand(vault: Vault, thai_case: str, template: str, tmp_path: Path) -> None:
    drafts = Drafts(vault)
    generated = drafts.generate(thai_case, template, "th", recipient="")
    text = drafts.resolved_text(generated.draft)
    for leftover in ("{{", "{%", "[[cite", "[[missing", "None", "Undefined"):
        assert leftover not in text, leftover
    library = drafts_module.library()
    # research notes never print, whatever the filing cites
    for citation_id in generated.draft.text.split("[[cite:")[1:]:
        note = library.citation(citation_id.split("]]")[0]).note
        assert not note or note not in text
    if template in THAI_LAW:
        citation_id, words = THAI_LAW[template]
        assert words in library.citation(citation_id).text and f"“{library.citation(citation_id).text}”" in text
        assert library.citation(citation_id).gloss not in text  # the English gloss is for English filings
    if template != "exhibit-list":
        assert "อาจเป็นผู้เสียหายจากการค้ามนุษย์" in text  # a presumed victim: not identified
        assert "ผู้เสียหายจากการค้ามนุษย์ ซึ่ง" not in text
    if template in ("non-punishment-prosecutor", "non-punishment-court", "penalty-waiver-immigration"):
        assert "ประเทศไทยได้ให้สัตยาบันอนุสัญญาอาเซียน" in text  # ACTIP: confirmed in the sources
        assert "สถานะการเป็นภาคีพิธีสาร ค.ศ. 2014 ของอนุสัญญาว่าด้วยแรงงานบังคับ (ILO P29) ของประเทศไทย: [MISSING:" in text

    pdf = drafts.render_bytes(generated.draft, "pdf")
    printed = pdf_text(pdf)
    assert NOT_NATIVE["th"] in printed
    assert "#" not in printed.replace("SHA-256", "") and "**" not in printed  # no literal markup on paper
    fonts = pdf_fonts(pdf, tmp_path)
    assert "NotoSansThai-Regular" in fonts and "NotoSansThai-Bold" in fonts  # bold Thai headings
    assert thai_case in pdf_text(pdf)
    docx = Document(io.BytesIO(drafts.render_bytes(generated.draft, "docx")))
    assert any("คำร้อง" in p.text or "บัญชี" in p.text or "คำแถลง" in p.text for p in docx.paragraphs)


def test_compensation_in_thailand_goes_through_msdhs_before_the_court_of_first_instance(
    vault: Vault, thai_case: str
) -> None:
    text = Drafts(vault).resolved_text(Drafts(vault).generate(thai_case, "compensation-claim", "th").draft)
    assert "ขอให้ส่งคำร้องนี้ผ่านกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" in text
    assert "ก่อนที่ศาลชั้นต้นจะมีคำพิพากษา" in text
    assert "ค่าเสียหายเพื่อการลงโทษ" in text and "(สาระสำคัญ ยังไม่ได้อ่านตัวบททางการ)" in text


def test_an_identified_client_is_a_victim_and_14_8_applies(vault: Vault, thai_case: str) -> None:
    files = CaseFiles(vault)
    case, version = files.load(thai_case)
    case.identification = Identification(decided_by="DSDW Bangkok", decided_on="2026-03-01", reference="ID-7")
    files.save(case, version)
    drafts = Drafts(vault)
    text = drafts.resolved_text(drafts.generate(thai_case, "penalty-waiver-immigration", "th").draft)
    assert "ผู้เสียหายจากการค้ามนุษย์ ซึ่ง DSDW Bangkok ได้คัดแยกและระบุว่าเป็นผู้เสียหาย" in text
    assert "เมื่อวันที่ 1 มีนาคม พ.ศ. 2569" in text
    assert "บุคคลที่มีข้อบ่งชี้ว่าอาจเป็นผู้เสียหาย" not in text


def test_thai_dates_use_the_buddhist_era() -> None:
    assert drafting.date_text(date(2026, 12, 6).isoformat(), "th") == "6 ธันวาคม พ.ศ. 2569"
