"""Showing names and file names safely: invisible and reordering characters made visible.

A file name like ``photo<U+202E>gpj.exe`` displays as ``photoexe.jpg``; a name can hide a
zero-width character that makes two different names look the same. Wherever Saksi shows a
file name or a name, these characters are escaped (CLI) or marked (GUI) by this one module.
Kept as they are: the joiners U+200C/U+200D, which Khmer, Indic scripts and emoji need to
render correctly and which cannot reorder text.
"""

from __future__ import annotations

import unicodedata

KEEP = frozenset({0x200C, 0x200D})  # zero-width non-joiner / joiner: shaping, not hiding
BIDI_CONTROLS = frozenset({0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)})


def is_invisible(char: str) -> bool:
    """Control, format (Cf: bidi controls, zero-width space, BOM, soft hyphen, tags) or line/paragraph separator."""
    code = ord(char)
    if code in KEEP:
        return False
    return code in BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")


def has_invisible(text: str) -> bool:
    return any(is_invisible(c) for c in text)


def _code(char: str) -> str:
    code = ord(char)
    if code < 0x100:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def escaped(text: str) -> str:
    """For the terminal: each invisible character as an escape (``\\x1b``, ``\\u202e``), on one line."""
    return "".join(_code(c) if is_invisible(c) else c for c in text)


def marked(text: str) -> str:
    """For the desktop: each invisible character shown as ``[U+202E]`` where it stands."""
    return "".join(f"[U+{ord(c):04X}]" if is_invisible(c) else c for c in text)
