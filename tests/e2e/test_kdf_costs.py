"""Saksi writes its own Argon2id cost, whatever the tests' fixture vaults hold.

Fixture vaults (tests/conftest.py fast_vault) are made with the cheapest cost a keys.json may hold, so that the
suite's thousands of unlocks take milliseconds. That path is a ``kdf=`` keyword of Vault.create and add_user, for
tests and benchmarks only. These tests hold the line: every command that writes a key slot writes 64 MiB, t=3, p=2,
and no code that ships passes ``kdf=`` (so the desktop's create and add-user dialogs cannot either).
"""

from __future__ import annotations

import ast
import json
from dataclasses import asdict
from pathlib import Path

import pytest

from storage.keyslots import DEFAULT_KDF
from tests.conftest import ADMIN, PASSPHRASE, fast_kdf
from tests.e2e.helpers import AS_ADMIN, ROOT, recovery_code, saksi

pytestmark = pytest.mark.e2e

SAKSI_COST = {"time_cost": 3, "memory_kib": 64 * 1024, "parallelism": 2}
SHIPPED = ("app", "ui", "storage", "legal_templates")


def slot_costs(folder: Path) -> list[tuple[str, str, dict[str, int]]]:
    """(kind, user, kdf) of every passphrase or recovery slot in ``folder``'s keys.json."""
    raw = json.loads((folder / "keys.json").read_text(encoding="utf-8"))
    return [(s["kind"], s["user"], s["kdf"]) for s in raw["slots"] if s["kind"] != "device"]


def test_saksis_cost_is_the_default_and_the_fixtures_is_not() -> None:
    assert asdict(DEFAULT_KDF) == SAKSI_COST
    assert asdict(fast_kdf()) != SAKSI_COST  # else this file would prove nothing about the fixture vaults


def test_every_command_that_writes_a_slot_writes_saksis_cost(tmp_path: Path) -> None:
    created = saksi("vault", "create", tmp_path / "Office", "--user", ADMIN, SAKSI_PASSPHRASE=PASSPHRASE)
    assert created.returncode == 0, created.stderr
    folder = tmp_path / "Office.saksi"
    new_pass = "a brand new passphrase"
    commands: list[tuple[tuple[str, ...], dict[str, str]]] = [
        (("users", "add", "sok", "--role", "paralegal"), {"SAKSI_NEW_PASSPHRASE": "sok's own passphrase"}),
        (("users", "reset", "sok"), {"SAKSI_NEW_PASSPHRASE": "a temporary passphrase"}),
        (("recovery-code",), {}),
        (("passwd",), {"SAKSI_NEW_PASSPHRASE": new_pass}),
    ]
    for args, extra in commands:
        where = (args[0], folder, *args[1:]) if args[0] == "users" else (args[0], folder)
        done = saksi("vault", *where, **AS_ADMIN, **extra)
        assert done.returncode == 0, (args, done.stderr)
    costs = slot_costs(folder)
    assert {(kind, user) for kind, user, _ in costs} == {("user", ADMIN), ("user", "sok"), ("recovery", "")}
    assert all(kdf == SAKSI_COST for _, _, kdf in costs), costs
    rekeyed = saksi("vault", "rekey", folder, SAKSI_USER=ADMIN, SAKSI_PASSPHRASE=new_pass)
    assert rekeyed.returncode == 0, rekeyed.stderr
    recovery_code(rekeyed.stdout)
    costs = slot_costs(folder)
    assert {(kind, user) for kind, user, _ in costs} >= {("user", ADMIN), ("recovery", "")}
    assert all(kdf == SAKSI_COST for _, _, kdf in costs), costs


def kdf_keywords(path: Path) -> list[tuple[int, str]]:
    """(line, source) of every call in ``path`` that passes ``kdf=``."""
    text = path.read_text(encoding="utf-8")
    if "kdf" not in text:
        return []  # parsing every module costs seconds
    tree = ast.parse(text)
    return [
        (node.lineno, ast.unparse(keyword.value))
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        for keyword in node.keywords
        if keyword.arg == "kdf"
    ]


def test_no_shipped_code_picks_another_cost() -> None:
    """storage/ only hands on the caller's ``kdf`` (whose default is DEFAULT_KDF); app/ and ui/ never pass one."""
    found: dict[str, list[tuple[int, str]]] = {}
    for package in SHIPPED:
        for path in sorted((ROOT / package).rglob("*.py")):
            allowed = {"kdf", "asdict(kdf)"} if package == "storage" else set()
            bad = [(line, value) for line, value in kdf_keywords(path) if value not in allowed]
            if bad:
                found[str(path.relative_to(ROOT))] = bad
    assert found == {}
    defaults = []
    for path in sorted((ROOT / "storage").rglob("*.py")):
        if "kdf" not in (text := path.read_text(encoding="utf-8")):
            continue
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                args = node.args
                for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                    if arg.arg == "kdf":
                        defaults.append((path.name, node.name, ast.unparse(default) if default else None))
    assert defaults and all(default == "DEFAULT_KDF" for *_, default in defaults), defaults
