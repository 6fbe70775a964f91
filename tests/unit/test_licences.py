"""The licences a release carries: Saksi's runtime dependencies only, each with its licence and text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from app.common import licences

ROOT = Path(__file__).resolve().parents[2]


def _collector() -> ModuleType:
    spec = importlib.util.spec_from_file_location("saksi_packaging_licences", ROOT / "packaging" / "licences.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_runtime_dependencies_without_the_dev_extra() -> None:
    names = {d.metadata["Name"].lower().replace("_", "-") for d in licences.runtime_distributions()}
    assert {"saksi", "pyside6-essentials", "sqlcipher3", "mutagen", "python-docx", "reportlab"} <= names
    assert not names & {"pytest", "mypy", "ruff", "hypothesis", "scipy", "keyrings.alt", "pyinstaller"}


def test_every_component_names_a_licence() -> None:
    items = {c.name: c for c in licences.components()}
    assert items["Python"].licence == "PSF-2.0"
    assert items["mutagen"].licence == "GPL-2.0-or-later"
    assert items["sqlcipher3"].licence.startswith("Zlib")
    assert items["Qt (inside PySide6)"].licence == "LGPL-3.0-only"
    assert all(c.licence and c.licence != "see its licence text" for c in items.values()), items


def test_the_release_folder_holds_every_text(tmp_path: Path) -> None:
    _collector().write(tmp_path)
    assert (tmp_path / "LICENSE").read_text(encoding="utf-8").startswith("                    GNU GENERAL PUBLIC")
    summary = (tmp_path / "SUMMARY.txt").read_text(encoding="utf-8")
    assert summary == licences.summary(licences.components()) + "\n"
    texts = (tmp_path / "THIRD-PARTY-LICENSES.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in texts  # PySide6 ships no text of its own
    assert "PYTHON SOFTWARE FOUNDATION LICENSE" in texts
    assert "Gerhard Häring" in texts  # sqlcipher3's own file
    assert "SIL OPEN FONT LICENSE" in (tmp_path / "fonts" / "OFL.txt").read_text(encoding="utf-8").upper()
    assert (tmp_path / "fonts" / "SOURCES.md").is_file()
