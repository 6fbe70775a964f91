"""The detail pane of the Evidence tab: what one item is, where it came from, what happened to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.display import marked
from app.evidence.chat_upgrade import may_be_read
from storage.audit import AuditEntry
from storage.errors import localized
from storage.evidence import Item, ProvenanceRecord
from storage.vault import User
from ui.cases.text import number
from ui.evidence.chat_view import undecodable_text
from ui.evidence.common import (
    copy_action_name,
    copy_op,
    custody_detail,
    human_size,
    kind_name,
    marked_lines,
    previewable,
    translate,
)
from ui.evidence.model import plain_tooltip
from ui.evidence.provenance import CHANNEL_NAMES, SOURCE_NAMES, shown
from ui.look import monospace
from ui.widgets import label, local_time

EXPORTABLE_KINDS = ("audio", "video", "other")  # kinds Saksi cannot show: played or opened elsewhere


def metadata_lines(metadata: dict[str, Any]) -> list[str]:
    """Readable metadata, without the location (shown only on request)."""
    lines = []
    if metadata.get("width") and metadata.get("height"):
        lines.append(
            translate("Evidence", "Dimensions: {w} × {h} pixels").format(w=metadata["width"], h=metadata["height"])
        )
    named = [
        ("format", translate("Evidence", "Format: {value}")),
        ("captured_at", translate("Evidence", "Taken: {value}")),
        ("make", translate("Evidence", "Camera or phone maker: {value}")),
        ("model", translate("Evidence", "Model: {value}")),
        ("software", translate("Evidence", "Software: {value}")),
        ("orientation", translate("Evidence", "EXIF orientation: {value}")),
        ("pages", translate("Evidence", "Pages: {value}")),
        ("duration_seconds", translate("Evidence", "Duration: {value} s")),
    ]
    lines += [text.format(value=metadata[key]) for key, text in named if metadata.get(key) not in (None, "")]
    if metadata.get("encrypted"):
        lines.append(translate("Evidence", "The PDF is password-protected."))
    return lines


def provenance_text(record: ProvenanceRecord, *, description: bool = True) -> str:
    """One provenance record in words; ``description=False`` for the first, whose description has its own field."""
    p = record.provenance
    lines = [
        translate("Evidence", "Recorded {when} by {who}").format(
            when=local_time(record.recorded_at), who=record.recorded_by
        )
    ]
    fields = [
        (translate("Evidence", "Received from"), shown(p.received_from, SOURCE_NAMES)),
        (translate("Evidence", "Received on"), p.received_on),
        (translate("Evidence", "Via"), shown(p.via, CHANNEL_NAMES)),
        (translate("Evidence", "App or device"), p.source_app),
        (translate("Evidence", "Description"), p.description if description else ""),
        (translate("Evidence", "Language"), p.language),
        (translate("Evidence", "Notes"), p.notes),
        (translate("Evidence", "File name"), p.source_path),
    ]
    lines += [f"{name}: {value}" for name, value in fields if value]
    return "\n".join(lines)


def _group(title: str) -> tuple[QGroupBox, QVBoxLayout]:
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(8, 4, 8, 8)
    return box, layout


class DetailPane(QScrollArea):
    open_requested = Signal()
    redact_requested = Signal()
    export_requested = Signal()
    delete_requested = Signal()
    move_requested = Signal(int)  # -1 up, +1 down
    item_requested = Signal(str)  # an item id (a copy, or the original of a copy)
    text_saved = Signal(str, str)  # transcription, translation
    description_saved = Signal(str)
    ocr_requested = Signal()
    mrz_requested = Signal()
    reread_requested = Signal()  # read a text or file exhibit again as a chat export

    def __init__(self, user: User, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.user = user
        self.item: Item | None = None
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # content wraps to the width
        self.setMinimumWidth(380)
        body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.setContentsMargins(12, 8, 12, 8)
        self.empty = label(self.tr("Select an exhibit to see its details."), "muted")
        self.column.addWidget(self.empty)
        self.content = QWidget()
        self._build(QVBoxLayout(self.content))
        self.column.addWidget(self.content)
        self.column.addStretch(1)
        self.setWidget(body)
        self.show_item(None)

    # ---- building
    def _build(self, layout: QVBoxLayout) -> None:
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = label(role="heading")
        self.filename = label(role="subheading")
        self.filename.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason = label(role="muted")
        layout.addWidget(self.title)
        layout.addWidget(self.filename)
        layout.addWidget(self.reason)
        layout.addLayout(self._buttons())
        layout.addWidget(self._file_box())
        layout.addWidget(self._metadata_box())
        layout.addWidget(self._provenance_box())
        layout.addWidget(self._copies_box())
        layout.addWidget(self._custody_box())
        layout.addWidget(self._ocr_box())
        layout.addWidget(self._text_box())

    def _buttons(self) -> QGridLayout:
        self.open_button = QPushButton(self.tr("Open viewer"))
        self.open_button.setObjectName("primary")
        self.redact_button = QPushButton(self.tr("Redact, crop, rotate…"))
        self.export_button = QPushButton(self.tr("Export working copy…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.reread_button = QPushButton(self.tr("Read as a chat"))
        self.reread_button.setToolTip(
            self.tr(
                "A chat export imported before Saksi read chats, or kept as a plain file: read its messages (the stored file is not changed)"
            )
        )
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.up_button.setToolTip(self.tr("Give this exhibit the number before it (its copies follow)"))
        self.down_button.setToolTip(self.tr("Give this exhibit the number after it (its copies follow)"))
        self.open_button.clicked.connect(self.open_requested)
        self.redact_button.clicked.connect(self.redact_requested)
        self.export_button.clicked.connect(self.export_requested)
        self.delete_button.clicked.connect(self.delete_requested)
        self.reread_button.clicked.connect(self.reread_requested)
        self.up_button.clicked.connect(lambda: self.move_requested.emit(-1))
        self.down_button.clicked.connect(lambda: self.move_requested.emit(1))
        grid = QGridLayout()
        grid.addWidget(self.open_button, 0, 0)
        grid.addWidget(self.redact_button, 0, 1)
        grid.addWidget(self.up_button, 1, 0)
        grid.addWidget(self.down_button, 1, 1)
        rare = QHBoxLayout()  # hidden for some roles and kinds: a row that closes up, not a grid with holes
        rare.addWidget(self.export_button)
        rare.addWidget(self.delete_button)
        rare.addWidget(self.reread_button)
        rare.addStretch(1)
        grid.addLayout(rare, 2, 0, 1, 2)
        return grid

    def _file_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("File"))
        form = QFormLayout(box)
        self.kind = label()
        self.size_label = label()
        self.sha = QLineEdit()  # 64 characters without a break: a field that scrolls, selectable and copyable
        self.sha.setReadOnly(True)
        self.sha.setFont(monospace(9))
        self.sha.setFrame(False)
        self.copy_sha_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_sha_button.clicked.connect(self.copy_sha)
        self.imported = label()
        self.derived = label()
        self.original_button = QPushButton()
        self.original_button.clicked.connect(self._show_original)
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.tr("Size:"), self.size_label)
        form.addRow(self.tr("SHA-256:"), self.sha)
        form.addRow("", self.copy_sha_button)
        form.addRow(self.tr("Imported:"), self.imported)
        form.addRow(self.tr("Copy of:"), self.original_button)
        form.addRow("", self.derived)
        self.file_form = form
        return box

    def _metadata_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Metadata"))
        self.metadata = label()
        self.gps_button = QPushButton(self.tr("Show location (sensitive)"))
        self.gps_button.setToolTip(self.tr("The GPS position recorded in the photo"))
        self.gps_button.clicked.connect(self.reveal_location)
        self.gps = label()
        self.gps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.metadata)
        row = QHBoxLayout()
        row.addWidget(self.gps_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.gps)
        self.metadata_box = box
        return box

    def _provenance_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Provenance"))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("What this exhibit is, e.g. chat with the recruiter"))
        self.description.setMaxLength(2000)
        self.description.textEdited.connect(self._description_edited)
        self.description.returnPressed.connect(self._save_description)
        self.save_description_button = QPushButton(self.tr("Save description"))
        self.save_description_button.clicked.connect(self._save_description)
        row = QHBoxLayout()
        row.addWidget(label(self.tr("Description:"), wrap=False))
        row.addWidget(self.description, 1)
        row.addWidget(self.save_description_button)
        layout.addLayout(row)
        self.provenance = label()
        self.provenance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.provenance)
        return box

    def _copies_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Copies made from it"))
        self.copies = QListWidget()
        self.copies.itemClicked.connect(lambda entry: self.item_requested.emit(entry.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.copies)
        self.copies_box = box
        return box

    def _text_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Transcription and translation"))
        self.transcription = QPlainTextEdit()
        self.transcription.setPlaceholderText(self.tr("What the file says, word for word (e.g. a voice note)"))
        self.translation = QPlainTextEdit()
        self.translation.setPlaceholderText(self.tr("Translation, e.g. into English or Khmer"))
        for editor in (self.transcription, self.translation):
            editor.setFixedHeight(72)
            editor.textChanged.connect(self._text_edited)
        self.save_text_button = QPushButton(self.tr("Save text"))
        self.save_text_button.clicked.connect(self._save_text)
        layout.addWidget(label(self.tr("Transcription:")))
        layout.addWidget(self.transcription)
        layout.addWidget(label(self.tr("Translation:")))
        layout.addWidget(self.translation)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_text_button)
        layout.addLayout(row)
        self.text_box = box
        return box

    def _ocr_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Text read from the image"))
        self.ocr = QPlainTextEdit()
        self.ocr.setReadOnly(True)
        self.ocr.setFixedHeight(110)
        self.ocr.setPlaceholderText(self.tr("Not read yet. Reading runs in the sandboxed decoder (Tesseract)."))
        self.ocr_note = label(role="muted")
        self.mrz = label()
        self.mrz.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ocr_button = QPushButton(self.tr("Read text"))
        self.ocr_button.clicked.connect(self.ocr_requested)
        self.mrz_button = QPushButton(self.tr("Use as the client's identity document…"))
        self.mrz_button.clicked.connect(self.mrz_requested)
        layout.addWidget(self.ocr)
        layout.addWidget(self.ocr_note)
        layout.addWidget(self.mrz)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.mrz_button)
        row.addWidget(self.ocr_button)
        layout.addLayout(row)
        self.ocr_box = box
        return box

    def _show_ocr(self, item: Item) -> None:
        self.ocr_box.setVisible(item.kind == "image" and item.deleted_at is None)
        self.ocr.setPlainText(marked_lines(item.ocr_text))
        failed = item.metadata.get("ocr_failed")
        note = ""
        if failed:
            note = self.tr("No text could be read: {reason}").format(reason=failed)
        elif item.ocr_text:
            note = self.tr(
                "As Tesseract read it ({languages}). Correct it as the transcription below; both are kept."
            ).format(languages=item.metadata.get("ocr_languages", ""))
        self.ocr_note.setText(note)
        self.ocr_note.setVisible(bool(note))
        found = item.metadata.get("mrz")
        if isinstance(found, dict):
            state = (
                self.tr("check digits hold; names have none, compare them with the page")
                if found.get("valid")
                else self.tr("check digits do NOT all hold")
            )
            self.mrz.setText(
                self.tr(
                    "Passport or ID zone: {surname}, {given} - no. {number}, born {birth}, {nationality} ({state})"
                ).format(
                    surname=found.get("surname", ""),
                    given=found.get("given_names", ""),
                    number=found.get("document_number", ""),
                    birth=found.get("birth_date", ""),
                    nationality=found.get("nationality", ""),
                    state=state,
                )
            )
        self.mrz.setVisible(isinstance(found, dict))
        self.mrz_button.setVisible(
            isinstance(found, dict) and bool(found.get("valid")) and self.user.role != "paralegal"
        )
        self.ocr_button.setText(self.tr("Read text again") if item.ocr_text else self.tr("Read text"))

    def _custody_box(self) -> QGroupBox:
        box, layout = _group(self.tr("Chain of custody"))
        self.custody = QTreeWidget()
        self.custody.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Detail")])
        self.custody.setRootIsDecorated(False)
        self.custody.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.custody.setMinimumHeight(140)
        # Time, user and what happened sized to their words; the detail takes the rest and wraps. All four sized
        # to their contents, the table scrolled sideways in Khmer at 1200x760.
        self.custody.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.custody.setWordWrap(True)
        self.custody.setUniformRowHeights(False)
        header = self.custody.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._fit_custody_rows)
        layout.addWidget(self.custody)
        return box

    def _fit_custody_rows(self, *_: object) -> None:
        """Rows as tall as their wrapped words: the tree does not measure wrapped text itself (it elided it)."""
        header, metrics = self.custody.header(), self.custody.fontMetrics()
        for n in range(self.custody.topLevelItemCount()):
            row = self.custody.topLevelItem(n)
            if row is None:
                continue
            height = 0
            for column in (2, 3):
                width = max(20, header.sectionSize(column) - 10)
                bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, row.text(column))
                height = max(height, bounds.height() + 6)
            if row.sizeHint(2).height() != height:
                row.setSizeHint(2, QSize(0, height))

    # ---- showing
    def show_item(
        self,
        item: Item | None,
        custody: list[AuditEntry] | None = None,
        copies: list[Item] | None = None,
        original: Item | None = None,
        movable: tuple[bool, bool] = (False, False),
    ) -> None:
        self.item = item
        self.empty.setVisible(item is None)
        self.content.setVisible(item is not None)
        if item is None:
            return
        self.title.setText(item.label)
        self.filename.setText(marked(item.filename))  # a bidi override or zero-width character is shown
        self.reason.setText(self._reason(item))
        self.reason.setVisible(bool(self.reason.text()))
        self._show_file(item, original)
        self._show_metadata(item)
        self.description.setText(item.description)
        self.description.setCursorPosition(0)
        self.description.setReadOnly(item.deleted_at is not None)
        self.save_description_button.setEnabled(False)
        records = [provenance_text(r, description=n > 0) for n, r in enumerate(item.provenance)]
        self.provenance.setText("\n\n".join(records) or self.tr("No provenance recorded."))
        self._show_copies(copies or [])
        self._show_text(item)
        self._show_ocr(item)
        self._show_custody(custody or [], copies or [])
        self._update_buttons(item, movable)

    def _reason(self, item: Item) -> str:
        if item.deleted_at:
            return self.tr(
                "Deleted on {when} by {who}. Reason: {reason}\nThe file's bytes were removed; its number, SHA-256 and "
                "custody log are kept as a tombstone."
            ).format(when=local_time(item.deleted_at), who=item.deleted_by or "", reason=item.delete_reason or "")
        refusal = item.metadata.get("not_a_chat")
        if isinstance(refusal, str) and refusal:  # it looked like a chat export: why it is a plain file
            return self.tr("Kept as a plain file, not read as a chat: {reason}").format(reason=localized(refusal))
        chat = item.metadata.get("chat")
        if item.kind == "chat" and isinstance(chat, dict) and chat.get("undecodable_bytes"):
            return undecodable_text(int(chat["undecodable_bytes"]))
        return item.preview

    def _show_file(self, item: Item, original: Item | None) -> None:
        self.kind.setText(f"{kind_name(item.kind)} ({item.mime})")
        self.size_label.setText(
            self.tr("{size} ({count} bytes)").format(size=human_size(item.size), count=number(item.size))
        )
        self.sha.setText(item.sha256)
        self.sha.setCursorPosition(0)
        self.imported.setText(
            self.tr("{when} by {who}").format(when=local_time(item.imported_at), who=item.imported_by)
        )
        is_copy = original is not None
        self.file_form.setRowVisible(self.original_button, is_copy)
        self.file_form.setRowVisible(self.derived, is_copy)
        if original is not None:
            attachment = item.derivation.get("op") == "chat attachment"
            row_label = self.file_form.labelForField(self.original_button)
            if isinstance(row_label, QLabel):
                row_label.setText(self.tr("Attachment of:") if attachment else self.tr("Copy of:"))
            shown = self.tr("{label} (show the chat)") if attachment else self.tr("{label} (show the original)")
            self.original_button.setText(shown.format(label=original.label))
            self.original_button.setProperty("item_id", original.id)
            self.derived.setText(self._derivation(item))

    def _derivation(self, item: Item) -> str:
        d = item.derivation
        if d.get("op") == "chat attachment":  # the export's own bytes: never "rebuilt" or "a copy"
            if d.get("message"):
                return self.tr(
                    "Stored as it is in the chat export (message #{seq}): the same bytes, nothing re-encoded."
                ).format(seq=d["message"])
            return self.tr("Stored as it is in the chat export: the same bytes, nothing re-encoded.")
        parts = [str(d.get("op", ""))]
        if d.get("boxes"):
            parts.append(self.tr("{count} area(s) blacked out").format(count=len(d["boxes"])))
        if d.get("crop"):
            parts.append(self.tr("cropped"))
        if d.get("rotate"):
            parts.append(self.tr("rotated {degrees}°").format(degrees=d["rotate"]))
        if d.get("metadata"):  # a copy Saksi made from the image's pixels
            parts.append(self.tr("rebuilt from pixels, no metadata"))
        return ", ".join(p for p in parts if p)

    def _show_metadata(self, item: Item) -> None:
        lines = metadata_lines(item.metadata)
        self.metadata.setText("\n".join(lines) or self.tr("None recorded."))
        has_gps = bool(item.metadata.get("gps"))
        self.gps_button.setVisible(has_gps)
        self.gps.clear()
        self.gps.hide()

    def _show_copies(self, copies: list[Item]) -> None:
        self.copies.clear()
        for copy in copies:
            entry = QListWidgetItem(f"{copy.label}  {marked(copy.filename)}")
            entry.setData(Qt.ItemDataRole.UserRole, copy.id)
            self.copies.addItem(entry)
        attachments = sum(1 for c in copies if c.derivation.get("op") == "chat attachment")
        if attachments == len(copies):
            self.copies_box.setTitle(self.tr("Attachments stored from the chat export"))
        else:
            self.copies_box.setTitle(
                self.tr("Attachments and copies made from it") if attachments else self.tr("Copies made from it")
            )
        rows = max(1, min(4, len(copies)))
        self.copies.setFixedHeight(rows * self.copies.sizeHintForRow(0) + 2 * self.copies.frameWidth() + 4)
        self.copies_box.setVisible(bool(copies))

    def _show_text(self, item: Item) -> None:
        for editor, text in ((self.transcription, item.transcription), (self.translation, item.translation)):
            editor.blockSignals(True)
            editor.setPlainText(text)
            editor.blockSignals(False)
            editor.setReadOnly(item.deleted_at is not None)
        self.save_text_button.setEnabled(False)

    def _show_custody(self, entries: list[AuditEntry], copies: list[Item]) -> None:
        self.custody.clear()
        for entry in entries:
            row = QTreeWidgetItem(
                [
                    local_time(entry.at),
                    entry.actor,
                    copy_action_name(entry.action, copy_op(entry.action, entry.detail, copies)),
                    custody_detail(entry.action, entry.detail),
                ]
            )
            row.setToolTip(2, plain_tooltip(f"{entry.action} #{entry.seq}\n{entry.hash}"))
            row.setToolTip(3, plain_tooltip(row.text(3)))
            self.custody.addTopLevelItem(row)
        self._fit_custody_rows()

    def _update_buttons(self, item: Item, movable: tuple[bool, bool]) -> None:
        alive = item.deleted_at is None
        self.open_button.setVisible(alive)
        self.redact_button.setVisible(alive and item.kind == "image" and previewable(item))
        self.export_button.setVisible(alive and self.user.may_export and item.kind in EXPORTABLE_KINDS)
        self.delete_button.setVisible(alive and self.user.is_admin)
        self.reread_button.setVisible(alive and may_be_read(item))
        for button, allowed in zip((self.up_button, self.down_button), movable, strict=True):
            button.setVisible(alive and item.is_original)
            button.setEnabled(allowed)

    # ---- actions
    def copy_sha(self) -> None:
        if self.item is not None:
            QGuiApplication.clipboard().setText(self.item.sha256)

    def reveal_location(self) -> None:
        from ui import dialogs

        if self.item is None or not self.item.metadata.get("gps"):
            return
        sure = dialogs.confirm(
            self,
            self.tr("Show location"),
            self.tr(
                "The photo records where it was taken. It can reveal where the client, their family or a witness "
                "lives or hid. Show it only when nobody else can see this screen."
            ),
            self.tr("Show location"),
        )
        if sure:
            gps = self.item.metadata["gps"]
            self.gps.setText(self.tr("Latitude {lat}, longitude {lon}").format(lat=gps.get("lat"), lon=gps.get("lon")))
            self.gps.show()
            self.gps_button.hide()

    def _show_original(self) -> None:
        item_id = self.original_button.property("item_id")
        if item_id:
            self.item_requested.emit(str(item_id))

    def _text_edited(self) -> None:
        self.save_text_button.setEnabled(self.item is not None and self.item.deleted_at is None)

    def _save_text(self) -> None:
        self.text_saved.emit(self.transcription.toPlainText(), self.translation.toPlainText())

    def text_modified(self) -> bool:
        return self.save_text_button.isEnabled()

    def _description_edited(self) -> None:
        alive = self.item is not None and self.item.deleted_at is None
        self.save_description_button.setEnabled(alive and self.description.text() != self.item_description())

    def item_description(self) -> str:
        return self.item.description if self.item is not None else ""

    def _save_description(self) -> None:
        if self.save_description_button.isEnabled():
            self.save_description_button.setEnabled(False)
            self.description_saved.emit(self.description.text())

    def description_modified(self) -> bool:
        return self.save_description_button.isEnabled()
