"""Export a court bundle: exhibits named by number, hash manifest, custody log and index, in a folder or a zip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.bundle import BundleResult, export_bundle
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, jobs
from ui.evidence.common import thread_locker
from ui.widgets import ErrorLabel, label


class BundleDialog(QDialog):
    """Offered only to roles that may export; every exported exhibit gets a custody entry."""

    def __init__(
        self, vault: Vault, reference: str, selected: list[str] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.selected = list(selected or [])
        self.result_: BundleResult | None = None
        self.setWindowTitle(self.tr("Export a court bundle"))
        self.everything = QRadioButton(self.tr("All exhibits of {reference}").format(reference=reference))
        shown = ", ".join(self.selected[:8]) + ("…" if len(self.selected) > 8 else "")
        self.only_selected = QRadioButton(self.tr("Selected exhibits ({labels})").format(labels=shown or "—"))
        self.only_selected.setEnabled(bool(self.selected))
        (self.only_selected if self.selected else self.everything).setChecked(True)
        scope = QButtonGroup(self)
        scope.addButton(self.everything)
        scope.addButton(self.only_selected)
        self.redacted_only = QCheckBox(self.tr("Redacted copies only (originals without a copy are left out)"))
        self.as_folder = QRadioButton(self.tr("A folder"))
        self.as_zip = QRadioButton(self.tr("One zip file"))
        self.as_zip.setChecked(True)
        form_group = QButtonGroup(self)
        form_group.addButton(self.as_folder)
        form_group.addButton(self.as_zip)
        self.destination = QLineEdit()
        self.destination.setPlaceholderText(self.tr("The folder to write the bundle into"))
        self.destination.textChanged.connect(self._update)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_destination)
        where = QHBoxLayout()
        where.addWidget(self.destination, 1)
        where.addWidget(browse)
        kind = QHBoxLayout()
        kind.addWidget(self.as_zip)
        kind.addWidget(self.as_folder)
        kind.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Exhibits:"), self.everything)
        form.addRow("", self.only_selected)
        form.addRow("", self.redacted_only)
        form.addRow(self.tr("Write as:"), kind)
        form.addRow(self.tr("Into:"), where)
        self.error = ErrorLabel()
        self.outcome = label()
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.outcome.hide()
        self.export_button = QPushButton(self.tr("Export bundle"))
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "The bundle is written outside the encrypted vault: exhibits named by number, a SHA-256 manifest, "
                    "the custody log and an index for filing. Each exported exhibit is recorded in its chain of custody."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.outcome)
        layout.addLayout(buttons)
        self.setMinimumWidth(600)
        self._update()

    def choose_destination(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Where to write the bundle"), self.destination.text())
        if folder is not None:
            self.destination.setText(str(folder))

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.destination.text().strip()))

    def export(self) -> None:
        if not self.vault.user.may_export:
            self.error.show_error(self.tr("Your role does not allow exporting evidence. Ask a lawyer or an admin."))
            return
        vault, reference = self.vault, self.reference
        folder = Path(self.destination.text().strip()).expanduser()
        selection = self.selected if self.only_selected.isChecked() else None
        redacted, as_zip = self.redacted_only.isChecked(), self.as_zip.isChecked()
        self.error.clear_error()

        def work(report: jobs.Progress) -> BundleResult:
            with thread_locker(vault) as locker:
                return export_bundle(
                    locker,
                    reference,
                    folder,
                    selection=selection,
                    redacted_only=redacted,
                    as_zip=as_zip,
                    progress=report,
                )

        jobs.run(self, work, self._exported, label=self.tr("Writing the bundle…"), on_failure=self._failed)

    def _exported(self, result: BundleResult) -> None:
        self.result_ = result
        lines = [
            self.tr("Saved: {path}").format(path=result.path),
            self.tr("Exhibits: {labels}").format(labels=", ".join(result.exhibits)),
        ]
        if result.skipped:
            lines.append(
                self.tr("Left out, because they have no redacted copy: {labels}").format(
                    labels=", ".join(result.skipped)
                )
            )
        self.outcome.setText("\n".join(lines))
        self.outcome.show()
        self.export_button.setEnabled(False)
        self.close_button.setText(self.tr("Done"))

    def _failed(self, error: SaksiError) -> None:
        self.error.show_error(error.message)
