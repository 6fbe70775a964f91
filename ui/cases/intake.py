"""The guided intake interview: the client's account recorded once, section by section.

Trauma-informed by design: sensitive questions are marked and can be skipped or marked "do not
ask again" (recorded with who and when, so nobody asks again); the interview can be paused and
resumed where it stopped; an interpreter and the language are recorded with each session.

Saved as you go: every valid answer goes into the case at once and is saved 500 ms after the last
change, immediately on a section change, on Pause, when the view is hidden, and by ``flush()``
(called before the vault locks). An invalid answer is explained next to its field and not saved.
"""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.cases import intake
from app.cases.intake import Question, Section
from app.cases.model import SECTIONS, Case, Compound, Skip
from storage.cases import StaleCase
from storage.errors import SaksiError
from storage.vault import Vault
from ui import dialogs, vault_ops
from ui.cases import text
from ui.cases.doc import explain
from ui.cases.fields import AnswerField, ItemsField, make_field
from ui.look import ACCENT
from ui.widgets import ErrorLabel, label

SAVE_DELAY_MS = 500
MARKS = {"done": "✓", "in_progress": "●", "not_started": "○"}
TAG_STYLE = "background: #f3e3c3; color: #5c3d00; border-radius: 3px; padding: 1px 6px; font-weight: 600;"
_BLANK = Case(compounds=[Compound()])  # the value a question has when nobody answered it


def tr_intake(source: str) -> str:
    """Section titles, prompts and help come from app.cases.intake (English); translated in context "intake"."""
    return QCoreApplication.translate("intake", source) if source else ""


class QuestionBox(QFrame):
    """One question: prompt, sensitive tag, help, the answer field, an inline error, and the skip controls."""

    skip_requested = Signal(str, bool)  # question id, do not ask again
    undo_requested = Signal(str)

    def __init__(self, question: Question, field: AnswerField, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question, self.field = question, field
        self.prompt = label(tr_intake(question.prompt))
        self.prompt.setStyleSheet("font-weight: 600;")
        self.error = ErrorLabel()
        self.note = label(role="muted")
        self.undo_button = QPushButton()
        self.undo_button.clicked.connect(lambda: self.undo_requested.emit(question.id))
        self.note_row = _hrow(self.note, self.undo_button)
        head = QHBoxLayout()
        head.addWidget(self.prompt, 1)
        self.skip_button = self.never_button = None
        if question.sensitive:
            tag = label(self.tr("Sensitive"), wrap=False)
            tag.setStyleSheet(TAG_STYLE)
            tag.setToolTip(self.tr("Ask gently. The client may skip this question, or ask not to be asked again."))
            head.insertWidget(0, tag)
            self.skip_button = QPushButton(self.tr("Skip for now"))
            self.never_button = QPushButton(self.tr("Do not ask again"))
            self.skip_button.clicked.connect(lambda: self.skip_requested.emit(question.id, False))
            self.never_button.clicked.connect(lambda: self.skip_requested.emit(question.id, True))
            head.addWidget(self.skip_button)
            head.addWidget(self.never_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 10, 0, 10)
        layout.addLayout(head)
        self.help = label(tr_intake(question.help), "muted")
        self.help.setVisible(bool(question.help))
        layout.addWidget(self.help)
        layout.addWidget(field)
        layout.addWidget(self.error)
        layout.addWidget(self.note_row)

    def show_skip(self, skip: Skip | None) -> None:
        """Hide the question behind a note while it is skipped; "do not ask again" also hides the prompt."""
        self.note_row.setVisible(skip is not None)
        never = skip is not None and skip.do_not_ask
        for widget in (self.field, self.help if self.question.help else None, self.skip_button, self.never_button):
            if widget is not None:
                widget.setVisible(skip is None)
        self.prompt.setVisible(not never)
        if skip is None:
            return
        who, day = skip.recorded_by, text.fuzzy_date(skip.at[:10])
        if never:
            self.note.setText(
                self.tr("“{prompt}”: not asked again (recorded by {who} on {date}).").format(
                    prompt=tr_intake(self.question.prompt), who=who, date=day
                )
            )
            self.undo_button.setText(self.tr("Undo"))
        else:
            self.note.setText(
                self.tr("Skipped for now by {who} on {date}. You can come back to it.").format(who=who, date=day)
            )
            self.undo_button.setText(self.tr("Ask now"))
        self.error.clear_error()


def _hrow(*widgets: QWidget) -> QWidget:
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return holder


class IntakeView(QWidget):
    """The interview for one case. Starts paused; ``resume()`` opens a session (the area does it for you)."""

    paused = Signal()  # after Pause: the area goes back to the case page
    saved = Signal(int)  # the new version

    def __init__(self, vault: Vault, reference: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.reference = vault, reference
        self.files = vault_ops.case_files(vault)
        self.case, self.version = self.files.load(reference)
        self.dirty = False
        self.running = False
        self.boxes: dict[str, QuestionBox] = {}
        self.section_id = intake.resume_section(self.case)
        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(self._top())
        layout.addWidget(self._body(), 1)
        self._refresh_marks()
        self.show_section(self.section_id)
        self._set_running(False)

    # ---- building
    def _top(self) -> QVBoxLayout:
        title = label(self.tr("Interview"), "heading", wrap=False)
        who = label(f"{self.reference} · {self.case.client.display_name}".rstrip(" ·"), "muted")
        self.save_state = label(self.tr("All changes saved"), "muted", wrap=False)
        self.language = QLineEdit(self.case.interview.language)
        self.language.setPlaceholderText(self.tr("e.g. Khmer"))
        self.interpreter = QLineEdit(self.case.interview.interpreter)
        self.interpreter.setPlaceholderText(self.tr("Name, or empty if none"))
        for field in (self.language, self.interpreter):
            field.setMinimumWidth(160)
        self.language.textChanged.connect(self._language_changed)
        self.interpreter.textChanged.connect(self._language_changed)
        self.resume_button = QPushButton(
            self.tr("Resume interview") if self.case.interview.sessions else self.tr("Start interview")
        )
        self.resume_button.setObjectName("primary")
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setToolTip(self.tr("Save, end this session and go back to the case. Resume any time."))
        self.resume_button.clicked.connect(self.resume)
        self.pause_button.clicked.connect(self.pause)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(SECTIONS))
        self.progress.setMinimumWidth(220)
        self.banner = label(
            self.tr(
                "The interview is paused. Check the language and interpreter, then resume when the client is ready."
            )
        )
        self.banner.setStyleSheet(f"background: #e4eeef; border-left: 4px solid {ACCENT}; padding: 8px;")
        heading = QHBoxLayout()
        heading.addWidget(title)
        heading.addSpacing(12)
        heading.addWidget(who, 1)
        heading.addWidget(self.save_state)
        controls = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("Interview language:"), self.language)
        form2 = QFormLayout()
        form2.addRow(self.tr("Interpreter:"), self.interpreter)
        controls.addLayout(form)
        controls.addSpacing(16)
        controls.addLayout(form2)
        controls.addStretch(1)
        controls.addWidget(self.progress)
        controls.addSpacing(16)
        controls.addWidget(self.resume_button)
        controls.addWidget(self.pause_button)
        top = QVBoxLayout()
        top.addLayout(heading)
        top.addLayout(controls)
        top.addWidget(self.banner)
        return top

    def _body(self) -> QWidget:
        self.sections = QListWidget()
        self.sections.setFixedWidth(260)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sections.setWordWrap(True)
        self.sections.setObjectName("sidebar")
        for section in intake.SECTION_LIST:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, section.id)
            self.sections.addItem(item)
        self.sections.currentRowChanged.connect(self._section_clicked)
        self.page_area = QScrollArea()
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        legend = label(self.tr("✓ done   ● started   ○ not started"), "muted", wrap=False)
        left = QVBoxLayout()
        left.addWidget(self.sections, 1)
        left.addWidget(legend)
        body = QWidget()
        row = QHBoxLayout(body)
        row.setContentsMargins(0, 8, 0, 0)
        row.addLayout(left)
        row.addSpacing(16)
        row.addWidget(self.page_area, 1)
        return body

    def _page(self, section: Section) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(4, 0, 16, 16)
        column.addWidget(label(tr_intake(section.title), "heading"))
        column.addWidget(label(tr_intake(section.intro), "muted"))
        if section.id == "compound":
            column.addWidget(
                label(self.tr("The questions after the list are about the first compound in it."), "muted")
            )
        self.boxes = {}
        for question in section.questions:
            box = self._question_box(question)
            column.addWidget(box)
        column.addWidget(self._account_box(section))
        self.done_box = QCheckBox(self.tr("This section is done"))
        self.done_box.setChecked(self.case.interview.progress.get(section.id) == "done")
        self.done_box.toggled.connect(self._done_toggled)
        self.next_button = QPushButton(self.tr("Next section"))
        self.next_button.clicked.connect(self.next_section)
        self.next_button.setVisible(section.id != SECTIONS[-1])
        column.addWidget(_hrow(self.done_box))
        column.addWidget(_hrow(self.next_button))
        column.addStretch(1)
        return page

    def _question_box(self, question: Question) -> QuestionBox:
        field = make_field(question, intake.get_answer(_BLANK, question.id))
        field.set_value(intake.get_answer(self.case, question.id))
        box = QuestionBox(question, field)
        box.show_skip(intake.skipped(self.case, question.id))
        field.edited.connect(lambda final, q=question: self._answered(q, final))
        box.skip_requested.connect(self._skip)
        box.undo_requested.connect(self._unskip)
        self.boxes[question.id] = box
        return box

    def _account_box(self, section: Section) -> QGroupBox:
        box = QGroupBox(self.tr("Account in the client's words"))
        self.account = QPlainTextEdit(self.case.interview.accounts.get(section.id, ""))
        self.account.setPlaceholderText(
            self.tr(
                "What the client says about this part, in their own words. Recorded once, so it need not be asked again."
            )
        )
        self.account.setMinimumHeight(120)
        self.account.textChanged.connect(self._account_changed)
        inner = QVBoxLayout(box)
        inner.addWidget(self.account)
        return box

    # ---- state shown
    def _set_running(self, running: bool) -> None:
        self.running = running
        self.resume_button.setVisible(not running)
        self.pause_button.setVisible(running)
        self.banner.setVisible(not running)
        self.page_area.setEnabled(running)

    def _refresh_marks(self) -> None:
        progress = self.case.interview.progress
        for row, section in enumerate(intake.SECTION_LIST):
            item = self.sections.item(row)
            state = progress.get(section.id, "not_started")
            item.setText(f"{MARKS[state]}  {tr_intake(section.title)}")
        done, total = intake.progress(self.case)
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("{done} of {total} sections done").format(done=done, total=total))

    def _show_save_state(self, message: str, error: bool = False) -> None:
        self.save_state.setText(message)
        self.save_state.setObjectName("error" if error else "muted")
        self.save_state.style().unpolish(self.save_state)
        self.save_state.style().polish(self.save_state)

    # ---- navigation and sessions
    def show_section(self, section_id: str) -> None:
        """Go to a section: pending answers are saved first."""
        if self.boxes:
            self.flush()
        self.section_id = section_id
        if self.running:
            self._enter_section()
        row = SECTIONS.index(section_id)
        if self.sections.currentRow() != row:
            self.sections.blockSignals(True)
            self.sections.setCurrentRow(row)
            self.sections.blockSignals(False)
        old = self.page_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.page_area.setWidget(self._page(intake.section(section_id)))
        self.page_area.verticalScrollBar().setValue(0)

    def _enter_section(self) -> None:
        if self.case.interview.progress.get(self.section_id) == "done":
            self.case.interview.current_section = self.section_id
        else:
            intake.set_progress(self.case, self.section_id, "in_progress")
        self._refresh_marks()
        self._touched(now=True)

    def _section_clicked(self, row: int) -> None:
        if 0 <= row < len(SECTIONS) and SECTIONS[row] != self.section_id:
            self.show_section(SECTIONS[row])

    def next_section(self) -> None:
        index = SECTIONS.index(self.section_id)
        if index + 1 < len(SECTIONS):
            self.show_section(SECTIONS[index + 1])

    def resume(self) -> None:
        """Open a session and pick up where the interview stopped."""
        intake.start_session(self.case, self.vault.user.name)
        self._set_running(True)
        self.dirty = True
        self.boxes = {}  # nothing pending on the page just built: no flush before the jump
        self.show_section(intake.resume_section(self.case))

    def pause(self) -> None:
        """End the session, save, and hand back to the case page."""
        self.end_session()
        if self.flush():
            self.paused.emit()

    def end_session(self) -> None:
        """Close the open session (saved with the next flush); the view stays, paused."""
        if not self.running:
            return
        intake.end_session(self.case)
        self.dirty = True
        self._set_running(False)
        self.resume_button.setText(self.tr("Resume interview"))

    # ---- answers
    def _answered(self, question: Question, final: bool) -> None:
        box = self.boxes.get(question.id)
        if box is None:
            return
        field = box.field
        trial = self.case.model_copy(deep=True)  # a rejected answer must leave no trace (not even a new compound)
        try:
            intake.set_answer(trial, question.id, field.value())
        except ValidationError as exc:
            if final or box.error.isVisible():
                rows = field.rows_in_value if isinstance(field, ItemsField) else None
                box.error.show_error(explain(exc, rows))
            return
        box.error.clear_error()
        if trial == self.case:
            return
        old, self.case = self.case, trial
        if isinstance(field, ItemsField):
            field.adopt(intake.get_answer(self.case, question.id))
        self._refresh_related(question.id, old)
        if self.case.interview.progress.get(self.section_id, "not_started") == "not_started":
            intake.set_progress(self.case, self.section_id, "in_progress")
            self._refresh_marks()
        self._touched()

    def _refresh_related(self, changed: str, old: Case) -> None:
        """Another question on the page whose value changed with this one (the compound list and its first row)."""
        for question_id, box in self.boxes.items():
            if question_id == changed:
                continue
            now = intake.get_answer(self.case, question_id)
            if now != intake.get_answer(old, question_id):
                box.field.set_value(now)

    def _skip(self, question_id: str, do_not_ask: bool) -> None:
        intake.skip(self.case, question_id, self.vault.user.name, do_not_ask=do_not_ask)
        self.boxes[question_id].show_skip(intake.skipped(self.case, question_id))
        self._touched(now=True)

    def _unskip(self, question_id: str) -> None:
        intake.unskip(self.case, question_id)
        self.boxes[question_id].show_skip(None)
        self._touched(now=True)

    def _account_changed(self) -> None:
        accounts = dict(self.case.interview.accounts)
        written = self.account.toPlainText()
        if written.strip():
            accounts[self.section_id] = written
        else:
            accounts.pop(self.section_id, None)
        self.case.interview.accounts = accounts
        self._touched()

    def _language_changed(self) -> None:
        self.case.interview.language = self.language.text()
        self.case.interview.interpreter = self.interpreter.text()
        self._touched()

    def _done_toggled(self, done: bool) -> None:
        intake.set_progress(self.case, self.section_id, "done" if done else "in_progress")
        self._refresh_marks()
        self._touched(now=True)

    # ---- saving
    def _touched(self, now: bool = False) -> None:
        self.dirty = True
        self._show_save_state(self.tr("Saving…"))
        if now:
            self.flush()
        else:
            self.save_timer.start()

    def flush(self) -> bool:
        """Save pending answers now. False when they could not be saved (the reason is shown)."""
        self.save_timer.stop()
        if not self.dirty:
            return True
        if not self.vault.is_open:
            return False
        try:
            self.version = self.files.save(self.case, self.version)
        except StaleCase as exc:
            self._stale(exc)
            return False
        except SaksiError as exc:  # disk full, for example: keep the answers and try again on the next change
            self._show_save_state(self.tr("Not saved: {reason}").format(reason=exc.message), error=True)
            return False
        self.dirty = False
        self._show_save_state(self.tr("All changes saved"))
        self.saved.emit(self.version)
        return True

    def _stale(self, exc: StaleCase) -> None:
        self.dirty = False
        dialogs.warn(
            self,
            self.tr("Not saved"),
            f"{exc.message}\n\n{self.tr('The interview now shows the case as last saved.')}",
        )
        self.case, self.version = self.files.load(self.reference)
        self.boxes = {}
        self._refresh_marks()
        self.show_section(self.section_id)
        self._show_save_state(self.tr("Reloaded"))

    def answer_field(self, question_id: str) -> AnswerField:
        return self.boxes[question_id].field

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        super().closeEvent(event)
