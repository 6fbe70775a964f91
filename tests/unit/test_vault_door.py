"""ui/ reaches the vault only through app/ and the runner (ui/vault_ops.py): ui/ imports only the storage
modules listed below (and data types, named in capitals, from the repositories: they carry no connection),
never touches a ``.conn``, and only the runner makes thread vaults, rotates the data key or closes the vault.
(tests/unit/test_layers.py: storage/ imports neither app/ nor ui/, app/ imports ui/ only at the GUI entry.)"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
# The storage modules that read or write the database: ui/ may name their data types (capitals) only.
REPOSITORIES = {"audit", "cases", "chats", "drafts", "evidence", "identifiers"}
# The storage modules ui/ may import, each with what it is for (no statement runs through them on a widget's
# behalf: opening happens in unlock jobs, checks in runner operations).
ALLOWED = {
    "errors": "messages and the error types",
    "phrases": "phrases the user meets in more than one place",
    "vault": "the Vault type, its users and constants, inspect and restore of a closed vault",
    "device": "whether the OS keyring is usable",
    "integrity": "verdict names",
    "keyslots": "normalising a typed recovery code",
    "meta": "the app version, role names",
    "files": "os_error for a file the user chose",
}
# The runner alone may use the door of storage.db (``db.door``): it is the door.
RUNNER_ONLY = {"db"}
RUNNER = "ui/vault_ops.py"
# Dev tools and the unlock jobs may close a vault that never reached the runner.
MAY_CLOSE = {"ui/unlock.py", "tools/screenshots.py", "tools/shots.py"}


def ui_files() -> list[tuple[str, str]]:
    return [(p.relative_to(ROOT).as_posix(), p.read_text(encoding="utf-8")) for p in sorted(UI.rglob("*.py"))]


def _storage_module(name: str) -> str | None:
    return name[8:].split(".")[0] if name.startswith("storage.") else None


def repository_uses(source: str, path: str = "") -> list[str]:
    """What ``source`` imports from storage/ beyond ``ALLOWED`` (and types of the repositories)."""
    found = []
    allowed = set(ALLOWED) | (RUNNER_ONLY if path == RUNNER else set())
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if (m := _storage_module(a.name)) and m not in allowed]
            found += [a.name for a in node.names if a.name == "storage"]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "storage":
                found += [f"storage.{a.name}" for a in node.names if a.name not in allowed]
            elif (module := _storage_module(node.module)) is not None and module not in allowed:
                if module in REPOSITORIES:  # types (classes, named in capitals) only: a function reaches the database
                    found += [f"{node.module}.{a.name}" for a in node.names if not a.name[:1].isupper()]
                else:
                    found.append(node.module)
    return found


def connection_uses(source: str) -> list[int]:
    """Lines of ``source`` that touch a ``.conn`` (a vault's connection): SQL belongs in app/ or storage/."""
    return [n.lineno for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Attribute) and n.attr == "conn"]


def test_ui_imports_only_the_allowed_storage_modules() -> None:
    offenders = {path: uses for path, source in ui_files() if (uses := repository_uses(source, path))}
    assert offenders == {}


def test_ui_never_touches_a_connection() -> None:
    offenders = {path: lines for path, source in ui_files() if (lines := connection_uses(source))}
    assert offenders == {}


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
    assert repository_uses("from storage import office\n") == ["storage.office"]
    assert repository_uses("from storage.office import Partner\n") == ["storage.office"]  # not a repository of types
    assert repository_uses("from storage import db\n") == ["storage.db"]
    assert repository_uses("from storage import db\n", RUNNER) == []
    assert repository_uses("from storage.errors import SaksiError\nfrom storage.vault import Vault\n") == []
    assert connection_uses("rows = vault.conn.execute('SELECT 1')\n") == [1]
    assert connection_uses("vault_ops.now(vault, Vault.users)\n") == []
