"""Starting the app: translations are found and installed; run_gui shows the window for a vault."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory
from pytestqt.qtbot import QtBot

from app.common.settings import Settings
from ui import crash, look, main
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="km">
<context><name>MainWindow</name>
<message><source>Lock now</source><translation>ចាក់សោឥឡូវ</translation></message>
</context>
</TS>
"""


@pytest.mark.skipif(not LRELEASE.exists(), reason="pyside6-lrelease is not installed")
def test_translation_for_the_chosen_language_is_installed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "saksi_km.ts").write_text(TS, encoding="utf-8")
    subprocess.run(
        [str(LRELEASE), "-silent", str(tmp_path / "saksi_km.ts"), "-qm", str(tmp_path / "saksi_km.qm")], check=True
    )
    monkeypatch.setattr(main, "I18N_DIR", tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    installed = main.load_translations(app, "km")
    try:
        assert installed
        assert MainWindow().lock_action.text() == "ចាក់សោឥឡូវ"
    finally:
        for translator in installed:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale.c())
    assert QCoreApplication.translate("MainWindow", "Lock now") == "Lock now"


def test_no_translation_file_means_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main, "I18N_DIR", tmp_path)
    app = QCoreApplication.instance()
    assert app is not None
    installed = main.load_translations(app, "")
    try:
        assert not any("saksi" in t.filePath() for t in installed)
    finally:
        for translator in installed:
            app.removeTranslator(translator)


@pytest.fixture
def real_start(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[QApplication]:
    """run_gui installs the real crash handler and look on the session's shared QApplication; both are put back
    afterwards (pytest-qt's exception hook, the plain look later tests expect). Only faulthandler is held back:
    it is process-wide and would outlive the test, writing native crashes of later tests into a log file."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored by monkeypatch after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(crash, "enable_faulthandler", lambda folder: folder)
    style, palette, sheet, font, name = (
        qapp.style().name(),
        qapp.palette(),
        qapp.styleSheet(),
        qapp.font(),
        qapp.applicationName(),
    )
    yield qapp
    restored = QStyleFactory.create(style)
    if restored is not None:
        qapp.setStyle(restored)
    qapp.setPalette(palette)
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)
    qapp.setApplicationName(name)


def test_run_gui_opens_the_vault_given(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, vault_copy: tuple[Path, str], real_start: QApplication
) -> None:
    path = vault_copy[0]
    started: list[tuple[object, str, str]] = []
    # The session's QApplication is shared: do not run and quit its real event loop (after that, signals from
    # worker threads were no longer delivered to later tests in the same session).
    windows: list[MainWindow] = []

    def fake_exec(app: QApplication) -> int:
        # What the running app has: the crash handler as the exception hook, and Saksi's look.
        window_colour = app.palette().color(QPalette.ColorRole.Window).name()
        started.append((getattr(sys.excepthook, "__self__", None), window_colour, app.styleSheet()))
        for widget in app.topLevelWidgets():  # windows of earlier tests may await deletion: match the path
            info = widget.unlock_page.info if isinstance(widget, MainWindow) else None
            if isinstance(widget, MainWindow) and info is not None and info.path == path:
                windows.append(widget)
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert main.run_gui(str(path)) == 0
    ((hook_owner, window_colour, sheet),) = started
    assert isinstance(hook_owner, crash.CrashHandler)
    assert (window_colour, sheet) == ("#f7f8f8", look.STYLE)
    assert len(windows) == 1
    window = windows[0]
    qtbot.addWidget(window)  # closed after the test
    assert window.isVisible() and window.stack.currentWidget() is window.unlock_page
    assert window.unlock_page.info is not None and window.unlock_page.info.path == path


@pytest.mark.parametrize(
    ("saved", "said"),
    [
        ('{"auto_lock_minutes": "ten", "language": 7}', "not valid and are back at their defaults: auto-lock minutes"),
        ("{broken", "could not be read; Saksi uses its default settings"),
    ],
)
def test_a_bad_saved_setting_is_reset_and_the_user_is_told(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, config_dir: Path, saved: str, said: str, real_start: QApplication
) -> None:
    (config_dir / "settings.json").write_text(saved, encoding="utf-8")
    shown: list[str] = []

    def fake_exec(app: QApplication) -> int:
        newest = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()][-1]
        qtbot.addWidget(newest)
        shown.append(newest.statusBar().currentMessage())
        return 0

    monkeypatch.setattr(QApplication, "exec", fake_exec)
    assert main.run_gui() == 0  # started, with the defaults, instead of stopping
    assert said in shown[0], shown
    if "language" in saved:
        assert "language" in shown[0]


def test_the_first_window_check_fails_when_its_picture_cannot_be_saved(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    saved = tmp_path / "first.png"
    assert main.save_first_window(window, str(saved)) == 0
    assert saved.read_bytes().startswith(b"\x89PNG")
    assert main.save_first_window(window, str(tmp_path / "no such folder" / "first.png")) == 1
    assert "could not save the first window" in capsys.readouterr().err
