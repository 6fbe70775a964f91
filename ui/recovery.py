"""The recovery code, shown once: big grouped text, a paper sheet (PDF or printer), and a check
that it was written down (retype one randomly chosen group) before the wizard can finish.

Used by the create-vault wizard and, as ``NewRecoveryCodeWizard``, after an admin replaces the
code or rotates the data key.
"""

from __future__ import annotations

import secrets
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from app.writers.fonts import require_glyphs
from storage.errors import SaksiError
from storage.keyslots import normalise_recovery_code
from storage.vault import SUFFIX
from ui import dialogs
from ui.look import monospace
from ui.widgets import ErrorLabel, label

GROUPS_PER_ROW = 4


# Texts outside QObject classes use literal QCoreApplication.translate("RecoverySheet", ...) calls,
# not a wrapper function, so that pyside6-lupdate finds them.


def vault_display_name(path: Path) -> str:
    return path.name.removesuffix(SUFFIX)


def sheet_texts(vault_name: str, when: date) -> tuple[str, str, list[str]]:
    """Title, the vault/date line, and the instructions printed on the paper."""
    title = QCoreApplication.translate("RecoverySheet", "Saksi recovery code")
    line = QCoreApplication.translate("RecoverySheet", "Vault: {vault}    Written: {date}")
    line = line.format(vault=vault_name, date=when.isoformat())
    instructions = [
        QCoreApplication.translate(
            "RecoverySheet", "Keep this paper locked away. It opens the vault if all passphrases are lost."
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Anyone who holds this code can read every case in the vault. Do not photograph it, do not send it, and do not keep it on a computer. If you saved it as a PDF, print it and delete the file.",
        ),
        QCoreApplication.translate(
            "RecoverySheet",
            "Saksi shows this code only once. An admin can replace it in Settings; this paper then stops working.",
        ),
    ]
    return title, line, instructions


def paint_sheet(painter: QPainter, page: QRectF, vault_name: str, code: str, when: date) -> None:
    """Draw the one-page recovery sheet into ``page`` (device coordinates of a PDF or printer)."""
    title, line, instructions = sheet_texts(vault_name, when)
    y = page.top()

    def block(text: str, font: QFont, gap: float = 0.5) -> None:
        nonlocal y
        painter.setFont(font)
        rect = QRectF(page.left(), y, page.width(), page.height())
        bounds = painter.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        painter.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        y += bounds.height() + painter.fontMetrics().height() * gap

    body = QFont()
    body.setPointSizeF(12)
    heading = QFont(body)
    heading.setPointSizeF(20)
    heading.setBold(True)
    block(title, heading)
    block(line, body, 1.5)
    y = _paint_groups(painter, page.left(), y, code.split("-"))
    y += painter.fontMetrics().height()
    for text in instructions:
        block(text, body)


def _paint_groups(painter: QPainter, left: float, top: float, groups: list[str]) -> float:
    """Numbered groups in aligned columns, as on screen; returns the y below them."""
    small, large = monospace(10), monospace(26)
    painter.setFont(small)
    small_height = painter.fontMetrics().height()
    painter.setFont(large)
    metrics = painter.fontMetrics()
    column = metrics.horizontalAdvance("WWWW") * 1.5
    y = top
    for start in range(0, len(groups), GROUPS_PER_ROW):
        for offset, group in enumerate(groups[start : start + GROUPS_PER_ROW]):
            x = left + offset * column
            painter.setFont(small)
            painter.drawText(QPointF(x, y + small_height), str(start + offset + 1))
            painter.setFont(large)
            painter.drawText(QPointF(x, y + small_height + metrics.ascent()), group)
        y += small_height + metrics.height() * 1.4
    return y


def require_sheet_glyphs(vault_name: str, code: str, when: date) -> None:
    """Refuse (MissingGlyphs) a sheet with characters no font Saksi has, before anything is written or printed."""
    title, line, instructions = sheet_texts(vault_name, when)
    require_glyphs([title, line, code, *instructions], "recovery sheet")


def render_pdf(vault_name: str, code: str, when: date) -> bytes:
    """The sheet as PDF bytes (rendered in memory; the caller decides where it goes)."""
    require_sheet_glyphs(vault_name, code, when)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(20, 20, 20, 20))
    )
    writer.setResolution(300)
    writer.setTitle(QCoreApplication.translate("RecoverySheet", "Saksi recovery code"))
    writer.setCreator("Saksi")
    painter = QPainter(writer)
    paint_sheet(painter, QRectF(painter.viewport()), vault_name, code, when)
    painter.end()
    buffer.close()
    return bytes(data.data())


def save_pdf(path: Path, vault_name: str, code: str, when: date) -> None:
    try:
        path.write_bytes(render_pdf(vault_name, code, when))
    except OSError as exc:
        text = QCoreApplication.translate("RecoverySheet", "Could not write {path}: {reason}.")
        raise SaksiError(text.format(path=path, reason=exc.strerror)) from None


class RecoveryCodeView(QWidget):
    """The code in large monospace groups, numbered, with Save as PDF and Print."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_name = ""
        self._code = ""
        self.intro = label()
        self.group_labels: list[QLabel] = []
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(28)
        self._grid.setVerticalSpacing(2)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button.clicked.connect(self.save_as_pdf)
        self.print_button.clicked.connect(self.print_sheet)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        warning = label(
            self.tr(
                "Write the code on paper (or print it) and keep the paper locked away. It opens the vault if all "
                "passphrases are lost, so anyone who holds it can read every case. Saksi will not show it again."
            ),
            "muted",
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(self._grid)
        layout.addSpacing(12)
        self.saved_note = label(role="muted")  # says where the PDF went, as long as the code is shown
        self.saved_note.hide()
        layout.addWidget(warning)
        layout.addLayout(buttons)
        layout.addWidget(self.saved_note)
        layout.addStretch(1)

    def set_code(self, vault_name: str, code: str, intro: str) -> None:
        self.vault_name, self._code = vault_name, code
        self.intro.setText(intro)
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.group_labels = []
        for index, group in enumerate(code.split("-") if code else []):
            row, column = divmod(index, GROUPS_PER_ROW)
            number = label(str(index + 1), "muted", wrap=False)
            text = label(group, wrap=False)
            text.setFont(monospace(24))
            self._grid.addWidget(number, row * 3, column)
            self._grid.addWidget(text, row * 3 + 1, column)
            self._grid.setRowMinimumHeight(row * 3 + 2, 14)  # air between the rows of groups
            self.group_labels.append(text)

    def forget(self) -> None:
        """Drop the code from the screen and from this widget."""
        self.set_code("", "", "")
        self.saved_note.hide()

    def save_as_pdf(self) -> None:
        suggested = self.tr("{vault} recovery code.pdf").format(vault=self.vault_name)
        path = dialogs.choose_save_file(self, self.tr("Save the recovery code as PDF"), suggested, "PDF (*.pdf)")
        if path is None:
            return
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(path, self.vault_name, self._code, date.today())
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Recovery code"), exc.message)
            return
        self.saved_note.setText(self.tr("Saved as {path}. Print it now, then delete the file.").format(path=path))
        self.saved_note.show()
        dialogs.inform(
            self,
            self.tr("Recovery code"),
            self.tr(
                "The recovery sheet was saved as {path}. Print it, keep the paper locked away, then delete the file."
            ).format(path=path),
        )

    def print_sheet(self) -> None:
        try:
            require_sheet_glyphs(self.vault_name, self._code, date.today())
        except SaksiError as exc:
            dialogs.warn(self, self.tr("Recovery code"), exc.message)
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        accepted = dialogs.run(dialog) == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        painter = QPainter()
        if not painter.begin(printer):
            dialogs.warn(self, self.tr("Recovery code"), self.tr("The printer could not be started."))
            return
        paint_sheet(painter, QRectF(painter.viewport()), self.vault_name, self._code, date.today())
        painter.end()


class RecoveryCodePage(QWizardPage):
    def __init__(self, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._intro = intro
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(self.tr("Shown only once. Write it down or print it now."))
        self.view = RecoveryCodeView()
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ShowsRecoveryCode)
        self.view.set_code(wizard.vault_name(), wizard.recovery_code(), self._intro)


class ConfirmCodePage(QWizardPage):
    """Retype one group chosen at random; only then can the wizard finish."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Check that you wrote it down"))
        self.setSubTitle(
            self.tr(
                "One group, typed from your paper, finds a copying mistake now rather than on the day you need the code."
            )
        )
        self.group_number = 1
        self._expected = ""
        self.prompt = label()
        self.entry = QLineEdit()
        self.entry.setFont(monospace(18))
        self.entry.setMaxLength(9)
        self.entry.setMaximumWidth(200)
        self.feedback = ErrorLabel()
        self.entry.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.entry)
        layout.addWidget(self.feedback)
        layout.addWidget(
            label(self.tr("If you cannot find it on your paper, go Back and copy the code again."), "muted")
        )
        layout.addStretch(1)

    def initializePage(self) -> None:
        wizard = self.wizard()
        assert isinstance(wizard, ShowsRecoveryCode)
        groups = wizard.recovery_code().split("-")
        self.group_number = secrets.randbelow(len(groups)) + 1
        self._expected = groups[self.group_number - 1]
        self.prompt.setText(
            self.tr("Look at your paper, not at the screen. Type group {number} of {total}:").format(
                number=self.group_number, total=len(groups)
            )
        )
        self.entry.clear()
        self.feedback.clear_error()

    def matches(self) -> bool:
        return bool(self._expected) and normalise_recovery_code(self.entry.text()) == self._expected

    def isComplete(self) -> bool:
        return self.matches()

    def _changed(self) -> None:
        typed = normalise_recovery_code(self.entry.text()).replace("-", "")
        wrong = len(typed) >= len(self._expected) and not self.matches()
        self.feedback.show_error(
            self.tr("That is not group {number}. Check your paper.").format(number=self.group_number) if wrong else ""
        )
        self.completeChanged.emit()


class ShowsRecoveryCode(QWizard):
    """A wizard that ends with the recovery code pages; it cannot be cancelled once the code exists."""

    def vault_name(self) -> str:
        raise NotImplementedError

    def recovery_code(self) -> str:
        raise NotImplementedError

    def code_is_live(self) -> bool:
        return bool(self.recovery_code())

    def reject(self) -> None:
        # Once the code is in effect, leaving without the check would risk a vault nobody can recover.
        # Locking the vault still closes this wizard (ui.dialogs.close_all uses done()).
        if not self.code_is_live():
            super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        self._forget_code()

    def _forget_code(self) -> None:
        for page_id in self.pageIds():
            page = self.page(page_id)
            if isinstance(page, RecoveryCodePage):
                page.view.forget()


class NewRecoveryCodeWizard(ShowsRecoveryCode):
    """Shows a new recovery code (after replacing it or rotating the data key) and checks it was written down."""

    def __init__(self, vault_name: str, code: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vault_name, self._code = vault_name, code
        self.setWindowTitle(self.tr("New recovery code"))
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.code_page = RecoveryCodePage(intro)
        self.confirm_page = ConfirmCodePage()
        self.addPage(self.code_page)
        self.addPage(self.confirm_page)
        self.resize(760, 560)

    def vault_name(self) -> str:
        return self._vault_name

    def recovery_code(self) -> str:
        return self._code

    def done(self, result: int) -> None:
        super().done(result)
        self._code = ""
