"""Start the desktop app: ``saksi-desktop``, or ``saksi [--vault PATH]`` which calls ``run_gui``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app.settings import Settings

I18N_DIR = Path(__file__).resolve().parent / "i18n"


def load_translations(app: QCoreApplication, language: str = "") -> list[QTranslator]:
    """Install Saksi's translation (ui/i18n/saksi_<lang>.qm) and Qt's own, when present.

    ``language`` (from Settings) wins over the system locale. Returns the installed translators.
    """
    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("saksi", str(I18N_DIR)), ("qtbase", qt_dir)):
        translator = QTranslator(app)  # parented: it must live as long as the app
        if translator.load(locale, name, "_", folder) and app.installTranslator(translator):
            installed.append(translator)
        else:
            translator.deleteLater()
    return installed


def run_gui(vault_path: str | Path | None = None) -> int:
    """Create the app, install the crash handler and translations, show the window, run the loop."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    from ui import crash, look  # after the QApplication: the crash dialog needs it

    crash.install()
    look.apply(app)
    settings = Settings.load()
    load_translations(app, settings.language)
    from ui.main_window import MainWindow  # imported after translators so class-level strings translate

    window = MainWindow(settings)
    window.show()
    if vault_path:
        window.open_vault(Path(vault_path))
    return app.exec()


def main() -> None:
    vault = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else None
    sys.exit(run_gui(vault))


if __name__ == "__main__":
    main()
