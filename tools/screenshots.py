"""Screenshots of the shell for the docs: ``python -m tools.screenshots OUTDIR [--language km]
[--pseudo] [--size 1200x760]``.

Runs offscreen with a temporary config folder, an in-memory keyring (the developer's real
keyring is never touched) and a temporary demo vault; only the PNGs are left behind:
welcome.png, create-recovery-code.png, unlock.png, settings.png, then each area's own pictures
(cases, evidence, analysis, drafting, reports) and tools/desk_shots.py's (recruiters, audit log, chat, OCR,
the import dialog, help). ``--language`` shows the interface in that
language and prints every translated text that does not fit (ui.i18n.layout); ``--pseudo`` uses
the lengthened pseudo-locale of that language instead (ui.i18n.pseudo).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tools import shots


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.screenshots")
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--language", default="", help="interface language, e.g. km")
    parser.add_argument("--pseudo", action="store_true", help="the lengthened pseudo-locale of --language")
    parser.add_argument("--scale", type=float, default=0.0, help="how much longer the pseudo-locale's texts are")
    parser.add_argument("--size", default="", help="window size WxH, e.g. 1200x760")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _quiet_offscreen_noise()
    outdir: Path = args.outdir
    outdir.mkdir(parents=True, exist_ok=True)
    if args.size:
        width, height = (int(n) for n in args.size.lower().split("x"))
        shots.SIZE = (width, height)
        shots.CHECK_LAYOUT = ""  # at a chosen size, say what does not fit (a language may narrow it to its texts)
    with tempfile.TemporaryDirectory(prefix="saksi-shell-shots-") as folder:
        if args.language:
            _install_language(args.language, Path(folder) if args.pseudo else None, args.scale)
        os.environ["SAKSI_CONFIG_DIR"] = str(Path(folder) / "config")
        shots.use_memory_keyring()
        for path in take(outdir, Path(folder)):
            print(path)
        _areas(outdir)
    return 0


def _install_language(language: str, pseudo_folder: Path | None, scale: float = 0.0) -> None:
    """Show everything in ``language`` (or its pseudo-locale) and report texts that do not fit."""
    from ui import i18n
    from ui.i18n import pseudo

    app = shots.application()
    folder = i18n.FOLDER
    if pseudo_folder is not None:
        pseudo.build(language, pseudo_folder, scale or pseudo.SCALE)
        folder = pseudo_folder
    i18n.install(app, language, folder)
    shots.CHECK_LAYOUT = pseudo.FILLER if pseudo_folder is not None else ""


def _areas(outdir: Path) -> None:
    from tools.analysis_shots import save_screenshots as analysis
    from tools.cases_shots import save_screenshots as cases
    from tools.desk_shots import save_screenshots as desk  # recruiters, audit log, chat, OCR, import, help
    from tools.drafting_shots import save_screenshots as drafting
    from tools.evidence_shots import save_screenshots as evidence
    from tools.reports_shots import save_screenshots as reports

    for save in (cases, evidence, analysis, drafting, reports, desk):
        save(outdir)


def _quiet_offscreen_noise() -> None:
    """Drop the one warning the offscreen plugin gives for every window resize; print the rest."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message != "This plugin does not support propagateSizeHints()":
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def take(outdir: Path, scratch: Path) -> list[Path]:
    from PySide6.QtWidgets import QDialog, QWidget

    from app.common.settings import Settings
    from storage.vault import Vault
    from ui import dialogs, i18n
    from ui.create_wizard import CreateVaultWizard
    from ui.main_window import MainWindow

    shots.application()
    demo = scratch / "Phnom Penh office.saksi"
    vault, _code = Vault.create(demo, "amara", shots.PASSPHRASE)
    vault.add_user("sophea", "lawyer", shots.PASSPHRASE)
    vault.close()
    settings = Settings(language=i18n.current())
    settings.remember_vault(demo)
    settings.save()
    saved: list[Path] = []

    def shot(widget: QWidget, name: str) -> None:
        saved.append(shots.save(widget, outdir / name))

    with dialogs.intercept(lambda dialog: QDialog.DialogCode.Rejected):  # never block on a dialog
        window = MainWindow(Settings.load())
        shots.show(window)
        shot(window, "welcome.png")
        wizard = CreateVaultWizard(window)
        _to_code_page(wizard, scratch, lambda: shot(wizard, "create-recovery-code.png"))
        window.open_vault(demo)
        shot(window, "unlock.png")
        window.unlock_page.passphrase.setText(shots.PASSPHRASE)
        window.unlock_page.unlock_button.click()
        shots.wait_for_jobs()
        assert window.workspace is not None, "the demo vault did not unlock"
        window.workspace.show_area("settings")
        shot(window, "settings.png")
        window.close()
    return saved


def _to_code_page(wizard: object, scratch: Path, snap: Callable[[], None]) -> None:
    from ui.create_wizard import CreateVaultWizard

    assert isinstance(wizard, CreateVaultWizard)
    wizard.show()
    wizard.location_page.folder.setText(str(scratch))
    wizard.location_page.name.setText("Bavet office")
    wizard.next()
    wizard.admin_page.user.setText("amara")
    wizard.admin_page.passphrase.first.setText(shots.PASSPHRASE)
    wizard.admin_page.passphrase.second.setText(shots.PASSPHRASE)
    wizard.next()
    shots.wait_for_jobs()
    snap()
    vault = wizard.take_vault()
    if vault is not None:
        vault.close()
    wizard.done(0)
    wizard.deleteLater()


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
