"""Run inside a mount namespace whose font folders are empty (tests/e2e/test_no_system_fonts.py): write every
document type in every script, and report what the machine and Qt saw, as JSON, into the folder argv[1]."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

from app.drafting.compose import Block
from app.writers.docx_fonts import embed_fonts  # noqa: F401 - imported first: fails loudly if the bundle is broken
from app.writers.draft_docx import draft_docx
from app.writers.draft_pdf import DocumentInfo
from app.writers.fonts import MissingGlyphs, require_glyphs
from bench.text_layer import SAMPLES
from tests.unit.test_pdf_text import draft, findings, index

OUT = Path(sys.argv[1])
EVERY_SCRIPT = " ".join(text[:60] for text in SAMPLES.values())


def documents() -> None:
    (OUT / "draft-km.pdf").write_bytes(draft("km"))
    (OUT / "draft-en.pdf").write_bytes(draft("en"))
    (OUT / "index.pdf").write_bytes(index())
    (OUT / "findings.pdf").write_bytes(findings())
    blocks = [Block("heading", SAMPLES["Khmer"][:40]), *(Block("para", text) for text in SAMPLES.values())]
    (OUT / "draft-km.docx").write_bytes(draft_docx(blocks, DocumentInfo("Submission", "KH-1", "km", [])))


def qt(report: dict[str, object]) -> None:
    from PySide6.QtGui import QTextLayout
    from PySide6.QtWidgets import QApplication, QLabel

    from ui import app_fonts, recovery

    app = QApplication([])
    app_fonts.install(app)
    (OUT / "recovery.pdf").write_bytes(recovery.render_pdf(SAMPLES["Khmer"][:20], "ABCD-EFGH-JKLM-NPQR", date.today()))
    label = QLabel(EVERY_SCRIPT)
    label.setFont(app.font())
    label.resize(1200, 60)
    label.grab().save(str(OUT / "label.png"))
    layout = QTextLayout(EVERY_SCRIPT, app.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    report["qt_families"] = sorted({run.rawFont().familyName() for run in runs})
    report["qt_missing_glyphs"] = sum(1 for run in runs for glyph in run.glyphIndexes() if glyph == 0)


def main() -> None:
    report: dict[str, object] = {"fc_list": subprocess.run(["fc-list"], capture_output=True, text=True).stdout}
    documents()
    qt(report)
    try:
        require_glyphs(["The recruiter signed as 王伟."], "PDF")
    except MissingGlyphs as error:
        report["refusal"] = error.message
    (OUT / "report.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
