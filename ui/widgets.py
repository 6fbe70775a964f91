"""Small widgets shared by several screens: labels, the inline error, the passphrase pair; stored times shown locally."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.common.passphrase import Strength, strength, weakness
from storage.errors import localized
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
    """A new passphrase typed twice, with a live strength hint and the rules the vault enforces: long enough and
    hard to guess (zxcvbn, storage/strength.py), so the form refuses what the vault would refuse, saying why."""

    changed = Signal()
    HINT_LINES = 4  # the hint keeps this height while typing, so the form under it never jumps

    def __init__(self, first_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first = password_field()
        self.second = password_field()
        self.hint = label(role="muted")
        self.hint.setMinimumHeight(self.hint.fontMetrics().lineSpacing() * self.HINT_LINES)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.context: list[str] = []  # names an attacker tries first (the user's), set by the form
        self._weakness: str | None = None
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(first_label or self.tr("New passphrase:"), self.first)
        form.addRow(self.tr("Type it again:"), self.second)
        form.addRow("", self.hint)
        self.first.textChanged.connect(self._assess)
        self.second.textChanged.connect(self._update)
        self._assess()

    def set_context(self, names: list[str]) -> None:
        """Names an attacker tries first (the user's, the vault's): a passphrase made of them is weak."""
        self.context = [n for n in names if n]
        self._assess()

    def problem(self) -> str | None:
        """Why the passphrase cannot be used yet, or None when it can."""
        first, second = self.first.text(), self.second.text()
        if len(first) < MIN_PASSPHRASE:
            return self.tr("Use at least {count} characters.").format(count=MIN_PASSPHRASE)
        if first != first.strip():
            return self.tr("Do not start or end the passphrase with a space.")
        if self._weakness is not None:
            return localized(self._weakness)
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
        return texts[self._strength]

    def _assess(self) -> None:
        """zxcvbn once per change of the first field (10-20 ms), then the hint."""
        first = self.first.text()
        self._strength = strength(first, self.context)
        self._weakness = weakness(first, self.context) if self._strength > Strength.TOO_SHORT else None
        self._update()

    def _update(self) -> None:
        lines = [self.tr("Strength: {strength}").format(strength=self.strength_text())]
        problem = self.problem()
        typed = len(self.first.text())
        if problem and (self.second.text() or typed < MIN_PASSPHRASE or self._weakness is not None):
            lines.append(problem)
        if not typed:
            lines = [self.tr("Tip: four or more unrelated words are easy to remember and hard to guess.")]
        self.hint.setText("\n".join(lines))
        self.changed.emit()
