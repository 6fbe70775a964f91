"""The phrases the user meets in several places are defined once, in storage/phrases.py."""

from __future__ import annotations

import ast
from pathlib import Path

from storage import phrases

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "storage", "legal_templates", "ui")
SHARED = [
    phrases.UNVERIFIED_MARKER,
    phrases.NO_CASE,
    phrases.NO_FOLDER,
    phrases.ALREADY_EXISTS,
    phrases.DISK_FULL,
    phrases.UNLOCK_NOT_RECORDED,
    phrases.MAY_NOT_EXPORT_CASES,
    phrases.MAY_NOT_EXPORT_DRAFTS,
    phrases.MAY_NOT_EXPORT_EVIDENCE,
]


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _translated(tree: ast.Module) -> set[int]:
    """Texts given to Qt's tr(): lupdate needs them written out, in their own sentence."""
    return {
        id(arg)
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("tr", "translate")
        for arg in node.args
    }


def test_each_shared_phrase_is_written_out_only_in_storage_phrases() -> None:
    written: dict[str, list[str]] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if path.name == "app_strings.py" or path == ROOT / "storage" / "phrases.py":
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _docstrings(tree) | _translated(tree)
            for node in ast.walk(tree):
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
                    for phrase in SHARED:
                        if phrase in node.value:
                            written.setdefault(phrase, []).append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert written == {}


def test_the_markers_match_what_drafts_print() -> None:
    import re

    assert re.fullmatch(phrases.FLAG_PATTERN, phrases.UNVERIFIED_MARKER)
    assert re.fullmatch(phrases.FLAG_PATTERN, phrases.missing("the client's name"))
    from legal_templates.loader import UNVERIFIED_MARKER

    assert UNVERIFIED_MARKER is phrases.UNVERIFIED_MARKER
