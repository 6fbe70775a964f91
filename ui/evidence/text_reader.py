"""Reading the text of newly imported images in the background, one image at a time, while the lawyer goes on
working: the import itself is finished and its summary shown first.

Each image is one quiet job: on a worker thread with its own connection and its own sandboxed decoder process
(OCR runs there under the preview limits and timeout), without disabling anything or showing a progress dialog.
It still counts as a running job, so Lock waits for the image being read (seconds), never for the whole queue:
locking deletes the workspace, and with it the images still waiting. The device setting "Read the text of images
when they are imported" (Settings, This computer) turns it off; "Read text" on an exhibit always works.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.common.settings import Settings
from app.evidence.locker import ImportResult
from storage.errors import SaksiError
from storage.vault import Vault
from ui import jobs, vault_ops
from ui.evidence.common import thread_locker


class _QuietJob(jobs.Job[Any]):
    """A job that leaves its owner enabled and never opens a progress dialog or a wait cursor."""

    def start(self, *, launch: bool = True) -> None:
        jobs.tracker().running.add(self)
        if launch:
            self.launch()

    def _finish_ui(self) -> None:
        pass


def wanted(results: list[ImportResult]) -> list[str]:
    """The images stored by an import (not the duplicates: they keep the text they have), if the setting is on."""
    if not Settings.load().read_text_on_import:
        return []
    return [r.item.id for r in results if r.item is not None and r.item.kind == "image"]


class TextReader(QObject):
    read = Signal(str)  # the id of an image whose text was just stored
    failed = Signal(str)  # a message: the vault could not take the text (full disk...)

    def __init__(self, vault: Vault, owner: QWidget) -> None:
        super().__init__(owner)
        self.vault, self.owner = vault, owner
        self.waiting: list[str] = []
        self.busy = False

    def add(self, item_ids: list[str]) -> None:
        self.waiting += [i for i in item_ids if i not in self.waiting]
        self._next()

    def _next(self) -> None:
        if self.busy or not self.waiting or not self.vault.is_open:
            return
        item_id = self.waiting.pop(0)
        self.busy = True
        vault = self.vault

        def work(_report: jobs.Progress) -> str:
            with thread_locker(vault) as locker:
                item = locker.item(item_id)
                if item.kind == "image" and item.deleted_at is None and not item.ocr_text:
                    locker.read_text(item)  # a failure to read is kept as the exhibit's reason, not raised
            return item_id

        job = _QuietJob(self.owner, work, self._done, self._failed, "")
        vault_ops.runner(vault).submit(job, vault_ops.WRITE, vault_ops.Changes(evidence=True))

    def _done(self, item_id: str) -> None:
        if not shiboken6.isValid(self):  # the tab closed (another case, Lock) while the image was read
            return
        self.busy = False
        self.read.emit(item_id)
        self._later(self._next)

    def _failed(self, error: SaksiError) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.waiting.clear()  # the vault's trouble (a full disk): the rest would fail alike
        self.failed.emit(error.message)

    def _later(self, call: Callable[[], None]) -> None:
        QTimer.singleShot(0, self, call)  # after the job's delivery (and a Lock it let through) has returned
