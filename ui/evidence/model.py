"""The list model behind the evidence grid: items, thumbnails loaded lazily into memory, type icons."""

from __future__ import annotations

import html
from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from app.common.display import marked
from storage.evidence import Item
from ui.evidence.common import human_size, kind_name, translate

ItemRole = Qt.ItemDataRole.UserRole + 1
ThumbnailLoader = Callable[[Item], bytes | None]
BATCH = 12  # thumbnails decoded per event-loop turn: scrolling stays smooth
AnyIndex = QModelIndex | QPersistentModelIndex


def plain_tooltip(text: str) -> str:
    """Qt guesses whether a tooltip is HTML; a file name like "<b>.png" must never be read as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


@cache
def type_icon(kind: str, note: str = "") -> QIcon:
    """A drawn page with the kind written on it (no icon theme is needed on Windows)."""
    pixmap = QPixmap(128, 128)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page = QPainterPath()
    page.moveTo(28, 8)
    page.lineTo(82, 8)
    page.lineTo(102, 28)
    page.lineTo(102, 120)
    page.lineTo(28, 120)
    page.closeSubpath()
    painter.setPen(QPen(QColor("#8a9396"), 2))
    painter.setBrush(QColor("#ffffff") if kind != "deleted" else QColor("#e4e6e7"))
    painter.drawPath(page)
    painter.drawLine(82, 8, 82, 28)
    painter.drawLine(82, 28, 102, 28)
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#2f5d62"))
    painter.drawText(QRectF(28, 48, 74, 24), Qt.AlignmentFlag.AlignCenter, _short_kind(kind))
    if note:
        font.setPixelSize(11)
        font.setBold(False)
        painter.setFont(font)
        painter.setPen(QColor("#a12622"))
        painter.drawText(QRectF(30, 78, 70, 36), Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, note)
    painter.end()
    return QIcon(pixmap)


def _short_kind(kind: str) -> str:
    return {
        "image": translate("Evidence", "IMAGE"),
        "pdf": "PDF",
        "audio": translate("Evidence", "AUDIO"),
        "video": translate("Evidence", "VIDEO"),
        "text": translate("Evidence", "TEXT"),
        "chat": translate("Evidence", "CHAT"),
        "deleted": translate("Evidence", "DELETED"),
    }.get(kind, translate("Evidence", "FILE"))


class EvidenceModel(QAbstractListModel):
    """One row per item (originals with their copies after them). Thumbnails are fetched from the vault
    the first time a row is painted, a few per event-loop turn, and kept only in this object's memory."""

    def __init__(self, load_thumbnail: ThumbnailLoader, parent: Any = None) -> None:
        super().__init__(parent)
        self._load = load_thumbnail
        self._items: list[Item] = []
        self._icons: dict[str, QIcon] = {}  # item id -> thumbnail, memory only
        self._pending: list[str] = []
        self.compact = False  # list mode: one line with type and size
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._fetch_some)

    # ---- contents
    def set_items(self, items: list[Item]) -> None:
        self.beginResetModel()
        self._items = list(items)
        ids = {i.id for i in items}
        self._icons = {k: v for k, v in self._icons.items() if k in ids}
        self._pending = [k for k in self._pending if k in ids]
        self.endResetModel()

    def items(self) -> list[Item]:
        return list(self._items)

    def item_at(self, row: int) -> Item | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.id == item_id), -1)

    def set_compact(self, compact: bool) -> None:
        self.compact = compact
        if self._items:
            self.dataChanged.emit(self.index(0), self.index(len(self._items) - 1), [Qt.ItemDataRole.DisplayRole])

    def has_thumbnail_loaded(self, item_id: str) -> bool:
        return item_id in self._icons

    def forget_thumbnails(self) -> None:
        self._icons.clear()

    # ---- Qt model
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item)
        if role == ItemRole:
            return item
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # ---- presentation
    def _text(self, item: Item) -> str:
        if not self.compact:
            return f"{item.label}\n{marked(item.filename)}"
        parts = [item.label, marked(item.filename), kind_name(item.kind), human_size(item.size)]
        if item.deleted_at:
            parts.append(translate("Evidence", "deleted"))
        return "   ·   ".join(parts)

    def _tooltip(self, item: Item) -> str:
        lines = [f"{item.label}  {marked(item.filename)}", f"{kind_name(item.kind)}, {human_size(item.size)}"]
        if item.deleted_at:
            lines.append(translate("Evidence", "Deleted; only its tombstone remains."))
        elif item.preview:
            lines.append(item.preview)
        return plain_tooltip("\n".join(lines))

    def _icon(self, item: Item) -> QIcon:
        if item.deleted_at:
            return type_icon("deleted")
        if item.has_thumbnail:
            icon = self._icons.get(item.id)
            if icon is not None:
                return icon
            if item.id not in self._pending:
                self._pending.append(item.id)
                self._timer.start()
            return type_icon(item.kind, translate("Evidence", "loading…"))
        return type_icon(item.kind, translate("Evidence", "no preview") if item.preview else "")

    def _fetch_some(self) -> None:
        batch, self._pending = self._pending[:BATCH], self._pending[BATCH:]
        for item_id in batch:
            row = self.row_of(item_id)
            item = self.item_at(row)
            if item is None:
                continue
            data = self._load(item)
            pixmap = QPixmap()
            if data is None or not pixmap.loadFromData(data, "PNG"):
                pixmap = type_icon(item.kind, translate("Evidence", "no preview")).pixmap(128, 128)
            self._icons[item_id] = QIcon(pixmap)
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
        if self._pending:
            self._timer.start()
