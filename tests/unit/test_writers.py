"""Every PDF goes through the one page frame in app/writers/page.py, and every writer lives in app/writers/."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_page_frame_sets_up_a_reportlab_document() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("app", "storage", "legal_templates")
        for path in (ROOT / package).rglob("*.py")
        if "SimpleDocTemplate(" in path.read_text(encoding="utf-8") and path != ROOT / "app/writers/page.py"
    ]
    assert offenders == []


def test_reportlab_and_python_docx_are_used_only_by_the_writers() -> None:
    # The demo draws a sample scanned contract: evidence a survivor might bring, not a document Saksi writes.
    allowed = {ROOT / "app/demo/demo_exhibits.py"}
    offenders = []
    for path in (ROOT / "app").rglob("*.py"):
        if ROOT / "app/writers" in path.parents or path in allowed:
            continue
        text = path.read_text(encoding="utf-8")
        if "from reportlab" in text or "import docx" in text or "from docx" in text:
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
