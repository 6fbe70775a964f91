"""A calm, plain look: Fusion with a light palette, generous spacing, one accent colour."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from ui import app_fonts

ACCENT = "#2f5d62"  # a quiet teal
ERROR = "#a12622"
MUTED = "#5b6166"

STYLE = f"""
QLabel#heading {{ font-size: 18pt; font-weight: 600; }}
QLabel#subheading {{ font-size: 12pt; font-weight: 600; }}
QLabel#muted {{ color: {MUTED}; }}
QLabel#error {{ color: {ERROR}; }}
QLabel#notice {{ background: #fff4d6; color: #5a4300; padding: 8px 12px; }}
QLabel#alert {{ background: {ERROR}; color: white; font-weight: 600; padding: 10px 14px; }}
QListWidget#sidebar {{ border: none; background: #eef1f2; font-size: 11pt; padding-top: 8px; }}
QListWidget#sidebar::item {{ padding: 10px 16px; }}
QListWidget#sidebar::item:selected {{ background: {ACCENT}; color: white; }}
QListWidget#recent::item {{ padding: 6px 8px; }}
QGroupBox {{ font-weight: 600; margin-top: 12px; padding-top: 8px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; }}
QPushButton {{ padding: 5px 14px; }}
QPushButton#primary {{ background: {ACCENT}; color: white; border-radius: 3px; padding: 7px 18px; }}
QPushButton#primary:disabled {{ background: #9fb2b4; }}
QPushButton#link {{ border: none; background: transparent; color: {ACCENT}; text-decoration: underline; padding: 2px 0; }}
"""


def apply(app: QApplication) -> None:
    app.setApplicationName("Saksi")
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    palette = app.style().standardPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#f7f8f8"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor(ACCENT))
    app.setPalette(palette)
    app.setStyleSheet(STYLE)
    app_fonts.install(app)


def monospace(point_size: float) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setFamilies([app_fonts.monospace_family(), font.family()])  # the bundled one: there on every machine
    font.setPointSizeF(point_size)
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font


def mark(label: QLabel, role: str) -> QLabel:
    """Give a label one of the roles the style sheet knows (heading, subheading, muted, error, notice)."""
    label.setObjectName(role)
    return label
