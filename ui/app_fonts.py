"""The fonts Saksi ships (app/fonts), registered with Qt at start so every script shows on a machine
that has none of them: the application font falls back, character by character, to the bundled families."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.writers import fonts

FALLBACK_ROLES = ("Latin", "Khmer", "Thai", "Lao", "Myanmar")


def register() -> list[str]:
    """Add the bundled font files to Qt's font database (once per process); the families Qt loaded."""
    loaded: list[str] = []
    for path in fonts.bundled_files():
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id >= 0:
            loaded += [f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in loaded]
    return loaded


def install(app: QApplication) -> None:
    """Register the fonts and make the application font fall back to them: the platform's own font first
    (it looks native), then Noto Sans, Noto Sans Khmer, Thai, Lao and Myanmar for what it lacks."""
    loaded = register()
    font = QFont(app.font())
    fallbacks = [fonts.ROLE_FAMILIES[role] for role in FALLBACK_ROLES if fonts.ROLE_FAMILIES[role] in loaded]
    font.setFamilies([f for f in [font.family(), *fallbacks] if f])
    app.setFont(font)


def monospace_family() -> str:
    return fonts.ROLE_FAMILIES["Mono"]
