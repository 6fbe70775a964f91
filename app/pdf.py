"""PDF building blocks shared by every PDF Saksi writes (ReportLab, no Qt).

- Fonts are found at run time: the bundled folder app/fonts first, then the OS.
- Text mixing scripts (an English sentence with a Khmer name) is split into runs,
  each set in a font that has its glyphs; with uharfbuzz installed, runs are shaped.
- ReportLab 5.1 drops an updated text rise when it merges two consecutive ``Ts``
  operators, which misplaces Khmer marks; ``fix_rise`` patches that one method.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import textobject

BUNDLED = Path(__file__).resolve().parent / "fonts"
OS_FOLDERS = [
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path("C:/Windows/Fonts"),
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
]
# family -> candidate file names (regular, bold), best first
FONT_CANDIDATES: dict[str, list[tuple[str, str]]] = {
    "Latin": [
        ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
        ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
        ("arial.ttf", "arialbd.ttf"),
    ],
    "Mono": [
        ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
        ("NotoSansMono-Regular.ttf", "NotoSansMono-Bold.ttf"),
        ("consola.ttf", "consolab.ttf"),
    ],
    "Khmer": [
        ("KhmerOS.ttf", "KhmerOS.ttf"),
        ("KhmerOScontent.ttf", "KhmerOScontent.ttf"),
        ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
        ("KhmerUI.ttf", "KhmerUIb.ttf"),
    ],
    "Thai": [
        ("Garuda.ttf", "Garuda-Bold.ttf"),
        ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
        ("tahoma.ttf", "tahomabd.ttf"),
    ],
    "Myanmar": [
        ("Padauk-Regular.ttf", "Padauk-Bold.ttf"),
        ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
        ("mmrtext.ttf", "mmrtextb.ttf"),
    ],
    "Lao": [
        ("Phetsarath_OT.ttf", "Phetsarath_OT.ttf"),
        ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
        ("LaoUI.ttf", "LaoUIb.ttf"),
    ],
}
SCRIPT_RANGES = {
    "Khmer": r"\u1780-\u17FF\u19E0-\u19FF",
    "Thai": r"\u0E00-\u0E7F",
    "Lao": r"\u0E80-\u0EFF",
    "Myanmar": r"\u1000-\u109F\uAA60-\uAA7F",
}
_RUNS = re.compile(
    "|".join(f"(?P<{name}>[{chars}](?:[{chars}\\s]*[{chars}])?)" for name, chars in SCRIPT_RANGES.items())
)


def fix_rise() -> None:
    """Keep the newest rise when ReportLab merges ``r0 Ts r1 Ts`` (ReportLab 5.1 loses it)."""

    def set_rise(self: textobject.PDFTextObject, rise: float) -> None:
        code = f"{textobject.fp_str(rise)} Ts"
        if self._code and self._code[-1].endswith(" Ts"):
            self._y += self._rise  # undo the rise being replaced
            self._code[-1] = code
        else:
            self._code.append(code)
        self._rise = rise
        self._y -= rise

    textobject.PDFTextObject.setRise = set_rise


@cache
def _find(name: str) -> Path | None:
    for folder in [BUNDLED, *OS_FOLDERS]:
        if folder.is_dir():
            direct = folder / name
            if direct.is_file():
                return direct
            for found in folder.rglob(name):
                return found
    return None


@cache
def registered_fonts() -> dict[str, str]:
    """Register one regular and one bold font per script found; returns script -> ReportLab font name."""
    fix_rise()
    names: dict[str, str] = {}
    for script, candidates in FONT_CANDIDATES.items():
        for regular, bold in candidates:
            regular_path, bold_path = _find(regular), _find(bold)
            if regular_path is None:
                continue
            name = f"Saksi{script}"
            pdfmetrics.registerFont(TTFont(name, str(regular_path)))
            pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(bold_path or regular_path)))
            addMapping(name, 0, 0, name)
            addMapping(name, 1, 0, f"{name}-Bold")
            addMapping(name, 0, 1, name)
            addMapping(name, 1, 1, f"{name}-Bold")
            names[script] = name
            break
    names.setdefault("Latin", "Helvetica")
    names.setdefault("Mono", "Courier")
    return names


def shaping_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("uharfbuzz") is not None


def markup(text: str) -> str:
    """Escape ``text`` for a ReportLab Paragraph and put Khmer/Thai/Lao/Myanmar runs in their fonts."""
    fonts = registered_fonts()
    out, last = [], 0
    for match in _RUNS.finditer(text):
        out.append(escape(text[last : match.start()]))
        script = match.lastgroup or ""
        font = fonts.get(script)
        run = escape(match.group(0))
        out.append(f'<font face="{font}">{run}</font>' if font else run)
        last = match.end()
    out.append(escape(text[last:]))
    return "".join(out).replace("\n", "<br/>")


def base_font() -> str:
    return registered_fonts()["Latin"]


def mono_font() -> str:
    return registered_fonts()["Mono"]
