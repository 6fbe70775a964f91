"""Create a vault: where, first admin and passphrase, then the recovery code shown once and checked.

The vault is created when the admin page is committed (Argon2id runs off the GUI thread);
from then on the wizard cannot be cancelled or stepped back past that point, and it
finishes only once the user has retyped a group of the recovery code.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from storage.errors import SaksiError
from storage.vault import SUFFIX, Vault, vault_path
from ui import dialogs, jobs
from ui.busy import BusyLine
from ui.recovery import ConfirmCodePage, RecoveryCodePage, ShowsRecoveryCode, vault_display_name
from ui.widgets import ErrorLabel, PassphrasePair, label

FORBIDDEN_IN_NAME = '/\\:*?"<>|'


def default_folder() -> str:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if Path(documents).is_dir() else str(Path.home())


class LocationPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Where to keep the vault"))
        self.setSubTitle(
            self.tr(
                "The vault is one folder that holds every case, encrypted. It can live on this computer or a USB stick."
            )
        )
        self.folder = QLineEdit(default_folder())
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.clicked.connect(self._choose)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for example: Phnom Penh office"))
        self.result = label(role="muted")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        form = QFormLayout(self)
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Vault name:"), self.name)
        form.addRow("", self.result)
        form.addRow(
            "",
            label(
                self.tr("Choose a name about your office, never about a client: the folder name is not encrypted."),
                "muted",
            ),
        )
        self.folder.textChanged.connect(self._changed)
        self.name.textChanged.connect(self._changed)
        self._changed()

    def target(self) -> Path | None:
        name = self.name.text().strip()
        folder = self.folder.text().strip()
        if not name or not folder or name.startswith(".") or any(c in FORBIDDEN_IN_NAME for c in name):
            return None
        return vault_path(Path(folder) / (name + SUFFIX))

    def problem(self) -> str:
        name, folder = self.name.text().strip(), self.folder.text().strip()
        if not folder or not Path(folder).is_dir():
            return self.tr("Choose a folder that exists.")
        if not name:
            return self.tr("Give the vault a name.")
        target = self.target()
        if target is None:
            return self.tr("A vault name cannot start with a dot or contain any of these: {chars}").format(
                chars=FORBIDDEN_IN_NAME
            )
        if target.exists():
            return self.tr("{path} already exists. Choose another name.").format(path=target)
        return ""

    def isComplete(self) -> bool:
        return not self.problem()

    def _choose(self) -> None:
        chosen = dialogs.choose_folder(self, self.tr("Choose the folder for the vault"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _changed(self) -> None:
        problem = self.problem()
        target = self.target()
        self.result.setText(problem or self.tr("Saksi will create the folder {path}").format(path=target))
        self.completeChanged.emit()


class AdminPage(QWizardPage):
    """The first admin; committing this page creates the vault."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The first admin"))
        self.setSubTitle(
            self.tr("You will manage the users of this vault. Each person gets their own name and passphrase.")
        )
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Create vault"))
        self.user = QLineEdit()
        self.user.setPlaceholderText(self.tr("your name, as the audit log will show it"))
        self.passphrase = PassphrasePair(self.tr("Passphrase:"))
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("Your name:"), self.user)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.passphrase)
        layout.addWidget(
            label(
                self.tr(
                    "Nobody can reset a forgotten passphrase for you except another admin, or the recovery code "
                    "that Saksi shows next."
                ),
                "muted",
            )
        )
        self.busy = BusyLine()
        layout.addWidget(self.busy)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.user.textChanged.connect(self._user_changed)
        self.passphrase.changed.connect(self.completeChanged)

    def _user_changed(self, name: str) -> None:
        self.passphrase.set_context([name.strip()])  # the admin's own name is a weak passphrase
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.user.text().strip()) and self.passphrase.passphrase() is not None

    def validatePage(self) -> bool:
        wizard = self.wizard()
        assert isinstance(wizard, CreateVaultWizard)
        if wizard.vault is not None:
            return True
        wizard.start_create()
        return False  # the job calls next() again once the vault exists


class CreateVaultWizard(ShowsRecoveryCode):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create a vault"))
        self.vault: Vault | None = None
        self._code = ""
        self._path: Path | None = None
        self.location_page = LocationPage()
        self.admin_page = AdminPage()
        self.code_page = RecoveryCodePage(
            self.tr(
                "This is the vault's recovery code. If every passphrase is lost, this code is the only way "
                "back into the vault."
            )
        )
        self.confirm_page = ConfirmCodePage()
        for page in (self.location_page, self.admin_page, self.code_page, self.confirm_page):
            self.addPage(page)
        self.resize(780, 580)

    def vault_name(self) -> str:
        return vault_display_name(self._path) if self._path else ""

    def recovery_code(self) -> str:
        return self._code

    def code_is_live(self) -> bool:
        return self.vault is not None

    def start_create(self) -> None:
        target = self.location_page.target()
        passphrase = self.admin_page.passphrase.passphrase()
        if target is None or passphrase is None:
            return
        user = self.admin_page.user.text().strip()
        self.admin_page.error.clear_error()
        job = jobs.run(
            self,
            lambda _report: Vault.create(target, user, passphrase),
            self._created,
            label=self.tr("Creating the vault…"),
            on_failure=self._failed,
        )
        self.admin_page.busy.follow(job, self.tr("Creating the encrypted vault and its keys…"))

    def _created(self, result: tuple[Vault, str]) -> None:
        self.vault, self._code = result
        self._path = self.vault.path
        self.admin_page.passphrase.clear()
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _failed(self, error: SaksiError) -> None:
        self.admin_page.error.show_error(error.message)

    def take_vault(self) -> Vault | None:
        """Hand the open vault to the caller (once)."""
        vault, self.vault = self.vault, None
        return vault

    def done(self, result: int) -> None:
        super().done(result)
        self._code = ""
