"""Rebuild app/fonts: the OFL fonts Saksi ships for Latin, Khmer, Thai, Lao and Myanmar text.

Run by a maintainer (not at install time): ``.venv/bin/python packaging/vendor_fonts.py``.

- Noto Sans, Noto Sans Khmer and Noto Sans Thai come from PyPI (``fontpkg-noto-*``, fetched with pip) as
  variable fonts; ReportLab embeds only static TrueType fonts, and a variable font's default instance would make
  every "bold" heading regular, so fontTools instantiates a static Regular (wght 400) and Bold (wght 700) at
  normal width here.
- Noto Sans Lao and Noto Sans Myanmar are not on PyPI; their static Regular and Bold come from Debian's
  fonts-noto-core (installed by ``make deps``).
- IBM Plex Mono (PyPI ``fontpkg-ibm-plex-mono``, static) sets SHA-256 hashes.

All are under the SIL Open Font License 1.1 (app/fonts/OFL*.txt); app/fonts/SOURCES.md records each file's
origin, version and SHA-256.
"""

from __future__ import annotations

import hashlib
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

OUT = Path(__file__).resolve().parent.parent / "app" / "fonts"
DEBIAN_NOTO = Path("/usr/share/fonts/truetype/noto")
# PyPI package (pinned) -> (variable file inside the wheel, family, output stem)
VARIABLE = {
    "fontpkg-noto-sans==2.15": ("NotoSans[wdth,wght].ttf", "Noto Sans", "NotoSans"),
    "fontpkg-noto-sans-khmer==2.4": ("NotoSansKhmer[wdth,wght].ttf", "Noto Sans Khmer", "NotoSansKhmer"),
    "fontpkg-noto-sans-thai==2.2": ("NotoSansThai[wdth,wght].ttf", "Noto Sans Thai", "NotoSansThai"),
}
STATIC_PYPI = {"fontpkg-ibm-plex-mono==2.3": ["IBMPlexMono-Regular.ttf", "IBMPlexMono-Bold.ttf"]}
STATIC_DEBIAN = [
    "NotoSansLao-Regular.ttf",
    "NotoSansLao-Bold.ttf",
    "NotoSansMyanmar-Regular.ttf",
    "NotoSansMyanmar-Bold.ttf",
]
WEIGHTS = {"Regular": 400, "Bold": 700}


def wheel_files(requirement: str, work: Path) -> dict[str, bytes]:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(work), requirement], check=True
    )
    name = requirement.split("==")[0].replace("-", "_")
    wheel = next(work.glob(f"{name}-*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        return {Path(n).name: archive.read(n) for n in archive.namelist() if "/files/" in n or n.endswith("LICENSE")}


def static_instance(variable: Path, family: str, style: str) -> TTFont:
    font = TTFont(variable)
    static = instancer.instantiateVariableFont(font, {"wght": WEIGHTS[style], "wdth": 100}, updateFontNames=True)
    names = static["name"]
    for record_id, value in ((1, family), (2, style), (4, f"{family} {style}")):
        names.setName(value, record_id, 3, 1, 0x409)
    names.setName(f"{family.replace(' ', '')}-{style}", 6, 3, 1, 0x409)
    for record_id in (16, 17):  # typographic family/subfamily: the instance is a plain four-style family now
        names.removeNames(nameID=record_id)
    os2, head = static["OS/2"], static["head"]
    os2.usWeightClass = WEIGHTS[style]
    bold = style == "Bold"
    os2.fsSelection = (os2.fsSelection & ~0b1100001) | (0b100000 if bold else 0b1000000)
    head.macStyle = (head.macStyle & ~1) | int(bold)
    return static


def main() -> None:
    OUT.mkdir(exist_ok=True)
    sources: list[str] = []
    licences: dict[str, bytes] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for requirement, (file_name, family, stem) in VARIABLE.items():
            files = wheel_files(requirement, work)
            licences.setdefault("OFL.txt", files["LICENSE"])  # one Noto licence covers every Noto family
            variable = work / file_name
            variable.write_bytes(files[file_name])
            for style in WEIGHTS:
                target = OUT / f"{stem}-{style}.ttf"
                static_instance(variable, family, style).save(target)
                sources.append(
                    f"| {target.name} | PyPI {requirement} ({file_name}), static instance wght {WEIGHTS[style]} wdth 100 |"
                )
        for requirement, names in STATIC_PYPI.items():
            files = wheel_files(requirement, work)
            licences[f"OFL-{names[0].split('-')[0]}.txt"] = files["LICENSE"]
            for name in names:
                (OUT / name).write_bytes(files[name])
                sources.append(f"| {name} | PyPI {requirement} |")
    for name in STATIC_DEBIAN:
        shutil.copyfile(DEBIAN_NOTO / name, OUT / name)
        sources.append(
            f"| {name} | Debian fonts-noto-core ({TTFont(OUT / name)['name'].getDebugName(5).split(';')[0]}) |"
        )
    for name, text in licences.items():
        (OUT / name).write_bytes(text)
    rows = [
        f"{row[:-1]}| {hashlib.sha256((OUT / row.split('|')[1].strip()).read_bytes()).hexdigest()} |" for row in sources
    ]
    (OUT / "SOURCES.md").write_text(
        "# Fonts shipped with Saksi\n\nAll under the SIL Open Font License 1.1 (OFL.txt for the Noto fonts, OFL-IBMPlexMono.txt). "
        "Rebuilt by packaging/vendor_fonts.py.\n\n| file | from | SHA-256 |\n|---|---|---|\n" + "\n".join(rows) + "\n",
        encoding="utf-8",
    )


if __name__ == "__main__":
    main()
