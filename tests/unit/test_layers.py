"""storage/ and app/ never import PySide6, so every capability runs headless."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_storage_and_app_sources_do_not_import_qt() -> None:
    offenders = []
    for package in ("storage", "app"):
        for path in (ROOT / package).rglob("*.py"):
            qt = {m for m in imported_modules(path) if m.split(".")[0] in {"PySide6", "PyQt6", "PyQt5", "ui"}}
            if qt:
                offenders.append(f"{path.relative_to(ROOT)} imports {sorted(qt)}")
    # app.cli starts the desktop app; it may import ui lazily inside that one function only.
    offenders = [o for o in offenders if not (o.startswith("app/cli.py") and "PySide6" not in o)]
    assert offenders == []


def test_importing_storage_and_app_loads_no_qt() -> None:
    code = (
        "import sys, importlib, pkgutil\n"
        "import storage, app\n"
        "for pkg in (storage, app):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        if m.name != 'app.__main__':\n"
        "            importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith('PySide6')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
