"""Proof matrix states, summaries (child rule, ILO, ILO-EC), suggestions, nexus and remedy basis."""

from __future__ import annotations

import random
from datetime import date

from app.analysis import elements as analysis
from app.cases.model import Case, Charge, Fact, Nexus, Remedy
from app.demo import demo_cases as demo
from app.drafting.case_drafts import library
from tests.conftest import ADMIN


def fact(statement: str, *elements: str, exhibits: tuple[str, ...] = ()) -> Fact:
    found = Fact(statement=statement, evidence_ids=list(exhibits))
    for element in elements:
        analysis.tag(found, element, ADMIN)
    return found


def state(rows: list[analysis.Row], element: str) -> str:
    return next(r.state for r in rows if r.element.id == element)


def test_matrix_states_and_gaps() -> None:
    lib = library()
    case = Case(
        facts=[
            fact("The job ad promised IT work.", "palermo.means.deception"),
            fact("Passport taken on arrival.", "ilo.7", exhibits=("exhibit-1",)),
        ]
    )
    rows = analysis.matrix(case, lib)
    assert state(rows, "palermo.means.deception") == analysis.ALLEGED
    assert state(rows, "ilo.7") == analysis.CORROBORATED
    assert state(rows, "ilo.3") == analysis.NOT_ADDRESSED
    deception = next(r for r in rows if r.element.id == "palermo.means.deception")
    assert deception.gap and any("advert" in g or "chat" in g for g in deception.gap)
    # an exhibit that was deleted no longer corroborates
    assert state(analysis.matrix(case, lib, live_exhibits=set()), "ilo.7") == analysis.ALLEGED
    disputed = fact("Officer says the client kept the passport.", "ilo.7")
    analysis.tag(disputed, "ilo.7", ADMIN, stance="disputes", note="police statement")
    case.facts = [*case.facts, disputed]
    assert state(analysis.matrix(case, lib), "ilo.7") == analysis.DISPUTED


def test_child_rule_in_the_palermo_summary() -> None:
    lib = library()
    adult = Case(client={"age_at_recruitment": 22}, facts=[fact("Recruited online.", "palermo.act.recruitment")])
    child = Case(client={"age_at_recruitment": 16}, facts=[fact("Recruited online.", "palermo.act.recruitment")])
    adult_lines = analysis.summaries(adult, analysis.matrix(adult, lib), lib)[0].lines
    child_lines = analysis.summaries(child, analysis.matrix(child, lib), lib)[0].lines
    assert "not required" not in adult_lines[1]
    assert "not required" in child_lines[1] and "3(c)" in child_lines[1]
    for summary in analysis.summaries(child, analysis.matrix(child, lib), lib):
        assert "not a legal determination" in summary.caveat


def test_suggestions_accept_and_dismiss() -> None:
    lib = library()
    case = Case(compounds=[{"controls": ["documents_withheld"]}])
    found = analysis.suggestions(case, lib)
    assert any(s.element == "ilo.7" for s in found)
    passport = next(s for s in found if s.element == "ilo.7")
    created = analysis.accept(case, passport, "The employer kept the passport.", ADMIN)
    assert created.tags[0].from_rule == passport.rule and created.source == "client_account"
    assert all(s.element != "ilo.7" for s in analysis.suggestions(case, lib))
    other = analysis.suggestions(case, lib)[0]
    analysis.dismiss(case, other, ADMIN, note="not relevant")
    assert all((s.rule, s.element) != (other.rule, other.element) for s in analysis.suggestions(case, lib))


def test_nexus_lists_what_is_missing() -> None:
    lib = library()
    taken = fact("Passport taken.", "ilo.7")
    case = Case(
        facts=[taken],
        charges=[
            Charge(offence="Overstay"),
            Charge(
                offence="Illegal entry",
                nexus=Nexus(basis=["actip.14.7", "th.s41"], fact_ids=[taken.id], model="causation"),
            ),
        ],
    )
    empty, filled = analysis.nexus(case, lib)
    assert len(empty.missing) == 3
    assert [c.id for c in filled.basis] == ["actip.14.7", "th.s41"] and filled.facts == [taken]
    assert any("exhibit" in m for m in filled.missing)


def test_remedy_basis_totals_and_law() -> None:
    lib = library()
    case = Case(
        jurisdiction="MY",
        remedies=[
            Remedy(kind="unpaid_wages", amount={"amount": "1200", "currency": "USD"}, evidence_ids=["e1"]),
            Remedy(kind="unpaid_wages", amount={"amount": "300.50", "currency": "USD"}),
            Remedy(kind="ransom", amount={"amount": "5000000", "currency": "KHR"}),
        ],
    )
    basis = analysis.remedy_basis(case, lib)
    assert ("Unpaid wages", "USD", analysis.Decimal("1500.50")) in basis.totals
    assert {c.id for c in basis.citations} >= {"palermo.6.6", "ilo-p29.4.1"}
    assert any("66A" in c.article for c in basis.citations)
    assert len(basis.unsupported) == 2


def test_demo_tags_and_nexus_refer_to_real_law() -> None:
    lib = library()
    for serial in range(1, 30):
        case = demo.make_case(random.Random(serial), serial, date(2026, 12, 1), [ADMIN])
        for f in case.facts:
            for t in f.tags:
                lib.element(t.element)
        for charge in case.charges:
            for citation in charge.nexus.basis:
                lib.citation(citation)
        assert any(r.state != analysis.NOT_ADDRESSED for r in analysis.matrix(case, lib))
