"""`make bench ONLY=...` replaces just the sections it re-ran in docs/performance.md."""

from __future__ import annotations

from bench.__main__ import SECTIONS, merge, split_sections

OLD = """# Performance

old header

## Unlocking a vault

_Measured long ago_
vault figures

## Large evidence files

_Measured long ago_
old large figures

## Drafting

drafting figures
"""


def test_only_the_sections_that_ran_are_replaced_in_their_place() -> None:
    fresh = {"large": ["## Large evidence files", "", "_Measured now_", "new large figures"]}
    text = merge(OLD, fresh)
    sections = split_sections(text)
    assert list(sections) == ["## Unlocking a vault", "## Large evidence files", "## Drafting"]
    assert "new large figures" in text and "old large figures" not in text
    assert "vault figures" in text and "drafting figures" in text
    assert text.startswith("# Performance\n") and "old header" not in text  # the header is always current


def test_a_full_run_writes_every_section_in_the_registry_order() -> None:
    fresh = {name: [f"## {name}", "", "figures"] for name in SECTIONS}
    assert list(split_sections(merge("", fresh))) == [f"## {name}" for name in SECTIONS]
