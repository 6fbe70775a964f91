"""A case's Evidence tab: the exhibits in a grid or a list, the detail of the selected one, and
every way in (drop, Add files/folder, paste) and out (viewer, redacted copy, export, bundle)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QItemSelectionModel, QMimeData, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QGuiApplication,
    QImage,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.evidence.locker import HEAD_BYTES, EvidenceLocker, ImportResult, expand_with_exports, sniff
from storage.errors import InputRejected
from storage.evidence import Item, Provenance
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.evidence.common import (
    CancellableJob,
    Cancelled,
    FileReport,
    previewable,
    run_cancellable,
    thread_locker,
    translate,
)
from ui.evidence.detail import DetailPane
from ui.evidence.model import EvidenceModel, ItemRole
from ui.evidence.provenance import ImportSummaryDialog, ProvenanceDialog
from ui.evidence.text_reader import TextReader, wanted
from ui.evidence.viewer import ViewerDialog, needs_bytes
from ui.widgets import label

GRID_ICON, LIST_ICON = QSize(128, 128), QSize(40, 40)


class DeleteDialog(QDialog):
    """Admins only. Asks why, and says what stays: the tombstone."""

    def __init__(self, item: Item, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Delete {label}").format(label=item.label))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why is this exhibit deleted? (required, kept with the tombstone)"))
        self.reason.setFixedHeight(80)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = buttons.addButton(self.tr("Delete the file"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(lambda: self.delete_button.setEnabled(bool(self.reason_text())))
        self.delete_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(label(item.filename, "subheading"))
        text = self.tr(
            "The file's bytes are removed from the vault and cannot be recovered from Saksi. A tombstone stays: "
            "the exhibit number {label}, its SHA-256, who deleted it, when and why. The chain of custody keeps every "
            "entry. Copies made from it are deleted too. Numbers are never reused."
        ).format(label=item.label)
        layout.addWidget(label(text))
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def reason_text(self) -> str:
        return self.reason.toPlainText().strip()


class EvidenceTab(QWidget):
    changed = Signal()  # something was imported, copied, renumbered or deleted

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.locker = EvidenceLocker(vault)  # GUI thread: quick reads and small writes; decoding runs in jobs
        self.model = EvidenceModel(self._thumbnail, self)
        self.import_job: CancellableJob | None = None
        self.last_summary: list[str] = []
        self.viewers: list[ViewerDialog] = []
        self.detail = DetailPane(vault.user)
        self.text_reader = TextReader(vault, self)  # new images' text, read in the background after an import
        self.text_reader.read.connect(self._text_read)
        self.text_reader.failed.connect(lambda message: dialogs.warn(self, self.tr("Read text"), message))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.reload)
        self._build()
        self._connect()
        self.setAcceptDrops(True)
        paste = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        paste.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)  # text fields still paste text
        paste.activated.connect(self.paste)
        self.set_grid(True)
        self.reload()

    # ---- layout
    def _build(self) -> None:
        self.add_files_button = QPushButton(self.tr("Add files…"))
        self.add_folder_button = QPushButton(self.tr("Add folder…"))
        self.paste_button = QPushButton(self.tr("Paste screenshot"))
        self.paste_button.setToolTip(self.tr("Import the image on the clipboard (Ctrl+V)"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search exhibits"))
        self.search.setToolTip(self.tr("File names, descriptions, transcriptions and translations"))
        self.search.setClearButtonEnabled(True)
        self.show_deleted = QCheckBox(self.tr("Show deleted"))
        self.grid_button, self.list_button = QToolButton(), QToolButton()
        self.grid_button.setText(self.tr("Grid"))
        self.list_button.setText(self.tr("List"))
        group = QButtonGroup(self)
        for button in (self.grid_button, self.list_button):
            button.setCheckable(True)
            group.addButton(button)
        self.bundle_button = QPushButton(self.tr("Export bundle…"))
        self.bundle_button.setVisible(self.vault.user.may_export)
        top = QHBoxLayout()
        for widget in (self.add_files_button, self.add_folder_button, self.paste_button):
            top.addWidget(widget)
        top.addStretch(1)
        top.addWidget(self.bundle_button)
        second = QHBoxLayout()
        second.addWidget(self.search, 1)
        for toggle in (self.show_deleted, self.grid_button, self.list_button):
            second.addWidget(toggle)
        self.view = QListView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)  # drops go to the tab: imports
        self.view.setAcceptDrops(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setMovement(QListView.Movement.Static)
        self.hint = label(
            self.tr("Drop files or folders here, or paste a screenshot (Ctrl+V). Originals are kept byte for byte."),
            "muted",
        )
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addLayout(second)
        column.addWidget(self.view, 1)
        column.addWidget(self.hint)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([640, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button.clicked.connect(self.add_folder)
        self.paste_button.clicked.connect(self.paste)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.show_deleted.toggled.connect(lambda _on: self.reload())
        self.grid_button.clicked.connect(lambda: self.set_grid(True))
        self.list_button.clicked.connect(lambda: self.set_grid(False))
        self.bundle_button.clicked.connect(self.export_bundle)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.doubleClicked.connect(lambda _index: self.open_viewer())
        self.detail.open_requested.connect(self.open_viewer)
        self.detail.redact_requested.connect(self.redact)
        self.detail.export_requested.connect(self.export_copy)
        self.detail.delete_requested.connect(self.delete_current)
        self.detail.move_requested.connect(self.move_current)
        self.detail.item_requested.connect(self.select_item)
        self.detail.text_saved.connect(self.save_text)
        self.detail.description_saved.connect(self.save_description)
        self.detail.ocr_requested.connect(self.read_text)
        self.detail.mrz_requested.connect(self.accept_mrz)
        self.detail.reread_requested.connect(self.reread_chat)

    def set_grid(self, grid: bool) -> None:
        self.grid_button.setChecked(grid)
        self.list_button.setChecked(not grid)
        self.model.set_compact(not grid)
        if grid:
            self.view.setViewMode(QListView.ViewMode.IconMode)
            self.view.setIconSize(GRID_ICON)
            self.view.setGridSize(QSize(170, 180))
            self.view.setWordWrap(True)
        else:
            self.view.setViewMode(QListView.ViewMode.ListMode)
            self.view.setIconSize(LIST_ICON)
            self.view.setGridSize(QSize())
            self.view.setWordWrap(False)
        self.view.setMovement(QListView.Movement.Static)  # IconMode would otherwise let icons be dragged about

    # ---- contents and selection
    def _thumbnail(self, item: Item) -> bytes | None:
        return self.locker.thumbnail(item) if self.vault.is_open else None

    def reload(self, select_id: str | None = None) -> None:
        if not self.vault.is_open:  # a timer that fired after Lock, before the tab was deleted
            return
        shown = self.current_item()
        keep = select_id or (shown.id if shown else None)
        items = self.locker.items(self.reference, include_deleted=self.show_deleted.isChecked())
        text = self.search.text().strip()
        if text:
            found = {i.id for i in self.locker.search(self.reference, text)}
            items = [i for i in items if i.id in found]
        self.model.set_items(items)
        if keep and self.model.row_of(keep) >= 0:
            self.select_item(keep)
        self._show_current()

    def items(self) -> list[Item]:
        return self.model.items()

    def current_item(self) -> Item | None:
        index = self.view.currentIndex()
        return index.data(ItemRole) if index.isValid() else None

    def selected_labels(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedIndexes())
        return [item.label for row in rows if (item := self.model.item_at(row)) is not None and not item.deleted_at]

    def select_item(self, item_id: str) -> None:
        row = self.model.row_of(item_id)
        if row < 0 and self.search.text():
            self.search.clear()  # the item asked for is hidden by the search: show everything
            self.model.set_items(self.locker.items(self.reference, include_deleted=self.show_deleted.isChecked()))
            row = self.model.row_of(item_id)
        if row < 0:
            return
        index = self.model.index(row)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().setCurrentIndex(index, flags)
        self.view.scrollTo(index)

    def _current_changed(self) -> None:
        self.save_pending()  # typed text is never lost by clicking another exhibit
        self._show_current()

    def _show_current(self) -> None:
        item = self.current_item()
        if item is None or not self.vault.is_open:
            self.detail.show_item(None)
            return
        item = self.locker.item(item.id)  # fresh: provenance or text may have changed
        originals = self._originals()
        position = next((n for n, o in enumerate(originals) if o.id == item.id), -1)
        movable = (position > 0, 0 <= position < len(originals) - 1)
        if self.search.text().strip():
            movable = (False, False)  # moving within search results would be confusing
        original = self.locker.item(item.original_id) if item.original_id else None
        copies = [] if item.deleted_at else self.locker.copies_of(item)
        self.detail.show_item(item, self.locker.custody(item), copies, original, movable)

    def _originals(self) -> list[Item]:
        return [i for i in self.locker.items(self.reference) if i.is_original]

    # ---- bringing files in
    def add_files(self) -> None:
        dialog = QFileDialog(self, self.tr("Add evidence files"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        files = dialog.selectedFiles() if accepted else []
        dialog.deleteLater()
        if files:
            self.add_paths([Path(f) for f in files])

    def add_folder(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Add every file in a folder"))
        if folder is not None:
            self.add_paths([folder])

    def add_paths(self, paths: list[Path]) -> None:
        """Import files and folders (everything inside them): what a drop and the Add buttons call."""
        # a folder that is a chat export (Telegram's, an unzipped WhatsApp one) counts as one import
        files = [path for path, _root, _export in expand_with_exports(paths)]
        if not files:
            dialogs.inform(self, self.tr("Add evidence"), self.tr("There are no files to import there."))
            return
        asked = self.ask_provenance(len(files), [str(f) for f in files])
        if asked is None:
            return
        provenance, descriptions = asked
        vault, reference = self.vault, self.reference

        def work(report: jobs.Progress, file_started: FileReport, cancelled: Cancelled) -> list[ImportResult]:
            def progress(done: int, total: int, name: str) -> None:
                report(done, total)
                if name:
                    file_started(name)

            with thread_locker(vault) as locker:
                return locker.import_paths(
                    reference, paths, provenance, progress=progress, cancelled=cancelled, descriptions=descriptions
                )

        label_text = self.tr("Importing {count} file(s)…").format(count=len(files))
        self.import_job = run_cancellable(
            self, work, lambda results: self._imported(results, len(files)), label=label_text, vault=vault
        )

    def ask_provenance(self, count: int, files: list[str] | None = None) -> tuple[Provenance, dict[str, str]] | None:
        """The batch's provenance and each file's own description (by path), or None when cancelled."""
        dialog = ProvenanceDialog(count, self, files)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        answer = (dialog.provenance(), dialog.descriptions()) if accepted else None
        dialog.deleteLater()
        return answer

    def _imported(self, results: list[ImportResult], total: int) -> None:
        job, self.import_job = self.import_job, None
        cancelled = bool(job and job.was_cancelled()) and len(results) < total
        summary = ImportSummaryDialog(results, total, cancelled, self)
        self.last_summary = summary.lines
        first = next((r.item or r.duplicate_of for r in results if r.item or r.duplicate_of), None)
        self.reload(first.id if first else None)
        self.changed.emit()
        self.text_reader.add(wanted(results))  # starts now; the summary below does not wait for it
        dialogs.run(summary)
        summary.deleteLater()

    def paste(self) -> None:
        """A screenshot on the clipboard (or files copied in the file manager) becomes evidence."""
        mime = QGuiApplication.clipboard().mimeData()
        local = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()] if mime is not None else []
        if local:
            self.add_paths(local)
            return
        pasted = clipboard_image(mime)
        if pasted is None:
            dialogs.inform(self, self.tr("Paste"), self.tr("The clipboard holds no image and no files."))
            return
        asked = self.ask_provenance(1)
        if asked is None:
            return
        provenance = replace(asked[0], notes=_joined(pasted.note(), asked[0].notes))
        vault, reference = self.vault, self.reference
        name = f"pasted-{datetime.now().strftime('%Y%m%d-%H%M%S')}.{pasted.suffix}"

        def work(_report: jobs.Progress) -> list[ImportResult]:
            with thread_locker(vault) as locker:
                return [locker.import_bytes(reference, pasted.data, name, provenance, origin=pasted.origin)]

        vault_ops.write(
            self, vault, work, lambda results: self._imported(results, 1), label=self.tr("Importing the screenshot…")
        )

    # ---- drag and drop
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_paths(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = local_paths(event.mimeData())
        if not paths:
            return
        event.acceptProposedAction()
        # After the drop returns: the file manager that started the drag must not wait on our dialog.
        QTimer.singleShot(0, self, lambda: self.add_paths(paths))

    # ---- looking
    def open_viewer(self, item: Item | None = None, select_message: int = 0) -> None:
        item = item or self.current_item()
        if item is None or item.deleted_at:
            return
        if item.kind == "chat":
            self._open_chat(item, select_message)
            return
        if not needs_bytes(item):
            self._show_viewer(item, None)
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> bytes | None:
            with thread_locker(vault) as locker:
                return locker.view_bytes(item)  # recorded in the custody log

        vault_ops.write(
            self,
            vault,
            work,
            lambda data: self._show_viewer(item, data),
            label=self.tr("Opening {label}…").format(label=item.label),
        )

    def _open_chat(self, item: Item, select_message: int = 0) -> None:
        vault = self.vault

        def work(_report: jobs.Progress) -> tuple[list[Any], dict[str, str]]:
            with thread_locker(vault) as locker:
                return locker.chat_view(item)  # recorded in the custody log

        vault_ops.write(
            self,
            vault,
            work,
            lambda chat: self._show_chat(item, chat, select_message),
            label=self.tr("Opening {label}…").format(label=item.label),
        )

    def _show_chat(self, item: Item, chat: tuple[list[Any], dict[str, str]], select_message: int) -> None:
        self._show_viewer(item, None, chat)
        pane = self.viewers[-1].pane if self.viewers else None
        select = getattr(pane, "select", None)
        if select_message and callable(select):
            select([select_message])  # the message an identifier was found in

    def _show_viewer(
        self, item: Item, data: bytes | None, chat: tuple[list[Any], dict[str, str]] | None = None
    ) -> None:
        # a child: destroyed with the tab when the vault locks
        viewer = ViewerDialog(self.vault, item, data, self, chat=chat, reference=self.reference)
        viewer.finished.connect(lambda _code, shown=viewer: self._forget_viewer(shown))
        self.viewers.append(viewer)
        viewer.show()
        self._show_current()

    def _forget_viewer(self, viewer: ViewerDialog) -> None:
        if viewer in self.viewers:
            self.viewers.remove(viewer)

    # ---- changing
    def redact(self) -> None:
        item = self.current_item()
        if item is None or item.kind != "image" or not previewable(item):
            return  # only images the sandboxed decoder read in full are decoded by Qt here
        vault = self.vault

        def work(_report: jobs.Progress) -> bytes | None:
            with thread_locker(vault) as locker:
                return locker.view_bytes(item)

        vault_ops.write(
            self,
            vault,
            work,
            lambda data: self._redact_with(item, data),
            label=self.tr("Opening {label}…").format(label=item.label),
        )

    def _redact_with(self, item: Item, data: bytes | None) -> None:
        from ui.evidence.redact import RedactDialog

        if data is None:
            dialogs.warn(self, self.tr("Redact"), self.tr("The image is too large to make a copy in Saksi."))
            return
        dialog = RedactDialog(self.vault, item, data, self)
        dialogs.run(dialog)
        derived = dialog.derived
        dialog.deleteLater()
        if derived is not None:
            self.reload(derived.id)
            self.changed.emit()
        else:
            self._show_current()  # the custody log gained a view

    def export_copy(self) -> None:
        from ui.evidence.actions import export_working_copy

        item = self.current_item()
        if item is not None:
            export_working_copy(self, self.vault, item, lambda _path: self._show_current())

    def delete_current(self) -> None:
        item = self.current_item()
        if item is None or not self.vault.user.is_admin:
            return
        dialog = DeleteDialog(item, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        reason = dialog.reason_text()
        dialog.deleteLater()
        if not accepted or not reason:
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> None:
            with thread_locker(vault) as locker:
                locker.delete(item, reason)

        vault_ops.write(
            self,
            vault,
            work,
            lambda _none: self._changed(None),
            label=self.tr("Deleting {label}…").format(label=item.label),
        )

    def move_current(self, step: int) -> None:
        item = self.current_item()
        originals = self._originals()
        position = next((n for n, o in enumerate(originals) if item and o.id == item.id), -1)
        target = position + step
        if position < 0 or not 0 <= target < len(originals):
            return
        originals[position], originals[target] = originals[target], originals[position]
        self.locker.renumber(self.reference, originals)
        self._changed(originals[target].id)

    def save_text(self, transcription: str, translation: str) -> None:
        """Save the transcription and translation of the item the detail pane shows (recorded in custody)."""
        shown = self.detail.item
        if shown is not None and self.vault.is_open:
            self.locker.set_text(self.locker.item(shown.id), transcription, translation)
            self.detail.save_text_button.setEnabled(False)
            current = self.current_item()
            if current is not None and current.id == shown.id:
                self._changed(shown.id)
            else:  # saved on the way to another exhibit, which is about to be shown
                self.changed.emit()

    def read_text(self) -> None:
        """OCR of the current image in the sandboxed decoder, off the GUI thread."""
        item = self.current_item()
        if item is None or item.kind != "image":
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> None:
            with thread_locker(vault) as locker:
                locker.read_text(item)

        vault_ops.write(
            self,
            vault,
            work,
            lambda _none: self._changed(item.id),
            label=self.tr("Reading the text of {label}…").format(label=item.label),
        )

    def _text_read(self, item_id: str) -> None:
        """An image's text arrived from the background: shown if it is the exhibit on screen (unless its
        transcription is being typed: then it shows when the lawyer comes back to it)."""
        current = self.current_item()
        if current is not None and current.id == item_id and not self.detail.text_modified():
            self.reload(item_id)

    def reread_chat(self) -> None:
        """A text or file exhibit imported before Saksi read chats, read as a chat export (bytes unchanged)."""
        from app.evidence.chat_upgrade import Reread, reread

        item = self.current_item()
        if item is None:
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> Reread:
            own = vault_ops.own(vault)
            try:
                return reread(own, item)
            finally:
                own.close()

        def done(result: Reread) -> None:
            if result.chat:
                self._changed(item.id)
                return
            if result.reason:  # the reason is now kept with the exhibit: shown in its details
                self.reload(item.id)
            not_one = self.tr("{label} is not a chat export; it is left as it is.").format(label=item.label)
            dialogs.inform(self, self.tr("Read as a chat"), result.reason or not_one)

        vault_ops.write(self, vault, work, done, label=self.tr("Reading {label} as a chat…").format(label=item.label))

    def accept_mrz(self) -> None:
        """Offer the passport's details to the case; applied only when the lawyer says so."""
        from app.cases.case_files import CaseFiles
        from app.evidence import identity

        item = self.current_item()
        found = item.metadata.get("mrz") if item else None
        if item is None or not isinstance(found, dict):
            return
        case, _version = CaseFiles(self.vault).load(self.reference)
        offered = identity.suggestions(case, found)
        if not any(s.fills_empty for s in offered):
            dialogs.inform(self, self.tr("Identity document"), self.tr("The case already has these details."))
            return
        lines = [f"{s.field}: {s.suggested}" for s in offered if s.fills_empty]
        kept = [f"{s.field}: {s.current} (kept; the document says {s.suggested})" for s in offered if not s.fills_empty]
        text = self.tr("Fill these empty fields of the case from {label}?").format(label=item.label)
        if not dialogs.confirm(
            self, self.tr("Identity document"), "\n".join([text, "", *lines, *kept]), self.tr("Fill them")
        ):
            return
        identity.accept(self.vault, self.reference, item)
        self.changed.emit()

    def save_pending(self) -> None:
        """Save typed transcription/translation (also to call before Lock: the window's about_to_lock)."""
        if self.detail.text_modified():
            self.save_text(self.detail.transcription.toPlainText(), self.detail.translation.toPlainText())
        if self.detail.description_modified():
            self.save_description(self.detail.description.text())

    def save_description(self, text: str) -> None:
        """A changed description: its custody entry keeps the words before."""
        shown = self.detail.item
        if shown is None or not self.vault.is_open:
            return
        self.detail.save_description_button.setEnabled(False)  # saved once, even if showing it saves pending text
        try:
            self.locker.set_description(self.locker.item(shown.id), text)
        except InputRejected as exc:
            dialogs.warn(self, self.tr("Description"), exc.message)
            return
        current = self.current_item()
        if current is not None and current.id == shown.id:
            self._changed(shown.id)
        else:  # saved on the way to another exhibit, which is about to be shown
            self.changed.emit()

    def _changed(self, select_id: str | None) -> None:
        self.reload(select_id)
        self.changed.emit()

    def export_bundle(self) -> None:
        from ui.evidence.bundle_dialog import BundleDialog

        if not self.vault.user.may_export:
            return
        dialog = BundleDialog(self.vault, self.reference, self.selected_labels(), self)
        dialogs.run(dialog)
        exported = dialog.result_ is not None
        dialog.deleteLater()
        if exported:
            self._show_current()  # the custody log gained exports


def local_paths(mime: QMimeData | None) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


# Image bytes a clipboard may carry as they were copied (X11 and Wayland offer image/png; a browser or an image
# viewer may offer the file's own type). Taken first, byte for byte: only without them is the picture re-encoded.
CLIPBOARD_TYPES = (
    ("image/png", "png"),
    ("image/jpeg", "jpg"),
    ("image/webp", "webp"),
    ("image/gif", "gif"),
    ("image/bmp", "bmp"),
    ("image/tiff", "tif"),
)


@dataclass(frozen=True)
class Pasted:
    data: bytes
    suffix: str
    origin: str  # "clipboard": the clipboard's own bytes; "clipboard-reencoded": Saksi saved its picture as PNG
    mime: str = ""

    def note(self) -> str:
        if self.origin == "clipboard":
            return translate("Evidence", "Pasted from the clipboard: its own {type} bytes, stored unchanged.").format(
                type=self.mime
            )
        return translate(
            "Evidence",
            "Pasted from the clipboard, which gave only a picture, not a file: Saksi re-encoded it as PNG, so these "
            "are not the bytes of the original screenshot.",
        )


def clipboard_image(mime: QMimeData | None = None) -> Pasted | None:
    """The clipboard's image: its own bytes where the platform gives them, else the picture re-encoded as PNG."""
    mime = mime if mime is not None else QGuiApplication.clipboard().mimeData()
    if mime is not None:
        offered = set(mime.formats())
        for kind, suffix in CLIPBOARD_TYPES:
            if kind in offered:
                raw = bytes(mime.data(kind).data())
                if raw and sniff(raw[:HEAD_BYTES])[1] == "image":  # what it claims to be, or not taken as such
                    return Pasted(raw, suffix, "clipboard", kind)
    image = QGuiApplication.clipboard().image()
    if image.isNull() and mime is not None and mime.hasImage():
        image = QImage(mime.imageData())
    if image.isNull():
        return None
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub says bytes; PySide6 accepts only str here
    buffer.close()
    return Pasted(bytes(data.data()), "png", "clipboard-reencoded", "image/png")


def _joined(*parts: str) -> str:
    return "\n".join(p for p in parts if p)
