"""The mouse wheel never changes an answer by accident.

Qt lets a wheel over a drop-down, spin box, date edit or slider change its value even when the field does not
have keyboard focus: scrolling down a long interview turned "Online" into "Offline" and autosave kept it. One
application-wide event filter stops that: a wheel over such a field that does not have keyboard focus is
handed to the scroll area around it (the page scrolls) and the field is left as it was. Once the user has
clicked or tabbed into a field, the wheel works on it as usual.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

# Fields whose value a wheel changes. QDateEdit and QDateTimeEdit are QAbstractSpinBox; QScrollBar is a slider
# but scrolling it is its whole purpose, so it is let through.
GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _guarded_field(widget: QWidget) -> QWidget | None:
    """The value-changing field ``widget`` belongs to (a combo's line edit, a spin box's editor), if any."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, GUARDED) and current.metaObject().className() != "QScrollBar":
            return current
        if current.isWindow() or isinstance(current, QAbstractScrollArea):
            return None
        current = current.parentWidget()
    return None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent
        if parent.isWindow():
            return None
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Swallows wheel events meant for unfocused fields and scrolls the page around them instead."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, GUARDED):
            _no_wheel_focus(watched)
            return False
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        field = _guarded_field(watched)
        if field is None or _has_focus(field):
            return False
        area = _scroll_area_around(field)
        if area is not None and isinstance(event, QWheelEvent):
            QCoreApplication.sendEvent(area.viewport(), _copy(event))
        return True  # the field never sees it


def _has_focus(field: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return field.hasFocus() or (focused is not None and field.isAncestorOf(focused))


def _no_wheel_focus(field: QWidget) -> None:
    """Spin boxes and sliders take focus from a wheel by default (Qt::WheelFocus), before any event filter runs,
    which would let the first wheel change them; they take it from a click or Tab only."""
    if field.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _copy(event: QWheelEvent) -> QWheelEvent:
    return QWheelEvent(
        event.position(),
        event.globalPosition(),
        event.pixelDelta(),
        event.angleDelta(),
        event.buttons(),
        event.modifiers(),
        event.phase(),
        event.inverted(),
        event.source(),
    )


_GUARD: WheelGuard | None = None


def install(app: QCoreApplication) -> WheelGuard:
    """Install the guard once for the whole application (idempotent)."""
    global _GUARD
    if _GUARD is None:
        _GUARD = WheelGuard(app)
        app.installEventFilter(_GUARD)
    return _GUARD
