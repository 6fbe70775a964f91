"""The evidence viewer: images, PDFs and text shown from memory only (never a temporary file).

Images are shown only when the sandboxed decoder (app.evidence.imaging) already read them in full at
import, and only in the formats it allows; anything else gets its metadata and an explicit,
recorded export instead.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QSize, Qt
from PySide6.QtGui import QImage, QImageReader, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut, QWheelEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QGraphicsPixmapItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.common.display import marked
from storage.evidence import Item
from storage.vault import Vault
from ui.evidence import chat_actions
from ui.evidence.common import human_size, kind_name, marked_lines, previewable, translate
from ui.evidence.detail import metadata_lines
from ui.look import monospace
from ui.widgets import label

QT_FORMATS = {"jpeg", "jpg", "png", "gif", "webp", "bmp", "tiff", "tif"}  # the decoder's allow-list, in Qt's names
MAX_SHOWN_PIXELS = 50_000_000  # larger images are shown scaled down (Qt refuses > 256 MB allocations)
TEXT_LIMIT = 4 * 1024 * 1024


def read_image(data: bytes) -> tuple[QImage, str]:
    """The upright image (EXIF orientation applied), or a null image and the reason."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    reader.setDecideFormatFromContent(True)
    if bytes(reader.format().data()).decode().lower() not in QT_FORMATS:
        return QImage(), translate(
            "Evidence", "Saksi does not show this image format itself; export a working copy to open it."
        )
    size = reader.size()
    pixels = size.width() * size.height()
    if pixels > MAX_SHOWN_PIXELS:
        scale = (MAX_SHOWN_PIXELS / pixels) ** 0.5
        reader.setScaledSize(QSize(int(size.width() * scale), int(size.height() * scale)))
    image = reader.read()
    if image.isNull():
        return image, translate("Evidence", "The image could not be shown: {reason}").format(
            reason=reader.errorString()
        )
    return image, ""


class ImageView(QGraphicsView):
    """Zoom (buttons, Ctrl+wheel), pan (drag, scroll bars, wheel), rotate the view by 90°."""

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.pixmap_item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self.pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self.scene().addItem(self.pixmap_item)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.zoom, self.rotation, self.fitting = 1.0, 0, True

    def fit(self) -> None:
        self.fitting = True
        self._apply()

    def actual_size(self) -> None:
        self.fitting, self.zoom = False, 1.0
        self._apply()

    def zoom_by(self, factor: float) -> None:
        current = self.transform().m11() ** 2 + self.transform().m12() ** 2
        self.zoom = max(0.02, min(32.0, (current**0.5) * factor))
        self.fitting = False
        self._apply()

    def rotate_view(self) -> None:
        self.rotation = (self.rotation + 90) % 360
        self._apply()

    def _apply(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        if self.fitting:
            self.fitInView(self.pixmap_item, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            self.scale(self.zoom, self.zoom)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.fitting:
            self._apply()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.25 if event.angleDelta().y() > 0 else 0.8)
            event.accept()
        else:
            super().wheelEvent(event)


def _toolbar(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


class ImagePane(QWidget):
    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = ImageView(image)
        buttons = []
        for text, shortcut, slot in (
            (self.tr("Zoom in"), QKeySequence.StandardKey.ZoomIn, lambda: self.view.zoom_by(1.25)),
            (self.tr("Zoom out"), QKeySequence.StandardKey.ZoomOut, lambda: self.view.zoom_by(0.8)),
            (self.tr("Fit"), QKeySequence(self.tr("Ctrl+0")), self.view.fit),
            (self.tr("Actual size"), None, self.view.actual_size),
            (self.tr("Rotate view 90°"), QKeySequence(self.tr("Ctrl+R")), self.view.rotate_view),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            if shortcut is not None:
                QShortcut(QKeySequence(shortcut), self, slot)
            buttons.append(button)
        hint = label(self.tr("Drag to move around. Rotating here changes only the view, not the exhibit."), "muted")
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addWidget(hint, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)


class PdfPane(QWidget):
    """QtPdf over a QBuffer: the document never touches the disk."""

    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)  # must outlive the document
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.page = QSpinBox()
        self.page.setRange(1, max(1, self.document.pageCount()))
        self.page.valueChanged.connect(self.go_to)
        self.of = label(self.tr("of {count}").format(count=self.document.pageCount()), wrap=False)
        self.previous, self.following = QPushButton(self.tr("Previous page")), QPushButton(self.tr("Next page"))
        self.previous.clicked.connect(lambda: self.page.setValue(self.page.value() - 1))
        self.following.clicked.connect(lambda: self.page.setValue(self.page.value() + 1))
        fit_width, fit_page = QPushButton(self.tr("Fit width")), QPushButton(self.tr("Whole page"))
        fit_width.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        fit_page.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        self.view.pageNavigator().currentPageChanged.connect(self._page_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(
            _toolbar(self.previous, self.following, label(self.tr("Page")), self.page, self.of, fit_width, fit_page)
        )
        self.problem = label(role="error")
        self.problem.setVisible(self.document.status() == QPdfDocument.Status.Error)
        if self.problem.isVisible():
            self.problem.setText(self._error_text())
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        self._page_shown(0)

    def _error_text(self) -> str:
        if self.document.error() == QPdfDocument.Error.IncorrectPassword:
            return self.tr("The PDF is password-protected; Saksi cannot show it. Its bytes are kept as received.")
        return self.tr("The PDF could not be shown (it may be damaged). Its bytes are kept as received.")

    def go_to(self, page: int) -> None:
        navigator = self.view.pageNavigator()
        if navigator.currentPage() != page - 1:
            navigator.jump(page - 1, QPointF(), navigator.currentZoom())

    def _page_shown(self, index: int) -> None:
        self.page.blockSignals(True)
        self.page.setValue(index + 1)
        self.page.blockSignals(False)
        self.previous.setEnabled(index > 0)
        self.following.setEnabled(index + 1 < self.document.pageCount())


class TextPane(QPlainTextEdit):
    def __init__(self, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        text = data[:TEXT_LIMIT].decode("utf-8", errors="replace").removeprefix("\ufeff")
        if len(data) > TEXT_LIMIT:
            text += "\n\n" + self.tr("[Only the first {size} are shown.]").format(size=human_size(TEXT_LIMIT))
        self.setPlainText(text)
        self.setReadOnly(True)
        self.setFont(monospace(10))


class InfoPane(QWidget):
    """For what Saksi does not show itself: the metadata, the reason, and an audited export."""

    def __init__(self, vault: Vault, item: Item, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(label(reason or item.preview or self.tr("Saksi does not show this type of file itself.")))
        lines = metadata_lines(item.metadata)
        if lines:
            layout.addWidget(label("\n".join(lines), "muted"))
        self.export_button = QPushButton(self.tr("Export a working copy…"))
        self.export_button.clicked.connect(lambda: self._export(vault, item))
        if vault.user.may_export and item.blob_id is not None:
            layout.addLayout(_toolbar(self.export_button))
            layout.addWidget(
                label(
                    self.tr("The export is recorded in the chain of custody. The original stays in the vault."), "muted"
                )
            )
        else:
            self.export_button.hide()
            layout.addWidget(label(self.tr("Ask a lawyer or an admin to export a working copy."), "muted"))
        layout.addStretch(1)

    def _export(self, vault: Vault, item: Item) -> None:
        from ui.evidence.actions import export_working_copy

        export_working_copy(self, vault, item)


class ViewerDialog(QDialog):
    """One exhibit, shown from the bytes in memory (``data`` from ``view_bytes``, which recorded the view)."""

    def __init__(
        self,
        vault: Vault,
        item: Item,
        data: bytes | None,
        parent: QWidget | None = None,
        *,
        chat: tuple[list[Any], dict[str, str]] | None = None,
        reference: str = "",
    ) -> None:
        super().__init__(parent)
        self.item, self.vault, self.chat, self.reference = item, vault, chat, reference
        self.setWindowTitle(self.tr("Evidence {label}").format(label=item.label))  # no file name: titles are visible
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pane = self._pane(vault, item, data)
        layout = QVBoxLayout(self)
        head = QHBoxLayout()
        head.addWidget(label(item.label, "subheading", wrap=False))
        name = label(marked(item.filename))
        name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(name, 1)
        head.addWidget(label(f"{kind_name(item.kind)}, {human_size(item.size)}", "muted", wrap=False))
        layout.addLayout(head)
        layout.addWidget(self.pane, 1)
        note = self.tr("Shown from memory; nothing is written to disk. Opening it was recorded in the custody log.")
        if data is not None or chat is not None:
            layout.addWidget(label(note, "muted"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        self.setMinimumSize(640, 480)
        self.resize(1000, 720)

    def _pane(self, vault: Vault, item: Item, data: bytes | None) -> QWidget:
        if item.kind == "chat" and self.chat is not None:
            return chat_actions.pane(self, vault, item, self.chat, self.reference)
        if data is None or not previewable(item):
            return InfoPane(vault, item, "")
        if item.kind == "image":
            image, reason = read_image(data)
            if image.isNull():
                return InfoPane(vault, item, reason)
            return with_text(ImagePane(image), item) if item.ocr_text or item.transcription else ImagePane(image)
        if item.kind == "pdf":
            return PdfPane(data)
        return TextPane(data)


def with_text(pane: QWidget, item: Item) -> QWidget:
    """The image with its text beside it: the lawyer's transcription where there is one, and what OCR read."""
    from PySide6.QtWidgets import QSplitter

    side = QWidget()
    column = QVBoxLayout(side)
    column.setContentsMargins(0, 0, 0, 0)
    for title, text in (
        (translate("Evidence", "Transcription"), item.transcription),
        (translate("Evidence", "Text read from the image"), item.ocr_text),
    ):
        if text:
            column.addWidget(label(title, "subheading"))
            box = QPlainTextEdit(marked_lines(text))
            box.setReadOnly(True)
            column.addWidget(box, 1)
    splitter = QSplitter()
    splitter.addWidget(pane)
    splitter.addWidget(side)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


def needs_bytes(item: Item) -> bool:
    """Whether opening the viewer reads (and records a view of) the bytes."""
    return previewable(item)
