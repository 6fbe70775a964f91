"""The Drafts tab of a case: the case's filings, each with its versions; the markup editor beside a
live preview; the citations still to check; export to PDF or DOCX.

Generating and exporting run off the GUI thread (ui.jobs) on their own vault connection. The editor
shows the markup with its tokens; the preview shows what the reader will see, built from escaped
text only. Saving always adds a version; older versions open read-only and can be restored as a
new version.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.common.exports import safe_name
from app.drafting import compose as drafting
from app.drafting.case_drafts import NOT_NATIVE, Drafts, user_dir
from legal_templates.loader import LegalDataError
from storage.drafts import Draft
from storage.errors import InputRejected, SaksiError
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.cases.tables import WARN_AMBER
from ui.drafting.citations import CitationsPanel
from ui.drafting.new_draft import NewDraftDialog, language_name, tr
from ui.drafting.preview import TokenHighlighter, blocks_html
from ui.i18n import QT_TRANSLATE_NOOP
from ui.look import monospace
from ui.widgets import label, local_time

PREVIEW_DELAY_MS = 300
IdRole = Qt.ItemDataRole.UserRole
FORMATS = {
    "pdf": ("PDF", QT_TRANSLATE_NOOP("Drafts", "PDF (*.pdf)")),
    "docx": ("DOCX", QT_TRANSLATE_NOOP("Drafts", "Word document (*.docx)")),
}


def ask_text(parent: QWidget, title: str, prompt: str, value: str = "") -> str | None:
    """One line of text, or None when cancelled (through ui.dialogs, so tests can answer it)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(prompt)
    dialog.setTextValue(value)
    accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
    text = dialog.textValue().strip()
    dialog.deleteLater()
    return text if accepted else None


def native(draft: Draft) -> bool:
    """Whether the draft's template variant was written by a native legal drafter (True when unknown)."""
    try:
        _info, variant = drafting.choose(draft.template, draft.language, user_dir())
    except InputRejected:
        return True
    return variant.native_drafter


DRAFT_EDITS = dict.fromkeys(("save", "confirm"), vault_ops.DRAFTS)


class DraftsTab(QWidget):
    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.draft: Draft | None = None  # the latest version of the open draft
        self.shown: Draft | None = None  # the version in the editor (an older one is read-only)
        self._loaded_text = ""
        self.exhibits: list[dict[str, object]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        try:
            # each call through the runner's door; saves and confirmations tell the other views
            self.drafts: Drafts | None = vault_ops.through(vault, Drafts(vault), DRAFT_EDITS)
        except LegalDataError as exc:
            self.drafts = None
            layout.addWidget(
                label(tr("The legal library could not be loaded, so drafts cannot be made."), "subheading")
            )
            layout.addWidget(label(exc.message))  # file and key, in the language of the moment
            layout.addStretch(1)
            return
        self._build(layout)
        self.refresh()
        # a draft saved elsewhere, or exhibits renumbered: the list again (an edited draft stays as typed)
        vault_ops.refresh_on(self, vault, vault_ops.DRAFTS | vault_ops.EVIDENCE, self.refresh)

    # ------------------------------------------------------------------ building
    def _build(self, layout: QVBoxLayout) -> None:
        assert self.drafts is not None
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.new_button = QPushButton(tr("New draft…"))
        self.new_button.setObjectName("primary")
        self.versions = QTreeWidget()
        self.versions.setHeaderLabels([tr("Version"), tr("Saved"), tr("By")])
        self.versions.setRootIsDecorated(False)
        self.versions.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.open_version_button = QPushButton(tr("Open read-only"))
        self.restore_button = QPushButton(tr("Restore as new version"))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(label(tr("Drafts"), "subheading"))
        top.addStretch(1)
        top.addWidget(self.new_button)
        left_layout.addLayout(top)
        left_layout.addWidget(self.list, 3)
        left_layout.addWidget(label(tr("Versions of this draft"), "subheading"))
        left_layout.addWidget(self.versions, 2)
        version_buttons = QHBoxLayout()
        version_buttons.addWidget(self.open_version_button)
        version_buttons.addWidget(self.restore_button)
        left_layout.addLayout(version_buttons)

        # the editor page
        self.status = label(role="muted")
        self.older_banner = label()
        self.older_banner.setStyleSheet(f"color: {WARN_AMBER}; font-weight: 600;")
        self.latest_button = QPushButton(tr("Back to the latest version"))
        self.native_note = label(role="error")
        self.gaps = label()
        self.gaps.setStyleSheet(f"color: {WARN_AMBER};")
        self.insert_button = QToolButton()
        self.insert_button.setText(tr("Insert"))
        self.insert_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.insert_fact_action = QAction(tr("A fact from the case…"), self)
        self.insert_exhibit_action = QAction(tr("An exhibit reference…"), self)
        menu = QMenu(self.insert_button)
        menu.addAction(self.insert_fact_action)
        menu.addAction(self.insert_exhibit_action)
        self.insert_button.setMenu(menu)
        self.save_button = QPushButton(tr("Save version…"))
        self.save_button.setObjectName("primary")
        self.pdf_button = QPushButton(tr("Export PDF…"))
        self.docx_button = QPushButton(tr("Export DOCX…"))
        if not self.vault.user.may_export:
            for button in (self.pdf_button, self.docx_button):
                button.setEnabled(False)
                button.setToolTip(tr("Your role does not allow exporting. Ask a lawyer or an admin."))
        self.editor = QPlainTextEdit()
        self.editor.setFont(monospace(10))
        self.editor.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.highlighter = TokenHighlighter(self.editor.document())
        self.preview = QTextBrowser()
        self.preview.setOpenLinks(False)
        self.preview.setOpenExternalLinks(False)
        self.citations = CitationsPanel(self.drafts.library, self.vault.user.role != "paralegal")
        self.export_status = label(role="muted")

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.insert_button)
        toolbar.addWidget(self.save_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.pdf_button)
        toolbar.addWidget(self.docx_button)
        older = QHBoxLayout()
        older.addWidget(self.older_banner, 1)
        older.addWidget(self.latest_button)
        self.older_row = QWidget()
        self.older_row.setLayout(older)
        older.setContentsMargins(0, 0, 0, 0)
        text_split = QSplitter(Qt.Orientation.Horizontal)
        editor_box = QWidget()
        editor_layout = QVBoxLayout(editor_box)
        editor_layout.setContentsMargins(0, 0, 0, 0)
        editor_layout.addWidget(
            label(
                tr(
                    "Text: # heading, 1. numbered paragraph, - bullet, > quote; [[cite:…]] marks a citation and "
                    "[[missing:…]] something the case does not have yet"
                ),
                "muted",
            )
        )
        editor_layout.addWidget(self.editor)
        preview_box = QWidget()
        preview_layout = QVBoxLayout(preview_box)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        preview_layout.addWidget(label(tr("Preview: as the filing will read"), "muted"))
        preview_layout.addWidget(self.preview)
        text_split.addWidget(editor_box)
        text_split.addWidget(preview_box)
        text_split.setChildrenCollapsible(False)
        body_split = QSplitter(Qt.Orientation.Vertical)
        body_split.addWidget(text_split)
        body_split.addWidget(self.citations)
        body_split.setStretchFactor(0, 3)
        body_split.setStretchFactor(1, 1)
        body_split.setSizes([420, 150])
        body_split.setChildrenCollapsible(False)
        editor_page = QWidget()
        page_layout = QVBoxLayout(editor_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.status)
        page_layout.addWidget(self.older_row)
        page_layout.addWidget(self.native_note)
        page_layout.addWidget(self.gaps)
        page_layout.addLayout(toolbar)
        page_layout.addWidget(body_split, 1)
        page_layout.addWidget(self.export_status)
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        empty_layout.addWidget(
            label(
                tr(
                    "No drafts yet. Choose New draft… to prepare a filing from a template: it is filled in from "
                    "the case, and you edit it here."
                ),
                "muted",
            )
        )
        empty_layout.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty_page)
        self.stack.addWidget(editor_page)
        self.editor_page = editor_page

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.stack)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 4)
        split.setSizes([250, 980])
        split.setChildrenCollapsible(False)
        layout.addWidget(split, 1)

        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.render_preview)
        self.new_button.clicked.connect(self.new_draft)
        self.list.currentItemChanged.connect(lambda current, previous: self._draft_chosen(current, previous))
        self.versions.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.versions.itemDoubleClicked.connect(lambda *_: self.open_version())
        self.open_version_button.clicked.connect(self.open_version)
        self.restore_button.clicked.connect(self.restore_version)
        self.latest_button.clicked.connect(lambda: self.open_draft(self.draft.id if self.draft else ""))
        self.editor.textChanged.connect(self._text_changed)
        self.insert_fact_action.triggered.connect(self.insert_fact)
        self.insert_exhibit_action.triggered.connect(self.insert_exhibit)
        self.save_button.clicked.connect(self.save_version)
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.docx_button.clicked.connect(lambda: self.export("docx"))
        self.citations.confirm_requested.connect(self.confirm_citation)

    # ------------------------------------------------------------------ the list of drafts
    def refresh(self, select_id: str = "") -> None:
        """Read the case's drafts and exhibits again (after generating, or when evidence changed)."""
        if self.drafts is None:
            return
        try:
            self.exhibits = self.drafts.exhibits(self.reference)
            found = self.drafts.of_case(self.reference)
        except SaksiError as exc:
            dialogs.warn(self, tr("Drafts"), exc.message)
            return
        keep = select_id or (self.draft.id if self.draft else "")
        self.list.blockSignals(True)
        self.list.clear()
        for draft in found:
            item = QListWidgetItem(self._list_text(draft))
            item.setData(IdRole, draft.id)
            self.list.addItem(item)
            if draft.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
            self.open_draft(str(self.list.currentItem().data(IdRole)))
        elif self.list.currentItem() is not None and (
            self.draft is None or self.draft.id != self.list.currentItem().data(IdRole) or not self.is_dirty()
        ):
            self.open_draft(str(self.list.currentItem().data(IdRole)))
        elif not self.list.count():
            self.draft = self.shown = None
            self.stack.setCurrentIndex(0)
        self._update_buttons()

    def _list_text(self, draft: Draft) -> str:
        return "\n".join(
            [
                draft.title,
                tr("{language} · version {version} · {when} · {who}").format(
                    language=language_name(draft.language),
                    version=draft.version,
                    when=local_time(draft.saved_at),
                    who=draft.saved_by,
                ),
            ]
        )

    def draft_ids(self) -> list[str]:
        return [str(self.list.item(i).data(IdRole)) for i in range(self.list.count())]

    def _draft_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if self.is_dirty() and not self._resolve_unsaved():
            self.list.blockSignals(True)
            if previous is not None:
                self.list.setCurrentItem(previous)
            self.list.blockSignals(False)
            return
        self.open_draft(str(current.data(IdRole)))

    def _resolve_unsaved(self) -> bool:
        """Unsaved edits before leaving the draft: save them, drop them, or stay. True to go on."""
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Unsaved changes"), "", QMessageBox.StandardButton.NoButton, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(tr("This draft has changes that are not saved as a version yet."))
        save = box.addButton(tr("Save a version"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(tr("Discard the changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        dialogs.run(box)
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is save:
            return self._save(tr("saved before leaving the draft"))
        return clicked is discard

    # ------------------------------------------------------------------ one draft
    def open_draft(self, draft_id: str, version: int | None = None) -> None:
        if self.drafts is None or not draft_id:
            return
        try:
            latest = self.drafts.get(draft_id)
            shown = latest if version is None or version == latest.version else self.drafts.get(draft_id, version)
        except SaksiError as exc:
            dialogs.warn(self, tr("Drafts"), exc.message)
            return
        self.draft, self.shown = latest, shown
        self._loaded_text = shown.text
        self.editor.blockSignals(True)
        self.editor.setPlainText(shown.text)
        self.editor.blockSignals(False)
        older = shown.version != latest.version
        self.editor.setReadOnly(older)
        self.older_row.setVisible(older)
        self.older_banner.setText(
            tr(
                "Version {version} of {latest}, saved {when} by {who}: read-only. Restore it to continue from it."
            ).format(version=shown.version, latest=latest.version, when=local_time(shown.saved_at), who=shown.saved_by)
        )
        note = "" if native(latest) else NOT_NATIVE.get(latest.language, "")
        self.native_note.setText(note)
        self.native_note.setVisible(bool(note))
        self.export_status.setText("")
        self._fill_versions()
        self.stack.setCurrentIndex(1)
        self.render_preview()
        self._update_status()
        self._update_buttons()

    def _fill_versions(self) -> None:
        self.versions.clear()
        if self.draft is None:
            return
        draft_id = self.draft.id
        for version, at, who, note in vault_ops.now(self.vault, lambda v: Drafts(v).versions(draft_id)):
            item = QTreeWidgetItem([str(version), local_time(at), who])
            item.setData(0, IdRole, version)
            item.setToolTip(0, note)
            item.setToolTip(1, note)
            self.versions.addTopLevelItem(item)
            if self.shown is not None and version == self.shown.version:
                self.versions.setCurrentItem(item)

    def is_dirty(self) -> bool:
        return (
            self.shown is not None and not self.editor.isReadOnly() and self.editor.toPlainText() != self._loaded_text
        )

    def _current_view(self) -> Draft | None:
        """The open draft with the editor's text (saved or not) and the latest confirmations."""
        if self.shown is None or self.draft is None:
            return None
        return replace(self.shown, text=self.editor.toPlainText(), confirmed=self.draft.confirmed)

    def _text_changed(self) -> None:
        self._preview_timer.start()
        self._update_status()

    def _update_status(self) -> None:
        if self.draft is None or self.shown is None:
            return
        latest = self.draft
        text = tr("{title} · {language} · version {version}, saved {when} by {who}").format(
            title=latest.title,
            language=language_name(latest.language),
            version=latest.version,
            when=local_time(latest.saved_at),
            who=latest.saved_by,
        )
        if latest.recipient:
            text += " · " + tr("to {recipient}").format(recipient=latest.recipient)
        if self.is_dirty():
            text += " · " + tr("changes not saved yet")
        self.status.setText(text)
        gaps = drafting.gaps_in(self.editor.toPlainText())
        self.gaps.setText(tr("Missing from the case: {gaps}").format(gaps="; ".join(gaps)) if gaps else "")
        self.gaps.setVisible(bool(gaps))
        self.save_button.setEnabled(self.is_dirty())

    def render_preview(self) -> None:
        """Redraw the preview now (it follows the editor after a short pause)."""
        self._preview_timer.stop()
        view = self._current_view()
        if view is None or self.drafts is None:
            self.preview.clear()
            return
        blocks = drafting.parse(self.drafts.resolved_text(view))
        scroll = self.preview.verticalScrollBar().value()
        self.preview.setHtml(blocks_html(blocks, self.exhibits, tr))
        self.preview.verticalScrollBar().setValue(scroll)
        self.citations.show_ids(self.drafts.unconfirmed(view))

    def _update_buttons(self) -> None:
        older = self.shown is not None and self.draft is not None and self.shown.version != self.draft.version
        item = self.versions.currentItem()
        chosen = int(item.data(0, IdRole)) if item is not None else 0
        self.open_version_button.setEnabled(bool(chosen) and (self.shown is None or chosen != self.shown.version))
        self.restore_button.setEnabled(
            older or (bool(chosen) and self.draft is not None and chosen != self.draft.version)
        )
        self.insert_button.setEnabled(not older and self.shown is not None)
        self.save_button.setEnabled(self.is_dirty())

    # ------------------------------------------------------------------ editing
    def insert_text(self, text: str) -> None:
        if self.editor.isReadOnly():
            return
        self.editor.insertPlainText(text)
        self.editor.setFocus()

    def insert_fact(self) -> None:
        if self.drafts is None:
            return
        facts = vault_ops.case_files(self.vault).load(self.reference)[0].facts
        if not facts:
            dialogs.inform(self, tr("Insert a fact"), tr("This case has no facts yet. Add them in the Facts tab."))
            return
        shown = [f.statement if len(f.statement) <= 110 else f.statement[:107] + "…" for f in facts]
        index = dialogs.choose_item(
            self, tr("Insert a fact"), tr("Which fact? Its statement goes in at the cursor."), shown
        )
        if index is not None:
            self.insert_text(facts[index].statement)

    def insert_exhibit(self) -> None:
        if not self.exhibits:
            dialogs.inform(
                self, tr("Insert an exhibit"), tr("This case has no exhibits yet. Add them in the Evidence tab.")
            )
            return
        shown = [f"{e['label']} · {e['description']}" for e in self.exhibits]
        index = dialogs.choose_item(
            self, tr("Insert an exhibit"), tr("Which exhibit? Its reference and SHA-256 go in at the cursor."), shown
        )
        if index is not None:
            self.insert_text(str(self.exhibits[index]["ref"]))

    def save_version(self) -> None:
        if not self.is_dirty():
            return
        note = ask_text(self, tr("Save version"), tr("A note for this version (optional), e.g. what changed:"))
        if note is not None:
            self._save(note)

    def _save(self, note: str) -> bool:
        if self.drafts is None or self.draft is None:
            return False
        try:
            self.drafts.save(self.draft.id, self.editor.toPlainText(), note)
        except SaksiError as exc:
            dialogs.warn(self, tr("Not saved"), exc.message)
            return False
        draft_id = self.draft.id
        self.open_draft(draft_id)
        self._refresh_list_texts()
        return True

    def _refresh_list_texts(self) -> None:
        if self.drafts is None:
            return
        for index in range(self.list.count()):
            item = self.list.item(index)
            try:
                item.setText(self._list_text(self.drafts.get(str(item.data(IdRole)))))
            except InputRejected:
                continue

    def open_version(self) -> None:
        item = self.versions.currentItem()
        if item is None or self.draft is None:
            return
        if self.is_dirty() and not self._resolve_unsaved():
            return
        self.open_draft(self.draft.id, int(item.data(0, IdRole)))

    def restore_version(self) -> None:
        """Save the text of an older version as the newest version (nothing is overwritten)."""
        if self.drafts is None or self.draft is None:
            return
        item = self.versions.currentItem()
        older = self.shown if self.shown is not None and self.shown.version != self.draft.version else None
        version = older.version if older is not None else (int(item.data(0, IdRole)) if item is not None else 0)
        if not version or version == self.draft.version:
            return
        if self.is_dirty() and not self._resolve_unsaved():
            return
        text = self.drafts.get(self.draft.id, version).text
        try:
            self.drafts.save(self.draft.id, text, tr("restored from version {version}").format(version=version))
        except SaksiError as exc:
            dialogs.warn(self, tr("Not restored"), exc.message)
            return
        self.open_draft(self.draft.id)
        self._refresh_list_texts()

    def flush(self) -> bool:
        """Before the case page closes or the vault locks: keep unsaved edits as a version."""
        if self.drafts is None or not self.is_dirty():
            return True
        return self._save(tr("saved automatically when the case was closed"))

    # ------------------------------------------------------------------ citations
    def confirm_citation(self, citation_id: str) -> None:
        if self.drafts is None or self.draft is None:
            return
        try:
            citation = self.drafts.library.citation(citation_id)
            name = f"{citation.instrument}, {citation.article}"
        except KeyError:
            name = citation_id
        question = tr(
            "Confirm {citation} for this draft?\n\nDo this only after checking it against the official text. The "
            "marker \u201c[unverified - check before filing]\u201d then leaves this draft (not others), and the "
            "confirmation is recorded in the audit log under your name."
        ).format(citation=name)
        if not dialogs.confirm(self, tr("Confirm citation"), question, tr("Confirm for this draft")):
            return
        try:
            self.drafts.confirm(self.draft.id, citation_id)
            self.draft = self.drafts.get(self.draft.id)
        except SaksiError as exc:
            dialogs.warn(self, tr("Not confirmed"), exc.message)
            return
        self.render_preview()

    # ------------------------------------------------------------------ new draft
    def new_draft(self) -> None:
        if self.drafts is None:
            return
        if self.is_dirty() and not self._resolve_unsaved():
            return
        problem = ""
        try:
            templates = drafting.list_templates(user_dir())
        except InputRejected as exc:
            templates, problem = {}, exc.message
        dialog = NewDraftDialog(templates, problem, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        template, language, recipient = dialog.values()
        dialog.deleteLater()
        if not accepted or not template or not language:
            return
        vault, reference = self.vault, self.reference

        def work(_report: jobs.Progress) -> object:
            return Drafts(vault_ops.own(vault)).generate(reference, template, language, recipient)

        vault_ops.write(self, vault, work, self._generated, label=tr("Preparing the draft from the case…"))

    def _generated(self, generated: object) -> None:
        draft = getattr(generated, "draft", None)
        if draft is None:
            return
        self.draft = self.shown = None
        self.refresh(select_id=draft.id)

    # ------------------------------------------------------------------ export
    def export(self, kind: str) -> None:
        if self.drafts is None or self.draft is None:
            return
        if not self.vault.user.may_export:
            dialogs.warn(self, tr("Export"), tr("Your role does not allow exporting drafts. Ask a lawyer or an admin."))
            return
        if self.is_dirty():
            if not dialogs.confirm(
                self,
                tr("Export"),
                tr("The editor has changes that are not saved. The export is made from a saved version."),
                tr("Save a version and export"),
            ):
                return
            if not self._save(tr("saved before export")):
                return
        draft = self.draft
        gaps = drafting.gaps_in(draft.text)
        unconfirmed = self.drafts.unconfirmed(draft)
        if gaps or unconfirmed:
            lines = [tr("This draft is not ready to file yet:")]
            if gaps:
                lines.append(tr("Missing from the case: {gaps}").format(gaps="; ".join(gaps)))
            if unconfirmed:
                lines.append(tr("{count} citation(s) still marked unverified.").format(count=len(unconfirmed)))
            lines.append(tr("You can export it to keep working on it; the markers stay visible in the file."))
            if not dialogs.confirm(self, tr("Export"), "\n\n".join(lines), tr("Export anyway")):
                return
        name, name_filter = FORMATS[kind]
        suggested = str(Path.home() / f"{safe_name(self.reference)}-{draft.template}-v{draft.version}.{kind}")
        path = dialogs.choose_save_file(self, tr("Export {format}").format(format=name), suggested, tr(name_filter))
        if path is None:
            return
        if path.suffix.lower() != f".{kind}":
            path = path.with_name(f"{path.name}.{kind}")
        vault = self.vault

        def work(_report: jobs.Progress) -> Path:
            return Drafts(vault_ops.own(vault)).export(draft, path)

        vault_ops.query(self, vault, work, self._exported, label=tr("Writing the {format}…").format(format=name))

    def _exported(self, path: Path) -> None:
        self.export_status.setText(tr("Exported to {path}. The export is recorded in the audit log.").format(path=path))
