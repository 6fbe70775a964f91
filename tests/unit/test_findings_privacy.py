"""No hidden count can be worked out from one findings export: an attacker that solves the linear constraints.

The attacker reads only the published files (findings-tables.csv, timeline.csv, cases-ctdc.csv,
cases-htcds.csv) and what anyone knows about how Saksi builds them: which tables add up to
their base, which table's base is which cell, that a hidden cell in a table that shows any
cell is at least 1, and which case-row values come from which table rows. Every hidden
count becomes an integer unknown; scipy's HiGHS then finds the least and the most each one
can be. A hidden count from 1 to k-1 must be able to reach k (the reader cannot tell it is
small), and no hidden count may be pinned. Random case sets and filters come from Hypothesis.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import numpy as np
import pycountry
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, linprog, milp

from app.analysis.findings import ReportFilters
from app.analysis.findings_export import publish
from app.cases import vocab
from app.cases.model import Case

K = 5
GENDER = {"Woman": "female", "Man": "male", "Trans/Transgender/NonConforming": "other", "": "unknown"}
AGE = {"0--8": "0-8", "09--17": "9-17", "18--20": "18-20", "21--23": "21-23", "24--26": "24-26"}
AGE |= {"27--29": "27-29", "30--38": "30-38", "39--47": "39-47", "48+": "48+", "": "unknown"}
# CTDC codebook v2 (2024), appendix II: which of our control codes each merged column stands for
MEANS = {
    "meansDebtBondageEarnings": {"debt_bondage", "wages_withheld"},
    "meansThreats": {"threats", "threats_family", "threats_law_enforcement"},
    "meansAbusePsyPhySex": {"psychological_abuse", "physical_violence", "sexual_violence"},
    "meansFalsePromises": {"false_promises"},
    "meansDrugsAlcohol": {"substances"},
    "meansDenyBasicNeeds": {
        "financial_access",
        "movement_restricted",
        "isolation",
        "medical_care",
        "necessities_withheld",
    },
    "meansExcessiveWorkHours": {"excessive_hours"},
    "meansWithholdDocs": {"documents_withheld"},
}
RELATION = {
    "recruiterRelationFamily": "family",
    "recruiterRelationFriend": "acquainted",
    "recruiterRelationOther": "stranger",
}


def alpha2(code: str) -> str:
    return pycountry.countries.get(alpha_3=code).alpha_2 if code else "unknown"


# ----------------------------------------------------------------------------- the attacker
@dataclass
class Expr:
    terms: dict[int, float] = field(default_factory=dict)
    const: float = 0.0


class Attacker:
    """Linear constraints over the unknowns (hidden cells and hidden bases) of one export."""

    def __init__(self, files: dict[str, bytes]) -> None:
        self.keys: dict[tuple[str, str], int] = {}
        self.lower: list[float] = []
        self.rows: list[tuple[dict[int, float], float, float]] = []
        tables = _read(files["findings-tables.csv"])
        self.tables: dict[str, list[dict[str, str]]] = defaultdict(list)
        for row in tables:
            self.tables[row["table_id"]].append(row)
        self.tables["timeline"] = [
            {"code": r["quarter"], "count": r["cases_opened"], "rows_add_up": "yes", "of": "", "base": ""}
            for r in _read(files["timeline.csv"])
        ]
        self.cases = int(self.tables["gender"][0]["base"]) if self.tables.get("gender") else 0
        for table_id, rows in self.tables.items():
            self._table(table_id, rows)
        self._case_rows(_read(files["cases-ctdc.csv"]), _read(files["cases-htcds.csv"]))

    def unknown(self, key: tuple[str, str], lower: float) -> Expr:
        if key not in self.keys:
            self.keys[key] = len(self.lower)
            self.lower.append(lower)
        return Expr({self.keys[key]: 1.0})

    def cell(self, table_id: str, code: str) -> Expr:
        rows = self.tables.get(table_id, [])
        row = next((r for r in rows if r["code"] == code), None)
        if row is None:
            return Expr()  # a category nobody has is not listed: 0
        if row["count"] != "x":
            return Expr(const=float(row["count"]))
        any_shown = any(r["count"] != "x" for r in rows)
        return self.unknown((table_id, code), 1.0 if any_shown else 0.0)  # zeros are hidden only in withheld tables

    def base(self, table_id: str) -> Expr:
        rows = self.tables[table_id]
        if table_id == "timeline":
            return Expr(const=float(self.cases))
        if rows[0]["of"]:
            parent, code = rows[0]["of"].split(":")
            return self.cell(parent, code)
        if rows[0]["base"] != "x":
            return Expr(const=float(rows[0]["base"]))
        return self.unknown((table_id, "<base>"), 0.0)

    def add(self, parts: list[tuple[float, Expr]], low: float, high: float) -> None:
        """low <= sum(coef * expr) <= high."""
        terms: dict[int, float] = defaultdict(float)
        const = 0.0
        for coef, expr in parts:
            const += coef * expr.const
            for index, value in expr.terms.items():
                terms[index] += coef * value
        self.rows.append((dict(terms), low - const, high - const))

    def _table(self, table_id: str, rows: list[dict[str, str]]) -> None:
        base = self.base(table_id)
        cells = [self.cell(table_id, r["code"]) for r in rows]
        if rows[0]["rows_add_up"] == "yes":
            self.add([(1.0, c) for c in cells] + [(-1.0, base)], 0, 0)
        for c in cells:
            self.add([(1.0, base), (-1.0, c)], 0, np.inf)  # no row counts more cases than the base

    def _case_rows(self, ctdc: list[dict[str, str]], htcds: list[dict[str, str]]) -> None:
        withheld = float(self.cases - len(ctdc))

        def between(cells: list[Expr], released: int, exact_partition: bool = False) -> None:
            """The cases with this value are at least the released rows with it, at most those plus the withheld."""
            for c in cells:
                self.add([(1.0, c)], -np.inf, released + withheld)
            self.add([(1.0, c) for c in cells], released, np.inf)

        for column, table, mapping in (
            ("gender", "gender", GENDER),
            ("ageBroad", "age", AGE),
            ("citizenship", "nationality", None),
            ("CountryOfExploitation", "exploitation_country", None),
        ):
            counts: dict[str, int] = defaultdict(int)
            for row in ctdc:
                counts[row[column]] += 1
            for value, released in counts.items():
                code = mapping[value] if mapping else alpha2(value)
                if value:  # an empty value is unknown, or a value blanked for the row
                    between([self.cell(table, code)], released)
        years: dict[str, int] = defaultdict(int)
        for row in ctdc:
            years[row["yearOfRegistration"]] += 1
        for year, released in years.items():
            if year:
                between([self.cell("timeline", f"{year} Q{q}") for q in range(1, 5)], released)
        for column, codes in [*MEANS.items(), *((c, {v}) for c, v in RELATION.items())]:
            released = sum(row[column] == "1" for row in ctdc)
            if released:
                table = "relationship" if column in RELATION else "controls"
                between([self.cell(table, code) for code in codes], released)
        forced = sum(row["isForcedLabour"] == "1" for row in ctdc)
        if forced:
            for term in vocab.SCAM_WORK:  # each kind of scam work is at most the cases in forced labour
                self.add([(1.0, self.cell("scam_work", term.code))], -np.inf, forced + withheld)
        by_htcds: dict[str, set[str]] = defaultdict(set)
        for term in vocab.CONTROLS:
            by_htcds[term.htcds].add(term.code)
        counts = defaultdict(int)
        for row in htcds:
            for value in filter(None, row["vic_MethodsOfControl"].split(";")):
                counts[value] += 1
        for value, released in counts.items():
            between([self.cell("controls", code) for code in by_htcds[value]], released)

    def assert_true_of(self, truth: dict[tuple[str, str], int]) -> None:
        values = [0.0] * len(self.lower)
        for key, index in self.keys.items():
            values[index] = truth[key]
            assert values[index] >= self.lower[index], key
        names = {index: key for key, index in self.keys.items()}
        for terms, low, high in self.rows:
            total = sum(value * values[index] for index, value in terms.items())
            assert low - 1e-9 <= total <= high + 1e-9, ({names[i]: v for i, v in terms.items()}, low, high, total)

    def bounds(self, key: tuple[str, str], integer: bool) -> tuple[float, float]:
        """The least and the most the unknown ``key`` can be (LP relaxation, or exact integer programme)."""
        n = len(self.lower)
        matrix, low, high = self._matrix()
        found = []
        for sign in (1.0, -1.0):
            objective = np.zeros(n)
            objective[self.keys[key]] = sign
            if integer:
                result = milp(
                    objective,
                    integrality=np.ones(n),
                    bounds=Bounds(np.array(self.lower), np.full(n, np.inf)),
                    constraints=LinearConstraint(matrix, low, high),
                )
            else:
                result = linprog(
                    objective,
                    A_ub=np.vstack([matrix, -matrix]),
                    b_ub=np.concatenate([np.where(np.isinf(high), 1e9, high), np.where(np.isinf(low), 1e9, -low)]),
                    bounds=list(zip(self.lower, [None] * n, strict=True)),
                    method="highs",
                )
            # Not solved can only mean unbounded: assert_true_of has shown the real counts satisfy every constraint
            found.append(sign * result.fun if result.status == 0 else -sign * np.inf)
        return found[0], found[1]

    def _matrix(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        if not hasattr(self, "_built"):
            matrix = np.zeros((len(self.rows), len(self.lower)))
            for i, (terms, _lo, _hi) in enumerate(self.rows):
                for index, value in terms.items():
                    matrix[i, index] = value
            self._built = (matrix, np.array([r[1] for r in self.rows]), np.array([r[2] for r in self.rows]))
        return self._built


def _read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# ----------------------------------------------------------------------------- checking one export
def check(documents: list[dict[str, Any]], filters: ReportFilters, k: int = K) -> None:
    published = publish(documents, filters, k, with_pdf=False)
    report = published.report
    for name in ("findings-tables.csv", "timeline.csv", "cases-ctdc.csv", "cases-htcds.csv"):
        for row in _read(published.files[name]):
            for value in row.values():
                assert not value.startswith("<"), (name, row)  # no range labels: a hidden cell may be any size
    if report.withheld:
        assert _read(published.files["findings-tables.csv"]) == [] and published.rows.ctdc == []
        return
    truth = {(t.id, c.code): c.count for t in report.all_tables() for c in t.cells}
    truth |= {(t.id, "<base>"): t.base for t in report.all_tables()}
    attacker = Attacker(published.files)
    attacker.assert_true_of(truth)  # the attacker's model is right: the real counts satisfy it
    for key in attacker.keys:
        value = truth[key]
        if key[1] == "<base>" or value == 0:  # a hidden zero (in a withheld table) points to no one
            continue
        low, high = attacker.bounds(key, integer=False)
        assert low <= value <= high, (key, value, low, high)
        assert low < high, f"hidden cell {key} = {value} is pinned by the published files"
        if 0 < value < k:
            most = attacker.bounds(key, integer=True)[1]
            assert most >= k, f"hidden cell {key} = {value} is at most {most}: the reader knows it is small"


# ----------------------------------------------------------------------------- cases
def case(
    sex: str = "male",
    age: int | None = 22,
    nationality: str = "KH",
    channel: str = "online",
    platforms: tuple[str, ...] = (),
    controls: tuple[str, ...] = (),
    scam: tuple[str, ...] = (),
    relation: str = "unknown",
    country: str = "MM",
    detained: str = "unknown",
    needs: str = "unknown",
    opened: str = "2025-03-01",
    status: str = "active",
    charges: tuple[str, ...] = (),
    purposes: tuple[str, ...] = (),
) -> dict[str, Any]:
    return Case(
        status=status,
        opened_on=opened,
        client={"sex": sex, "age_at_recruitment": age, "nationalities": [nationality] if nationality else []},
        recruitment={"channel": channel, "platforms": list(platforms), "recruiter_relationship": relation},
        compounds=[{"country": country, "controls": list(controls), "scam_work": list(scam)}] if country else [],
        detention={"detained": detained, "basic_needs_met": needs},
        charges=[{"offence": "illegal entry", "non_punishment": np_state} for np_state in charges],
        facts=[{"statement": "s", "tags": [{"element": p} for p in purposes]}] if purposes else [],
    ).to_document()


def test_the_reported_attacks_no_longer_work() -> None:
    # 20, 1, 1 at k=5: hiding only the 1s let 22 - 20 = 2 pin both
    check([case(sex="male")] * 20 + [case(sex="female"), case(sex="other")], ReportFilters())
    # a sub-table's base (platforms among the online) revealed the hidden count of online recruitment
    check([case(channel="offline")] * 27 + [case(channel="online", platforms=("telegram",))] * 3, ReportFilters())
    # the detained: 3 of 30, with their conditions in a sub-table
    check([case(detained="no")] * 27 + [case(detained="yes", needs="no")] * 3, ReportFilters())
    # a complementary cell whose rows were all released would give the small cells away: those rows stay out
    lone = [
        case(sex="unknown", age=a, nationality=n)
        for a in (16, 19, 22, 25, 28, 35, 50, None)
        for n in ["KH", "TH", "MM", "VN", "LA"]
    ]
    check([case(sex="male")] * 30 + [case(sex="female")] * 2 + [case(sex="other")] + lone, ReportFilters())
    # a TH-filtered report: cells of 1 next to one big cell
    th = [case(nationality="TH", age=22)] * 6 + [case(nationality="TH", age=35), case(nationality="TH", age=50)]
    check(th + [case()] * 30, ReportFilters(nationality="TH"))


def test_large_complementary_cells_are_never_labelled_small() -> None:
    published = publish([case(sex="male")] * 20 + [case(sex="female")] * 2, ReportFilters(), K, with_pdf=False)
    gender = [r for r in _read(published.files["findings-tables.csv"]) if r["table_id"] == "gender"]
    assert {r["code"]: r["count"] for r in gender if r["code"] in ("male", "female")} == {"male": "x", "female": "x"}


def test_sexual_violence_as_a_means_is_not_sexual_exploitation() -> None:
    scam = case(controls=("sexual_violence", "threats"), scam=("romance",), age=25)
    tagged = case(
        controls=("sexual_violence",), scam=("romance",), age=25, purposes=("palermo.purpose.sexual_exploitation",)
    )
    rows = publish([scam] * 6 + [tagged] * 5, ReportFilters(), K, with_pdf=False).rows
    assert len(rows.ctdc) == 11 and sum(r["isSexualExploit"] == 1 for r in rows.ctdc) == 5  # only the tagged ones
    assert all(r["meansAbusePsyPhySex"] == 1 and r["isForcedLabour"] == 1 for r in rows.ctdc)
    assert sorted(r["vic_TypeOfExploitation"] for r in rows.htcds).count("ForcedLabour;Other") == 6


# ----------------------------------------------------------------------------- random case sets and filters
PROFILE = st.builds(
    case,
    sex=st.sampled_from(["female", "male", "other", "unknown"]),
    age=st.sampled_from([None, 16, 19, 22, 25, 28, 35, 50]),
    nationality=st.sampled_from(["KH", "TH", "MM", "VN", ""]),
    channel=st.sampled_from(["online", "offline", "unknown"]),
    platforms=st.lists(st.sampled_from(["telegram", "facebook", "whatsapp"]), max_size=2, unique=True).map(tuple),
    controls=st.lists(
        st.sampled_from(
            ["documents_withheld", "threats", "threats_family", "sexual_violence", "debt_bondage", "isolation"]
        ),
        max_size=3,
        unique=True,
    ).map(tuple),
    scam=st.lists(st.sampled_from(["romance", "crypto_investment"]), max_size=2, unique=True).map(tuple),
    relation=st.sampled_from(["family", "acquainted", "stranger", "unknown"]),
    country=st.sampled_from(["MM", "KH", "LA", ""]),
    detained=st.sampled_from(["yes", "no", "unknown"]),
    needs=st.sampled_from(["yes", "no", "unknown"]),
    opened=st.dates(date(2024, 1, 1), date(2025, 12, 31)).map(date.isoformat),
    status=st.sampled_from(["active", "closed"]),
    charges=st.lists(st.sampled_from(["not_raised", "requested", "granted"]), max_size=2).map(tuple),
    purposes=st.lists(
        st.sampled_from(["palermo.purpose.sexual_exploitation", "palermo.purpose.forced_labour"]), max_size=1
    ).map(tuple),
)
# Real case loads have a few common profiles and a long tail: groups big enough to release, small cells beside them
CASE_SETS = st.tuples(
    st.lists(st.tuples(PROFILE, st.integers(1, 14)), min_size=1, max_size=4), st.lists(PROFILE, max_size=8)
).map(lambda drawn: [doc for doc, times in drawn[0] for doc in [doc] * times] + drawn[1])
FILTERS = st.sampled_from(
    [
        ReportFilters(),
        ReportFilters(nationality="TH"),
        ReportFilters(nationality="KH"),
        ReportFilters(status="active"),
        ReportFilters(start=date(2025, 1, 1)),
    ]
)


@settings(max_examples=20, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(documents=CASE_SETS, filters=FILTERS, k=st.sampled_from([3, 5]))
def test_no_hidden_cell_can_be_recovered(documents: list[dict[str, Any]], filters: ReportFilters, k: int) -> None:
    check(documents, filters, k)
