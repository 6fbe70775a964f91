"""Parsers: one validated file (legal_templates.toml_models) in, the frozen models the app uses out.

Every check is in toml_models; here each entry only gets its Origin (file and key), so that a later
cross-reference error (a duplicate id, an unknown citation) names where the entry was read.
"""

from __future__ import annotations

from legal_templates.models import (
    Citation,
    Combination,
    Condition,
    DecisionRule,
    Element,
    Framework,
    Group,
    Jurisdiction,
    Origin,
    Rule,
    Statute,
)
from legal_templates.toml_models import (
    PROVISION_KINDS,
    CitationModel,
    ConditionModel,
    DecisionRuleModel,
    ElementModel,
    FrameworkFile,
    JurisdictionFile,
    RuleModel,
)


def _citation(model: CitationModel, origin: Origin) -> Citation:
    return Citation(**model.model_dump(), origin=origin)


def _element(model: ElementModel, framework: str, origin: Origin) -> Element:
    fields = model.model_dump(exclude={"citations", "corroborate", "strength_status"})
    return Element(
        **fields,
        citations=tuple(model.citations),
        corroborate=tuple(model.corroborate),
        strength_status=(model.strength_status or "") if model.strength else "",
        framework=framework,
        origin=origin,
    )


def _decision_rule(model: DecisionRuleModel) -> DecisionRule:
    return DecisionRule(
        text=model.text,
        status=model.status,
        citations=tuple(model.citations),
        dimension_positive=tuple(Combination(**c.model_dump()) for c in model.dimension_positive),
        victim_rule=tuple(tuple(alternatives) for alternatives in model.victim_rule),
    )


def parse_framework(model: FrameworkFile, origin: Origin) -> Framework:
    return Framework(
        id=model.id,
        title=model.title,
        description=model.description,
        citations=tuple(_citation(c, origin.at(f"citations[{i}]")) for i, c in enumerate(model.citations)),
        groups=tuple(Group(**g.model_dump()) for g in model.groups),
        elements=tuple(_element(e, model.id, origin.at(f"elements[{i}]")) for i, e in enumerate(model.elements)),
        caution=model.caution,
        order=model.order,
        decision_rule=_decision_rule(model.decision_rule) if model.decision_rule else None,
        origin=origin,
    )


def parse_jurisdiction(model: JurisdictionFile, origin: Origin) -> Jurisdiction:
    provisions = {
        kind: tuple(_citation(c, origin.at(f"{kind}[{i}]")) for i, c in enumerate(getattr(model, kind)))
        for kind in PROVISION_KINDS
    }
    return Jurisdiction(
        code=model.code,
        name=model.name,
        statutes=tuple(Statute(**s.model_dump()) for s in model.statutes),
        fallback_non_punishment=tuple(model.fallback_non_punishment),
        fallback_compensation=tuple(model.fallback_compensation),
        note=model.note,
        origin=origin,
        **provisions,
    )


def _condition(model: ConditionModel) -> Condition:
    value = tuple(model.value) if isinstance(model.value, list) else model.value
    return Condition(model.path, model.op, value)


def parse_rule(model: RuleModel, origin: Origin) -> Rule:
    return Rule(
        id=model.id,
        suggests=tuple(model.suggests),
        explanation=model.explanation,
        conditions=tuple(_condition(c) for c in model.when),
        match=model.match,
        enabled=model.enabled,
        origin=origin,
    )
