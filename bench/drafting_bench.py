"""A 10-page submission with 50 exhibits: template to PDF and DOCX, against ReportLab alone on the same text."""

from __future__ import annotations

import io
import subprocess
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.cases.case_files import CaseFiles
from app.cases.model import Fact
from app.demo import demo_cases as demo
from app.drafting import compose as drafting
from app.drafting.case_drafts import Drafts
from app.evidence.locker import EvidenceLocker
from bench.timing import median_seconds
from storage.evidence import Provenance
from storage.vault import Vault

TEMPLATE = "non-punishment-prosecutor"


def _case_with_50_exhibits(vault: Vault) -> str:
    files = CaseFiles(vault)
    reference = demo.fill(files, 1, seed=5, evidence_cases=0)[0]
    locker = EvidenceLocker(vault)
    ids = []
    for number in range(50):
        data = f"chat export {number}\n".encode() * 50
        result = locker.import_bytes(
            reference,
            data,
            f"chat-{number:02d}.txt",
            Provenance(received_from="client", description=f"Chat export part {number + 1}"),
        )
        assert result.item is not None
        ids.append(result.item.id)
    locker.worker.close()
    case, version = files.load(reference)
    case.facts = [
        *case.facts,
        *(
            Fact(
                statement=f"Message {n + 1} shows the recruiter's promise and the threats that "
                "followed, in the client's own words (synthetic).",
                evidence_ids=[ids[n]],
            )
            for n in range(50)
        ),
    ]
    for charge in case.charges:
        charge.nexus.fact_ids = [f.id for f in case.facts]
    files.save(case, version)
    return reference


def _plain_pdf(text: str) -> bytes:
    out = io.BytesIO()
    style = getSampleStyleSheet()["BodyText"]
    SimpleDocTemplate(out, pagesize=A4).build([Paragraph(escape(line), style) for line in text.splitlines() if line])
    return out.getvalue()


def run() -> list[str]:
    if TEMPLATE not in drafting.list_templates():
        return ["## Drafting", "", f"Skipped: the template {TEMPLATE} is not installed.", ""]
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "Bench", "admin", "benchmark passphrase 2026")
        reference = _case_with_50_exhibits(vault)
        facts = len(CaseFiles(vault).load(reference)[0].facts)
        drafts = Drafts(vault)
        generated = drafts.generate(reference, TEMPLATE, "en")
        draft = generated.draft
        pdf = drafts.render_bytes(draft, "pdf")
        (Path(tmp) / "draft.pdf").write_bytes(pdf)
        info = subprocess.run(["pdfinfo", str(Path(tmp) / "draft.pdf")], capture_output=True, text=True).stdout
        pages = next((line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")), "?")
        generate = median_seconds(lambda: drafts.generate(reference, TEMPLATE, "en"), runs=3)
        to_pdf = median_seconds(lambda: drafts.render_bytes(draft, "pdf"), 5)
        to_docx = median_seconds(lambda: drafts.render_bytes(draft, "docx"), 5)
        text = drafts.resolved_text(draft)
        baseline = median_seconds(lambda: _plain_pdf(text), 5)
        vault.close()
    return [
        "## Drafting",
        "",
        f"A `{TEMPLATE}` submission for a case with 50 exhibits and {facts} facts ({pages} A4 pages):",
        "",
        "| step | median | vs ReportLab alone |",
        "|---|---|---|",
        f"| ReportLab alone: the same text as plain paragraphs (baseline) | {baseline * 1000:.0f} ms | 1.0x |",
        f"| generate the draft (template, context, store the version) | {generate * 1000:.0f} ms | {generate / baseline:.1f}x |",
        f"| PDF for filing (fonts, shaping, numbering, exhibit table) | {to_pdf * 1000:.0f} ms | {to_pdf / baseline:.1f}x |",
        f"| DOCX | {to_docx * 1000:.0f} ms | {to_docx / baseline:.1f}x |",
        "",
    ]
