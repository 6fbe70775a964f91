"""Export a court bundle: exhibits named by number, SHA256SUMS, hash manifest, custody chain and index.

Protective by default: an exhibit with a redacted copy goes out as that copy. Adding the
unredacted originals is a choice of its own, warned about by name (identity documents,
photos with a GPS position) and confirmed before anything is written (app.evidence.bundle).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.common.display import marked
from app.evidence.bundle import BundleResult, Exposure, export_bundle, preview
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, jobs, vault_ops
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
        self.only_selected.toggled.connect(self._update)
        self.protective = QRadioButton(self.tr("Redacted copies where they exist, originals elsewhere (recommended)"))
        self.with_originals = QRadioButton(self.tr("Also the unredacted originals of redacted exhibits"))
        self.redacted_only = QRadioButton(self.tr("Redacted copies only (originals without a copy are left out)"))
        self.protective.setChecked(True)
        which = QButtonGroup(self)
        for button in (self.protective, self.with_originals, self.redacted_only):
            which.addButton(button)
            button.toggled.connect(self._update)
        self.warning = ErrorLabel()  # names the unredacted originals before they are chosen
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
        form.addRow(self.tr("Files:"), self.protective)
        form.addRow("", self.with_originals)
        form.addRow("", self.redacted_only)
        form.addRow("", self.warning)
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
                    "The bundle is written outside the encrypted vault: exhibits named by number, SHA256SUMS, a "
                    "SHA-256 manifest, the custody chain and an index for filing, so the recipient can check it "
                    "alone. The export is recorded in the audit log before anything is written."
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
        exposed = self.exposed() if self.with_originals.isChecked() else []
        if exposed:
            self.warning.show_error(self._warning_text(exposed))
        else:
            self.warning.clear_error()

    def _selection(self) -> list[str] | None:
        return self.selected if self.only_selected.isChecked() else None

    def exposed(self) -> list[Exposure]:
        """The originals that would go out next to their redacted copy."""
        try:
            chosen = self._selection()
            return vault_ops.now(self.vault, lambda v: preview(v, self.reference, chosen, originals=True)).exposed
        except SaksiError:
            return []

    def _warning_text(self, exposed: list[Exposure]) -> str:
        return self.tr("These unredacted originals would go out next to their redacted copy: {names}.").format(
            names="; ".join(self._described(e) for e in exposed)
        )

    def _described(self, exposure: Exposure) -> str:
        words = {
            "looks like an identity document": self.tr("looks like an identity document"),
            "photo with a GPS position": self.tr("photo with a GPS position"),
            "unredacted original of a redacted exhibit": self.tr("unredacted original of a redacted exhibit"),
        }
        return f"{exposure.label} ({', '.join(words.get(r, r) for r in exposure.reasons)})"

    def export(self) -> None:
        if not self.vault.user.may_export:
            self.error.show_error(self.tr("Your role does not allow exporting evidence. Ask a lawyer or an admin."))
            return
        vault, reference = self.vault, self.reference
        folder = Path(self.destination.text().strip()).expanduser()
        selection = self._selection()
        redacted, originals, as_zip = (
            self.redacted_only.isChecked(),
            self.with_originals.isChecked(),
            self.as_zip.isChecked(),
        )
        exposed = self.exposed() if originals else []
        if exposed and not dialogs.confirm(
            self,
            self.tr("Include unredacted originals?"),
            self._warning_text(exposed) + "\n\n" + self.tr("Whoever receives the bundle will see what was redacted."),
            self.tr("Include the originals"),
        ):
            return
        self.error.clear_error()

        def work(report: jobs.Progress) -> BundleResult:
            with thread_locker(vault) as locker:
                return export_bundle(
                    locker,
                    reference,
                    folder,
                    selection=selection,
                    originals=originals,
                    redacted_only=redacted,
                    as_zip=as_zip,
                    progress=report,
                )

        vault_ops.write(
            self, vault, work, self._exported, label=self.tr("Writing the bundle…"), on_failure=self._failed
        )

    def _exported(self, result: BundleResult) -> None:
        self.result_ = result
        lines = [
            self.tr("Saved: {path}").format(path=marked(str(result.path))),
            self.tr("Exhibits: {labels}").format(labels=", ".join(result.exhibits)),
        ]
        if result.replaced:
            lines.append(
                self.tr("Sent as their redacted copy (the originals stay in the vault): {labels}").format(
                    labels=", ".join(result.replaced)
                )
            )
        if result.exposed:
            lines.append(
                self.tr("Unredacted originals included, as chosen: {names}").format(
                    names="; ".join(self._described(e) for e in result.exposed)
                )
            )
        if result.metadata:
            lines.append(
                self.tr(
                    "Sent as the original because no redacted copy exists, although the photo records a GPS "
                    "position: {labels}. A redacted copy carries no location."
                ).format(labels=", ".join(result.metadata))
            )
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
