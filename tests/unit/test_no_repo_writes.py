"""No test writes into the repository: the pictures in docs/ come from `make screenshots` (tools/screenshots.py),
and a test that saved its own grab there rewrote a tracked file on every run (issue 13)."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
# a path into docs/ built from the test's own location, or written out
INTO_DOCS = re.compile(r'parents\[\d\]\s*/\s*"docs"\s*/\s*"screenshots"|["\']docs/screenshots')


def test_no_test_builds_a_path_into_docs_screenshots() -> None:
    offenders = [
        f"{path.relative_to(TESTS)}:{number}"
        for path in sorted(TESTS.rglob("*.py"))
        if path.name != Path(__file__).name
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if INTO_DOCS.search(line)
    ]
    assert not offenders, f"tests write pictures into tmp_path, never docs/screenshots: {offenders}"
