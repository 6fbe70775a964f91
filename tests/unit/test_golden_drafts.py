"""Golden drafts: two full filings, read by eye and checked in, that fail the suite on any change of wording.

tests/fixtures/golden/ holds the text of a non-punishment submission to a court in Cambodia and a compensation
claim in Thailand, generated for the constructed case of tests/unit/test_filing_matrix.py (every element of
Palermo art. 3(a) supported, charges of every kind, not identified). A template, a shared macro, the legal
library or the case context that changes one word of either filing makes this test fail with the diff. When the
change is meant, read the new text whole (as a lawyer would), then write it over the old one:

    .venv/bin/python -m tests.unit.test_golden_drafts update

and commit the fixtures with the change, so the review of the wording is part of the review of the change.
"""

from __future__ import annotations

import difflib
import os
import sys
from pathlib import Path

import pytest

from tests.unit import test_filing_matrix as matrix

FOLDER = Path(__file__).resolve().parents[1] / "fixtures" / "golden"
GOLDEN = {  # fixture file: (scenario, jurisdiction, template, language)
    "non-punishment-court.KH.en.txt": ("supported, not identified", "KH", "non-punishment-court", "en"),
    "compensation-claim.TH.en.txt": ("supported, not identified", "TH", "compensation-claim", "en"),
}


@pytest.fixture(autouse=True)
def shipped_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only the shipped legal library: a developer's own folder would change the wording."""
    monkeypatch.delenv("SAKSI_LEGAL_DIR", raising=False)
    matrix.library.cache_clear()
    matrix.drafts_module.library.cache_clear()


def text_of(name: str) -> str:
    scenario, code, template, language = GOLDEN[name]
    return matrix._render(scenario, code, template, language).text


@pytest.mark.parametrize("name", sorted(GOLDEN))
def test_the_wording_is_the_reviewed_wording(name: str) -> None:
    expected = (FOLDER / name).read_text(encoding="utf-8")
    actual = text_of(name)
    if actual != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), actual.splitlines(keepends=True), f"golden/{name}", "now"
            )
        )
        pytest.fail(
            f"The wording of {name} changed. Read the new draft whole; if it is right, run "
            f"`.venv/bin/python -m tests.unit.test_golden_drafts update` and commit the fixture.\n{diff}"
        )


def test_the_golden_drafts_are_complete_filings() -> None:
    """The fixtures are whole filings (heading to signature), not a few lines that would hide a change elsewhere."""
    for name in GOLDEN:
        text = (FOLDER / name).read_text(encoding="utf-8")
        assert text.startswith("# ") and "Signature: ____" in text and text.count("\n1. ") > 20, name


def update() -> None:
    os.environ.pop("SAKSI_LEGAL_DIR", None)
    for name in sorted(GOLDEN):
        (FOLDER / name).write_text(text_of(name), encoding="utf-8")
        print(f"wrote {FOLDER / name}")


if __name__ == "__main__":
    if sys.argv[1:] != ["update"]:
        sys.exit("usage: python -m tests.unit.test_golden_drafts update")
    update()
