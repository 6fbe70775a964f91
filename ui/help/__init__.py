"""Help at hand: the user guide inside the app (Help menu, F1 opens it at the part of the screen in use), saved as
a printable PDF, and the About box with the version and the licences.

The guide is Markdown in this folder (guide_<language>.md; English until a translation exists), shown with Qt's
own Markdown reader, so it needs no browser and works offline. Sections carry anchors named like the areas
(``vault``, ``cases``, ``evidence``, ``analysis``, ``drafting``, ``deadlines``, ``reports``, ``settings``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
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
    return guide_path(language).read_text(encoding="utf-8")


class HelpDialog(QDialog):
    """The guide, opened at ``section``; links inside it work, nothing is fetched from outside."""

    def __init__(self, section: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saksi user guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 620)
        self.show_section(section)

    def show_section(self, section: str) -> None:
        if section in SECTIONS:
            self.browser.scrollToAnchor(section)
            self.section = section
        else:
            self.section = ""


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
