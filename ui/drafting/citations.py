"""The draft's unconfirmed citations: text, source, status; a lawyer confirms each one for this draft
after checking the official text (recorded in the audit log) and its marker leaves the draft."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.analysis.marks import citation_line, marked_html, status_name
from ui.drafting.new_draft import tr
from ui.widgets import label

IdRole = Qt.ItemDataRole.UserRole


class CitationsPanel(QWidget):
    confirm_requested = Signal(str)  # citation id

    def __init__(self, library: Any, may_confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.may_confirm = may_confirm
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.detail = QTextBrowser()  # HTML built only from escaped text
        self.detail.setOpenLinks(False)
        self.detail.setFrameShape(QFrame.Shape.NoFrame)
        self.detail.viewport().setAutoFillBackground(False)
        self.confirm_button = QPushButton(
            tr("Confirm for this draft…") if may_confirm else tr("Confirm for this draft (lawyers only)")
        )
        self.confirm_button.setEnabled(False)
        self.explain = label(
            tr(
                "Confirm a citation only after checking it against the official text. The confirmation applies "
                "to this draft only and is recorded in the audit log under your name."
            )
            if may_confirm
            else tr("Only a lawyer or an admin can confirm a citation for filing. Ask them to check these."),
            "muted",
        )
        self.heading = label(tr("Citations still to check"), "subheading")
        self.empty = label(tr("Every citation in this draft is verified or confirmed for it."), "muted")
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.confirm_button.clicked.connect(self._confirm)
        right = QVBoxLayout()
        right.addWidget(self.detail, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        body = QHBoxLayout()
        body.addWidget(self.list, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.explain)
        layout.addWidget(self.empty)
        layout.addLayout(body, 1)

    def show_ids(self, ids: list[str]) -> None:
        current = self.current_id()
        self.list.clear()
        for citation_id in ids:
            citation = self._citation(citation_id)
            text = citation_line(citation) if citation is not None else f"{citation_id} - {tr('unknown citation')}"
            item = QListWidgetItem(text)
            item.setData(IdRole, citation_id)
            self.list.addItem(item)
            if citation_id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.empty.setVisible(not ids)
        self.list.setVisible(bool(ids))
        self.detail.setVisible(bool(ids))
        self.confirm_button.setVisible(bool(ids))
        self.heading.setText(
            tr("Citations still to check ({count})").format(count=len(ids)) if ids else tr("Citations")
        )
        self._show_current()

    def ids(self) -> list[str]:
        return [str(self.list.item(i).data(IdRole)) for i in range(self.list.count())]

    def current_id(self) -> str:
        item = self.list.currentItem()
        return str(item.data(IdRole)) if item is not None else ""

    def select(self, citation_id: str) -> None:
        for index in range(self.list.count()):
            if self.list.item(index).data(IdRole) == citation_id:
                self.list.setCurrentRow(index)

    def _citation(self, citation_id: str) -> Any:
        try:
            return self.library.citation(citation_id)
        except KeyError:
            return None

    def _show_current(self) -> None:
        citation_id = self.current_id()
        citation = self._citation(citation_id) if citation_id else None
        self.confirm_button.setEnabled(bool(citation_id) and self.may_confirm)
        if citation is None:
            self.detail.setHtml(
                marked_html(tr("Unknown citation: it is not in the legal library.")) if citation_id else ""
            )
            return
        text = citation.text
        if citation.placeholder:
            text = tr("Not known yet; fill it in and verify it before filing: {what}").format(what=citation.text)
        lines = [
            f"<b>{marked_html(citation.instrument)}, {marked_html(citation.article)}</b>",
            marked_html(text),
            marked_html(tr("Source: {source}").format(source=citation.source)),
            marked_html(tr("Status: {status}").format(status=status_name(citation.status))),
        ]
        if citation.note:
            lines.append(marked_html(citation.note))
        self.detail.setHtml("<br>".join(lines))

    def _confirm(self) -> None:
        citation_id = self.current_id()
        if citation_id and self.may_confirm:
            self.confirm_requested.emit(citation_id)
