"""The interface language: Saksi's translation (``saksi_<lang>.qm`` in this folder, which also carries
Khmer for Qt's own buttons: Qt ships no Khmer), Qt's translation where it has one, the locale for
dates and numbers, and the translator for the messages of app/ and storage/ (context "Messages").

``install`` can be called again at run time; the main window then rebuilds its pages, because
Saksi sets its texts when it builds a widget (there is no retranslateUi).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QHeaderView

from storage import errors

FOLDER = Path(__file__).resolve().parent
LANGUAGES = {"en": "English", "km": "ខ្មែរ"}  # each named in its own language, so anyone finds theirs
UNREVIEWED = {"km"}  # translations no native speaker has reviewed yet (the About box and Settings say so)

_installed: list[QTranslator] = []
_current = ""


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a string for pyside6-lupdate; typed ``str`` (PySide6's own is typed ``object``, which strict mypy rejects)."""
    return source


def effective(language: str) -> str:
    """The language the interface shows for the setting ``language`` ("": this computer's, else English)."""
    if language in LANGUAGES:
        return language
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0]
        if code in LANGUAGES:
            return code
    return "en"


def install(app: QCoreApplication, language: str = "", folder: Path = FOLDER) -> list[QTranslator]:
    """Replace the installed translators with those for ``language`` ("": the system's); return them."""
    global _current
    _current = language
    while _installed:
        app.removeTranslator(_installed.pop())
    locale = QLocale(language) if language else QLocale.system()
    QLocale.setDefault(locale)  # dates and numbers follow the interface language
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in (("saksi", str(folder)), ("qtbase", qt_folder)):
        translator = QTranslator(app)  # parented: it must live as long as the app
        if translator.load(locale, name, "_", where) and app.installTranslator(translator):
            _installed.append(translator)
        else:
            translator.deleteLater()
    errors.set_translator(lambda text: QCoreApplication.translate("Messages", text))
    return list(_installed)


def current() -> str:
    """The language setting last installed ("" for the system's)."""
    return _current


def lookup(context: str, text: str) -> str:
    """``text`` translated in ``context``, else in the empty context.

    For a module-level ``tr()`` helper: lupdate files a bare ``tr("...")`` call under the empty
    context (it has no class to name), while ``QT_TRANSLATE_NOOP(context, ...)`` texts sit in ``context``.
    """
    found = QCoreApplication.translate(context, text)
    return found if found != text else QCoreApplication.translate("", text)


def column_width(header: QHeaderView, column: int, wanted: int) -> int:
    """``wanted`` pixels, or more when the column's heading needs them in the interface language."""
    return max(wanted, header.sectionSizeHint(column))


def review_note() -> str:
    """The sentence the About box and Settings show while the Khmer translation awaits its native reviewer."""
    if "km" not in UNREVIEWED:
        return ""
    return QCoreApplication.translate(
        "Language", "The Khmer translation has not yet been reviewed by a native Khmer speaker."
    )
