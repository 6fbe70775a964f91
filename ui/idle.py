"""Auto-lock: a timer that any keyboard or mouse input anywhere in the app restarts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
    }
)


class IdleTimer(QObject):
    """Emits ``timed_out`` after a stretch without input, while started."""

    timed_out = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.timed_out)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # sees input for every window, dialogs included

    def start(self, minutes: int) -> None:
        """Start (or restart) counting; 0 minutes disables auto-lock."""
        if minutes <= 0:
            self.stop()
        else:
            self.start_ms(minutes * 60_000)

    def start_ms(self, interval_ms: int) -> None:
        self._timer.start(interval_ms)

    def stop(self) -> None:
        self._timer.stop()

    def is_active(self) -> bool:
        return self._timer.isActive()

    def interval_ms(self) -> int:
        return self._timer.interval()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        timer: QTimer | None = getattr(self, "_timer", None)
        if timer is None:
            # The cyclic garbage collector cleared this wrapper (its window is gone on the Python side) while Qt
            # still has it as the application's filter: every later event raised here, thousands of times a test.
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            return False
        if timer.isActive() and event.type() in _INPUT:
            timer.start()  # restarts with the same interval
        return False
