"""Help at hand: the user guide inside the app (Help menu, F1 opens it at the part of the screen in use), saved as
a printable PDF, and the About box with the version and the licences.

The guide is Markdown in this folder (guide_<language>.md: guide_en.md and guide_km.md; English where no
translation exists; the sections and their anchors are the same in each), shown with Qt's
own Markdown reader, so it needs no browser and works offline. Sections carry anchors named like the areas
(``vault``, ``cases``, ``evidence``, ``analysis``, ``drafting``, ``deadlines``, ``reports``, ``settings``).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QTimer
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QShowEvent, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from ui import i18n

FOLDER = Path(__file__).resolve().parent
SECTIONS = ("vault", "cases", "evidence", "analysis", "drafting", "deadlines", "reports", "settings")


def guide_path(language: str = "") -> Path:
    """The guide in ``language`` (the interface's by default), else the English one."""
    code = i18n.effective(language or i18n.current())
    translated = FOLDER / f"guide_{code}.md"
    return translated if translated.exists() else FOLDER / "guide_en.md"


def guide_text(language: str = "") -> str:
    """The guide's Markdown; Khmer gets a ZERO WIDTH SPACE between words (ICU's boundaries, as the compiled
    translations do), because Qt's line breaker has no Khmer dictionary and would run a phrase past the edge."""
    path = guide_path(language)
    text = path.read_text(encoding="utf-8")
    code = path.stem.removeprefix("guide_")
    if code == "en":
        return text
    from ui.i18n.breaks import with_breaks  # icu4py: a runtime dependency already (app/writers/linebreak.py)

    return "\n".join(with_breaks(line, code) for line in text.split("\n"))


class HelpDialog(QDialog):
    """The guide, opened at ``section``; links inside it work, nothing is fetched from outside."""

    def __init__(self, section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saksi user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.text = guide_text()
        self.browser.setMarkdown(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.show_section(section)

    def show_section(self, section: str) -> None:
        self.section = section if section in SECTIONS else ""
        self._scroll_to_section()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._scroll_to_section)  # once laid out at its real width

    def _scroll_to_section(self) -> None:
        """Put the section's heading at the top. Qt's Markdown reader drops the raw ``<a name>`` anchors, so
        ``scrollToAnchor`` found nothing and F1 always opened the guide at its start: look for the heading."""
        heading = section_headings(self.text).get(self.section)
        if not heading:
            return
        block = self.browser.document().begin()
        while block.isValid() and block.text() != heading:
            block = block.next()
        if block.isValid():
            top = self.browser.document().documentLayout().blockBoundingRect(block).top()
            self.browser.verticalScrollBar().setValue(int(top))


def section_headings(text: str) -> dict[str, str]:
    """Each section's heading as shown (the ``## ...`` line after its anchor)."""
    found: dict[str, str] = {}
    pending = ""
    for line in text.splitlines():
        anchor = re.fullmatch(r'<a name="([a-z]+)"></a>', line.strip())
        if anchor:
            pending = anchor.group(1)
        elif pending and line.startswith("#"):
            found[pending] = line.lstrip("#").strip()
            pending = ""
    return found


def save_pdf(target: Path, language: str = "") -> Path:
    """The guide as an A4 PDF (Qt's own text layout: Khmer shapes correctly)."""
    document = QTextDocument()
    document.setMarkdown(guide_text(language))
    writer = QPdfWriter(str(target))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(18, 18, 18, 18))
    )
    writer.setTitle(QCoreApplication.translate("HelpDialog", "Saksi user guide"))
    document.print_(writer)
    return target
