"""The report's words in the reader's language: titles, notes, categories and the filters.

``app.analysis.findings`` writes English source strings. Titles, summaries and notes are translated
in the Qt context "findings", categories in "vocab" (as everywhere else in the app), and the
area's own sentences in "Reports".
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from app.analysis.findings import HIDDEN, UNKNOWN, Cell, Report, ReportFilters, Table
from app.cases import vocab
from ui import i18n
from ui.cases import text
from ui.i18n import QT_TRANSLATE_NOOP

NOTE_SENTENCE = re.compile(r"(?<=\.)\s+")  # notes translate sentence by sentence (ui.i18n.extract lists them so)


def tr(source: str) -> str:
    return i18n.lookup("Reports", source)


def finding(source: str) -> str:
    """A title, summary or note written by app.analysis.findings."""
    return QCoreApplication.translate("findings", source) if source else ""


def category(cell: Cell) -> str:
    if cell.code == UNKNOWN and cell.label == "Not recorded":
        return tr("Not recorded")
    return QCoreApplication.translate("vocab", cell.label)


def note(table: Table) -> str:
    """The table's note, sentence by sentence, so that the one with a number still translates."""
    sentences = [s for s in NOTE_SENTENCE.split(table.note.strip()) if s]
    return " ".join(finding(sentence) for sentence in sentences)


def unit(table: Table) -> str:
    return tr("Charges") if table.base_label == "charges" else tr("Cases")


def medium_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMM yyyy")


def describe(filters: ReportFilters) -> str:
    """The filters in plain words ("no filters" when there are none)."""
    parts = []
    if filters.start or filters.end:
        parts.append(
            tr("opened {start} to {end}").format(
                start=medium_date(filters.start) if filters.start else tr("any date"),
                end=medium_date(filters.end) if filters.end else tr("any date"),
            )
        )
    if filters.jurisdiction:
        parts.append(tr("jurisdiction {country}").format(country=text.country(filters.jurisdiction)))
    if filters.nationality:
        parts.append(tr("nationality {country}").format(country=text.country(filters.nationality)))
    if filters.status:
        parts.append(tr("status {status}").format(status=text.term(vocab.CASE_STATUS, filters.status)))
    return ", ".join(parts) if parts else tr("no filters")


def headline(table: Table, k: int) -> str:
    """One line for the key findings: the most frequent answers that may be shown, with their share.

    Only cells shown in the table are used; nothing is added up (a sum could uncover a hidden cell).
    Empty when the table has nothing to say.
    """
    if table.withheld:
        return ""
    shown = [c for c in table.cells if not c.suppressed and c.count > 0 and c.code != UNKNOWN]
    if not shown:
        return ""
    top = sorted(shown, key=lambda c: -c.count)[: 2 if table.exclusive else 3]
    items = ", ".join(
        tr("{category} ({percent})").format(category=category(c), percent=c.percent(table.base)) for c in top
    )
    return tr("{title}: {items}").format(title=finding(table.title), items=items)


def cases_line(report: Report, made_at: str) -> str:
    """'60 case files · all case files · minimum cell size 5 · made at 14:05'."""
    return tr("{cases} case files · {filters} · minimum cell size k = {k} · made at {time}").format(
        cases=cases_in(report), filters=describe(report.filters), k=report.k, time=made_at
    )


def short_cases_line(report: Report) -> str:
    """'300 case files · all case files · k = 5', for the bar above the report."""
    return tr("{cases} case files · {filters} · k = {k}").format(
        cases=cases_in(report), filters=describe(report.filters), k=report.k
    )


def cases_in(report: Report) -> str:
    if report.withheld and report.cases > 0:
        return f"<{report.k}"
    return text.number(report.cases)


def privacy_note(k: int) -> str:
    return tr(
        'Privacy: no count from 1 to {last} is shown. Every hidden count is shown as "{hidden}" and drawn as a pale '
        "stub, whatever its size: some are hidden only so that a small one cannot be worked out from the others "
        "(by subtraction from a total, or from the base of a table about some of the cases). The report holds "
        "no names, case references, identifiers, free text or exact dates: only categories, countries and quarters."
    ).format(last=k - 1, hidden=HIDDEN)


def hidden_tip(k: int) -> str:
    return tr("Not shown: a count from 1 to {last}, or hidden so that such a count cannot be worked out.").format(
        last=k - 1
    )


def not_legal() -> str:
    return tr(
        "Not a legal determination: these figures describe what the case files record. They do not decide "
        "whether anyone is a victim of trafficking or forced labour."
    )


SHORT_SECTION_NAMES = {  # for the row of links that jump to a section
    "profile": QT_TRANSLATE_NOOP("Reports", "Profile"),
    "recruitment": QT_TRANSLATE_NOOP("Reports", "Recruitment"),
    "transportation": QT_TRANSLATE_NOOP("Reports", "Transportation"),
    "conditions": QT_TRANSLATE_NOOP("Reports", "Conditions"),
    "detention": QT_TRANSLATE_NOOP("Reports", "Rescue and detention"),
    "outcomes": QT_TRANSLATE_NOOP("Reports", "Outcomes"),
    "timeline": QT_TRANSLATE_NOOP("Reports", "Over time"),
}


def short_name(section_id: str, fallback: str) -> str:
    source = SHORT_SECTION_NAMES.get(section_id)
    return tr(source) if source else finding(fallback)
