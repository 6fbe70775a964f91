"""Screenshots of the Drafts tab for the docs: ``python -m tools.drafting_shots OUTDIR``.

Offscreen, 1280x800, on a temporary vault of synthetic demo cases that is deleted afterwards. Uses
the shipped non-punishment template when it loads; otherwise a small sample template in a temporary
user folder (SAKSI_LEGAL_DIR), so the screenshot can be made while the shipped ones are written.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storage.phrases import UNVERIFIED_MARKER
from tools import shots

PREFERRED = "non-punishment-prosecutor"
SAMPLE_META = """title = "Request not to prosecute a victim of trafficking (sample)"
description = "A short sample used when the shipped templates are not available."
recipients = ["Public prosecutor"]

[languages.en]
native_drafter = true
"""
SAMPLE_TEXT = """# Request not to prosecute {{ need(client_name, "the client's name") }}

To: {{ need(recipient, "the recipient") }}

## The facts

{% for fact in facts %}
1. {{ fact.statement }}{% for e in fact.exhibits %} ({{ e.ref }}){% endfor %}

{% endfor %}
## The law

1. {{ cite("actip.14.7") }}: {{ quote("actip.14.7") }}

{% for id in jurisdiction.non_punishment %}
1. {{ cite(id) }}

{% endfor %}
## Exhibits

[[exhibits]]
"""


@contextmanager
def template_choice() -> Iterator[str]:
    """The template id to use; a temporary sample folder when the shipped templates cannot be used."""
    from app.drafting import case_drafts as drafts
    from app.drafting import compose as drafting

    try:
        usable = PREFERRED in drafting.list_templates(drafts.user_dir())
    except drafting.TemplateError:
        usable = False
    if usable:
        yield PREFERRED
        return
    previous_env, previous_shipped = os.environ.get("SAKSI_LEGAL_DIR"), drafting.SHIPPED
    with tempfile.TemporaryDirectory(prefix="saksi-templates-") as folder:
        filings = Path(folder) / "filings"
        filings.mkdir()
        (filings / "sample.toml").write_text(SAMPLE_META, encoding="utf-8")
        (filings / "sample.en.j2").write_text(SAMPLE_TEXT, encoding="utf-8")
        os.environ["SAKSI_LEGAL_DIR"] = folder
        drafting.SHIPPED = Path(folder) / "none"  # a half-written shipped folder must not stop the screenshot
        drafts.library.cache_clear()
        try:
            yield "sample"
        finally:
            drafting.SHIPPED = previous_shipped
            if previous_env is None:
                os.environ.pop("SAKSI_LEGAL_DIR", None)
            else:
                os.environ["SAKSI_LEGAL_DIR"] = previous_env
            drafts.library.cache_clear()


def save_screenshots(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    with shots.demo_vault(3, evidence_cases=2) as (vault, references), template_choice() as template:
        return [_editor(vault, references[0], template, outdir / "drafting-editor.png")]


def _editor(vault: Any, reference: str, template: str, target: Path) -> Path:
    from app.cases.case_files import CaseFiles
    from app.drafting.case_drafts import Drafts
    from ui.drafting.tab import DraftsTab

    files = CaseFiles(vault)
    case, version = files.load(reference)
    case.jurisdiction = "KH"
    files.save(case, version)
    drafts = Drafts(vault)
    drafts.generate(reference, template, "en", "Public prosecutor")
    page, tab = shots.case_page(vault, reference, lambda _page: DraftsTab(vault, reference), "Drafts")
    assert isinstance(tab, DraftsTab)
    try:
        # Show the first citation still to check, in the editor (its token) and in the preview (its marker).
        ids = tab.citations.ids()
        found = tab.editor.document().find(f"[[cite:{ids[0]}]]" if ids else "[[cite:")
        if not found.isNull():
            cursor = tab.editor.textCursor()
            cursor.setPosition(found.position())
            tab.editor.setTextCursor(cursor)
            tab.editor.centerCursor()
        shots.settle()
        if tab.preview.find(UNVERIFIED_MARKER):
            cursor = tab.preview.textCursor()
            cursor.clearSelection()
            tab.preview.setTextCursor(cursor)
        return shots.save(page, target)
    finally:
        shots.close(page)


if __name__ == "__main__":
    for path in save_screenshots(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
