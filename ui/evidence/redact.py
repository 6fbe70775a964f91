"""Make a redacted, cropped or rotated working copy of an image. The original never changes.

Boxes and the crop are drawn over the upright image (EXIF orientation applied, as
``EvidenceLocker.derive`` expects), in that image's pixels whatever the zoom or view rotation.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPen, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QGraphicsPathItem,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from storage.errors import SaksiError
from storage.evidence import Item
from storage.vault import Vault
from ui import jobs, vault_ops
from ui.evidence.common import thread_locker
from ui.evidence.viewer import read_image
from ui.widgets import ErrorLabel, label

Box = tuple[int, int, int, int]  # left, top, right, bottom in upright image pixels
MIN_SIDE = 3  # a click without a drag draws nothing


def to_pixels(rect: QRectF, width: int, height: int) -> Box | None:
    """A drawn rectangle as whole pixels, grown outwards (a redaction never covers less than drawn)."""
    rect = rect.normalized().intersected(QRectF(0, 0, width, height))
    left, top = max(0, math.floor(rect.left())), max(0, math.floor(rect.top()))
    right, bottom = min(width, math.ceil(rect.right())), min(height, math.ceil(rect.bottom()))
    if right - left < MIN_SIDE or bottom - top < MIN_SIDE:
        return None
    return left, top, right, bottom


class Canvas(QGraphicsView):
    """Draw rectangles with the mouse (a rubber band in scene = image coordinates)."""

    drawn = Signal(QRectF)

    def __init__(self, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.image_item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        self.scene().addItem(self.image_item)
        self.scene().setSceneRect(QRectF(0, 0, image.width(), image.height()))
        self.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(Qt.GlobalColor.darkGray)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.rotation = 0
        self._start: QPointF | None = None
        self._band = QGraphicsRectItem()
        self._band.setPen(QPen(QColor("#e0a000"), 0, Qt.PenStyle.DashLine))
        self._band.setZValue(10)
        self._band.hide()
        self.scene().addItem(self._band)

    def set_rotation(self, degrees: int) -> None:
        self.rotation = degrees % 360
        self.fit()

    def fit(self) -> None:
        self.resetTransform()
        self.rotate(self.rotation)
        self.fitInView(self.image_item, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._start = self.mapToScene(event.position().toPoint())
            self._band.setRect(QRectF(self._start, self._start))
            self._band.show()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._start is not None:
            self._band.setRect(QRectF(self._start, self.mapToScene(event.position().toPoint())).normalized())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._start is not None and event.button() == Qt.MouseButton.LeftButton:
            rect = QRectF(self._start, self.mapToScene(event.position().toPoint())).normalized()
            self._start = None
            self._band.hide()
            self.drawn.emit(rect)
        super().mouseReleaseEvent(event)


class RedactDialog(QDialog):
    """Black boxes, an optional crop and 90° turns -> ``locker.derive`` off the GUI thread -> a new item."""

    def __init__(self, vault: Vault, item: Item, data: bytes, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.item = vault, item
        self.derived: Item | None = None
        self.setWindowTitle(self.tr("Redacted copy of {label}").format(label=item.label))
        image, reason = read_image(data)
        self.width_px, self.height_px = image.width(), image.height()
        self.canvas = Canvas(image)
        self.canvas.drawn.connect(self._drawn)
        self.box_items: list[tuple[Box, QGraphicsRectItem]] = []
        self.crop: Box | None = None
        self.crop_item: QGraphicsPathItem | None = None
        self.rotation = 0
        self.error = ErrorLabel()
        self.error.show_error(reason)
        layout = QHBoxLayout(self)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(self._side())
        self.resize(1100, 740)
        self._update()

    # ---- the side panel
    def _side(self) -> QVBoxLayout:
        side = QVBoxLayout()
        side.addWidget(label(self.item.label, "subheading"))
        side.addWidget(label(self.item.filename))
        explain = self.tr(
            "Draw over what must not be seen. The original {label} never changes: the copy is rebuilt from the "
            "pixels only, without EXIF, GPS or comments, and is kept as a new exhibit linked to it."
        ).format(label=self.item.label)
        side.addWidget(label(explain))
        self.box_mode = QRadioButton(self.tr("Draw black boxes"))
        self.crop_mode = QRadioButton(self.tr("Draw the crop area"))
        self.box_mode.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.box_mode)
        group.addButton(self.crop_mode)
        side.addWidget(self.box_mode)
        side.addWidget(self.crop_mode)
        side.addWidget(label(self.tr("Black boxes:")))
        self.box_list = QListWidget()
        side.addWidget(self.box_list, 1)
        self.remove_button = QPushButton(self.tr("Remove box"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.clear_crop_button = QPushButton(self.tr("No crop"))
        self.clear_crop_button.clicked.connect(lambda: self.set_crop(None))
        side.addLayout(_row(self.remove_button, self.clear_crop_button))
        self.crop_label = label(role="muted")
        side.addWidget(self.crop_label)
        left, right = QPushButton(self.tr("Rotate left")), QPushButton(self.tr("Rotate right"))
        left.clicked.connect(lambda: self.rotate_by(-90))
        right.clicked.connect(lambda: self.rotate_by(90))
        side.addLayout(_row(left, right))
        self.rotation_label = label(role="muted")
        side.addWidget(self.rotation_label)
        side.addWidget(self.error)
        self.save_button = QPushButton(self.tr("Save redacted copy"))
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        side.addLayout(_row(cancel, self.save_button))
        holder = QWidget()
        holder.setLayout(side)
        holder.setFixedWidth(320)  # room for longer languages (Khmer)
        outer = QVBoxLayout()
        outer.addWidget(holder)
        return outer

    # ---- editing
    def _drawn(self, rect: QRectF) -> None:
        box = to_pixels(rect, self.width_px, self.height_px)
        if box is None:
            return
        if self.crop_mode.isChecked():
            self.set_crop(box)
        else:
            self.add_box(box)

    def add_box(self, box: Box) -> None:
        left, top, right, bottom = box
        shape = QGraphicsRectItem(QRectF(left, top, right - left, bottom - top))
        shape.setBrush(QBrush(Qt.GlobalColor.black))
        shape.setPen(QPen(QColor("#e0a000"), 0))
        shape.setZValue(2)
        self.canvas.scene().addItem(shape)
        self.box_items.append((box, shape))
        self.box_list.addItem(self.tr("{w} × {h} at {x}, {y}").format(w=right - left, h=bottom - top, x=left, y=top))
        self._update()

    def remove_selected(self) -> None:
        row = self.box_list.currentRow()
        if 0 <= row < len(self.box_items):
            _box, shape = self.box_items.pop(row)
            self.canvas.scene().removeItem(shape)
            self.box_list.takeItem(row)
            self._update()

    def set_crop(self, box: Box | None) -> None:
        if self.crop_item is not None:
            self.canvas.scene().removeItem(self.crop_item)
            self.crop_item = None
        self.crop = box
        if box is not None:
            left, top, right, bottom = box
            shade = QPainterPath()  # what the crop cuts off is veiled in white (dark would look like a redaction)
            shade.addRect(QRectF(0, 0, self.width_px, self.height_px))
            shade.addRect(QRectF(left, top, right - left, bottom - top))
            self.crop_item = QGraphicsPathItem(shade)
            self.crop_item.setPen(QPen(QColor("#2f9fd0"), 0, Qt.PenStyle.DashLine))
            self.crop_item.setBrush(QBrush(QColor(255, 255, 255, 150)))
            self.crop_item.setZValue(3)
            self.canvas.scene().addItem(self.crop_item)
        self._update()

    def rotate_by(self, degrees: int) -> None:
        self.rotation = (self.rotation + degrees) % 360
        self.canvas.set_rotation(self.rotation)
        self._update()

    def boxes(self) -> list[Box]:
        return [box for box, _shape in self.box_items]

    def _update(self) -> None:
        self.remove_button.setEnabled(bool(self.box_items))
        self.clear_crop_button.setEnabled(self.crop is not None)
        if self.crop is None:
            self.crop_label.setText(self.tr("Whole image (no crop)."))
        else:
            left, top, right, bottom = self.crop
            self.crop_label.setText(self.tr("Crop: {w} × {h} pixels.").format(w=right - left, h=bottom - top))
        turned = self.tr("Turned {degrees}° clockwise.").format(degrees=self.rotation)
        self.rotation_label.setText(turned if self.rotation else self.tr("Not turned."))
        changed = bool(self.box_items) or self.crop is not None or self.rotation != 0
        self.save_button.setEnabled(changed and self.width_px > 0)

    def purpose(self) -> str:
        if self.box_items:
            return "redacted copy"
        return "cropped copy" if self.crop is not None else "rotated copy"

    # ---- saving
    def save(self) -> None:
        vault, item, boxes, crop, rotation, purpose = (
            self.vault,
            self.item,
            self.boxes(),
            self.crop,
            self.rotation,
            self.purpose(),
        )
        self.error.clear_error()

        def work(_report: jobs.Progress) -> Item:
            with thread_locker(vault) as locker:
                return locker.derive(item, boxes=boxes, crop=crop, rotate=rotation, purpose=purpose)

        vault_ops.write(self, vault, work, self._saved, label=self.tr("Making the copy…"), on_failure=self._failed)

    def _saved(self, derived: Item) -> None:
        self.derived = derived  # the tab then selects the copy, which says what it is a copy of
        self.accept()

    def _failed(self, error: SaksiError) -> None:
        self.error.show_error(error.message)


def _row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    return row
