"""ui/ reaches the vault only through app/ and the runner (ui/vault_ops.py): no storage repository
module is imported by ui/ (data types named in a ``from`` import are fine: they carry no connection),
and only the runner makes thread vaults, rotates the data key or closes the vault."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
# The storage modules that read or write the database. Others ui/ may use: errors (messages), vault (the
# Vault type, inspect, restore: opening happens in unlock jobs), device (is the keyring usable), integrity
# (verdict names), keyslots (normalising a typed recovery code), meta (app version), strength.
REPOSITORIES = {"audit", "blobstore", "cases", "chats", "db", "drafts", "evidence", "identifiers", "office", "schema"}
# Still calling storage directly, each with its reason (to move behind app/ when its owner next works there).
KNOWN = {
    "ui/referral.py": "partners and the office key come from storage.office; being reworked by issue 17",
}
RUNNER = "ui/vault_ops.py"
# Dev tools and the unlock jobs may close a vault that never reached the runner.
MAY_CLOSE = {"ui/unlock.py", "tools/screenshots.py", "tools/shots.py"}


def ui_files() -> list[tuple[str, str]]:
    return [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))]


def repository_uses(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.startswith("storage.") and a.name[8:] in REPOSITORIES]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "storage":
                found += [f"storage.{a.name}" for a in node.names if a.name in REPOSITORIES]
            elif node.module.startswith("storage.") and node.module[8:] in REPOSITORIES:
                # Types (classes, named in capitals) only; a function would reach the database.
                found += [f"{node.module}.{a.name}" for a in node.names if not a.name[:1].isupper()]
    return found


def test_ui_never_imports_storage_repositories() -> None:
    offenders = {path: uses for path, source in ui_files() if (uses := repository_uses(source))}
    assert {path for path in offenders if path not in KNOWN} == set(), offenders


def test_the_known_exceptions_are_still_needed() -> None:
    """Each exception goes away when its file no longer needs it, so the list cannot hide new uses."""
    still = {path for path, source in ui_files() if repository_uses(source)}
    assert set(KNOWN) <= still


def test_only_the_runner_makes_thread_vaults_rotates_or_closes() -> None:
    patterns = {
        "for_thread": re.compile(r"\.for_thread\("),
        "rotate_data_key": re.compile(r"(?<!vault_ops)\.rotate_data_key\("),
        "suspend/resume": re.compile(r"\bvault\.(suspend|resume)\("),
        "close": re.compile(r"\bvault\.close\(\)"),
    }
    offenders = []
    for path, source in ui_files():
        if path == RUNNER:
            continue
        for name, pattern in patterns.items():
            if pattern.search(source) and not (name == "close" and path in MAY_CLOSE):
                offenders.append(f"{path}: {name}")
    assert offenders == []


def test_the_rule_catches_a_repository_call() -> None:
    assert repository_uses("from storage import cases as store\n") == ["storage.cases"]
    assert repository_uses("from storage.cases import Filters, distinct_values\n") == ["storage.cases.distinct_values"]
    assert repository_uses("import storage.evidence\n") == ["storage.evidence"]
    assert repository_uses("from storage.errors import SaksiError\nfrom storage.vault import Vault\n") == []
