"""Small widgets shared by several screens: labels, the inline error, the passphrase pair; stored times shown locally."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.passphrase import Strength, strength
from storage.vault import MIN_PASSPHRASE
from ui.look import mark


def local_time(iso: str | None, *, seconds: bool = False) -> str:
    """A stored UTC time (ISO 8601) in the computer's time zone, e.g. 2026-11-30 14:05 (``seconds``: 14:05:09)."""
    try:
        moment = datetime.fromisoformat(iso or "")
    except (TypeError, ValueError):
        return iso or ""
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")


def label(text: str = "", role: str = "", *, wrap: bool = True) -> QLabel:
    """A plain-text label: user data (names, paths) must never be interpreted as HTML."""
    widget = QLabel(text)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setWordWrap(wrap)
    if role:
        mark(widget, role)
    return widget


class ErrorLabel(QLabel):
    """An inline error in plain words; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        mark(self, "error")
        self.hide()

    def show_error(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error("")


def role_name(role: str) -> str:
    names = {
        "admin": QCoreApplication.translate("Roles", "Admin"),
        "lawyer": QCoreApplication.translate("Roles", "Lawyer"),
        "paralegal": QCoreApplication.translate("Roles", "Paralegal"),
    }
    return names.get(role, role)


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMinimumWidth(260)
    return field


class PassphrasePair(QWidget):
    """A new passphrase typed twice, with a live strength hint and the one hard rule (length)."""

    changed = Signal()

    def __init__(self, first_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field()
        self.second = password_field()
        self.hint = label(role="muted")
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Type it again:"), self.second)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._update)
        self.second.textChanged.connect(self._update)
        self._update()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None when it can."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE)
        if first != first.strip():
            return self.tr("Do not start or end the passphrase with a space.")
        if first != second:
            return self.tr("The two passphrases are not the same yet.")
        return None

    def passphrase(self) -> str | None:
        return self.first.text() if self.problem() is None else None

    def clear(self) -> None:
        self.first.clear()
        self.second.clear()

    def strength_text(self) -> str:
        texts = {
            Strength.TOO_SHORT: self.tr("Too short"),
            Strength.WEAK: self.tr("Weak: easy to guess"),
            Strength.FAIR: self.tr("Fair"),
            Strength.GOOD: self.tr("Good"),
            Strength.STRONG: self.tr("Strong"),
        }
        return texts[strength(self.first.text())]

    def _update(self) -> None:
        lines = [self.tr("Strength: {strength}").format(strength=self.strength_text())]
        problem = self.problem()
        if problem and (self.second.text() or len(self.first.text()) < MIN_PASSPHRASE):
            lines.append(problem)
        if not self.first.text():
            lines = [self.tr("Tip: four or more unrelated words are easy to remember and hard to guess.")]
        self.hint.setText("\n".join(lines))
        self.changed.emit()
