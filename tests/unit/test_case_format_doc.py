"""docs/case-format.schema.json is generated from the model; keep it current."""

from __future__ import annotations

import json
import re
from pathlib import Path

from app.cases.model import Case, parse_case

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_schema_file_matches_the_model() -> None:
    on_disk = json.loads((DOCS / "case-format.schema.json").read_text(encoding="utf-8"))
    assert on_disk == Case.model_json_schema(), (
        "the model changed: run `make case-schema` and review docs/case-format.md"
    )


def test_example_in_the_doc_is_valid() -> None:
    text = (DOCS / "case-format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", text, re.S)
    assert example is not None
    case = parse_case(json.loads(example.group(1)))
    assert case.reference == "KH-2026-0001"
