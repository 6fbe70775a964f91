"""Visual regression for complex scripts in draft PDFs: Qt is the oracle.

The same sample is set once by app/draft_pdf (ReportLab, HarfBuzz shaping, the rise fix from
app/writers/pdf_text.py) and once by Qt's QTextDocument.print_ on a QPdfWriter with the same font file; both
PDFs are rasterised by pdftoppm at the same DPI, cropped to their ink and compared: the ink boxes
must agree within a few pixels, and almost every inked pixel of each must lie within two pixels of
ink in the other. The fonts are the ones Saksi ships (app/fonts).

The rise fix: ReportLab 5.1 merges two consecutive ``Ts`` (text rise) operators and keeps the stale
rise, so marks after two raised or lowered marks land wrong (in កម្ពុជា the ជា drops). Noto Sans Khmer
(shipped, and Debian's) triggers it. The last tests prove the comparison catches the bug by rendering with
ReportLab's original method.
"""

from __future__ import annotations

import importlib.util
import io
import shutil
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from PIL import Image, ImageChops, ImageFilter
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QFont, QFontDatabase, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import textobject
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.drafting.compose import Block
from app.writers import draft_pdf
from app.writers.fonts import role_family
from app.writers.pdf_text import registered_fonts

pytestmark = pytest.mark.gui

DPI = 150
BOX_TOLERANCE_PX = 2  # ink boxes may differ by rounding
NEAR_PX = 2  # a pixel of ink matches if the other rendering has ink this close
MAX_MISMATCH = 0.03  # share of inked pixels with no ink near them in the other rendering
SAMPLES = {
    "Khmer": (
        "កម្ពុជា",
        "ស្ត្រី",
        "សុខ ចាន់ដារ៉ា",
        "ព្រះរាជាណាចក្រកម្ពុជា",
        "កម្ពុជា ស្ត្រី សុខ ចាន់ដារ៉ា",
        "ជនរងគ្រោះដោយការជួញដូរមនុស្ស",
    ),
    "Thai": ("ประเทศไทย", "ผู้เสียหาย"),
    "Myanmar": ("မြန်မာ", "မြန်မာနိုင်ငံ"),
    "Lao": ("ລາວ", "ປະເທດລາວ"),
}
NOTO_KHMER = "NotoSansKhmer-Regular.ttf"


@pytest.fixture(autouse=True)
def poppler() -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) is not installed")


def app_font(script: str) -> Path | None:
    """The font file app/writers/pdf_text.py sets this script in (the bundled family)."""
    family = role_family(script)
    return family.regular if family is not None else None


# ----------------------------------------------------------------------------- the two renderers
def reportlab_draft(line: str, script: str, target: Path) -> Path:
    """The app's own path: a one-paragraph draft through app.writers.draft_pdf.draft_pdf."""
    info = draft_pdf.DocumentInfo("", "", "km" if script == "Khmer" else "en", [])
    target.write_bytes(draft_pdf.draft_pdf([Block("para", line)], info))
    return target


def reportlab_with_font(line: str, font: Path, target: Path) -> Path:
    """The draft PDF's paragraph style and shaping, set in a given font file."""
    name = f"Probe{font.stem.replace('-', '')}"
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, str(font)))
    style = ParagraphStyle("probe", parent=draft_pdf.styles("km")["para"], fontName=name)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=30 * mm, topMargin=25 * mm, initialFontName=name)
    doc.build([Paragraph(escape(line), style)])
    target.write_bytes(out.getvalue())
    return target


def qt_pdf(line: str, font: Path, target: Path) -> Path:
    font_id = QFontDatabase.addApplicationFont(str(font))
    assert font_id >= 0, f"Qt cannot load {font}"
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    writer = QPdfWriter(str(target))
    margins = QMarginsF(30, 25, 20, 22)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter
        )
    )
    document = QTextDocument()
    qfont = QFont(family)
    qfont.setPointSizeF(11)  # as the draft's body text
    document.setDefaultFont(qfont)
    document.setPlainText(line)
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    return target


# ----------------------------------------------------------------------------- comparing
def ink(pdf: Path) -> Image.Image:
    """Page 1 rasterised, the top 200 mm (Qt prints a page number at the foot), cropped to the ink."""
    stem = pdf.with_suffix("")
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-gray", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf), str(stem)],
        check=True,
    )
    with Image.open(f"{stem}.png") as page:
        top = page.convert("L").crop((0, 0, page.width, int(200 / 25.4 * DPI)))
    mask = top.point(lambda v: 255 if v < 160 else 0)
    box = mask.getbbox()
    assert box is not None, f"{pdf.name}: no ink"
    return mask.crop(box)


def inked(image: Image.Image) -> int:
    return sum(1 for v in image.get_flattened_data() if v)


def mismatch(a: Image.Image, b: Image.Image) -> float:
    """Share of ink in either image with no ink within NEAR_PX pixels in the other."""
    b = b.resize(a.size)
    grow = ImageFilter.MaxFilter(2 * NEAR_PX + 1)
    lone_a = ImageChops.multiply(a, ImageChops.invert(b.filter(grow)))
    lone_b = ImageChops.multiply(b, ImageChops.invert(a.filter(grow)))
    return (inked(lone_a) + inked(lone_b)) / max(inked(a) + inked(b), 1)


def difference(ours: Image.Image, oracle: Image.Image) -> tuple[int, int, float]:
    return (abs(ours.width - oracle.width), abs(ours.height - oracle.height), mismatch(ours, oracle))


def looks_the_same(ours: Image.Image, oracle: Image.Image) -> bool:
    dw, dh, share = difference(ours, oracle)
    return dw <= BOX_TOLERANCE_PX and dh <= BOX_TOLERANCE_PX and share <= MAX_MISMATCH


def side_by_side(images: list[Image.Image], target: Path) -> None:
    """For a person to look at: the renderings one above the other, three times the size."""
    width, height = max(i.width for i in images) + 20, sum(i.height + 20 for i in images)
    sheet = Image.new("L", (width, height), 255)
    y = 10
    for image in images:
        sheet.paste(ImageChops.invert(image), (10, y))
        y += image.height + 20
    sheet.resize((width * 3, height * 3), Image.Resampling.NEAREST).save(target)


def original_set_rise() -> object:
    """ReportLab's own PDFTextObject.setRise, before app/writers/pdf_text.py's fix replaced it."""
    spec = importlib.util.spec_from_file_location("reportlab_textobject_original", textobject.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.PDFTextObject.setRise


# ----------------------------------------------------------------------------- the tests
CASES = [(script, index, line) for script, lines in SAMPLES.items() for index, line in enumerate(lines)]


@pytest.mark.parametrize(("script", "index", "line"), CASES, ids=[f"{s}-{i}" for s, i, _ in CASES])
def test_draft_pdf_matches_qt(qtbot: QtBot, tmp_path: Path, script: str, index: int, line: str) -> None:
    font = app_font(script)
    if font is None:
        pytest.skip(f"no {script} font")
    assert script in registered_fonts()
    ours = ink(reportlab_draft(line, script, tmp_path / f"{script}-{index}.reportlab.pdf"))
    oracle = ink(qt_pdf(line, font, tmp_path / f"{script}-{index}.qt.pdf"))
    side_by_side([ours, oracle], tmp_path / f"compare-{script}-{index}.png")
    dw, dh, share = difference(ours, oracle)
    assert dw <= BOX_TOLERANCE_PX and dh <= BOX_TOLERANCE_PX, (font.name, ours.size, oracle.size)
    assert share <= MAX_MISMATCH, (font.name, f"{share:.3f}")


def test_several_khmer_lines_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    """The samples as paragraphs of one draft: each line's ink agrees with Qt's."""
    font = app_font("Khmer")
    if font is None:
        pytest.skip("no Khmer font installed")
    samples = SAMPLES["Khmer"]
    ours_pdf = tmp_path / "page.reportlab.pdf"
    ours_pdf.write_bytes(
        draft_pdf.draft_pdf([Block("para", line) for line in samples], draft_pdf.DocumentInfo("", "", "km", []))
    )
    oracle_pdf = qt_pdf(
        "\n\n".join(samples), font, tmp_path / "page.qt.pdf"
    )  # a blank line between, as the paragraphs' spacing
    ours, oracle = split_lines(ink(ours_pdf)), split_lines(ink(oracle_pdf))
    side_by_side([*ours, *oracle], tmp_path / "compare-page.png")
    assert len(ours) == len(oracle) == len(samples)
    for mine, theirs in zip(ours, oracle, strict=True):
        assert looks_the_same(mine, theirs), difference(mine, theirs)


def split_lines(image: Image.Image, gap: int = 5) -> list[Image.Image]:
    """Cut an ink image into lines at runs of at least ``gap`` blank rows (marks above and below a Khmer
    line leave thinner gaps inside it); each line is cropped to its own ink."""
    rows = [any(image.getpixel((x, y)) for x in range(image.width)) for y in range(image.height)]
    lines: list[Image.Image] = []
    start: int | None = None
    blank = 0
    for y, filled in enumerate([*rows, *([False] * gap)]):
        if filled:
            start = y if start is None else start
            blank = 0
            continue
        blank += 1
        if start is not None and blank == gap:
            piece = image.crop((0, start, image.width, y - gap + 1))
            lines.append(piece.crop(piece.getbbox()))
            start = None
    return lines


@pytest.mark.parametrize("font_name", ["app", NOTO_KHMER])
def test_the_comparison_fails_without_the_rise_fix(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, font_name: str
) -> None:
    font = app_font("Khmer") if font_name == "app" else next(Path("/usr/share/fonts").rglob(font_name), None)
    if font is None:
        pytest.skip(f"{font_name} is not installed (Debian fonts-noto-core has Noto Sans Khmer)")
    renders = {}
    for index, line in enumerate(SAMPLES["Khmer"]):
        oracle = ink(qt_pdf(line, font, tmp_path / f"{index}.qt.pdf"))
        fixed = ink(reportlab_with_font(line, font, tmp_path / f"{index}.fixed.pdf"))
        with monkeypatch.context() as patch:
            patch.setattr(textobject.PDFTextObject, "setRise", original_set_rise())
            broken = ink(reportlab_with_font(line, font, tmp_path / f"{index}.broken.pdf"))
        side_by_side([fixed, broken, oracle], tmp_path / f"compare-{index}.png")
        renders[line] = (looks_the_same(fixed, oracle), looks_the_same(broken, oracle))
    assert all(fixed for fixed, _ in renders.values()), renders
    failing = [line for line, (_, broken) in renders.items() if not broken]
    if not failing:
        pytest.skip(
            f"{font.name} does not trigger ReportLab's rise bug (no two text rises in a row for these clusters), "
            "so its output is the same with or without the fix"
        )
    assert "កម្ពុជា" in failing  # the string the architecture notes name
