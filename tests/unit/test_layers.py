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
    offenders = [o for o in offenders if not (o.startswith("app/cli/__init__.py") and "PySide6" not in o)]
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


def test_storage_imports_neither_app_nor_ui() -> None:
    offenders = [
        f"{path.relative_to(ROOT)} imports {sorted(bad)}"
        for path in (ROOT / "storage").rglob("*.py")
        if (bad := {m for m in imported_modules(path) if m.split(".")[0] in {"app", "ui", "tools"}})
    ]
    assert offenders == []


GUI_ENTRY = ROOT / "app" / "cli" / "__init__.py"  # `saksi` with no command opens the desktop app


def test_app_imports_ui_only_at_the_gui_entry_point() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "app").rglob("*.py")
        if path != GUI_ENTRY and any(m.split(".")[0] in {"ui", "tools"} for m in imported_modules(path))
    ]
    assert offenders == []
    # ...and there only inside a function, so that `saksi --version` and every command stay free of Qt
    top_level = [n for n in ast.parse(GUI_ENTRY.read_text(encoding="utf-8")).body if isinstance(n, ast.ImportFrom)]
    assert not [n.module for n in top_level if n.module and n.module.split(".")[0] == "ui"]


def test_shipped_packages_do_not_import_the_developer_tools() -> None:
    offenders = [
        str(path.relative_to(ROOT))
        for package in ("app", "storage", "ui", "legal_templates")
        for path in (ROOT / package).rglob("*.py")
        if any(m.split(".")[0] == "tools" for m in imported_modules(path))
    ]
    assert offenders == []
