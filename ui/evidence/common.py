"""Small helpers shared by the evidence screens: names for kinds and actions, sizes, times, a
locker for background jobs, and the cancellable job used by imports."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.evidence.imaging import ImageWorker
from app.evidence.locker import EvidenceLocker
from storage.errors import SaksiError
from storage.evidence import Item
from storage.vault import Vault
from ui import jobs, vault_ops
from ui.widgets import label

T = TypeVar("T")
FileReport = Callable[[str], None]
Cancelled = Callable[[], bool]


translate = QCoreApplication.translate  # call as translate("Evidence", "…"): lupdate reads the context there


def marked_lines(text: str) -> str:
    """``marked`` line by line: line breaks stay line breaks, other invisible characters are shown."""
    from app.common.display import marked

    return "\n".join(marked(line) for line in text.split("\n"))


def kind_name(kind: str) -> str:
    names = {
        "image": translate("Evidence", "Image"),
        "pdf": translate("Evidence", "PDF document"),
        "audio": translate("Evidence", "Audio"),
        "video": translate("Evidence", "Video"),
        "text": translate("Evidence", "Text"),
        "chat": translate("Evidence", "Chat export"),
        "other": translate("Evidence", "Other file"),
    }
    return names.get(kind, kind)


def human_size(size: int) -> str:
    return QLocale().formattedDataSize(size, 1)


def copy_op(action: str, detail: dict[str, Any], copies: list[Item] | None = None) -> str:
    """How the copy a custody entry is about was made (``derivation.op``); entries on an original written
    before the op was recorded there are matched to the copy by its SHA-256."""
    if action == "evidence.derive":
        derivation = detail.get("derivation")
        return str(derivation.get("op", "")) if isinstance(derivation, dict) else ""
    if action != "evidence.derived_from":
        return ""
    if detail.get("op"):
        return str(detail["op"])
    made = next((c for c in copies or [] if c.sha256 == detail.get("sha256")), None)
    return str(made.derivation.get("op", "")) if made else ""


def copy_action_name(action: str, op: str) -> str:
    """A copy's custody entries in the words of how it was made: a chat's attachment is never "a copy"."""
    names = {
        ("evidence.derive", "chat attachment"): translate("Evidence", "Stored as an attachment of a chat"),
        ("evidence.derived_from", "chat attachment"): translate("Evidence", "One of its attachments stored"),
        ("evidence.derive", "redacted copy"): translate("Evidence", "Made as a redacted copy"),
        ("evidence.derived_from", "redacted copy"): translate("Evidence", "Redacted copy made from it"),
        ("evidence.derive", "cropped copy"): translate("Evidence", "Made as a cropped copy"),
        ("evidence.derived_from", "cropped copy"): translate("Evidence", "Cropped copy made from it"),
        ("evidence.derive", "rotated copy"): translate("Evidence", "Made as a rotated copy"),
        ("evidence.derived_from", "rotated copy"): translate("Evidence", "Rotated copy made from it"),
    }
    return names.get((action, op)) or action_name(action)


def action_name(action: str) -> str:
    names = {
        "evidence.import": translate("Evidence", "Imported"),
        "evidence.view": translate("Evidence", "Viewed in Saksi"),
        "evidence.export": translate("Evidence", "Exported"),
        "evidence.derive": translate("Evidence", "Made as a copy"),
        "evidence.derived_from": translate("Evidence", "Copy made from it"),
        "evidence.provenance": translate("Evidence", "Provenance added"),
        "evidence.text": translate("Evidence", "Transcription or translation edited"),
        "evidence.renumber": translate("Evidence", "Renumbered"),
        "evidence.delete": translate("Evidence", "Deleted"),
        "evidence.chat": translate("Evidence", "Read as a chat export"),
        "evidence.chat_date_order": translate("Evidence", "Chat dates read in another order"),
        "evidence.not_a_chat": translate("Evidence", "Not read as a chat export"),
        "evidence.ocr": translate("Evidence", "Text read from the image"),
        "evidence.describe": translate("Evidence", "Description changed"),
    }
    return names.get(action, action)


def custody_detail(action: str, detail: dict[str, Any]) -> str:
    """The part of a custody entry worth reading at a glance (the full entry is in the tooltip)."""
    if action == "evidence.renumber":
        return f"{detail.get('from', '')} → {detail.get('to', '')}"
    if action == "evidence.derived_from":
        return str(detail.get("copy", ""))
    if action == "evidence.derive" and copy_op(action, detail) == "chat attachment":
        return translate("Evidence", "attachment of {label}").format(label=detail.get("from", ""))
    if action == "evidence.derive":
        return translate("Evidence", "from {label}").format(label=detail.get("from", ""))
    if action == "evidence.export":
        return str(detail.get("bundle") or detail.get("to") or "")
    if action == "evidence.delete":
        return str(detail.get("reason", ""))
    if action == "evidence.provenance":
        return str(detail.get("reason", ""))
    if action == "evidence.describe":
        return translate("Evidence", "was: {previous}").format(previous=detail.get("previous") or "-")
    if action == "evidence.import" and detail.get("origin") == "clipboard-reencoded":
        return translate("Evidence", "pasted, re-encoded from the clipboard")
    if action == "evidence.import" and detail.get("origin") == "clipboard":
        return translate("Evidence", "pasted: the clipboard's own bytes")
    return ""


def previewable(item: Item) -> bool:
    """Whether Saksi shows the content itself (otherwise: metadata and an export)."""
    if item.blob_id is None:
        return False
    if item.kind == "image":
        return not item.preview  # only images the sandboxed decoder already read in full
    return item.kind in ("pdf", "text", "chat")


@contextmanager
def thread_locker(vault: Vault) -> Iterator[EvidenceLocker]:
    """Inside an operation of ui.vault_ops: a locker on the operation's own vault, with its own decoder
    process (closed after; the runner closes the connection)."""
    worker = ImageWorker()
    try:
        yield EvidenceLocker(vault_ops.own(vault), worker)
    finally:
        worker.close()


class CancelProgressDialog(QDialog):
    """Progress with a working Cancel: the import stops after the file being stored (never halfway)."""

    cancel_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importing evidence"))
        self.text = label(text)
        self.file = label(role="muted", wrap=False)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.file, self.bar):
            layout.addWidget(widget)
        layout.addLayout(row)
        self.setMinimumSize(460, 160)  # both explicit: the layout then never resizes a shown window

    def setRange(self, low: int, high: int) -> None:
        self.bar.setRange(low, high)

    def setValue(self, value: int) -> None:
        self.bar.setValue(value)

    def set_file(self, name: str) -> None:
        metrics = self.file.fontMetrics()
        self.file.setText(metrics.elidedText(name, Qt.TextElideMode.ElideMiddle, max(200, self.width() - 40)))

    def reject(self) -> None:  # Esc or Cancel: ask the job to stop; the dialog closes when it has
        self.cancel_button.setEnabled(False)
        self.text.setText(self.tr("Stopping after the current file…"))
        self.cancel_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        self.reject()


class CancellableJob(jobs.Job):  # type: ignore[type-arg]
    """A ``ui.jobs`` job whose progress dialog has a Cancel button (for imports only: each file is
    one transaction, so stopping between files or chunks never leaves anything half-stored)."""

    file_started = Signal(str)

    def __init__(
        self,
        owner: QWidget,
        fn: Callable[[jobs.Progress, FileReport, Cancelled], Any],
        on_success: Callable[[Any], None],
        label_text: str,
        on_failure: Callable[[SaksiError], None] | None = None,
    ) -> None:
        self._stop = threading.Event()  # read by the worker thread, set by the GUI thread
        self._file = ""
        super().__init__(
            owner,
            lambda report: fn(report, self.file_started.emit, self._stop.is_set),
            on_success,
            on_failure,
            label_text,
        )
        self.file_started.connect(self._show_file)

    @property
    def dialog(self) -> CancelProgressDialog | None:
        dialog = self._dialog
        return dialog if isinstance(dialog, CancelProgressDialog) else None

    def cancel(self) -> None:
        self._stop.set()

    def was_cancelled(self) -> bool:
        return self._stop.is_set()

    def _open_progress(self) -> None:  # replaces ui.jobs' dialog (which has no Cancel by design)
        if self._done:
            return
        parent = self._owner.window() if shiboken6.isValid(self._owner) else None
        dialog = CancelProgressDialog(self._label, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.cancel_requested.connect(self.cancel)
        self._dialog = dialog  # type: ignore[assignment]
        self._update_progress(*self._last)
        dialog.set_file(self._file)
        if self._stop.is_set():
            dialog.reject()
        dialog.show()

    def _show_file(self, name: str) -> None:
        self._file = name
        if self.dialog is not None:
            self.dialog.set_file(name)


def run_cancellable(
    owner: QWidget,
    fn: Callable[[jobs.Progress, FileReport, Cancelled], Any],
    on_success: Callable[[Any], None],
    *,
    label: str,
    vault: Vault | None = None,
) -> CancellableJob:
    """``vault``: an operation of that vault's runner (ui.vault_ops), a write; a lock cancels it."""
    job = CancellableJob(owner, fn, on_success, label)
    if vault is None:
        job.start()
        return job
    vault_ops.runner(vault).submit(job, vault_ops.WRITE, vault_ops.EVERYTHING)
    return job
