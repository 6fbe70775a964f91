"""New draft: choose the template (with what it is for), the language it exists in, and the recipient."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.drafting.compose import LANGUAGES, TemplateInfo
from ui import i18n
from ui.i18n import QT_TRANSLATE_NOOP
from ui.widgets import label


def tr(text: str) -> str:
    return i18n.lookup("Drafts", text)


LANGUAGE_NAMES = (
    QT_TRANSLATE_NOOP("Drafts", "English"),
    QT_TRANSLATE_NOOP("Drafts", "Khmer"),
    QT_TRANSLATE_NOOP("Drafts", "Thai"),
)  # app.drafting.compose.LANGUAGES


def language_name(code: str) -> str:
    return QCoreApplication.translate("Drafts", LANGUAGES.get(code, code))


class NewDraftDialog(QDialog):
    def __init__(self, templates: dict[str, TemplateInfo], problem: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New draft"))
        self.templates = templates
        self.list = QListWidget()
        self.list.setWordWrap(True)
        for info in templates.values():
            item = QListWidgetItem(info.title)
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            item.setToolTip(info.description)
            self.list.addItem(item)
        self.description = label()
        self.language = QComboBox()
        self.native_note = label(role="error")
        self.recipient = QComboBox()
        self.recipient.setEditable(True)
        editor = self.recipient.lineEdit()
        assert editor is not None  # setEditable(True) made it
        editor.setPlaceholderText(tr("Who the filing is addressed to"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(tr("Create the draft"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(tr("Language:"), self.language)
        form.addRow("", self.native_note)
        form.addRow(tr("To:"), self.recipient)
        layout = QVBoxLayout(self)
        layout.addWidget(label(tr("Template"), "subheading"))
        if problem:
            layout.addWidget(label(problem, "error"))
        if not templates:
            layout.addWidget(
                label(
                    tr(
                        "No filing templates are installed. Templates are files in legal_templates/filings (ID.toml "
                        "and ID.en.j2), or in the filings folder of your own legal templates folder (SAKSI_LEGAL_DIR)."
                    )
                )
            )
        layout.addWidget(self.list, 1)
        layout.addWidget(self.description)
        layout.addLayout(form)
        layout.addWidget(
            label(
                tr(
                    "The draft is filled in from the case. What the case does not have yet is marked as missing; "
                    "fill it in the case or in the text before filing."
                ),
                "muted",
            )
        )
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda *_: self._template_changed())
        self.language.currentIndexChanged.connect(lambda *_: self._language_changed())
        if self.list.count():
            self.list.setCurrentRow(0)
        self._template_changed()
        self.resize(640, 520)

    def template(self) -> TemplateInfo | None:
        item = self.list.currentItem()
        return self.templates.get(str(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None

    def choose(self, template_id: str, language: str = "", recipient: str | None = None) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(index)
        if language:
            self.language.setCurrentIndex(max(self.language.findData(language), 0))
        if recipient is not None:
            self.recipient.setCurrentText(recipient)

    def values(self) -> tuple[str, str, str]:
        info = self.template()
        return (info.id if info else "", str(self.language.currentData() or ""), self.recipient.currentText().strip())

    def _template_changed(self) -> None:
        info = self.template()
        self.language.clear()
        self.recipient.clear()
        self.create_button.setEnabled(info is not None)
        if info is None:
            self.description.setText("")
            self.native_note.hide()
            return
        self.description.setText(info.description)
        for code in info.variants:
            self.language.addItem(language_name(code), code)
        self.recipient.addItems(list(info.recipients))
        self.recipient.setCurrentIndex(0 if info.recipients else -1)
        self._language_changed()

    def _language_changed(self) -> None:
        info, code = self.template(), self.language.currentData()
        variant = info.variants.get(code) if info is not None and code else None
        if variant is not None and not variant.native_drafter and code != "en":
            if code == "km":
                note = tr(
                    "This Khmer template was not written by a native legal drafter; have it checked before filing"
                )
            else:
                note = tr(
                    "This {language} template was not written by a native legal drafter; have it checked before filing"
                ).format(language=language_name(code))
            self.native_note.setText(note)
            self.native_note.show()
        else:
            self.native_note.hide()
