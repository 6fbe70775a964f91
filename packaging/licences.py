"""Collect the licences a release carries into one folder (run inside the build virtualenv, before PyInstaller).

``python packaging/licences.py OUT``: OUT/LICENSE (Saksi, GPL-3.0-or-later), OUT/SUMMARY.txt (one line per
component, shown in the About box), OUT/THIRD-PARTY-LICENSES.txt (every licence text each runtime
distribution ships, and Python's), OUT/fonts/ (the fonts' OFL texts and where each font came from).
Only Saksi's runtime dependencies are listed, found from its metadata: PyInstaller and pip are build tools.
"""

from __future__ import annotations

import shutil
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.common import licences  # noqa: E402 - after the source tree is on the path


def python_licence() -> str:
    path = Path(sysconfig.get_paths()["stdlib"]) / "LICENSE.txt"
    return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else "PSF-2.0 (see python.org)\n"


def fallback(licence: str) -> list[tuple[str, str]]:
    """PySide6 and shiboken6 (and the Qt they carry) ship no licence text: LGPL-3.0's, kept in packaging/licences."""
    if "LGPL-3.0" in licence:
        text = (ROOT / "packaging" / "licences" / "LGPL-3.0.txt").read_text(encoding="utf-8")
        return [("LGPL-3.0 (it adds to the GPL-3.0, whose text is in LICENSE)", text)]
    return [("", "(no licence file in the package; see its metadata)\n")]


def write(out: Path) -> list[licences.Component]:
    out.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ROOT / "LICENSE", out / "LICENSE")
    items = licences.components()
    (out / licences.SUMMARY_NAME).write_text(licences.summary(items) + "\n", encoding="utf-8")
    parts = ["=" * 78 + f"\nPython {sys.version.split()[0]}: PSF-2.0\n" + "=" * 78 + "\n" + python_licence()]
    for dist in licences.runtime_distributions():
        if dist.metadata["Name"].lower() == "saksi":
            continue
        head = f"{dist.metadata['Name']} {dist.version}: {licences.licence_of(dist)}"
        texts = licences.licence_files(dist) or fallback(licences.licence_of(dist))
        body = "\n".join(f"--- {path}\n{text}" if path else text for path, text in texts)
        parts.append("=" * 78 + f"\n{head}\n" + "=" * 78 + "\n" + body)
    (out / "THIRD-PARTY-LICENSES.txt").write_text("\n\n".join(parts), encoding="utf-8")
    fonts = out / "fonts"
    fonts.mkdir(exist_ok=True)
    for name in ("OFL.txt", "OFL-IBMPlexMono.txt", "SOURCES.md"):
        shutil.copyfile(licences.FONTS_DIR / name, fonts / name)
    return items


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: python packaging/licences.py OUT", file=sys.stderr)
        return 2
    items = write(Path(sys.argv[1]))
    print(f"licences: {len(items)} components into {sys.argv[1]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
