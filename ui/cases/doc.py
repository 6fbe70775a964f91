"""One open case and the version it was loaded at; every edit saves against that version."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QWidget

from app.cases.model import Case
from storage.cases import StaleCase
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, vault_ops

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context


def explain(exc: ValidationError, rows: list[int] | None = None) -> str:
    """A pydantic error in plain words: the first problem, with its row when it is in a list.

    ``rows`` maps an item's position in the saved list to the table row it came from.
    """
    error = exc.errors()[0]
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == "less_than_equal":
        message = translate("CaseEdit", "The largest allowed is {limit}.").format(limit=ctx.get("le"))
    elif kind == "greater_than_equal":
        message = translate("CaseEdit", "The smallest allowed is {limit}.").format(limit=ctx.get("ge"))
    elif kind in ("int_parsing", "int_type"):
        message = translate("CaseEdit", "Type a whole number.")
    elif kind == "missing":
        message = translate("CaseEdit", "This is needed.")
    else:
        message = str(error["msg"]).removeprefix("Value error, ")
        message = message[:1].upper() + message[1:] + ("" if message.endswith(".") else ".")
    positions = [p for p in error["loc"] if isinstance(p, int)]
    if positions:
        row = rows[positions[0]] if rows and positions[0] < len(rows) else positions[0]
        return translate("CaseEdit", "Row {row}: {message}").format(row=row + 1, message=message)
    return message


class CaseDoc(QObject):
    """Holds the loaded case. ``edit`` applies a change to a copy, saves it, and keeps it only if saved."""

    changed = Signal()  # saved or reloaded: views refresh from ``case``

    def __init__(self, vault: Vault, reference: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.files = vault_ops.case_files(vault)
        self.case, self.version = self.files.load(reference)

    def reload(self) -> None:
        self.case, self.version = self.files.load(self.reference)
        self.changed.emit()

    def edit(self, owner: QWidget, change: Callable[[Case], None]) -> bool:
        """Apply ``change`` to a copy and save it. A refusal is explained and leaves the case as it was."""
        trial = self.case.model_copy(deep=True)
        title = self.tr("Not saved")
        try:
            change(trial)
            self.version = self.files.save(trial, self.version)
        except ValidationError as exc:
            dialogs.warn(owner, title, explain(exc))
            return False
        except StaleCase as exc:
            reloaded = self.tr("The page now shows the case as last saved.")
            dialogs.warn(owner, title, f"{exc.message}\n\n{reloaded}")
            self.reload()
            return False
        except SaksiError as exc:
            dialogs.warn(owner, title, exc.message)
            return False
        self.case = trial
        self.changed.emit()
        return True
