"""Render packaging/icons/saksi.svg to the PNG, ICO (Windows) and ICNS (macOS) files the builds use.

``python packaging/make_icons.py``; the outputs are committed, so a build needs only to read them.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    buffer = QByteArray()
    from PySide6.QtCore import QBuffer

    device = QBuffer(buffer)
    device.open(QBuffer.OpenModeFlag.WriteOnly)
    image.save(device, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage painting needs it
    renderer = QSvgRenderer(str(ICONS / "saksi.svg"))
    images = {size: render(renderer, size) for size in SIZES}
    images[256].save(ICONS / "saksi.png")
    images[512].save(ICONS / "saksi-512.png")
    images[256].save(ICONS / "saksi.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    images[512].save(ICONS / "saksi.icns")
    print(f"icons written to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
