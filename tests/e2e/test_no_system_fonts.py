"""With the machine's fonts hidden, every document and the Qt UI still show every script (the fonts Saksi ships).

As root, ``unshare -m`` gives the renderer (tests/e2e/no_fonts_render.py) a private mount namespace in which
every font folder, fontconfig's cache and LibreOffice's own fonts are empty tmpfs mounts, and HOME is a fresh
folder: ``fc-list`` finds nothing. The files it writes are then checked here with pdffonts and pdftotext; a DOCX
is converted by LibreOffice (when installed) in a second namespace whose only font is a Latin one (LibreOffice
will not start with none): its Khmer, Thai, Lao and Myanmar can only come from the fonts embedded in the DOCX.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from bench.text_layer import SAMPLES, pdf_text, retained

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(
        os.geteuid() != 0 or shutil.which("unshare") is None, reason="needs root and unshare (a mount namespace)"
    ),
]
ROOT = Path(__file__).resolve().parents[2]
HIDDEN = ["/usr/share/fonts", "/usr/local/share/fonts", "/var/cache/fontconfig"]
LATIN_ONLY = Path("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf")  # Debian fonts-noto-core
BUNDLED = {"NotoSans", "NotoSansKhmer", "NotoSansThai", "NotoSansLao", "NotoSansMyanmar", "IBMPlexMono"}
PDFS = {
    "draft-km.pdf": list(SAMPLES),
    "draft-en.pdf": list(SAMPLES),
    "index.pdf": list(SAMPLES),
    "findings.pdf": list(SAMPLES),
    "recovery.pdf": [],
}


def without_fonts(command: str, home: Path, keep: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run a shell command in a mount namespace whose font folders are empty (or hold only ``keep``)."""
    mounts = " ".join(f"[ -d {d} ] && mount -t tmpfs none {d};" for d in HIDDEN)
    if keep is not None:  # copied aside first: the mounts hide where it is
        shutil.copy(keep, home / keep.name)
        mounts += f" cp {home / keep.name} /usr/share/fonts/;"
    env = {**os.environ, "HOME": str(home), "XDG_CACHE_HOME": str(home / "cache"), "XDG_DATA_HOME": str(home / "data")}
    env |= {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    script = f"mount --make-rprivate / && {mounts} {command}"
    return subprocess.run(
        ["unshare", "-m", "sh", "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, object]]:
    out = tmp_path_factory.mktemp("no-fonts")
    (out / "home").mkdir()
    done = without_fonts(f"exec {sys.executable} -m tests.e2e.no_fonts_render {out}", out / "home")
    assert done.returncode == 0, done.stderr[-3000:]
    return out, json.loads((out / "report.json").read_text(encoding="utf-8"))


def font_names(pdf: Path) -> list[tuple[str, bool]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    return [(line.split()[0].split("+")[-1].split("-")[0], " yes " in line) for line in lines]


def test_the_machine_has_no_font(rendered: tuple[Path, dict[str, object]]) -> None:
    assert rendered[1]["fc_list"] == ""


@pytest.mark.parametrize("name", list(PDFS))
def test_every_pdf_uses_only_embedded_bundled_fonts_and_keeps_its_text(
    rendered: tuple[Path, dict[str, object]], name: str
) -> None:
    pdf = rendered[0] / name
    fonts = font_names(pdf)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert {family for family, _ in fonts} <= BUNDLED
    text = pdf_text(pdf.read_bytes())
    for script in PDFS[name]:
        assert retained(SAMPLES[script], text) >= 0.99, (name, script)


def test_recovery_sheet_shows_a_khmer_vault_name(rendered: tuple[Path, dict[str, object]]) -> None:
    fonts = {family for family, _ in font_names(rendered[0] / "recovery.pdf")}
    assert "NotoSansKhmer" in fonts


def test_qt_finds_a_glyph_for_every_character(rendered: tuple[Path, dict[str, object]]) -> None:
    report = rendered[1]
    assert report["qt_missing_glyphs"] == 0
    assert {"Noto Sans Khmer", "Noto Sans Thai", "Noto Sans Lao", "Noto Sans Myanmar"} <= set(report["qt_families"])  # type: ignore[call-overload]


def test_text_no_font_has_is_refused_by_name_and_script(rendered: tuple[Path, dict[str, object]]) -> None:
    refusal = str(rendered[1]["refusal"])
    assert "王 (U+738B, Han)" in refusal and "伟 (U+4F1F, Han)" in refusal


def test_libreoffice_shows_the_docx_with_its_embedded_fonts(rendered: tuple[Path, dict[str, object]]) -> None:
    if shutil.which("soffice") is None or not LATIN_ONLY.is_file():
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-writer-nogui)")
    assert not {0x1780, 0x0E01, 0x0E81, 0x1000} & set(TTFont(LATIN_ONLY).getBestCmap())  # it has none of the four
    out = rendered[0]
    command = f"soffice --headless --convert-to pdf --outdir {out / 'libreoffice'} {out / 'draft-km.docx'}"
    done = without_fonts(command, out / "home", keep=LATIN_ONLY)
    assert done.returncode == 0, done.stderr[-2000:]
    fonts = {family for family, _ in font_names(out / "libreoffice" / "draft-km.pdf")}
    assert {"NotoSansKhmer", "NotoSansThai", "NotoSansLao", "NotoSansMyanmar"} <= fonts, fonts
