"""Facts to elements: the proof matrix, the summaries, the charge-by-charge nexus, the remedy basis.

Everything here informs; nothing decides. Rows are elements and indicators of the chosen
frameworks; a row is "alleged" when only facts (the client's account, a witness...)
support it, "corroborated" when at least one supporting fact has an exhibit, and
"disputed" when a fact is tagged as disputing it. Summaries say plainly that they are
not legal determinations, and every citation carries its verification status.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Literal

from app.analysis.summary_words import element_label, word
from app.cases import vocab
from app.cases.model import Case, Dismissal, ElementTag, Fact
from storage.files import utc_now

NOT_ADDRESSED, ALLEGED, CORROBORATED, DISPUTED = "not addressed", "alleged", "corroborated", "disputed"
DEFAULT_FRAMEWORKS = ("palermo", "ilo-indicators", "ilo-ec")
NOT_A_DETERMINATION = word("en", "caveat")


@dataclass
class Row:
    element: Any  # legal_templates Element
    state: str
    facts: list[Fact] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)  # evidence item ids
    disputing: list[Fact] = field(default_factory=list)

    @property
    def gap(self) -> list[str]:
        """What could corroborate the element, for rows that are not yet corroborated."""
        return [] if self.state == CORROBORATED else list(getattr(self.element, "corroborate", ()))


@dataclass
class Summary:
    title: str
    lines: list[str]
    caveat: str = NOT_A_DETERMINATION


@dataclass
class NexusView:
    charge_id: str
    offence: str
    basis: list[Any]  # citations
    facts: list[Fact]
    model: str
    argument: str
    missing: list[str]


@dataclass
class RemedyBasis:
    totals: list[tuple[str, str, Decimal]]  # (kind label, currency, total)
    by_currency: dict[str, Decimal]
    citations: list[Any]
    evidence: dict[str, list[str]]  # remedy id -> evidence item ids
    unsupported: list[str]  # remedy kinds/amounts with no evidence


# ----------------------------------------------------------------------------- tagging and suggestions
Stance = Literal["supports", "disputes"]


def tag(fact: Fact, element_id: str, who: str, *, stance: Stance = "supports", note: str = "", rule: str = "") -> None:
    """Tag a fact with an element (replacing an earlier tag of the same element)."""
    others = [t for t in fact.tags if t.element != element_id]
    fact.tags = [
        *others,
        ElementTag(
            element=element_id,
            stance=stance,
            note=note,
            by=who,
            at=utc_now(),
            from_rule=rule,
        ),
    ]


def untag(fact: Fact, element_id: str) -> None:
    fact.tags = [t for t in fact.tags if t.element != element_id]


def suggestions(case: Case, library: Any) -> list[Any]:
    """Suggestions from the intake answers, minus those already tagged on a fact or dismissed."""
    from legal_templates.loader import match_rules

    tagged = {t.element for f in case.facts for t in f.tags}
    dismissed = {(d.rule, d.element) for d in case.analysis.dismissed}
    found = []
    for suggestion in match_rules(library, case.to_document()):
        key = (suggestion.rule, suggestion.element)
        if suggestion.element in tagged or key in dismissed:
            continue
        found.append(suggestion)
    return found


def answer_statement(suggestion: Any) -> str:
    """The client's recorded answer the suggestion came from, in the case's words, as the fact to record:
    "Client's answer (intake): What kept them there? Documents withheld". The rule's explanation is
    not a fact; it stays an analyst note on the tag."""
    from app.cases import intake

    path, value = suggestion.path, suggestion.value
    question = None
    for candidate in (path, re.sub(r"\.\d+(?=\.|$)", ".0", path), re.sub(r"\.\d+(?=\.|$)", "", path)):
        try:
            question = intake.question(candidate)
            break
        except StopIteration:
            continue
    prompt = question.prompt if question else path
    terms = question.terms if question is not None and question.terms else ()
    if isinstance(value, bool):
        shown = "yes" if value else "no"
    elif isinstance(value, list):
        shown = ", ".join(vocab.label(terms, str(v)) if terms else str(v) for v in value)
    elif value is None:
        shown = ""
    else:
        shown = vocab.label(terms, str(value)) if terms else str(value)
    return f"Client's answer (intake): {prompt} {shown}".strip()


def accept(case: Case, suggestion: Any, statement: str | None, who: str) -> Fact:
    """Accepting a suggestion records the client's answer as a fact (the client's account), tagged with the
    element; the rule's explanation is kept as the tag's analyst note, never as the fact."""
    statement = (statement or "").strip() or answer_statement(suggestion)
    existing = next((f for f in case.facts if f.statement == statement), None)
    fact = existing or Fact(statement=statement, source="client_account")
    if existing is None:
        case.facts = [*case.facts, fact]
    tag(
        fact,
        suggestion.element,
        who,
        note=f"Analyst note (rule {suggestion.rule}): {suggestion.explanation}",
        rule=suggestion.rule,
    )
    return fact


def accept_all(case: Case, chosen: list[Any], who: str) -> list[Fact]:
    """Accept several suggestions at once, each recorded as the client's own answer."""
    return [accept(case, suggestion, None, who) for suggestion in chosen]


def dismiss_all(case: Case, chosen: list[Any], who: str, note: str = "") -> None:
    for suggestion in chosen:
        dismiss(case, suggestion, who, note)


def dismiss(case: Case, suggestion: Any, who: str, note: str = "") -> None:
    case.analysis.dismissed = [
        *case.analysis.dismissed,
        Dismissal(rule=suggestion.rule, element=suggestion.element, note=note, by=who, at=utc_now()),
    ]


# ----------------------------------------------------------------------------- the matrix
def matrix(
    case: Case, library: Any, frameworks: list[str] | None = None, live_exhibits: set[str] | None = None
) -> list[Row]:
    chosen = frameworks or case.analysis.frameworks or list(DEFAULT_FRAMEWORKS)
    rows = []
    for framework_id in chosen:
        framework = library.framework(framework_id)
        for element in framework.elements:
            if not element.placeholder:  # "other indicators not listed" rows cannot be tagged
                rows.append(_row(case, element, live_exhibits))
    return rows


def _row(case: Case, element: Any, live: set[str] | None) -> Row:
    supporting = [f for f in case.facts if any(t.element == element.id and t.stance == "supports" for t in f.tags)]
    disputing = [f for f in case.facts if any(t.element == element.id and t.stance == "disputes" for t in f.tags)]
    exhibits = sorted({e for f in supporting for e in f.evidence_ids if live is None or e in live})
    if disputing:
        state = DISPUTED
    elif exhibits:
        state = CORROBORATED
    elif supporting:
        state = ALLEGED
    else:
        state = NOT_ADDRESSED
    return Row(element, state, supporting, exhibits, disputing)


def _supported(rows: list[Row], framework: str, group: str) -> list[Row]:
    return [
        r
        for r in rows
        if r.element.framework == framework and r.element.group == group and r.state in (ALLEGED, CORROBORATED)
    ]


def summaries(case: Case, rows: list[Row], library: Any, language: str = "en") -> list[Summary]:
    """The summaries in the lawyer's drafting language (en, km or th; app/analysis/summary_words.py)."""
    out = []
    palermo = [r for r in rows if r.element.framework == "palermo"]
    caveat = word(language, "caveat")
    if palermo:
        child = case.client.minor_at_recruitment
        lines = []
        for group in ("act", "means", "purpose"):
            found = _supported(rows, "palermo", group)
            name = word(language, group)
            labels = word(language, "list").join(element_label(language, r.element.id, r.element.label) for r in found)
            line = (
                word(language, "supported", name=name, labels=labels)
                if found
                else word(language, "not_supported", name=name)
            )
            if group == "means" and child:
                line += word(language, "child")
            lines.append(line + word(language, "end"))
        out.append(Summary(word(language, "palermo.title"), lines, caveat))
    indicators = [r for r in rows if r.element.framework == "ilo-indicators"]
    if indicators:
        supported = [r for r in indicators if r.state in (ALLEGED, CORROBORATED)]
        corroborated = [r for r in indicators if r.state == CORROBORATED]
        count = word(
            language, "ilo.count", supported=len(supported), total=len(indicators), corroborated=len(corroborated)
        )
        out.append(Summary(word(language, "ilo.title"), [count, word(language, "ilo.note")], caveat))
    ec = [r for r in rows if r.element.framework == "ilo-ec"]
    if ec:
        out.append(_ilo_ec_summary(ec, library, language))
    return out


def _ilo_ec_summary(rows: list[Row], library: Any, language: str = "en") -> Summary:
    framework = library.framework("ilo-ec")
    rule = framework.decision_rule
    labels = {g.id: g.label for g in framework.groups}
    lines, positive = [], []
    for dimension in [g.id for g in framework.groups if g.id != "unassigned"]:
        found = [r for r in rows if r.element.group == dimension and r.state in (ALLEGED, CORROBORATED)]
        counts = {s: sum(1 for r in found if r.element.strength == s) for s in ("strong", "medium", "weak")}
        is_positive = rule is not None and rule.dimension_is_positive(counts)
        if is_positive:
            positive.append(dimension)
        shown = ", ".join(word(language, "ec.count", n=n, strength=word(language, s)) for s, n in counts.items() if n)
        lines.append(
            f"{labels.get(dimension, dimension)}: {shown or word(language, 'ec.none')}"
            f"{word(language, 'ec.positive') if is_positive else ''}{word(language, 'end')}"
        )
    if rule is not None:
        met = rule.victim_rule_met(positive)
        lines.append(f"{word(language, 'ec.rule_met' if met else 'ec.rule_not_met')} {rule.marker}".strip())
    return Summary(
        word(language, "ec.title"),
        lines,
        word(language, "caveat") + word(language, "ec.caveat"),
    )


# ----------------------------------------------------------------------------- non-punishment, charge by charge
def nexus(case: Case, library: Any, language: str = "en") -> list[NexusView]:
    """Charge by charge: the basis, the linked facts and what is still missing (in ``language``)."""
    facts = {f.id: f for f in case.facts}
    views = []
    for charge in case.charges:
        basis = [c for c in (_citation(library, i) for i in charge.nexus.basis) if c is not None]
        linked = [facts[i] for i in charge.nexus.fact_ids if i in facts]
        missing = []
        if not basis:
            missing.append(word(language, "missing.basis"))
        if any(getattr(c, "status", "") == "unverified" for c in basis):
            missing.append(word(language, "missing.unverified"))
        if not linked:
            missing.append(word(language, "missing.facts"))
        elif not any(f.evidence_ids for f in linked):
            missing.append(word(language, "missing.exhibit"))
        if not charge.nexus.model:
            missing.append(word(language, "missing.model"))
        views.append(
            NexusView(charge.id, charge.offence, basis, linked, charge.nexus.model, charge.nexus.argument, missing)
        )
    return views


def _citation(library: Any, citation_id: str) -> Any:
    try:
        return library.citation(citation_id)
    except KeyError:
        return None


# ----------------------------------------------------------------------------- remedy basis
INTERNATIONAL_REMEDY = ("palermo.6.6", "ilo-p29.4.1")  # when the jurisdiction has no profile


def remedy_basis(case: Case, library: Any) -> RemedyBasis:
    sums: dict[tuple[str, str], Decimal] = {}
    by_currency: dict[str, Decimal] = {}
    evidence: dict[str, list[str]] = {}
    unsupported = []
    for remedy in case.remedies:
        amount, currency = remedy.amount.amount, remedy.amount.currency
        if amount:
            key = (vocab.label(vocab.REMEDY_KINDS, remedy.kind), currency)
            sums[key] = sums.get(key, Decimal(0)) + Decimal(amount)
            by_currency[currency] = by_currency.get(currency, Decimal(0)) + Decimal(amount)
        evidence[remedy.id] = list(remedy.evidence_ids)
        if not remedy.evidence_ids:
            unsupported.append(f"{vocab.label(vocab.REMEDY_KINDS, remedy.kind)} {amount} {currency}".strip())
    citations = [c for c in (_citation(library, i) for i in INTERNATIONAL_REMEDY) if c is not None]
    if case.jurisdiction:
        with suppress(KeyError):
            profile = library.jurisdiction(case.jurisdiction)
            citations = [library.citation(i) for i in profile.fallback_compensation] + list(profile.compensation)
    totals = [(kind, currency, total) for (kind, currency), total in sorted(sums.items())]
    return RemedyBasis(totals, by_currency, citations, evidence, unsupported)
