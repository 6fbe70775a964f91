"""The Journey tab: the client's path as a vertical timeline, in the seed's order
(recruitment, the journey, the compound(s), leaving, detention, proceedings), in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.cases import intake, vocab
from app.cases.model import Case, Compound
from ui.cases import text
from ui.look import ACCENT
from ui.widgets import label

translate = QCoreApplication.translate  # a bare name pyside6-lupdate reads with its context

NAME_WIDTH = 180


@dataclass
class Stage:
    title: str
    dates: str = ""
    place: str = ""
    answers: list[tuple[str, str]] = field(default_factory=list)
    empty: str = ""  # said when nothing is recorded

    @property
    def recorded(self) -> bool:
        return bool(self.dates or self.place or self.answers)


def _place(*parts: str) -> str:
    return ", ".join(p for p in parts if p)


def _not_asked(case: Case, section_id: str) -> list[tuple[str, str]]:
    """Questions the client asked not to be asked again: the lawyer must not ask them either."""
    prompts = [
        QCoreApplication.translate("intake", q.prompt)
        for q in intake.section(section_id).questions
        if intake.do_not_ask(case, q.id)
    ]
    return [(translate("Journey", "Not to be asked again"), "; ".join(prompts))] if prompts else []


def recruitment(case: Case) -> Stage:
    r = case.recruitment
    channel = "" if r.channel == "unknown" else text.term(vocab.RECRUITMENT_CHANNEL, r.channel)
    relation = "" if r.recruiter_relationship == "unknown" else text.term(vocab.RELATIONSHIP, r.recruiter_relationship)
    answers = text.lines(
        [
            (translate("Journey", "Channel"), channel),
            (translate("Journey", "Through"), text.terms(vocab.PLATFORMS, r.platforms)),
            (translate("Journey", "How approached"), text.term(vocab.RECRUITMENT_METHOD, r.method)),
            (translate("Journey", "Job offered"), text.term(vocab.JOBS_ADVERTISED, r.job_advertised)),
            (translate("Journey", "Salary promised"), text.money(r.promised_salary)),
            (translate("Journey", "Other promises"), text.terms(vocab.BENEFITS, r.promised_benefits)),
            (translate("Journey", "The recruiter was"), relation),
            (translate("Journey", "The offer said"), r.job_description),
        ]
    )
    return Stage(
        translate("Journey", "Recruitment"), text.when(r.when), _place(r.place, text.country(r.country)), answers
    )


def transportation(case: Case) -> Stage:
    t = case.transportation
    left, arrived = text.when(t.departed), text.when(t.arrived)
    dates = " · ".join(
        p
        for p in (
            translate("Journey", "left {date}").format(date=left) if left else "",
            translate("Journey", "arrived {date}").format(date=arrived) if arrived else "",
        )
        if p
    )
    held = "" if t.documents_held_by == "unknown" else text.term(vocab.HELD_BY, t.documents_held_by)
    answers = text.lines(
        [
            (translate("Journey", "Travelled"), text.terms(vocab.TRANSPORT_MODES, t.modes)),
            (
                translate("Journey", "Arranged by"),
                "" if t.arranged_by == "unknown" else text.term(vocab.ARRANGED_BY, t.arranged_by),
            ),
            (translate("Journey", "Picked up at a border"), text.yes_no(t.border_pickup)),
            (translate("Journey", "Visa"), "" if t.visa == "unknown" else text.term(vocab.VISA, t.visa)),
            (translate("Journey", "Documents held by"), held),
        ]
    )
    return Stage(translate("Journey", "The journey"), dates, text.countries(t.route, " → "), answers)


def compound(case: Case, item: Compound, number: int) -> Stage:
    title = (
        translate("Journey", "Compound: {name}").format(name=item.name)
        if item.name
        else translate("Journey", "Compound {n}").format(n=number)
    )
    arrived, left = text.when(item.arrived), text.when(item.left)
    dates = " – ".join(p for p in (arrived, left) if p)
    hours = ""
    if item.hours_per_day is not None:
        hours = translate("Journey", "{hours} hours a day").format(hours=item.hours_per_day)
        if item.days_per_week is not None:
            hours += ", " + translate("Journey", "{days} days a week").format(days=item.days_per_week)
    answers = text.lines(
        [
            (translate("Journey", "Forced to work on"), text.terms(vocab.SCAM_WORK, item.scam_work)),
            (translate("Journey", "Hours"), hours),
            (translate("Journey", "Wage promised"), text.money(item.wage_promised)),
            (
                translate("Journey", "Wage paid"),
                text.money(item.wage_paid)
                or ("" if not item.wage_promised.amount else translate("Journey", "nothing recorded")),
            ),
            (translate("Journey", "Debt claimed"), text.money(item.debt)),
            (translate("Journey", "Kept there by"), text.terms(vocab.CONTROLS, item.controls)),
        ]
    )
    if number == 1:
        answers += _not_asked(case, "compound")
    return Stage(title, dates, _place(item.place, text.country(item.country)), answers)


def leaving(case: Case) -> Stage:
    e = case.exit
    title = (
        translate("Journey", "Leaving: {how}").format(how=text.term(vocab.EXIT_KINDS, e.kind))
        if e.kind
        else translate("Journey", "Leaving the compound")
    )
    answers = text.lines(
        [
            (translate("Journey", "Ransom paid"), text.money(e.ransom)),
            (translate("Journey", "Carried out or helped by"), e.by_whom),
        ]
    )
    return Stage(title, text.when(e.when), _place(e.place, text.country(e.country)), answers + _not_asked(case, "exit"))


def detention(case: Case) -> Stage:
    d = case.detention
    if d.detained == "no":
        return Stage(
            translate("Journey", "Detention"),
            answers=[(translate("Journey", "Detained"), text.term(vocab.YES_NO, "no"))],
        )
    since, until = text.fuzzy_date(d.since), text.fuzzy_date(d.until)
    dates = ""
    if since:
        dates = translate("Journey", "since {date}").format(date=since) + (
            " – " + until if until else " · " + translate("Journey", "still detained")
        )
    interviews = ""
    if d.interviews is not None:
        interviews = translate("Journey", "{count} times").format(count=d.interviews)
        if d.interviews_retraumatising == "yes":
            interviews += " · " + translate("Journey", "distressing")
    answers = text.lines(
        [
            (translate("Journey", "Detained"), text.yes_no(d.detained)),
            (translate("Journey", "Basic needs met"), text.yes_no(d.basic_needs_met)),
            (translate("Journey", "Interviewed"), interviews),
            (translate("Journey", "Psychosocial support"), text.yes_no(d.psychosocial_support)),
            (translate("Journey", "Help to return home"), text.yes_no(d.repatriation_support)),
            (translate("Journey", "Fined"), " ".join(p for p in (text.yes_no(d.fined), text.money(d.fine)) if p)),
            (translate("Journey", "Conditions"), d.conditions),
        ]
    )
    return Stage(
        translate("Journey", "Detention"),
        dates,
        _place(d.facility, text.country(d.country)),
        answers + _not_asked(case, "detention"),
    )


def proceedings(case: Case) -> Stage:
    answers = []
    for charge in case.charges:
        parts = [text.term(vocab.CHARGE_STAGES, charge.stage)]
        parts.append(
            translate("Journey", "non-punishment: {state}").format(
                state=text.term(vocab.NON_PUNISHMENT, charge.non_punishment)
            )
        )
        if charge.next_date:
            parts.append(translate("Journey", "next date {date}").format(date=text.fuzzy_date(charge.next_date)))
        answers.append((charge.offence or translate("Journey", "Charge"), " · ".join(parts)))
    return Stage(
        translate("Journey", "Charges and proceedings"),
        answers=answers,
        empty=translate("Journey", "No charge recorded."),
    )


def stages(case: Case) -> list[Stage]:
    found = [recruitment(case), transportation(case)]
    found += [compound(case, c, n) for n, c in enumerate(case.compounds, start=1)] or [
        Stage(translate("Journey", "Compound"))
    ]
    return [*found, leaving(case), detention(case), proceedings(case)]


class Marker(QWidget):
    """The timeline's spine: a line through a dot (filled when something is recorded)."""

    def __init__(self, filled: bool, first: bool, last: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filled, self.first, self.last = filled, first, last
        self.setFixedWidth(28)

    def sizeHint(self) -> QSize:
        return QSize(28, 40)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        x, dot = self.width() / 2, 18.0
        painter.setPen(QPen(QColor("#b8c4c6"), 2))
        painter.drawLine(QPointF(x, 0 if not self.first else dot), QPointF(x, self.height() if not self.last else dot))
        painter.setPen(QPen(QColor(ACCENT), 2))
        painter.setBrush(QColor(ACCENT) if self.filled else QColor("white"))
        painter.drawEllipse(QPointF(x, dot), 7, 7)
        painter.end()


def stage_widget(stage: Stage, first: bool, last: bool) -> QWidget:
    card = QWidget()
    column = QVBoxLayout(card)
    column.setContentsMargins(4, 6, 0, 18)
    column.setSpacing(3)
    column.addWidget(label(stage.title, "subheading"))
    meta = " · ".join(p for p in (stage.dates, stage.place) if p)
    if meta:
        column.addWidget(label(meta))
    if stage.answers:
        grid = QGridLayout()
        grid.setContentsMargins(0, 4, 0, 0)
        grid.setHorizontalSpacing(16)
        for line, (name, value) in enumerate(stage.answers):
            grid.addWidget(label(name, "muted", wrap=False), line, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(label(value), line, 1)
        grid.setColumnMinimumWidth(0, NAME_WIDTH)  # the same column in every stage: one calm line down the page
        grid.setColumnStretch(1, 1)
        column.addLayout(grid)
    if not stage.recorded:
        column.addWidget(label(stage.empty or translate("Journey", "Nothing recorded yet."), "muted"))
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(Marker(stage.recorded, first, last))
    row.addWidget(card, 1)
    return holder


class JourneyTab(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.titles: list[str] = []

    def show_case(self, case: Case) -> None:
        found = stages(case)
        self.titles = [s.title for s in found]
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(16, 12, 24, 12)
        column.setSpacing(0)
        for index, stage in enumerate(found):
            column.addWidget(stage_widget(stage, index == 0, index == len(found) - 1))
        column.addStretch(1)
        old = self.takeWidget()
        if old is not None:
            old.deleteLater()
        self.setWidget(body)
