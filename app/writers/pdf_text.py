"""PDF building blocks shared by every PDF Saksi writes (ReportLab, no Qt).

- Fonts come from app/writers/fonts.py: the bundled OFL fonts by family and coverage, the OS as a fallback. ``markup``
  puts each run of text in a font that has its glyphs and refuses (``MissingGlyphs``, exit 6) text no font has;
  writers call ``app.writers.fonts.require_glyphs`` with all their text first, so the refusal names every character.
- ``install`` patches five things in ReportLab 5.1, once, for every PDF:
  1. ``fix_rise``: ReportLab drops an updated text rise when it merges two consecutive ``Ts`` operators, which
     misplaces Khmer marks.
  2. Shaping by font: ReportLab shapes a whole word with the font of its first fragment; a word mixing fonts,
     such as "(ចាន់", is shaped run by run instead.
  3. Line breaks: ReportLab breaks lines only at spaces; words of Khmer, Thai, Lao and Myanmar text are cut at
     ICU's word boundaries (app/writers/linebreak.py) into pieces joined without a space, so a line may end between
     two words and never inside one.
  4. Searchable text: a shaped run's glyphs do not map back to its characters (a Khmer vowel drawn before its
     consonant, a subscript with no code point of its own). Each shaped run is wrapped in a marked-content
     span whose /ActualText is the source text, which pdftotext, Acrobat and browsers extract and search.
  5. Weight: a <font face> run keeps the bold or italic of the text around it (a bold Khmer heading).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import ShapedFragWord, ShapedStr, TTFont
from reportlab.pdfgen import textobject
from reportlab.platypus import Paragraph
from reportlab.platypus import paragraph as rl_paragraph
from reportlab.platypus.paraparser import ParaParser

from app.writers import fonts
from app.writers.fonts import Family, MissingGlyphs
from app.writers.linebreak import break_points

# ReportLab 5.1 shapes with kern, liga and dlig. Discretionary ligatures (DejaVu's "st") do not belong in a
# filing, and in Latin text even standard ones ("fi", "ffi") stop a search for "trafficking" finding the word;
# Khmer, Thai, Lao and Myanmar fonts keep theirs (their text layer comes from /ActualText).
SHAPING_FEATURES = {"kern": True, "liga": True}
LATIN_FEATURES = {"kern": True, "liga": False}


# ----------------------------------------------------------------------------- fonts
@cache
def font_name(family: Family, bold: bool = False) -> str:
    """Register a family with ReportLab once (regular, bold, and the <b>/<i> mappings); its ReportLab name."""
    install()
    name = "".join(part for part in family.name.split() if part.isalnum()) or "SaksiFont"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(family.regular), subfontIndex=family.regular_index))
        pdfmetrics.registerFont(TTFont(f"{name}-Bold", str(family.bold), subfontIndex=family.bold_index))
        # italic last-but-not-least: addMapping also maps each file back to (face, bold, italic), and the
        # last call per file wins, so the upright ones come last (there are no italic files: italic is upright)
        for bold_flag, italic in ((0, 1), (1, 1), (0, 0), (1, 0)):
            addMapping(name, bold_flag, italic, f"{name}-Bold" if bold_flag else name)
    return f"{name}-Bold" if bold else name


@cache
def registered_fonts() -> dict[str, str]:
    """Role ("Latin", "Khmer"... "Mono") -> ReportLab font name, for the roles whose family is available."""
    names = {}
    for role in fonts.ROLE_FAMILIES:
        family = fonts.role_family(role)
        if family is not None:
            names[role] = font_name(family)
    names.setdefault("Latin", "Helvetica")
    names.setdefault("Mono", "Courier")
    return names


def base_font() -> str:
    return registered_fonts()["Latin"]


def mono_font() -> str:
    return registered_fonts()["Mono"]


def bold(font: str) -> str:
    return "Helvetica-Bold" if font == "Helvetica" else f"{font}-Bold"


def font_for_language(language: str) -> str:
    """The body font of a document written in ``language`` ("km" -> the Khmer family)."""
    script = fonts.LANGUAGE_SCRIPTS.get(language)
    return registered_fonts().get(script or "Latin", base_font())


def shaping_available() -> bool:
    return importlib.util.find_spec("uharfbuzz") is not None


def markup(text: str, role: str = "Latin") -> str:
    """Escape ``text`` for a ReportLab Paragraph and put each run in a font that has its glyphs.

    Zero-width spaces (typed between Khmer words) are dropped: ReportLab would print them as spaces, and ICU
    finds the word boundaries they mark."""
    out = []
    for family, run in fonts.runs(text.replace("\u200b", ""), role):
        if family is None:
            raise MissingGlyphs(run)
        out.append(f'<font face="{font_name(family)}">{escape(run)}</font>')
    return "".join(out).replace("\n", "<br/>")


def text_width(text: str, size: float, role: str = "Latin") -> float:
    """The width of ``text`` set in Saksi's fonts (unshaped advances: close enough to fit a line)."""
    return float(
        sum(pdfmetrics.stringWidth(run, font_name(family), size) for family, run in fonts.runs(text, role) if family)
    )


def fit(text: str, style: ParagraphStyle, width: float) -> str:
    """``text``, or its longest start that fits ``width`` followed by "...", cut between words (at a space or
    an ICU word boundary), never inside a word's cluster."""
    if text_width(text, style.fontSize) <= width:
        return text
    cuts = sorted(set(break_points(text)) | {i for i, c in enumerate(text) if c == " "})
    for cut in reversed(cuts):
        short = text[:cut].rstrip() + "…"
        if text_width(short, style.fontSize) <= width:
            return short
    return "…"


def draw_text(
    canvas: Any, text: str, x: float, y: float, style: ParagraphStyle, width: float, align: str = "left"
) -> None:
    """One shaped, searchable line on a page (running headers, footers) at baseline-ish ``y``; left, right or
    centre aligned in ``width`` from ``x``. ``canvas.drawString`` cannot shape Khmer, so a Paragraph draws it."""
    alignment = {"left": 0, "centre": 1, "right": 2}[align]
    para = Paragraph(markup(text), ParagraphStyle("line", parent=style, alignment=alignment))
    _w, height = para.wrap(width, 1000)
    para.drawOn(canvas, x, y - height + style.fontSize)


# ----------------------------------------------------------------------------- ReportLab patches
@cache
def install() -> None:
    """Apply the ReportLab fixes (module docstring), once per process."""
    fix_rise()
    rl_paragraph.shapeFragWord = _shape_by_font
    original_words = rl_paragraph._getFragWords
    rl_paragraph._getFragWords = lambda frags, maxWidth=None: list(_icu_words(original_words(frags, maxWidth)))
    original_format = textobject.PDFTextObject._formatText
    textobject.PDFTextObject._formatText = lambda self, text: _actual_text(text, original_format(self, text))
    for tag in ("font", "span"):
        setattr(ParaParser, f"start_{tag}", _keeping_weight(getattr(ParaParser, f"start_{tag}")))


def _keeping_weight(start: Any) -> Any:
    """ReportLab's <font face> and <span> reset bold and italic to the face's own; ``markup`` puts every run in
    a <font face>, so a bold heading's Khmer would come out regular. The run keeps the enclosing weight."""

    def start_tag(parser: ParaParser, attr: Any) -> None:
        outer = parser._stack[-1]
        start(parser, attr)
        inner = parser._stack[-1]
        inner.bold = int(bool(getattr(inner, "bold", 0) or getattr(outer, "bold", 0)))
        inner.italic = int(bool(getattr(inner, "italic", 0) or getattr(outer, "italic", 0)))

    return start_tag


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


def _features(font_name: str | None) -> dict[str, bool]:
    return LATIN_FEATURES if font_name in _latin_fonts() else SHAPING_FEATURES


@cache
def _latin_fonts() -> frozenset[str]:
    roles = registered_fonts()
    return frozenset({roles["Latin"], bold(roles["Latin"]), roles["Mono"], bold(roles["Mono"])})


def _shape(word: Any, font: str | None) -> Any:
    """HarfBuzz shaping of one run of one font, with each glyph cluster's source characters kept (for
    /ActualText): ``chars`` on the first glyph of a cluster holds the characters the cluster was made from."""
    features = _features(font)
    shaped = ttfonts.shapeFragWord(word, features)
    if shaped is word or features is LATIN_FEATURES:
        return shaped  # Latin glyphs (no ligatures) map back to their characters by themselves
    text = "".join(t for f, t in word[1:] if not hasattr(f, "cbDefn"))
    data = [sd for _f, t in shaped[1:] if isinstance(t, ShapedStr) for sd in t.__shapeData__]
    clusters = sorted({sd.cluster for sd in data})
    ends = dict(zip(clusters, [*clusters[1:], len(text)], strict=True))
    seen: set[int] = set()
    for sd in data:
        sd.chars = "" if sd.cluster in seen else text[sd.cluster : ends[sd.cluster]]
        seen.add(sd.cluster)
    return shaped


def _shape_by_font(word: Any, *args: Any, **kwargs: Any) -> Any:
    """Shape each run of one font in a word on its own (ReportLab shapes a word with its first font)."""
    if isinstance(word, ShapedFragWord) or len(word) < 2:
        return word
    runs: list[list[Any]] = []
    font = None
    for fragment in word[1:]:
        name = getattr(fragment[0], "fontName", None)  # None for a link or anchor fragment: it joins the run
        if not runs or (name is not None and name != font):
            runs.append([])
            font = name if name is not None else font
        runs[-1].append(fragment)
    if len(runs) == 1:
        return _shape(word, font)
    width, changed = 0.0, False
    parts: list[Any] = []
    for run in runs:
        plain = [f for f in run if not hasattr(f[0], "cbDefn")]
        sub = [sum(pdfmetrics.stringWidth(text, f.fontName, f.fontSize) for f, text in plain), *run]
        shaped = _shape(sub, plain[0][0].fontName) if plain else sub
        changed = changed or shaped is not sub
        width += shaped[0]
        parts.extend(shaped[1:])
    if not changed:
        return word
    return ttfonts.makeShapedFragWord(word)([width, *parts])


def _icu_words(words: list[Any]) -> Iterator[Any]:
    """Cut each word holding Khmer, Thai, Lao or Myanmar text at ICU's word boundaries. All pieces but the
    last are plain lists, which ReportLab joins to the next word without a space; the last keeps the word's
    class (``_HSFrag``: a space follows)."""
    for word in words:
        if type(word) not in (list, rl_paragraph._HSFrag) or len(word) < 2:
            yield word
            continue
        text = "".join(t for f, t in word[1:] if not hasattr(f, "cbDefn"))
        cuts = break_points(text) if text else ()
        if not cuts:
            yield word
            continue
        pieces = _cut(word[1:], cuts)
        for piece in pieces[:-1]:
            yield [_width(piece), *piece]
        yield type(word)([_width(pieces[-1]), *pieces[-1]])


def _cut(fragments: list[Any], cuts: tuple[int, ...]) -> list[list[Any]]:
    """The (fragment, text) pairs of a word cut at character offsets ``cuts``."""
    pieces: list[list[Any]] = [[]]
    position = 0
    for frag, text in fragments:
        if hasattr(frag, "cbDefn"):
            pieces[-1].append((frag, text))
            continue
        if position in cuts and pieces[-1]:
            pieces.append([])
        inner = [c - position for c in cuts if position < c < position + len(text)]
        for start, end in zip([0, *inner], [*inner, len(text)], strict=True):
            if start:
                pieces.append([])
            pieces[-1].append((frag, text[start:end]))
        position += len(text)
    return [p for p in pieces if p]


def _width(fragments: list[Any]) -> float:
    return float(
        sum(pdfmetrics.stringWidth(t, f.fontName, f.fontSize) for f, t in fragments if not hasattr(f, "cbDefn"))
    )


def _actual_text(text: Any, code: str) -> str:
    """Wrap a shaped run's operators in ``/Span <</ActualText (source)>> BDC ... EMC``."""
    if not isinstance(text, ShapedStr) or not code or not any(hasattr(sd, "chars") for sd in text.__shapeData__):
        return code
    source = "".join(getattr(sd, "chars", glyph) for sd, glyph in zip(text.__shapeData__, text, strict=False))
    hex_text = ("\ufeff" + source).encode("utf-16-be").hex().upper()
    return f"/Span <</ActualText <{hex_text}>>> BDC {code} EMC"
