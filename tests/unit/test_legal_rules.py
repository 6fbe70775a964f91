"""Suggestion rules against real case documents (app.cases.model.Case(...).to_document())."""

from __future__ import annotations

from typing import Any

import pytest

from app.cases.model import Case
from legal_templates.loader import Library, Suggestion, load_library, match_rules


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library()


def suggest(library: Library, **case: Any) -> list[Suggestion]:
    return match_rules(library, Case.model_validate(case).to_document())


def elements(suggestions: list[Suggestion]) -> set[str]:
    return {s.element for s in suggestions}


def test_an_empty_case_suggests_nothing(library: Library) -> None:
    assert suggest(library) == []


def test_documents_withheld_in_the_second_compound(library: Library) -> None:
    found = suggest(library, compounds=[{"controls": ["threats"]}, {"controls": ["documents_withheld"]}])
    ilo7 = next(s for s in found if s.element == "ilo.7")
    assert (ilo7.rule, ilo7.path, ilo7.value) == ("documents-withheld", "compounds.1.controls", "documents_withheld")
    assert ilo7.explanation.startswith("The client's identity documents were withheld")
    assert (ilo7.element_id, ilo7.rule_id) == (ilo7.element, ilo7.rule)
    assert {"ilo.7", "palermo.means.coercion", "ilo-ec.coercion_destination.confiscation_of_documents"} <= elements(
        found
    )


def test_a_passport_held_by_the_employer(library: Library) -> None:
    found = suggest(
        library, client={"documents": [{"held_by": "client"}, {"type": "national_id", "held_by": "employer"}]}
    )
    match = next(s for s in found if s.rule == "documents-held-by-employer")
    assert (match.element, match.path, match.value) == ("ilo.7", "client.documents.1.held_by", "employer")


def test_online_recruitment_to_scam_work(library: Library) -> None:
    found = suggest(
        library,
        recruitment={"channel": "online", "job_advertised": "it", "promised_benefits": ["high_pay"]},
        compounds=[{"scam_work": ["romance"]}],
    )
    assert {
        "palermo.act.recruitment",
        "palermo.means.deception",
        "palermo.purpose.forced_labour",
        "ilo.2",
        "ilo-ec.deceptive_recruitment.deceived_about_job",
    } <= elements(found)
    scam = next(s for s in found if s.rule == "scam-work")
    assert (scam.path, scam.value) == ("compounds.0.scam_work", ["romance"])


def test_an_advertised_job_alone_is_recruitment_not_yet_deception(library: Library) -> None:
    found = elements(suggest(library, recruitment={"job_advertised": "call_centre"}))
    assert found == {"palermo.act.recruitment"}


@pytest.mark.parametrize(
    ("control", "expected"),
    [
        ("movement_restricted", {"ilo.3", "palermo.act.harbouring"}),
        ("isolation", {"ilo.4"}),
        ("physical_violence", {"ilo.5", "palermo.means.force"}),
        ("sexual_violence", {"ilo.5", "palermo.means.force"}),
        ("threats_family", {"ilo.6"}),
        ("threats_law_enforcement", {"ilo.6"}),
        ("wages_withheld", {"ilo.8"}),
        ("debt_bondage", {"ilo.9", "ilo-ec.coercion_destination.debt_bondage"}),
        ("abusive_conditions", {"ilo.10"}),
        ("excessive_hours", {"ilo.11", "ilo-ec.exploitation.excessive_hours"}),
    ],
)
def test_each_control_suggests_its_indicator(library: Library, control: str, expected: set[str]) -> None:
    assert expected <= elements(suggest(library, compounds=[{"controls": [control]}]))


def test_hours_per_day(library: Library) -> None:
    assert "ilo.11" not in elements(suggest(library, compounds=[{"hours_per_day": 11}]))
    long_days = suggest(library, compounds=[{"hours_per_day": 12}])
    match = next(s for s in long_days if s.element == "ilo.11")
    assert (match.path, match.value) == ("compounds.0.hours_per_day", 12)


def test_child_rule_needs_a_known_age_under_18(library: Library) -> None:
    assert "palermo.child.under_18" in elements(suggest(library, client={"age_at_recruitment": 17}))
    assert "palermo.child.under_18" not in elements(suggest(library, client={"age_at_recruitment": 18}))
    assert "palermo.child.under_18" not in elements(suggest(library, client={"age_at_recruitment": None}))


def test_transportation_and_exit(library: Library) -> None:
    found = elements(suggest(library, transportation={"border_pickup": "yes"}, exit={"kind": "sold_on"}))
    assert {
        "palermo.act.transportation",
        "palermo.act.receipt",
        "palermo.act.transfer",
        "palermo.means.payments",
    } <= found
    assert "palermo.act.transportation" not in elements(suggest(library, transportation={"border_pickup": "no"}))


def test_suggestions_follow_rule_order_and_carry_the_rule_id(library: Library) -> None:
    found = suggest(library, compounds=[{"controls": ["threats", "physical_violence"]}])
    order = [r.id for r in library.rules]
    positions = [order.index(s.rule) for s in found]
    assert positions == sorted(positions)
    assert {s.rule for s in found} == {"violence", "threats", "threats-of-force"}


def test_a_disabled_rule_suggests_nothing(library: Library) -> None:
    from dataclasses import replace

    rules = tuple(replace(r, enabled=False) if r.id == "scam-work" else r for r in library.rules)
    quiet = replace(library, rules=rules)
    assert "palermo.purpose.forced_labour" not in elements(
        match_rules(quiet, Case.model_validate({"compounds": [{"scam_work": ["phishing"]}]}).to_document())
    )
