"""The findings report: what the case files say about who is trafficked and how, with small cells protected.

Sections follow the seed (profile, recruitment, transportation, working and living
conditions, rescue and detention, outcomes). Counts from 1 to k-1 (k >= 3, default 5) are
never published, and neither is anything that would let a reader work one out from the
rest of the same report:

- Every hidden cell is shown the same way, as "x" (never as "<k": a complementary cell
  may be large, and a range label would tell the reader more than the count itself).
- In a table whose rows add up to its base (one answer per case), the hidden cells must
  together leave room for each small one to be k or more: a reader who knows the base, the
  shown cells, and that a hidden cell is at least 1 could otherwise narrow it down
  (20, 1, 1 of 22 at k=5 pins both 1s). The next smallest shown cells are hidden until that
  holds; if it cannot hold, the whole table is withheld, zeros included.
- A table about a sub-population (platforms among those recruited online, conditions
  among the detained) takes its base from a cell of another table. When that cell is hidden,
  the whole sub-table is withheld with its base, so its base cannot reveal the hidden cell.
- In a table where a case can have several answers, each cell is bounded only by the base
  (k or more), so hiding the small cells is enough.

``tests/unit/test_findings_privacy.py`` attacks every report it generates with an integer
linear program over everything one export publishes, and checks no hidden small count can
be pinned below k. Nothing here carries a name, reference, identifier, free text or exact
date: only codes from the vocabularies, countries, and year-quarters.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.cases import vocab
from app.cli.defaults import DEFAULT_K as DEFAULT_K  # re-exported; kept in app.cli.defaults for the CLI's fast start
from app.cli.defaults import MIN_K as MIN_K

HIDDEN = "x"  # how every unpublished count is shown, whatever its size
AGE_BANDS = ((0, 8), (9, 17), (18, 20), (21, 23), (24, 26), (27, 29), (30, 38), (39, 47), (48, 200))
UNKNOWN = "unknown"
Document = dict[str, Any]


@dataclass(frozen=True)
class ReportFilters:
    start: date | None = None  # opened on or after
    end: date | None = None  # opened on or before
    jurisdiction: str = ""
    nationality: str = ""
    status: str = ""

    def keep(self, doc: Document) -> bool:
        opened = str(doc.get("opened_on", ""))
        if self.start and opened < self.start.isoformat():
            return False
        if self.end and opened > self.end.isoformat():
            return False
        if self.jurisdiction and doc.get("jurisdiction") != self.jurisdiction:
            return False
        if self.nationality and self.nationality not in doc.get("client", {}).get("nationalities", []):
            return False
        return not (self.status and doc.get("status") != self.status)

    def describe(self) -> str:
        parts = []
        if self.start or self.end:
            parts.append(f"cases opened {self.start or '...'} to {self.end or '...'}")
        for name, value in (
            ("jurisdiction", self.jurisdiction),
            ("nationality", self.nationality),
            ("status", self.status),
        ):
            if value:
                parts.append(f"{name} {value}")
        return ", ".join(parts) or "all cases"


@dataclass
class Cell:
    code: str
    label: str
    count: int
    suppressed: bool = False

    def shown(self, k: int) -> str:
        return HIDDEN if self.suppressed else str(self.count)

    def percent(self, base: int) -> str:
        if self.suppressed or base == 0:
            return ""
        return f"{100 * self.count / base:.0f}%"


@dataclass
class Table:
    id: str
    title: str
    cells: list[Cell]
    base: int  # the number of cases the percentages refer to
    exclusive: bool  # one answer per case: the cells add up to base
    note: str = ""
    base_label: str = "cases"
    chart: bool = True
    parent: tuple[str, str] | None = None  # (table id, cell code) whose count is this table's base
    withheld: bool = False  # every cell hidden, zeros included
    base_hidden: bool = False

    def rows(self, k: int) -> list[tuple[str, str, str]]:
        return [(c.label, c.shown(k), c.percent(self.base)) for c in self.cells]


@dataclass
class Section:
    id: str
    title: str
    summary: str
    tables: list[Table] = field(default_factory=list)


@dataclass
class Report:
    k: int
    filters: ReportFilters
    cases: int
    sections: list[Section]
    timeline: Table | None
    withheld: bool = False  # fewer than k cases in scope: nothing is shown

    def all_tables(self) -> list[Table]:
        tables = [t for s in self.sections for t in s.tables]
        return tables + ([self.timeline] if self.timeline else [])


# ----------------------------------------------------------------------------- suppression
WITHHELD_NOTE = "Counts withheld: too few cases, or their number is hidden to protect another count."


def _largest_room(hidden: list[Cell]) -> int:
    """The most a hidden cell could be, to a reader who knows their total and that each is at least 1."""
    return sum(c.count for c in hidden) - (len(hidden) - 1)


def protected(table: Table, k: int) -> bool:
    """True when no small hidden cell of this table can be bounded below k from what the table shows."""
    if table.withheld or not table.exclusive:
        return True  # withheld: each hidden cell may be 0..base; several answers: each may be 0..base (>= k)
    hidden = [c for c in table.cells if c.suppressed]
    if not any(0 < c.count < k for c in hidden):
        return True
    return _largest_room(hidden) >= k


def withhold(table: Table, *, base_hidden: bool) -> Table:
    table.withheld = True
    table.base_hidden = base_hidden
    for cell in table.cells:
        cell.suppressed = True
    table.note = (table.note + " " if table.note else "") + WITHHELD_NOTE
    return table


def suppress(table: Table, k: int) -> Table:
    """Hide 1..k-1; then, where rows add up to the base, the next smallest cells until each small one is safe."""
    for cell in table.cells:
        cell.suppressed = 0 < cell.count < k
    while not protected(table, k):
        shown = sorted((c for c in table.cells if not c.suppressed and c.count > 0), key=lambda c: c.count)
        if not shown:
            return withhold(table, base_hidden=False)
        shown[0].suppressed = True
    return table


def protect(tables: list[Table], k: int) -> None:
    """Suppress every table of one report together: a sub-table follows the cell that is its base."""
    by_id = {t.id: t for t in tables}
    for table in tables:  # parents come before their sub-tables in report order
        parent_hidden = False
        if table.parent is not None:
            parent_id, code = table.parent
            parent_hidden = any(c.suppressed for c in by_id[parent_id].cells if c.code == code)
        if parent_hidden:
            withhold(table, base_hidden=True)
        elif 0 < table.base < k:
            withhold(table, base_hidden=True)  # a sub-population too small to describe
        else:
            suppress(table, k)


def check_k(k: int) -> int:
    if k < MIN_K:
        raise ValueError(f"The minimum cell size cannot be below {MIN_K}.")
    return k


# ----------------------------------------------------------------------------- reading documents
def _get(doc: Any, path: str) -> list[Any]:
    """Every value at a dotted path; lists of items are walked (compounds.controls -> all controls)."""
    values = [doc]
    for part in path.split("."):
        nxt: list[Any] = []
        for value in values:
            if isinstance(value, dict):
                item = value.get(part)
                if isinstance(item, list):
                    nxt.extend(item)
                elif item is not None:
                    nxt.append(item)
            elif isinstance(value, list):
                for element in value:
                    if isinstance(element, dict) and element.get(part) is not None:
                        got = element[part]
                        nxt.extend(got if isinstance(got, list) else [got])
        values = nxt
    return values


def _one(doc: Document, path: str) -> str:
    values = [v for v in _get(doc, path) if v not in (None, "")]
    return str(values[0]) if values else UNKNOWN


def age_band(age: int | None) -> str:
    if age is None:
        return UNKNOWN
    for low, high in AGE_BANDS:
        if low <= age <= high:
            return f"{low}+" if high >= 200 else f"{low}-{high}"
    return UNKNOWN


def _labels(terms: tuple[vocab.Term, ...]) -> dict[str, str]:
    return {t.code: t.label for t in terms}


# ----------------------------------------------------------------------------- building tables
def single(
    table_id: str,
    title: str,
    docs: list[Document],
    key: Callable[[Document], str],
    labels: dict[str, str],
    order: Iterable[str] | None = None,
    note: str = "",
) -> Table:
    counts = Counter(key(d) for d in docs)
    codes = list(order) if order is not None else [c for c in labels if c != UNKNOWN]
    codes += [c for c in counts if c not in codes and c != UNKNOWN]
    if counts.get(UNKNOWN):
        codes.append(UNKNOWN)
    cells = [Cell(c, labels.get(c, "Not recorded" if c == UNKNOWN else c), counts.get(c, 0)) for c in codes]
    return Table(table_id, title, cells, len(docs), exclusive=True, note=note)


def multi(table_id: str, title: str, docs: list[Document], path: str, labels: dict[str, str], note: str = "") -> Table:
    """Each case counted once per answer it has (a case can be in several rows)."""
    counts: Counter[str] = Counter()
    for doc in docs:
        counts.update(set(str(v) for v in _get(doc, path)))
    codes = [c for c in labels if counts.get(c)] + sorted(c for c in counts if c not in labels)
    cells = [Cell(c, labels.get(c, c), counts[c]) for c in codes]
    cells.sort(key=lambda c: -c.count)
    note = (note + " " if note else "") + "A case can have several answers; rows do not add up to the total."
    return Table(table_id, title, cells, len(docs), exclusive=False, note=note)


def _among(table: Table, parent: tuple[str, str]) -> Table:
    """A table about the cases counted in one cell of another table (its base is that cell)."""
    table.parent = parent
    return table


def _country_labels() -> dict[str, str]:
    return _labels(vocab.COUNTRIES)


def _yes_no(table_id: str, title: str, docs: list[Document], path: str, note: str = "") -> Table:
    return single(table_id, title, docs, lambda d: _one(d, path), {"yes": "Yes", "no": "No"}, ["yes", "no"], note)


def profile(docs: list[Document]) -> Section:
    section = Section(
        "profile", "Profile of the clients", "Age when recruited, gender, education, skills and nationality."
    )
    bands = [f"{low}-{high}" if high < 200 else f"{low}+" for low, high in AGE_BANDS]
    section.tables = [
        single(
            "age",
            "Age when recruited (CTDC age bands)",
            docs,
            lambda d: age_band(d.get("client", {}).get("age_at_recruitment")),
            {b: b for b in bands},
            bands,
        ),
        single("gender", "Gender", docs, lambda d: _one(d, "client.sex"), _labels(vocab.SEX)),
        single("education", "Education", docs, lambda d: _one(d, "client.education"), _labels(vocab.EDUCATION)),
        multi("skills", "Skills and languages", docs, "client.skills", _labels(vocab.SKILLS)),
        single("nationality", "Nationality", docs, lambda d: _one(d, "client.nationalities"), _country_labels()),
    ]
    return section


def recruitment(docs: list[Document]) -> Section:
    section = Section("recruitment", "Recruitment", "How clients were approached and what they were promised.")
    online = [d for d in docs if _one(d, "recruitment.channel") == "online"]
    section.tables = [
        single(
            "channel",
            "Online or offline",
            docs,
            lambda d: _one(d, "recruitment.channel"),
            _labels(vocab.RECRUITMENT_CHANNEL),
        ),
        _among(
            multi(
                "platforms",
                "Platforms used to recruit (online recruitment)",
                online,
                "recruitment.platforms",
                _labels(vocab.PLATFORMS),
            ),
            ("channel", "online"),
        ),
        single(
            "method",
            "How the client was approached",
            docs,
            lambda d: _one(d, "recruitment.method"),
            _labels(vocab.RECRUITMENT_METHOD),
        ),
        single(
            "job",
            "Job advertised",
            docs,
            lambda d: _one(d, "recruitment.job_advertised"),
            _labels(vocab.JOBS_ADVERTISED),
        ),
        multi("benefits", "Benefits promised", docs, "recruitment.promised_benefits", _labels(vocab.BENEFITS)),
        single(
            "relationship",
            "Relationship to the recruiter",
            docs,
            lambda d: _one(d, "recruitment.recruiter_relationship"),
            _labels(vocab.RELATIONSHIP),
        ),
    ]
    return section


def _route_kind(doc: Document) -> str:
    route = _get(doc, "transportation.route")
    if not route:
        return UNKNOWN
    return "transit" if len(route) > 2 else "direct"


def transportation(docs: list[Document]) -> Section:
    section = Section("transportation", "Transportation", "How clients travelled, who arranged it, and on what visa.")
    section.tables = [
        multi("modes", "Mode of transport", docs, "transportation.modes", _labels(vocab.TRANSPORT_MODES)),
        single(
            "route",
            "Direct or through another country",
            docs,
            _route_kind,
            {"direct": "Direct", "transit": "Through another country"},
            ["direct", "transit"],
        ),
        single(
            "arranged",
            "Travel arranged by",
            docs,
            lambda d: _one(d, "transportation.arranged_by"),
            _labels(vocab.ARRANGED_BY),
        ),
        _yes_no("pickup", "Picked up at the border", docs, "transportation.border_pickup"),
        single("visa", "Visa used to enter", docs, lambda d: _one(d, "transportation.visa"), _labels(vocab.VISA)),
    ]
    return section


def conditions(docs: list[Document]) -> Section:
    section = Section(
        "conditions",
        "Working and living conditions",
        "What was done to keep clients in the compounds, and the work they were forced to do. "
        "Counts show how many cases report each; they are not legal determinations.",
    )
    section.tables = [
        multi(
            "controls",
            "Control methods reported (HTCDS methods of control)",
            docs,
            "compounds.controls",
            _labels(vocab.CONTROLS),
        ),
        multi("scam_work", "Work the clients were forced to do", docs, "compounds.scam_work", _labels(vocab.SCAM_WORK)),
        single(
            "exploitation_country",
            "Country of exploitation",
            docs,
            lambda d: _one(d, "compounds.country"),
            _country_labels(),
        ),
    ]
    return section


def detention(docs: list[Document]) -> Section:
    section = Section(
        "detention",
        "Rescue, round-up and detention",
        "How clients left the compounds and how they were treated afterwards.",
    )
    detained = [d for d in docs if _one(d, "detention.detained") == "yes"]
    among = "Among the clients who were detained."  # the number itself is in the table above, suppressed if small
    section.tables = [
        single(
            "exit", "How the client left the compound", docs, lambda d: _one(d, "exit.kind"), _labels(vocab.EXIT_KINDS)
        ),
        _yes_no("detained", "Detained afterwards", docs, "detention.detained"),
        _among(
            _yes_no("basic_needs", "Basic needs met in detention", detained, "detention.basic_needs_met", among),
            ("detained", "yes"),
        ),
        _among(
            _yes_no(
                "retraumatising",
                "Interviews distressing or re-traumatising",
                detained,
                "detention.interviews_retraumatising",
                among,
            ),
            ("detained", "yes"),
        ),
        _yes_no("psychosocial", "Psychosocial support received", docs, "detention.psychosocial_support"),
        _yes_no("repatriation", "Support to return home received", docs, "detention.repatriation_support"),
        _yes_no("fined", "Fined (overstay or other offences)", docs, "detention.fined"),
    ]
    return section


def outcomes(docs: list[Document]) -> Section:
    section = Section(
        "outcomes",
        "Outcomes of proceedings",
        "Charges against clients and what became of non-punishment requests and claims for a remedy.",
    )
    charges = [c for d in docs for c in d.get("charges", [])]
    np_table = single(
        "non_punishment",
        "Non-punishment, per charge against a client",
        [{"np": c.get("non_punishment", UNKNOWN)} for c in charges],
        lambda c: str(c["np"]),
        _labels(vocab.NON_PUNISHMENT),
    )
    np_table.base_label = "charges"

    def remedy_state(doc: Document) -> str:
        remedies = doc.get("remedies", [])
        if any(r.get("obtained", {}).get("amount") not in (None, "", "0") for r in remedies):
            return "obtained"
        if any(r.get("claimed") for r in remedies):
            return "claimed"
        return "not_claimed" if remedies else UNKNOWN

    section.tables = [
        np_table,
        single(
            "remedy",
            "Compensation or restitution",
            docs,
            remedy_state,
            {
                "not_claimed": "Losses recorded, not yet claimed",
                "claimed": "Claimed, not (yet) obtained",
                "obtained": "Obtained (in part or in full)",
            },
            ["not_claimed", "claimed", "obtained"],
        ),
    ]
    return section


def timeline(docs: list[Document]) -> Table:
    def quarter(doc: Document) -> str:
        opened = str(doc.get("opened_on", ""))
        if len(opened) < 7:
            return UNKNOWN
        return f"{opened[:4]} Q{(int(opened[5:7]) - 1) // 3 + 1}"

    quarters = sorted({quarter(d) for d in docs if quarter(d) != UNKNOWN})
    table = single("timeline", "Cases opened per quarter", docs, quarter, {q: q for q in quarters}, quarters)
    return table


# ----------------------------------------------------------------------------- the report
def build_report(documents: Iterable[Document], filters: ReportFilters | None = None, k: int = DEFAULT_K) -> Report:
    check_k(k)
    filters = filters or ReportFilters()
    docs = [d for d in documents if filters.keep(d)]
    if len(docs) < k:
        return Report(k, filters, len(docs), [], None, withheld=True)
    sections = [
        profile(docs),
        recruitment(docs),
        transportation(docs),
        conditions(docs),
        detention(docs),
        outcomes(docs),
    ]
    report = Report(k, filters, len(docs), sections, timeline(docs))
    protect(report.all_tables(), k)
    return report


def cases_shown(report: Report) -> str:
    return f"<{report.k}" if report.withheld and report.cases > 0 else str(report.cases)


def base_shown(table: Table, k: int) -> str:
    return HIDDEN if table.base_hidden else str(table.base)
