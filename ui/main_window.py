"""The one main window. Its central stack shows the welcome page, the unlock page, or the
workspace of the unlocked vault.

Lock (Ctrl+L, the toolbar, or auto-lock after idle): ``about_to_lock`` lets pages save, open
dialogs close, the workspace is destroyed, ``vault_ops.close()`` forgets the key, and the unlock
page for the same vault asks for the passphrase again. A lock requested while a job runs
waits for it: the job may be using the vault. The window title never carries case data.

A new interface language (welcome page or Settings) applies at once: Saksi sets its texts when
it builds a widget, so the window saves what is typed and builds its menus and pages again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QToolBar, QWidget

from app.common import licences
from app.common.settings import ALL as ALL_SETTINGS
from app.common.settings import Settings, effective_auto_lock
from storage.errors import SaksiError
from storage.meta import app_version
from storage.vault import Vault, inspect
from ui import dialogs, help, i18n, jobs, vault_ops, wheel
from ui.account_dialogs import ChangePassphraseDialog
from ui.create_wizard import CreateVaultWizard
from ui.idle import IdleTimer
from ui.integrity import BackgroundCheck
from ui.recovery import vault_display_name
from ui.unlock import UnlockPage
from ui.welcome import WelcomePage
from ui.widgets import role_name
from ui.workspace import Workspace


class MainWindow(QMainWindow):
    about_to_lock = Signal()  # connect here to save work before the vault closes
    locked = Signal()
    session_started = Signal()

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        app = QCoreApplication.instance()
        if app is not None:
            wheel.install(app)  # also when the window is made without run_gui (tests, screenshots)
        self.settings = settings or Settings.load()
        self.vault: Vault | None = None
        self.workspace: Workspace | None = None
        self._lock_pending = False
        self._resume: tuple[Path, str, str] | None = None
        self.setWindowTitle(self.tr("Saksi"))
        self.setMinimumSize(900, 600)
        self.resize(1200, 760)
        self.stack = QStackedWidget()
        self.welcome = WelcomePage(self.settings.language)
        self.unlock_page = UnlockPage()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.unlock_page)
        self.setCentralWidget(self.stack)
        self.idle = IdleTimer(self)
        self.checker = BackgroundCheck(self)
        self.checker.finished.connect(self._checked)
        self._make_actions()
        self._connect()
        self._connect_pages()
        self.show_welcome()

    def _make_actions(self) -> None:
        self.lock_action = QAction(self.tr("Lock now"), self)
        self.lock_action.setShortcut(QKeySequence(self.tr("Ctrl+L")))
        self.lock_action.setToolTip(self.tr("Lock the vault now (Ctrl+L)"))
        self.lock_action.triggered.connect(self.lock)
        self.close_vault_action = QAction(self.tr("Close vault"), self)
        self.close_vault_action.triggered.connect(self.close_vault)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.about_action = QAction(self.tr("About Saksi"), self)
        self.about_action.triggered.connect(self.show_about)
        self.guide_action = QAction(self.tr("User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))  # F1
        self.guide_action.triggered.connect(self.show_guide)
        self.guide_pdf_action = QAction(self.tr("Save the guide as PDF…"), self)
        self.guide_pdf_action.triggered.connect(self.save_guide_pdf)
        vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        vault_menu.addAction(self.lock_action)
        vault_menu.addAction(self.close_vault_action)
        vault_menu.addSeparator()
        vault_menu.addAction(self.quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.guide_pdf_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)
        self.toolbar = QToolBar(self.tr("Vault"))
        self.toolbar.setObjectName("vault_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(self.toolbar)

    def _connect(self) -> None:
        self.idle.timed_out.connect(self.lock)
        jobs.tracker().all_done.connect(self._run_pending_lock)

    def _connect_pages(self) -> None:
        self.welcome.create_requested.connect(self.create_vault)
        self.welcome.open_requested.connect(self.open_vault)
        self.welcome.language_chosen.connect(self.change_language)
        self.unlock_page.unlocked.connect(self._unlocked)
        self.unlock_page.back_requested.connect(self.show_welcome)

    # ---- screens
    def _set_session_actions(self, active: bool) -> None:
        self.lock_action.setEnabled(active)
        self.close_vault_action.setEnabled(active)
        self.toolbar.setVisible(active)

    def show_welcome(self) -> None:
        self.welcome.refresh(self.settings)
        self.stack.setCurrentWidget(self.welcome)
        self._set_session_actions(False)
        self.statusBar().clearMessage()

    def open_vault(self, path: Path) -> bool:
        """Show the unlock page for the vault at ``path``; False (with a message) if it cannot be read."""
        try:
            info = inspect(path)
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Open a vault"), exc.message)
            return False
        self.unlock_page.set_vault(info)
        self.stack.setCurrentWidget(self.unlock_page)
        self._set_session_actions(False)
        self.statusBar().clearMessage()
        self.unlock_page.focus_passphrase()
        return True

    def create_vault(self) -> None:
        wizard = CreateVaultWizard(self)
        dialogs.run(wizard)
        vault = wizard.take_vault()  # once created, the vault is open whatever the wizard's result
        wizard.deleteLater()
        if vault is not None:
            self._start_session(vault)

    # ---- session
    def _unlocked(self, vault: Vault, note: str) -> None:
        if vault.user.must_change and not self._force_passphrase_change(vault):
            vault_ops.close(vault)
            self.open_vault(vault.path)
            return
        self._start_session(vault)
        if note:
            dialogs.warn(self, self.tr("Remember on this device"), note)

    def _force_passphrase_change(self, vault: Vault) -> bool:
        dialog = ChangePassphraseDialog(vault, forced=True, parent=self)
        changed = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return changed

    def _start_session(self, vault: Vault) -> None:
        self.vault = vault
        vault_ops.runner(vault).lost.connect(self._vault_lost)
        self.settings.remember_vault(vault.path)
        with contextlib.suppress(SaksiError):  # the recent list is a convenience; the vault is open anyway
            self.settings.save()
        try:
            self._make_workspace(vault)
            self._notify_deadlines(vault)
        except SaksiError as exc:  # e.g. a damaged page the workspace reads: the plain message, not a crash
            self._abandon_session(exc)
            return
        self._return_to(vault.path)
        self.idle.start(
            effective_auto_lock(self.settings.auto_lock_minutes, vault_ops.now(vault, Vault.auto_lock_limit))
        )
        self.session_started.emit()
        self.checker.start(vault)  # only when the unlock probe had no time to read every page

    def _vault_lost(self, message: str) -> None:
        """The runner could not open the vault again after a key rotation: it is closed; lock the window."""
        dialogs.warn(self, self.tr("Saksi"), message)
        self.lock()

    def _abandon_session(self, error: SaksiError) -> None:
        """The workspace could not be built: close the vault, back to its unlock page, and say why."""
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        vault, self.vault = self.vault, None
        if vault is not None:
            vault_ops.close(vault)
            self.open_vault(vault.path)
        dialogs.warn(self, self.tr("Open a vault"), error.message)

    def _checked(self, vault: Vault, problems: list[str]) -> None:
        """The background full check's verdict, on the GUI thread: damage makes the session read-only."""
        if vault is not self.vault or not vault.is_open:
            return  # locked meanwhile: the marker it left makes the next unlock read-only
        vault_ops.now(vault, lambda v: v.apply_check(problems), vault_ops.Changes(integrity=True))
        if self.workspace is not None:
            self.workspace.show_integrity()

    def _make_workspace(self, vault: Vault) -> None:
        self.workspace = Workspace(vault, self.settings)
        self.workspace.settings_page.auto_lock_changed.connect(self.idle.start)
        self.workspace.settings_page.language_chosen.connect(self.change_language)
        self.stack.addWidget(self.workspace)
        self.stack.setCurrentWidget(self.workspace)
        self._set_session_actions(True)
        self.statusBar().showMessage(
            self.tr("{vault} · signed in as {user} ({role})").format(
                vault=vault_display_name(vault.path), user=vault.user.name, role=role_name(vault.user.role)
            )
        )

    def _where(self) -> tuple[Path, str, str] | None:
        """The vault, area and open case on screen (a reference only: no case content outlives the lock)."""
        if self.workspace is None or self.vault is None:
            return None
        page = self.workspace.cases_area.case_page
        reference = page.reference if page is not None else ""
        return self.vault.path, self.workspace.current_area(), reference

    def _return_to(self, path: Path) -> None:
        resume, self._resume = self._resume, None
        if resume is None or self.workspace is None or resume[0] != path:
            return
        _path, area, reference = resume
        if reference and area == "cases":
            with contextlib.suppress(SaksiError):  # deleted meanwhile, or no longer this user's to see
                self.workspace.open_case(reference)
        self.workspace.show_area(area)

    def tell_settings_reset(self, names: list[str]) -> None:
        """At start: say which saved settings could not be used and are back at their defaults (never a crash,
        never only a line in the log)."""
        notice = settings_reset_notice(names)
        if notice:
            self.statusBar().showMessage(notice)

    def _notify_deadlines(self, vault: Vault) -> None:
        """On unlock, say what is due in the next 7 days (in the status bar: never a modal in the way)."""
        from ui.cases.deadlines import upcoming_notice

        notice = upcoming_notice(vault)
        if notice:
            self.statusBar().showMessage(notice)
            if self.workspace is not None:
                self.workspace.cases_area.show_notice(notice)

    def is_unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_open

    def lock(self) -> None:
        """Close the vault and ask for the passphrase again (the same vault); unlocking returns to the same place."""
        self._resume = self._where()
        path = self._end_session()
        if path is not None:
            self.open_vault(path)
            self.locked.emit()

    def close_vault(self) -> None:
        if self._end_session() is not None:
            self.show_welcome()
            self.locked.emit()

    def _end_session(self) -> Path | None:
        if self.vault is None:
            return None
        if jobs.busy():  # a job may be using the vault: lock as soon as it is done
            self._lock_pending = True
            vault_ops.cancel(self.vault)  # drop what has not started; imports and the check stop early
            return None
        if self.workspace is not None and self.vault.is_open:  # (closed: the runner lost it after a rotation)
            self.workspace.flush()  # save the interview and notes while the key is still there
        self.about_to_lock.emit()
        dialogs.close_all()
        self.idle.stop()
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self.workspace = None
        vault, self.vault = self.vault, None
        vault_ops.close(vault)
        self.statusBar().clearMessage()
        return vault.path

    def _run_pending_lock(self) -> None:
        if self._lock_pending:
            self._lock_pending = False
            self.lock()

    # ---- language
    def change_language(self, language: str) -> None:
        """Save ``language`` and show the interface in it now (once the chooser's signal has returned)."""
        if jobs.busy():  # a job's result goes to the pages about to be rebuilt
            dialogs.inform(
                self, self.tr("Saksi"), self.tr("Saksi is still working. Choose the language again when this is done.")
            )
            in_use = i18n.effective(self.settings.language)
            self.welcome.language.select(in_use)
            if self.workspace is not None:
                self.workspace.settings_page.language.select(in_use)
            return
        self.settings.language = language
        try:
            self.settings.save()
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Settings"), exc.message)
        app = QCoreApplication.instance()
        if app is not None:
            i18n.install(app, language)
        QTimer.singleShot(0, self._rebuild)

    def _rebuild(self) -> None:
        """Build menus and pages again in the current language; what is typed is saved first."""
        self.setWindowTitle(self.tr("Saksi"))
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        for old in (
            self.toolbar,
            self.lock_action,
            self.close_vault_action,
            self.quit_action,
            self.about_action,
            self.guide_action,
            self.guide_pdf_action,
        ):
            old.deleteLater()
        self._make_actions()
        shown = self.stack.currentWidget()
        info = self.unlock_page.info
        for old_page in (self.welcome, self.unlock_page):
            self.stack.removeWidget(old_page)
            old_page.deleteLater()
        self.welcome, self.unlock_page = WelcomePage(self.settings.language), UnlockPage()
        self.stack.insertWidget(0, self.welcome)
        self.stack.insertWidget(1, self.unlock_page)
        self._connect_pages()
        if self.workspace is not None and self.vault is not None:
            area = self.workspace.current_area()
            self.workspace.flush()
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
            self._make_workspace(self.vault)
            self.workspace.show_area(area)
        elif shown is self.unlock_page and info is not None:
            self.open_vault(info.path)
        else:
            self.show_welcome()

    # ---- misc
    def show_about(self) -> None:
        about = self.tr(
            "Saksi keeps case files for legal aid to people trafficked into scam compounds, encrypted and "
            "offline. Nothing is sent anywhere."
        )
        licence = self.tr(
            "Version {version}. Saksi is free software under the GNU General Public License, version 3 or later "
            "(GPL-3.0-or-later), and comes with no warranty. The parts it includes, each under its own licence, are "
            "listed under Show Details; the full texts are in the licenses folder of the installation."
        ).format(version=app_version())
        text = f"{about}\n\n{licence}\n\n{i18n.review_note()}".strip()
        dialogs.inform(self, self.tr("About Saksi"), text, details=licences.third_party_summary())

    def help_section(self) -> str:
        """The part of the guide for what is on screen (F1)."""
        if self.workspace is None:
            return "vault"
        area = self.workspace.current_area()
        page = self.workspace.cases_area.case_page if area == "cases" else None
        if page is not None and self.workspace.cases_area.current_page() is page:
            tab = page.tabs.currentWidget()
            for widget, section in (
                (page.evidence, "evidence"),
                (page.analysis, "analysis"),
                (page.drafts, "drafting"),
            ):
                if tab is widget:
                    return section
        return area

    def show_guide(self) -> None:
        dialog = help.HelpDialog(self.help_section(), self)
        dialogs.run(dialog)
        dialog.deleteLater()

    def save_guide_pdf(self) -> None:
        folder = dialogs.choose_folder(self, self.tr("Save the guide as PDF in…"))
        if folder is None:
            return
        target = folder / "Saksi user guide.pdf"
        if target.exists():
            dialogs.warn(self, self.tr("User guide"), self.tr("{target} already exists.").format(target=target))
            return
        help.save_pdf(target)
        dialogs.inform(self, self.tr("User guide"), self.tr("The guide was saved as {target}.").format(target=target))

    def closeEvent(self, event: QCloseEvent) -> None:
        if jobs.busy():
            event.ignore()
            dialogs.inform(
                self, self.tr("Saksi"), self.tr("Saksi is still working on the vault. Close it when this is done.")
            )
            return
        self._end_session()
        event.accept()


def settings_reset_notice(names: list[str]) -> str:
    """The start-up notice for settings reset to their defaults ("" when none was)."""
    if not names:
        return ""
    if ALL_SETTINGS in names:
        return QCoreApplication.translate(
            "MainWindow", "The saved settings could not be read; Saksi uses its default settings."
        )
    words = {
        "recent_vaults": QCoreApplication.translate("MainWindow", "recent vaults"),
        "auto_lock_minutes": QCoreApplication.translate("MainWindow", "auto-lock minutes"),
        "language": QCoreApplication.translate("MainWindow", "language"),
        "read_text_on_import": QCoreApplication.translate("MainWindow", "reading text in imported images"),
    }
    listed = ", ".join(words.get(name, name) for name in names)
    return QCoreApplication.translate(
        "MainWindow", "These saved settings were not valid and are back at their defaults: {settings}."
    ).format(settings=listed)
