"""Python's cyclic garbage collector on the GUI thread only.

The collector runs in whichever thread happens to allocate past a threshold: a vault operation on a worker
thread (zxcvbn scoring a passphrase, say) could then free a Qt object that lives on the GUI thread, which
crashes the process (seen as a segmentation fault in the full suite). As pyqtgraph and others do, automatic
collection is switched off while the app runs and a timer on the GUI thread collects each generation that has
passed its threshold. Reference counting still frees everything that is not in a cycle at once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


def collect_due() -> None:
    """Collect as CPython would have: generation 0 once it is past its threshold, an older one with it only when
    that one is past its own too (collecting a generation collects every younger one). Call it on the GUI thread."""
    count0, count1, count2 = gc.get_count()
    threshold0, threshold1, threshold2 = gc.get_threshold()
    if count0 <= threshold0:
        return
    generation = 0
    if count1 > threshold1:
        generation = 2 if count2 > threshold2 else 1
    gc.collect(generation)


class GuiThreadCollector(QObject):
    """Collects garbage from the GUI thread's event loop; ``stop()`` collects once more and gives collection back."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(collect_due)
        self._timer.start(INTERVAL_MS)

    def stop(self) -> None:
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()
