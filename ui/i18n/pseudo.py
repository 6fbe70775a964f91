"""A pseudo-locale built from a real translation, to catch labels a longer language would clip.

Every text is its translation (or the English, if it has none yet) made longer by ``scale`` with
a Khmer filler word appended, like Vorta's TRANS_SCALE. Nothing is maintained by hand: the .ts is
read, lengthened and compiled with lrelease into a throwaway .qm. The filler also marks which
texts on screen went through a translation: ``ui.i18n.layout`` checks exactly those.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from ui.i18n import catalog

FILLER = "ឃ"  # a Khmer consonant: as tall as the script's stacks, never a missing glyph
SCALE = 1.05  # headroom over the real translation: a reviewer's longer wording still fits
KEEP = ("Ctrl+",)  # shortcuts must stay parseable


def lengthen(text: str, scale: float = SCALE) -> str:
    if not text or text.startswith(KEEP):
        return text
    return f"{text} {FILLER * max(2, round(len(text) * (scale - 1)))}"


def build(language: str, folder: Path, scale: float = SCALE) -> Path:
    """Write ``folder/saksi_<language>.qm``: the pseudo-locale of ``saksi_<language>.ts``. Returns its path."""
    tree = ET.parse(catalog.ts_path(language))
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("vanished", "obsolete"):
            continue
        if translation.get("type") == "unfinished" or not translation.text:
            translation.text = message.findtext("source") or ""  # not translated yet: the English, lengthened
        translation.attrib.pop("type", None)
    ts, qm = folder / f"pseudo_{language}.ts", folder / f"saksi_{language}.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    catalog.compile_qm(ts, qm, language, lambda text: lengthen(text, scale))
    return qm
