"""Find translated texts that do not fit where they are shown: clipped, cut off or squeezed.

``problems(window)`` looks at every visible label, button, check box, group box, tab, list item and
table header of ``window`` whose text went through a translation (with the pseudo-locale of
``ui.i18n.pseudo`` those end in its filler; ``marker=""`` checks every text) and says which do not
fit, and whether the window is smaller than its layout needs (then Qt squeezes widgets over each
other). Used by the pseudo-locale test and the Khmer screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QScrollArea,
    QTabBar,
    QWidget,
)

from ui.i18n.pseudo import FILLER

SLACK = 2  # pixels: rounding in Qt's own size hints


def problems(window: QWidget, marker: str = FILLER, *, whole: bool = True, allowed: QSize | None = None) -> list[str]:
    """``whole``: also say when ``window`` is smaller than its layout needs, or than ``allowed`` (what it
    needs in English, when that is more: then only what the translation adds is a problem)."""
    found = []
    needed, room = window.minimumSizeHint(), window.size().expandedTo(allowed or QSize())
    if whole and window.layout() is not None and (needed.width() > room.width() or needed.height() > room.height()):
        found.append(
            f"{_name(window)} needs {needed.width()}x{needed.height()}, has {window.width()}x{window.height()}"
        )
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.isVisible() and widget.width() > 0:
            found += [f"{_name(widget)}: {p}" for p in _widget_problems(widget, window, marker)]
    return found


def _widget_problems(widget: QWidget, window: QWidget, marker: str) -> list[str]:
    if isinstance(widget, QLabel):
        return _label(widget, window, marker)
    if isinstance(widget, QAbstractButton) and marker in widget.text():
        fits = widget.width() + SLACK >= widget.sizeHint().width()
        return [] if fits else [f"{widget.width()} px for {widget.sizeHint().width()}: {widget.text()[:50]!r}"]
    if isinstance(widget, QGroupBox) and marker in widget.title():
        wanted = widget.fontMetrics().horizontalAdvance(widget.title()) + 16
        return [] if widget.width() + SLACK >= wanted else [f"title cut: {widget.title()[:50]!r}"]
    if isinstance(widget, QTabBar):
        return _tabs(widget, marker)
    if isinstance(widget, QListWidget):
        return _items(widget, marker)
    if isinstance(widget, QHeaderView):
        return _header(widget, marker)
    if isinstance(widget, QScrollArea):
        return _sideways(widget)
    return []


def _label(label: QLabel, window: QWidget, marker: str) -> list[str]:
    text = label.text()
    if marker not in text or not label.contentsRect().isValid():
        return []
    room = label.contentsRect()
    if label.wordWrap():
        unbreakable = label.minimumSizeHint().width()  # the longest run without a line-break opportunity
        if unbreakable > label.width() + SLACK:
            return [f"a word run of {unbreakable} px does not wrap into {label.width()}: {text[:50]!r}"]
        wanted = label.heightForWidth(label.width())
        if wanted > label.height() + SLACK:
            return [f"wrapped text needs {wanted} px high, has {label.height()}: {text[:50]!r}"]
    else:
        width = max(label.fontMetrics().horizontalAdvance(line) for line in text.splitlines() or [""])
        if label.textFormat().name != "RichText" and width > room.width() + SLACK:
            return [f"{room.width()} px for {width}: {text[:50]!r}"]
    if not _inside_scroll_area(label) and not _within(label, window):
        return [f"outside the window: {text[:50]!r}"]
    return []


def _tabs(bar: QTabBar, marker: str) -> list[str]:
    found = []
    for index in range(bar.count()):
        text = bar.tabText(index)
        if marker in text and bar.tabRect(index).width() + SLACK < bar.tabSizeHint(index).width():
            found.append(f"tab cut: {text[:50]!r}")
    return found


def _items(view: QListWidget, marker: str) -> list[str]:
    found = []
    room = view.viewport().width()
    for row in range(view.count()):
        item = view.item(row)
        if item is None or item.isHidden() or marker not in item.text():
            continue
        wanted = max(view.fontMetrics().horizontalAdvance(line) for line in item.text().splitlines())
        if view.wordWrap():
            continue  # wrapped items grow; what matters is that the view can scroll
        if wanted + 2 * view.spacing() > room + SLACK and not _scrolls(view):
            found.append(f"item cut ({room} px for {wanted}): {item.text()[:50]!r}")
    return found


def _header(header: QHeaderView, marker: str) -> list[str]:
    model = header.model()
    if model is None:
        return []
    found = []
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = str(model.headerData(section, header.orientation()) or "")
        if marker in text and header.sectionSize(section) + SLACK < header.sectionSizeHint(section):
            found.append(f"column heading cut ({header.sectionSize(section)} px): {text[:50]!r}")
    return found


def _sideways(area: QScrollArea) -> list[str]:
    """A page that grows with its window must not need sideways scrolling (its content is too wide)."""
    content = area.widget()
    if content is None or not area.widgetResizable() or not content.isVisible():
        return []
    needed, room = content.minimumSizeHint().width(), area.viewport().width()
    if needed <= room + SLACK:
        return []
    too_wide = [w for w in content.findChildren(QWidget) if w.isVisible() and w.minimumSizeHint().width() > room]
    widest = min(too_wide, key=lambda w: len(w.findChildren(QWidget)), default=content)  # the innermost
    return [f"content needs {needed} px, has {room} (sideways scrolling), widest: {_name(widest)}"]


def _scrolls(view: QAbstractItemView) -> bool:
    bar = view.horizontalScrollBar()
    return bar is not None and bar.maximum() > 0


def _inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _within(widget: QWidget, window: QWidget) -> bool:
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()).adjusted(SLACK, SLACK, -SLACK, -SLACK))


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__
