"""The fonts Saksi ships and how it finds them (app/writers/fonts.py), and the fonts a DOCX names and embeds.

Oracles: fontTools reading the font files themselves, Unicode's script data (fontTools.unicodedata), and the
DOCX parts as Word and LibreOffice read them (ECMA-376 font obfuscation undone by hand).
"""

from __future__ import annotations

import io
import re
import shutil
import tomllib
import unicodedata
import uuid
import zipfile
from fnmatch import fnmatch
from pathlib import Path

import pytest
from fontTools import unicodedata as scripts
from fontTools.ttLib import TTFont

from app.drafting.compose import Block
from app.writers import fonts
from app.writers.draft_docx import draft_docx
from app.writers.draft_pdf import DocumentInfo
from bench.text_layer import SAMPLES

ROOT = Path(__file__).resolve().parents[2]
# Noto Sans Lao 2.001 (Debian's; no newer one is on PyPI) predates the Pali letters Unicode 12 added to Lao;
# modern Lao does not use them, and a text that does is refused by name (or set in an OS font that has them).
LAO_PALI = {0x0E86, 0x0E89, 0x0E8C, *range(0x0E8E, 0x0E94), 0x0E98, 0x0EA0, 0x0EA8, 0x0EA9, 0x0EAC, 0x0EBA}
BLOCKS = {"Khmer": (0x1780, 0x17FF), "Thai": (0x0E00, 0x0E7F), "Lao": (0x0E80, 0x0EFF), "Myanmar": (0x1000, 0x109F)}


def clear_caches() -> None:
    for function in (fonts.bundled_families, fonts.os_families, fonts.role_family, fonts.family_for):
        function.cache_clear()


@pytest.fixture
def fresh_fonts() -> object:
    clear_caches()
    yield
    clear_caches()


@pytest.mark.parametrize("role", list(fonts.ROLE_FAMILIES))
def test_every_role_has_a_bundled_regular_and_a_real_bold(role: str) -> None:
    family = fonts.role_family(role)
    assert family is not None and family.bundled and family.regular.parent == fonts.BUNDLED
    weights = [TTFont(path)["OS/2"].usWeightClass for path in (family.regular, family.bold)]
    assert weights == [400, 700]
    assert all("fvar" not in TTFont(path) for path in (family.regular, family.bold))  # static instances


@pytest.mark.parametrize("script", list(BLOCKS))
def test_each_script_family_covers_its_script(script: str) -> None:
    family = fonts.role_family(script)
    assert family is not None
    low, high = BLOCKS[script]
    assigned = [
        chr(c)
        for c in range(low, high + 1)
        if scripts.script(chr(c)) == scripts.script_code(script) and unicodedata.category(chr(c)) != "Cn"
    ]
    assert [hex(ord(c)) for c in assigned if not family.covers(c) and ord(c) not in LAO_PALI] == []
    assert fonts.missing_glyphs([SAMPLES[script]]) == []


def test_fonts_are_found_by_family_and_coverage_not_by_file_name(
    fresh_fonts: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for number, path in enumerate(fonts.bundled_files()):
        shutil.copy(path, tmp_path / f"font{number}.ttf")
    monkeypatch.setattr(fonts, "BUNDLED", tmp_path)
    family = fonts.family_for("ក")
    assert family is not None and family.name == "Noto Sans Khmer" and family.regular.parent == tmp_path
    assert TTFont(family.bold)["OS/2"].usWeightClass == 700
    assert fonts.family_for("ไ").name == "Noto Sans Thai"  # type: ignore[union-attr]


def test_the_os_is_a_fallback_for_what_the_bundle_lacks(fresh_fonts: object, monkeypatch: pytest.MonkeyPatch) -> None:
    armenian = Path("/usr/share/fonts/truetype/noto/NotoSansArmenian-Regular.ttf")  # Debian fonts-noto-core
    if not armenian.is_file():
        pytest.skip("no Armenian font on this machine")
    monkeypatch.setattr(fonts, "OS_FOLDERS", [armenian.parent])
    family = fonts.family_for("Ա")
    assert family is not None and not family.bundled and family.name == "Noto Sans Armenian"
    assert fonts.family_for("a").bundled  # type: ignore[union-attr]  # the bundle comes first
    clear_caches()
    monkeypatch.setenv("SAKSI_OS_FONTS", "0")
    assert fonts.missing_glyphs(["Երևան"]) == sorted(set("Երևան"))


def test_a_character_no_font_has_is_refused_by_name_and_script() -> None:
    with pytest.raises(fonts.MissingGlyphs) as refused:
        fonts.require_glyphs(["Client: \U0010fffd", "fine text ក"], "PDF")
    assert refused.value.exit_code == 6
    assert "U+10FFFD" in refused.value.message and "Nothing was written" in refused.value.message
    assert fonts.describe("中") == "中 (U+4E2D, Han)"


def test_the_package_and_the_frozen_app_carry_the_fonts() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["app"]
    shipped = [p.name for p in fonts.BUNDLED.iterdir()]
    assert all(any(fnmatch(f"fonts/{name}", pattern) for pattern in patterns) for name in shipped)
    spec = (ROOT / "packaging" / "saksi.spec").read_text(encoding="utf-8")
    assert 'tree("app/fonts", (".ttf", ".txt", ".md"))' in spec
    assert {"OFL.txt", "SOURCES.md"} <= set(shipped)


# ----------------------------------------------------------------------------- DOCX
def docx_parts() -> dict[str, bytes]:
    blocks = [Block("heading", SAMPLES["Khmer"][:30]), *(Block("para", text) for text in SAMPLES.values())]
    blocks.append(Block("para", "An English paragraph, justified as lawyers expect."))
    data = draft_docx(blocks, DocumentInfo("Submission", "KH-1", "km", []))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def test_docx_runs_name_the_family_of_their_script_in_every_slot() -> None:
    document = docx_parts()["word/document.xml"].decode("utf-8")
    for script, text in SAMPLES.items():
        run = re.search(r"<w:r>(?:(?!</w:r>).)*?" + re.escape(text[:10]), document)
        assert run is not None, script
        family = fonts.ROLE_FAMILIES[script]
        for slot in ("ascii", "hAnsi", "eastAsia", "cs"):
            assert f'w:{slot}="{family}"' in run.group(0), (script, slot)


def test_docx_embeds_the_fonts_it_names() -> None:
    parts = docx_parts()
    table = parts["word/fontTable.xml"].decode("utf-8")
    rels = parts["word/_rels/fontTable.xml.rels"].decode("utf-8")
    assert b"<w:embedTrueTypeFonts/>" in parts["word/settings.xml"]
    for role in ("Latin", "Khmer", "Thai", "Lao", "Myanmar"):
        family = fonts.role_family(role)
        assert family is not None
        entry = re.search(rf'<w:font w:name="{family.name}">(.*?)</w:font>', table, re.S)
        assert entry is not None, family.name
        embed = re.search(r'<w:embedRegular r:id="([^"]+)" w:fontKey="\{([^}]+)\}"', entry.group(1))
        assert embed is not None, family.name
        target = re.search(rf'Id="{embed.group(1)}"[^>]*Target="([^"]+)"', rels)
        assert target is not None
        obfuscated = parts[f"word/{target.group(1)}"]
        key = bytes.fromhex(uuid.UUID(embed.group(2)).hex)[::-1]
        plain = bytes(b ^ key[i % 16] for i, b in enumerate(obfuscated[:32])) + obfuscated[32:]
        assert plain == family.regular.read_bytes()


def test_docx_does_not_justify_complex_script_paragraphs() -> None:
    document = docx_parts()["word/document.xml"].decode("utf-8")
    for paragraph in re.findall(r"<w:p>.*?</w:p>|<w:p .*?</w:p>", document, re.S):
        text = "".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", paragraph))
        justified = '<w:jc w:val="both"/>' in paragraph
        if fonts.complex_script(text):
            assert not justified, text[:30]
        elif text.startswith("An English"):
            assert justified
