"""The crash path for bugs (environmental errors are ``SaksiError`` messages, not crashes: one that no
caller handled is shown here as its plain message, once, without a report).

Logged and shown: the exception *type* and the stack frames (file:line:function) only.
Never the exception message nor local variables: they may hold a client's name, an
account of what happened to them, or a passphrase. The first crash of a session shows
a dialog with the same sanitized report to copy; later ones are only logged. Works
before any window exists and from any thread. faulthandler writes native crashes
(segfaults in Qt or SQLCipher) into the log folder too.
"""

from __future__ import annotations

import contextlib
import faulthandler
import platform
import sys
import threading
import traceback
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import IO

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from app.common.settings import log_dir as default_log_dir
from storage.errors import SaksiError
from storage.meta import app_version
from ui import dialogs

LOG_NAME = "crash.log"
FAULT_LOG_NAME = "faulthandler.log"
ROOT = Path(__file__).resolve().parents[1]  # the folder holding ui/, app/, storage/

_fault_file: IO[str] | None = None  # kept open for faulthandler for the whole process


def short_path(filename: str) -> str:
    """A frame's file without the user's home folder or install location in it."""
    path = Path(filename)
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except (ValueError, OSError):
        pass
    parts = path.parts
    if "site-packages" in parts:
        return "/".join(parts[parts.index("site-packages") + 1 :])
    return path.name


def _chain(exc: BaseException | None) -> list[BaseException]:
    """The exception and the ones it was raised from or during, oldest first."""
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or (None if exc.__suppress_context__ else exc.__context__)
    return list(reversed(seen))


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    return exc_type.__qualname__ if module == "builtins" else f"{module}.{exc_type.__qualname__}"


def _frames(tb: TracebackType | None) -> list[str]:
    return [f"  {short_path(f.filename)}:{f.lineno}:{f.name}" for f in traceback.extract_tb(tb)]


def sanitized_report(
    exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, thread: str = ""
) -> str:
    """Type names and frames only. ``exc`` is used to follow the chain, never printed."""
    lines = [
        f"Saksi {app_version()}; Python {platform.python_version()}; PySide6 {pyside_version}; "
        f"{platform.system()} {platform.release()}"
    ]
    if thread:
        lines.append(f"Thread: {thread}")
    chain = _chain(exc) if exc is not None else []
    for earlier in chain[:-1]:
        lines += ["Traceback (most recent call last):", *_frames(earlier.__traceback__), _type_name(type(earlier))]
        lines.append("which led to:")
    lines += ["Traceback (most recent call last):", *_frames(tb), _type_name(exc_type)]
    return "\n".join(lines)


class CrashDialog(QDialog):
    def __init__(self, report: str, log_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saksi: internal error"))
        self.resize(640, 420)
        intro = QLabel(
            self.tr(
                "Saksi ran into an internal error. Your vault is safe: every change is saved completely "
                "or not at all. If something looks wrong, lock the vault and open it again.\n\n"
                "The report below says only where in the program the error happened. It holds no case "
                "data, names or passphrases. You may copy it and send it to whoever supports Saksi for you."
            )
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        where = QLabel(self.tr("This report was also saved in: {path}").format(path=log_path))
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.PlainText)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy report"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.report, 1)
        layout.addWidget(where)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report.toPlainText())


class CrashHandler(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``."""

    _show_requested = Signal(str)
    _known_requested = Signal(object)

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.dialog_shown = False
        self._lock = threading.Lock()
        self._previous_hooks = (sys.excepthook, threading.excepthook)
        # Queued: the dialog opens once the failing event handler has returned, on the GUI thread.
        self._show_requested.connect(self._show_dialog, Qt.ConnectionType.QueuedConnection)
        self._known_requested.connect(self._show_known, Qt.ConnectionType.QueuedConnection)
        self._known_shown: set[str] = set()

    @property
    def log_path(self) -> Path:
        return self.folder / LOG_NAME

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous_hooks

    def excepthook(self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in a terminal is not a crash
            sys.__excepthook__(exc_type, exc if exc is not None else exc_type(), tb)
            return
        self.handle(exc_type, exc, tb)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else ""
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def handle(
        self, exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None, thread: str = ""
    ) -> None:
        if isinstance(exc, SaksiError):  # environmental (a damaged page a widget read): its message, no report
            if QApplication.instance() is None:
                print(str(exc), file=sys.stderr)
            else:
                self._known_requested.emit(exc)
            return
        report = sanitized_report(exc_type, exc, tb, thread)
        self._write_log(report)
        with self._lock:
            first, self.dialog_shown = not self.dialog_shown, True
        if not first:
            return
        if QApplication.instance() is None:  # before the app exists: the terminal is all there is
            print(report, file=sys.stderr)
            return
        self._show_requested.emit(report)

    def _write_log(self, report: str) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with contextlib.suppress(OSError):  # a full or read-only disk must not turn one crash into two
            self.folder.mkdir(parents=True, exist_ok=True)
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(f"=== {stamp}\n{report}\n\n")

    def _show_known(self, error: SaksiError) -> None:
        """An environmental error no caller handled: the plain message, once per message and session."""
        with self._lock:
            if error.template in self._known_shown:
                return
            self._known_shown.add(error.template)
        dialogs.warn(QApplication.activeWindow(), self.tr("Saksi"), error.message)

    def _show_dialog(self, report: str) -> None:
        dialog = CrashDialog(report, self.log_path, QApplication.activeWindow())
        dialogs.run(dialog)
        dialog.deleteLater()


def enable_faulthandler(folder: Path) -> Path:
    global _fault_file
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / FAULT_LOG_NAME
    _fault_file = path.open("a", encoding="utf-8")
    faulthandler.enable(file=_fault_file, all_threads=True)
    return path


def install(folder: Path | None = None, *, with_faulthandler: bool = True) -> CrashHandler:
    """Install the crash handler (call once, right after the QApplication exists)."""
    folder = folder or default_log_dir()
    handler = CrashHandler(folder)
    handler.setParent(QCoreApplication.instance())  # lives as long as the app
    handler.install()
    if with_faulthandler:
        with contextlib.suppress(OSError):  # no log folder: native crashes then go to stderr only
            enable_faulthandler(folder)
    return handler
