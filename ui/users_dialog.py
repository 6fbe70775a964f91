"""Users of the vault (admins only): add with a role and a temporary passphrase, reset a passphrase,
change a role, remove. Refusals (the last admin, removing yourself) come from storage as messages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from storage.errors import SaksiError
from storage.meta import ROLES
from storage.vault import User, Vault
from ui import dialogs, jobs, vault_ops
from ui.widgets import ErrorLabel, PassphrasePair, label, role_name

KEY_CHANGES = vault_ops.USERS | vault_ops.Changes(keys=True)  # a role or a user's key slots


class UserFormDialog(QDialog):
    """Add a user (name, role, temporary passphrase) or, with ``existing``, reset their passphrase."""

    def __init__(self, vault: Vault, existing: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.existing = vault, existing
        self.setWindowTitle(self.tr("Add a user") if existing is None else self.tr("Reset passphrase"))
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_name(role), role)
        self.role.setCurrentIndex(ROLES.index("paralegal"))
        self.passphrase = PassphrasePair(self.tr("Temporary passphrase:"))
        self.error = ErrorLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        action = self.tr("Add user") if existing is None else self.tr("Reset passphrase")
        self.ok_button = self.buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if existing is None:
            form = QFormLayout()
            form.addRow(self.tr("Name:"), self.name)
            form.addRow(self.tr("Role:"), self.role)
            layout.addLayout(form)
        else:
            layout.addWidget(label(self.tr("Set a temporary passphrase for {user}.").format(user=existing)))
        layout.addWidget(self.passphrase)
        layout.addWidget(
            label(
                self.tr(
                    "Give the temporary passphrase to the person in person, not by message. "
                    "Saksi asks them to choose their own when they next unlock."
                ),
                "muted",
            )
        )
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._update)
        self.passphrase.changed.connect(self._update)
        self._update()

    def _update(self) -> None:
        named = self.existing is not None or bool(self.name.text().strip())
        self.ok_button.setEnabled(named and self.passphrase.passphrase() is not None)

    def submit(self) -> None:
        passphrase = self.passphrase.passphrase()
        if passphrase is None:
            return
        vault, existing = self.vault, self.existing
        name, role = self.name.text().strip(), str(self.role.currentData())

        def work(_report: jobs.Progress) -> None:
            with vault_ops.own(vault) as mine:  # its own connection, not the GUI thread's
                if existing is not None:
                    mine.reset_passphrase(existing, passphrase)
                    return
                # Temporary: the new user chooses their own at first unlock, so the admin does not keep knowing it.
                mine.add_user(name, role, passphrase, must_change=True)

        self.error.clear_error()
        label_text = self.tr("Adding the user…") if existing is None else self.tr("Resetting the passphrase…")
        vault_ops.write(self, vault, work, lambda _none: self.accept(), label=label_text, on_failure=self._failed)

    def _failed(self, error: SaksiError) -> None:
        self.error.show_error(error.message)

    def done(self, result: int) -> None:
        self.passphrase.clear()
        super().done(result)


class UsersDialog(QDialog):
    def __init__(self, vault: Vault, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.setWindowTitle(self.tr("Users"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Added"), self.tr("Passphrase")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.reset_button = QPushButton(self.tr("Reset passphrase…"))
        self.role_button = QPushButton(self.tr("Change role…"))
        self.remove_button = QPushButton(self.tr("Remove user…"))
        self.add_button.clicked.connect(self.add_user)
        self.reset_button.clicked.connect(self.reset_passphrase)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_user)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        side = QVBoxLayout()
        for button in (self.add_button, self.reset_button, self.role_button, self.remove_button):
            side.addWidget(button)
        side.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.table, 1)
        row.addLayout(side)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                self.tr(
                    "Roles record who may do what; they are not separate locks. Every user can read the whole "
                    "vault. After removing someone who may have kept a copy of the key, rotate the data key."
                ),
                "muted",
            )
        )
        layout.addLayout(row)
        layout.addWidget(close)
        self.resize(720, 420)
        self.refresh()

    def refresh(self) -> None:
        users = vault_ops.now(self.vault, Vault.users)
        self.table.setRowCount(len(users))
        for index, user in enumerate(users):
            self._fill_row(index, user)
        self._update_buttons()

    def _fill_row(self, row: int, user: User) -> None:
        if not user.has_slot:
            state = self.tr("none set (admin must reset)")
        elif user.must_change:
            state = self.tr("temporary")
        else:
            state = self.tr("set")
        values = [user.name, role_name(user.role), user.created_at[:10], state]
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setData(Qt.ItemDataRole.UserRole, user.name)
            self.table.setItem(row, column, item)

    def selected_user(self) -> str | None:
        items = self.table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def select_user(self, name: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.selected_user() is not None
        for button in (self.reset_button, self.role_button, self.remove_button):
            button.setEnabled(chosen)

    def add_user(self) -> None:
        self._run_form(UserFormDialog(self.vault, None, self))

    def reset_passphrase(self) -> None:
        name = self.selected_user()
        if name is not None:
            self._run_form(UserFormDialog(self.vault, name, self))

    def _run_form(self, form: UserFormDialog) -> None:
        accepted = dialogs.run(form) == QDialog.DialogCode.Accepted
        name = form.name.text().strip() or form.existing
        form.deleteLater()
        if accepted and self.vault.is_open:
            self.refresh()
            if name:
                self.select_user(name)

    def change_role(self) -> None:
        name = self.selected_user()
        if name is None:
            return
        current = next((u.role for u in vault_ops.now(self.vault, Vault.users) if u.name == name), ROLES[-1])
        index = dialogs.choose_item(
            self,
            self.tr("Change role"),
            self.tr("New role for {user}:").format(user=name),
            [role_name(r) for r in ROLES],
            ROLES.index(current),
        )
        if index is None or ROLES[index] == current or not self.vault.is_open:
            return
        role = ROLES[index]
        self._apply(lambda mine: mine.set_role(name, role), name, self.tr("Changing the role…"))

    def remove_user(self) -> None:
        name = self.selected_user()
        if name is None:
            return
        text = self.tr(
            "Remove {user} from this vault? Their passphrase stops working and this device forgets them. "
            "What they recorded stays, with their name in the audit log."
        ).format(user=name)
        if not dialogs.confirm(self, self.tr("Remove user"), text, self.tr("Remove user")) or not self.vault.is_open:
            return
        self._apply(lambda mine: mine.remove_user(name), None, self.tr("Removing the user…"))

    def _apply(self, change: Callable[[Vault], None], select: str | None, label_text: str) -> None:
        """A change of users and key slots, as a write of the runner (the key file it wrote comes back into the
        GUI's vault); the buttons wait meanwhile, refusals are shown as they come."""
        vault = self.vault

        def work(_report: jobs.Progress) -> None:
            change(vault_ops.own(vault))

        def done(_none: None = None) -> None:
            self._set_busy(False)
            if self.vault.is_open:
                vault_ops.now(self.vault, Vault.refresh_user)  # the change ran on another connection (own role)
                self.refresh()
                if select:
                    self.select_user(select)

        def failed(exc: SaksiError) -> None:
            dialogs.warn(self, self.windowTitle(), exc.message)
            done()

        self._set_busy(True)
        vault_ops.write(self, vault, work, done, label=label_text, changes=KEY_CHANGES, on_failure=failed)

    def _set_busy(self, busy: bool) -> None:
        self.table.setEnabled(not busy)
        for button in (self.add_button, self.reset_button, self.role_button, self.remove_button):
            button.setEnabled(not busy)
        if not busy:
            self._update_buttons()
