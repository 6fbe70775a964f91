"""The fonts Saksi writes and shows text with, and the check that every character has one.

- Saksi ships OFL fonts for Latin, Khmer, Thai, Lao and Myanmar text and for hashes (app/fonts). They are found
  by family name and character coverage (each font's cmap), never by file name, so renaming or adding a file
  changes nothing. A character none of them has is looked for in the fonts of the operating system (a Chinese
  name on a machine with a Chinese font), scanned only when first needed.
- Every writer (PDF, DOCX, the recovery sheet) calls ``require_glyphs`` with all the text it will set before it
  writes anything: a character no font covers is refused (``MissingGlyphs``, exit 6) by name and script,
  instead of printing an empty box.
- Qt (ui/) registers the same files (``bundled_files``) so the interface shows every script too.
"""

from __future__ import annotations

import logging
import os
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from fontTools import unicodedata as scripts
from fontTools.ttLib import TTCollection, TTFont

from storage.errors import InputRejected

log = logging.getLogger(__name__)

BUNDLED = Path(__file__).resolve().parents[1] / "fonts"  # app/fonts, shipped as package data
# The OS fallback, scanned only for characters no bundled font has; SAKSI_OS_FONTS=0 switches it off.
OS_FOLDERS = [
    Path("/usr/share/fonts"),
    Path("/usr/local/share/fonts"),
    Path.home() / ".local/share/fonts",
    Path.home() / ".fonts",
    Path(os.environ.get("WINDIR", "C:/Windows")) / "Fonts",
    Path.home() / "AppData/Local/Microsoft/Windows/Fonts",
    Path("/Library/Fonts"),
    Path("/System/Library/Fonts"),
    Path.home() / "Library/Fonts",
]
# What each role is set in, by family name; the families are the bundled ones.
ROLE_FAMILIES = {
    "Latin": "Noto Sans",
    "Khmer": "Noto Sans Khmer",
    "Thai": "Noto Sans Thai",
    "Lao": "Noto Sans Lao",
    "Myanmar": "Noto Sans Myanmar",
    "Mono": "IBM Plex Mono",
}
# Scripts written without spaces between words, shaped into clusters, and broken into lines by ICU.
COMPLEX_SCRIPTS = ("Khmer", "Thai", "Lao", "Myanmar")
LANGUAGE_SCRIPTS = {"km": "Khmer", "th": "Thai", "lo": "Lao", "my": "Myanmar"}
SCRIPT_LANGUAGES = {script: language for language, script in LANGUAGE_SCRIPTS.items()}
# Characters that draw nothing: no glyph is needed (writers drop them or the shaper consumes them).
INVISIBLE = frozenset("\n\r\t\u00ad\u200b\u200c\u200d\u2060\ufeff")


@dataclass(frozen=True, eq=False)  # compared by identity: one object per family (comparing cmaps is slow)
class Family:
    """One font family: its regular and bold files and the characters the regular face has."""

    name: str
    regular: Path
    bold: Path
    chars: frozenset[int]
    bundled: bool
    regular_index: int = 0  # the face inside a .ttc collection
    bold_index: int = 0

    def covers(self, char: str) -> bool:
        return ord(char) in self.chars


@dataclass(frozen=True)
class _Face:
    family: str
    weight: int
    italic: bool
    path: Path
    index: int
    chars: frozenset[int]


class MissingGlyphs(InputRejected):
    """Text holds characters that no font Saksi can use has: writing it would print empty boxes."""

    def __init__(self, chars: Iterable[str], what: str = "document") -> None:
        self.chars = sorted(set(chars))
        self.what = what
        shown = ", ".join(describe(c) for c in self.chars[:12]) + (" ..." if len(self.chars) > 12 else "")
        super().__init__(
            f"Saksi cannot write this {what}: no font it has shows {shown}. Nothing was written. "
            "Replace or remove these characters, or install a font that has them, and try again."
        )


def script_of(char: str) -> str:
    """The Unicode script of a character ("Khmer", "Latin", "Han", "Common"...)."""
    return str(scripts.script_name(scripts.script(char)))


def describe(char: str) -> str:
    """``中 (U+4E2D, Han)``: the character, its code point and its script, for a message."""
    script = script_of(char)
    if script in ("Common", "Inherited", "Unknown"):
        script = unicodedata.name(char, "unassigned or private-use character").lower()
    return f"{char} (U+{ord(char):04X}, {script})"


def bundled_files() -> list[Path]:
    return sorted(BUNDLED.glob("*.tt[fc]"))


def _faces(path: Path) -> list[_Face]:
    """The faces in one font file; fonts without TrueType outlines (CFF) are skipped: ReportLab cannot embed them."""
    try:
        if path.suffix.lower() == ".ttc":
            with TTCollection(path, lazy=True) as collection:
                return [f for i, font in enumerate(collection.fonts) if (f := _face(font, path, i))]
        with TTFont(path, lazy=True) as font:
            face = _face(font, path, 0)
            return [face] if face else []
    except Exception as error:  # noqa: BLE001 - a damaged OS font must never stop a document
        log.debug("skipping font %s: %s", path.name, type(error).__name__)
        return []


def _face(font: TTFont, path: Path, index: int) -> _Face | None:
    if "glyf" not in font or "cmap" not in font:
        return None
    names = font["name"]
    family = names.getDebugName(16) or names.getDebugName(1) or path.stem
    weight = font["OS/2"].usWeightClass if "OS/2" in font else (700 if font["head"].macStyle & 1 else 400)
    italic = bool(font["head"].macStyle & 2)
    return _Face(family, weight, italic, path, index, frozenset((font.getBestCmap() or {}).keys()))


def _families(paths: Iterable[Path], bundled: bool) -> list[Family]:
    by_name: dict[str, list[_Face]] = {}
    for path in paths:
        for face in _faces(path):
            by_name.setdefault(face.family, []).append(face)
    families = []
    for name, faces in by_name.items():
        upright = [f for f in faces if not f.italic] or faces
        regular = min(upright, key=lambda f: abs(f.weight - 400))
        bolds = [f for f in upright if f.weight >= 600]
        bold = min(bolds, key=lambda f: abs(f.weight - 700)) if bolds else regular
        families.append(Family(name, regular.path, bold.path, regular.chars, bundled, regular.index, bold.index))
    return families


@cache
def bundled_families() -> tuple[Family, ...]:
    return tuple(_families(bundled_files(), bundled=True))


@cache
def os_families() -> tuple[Family, ...]:
    """The operating system's fonts, largest coverage first; scanned once, and only when first needed."""
    if os.environ.get("SAKSI_OS_FONTS") == "0":
        return ()
    paths = [
        path
        for folder in OS_FOLDERS
        if folder.is_dir()
        for path in sorted(folder.rglob("*"))
        if path.suffix.lower() in (".ttf", ".ttc") and path.is_file()
    ]
    return tuple(sorted(_families(paths, bundled=False), key=lambda f: -len(f.chars)))


@cache
def role_family(role: str) -> Family | None:
    """The bundled family for a role ("Latin", "Khmer"... "Mono"), or the OS's family of that name."""
    wanted = ROLE_FAMILIES[role]
    for family in bundled_families():
        if family.name == wanted:
            return family
    log.warning("bundled font family %s is missing", wanted)
    return next((f for f in os_families() if f.name == wanted), None)


@cache
def family_for(char: str, role: str = "Latin") -> Family | None:
    """The family a character is set in: its script's family (or the role's) if it covers the character,
    else any bundled family that does, else an OS family; None if no font has it."""
    script = script_of(char)
    preferred = role_family(script if script in COMPLEX_SCRIPTS else role)
    if preferred is not None and preferred.covers(char):
        return preferred
    for family in bundled_families():
        if family.covers(char):
            return family
    return next((f for f in os_families() if f.covers(char)), None)


def runs(text: str, role: str = "Latin") -> list[tuple[Family | None, str]]:
    """Split text into runs each set in one family. Spaces and invisible characters stay in the run they are
    in, so a Khmer phrase with spaces is one run; a run's family is None where no font has the character."""
    base = role_family(role)
    if text.isascii() and base is not None and all(base.covers(c) or c in INVISIBLE for c in set(text)):
        return [(base, text)]  # the common case, quickly
    out: list[tuple[Family | None, list[str]]] = []
    for char in text:
        current = out[-1][0] if out else None
        if out and (char in INVISIBLE or (char.isspace() and current is not None and current.covers(char))):
            out[-1][1].append(char)
            continue
        family = family_for(char, role)
        if out and family is current:
            out[-1][1].append(char)
        else:
            out.append((family, [char]))
    return [(family, "".join(chars)) for family, chars in out]


def missing_glyphs(texts: Iterable[str], role: str = "Latin") -> list[str]:
    """The characters in ``texts`` that no font Saksi can use has, each once."""
    missing = {char for text in texts for char in set(text) if char not in INVISIBLE and family_for(char, role) is None}
    return sorted(missing)


def require_glyphs(texts: Iterable[str], what: str = "document") -> None:
    """Refuse (exit 6) before writing a document whose text has characters no font covers."""
    missing = missing_glyphs(texts)
    if missing:
        raise MissingGlyphs(missing, what)


def complex_script(text: str) -> str | None:
    """The first of Khmer, Thai, Lao or Myanmar in ``text``, if any."""
    for char in text:
        if ord(char) >= 0x0E00:
            script = script_of(char)
            if script in COMPLEX_SCRIPTS:
                return script
    return None
