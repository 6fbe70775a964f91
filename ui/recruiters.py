"""The Recruiters area: phone numbers, handles, e-mails, domains and wallets that appear in more than one case
(or all of them), each with the cases and the messages, images and fields that name it. Double-click a
source to open its case or its chat; lawyers and admins can export the chosen ones for a report.

Admins and lawyers see every case; a paralegal sees only identifiers and links from the cases they are the
lawyer or paralegal of (app/cases/access.py). The index is read on a worker thread; the first time after an upgrade it
is built over every case and exhibit, with progress.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from app.cases import vocab
from app.evidence.identifiers_index import ensure_indexed, export_csv, listing
from storage.identifiers import Identifier
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
from ui.cases import text
from ui.cases.tables import Table
from ui.widgets import label


class RecruitersArea(QWidget):
    open_case_requested = Signal(str)
    open_exhibit_requested = Signal(str, str, int)  # case reference, exhibit label, message number (0: none)

    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.found: list[Identifier] = []
        self.show_all = QCheckBox(self.tr("Show identifiers found in one case too"))
        self.show_all.toggled.connect(lambda _on: self.refresh())
        # cases and exhibits carry the identifiers: read again after they changed (once loaded; showing loads)
        vault_ops.refresh_on(self, vault, vault_ops.CASES | vault_ops.EVIDENCE, self._refresh_if_loaded)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Find a number, handle, e-mail, site or wallet…"))
        self.filter.textChanged.connect(lambda _text: self._fill())
        self.table = Table(
            [self.tr("Kind"), self.tr("As written"), self.tr("One spelling"), self.tr("Cases"), self.tr("In cases")],
            stretch=4,
            fit=False,
        )
        self.table.itemSelectionChanged.connect(self._show_sources)
        self.sources = Table([self.tr("Case"), self.tr("Where"), self.tr("Spelling")], stretch=1, fit=False)
        self.sources.activated.connect(self._open_source)
        self.summary = label(role="subheading")
        self.export_button = QPushButton(self.tr("Export the chosen for a report…"))
        self.export_button.setVisible(vault.user.may_export)
        self.export_button.clicked.connect(self.export)
        top = QHBoxLayout()
        top.addWidget(label(self.tr("Recruiters and identifiers"), "heading", wrap=False))
        top.addStretch(1)
        top.addWidget(self.show_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(
            label(
                self.tr(
                    "Found in chats, text read from images and case records, in any spelling (the case's country is used for numbers written without a country code). Double-click a source to open it."
                ),
                "muted",
            )
        )
        layout.addWidget(self.filter)
        layout.addWidget(self.table, 3)
        layout.addWidget(label(self.tr("Where it appears"), "subheading"))
        layout.addWidget(self.sources, 2)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        self.loaded = False

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        if not self.loaded:
            self.refresh()

    def refresh(self) -> None:
        vault, shared = self.vault, not self.show_all.isChecked()

        def work(report: jobs.Progress) -> list[Identifier]:
            own = vault_ops.own(vault)
            try:
                ensure_indexed(own, report)
                return listing(own, shared=shared)
            finally:
                own.close()

        # A write (it may index what is new), but of nothing the views show besides this list: no Changes.
        vault_ops.write(
            self, vault, work, self._loaded, label=self.tr("Reading identifiers…"), changes=vault_ops.NOTHING
        )

    def _refresh_if_loaded(self) -> None:
        if self.loaded:
            self.refresh()

    def _loaded(self, found: list[Identifier]) -> None:
        self.loaded = True
        self.found = found
        self._fill()

    def _visible(self) -> list[Identifier]:
        needle = self.filter.text().strip().casefold()
        return [i for i in self.found if not needle or needle in f"{i.normalised} {' '.join(i.spellings)}".casefold()]

    def _fill(self) -> None:
        shown = self._visible()
        rows = [
            [text.term(vocab.IDENTIFIER_KINDS, i.kind), i.value, i.normalised, str(len(i.cases)), ", ".join(i.cases)]
            for i in shown
        ]
        self.table.set_rows(rows, [i.normalised for i in shown])
        shared = sum(1 for i in self.found if len(i.cases) > 1)
        self.summary.setText(
            self.tr("{shared} identifiers appear in more than one case.").format(shared=shared)
            if shared
            else self.tr("No identifier appears in more than one case yet.")
        )
        self._show_sources()

    def current(self) -> Identifier | None:
        key = self.table.selected_key()
        return next((i for i in self.found if i.normalised == key), None)

    def _show_sources(self) -> None:
        chosen = self.current()
        self.export_button.setEnabled(chosen is not None)
        if chosen is None:
            self.sources.set_rows([])
            return
        rows = []
        for source in chosen.sources:
            if source.exhibit:
                where = source.exhibit + (
                    self.tr(", message #{seq}").format(seq=source.message) if source.message is not None else ""
                )
            else:
                where = self.tr("case record: {field}").format(field=self._field_name(source.field))
            rows.append([source.case, where, source.value])
        self.sources.set_rows(rows, [str(n) for n in range(len(rows))])

    def _field_name(self, path: str) -> str:
        """The part of the case record, in words (app/evidence/identifiers.py from_case names them by path)."""
        if path.startswith("people/"):
            return self.tr("person {name}").format(name=path.removeprefix("people/"))
        names = {
            "client/contacts": self.tr("the client's contacts"),
            "facts": self.tr("facts"),
            "recruitment/job_description": self.tr("the job offered"),
        }
        return names.get(path, path)

    def _open_source(self) -> None:
        chosen, key = self.current(), self.sources.selected_key()
        if chosen is None or key is None:
            return
        source = chosen.sources[int(key)]
        if source.exhibit:
            self.open_exhibit_requested.emit(source.case, source.exhibit, source.message or 0)
        else:
            self.open_case_requested.emit(source.case)

    def export(self) -> None:
        chosen = self.current()
        if chosen is None:
            return
        target = dialogs.choose_save_file(self, self.tr("Export identifiers"), "identifiers.csv", "CSV (*.csv)")
        if target is None:
            return
        vault = self.vault

        def work(_report: jobs.Progress) -> Path:
            own = vault_ops.own(vault)
            try:
                export_csv(own, [chosen], target)
            finally:
                own.close()
            return target

        def done(path: Path) -> None:
            dialogs.inform(
                self,
                self.tr("Identifiers exported"),
                self.tr(
                    "{path}\n\nThe export was recorded in the audit log. The file is not encrypted: keep it safe."
                ).format(path=path),
            )

        vault_ops.query(self, vault, work, done, label=self.tr("Exporting…"))
