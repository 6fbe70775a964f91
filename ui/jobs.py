"""The one way to run slow work off the GUI thread (after Anki's ``QueryOp``).

Argon2id unlocks, vault creation, verify, backup and key rotation run on a QThreadPool
worker. The job function must not touch widgets; its result or exception comes back on
the GUI thread through a queued signal. A progress dialog appears only if the job outlasts
``PROGRESS_DELAY_MS``, so quick jobs do not flash one.

While a job runs, its owner widget is disabled. A job that touches an open vault is submitted
through ``ui.vault_ops`` (its own connection, writes serialised). Lock waits for running jobs
(``tracker().all_done``) instead of closing a vault under a job's feet.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from storage.errors import SaksiError
from ui import dialogs

PROGRESS_DELAY_MS = 500

T = TypeVar("T")
Progress = Callable[[int, int], None]


class Tracker(QObject):
    """Knows which jobs are running; ``all_done`` fires when the last one has been delivered."""

    all_done = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.running: set[Job[Any]] = set()


_tracker: Tracker | None = None


def tracker() -> Tracker:
    global _tracker
    if _tracker is None:
        _tracker = Tracker()
    return _tracker


def busy() -> bool:
    return bool(tracker().running)


class _ProgressDialog(QProgressDialog):
    """A progress dialog without Cancel: the storage jobs cannot be interrupted safely halfway."""

    def reject(self) -> None:  # Esc must not hide a job that is still running
        pass

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()


class Job(QObject, Generic[T]):
    """One call of ``fn`` on a worker thread. Create it with ``run()``."""

    progressed = Signal(int, int)
    finished = Signal()
    _delivered = Signal(object, object)  # result, exception

    def __init__(
        self,
        owner: QWidget,
        fn: Callable[[Progress], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[SaksiError], None] | None,
        label: str,
    ) -> None:
        super().__init__()  # no parent: the tracker keeps the job alive, whatever happens to the owner
        self._owner, self._fn, self._label = owner, fn, label
        self._on_success, self._on_failure = on_success, on_failure
        self._dialog: _ProgressDialog | None = None
        self._last: tuple[int, int] = (0, 0)
        self._done = False
        self._owner_was_enabled = owner.isEnabled()
        self.before_delivery: Callable[[], None] | None = None  # ui.vault_ops: settle the vault before callbacks
        self._delivered.connect(self._deliver)  # emitted on the worker: queued to the GUI thread
        self.progressed.connect(self._update_progress)

    def start(self, *, launch: bool = True) -> None:
        """Show the job as running; ``launch=False``: ui.vault_ops starts the worker when its turn comes."""
        tracker().running.add(self)
        self._owner.setEnabled(False)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        # No context object: with one, PySide6 once called the slot on a collected job whose memory a QIcon
        # had taken (AttributeError in the full suite). The bound method keeps the job alive until the timer
        # fires, and _open_progress does nothing once the job is done.
        QTimer.singleShot(PROGRESS_DELAY_MS, self._open_progress)
        if launch:
            self.launch()

    def launch(self) -> None:
        QThreadPool.globalInstance().start(self._work)

    def drop(self) -> None:
        """A job that never launched (cancelled by a lock): end it without calling back."""
        self._done = True
        self._finish_ui()
        running = tracker().running
        running.discard(self)
        self.finished.emit()
        if not running:
            tracker().all_done.emit()

    # ---- worker thread: no widgets here
    def _work(self) -> None:
        try:
            result = self._fn(self._report)
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread, which re-raises bugs
            self._delivered.emit(None, exc)
        else:
            self._delivered.emit(result, None)

    def _report(self, done: int, total: int) -> None:
        self.progressed.emit(done, total)

    # ---- GUI thread
    def _open_progress(self) -> None:
        if self._done:
            return
        parent = self._owner.window() if shiboken6.isValid(self._owner) else None
        dialog = _ProgressDialog(self._label, "", 0, 0, parent)
        dialog.setCancelButton(None)
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._dialog = dialog
        self._update_progress(*self._last)
        dialog.show()

    def _update_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None and total > 0:
            self._dialog.setRange(0, total)
            self._dialog.setValue(min(done, total))

    def _deliver(self, result: T, error: BaseException | None) -> None:
        self._done = True
        self._finish_ui()
        if self.before_delivery is not None:
            self.before_delivery()
        running = tracker().running
        # The worker has finished, so this job no longer uses the vault: callbacks may start new jobs
        # (or open dialogs that do) and waiting for "not busy" from inside them must not deadlock.
        running.discard(self)
        try:
            if error is None:
                self._on_success(result)
            elif isinstance(error, SaksiError):
                (self._on_failure or self._warn)(error)
            else:  # a bug: the crash handler reports it
                sys.excepthook(type(error), error, error.__traceback__)
        finally:
            self.finished.emit()
            if not running:
                tracker().all_done.emit()

    def _finish_ui(self) -> None:
        if self._dialog is not None:
            self._dialog.hide()
            self._dialog.deleteLater()
            self._dialog = None
        QApplication.restoreOverrideCursor()
        if shiboken6.isValid(self._owner) and self._owner_was_enabled:
            self._owner.setEnabled(True)

    def _warn(self, error: SaksiError) -> None:
        parent = self._owner if shiboken6.isValid(self._owner) else None
        dialogs.warn(parent, self.tr("Saksi"), error.message)


def run(
    owner: QWidget,
    fn: Callable[[Progress], T],
    on_success: Callable[[T], None],
    *,
    label: str,
    on_failure: Callable[[SaksiError], None] | None = None,
) -> Job[T]:
    """Run ``fn(report)`` off the GUI thread; call ``on_success(result)`` on the GUI thread.

    A ``SaksiError`` goes to ``on_failure`` (default: a message box with its message); any other
    exception is a bug and goes to ``sys.excepthook`` (the crash handler).
    """
    job: Job[T] = Job(owner, fn, on_success, on_failure, label)
    job.start()
    return job
