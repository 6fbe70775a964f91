"""Fonts in a DOCX: runs named by the bundled families, and those fonts embedded in the file.

- Each run of text names the family that has its glyphs (app/writers/fonts.py) in every slot Word and LibreOffice read:
  w:ascii and w:hAnsi (Latin), w:eastAsia, and w:cs, the complex-script font Word and LibreOffice use for
  Khmer, Thai, Lao and Myanmar; w:lang w:bidi tells them the language (for their line breaking).
- The families used are embedded as obfuscated TrueType parts (ECMA-376 Part 1, 17.8.1: the first 32 bytes
  XORed with the font key), listed in word/fontTable.xml with w:embedRegular / w:embedBold and switched on by
  w:embedTrueTypeFonts in word/settings.xml. Word and LibreOffice read them, so the document shows every script
  on a machine without these fonts. The OFL allows embedding; the fonts' fsType is 0 (installable).
"""

from __future__ import annotations

import io
import uuid
import zipfile
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from lxml import etree

from app.writers import fonts
from app.writers.fonts import Family, MissingGlyphs

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
FONT_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"
FONT_TYPE = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
BIDI_LANG = {"Khmer": "km-KH", "Thai": "th-TH", "Lao": "lo-LA", "Myanmar": "my-MM"}
# CT_Settings is a sequence: w:embedTrueTypeFonts comes after these.
SETTINGS_BEFORE_EMBED = {
    "writeProtection",
    "view",
    "zoom",
    "removePersonalInformation",
    "removeDateAndTime",
    "doNotDisplayPageBoundaries",
    "displayBackgroundShape",
    "printPostScriptOverText",
    "printFractionalCharacterWidth",
    "printFormsData",
}
THEME_ATTRIBUTES = ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme")


def set_fonts(element: Any, family: str, script: str | None = None) -> None:
    """Name ``family`` in all four font slots of a run's or a style's w:rPr (theme fonts removed: they win)."""
    rpr = element.get_or_add_rPr()
    rfonts = rpr.get_or_add_rFonts()
    for attribute in THEME_ATTRIBUTES:
        rfonts.attrib.pop(qn(attribute), None)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        rfonts.set(qn(slot), family)
    if script in BIDI_LANG:
        rfonts.set(qn("w:hint"), "cs")
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = OxmlElement("w:lang")
            rpr.append(lang)
        lang.set(qn("w:bidi"), BIDI_LANG[script])


def add_text(paragraph: Any, text: str) -> list[Any]:
    """Add ``text`` to a python-docx paragraph as runs, each in a family that has its glyphs."""
    runs = []
    for family, part in fonts.runs(text):
        if family is None:
            raise MissingGlyphs(part, "DOCX")
        run = paragraph.add_run(part)
        set_fonts(run._r, family.name, fonts.complex_script(part))
        runs.append(run)
    return runs


def style_fonts(document: Any, language: str) -> None:
    """Every paragraph style in the bundled Latin family, with the document language's script family as w:cs."""
    latin = fonts.role_family("Latin")
    script = fonts.LANGUAGE_SCRIPTS.get(language)
    complex_family = fonts.role_family(script) if script else None
    for style in document.styles:
        if style.type != WD_STYLE_TYPE.PARAGRAPH:
            continue
        if style.element.rPr is None and style.name != "Normal":
            continue  # it inherits Normal's fonts
        if latin is not None:
            set_fonts(style.element, latin.name)
        if complex_family is not None:
            style.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:cs"), complex_family.name)


def used_families(texts: list[str]) -> list[Family]:
    found: dict[str, Family] = {}
    latin = fonts.role_family("Latin")
    if latin is not None:
        found[latin.name] = latin
    for text in texts:
        for family, _part in fonts.runs(text):
            if family is not None:
                found.setdefault(family.name, family)
    return list(found.values())


def _obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """ECMA-376 font obfuscation: XOR the first 32 bytes with the key's 16 bytes, read from the end."""
    mask = bytes.fromhex(key.hex)[::-1]
    head = bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32]))
    return head + data[32:]


def embed_fonts(docx: bytes, families: list[Family]) -> bytes:
    """The DOCX with ``families`` (regular and bold) embedded and listed in its font table."""
    source = zipfile.ZipFile(io.BytesIO(docx))
    parts = {name: source.read(name) for name in source.namelist()}
    table = etree.fromstring(parts["word/fontTable.xml"])
    rels_name = "word/_rels/fontTable.xml.rels"
    rels = etree.fromstring(
        parts.get(rels_name, b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>')
    )
    types = etree.fromstring(parts["[Content_Types].xml"])
    content_ns = types.nsmap[None]
    if not types.findall(f"{{{content_ns}}}Default[@Extension='odttf']"):
        etree.SubElement(types, f"{{{content_ns}}}Default", Extension="odttf", ContentType=FONT_TYPE)
    number = 0
    for family in families:
        font = _font_entry(table, family.name)
        for kind, path in (("embedRegular", family.regular), ("embedBold", family.bold)):
            if kind == "embedBold" and family.bold == family.regular:
                continue
            number += 1
            key = uuid.uuid4()
            target = f"fonts/font{number}.odttf"
            parts[f"word/{target}"] = _obfuscate(path.read_bytes(), key)
            rel_id = f"rIdSaksiFont{number}"
            etree.SubElement(rels, f"{{{rels.nsmap[None]}}}Relationship", Id=rel_id, Type=FONT_REL, Target=target)
            embed = etree.SubElement(font, f"{{{W}}}{kind}")
            embed.set(f"{{{R}}}id", rel_id)
            embed.set(f"{{{W}}}fontKey", "{" + str(key).upper() + "}")
    settings = etree.fromstring(parts["word/settings.xml"])
    if settings.find(f"{{{W}}}embedTrueTypeFonts") is None:
        before = [i for i, child in enumerate(settings) if etree.QName(child).localname in SETTINGS_BEFORE_EMBED]
        settings.insert(before[-1] + 1 if before else 0, etree.Element(f"{{{W}}}embedTrueTypeFonts"))
    parts["word/fontTable.xml"] = etree.tostring(table, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts[rels_name] = etree.tostring(rels, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["[Content_Types].xml"] = etree.tostring(types, xml_declaration=True, encoding="UTF-8", standalone=True)
    parts["word/settings.xml"] = etree.tostring(settings, xml_declaration=True, encoding="UTF-8", standalone=True)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target_zip:
        for name, data in parts.items():
            target_zip.writestr(name, data)
    return out.getvalue()


def _font_entry(table: Any, name: str) -> Any:
    """The w:font element for ``name`` in the font table, created (sans-serif, Unicode) if absent."""
    for font in table.findall(f"{{{W}}}font"):
        if font.get(f"{{{W}}}name") == name:
            for old in font.findall(f"{{{W}}}*"):
                if old.tag.startswith(f"{{{W}}}embed"):
                    font.remove(old)
            return font
    font = etree.SubElement(table, f"{{{W}}}font")
    font.set(f"{{{W}}}name", name)
    for tag, value in (("charset", "00"), ("family", "swiss"), ("pitch", "variable")):
        etree.SubElement(font, f"{{{W}}}{tag}").set(f"{{{W}}}val", value)
    return font
