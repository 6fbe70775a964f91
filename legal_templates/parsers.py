"""Parsers: one validated TOML table in, one frozen model out (citations, elements, frameworks, jurisdictions, rules)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import cast

from legal_templates.models import (
    CODE_PATTERN,
    LANGUAGE_PATTERN,
    OPERATORS,
    OPERATORS_BY_KIND,
    STATUSES,
    STRENGTHS,
    Citation,
    Combination,
    Condition,
    DecisionRule,
    Element,
    Framework,
    Group,
    Jurisdiction,
    Rule,
    Scalar,
    Status,
    Statute,
)
from legal_templates.schema import Table, identifier

# --------------------------------------------------------------------------- parsing
_CITATION_KEYS = (
    "id",
    "instrument",
    "article",
    "text",
    "source",
    "status",
    "verified_by",
    "verified_on",
    "language",
    "gloss",
    "note",
    "placeholder",
    "lead",
    "guidance",
)


def _citation(table: Table) -> Citation:
    table.only(*_CITATION_KEYS)
    status = _status(table)
    placeholder = table.flag("placeholder", False)
    if placeholder and status != "unverified":
        raise table.error("status", "a placeholder must have status 'unverified'")
    return Citation(
        id=identifier(table),
        instrument=table.text("instrument"),
        article=table.text("article"),
        text=table.text("text"),
        source=table.text("source"),
        status=status,
        verified_by=table.text("verified_by", empty=True),
        verified_on=_verified_on(table),
        language=_language(table),
        gloss=table.text("gloss", required=False),
        note=table.text("note", required=False),
        placeholder=placeholder,
        lead=table.text("lead", required=False),
        guidance=table.flag("guidance", False),
        origin=table.origin,
    )


def _status(table: Table, name: str = "status") -> Status:
    return cast(Status, table.choice(name, STATUSES))


def _verified_on(table: Table) -> str:
    value = table.text("verified_on", empty=True)
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise table.error("verified_on", f"{value!r} must be a date such as 2026-03-15") from None
    return value


def _language(table: Table) -> str:
    value = table.text("language", required=False) or "en"
    if not LANGUAGE_PATTERN.match(value):
        raise table.error("language", f"{value!r} must be a language code such as en, th, ms, id, vi")
    return value


def _group(table: Table) -> Group:
    table.only("id", "label", "description")
    return Group(identifier(table), table.text("label"), table.text("description", required=False))


def _element(table: Table, framework: str, groups: Mapping[str, Group], graded: bool) -> Element:
    table.only(
        "id",
        "group",
        "label",
        "description",
        "citations",
        "corroborate",
        "strength",
        "strength_status",
        "note",
        "placeholder",
    )
    group = table.text("group")
    if group not in groups:
        raise table.error("group", f"{group!r} is not a group of this framework ({', '.join(groups)})")
    placeholder = table.flag("placeholder", False)
    strength = table.choice("strength", STRENGTHS, default="")
    if graded and not strength:
        raise table.error("strength", "is required in a framework with a decision rule")
    strength_status = table.choice("strength_status", STATUSES) if strength else ""
    return Element(
        id=identifier(table),
        framework=framework,
        group=group,
        label=table.text("label"),
        description=table.text("description"),
        citations=table.texts("citations", nonempty=True),
        corroborate=table.texts("corroborate", nonempty=not placeholder),
        strength=strength,
        strength_status=strength_status,
        note=table.text("note", required=False),
        placeholder=placeholder,
        origin=table.origin,
    )


def _decision_rule(table: Table, groups: Mapping[str, Group]) -> DecisionRule:
    table.only("text", "status", "citations", "dimension_positive", "victim_rule")
    combinations = []
    for item in table.tables("dimension_positive", required=True, nonempty=True):
        item.only(*STRENGTHS)
        counts = {name: item.number(name) or 0 for name in STRENGTHS}
        if any(count < 0 for count in counts.values()) or not any(counts.values()):
            raise item.error("", "needs a positive count of strong, medium or weak indicators")
        combinations.append(Combination(**counts))
    victim_rule = _victim_rule(table, groups)
    return DecisionRule(
        text=table.text("text"),
        status=_status(table),
        citations=table.texts("citations", nonempty=True),
        dimension_positive=tuple(combinations),
        victim_rule=victim_rule,
    )


def _victim_rule(table: Table, groups: Mapping[str, Group]) -> tuple[tuple[str, ...], ...]:
    raw = table.data.get("victim_rule")
    if not isinstance(raw, list) or not raw:
        raise table.error("victim_rule", "must be a list of lists of dimension ids")
    rule = []
    for index, alternatives in enumerate(raw):
        key = f"victim_rule[{index}]"
        if not isinstance(alternatives, list) or not alternatives:
            raise table.error(key, "must be a non-empty list of dimension ids")
        for dimension in alternatives:
            if dimension not in groups:
                raise table.error(key, f"{dimension!r} is not a group of this framework")
        rule.append(tuple(str(d) for d in alternatives))
    return tuple(rule)


def parse_framework(table: Table) -> Framework:
    table.only("id", "title", "description", "caution", "order", "groups", "citations", "elements", "decision_rule")
    framework_id = identifier(table)
    groups = {g.id: g for g in (_group(t) for t in table.tables("groups"))}
    rule_table = table.table("decision_rule")
    rule = _decision_rule(rule_table, groups) if rule_table else None
    elements = tuple(_element(t, framework_id, groups, rule is not None) for t in table.tables("elements"))
    order = table.number("order")
    return Framework(
        id=framework_id,
        title=table.text("title"),
        description=table.text("description"),
        citations=tuple(_citation(t) for t in table.tables("citations", required=True, nonempty=True)),
        groups=tuple(groups.values()),
        elements=elements,
        caution=table.text("caution", required=False),
        order=100 if order is None else order,
        decision_rule=rule,
        origin=table.origin,
    )


def _statute(table: Table) -> Statute:
    table.only("title", "year", "status", "source", "note")
    return Statute(
        title=table.text("title"),
        status=_status(table),
        source=table.text("source"),
        year=table.number("year"),
        note=table.text("note", required=False),
    )


_PROVISION_KINDS = ("definition", "non_punishment", "compensation", "assistance", "pending", "other")


def parse_jurisdiction(table: Table) -> Jurisdiction:
    table.only(
        "code", "name", "note", "statutes", "fallback_non_punishment", "fallback_compensation", *_PROVISION_KINDS
    )
    code = table.text("code")
    if not CODE_PATTERN.match(code):
        raise table.error("code", f"{code!r} must be a two-letter country code such as KH")
    for kind in ("non_punishment", "compensation"):
        if not table.data.get(kind):
            raise table.error(kind, "is required (use a placeholder entry when the provision is unknown)")
    provisions = {kind: tuple(_citation(t) for t in table.tables(kind)) for kind in _PROVISION_KINDS}
    return Jurisdiction(
        code=code,
        name=table.text("name"),
        statutes=tuple(_statute(t) for t in table.tables("statutes", required=True, nonempty=True)),
        definition=provisions["definition"],
        non_punishment=provisions["non_punishment"],
        compensation=provisions["compensation"],
        assistance=provisions["assistance"],
        pending=provisions["pending"],
        other=provisions["other"],
        fallback_non_punishment=table.texts("fallback_non_punishment", nonempty=True),
        fallback_compensation=table.texts("fallback_compensation", required=False),
        note=table.text("note", required=False),
        origin=table.origin,
    )


@dataclass(frozen=True)
class FieldSpec:
    kind: str
    values: tuple[str, ...] = ()  # the allowed codes, when the field has a vocabulary


def _condition(table: Table, fields: Mapping[str, FieldSpec]) -> Condition:
    table.only("path", "op", "value")
    path = table.text("path")
    if path not in fields:
        raise table.error("path", f"{path!r} is not a known case field (see legal_templates/case_fields.toml)")
    spec = fields[path]
    op = table.choice("op", OPERATORS)
    if op not in OPERATORS_BY_KIND[spec.kind]:
        allowed = ", ".join(OPERATORS_BY_KIND[spec.kind])
        raise table.error("op", f"{op!r} does not apply to {path} ({spec.kind}); use {allowed}")
    return Condition(path, op, _condition_value(table, op, spec))


def _condition_value(table: Table, op: str, spec: FieldSpec) -> Scalar | tuple[str, ...] | None:
    if op == "nonempty":
        if "value" in table.data:
            raise table.error("value", "'nonempty' takes no value")
        return None
    if op == "any_of":
        values = table.texts("value", nonempty=True)
        for index, code in enumerate(values):
            _check_code(table, f"value[{index}]", code, spec)
        return values
    if "value" not in table.data:
        raise table.error("value", "is required")
    value = table.data["value"]
    expected = {"number": (int, float), "bool": (bool,)}.get(spec.kind, (str,))
    if not isinstance(value, expected) or (isinstance(value, bool) and spec.kind != "bool"):
        raise table.error("value", f"must be {'a number' if spec.kind == 'number' else spec.kind}")
    if isinstance(value, str):
        _check_code(table, "value", value, spec)
    assert isinstance(value, str | int | float | bool)
    return value


def _check_code(table: Table, key: str, value: str, spec: FieldSpec) -> None:
    if spec.values and value not in spec.values:
        raise table.error(key, f"{value!r} is not one of {', '.join(spec.values)}")


def parse_rule(table: Table, fields: Mapping[str, FieldSpec]) -> Rule:
    table.only("id", "suggests", "explanation", "when", "match", "enabled")
    match = table.choice("match", ("all", "any"), default="all")
    return Rule(
        id=identifier(table),
        suggests=table.texts("suggests", nonempty=True),
        explanation=table.text("explanation"),
        conditions=tuple(_condition(t, fields) for t in table.tables("when", required=True, nonempty=True)),
        match="any" if match == "any" else "all",
        enabled=table.flag("enabled", True),
        origin=table.origin,
    )
