"""The texts that live in app/ (interview, vocabularies) are listed for Qt Linguist and kept current."""

from __future__ import annotations

import ast
from pathlib import Path

from ui.i18n.extract import texts

GENERATED = Path(__file__).resolve().parents[2] / "ui" / "i18n" / "app_strings.py"


def test_app_strings_for_translators_are_current() -> None:
    tree = ast.parse(GENERATED.read_text(encoding="utf-8"))
    listed = {
        (node.args[0].value, node.args[1].value)  # type: ignore[attr-defined]
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "QT_TRANSLATE_NOOP"
    }
    missing = [pair for pair in texts() if pair not in listed]
    assert missing == [], "run `python -m ui.i18n.extract` (make translations)"
