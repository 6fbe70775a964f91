"""Every modal dialog and message box runs through this module.

``run(dialog)`` is the one place a dialog is executed. Tests install a handler with
``intercept()`` that fills in and accepts (or rejects) the dialog instead of blocking on
``exec()``. ``close_all()`` closes every open dialog when the vault locks, so no case
content stays on screen behind the lock.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox, QWidget

Handler = Callable[[QDialog], int]

_handler: Handler | None = None
_open: list[QDialog] = []


@contextmanager
def intercept(handler: Handler) -> Iterator[None]:
    """Answer dialogs with ``handler`` instead of showing them (for tests)."""
    global _handler
    previous, _handler = _handler, handler
    try:
        yield
    finally:
        _handler = previous


def run(dialog: QDialog) -> int:
    """Run ``dialog`` modally and return its result code."""
    _open.append(dialog)
    try:
        if _handler is not None:
            return _handler(dialog)
        return dialog.exec()
    finally:
        _open.remove(dialog)


def open_dialogs() -> list[QDialog]:
    return list(_open)


def close_all() -> None:
    """Close every dialog that ``run`` is waiting on, innermost first.

    ``done()`` rather than ``reject()``: some dialogs refuse ``reject()`` (the recovery code check)
    but must still close when the vault locks.
    """
    for dialog in reversed(_open):
        dialog.done(QDialog.DialogCode.Rejected)


def _message(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and paths must never be read as HTML
    return box


def inform(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A message with OK; ``details`` (plain text) goes behind Qt's Show Details button."""
    box = _message(parent, QMessageBox.Icon.Information, title, text)
    if details:
        box.setDetailedText(details)
    box.addButton(QMessageBox.StandardButton.Ok)
    run(box)
    box.deleteLater()


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = _message(parent, QMessageBox.Icon.Warning, title, text)
    box.addButton(QMessageBox.StandardButton.Ok)
    run(box)
    box.deleteLater()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before an action; the button names the action (not just "Yes"). Cancel is the default."""
    box = _message(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    run(box)
    chosen = box.clickedButton() is yes
    box.deleteLater()
    return chosen


def choose_folder(parent: QWidget | None, caption: str, start: str = "") -> Path | None:
    dialog = QFileDialog(parent, caption, start)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _chosen_path(dialog)


def choose_save_file(parent: QWidget | None, caption: str, suggested: str, name_filter: str) -> Path | None:
    dialog = QFileDialog(parent, caption, suggested, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    return _chosen_path(dialog)


def choose_open_file(parent: QWidget | None, caption: str, name_filter: str) -> Path | None:
    dialog = QFileDialog(parent, caption, "", name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return _chosen_path(dialog)


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """One line of text; None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    accepted = run(dialog) == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value if accepted else None


def _chosen_path(dialog: QFileDialog) -> Path | None:
    accepted = run(dialog) == QDialog.DialogCode.Accepted
    files = dialog.selectedFiles() if accepted else []
    dialog.deleteLater()
    return Path(files[0]) if files else None


def choose_item(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """Pick one of ``items``; returns its index, or None when cancelled."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(items[current])
    accepted = run(dialog) == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return items.index(value) if accepted and value in items else None
