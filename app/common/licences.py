"""Saksi's licence and the licences of everything a release carries.

Saksi is GPL-3.0-or-later. A release also carries Python, the libraries in pyproject.toml's dependencies
(and theirs) and the OFL fonts in app/fonts. ``packaging/licences.py`` writes their texts into the release's
``licenses/`` folder at build time; the About box shows the summary from there in a frozen build, and works
it out from the installed packages' metadata when Saksi runs from source.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

SAKSI_LICENCE = "GPL-3.0-or-later"
FOLDER_NAME = "licenses"
SUMMARY_NAME = "SUMMARY.txt"
FONTS_DIR = Path(__file__).resolve().parents[1] / "fonts"  # app/fonts
_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")
# Packages whose metadata names no licence, from their licence files.
OVERRIDES = {
    "sqlcipher3": "Zlib (the SQLCipher library it carries: BSD-3-Clause; OpenSSL: Apache-2.0)",
    "pyrage": "MIT (its README and LICENSE; the age Rust crate it is built from: MIT OR Apache-2.0)",
}
_LICENCE_FILE = re.compile(r"(^|/)(licen[cs]e|copying|notice|authors)[^/]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str


def bundled_folder() -> Path | None:
    """The licences folder of a frozen build, or None when running from source."""
    base = getattr(sys, "_MEIPASS", None)
    folder = Path(base) / FOLDER_NAME if base else None
    return folder if folder is not None and folder.is_dir() else None


def runtime_distributions(root: str = "saksi") -> list[metadata.Distribution]:
    """``root`` and every distribution it needs at run time (extras such as dev left out), each once."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [root]
    while todo:
        name = todo.pop()
        key = _key(name)
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # a requirement for another platform (its marker is not met here)
        seen[key] = dist
        for requirement in dist.requires or []:
            match = _NAME.match(requirement)
            marker = requirement.partition(";")[2]
            if match and "extra" not in marker:  # an optional extra (e.g. dev) is not in a release
                todo.append(match.group(1))
    return sorted(seen.values(), key=lambda d: _key(d.metadata["Name"]))


def licence_of(dist: metadata.Distribution) -> str:
    """The SPDX expression when the package gives one, else its short licence field or classifiers."""
    meta = dist.metadata
    if _key(meta["Name"]) in OVERRIDES:
        return OVERRIDES[_key(meta["Name"])]
    expression = meta.get_all("License-Expression") or []
    if expression:
        return str(expression[0])
    short = str((meta.get_all("License") or [""])[0]).strip()
    if short and "\n" not in short and len(short) <= 80:
        return short
    classifiers = [c.split("::")[-1].strip() for c in meta.get_all("Classifier") or [] if c.startswith("License ::")]
    return "; ".join(classifiers) or "see its licence text"


def licence_files(dist: metadata.Distribution) -> list[tuple[str, str]]:
    """(path, text) of each licence, notice or authors file the distribution ships."""
    out: list[tuple[str, str]] = []
    for file in dist.files or []:
        path = str(file)
        if (".dist-info/" in path and _LICENCE_FILE.search(path)) or "/licenses/" in path:
            located = Path(str(file.locate()))
            text = located.read_text(encoding="utf-8", errors="replace") if located.is_file() else ""
            if text:
                out.append((str(file), text))
    return out


def components() -> list[Component]:
    """Python and each third-party distribution in a release, with its licence (Saksi itself left out)."""
    python = Component("Python", ".".join(map(str, sys.version_info[:3])), "PSF-2.0")
    found = [
        Component(d.metadata["Name"], d.version, licence_of(d))
        for d in runtime_distributions()
        if _key(d.metadata["Name"]) != "saksi"
    ]
    qt = [Component("Qt (inside PySide6)", d.version, "LGPL-3.0-only") for d in found if d.name == "PySide6_Essentials"]
    fonts = Component("Noto Sans, Noto Sans Khmer/Thai/Lao/Myanmar, IBM Plex Mono (app/fonts)", "", "OFL-1.1")
    return [python, *found, *qt, fonts]


def summary(items: list[Component]) -> str:
    """One line per component: name, version, licence."""
    return "\n".join(f"{c.name} {c.version}".strip() + f": {c.licence}" for c in items)


def third_party_summary() -> str:
    """The summary shipped with a frozen build, or worked out from the installed packages."""
    folder = bundled_folder()
    if folder is not None and (folder / SUMMARY_NAME).is_file():
        return (folder / SUMMARY_NAME).read_text(encoding="utf-8")
    return summary(components())


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
