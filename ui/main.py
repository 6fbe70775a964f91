"""Start the desktop app: ``saksi-desktop``, or ``saksi [--vault PATH]`` which calls ``run_gui``."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QWidget

from app.common.settings import Settings
from ui import i18n
from ui.collector import GuiThreadCollector

I18N_DIR = i18n.FOLDER


def load_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install Saksi's translation (ui/i18n/saksi_<lang>.qm) and Qt's own, when present.

    ``language`` (from Settings) wins over the system locale. Returns the installed translators.
    """
    return i18n.install(app, language, I18N_DIR)


def run_gui(vault_path: str | Path | None = None) -> int:
    """Create the app, install the crash handler and translations, show the window, run the loop."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from ui import crash, look, wheel  # after the QApplication: the crash dialog needs it

    crash.install()
    look.apply(app)
    wheel.install(app)
    settings, reset = Settings.load_noting()
    load_translations(app, settings.language)
    from ui.main_window import MainWindow  # imported after translators so class-level strings translate

    window = MainWindow(settings)
    window.show()
    window.tell_settings_reset(reset)
    if vault_path:
        window.open_vault(Path(vault_path))
    first_window_check(app, window)
    collector = GuiThreadCollector(app)  # never on a worker thread: that can free a GUI object there
    try:
        return app.exec()
    finally:
        collector.stop()


def first_window_check(app: QApplication, window: QWidget) -> None:
    """SAKSI_FIRST_WINDOW_PNG=PATH: save the first window to PATH and quit (the release smoke test's proof
    that a frozen build starts its interface, fonts and translations included)."""
    target = os.environ.get("SAKSI_FIRST_WINDOW_PNG")
    if target:
        QTimer.singleShot(1000, lambda: app.exit(save_first_window(window, target)))


def save_first_window(window: QWidget, target: str) -> int:
    """The exit status of the first-window check: 1 (and why, on stderr) if the PNG could not be written,
    so a smoke test cannot pass on a window it never saw."""
    if window.grab().save(target, "PNG"):
        return 0
    print(f"saksi-desktop: could not save the first window to {target}", file=sys.stderr)
    return 1


def main() -> None:
    vault = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
    sys.exit(run_gui(vault))


if __name__ == "__main__":
    main()
