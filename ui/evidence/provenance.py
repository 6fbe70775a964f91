"""Asked once per import batch: where the files came from. And the per-file summary afterwards."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.display import marked
from app.evidence.locker import ImportResult
from storage.evidence import Provenance
from ui.evidence.common import translate
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import label

# Stored values stay in English (they go into manifests and court bundles); the screen shows translations.
SOURCES = ("client", "family", "witness", "officer", "other")
CHANNELS = ("phone transfer", "USB", "email", "messaging app", "other")
APPS = ("WhatsApp", "Telegram", "Facebook Messenger", "Facebook", "LINE", "Signal", "WeChat", "Viber", "Zalo")
LANGUAGES = ("Khmer", "English", "Thai", "Burmese", "Lao", "Vietnamese", "Indonesian", "Malay", "Chinese")
SOURCE_NAMES = {
    "client": QT_TRANSLATE_NOOP("ProvenanceDialog", "Client"),
    "family": QT_TRANSLATE_NOOP("ProvenanceDialog", "Family"),
    "witness": QT_TRANSLATE_NOOP("ProvenanceDialog", "Witness"),
    "officer": QT_TRANSLATE_NOOP("ProvenanceDialog", "Officer"),
    "other": QT_TRANSLATE_NOOP("ProvenanceDialog", "Other"),
}
CHANNEL_NAMES = {
    "phone transfer": QT_TRANSLATE_NOOP("ProvenanceDialog", "Phone transfer"),
    "USB": QT_TRANSLATE_NOOP("ProvenanceDialog", "USB"),
    "email": QT_TRANSLATE_NOOP("ProvenanceDialog", "Email"),
    "messaging app": QT_TRANSLATE_NOOP("ProvenanceDialog", "Messaging app"),
    "other": QT_TRANSLATE_NOOP("ProvenanceDialog", "Other"),
}


def shown(value: str, names: dict[str, str]) -> str:
    """A stored provenance value in the reader's language: a known code is translated, free text stays."""
    code, separator, rest = value.partition(": ")  # "family: the client's sister"
    if code in names:
        return translate("ProvenanceDialog", names[code]) + separator + rest
    return value


class ProvenanceDialog(QDialog):
    """Who gave these files, when, how and from which app or device: recorded with every file. With the
    files' paths (``files``, in import order) each file of a batch gets a description of its own."""

    def __init__(self, count: int, parent: QWidget | None = None, files: list[str] | None = None) -> None:
        super().__init__(parent)
        self.files = list(files or [])
        self.setWindowTitle(self.tr("Where do these files come from?"))
        self.source = QComboBox()
        for code, text in zip(SOURCES, self._source_names(), strict=True):
            self.source.addItem(text, code)
        self.source_detail = QLineEdit()
        self.source_detail.setPlaceholderText(self.tr("Optional: who exactly, e.g. the client's sister"))
        self.received_on = QDateEdit(QDate.currentDate())
        self.received_on.setCalendarPopup(True)
        self.received_on.setDisplayFormat("yyyy-MM-dd")
        self.received_on.setMaximumDate(QDate.currentDate())
        self.via = QComboBox()
        for code, text in zip(CHANNELS, self._channel_names(), strict=True):
            self.via.addItem(text, code)
        self.source_app = QLineEdit()
        self.source_app.setPlaceholderText(self.tr("e.g. WhatsApp, Telegram, the client's phone"))
        self.source_app.setCompleter(QCompleter(list(APPS), self.source_app))
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("e.g. screenshots of the chat with the recruiter"))
        self.language = QComboBox()
        self.language.setEditable(True)
        self.language.addItems(["", *LANGUAGES])
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Optional notes"))
        self.notes.setFixedHeight(64)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("primary")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Received from:"), self.source)
        form.addRow("", self.source_detail)
        form.addRow(self.tr("Received on:"), self.received_on)
        form.addRow(self.tr("Received via:"), self.via)
        form.addRow(self.tr("Original app or device:"), self.source_app)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Notes:"), self.notes)
        layout = QVBoxLayout(self)
        intro = self.tr(
            "{count} file(s) will be stored unchanged. These answers are kept with each of them as its provenance."
        )
        layout.addWidget(label(intro.format(count=count)))
        layout.addLayout(form)
        self.per_file = self._per_file_table() if len(self.files) > 1 else None
        if self.per_file is not None:
            self.description.setPlaceholderText(self.tr("For every file left empty below"))
            layout.addWidget(
                label(
                    self.tr(
                        "Each file's own description (a file left empty gets the one above). Exhibit numbers follow "
                        "this order; you can change both later."
                    ),
                    "muted",
                )
            )
            layout.addWidget(self.per_file, 1)
        layout.addWidget(buttons)
        self.setMinimumWidth(620 if self.per_file is not None else 520)

    def _per_file_table(self) -> QTableWidget:
        table = QTableWidget(len(self.files), 2)
        table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Description")])
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        for row, path in enumerate(self.files):
            name = QTableWidgetItem(f"{row + 1}. {marked(Path(path).name)}")
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name.setToolTip(marked(Path(path).name))
            table.setItem(row, 0, name)
            table.setItem(row, 1, QTableWidgetItem(""))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.setColumnWidth(0, 220)
        rows = min(len(self.files), 8)  # a long batch scrolls inside the table, the dialog stays on screen
        table.setMinimumHeight(header.height() + rows * table.verticalHeader().defaultSectionSize() + 4)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        return table

    def set_file_description(self, row: int, text: str) -> None:
        if self.per_file is not None:
            cell = self.per_file.item(row, 1)
            if cell is not None:
                cell.setText(text)

    def descriptions(self) -> dict[str, str]:
        """The files given a description of their own (path -> text); the others take the batch's."""
        if self.per_file is None:
            return {}
        found = {}
        for row, path in enumerate(self.files):
            cell = self.per_file.item(row, 1)
            text = " ".join(cell.text().split()) if cell is not None else ""
            if text:
                found[path] = text
        return found

    def _source_names(self) -> list[str]:
        return [translate("ProvenanceDialog", SOURCE_NAMES[code]) for code in SOURCES]

    def _channel_names(self) -> list[str]:
        return [translate("ProvenanceDialog", CHANNEL_NAMES[code]) for code in CHANNELS]

    def provenance(self) -> Provenance:
        source = str(self.source.currentData())
        detail = self.source_detail.text().strip()
        return Provenance(
            received_from=f"{source}: {detail}" if detail else source,
            received_on=self.received_on.date().toString("yyyy-MM-dd") or date.today().isoformat(),
            via=str(self.via.currentData()),
            source_app=self.source_app.text().strip(),
            description=self.description.text().strip(),
            language=self.language.currentText().strip(),
            notes=self.notes.toPlainText().strip(),
        )


def result_line(result: ImportResult) -> str:
    """One file's outcome in plain words (the file name only: folder names can identify people)."""
    name = Path(result.path).name
    if result.error:
        return translate("Evidence", "{name}: refused: {reason}").format(name=name, reason=result.error)
    if result.duplicate_of is not None:
        return translate("Evidence", "{name}: already exhibit {label} (the new provenance was added to it)").format(
            name=name, label=result.duplicate_of.label
        )
    assert result.item is not None
    return translate("Evidence", "{name}: stored as {label}").format(name=name, label=result.item.label)


class ImportSummaryDialog(QDialog):
    """What happened to each file of the batch, and what was not reached if it was cancelled."""

    def __init__(self, results: list[ImportResult], total: int, cancelled: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import finished"))
        stored = sum(1 for r in results if r.item is not None)
        again = sum(1 for r in results if r.duplicate_of is not None)
        refused = sum(1 for r in results if r.error)
        text = self.tr("{stored} stored, {again} already in this case, {refused} refused.").format(
            stored=stored, again=again, refused=refused
        )
        if cancelled:
            self.setWindowTitle(self.tr("Import cancelled"))
            rest = max(0, total - len(results))
            text += " " + self.tr(
                "Cancelled: {rest} of {total} file(s) were not imported. Nothing of them was stored."
            ).format(rest=rest, total=total)
        self.summary = label(text)
        self.lines = [result_line(r) for r in results]
        self.list = QListWidget()
        self.list.addItems(self.lines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(640, 420)
