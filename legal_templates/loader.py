"""Legal frameworks, jurisdiction profiles and suggestion rules: load the TOML files and validate them.

The shipped files sit beside this module. A lawyer's own folder (``load_library(user_dir)``) holds
files in the same layout; a framework id, jurisdiction code or rule id found there replaces the
shipped one and a new id is added, so the law can be kept current without a new release.

Everything is checked on load and the first problem is reported with its file and dotted key
(``frameworks/palermo.toml: citations[2].status: ...``): a silently wrong citation in a filing
is worse than a refusal to start. Standard library only, so the data layer has no dependencies.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal, TypeVar, cast

from storage.phrases import UNVERIFIED_MARKER  # defined once for every layer; re-exported here

SHIPPED_DIR = Path(__file__).resolve().parent
USER_DIR_ENV = "SAKSI_LEGAL_DIR"

STATUSES = ("confirmed-verbatim", "confirmed-substance", "unverified")
SUMMARY_LABEL = "(summary, not the official wording)"
GLOSS_LABEL = "Working translation by Saksi, not an official translation"
STRENGTHS = ("strong", "medium", "weak")
OPERATORS = ("contains", "equals", "any_of", "nonempty", "gte", "lt")
FIELD_KINDS = ("text", "number", "bool", "list")

# Which operators make sense on which kind of case field.
_OPERATORS_BY_KIND: dict[str, tuple[str, ...]] = {
    "list": ("contains", "any_of", "nonempty"),
    "text": ("equals", "any_of", "nonempty"),
    "number": ("equals", "gte", "lt", "nonempty"),
    "bool": ("equals",),
}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_CODE = re.compile(r"^[A-Z]{2}$")
_LANGUAGE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")

Status = Literal["confirmed-verbatim", "confirmed-substance", "unverified"]
T = TypeVar("T")


# --------------------------------------------------------------------------- errors
class LegalDataError(Exception):
    """A legal data file is wrong: names the file, the dotted key and what is wrong."""

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        self.message = message
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class Origin:
    """Where an entry was read: the file (relative for shipped files, full path for the user's) and key."""

    file: str
    key: str = ""
    user: bool = False

    def at(self, key: str) -> Origin:
        return Origin(self.file, _join(self.key, key), self.user)

    def error(self, message: str, key: str = "") -> LegalDataError:
        return LegalDataError(self.file, _join(self.key, key), message)


def _join(prefix: str, key: str) -> str:
    if not prefix:
        return key
    if not key:
        return prefix
    return f"{prefix}{key}" if key.startswith("[") else f"{prefix}.{key}"


# --------------------------------------------------------------------------- the data
@dataclass(frozen=True)
class Citation:
    """One provision or passage, with where it was read and how far it is verified."""

    id: str
    instrument: str
    article: str
    text: str
    source: str
    status: Status
    verified_by: str = ""
    verified_on: str = ""
    language: str = "en"
    gloss: str = ""  # our working translation, never to be shown without GLOSS_LABEL
    note: str = ""  # research note for the lawyer and maintainers: never printed in a filing
    placeholder: bool = False  # the provision is unknown: the lawyer must fill it in
    lead: str = ""  # Saksi's words before the quotation ("States should consider"): never inside the quotes
    guidance: bool = False  # soft law (OHCHR, UNODC...): cite as guidance, never as an obligation
    origin: Origin = field(default=Origin(""), compare=False, repr=False)

    @property
    def confirmed(self) -> bool:
        return self.status != "unverified"

    @property
    def is_verbatim(self) -> bool:
        """Only verbatim text may be quoted as the law's own words."""
        return self.status == "confirmed-verbatim"

    @property
    def is_summary(self) -> bool:
        """Confirmed substance: a draft must say it is a summary (SUMMARY_LABEL), not quote it."""
        return self.status == "confirmed-substance"

    @property
    def marker(self) -> str:
        return "" if self.confirmed else UNVERIFIED_MARKER

    @property
    def labelled_gloss(self) -> str:
        return f"{GLOSS_LABEL}: {self.gloss}" if self.gloss else ""


@dataclass(frozen=True)
class Group:
    """A group of elements: Palermo act/means/purpose, the ILO indicators, an ILO-EC dimension."""

    id: str
    label: str
    description: str = ""


@dataclass(frozen=True)
class Element:
    """A legal element or indicator that facts can be tagged with in the analysis."""

    id: str
    framework: str
    group: str
    label: str
    description: str
    citations: tuple[str, ...]
    corroborate: tuple[str, ...]  # kinds of evidence that could corroborate it
    strength: str = ""  # ILO-EC only: strong / medium / weak
    strength_status: str = ""
    note: str = ""
    placeholder: bool = False
    origin: Origin = field(default=Origin(""), compare=False, repr=False)

    @property
    def dimension(self) -> str:
        """The ILO-EC dimension (its group) for graded indicators; "" for other elements."""
        return self.group if self.strength else ""


@dataclass(frozen=True)
class Combination:
    """At least this many distinct indicators of each strength."""

    strong: int = 0
    medium: int = 0
    weak: int = 0

    def met_by(self, counts: Mapping[str, int]) -> bool:
        return all(counts.get(name, 0) >= getattr(self, name) for name in STRENGTHS)


@dataclass(frozen=True)
class DecisionRule:
    """The ILO-EC rule as data. It guides the lawyer; the app never declares anyone a victim."""

    text: str
    status: Status
    citations: tuple[str, ...]
    dimension_positive: tuple[Combination, ...]
    victim_rule: tuple[tuple[str, ...], ...]  # every tuple needs at least one positive dimension

    @property
    def marker(self) -> str:
        return "" if self.status != "unverified" else UNVERIFIED_MARKER

    def dimension_is_positive(self, counts: Mapping[str, int]) -> bool:
        return any(combination.met_by(counts) for combination in self.dimension_positive)

    def victim_rule_met(self, positive_dimensions: Iterable[str]) -> bool:
        positive = set(positive_dimensions)
        return all(positive.intersection(alternatives) for alternatives in self.victim_rule)


@dataclass(frozen=True)
class Framework:
    id: str
    title: str
    description: str
    citations: tuple[Citation, ...]
    groups: tuple[Group, ...] = ()
    elements: tuple[Element, ...] = ()
    caution: str = ""
    order: int = 100
    decision_rule: DecisionRule | None = None
    origin: Origin = field(default=Origin(""), compare=False, repr=False)


@dataclass(frozen=True)
class Statute:
    title: str
    status: Status
    source: str
    year: int | None = None
    note: str = ""


@dataclass(frozen=True)
class Jurisdiction:
    code: str
    name: str
    statutes: tuple[Statute, ...]
    definition: tuple[Citation, ...]
    non_punishment: tuple[Citation, ...]
    compensation: tuple[Citation, ...]
    assistance: tuple[Citation, ...]
    fallback_non_punishment: tuple[str, ...]  # international citation ids to argue from
    fallback_compensation: tuple[str, ...] = ()
    note: str = ""
    # Laws that are not (or not yet shown to be) in force but that the client may face, such as Cambodia's
    # draft technology-fraud law: a filing mentions them as marked notes, never as the law.
    pending: tuple[Citation, ...] = ()
    # Read and recorded for the lawyer, but not printed by any shipped filing (a narrow clause, a duty of
    # another agency): a template may cite them by id.
    other: tuple[Citation, ...] = ()
    origin: Origin = field(default=Origin(""), compare=False, repr=False)

    @property
    def citations(self) -> tuple[Citation, ...]:
        return self.definition + self.non_punishment + self.compensation + self.assistance + self.pending + self.other


Scalar = str | int | float | bool


@dataclass(frozen=True)
class Condition:
    path: str  # dotted path into the case document, without list indexes: compounds.controls
    op: str
    value: Scalar | tuple[str, ...] | None = None


@dataclass(frozen=True)
class Rule:
    """Intake answers that suggest elements; a suggestion the lawyer confirms or dismisses."""

    id: str
    suggests: tuple[str, ...]
    explanation: str
    conditions: tuple[Condition, ...]
    match: Literal["all", "any"] = "all"
    enabled: bool = True
    origin: Origin = field(default=Origin(""), compare=False, repr=False)


@dataclass(frozen=True)
class Suggestion:
    """An element suggested by a rule; ``element`` and ``rule`` are ids, named as in the case model's Dismissal."""

    element: str
    rule: str
    explanation: str
    path: str  # the concrete path that matched, with list indexes: compounds.0.controls
    value: object  # the value found there

    @property
    def element_id(self) -> str:
        return self.element

    @property
    def rule_id(self) -> str:
        return self.rule


@dataclass(frozen=True)
class Library:
    frameworks: Mapping[str, Framework]
    jurisdictions: Mapping[str, Jurisdiction]
    rules: tuple[Rule, ...]
    citations: Mapping[str, Citation]
    elements: Mapping[str, Element]

    def citation(self, citation_id: str) -> Citation:
        return _lookup(self.citations, citation_id, "citation")

    def element(self, element_id: str) -> Element:
        return _lookup(self.elements, element_id, "element")

    def framework(self, framework_id: str) -> Framework:
        return _lookup(self.frameworks, framework_id, "framework")

    def jurisdiction(self, code: str) -> Jurisdiction:
        return _lookup(self.jurisdictions, code.upper(), "jurisdiction")

    def fallback_non_punishment(self, code: str) -> tuple[Citation, ...]:
        return tuple(self.citation(c) for c in self.jurisdiction(code).fallback_non_punishment)

    def fallback_compensation(self, code: str) -> tuple[Citation, ...]:
        return tuple(self.citation(c) for c in self.jurisdiction(code).fallback_compensation)


def _lookup(table: Mapping[str, T], key: str, what: str) -> T:
    try:
        return table[key]
    except KeyError:
        raise KeyError(f"unknown {what} {key!r}") from None


# --------------------------------------------------------------------------- typed access to a TOML table
class _Table:
    """A TOML table read with type checks; every error names the file and the dotted key."""

    def __init__(self, data: Mapping[str, object], origin: Origin) -> None:
        self.data = data
        self.origin = origin

    def error(self, name: str, message: str) -> LegalDataError:
        return self.origin.error(message, name)

    def only(self, *allowed: str) -> None:
        # Unknown keys are refused so that a typo ("stauts") is caught, not silently ignored.
        for name in self.data:
            if name not in allowed:
                raise self.error(name, f"unknown key (expected one of {', '.join(allowed)})")

    def _get(self, name: str, kind: type | tuple[type, ...], label: str, required: bool) -> object:
        if name not in self.data:
            if required:
                raise self.error(name, "is required")
            return None
        value = self.data[name]
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
            raise self.error(name, f"must be {label}")
        return value

    def text(self, name: str, *, required: bool = True, empty: bool = False) -> str:
        value = self._get(name, str, "text", required)
        if value is None:
            return ""
        assert isinstance(value, str)
        if not empty and not value.strip():
            raise self.error(name, "must not be empty")
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(name, bool, "true or false", False)
        return default if value is None else bool(value)

    def number(self, name: str, *, required: bool = False) -> int | None:
        value = self._get(name, int, "a whole number", required)
        assert value is None or isinstance(value, int)
        return value

    def choice(self, name: str, options: Sequence[str], *, default: str | None = None) -> str:
        value = self.text(name, required=default is None, empty=True)
        if not value and default is not None:
            return default
        if value not in options:
            raise self.error(name, f"{value!r} is not one of {', '.join(options)}")
        return value

    def texts(self, name: str, *, required: bool = True, nonempty: bool = False) -> tuple[str, ...]:
        value = self._get(name, list, "a list of texts", required)
        items = value if isinstance(value, list) else []
        for index, item in enumerate(items):
            if not isinstance(item, str) or not item.strip():
                raise self.error(f"{name}[{index}]", "must be a non-empty text")
        if nonempty and not items:
            raise self.error(name, "must list at least one entry")
        return tuple(str(item) for item in items)

    def tables(self, name: str, *, required: bool = False, nonempty: bool = False) -> list[_Table]:
        value = self._get(name, list, "a list of tables ([[" + name + "]])", required)
        items = value if isinstance(value, list) else []
        if nonempty and not items:
            raise self.error(name, "must have at least one entry")
        tables = []
        for index, item in enumerate(items):
            if not isinstance(item, dict):
                raise self.error(f"{name}[{index}]", "must be a table")
            tables.append(_Table(item, self.origin.at(f"{name}[{index}]")))
        return tables

    def table(self, name: str) -> _Table | None:
        value = self._get(name, dict, "a table", False)
        return _Table(value, self.origin.at(name)) if isinstance(value, dict) else None


def _identifier(table: _Table, name: str = "id") -> str:
    value = table.text(name)
    if not _ID.match(value):
        raise table.error(name, f"{value!r} must be lower-case letters, digits, '.', '_' or '-'")
    return value


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


def _citation(table: _Table) -> Citation:
    table.only(*_CITATION_KEYS)
    status = _status(table)
    placeholder = table.flag("placeholder", False)
    if placeholder and status != "unverified":
        raise table.error("status", "a placeholder must have status 'unverified'")
    return Citation(
        id=_identifier(table),
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


def _status(table: _Table, name: str = "status") -> Status:
    return cast(Status, table.choice(name, STATUSES))


def _verified_on(table: _Table) -> str:
    value = table.text("verified_on", empty=True)
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise table.error("verified_on", f"{value!r} must be a date such as 2026-03-15") from None
    return value


def _language(table: _Table) -> str:
    value = table.text("language", required=False) or "en"
    if not _LANGUAGE.match(value):
        raise table.error("language", f"{value!r} must be a language code such as en, th, ms, id, vi")
    return value


def _group(table: _Table) -> Group:
    table.only("id", "label", "description")
    return Group(_identifier(table), table.text("label"), table.text("description", required=False))


def _element(table: _Table, framework: str, groups: Mapping[str, Group], graded: bool) -> Element:
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
        id=_identifier(table),
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


def _decision_rule(table: _Table, groups: Mapping[str, Group]) -> DecisionRule:
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


def _victim_rule(table: _Table, groups: Mapping[str, Group]) -> tuple[tuple[str, ...], ...]:
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


def _framework(table: _Table) -> Framework:
    table.only("id", "title", "description", "caution", "order", "groups", "citations", "elements", "decision_rule")
    framework_id = _identifier(table)
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


def _statute(table: _Table) -> Statute:
    table.only("title", "year", "status", "source", "note")
    return Statute(
        title=table.text("title"),
        status=_status(table),
        source=table.text("source"),
        year=table.number("year"),
        note=table.text("note", required=False),
    )


_PROVISION_KINDS = ("definition", "non_punishment", "compensation", "assistance", "pending", "other")


def _jurisdiction(table: _Table) -> Jurisdiction:
    table.only(
        "code", "name", "note", "statutes", "fallback_non_punishment", "fallback_compensation", *_PROVISION_KINDS
    )
    code = table.text("code")
    if not _CODE.match(code):
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
class _Field:
    kind: str
    values: tuple[str, ...] = ()  # the allowed codes, when the field has a vocabulary


def _condition(table: _Table, fields: Mapping[str, _Field]) -> Condition:
    table.only("path", "op", "value")
    path = table.text("path")
    if path not in fields:
        raise table.error("path", f"{path!r} is not a known case field (see legal_templates/case_fields.toml)")
    spec = fields[path]
    op = table.choice("op", OPERATORS)
    if op not in _OPERATORS_BY_KIND[spec.kind]:
        allowed = ", ".join(_OPERATORS_BY_KIND[spec.kind])
        raise table.error("op", f"{op!r} does not apply to {path} ({spec.kind}); use {allowed}")
    return Condition(path, op, _condition_value(table, op, spec))


def _condition_value(table: _Table, op: str, spec: _Field) -> Scalar | tuple[str, ...] | None:
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


def _check_code(table: _Table, key: str, value: str, spec: _Field) -> None:
    if spec.values and value not in spec.values:
        raise table.error(key, f"{value!r} is not one of {', '.join(spec.values)}")


def _rule(table: _Table, fields: Mapping[str, _Field]) -> Rule:
    table.only("id", "suggests", "explanation", "when", "match", "enabled")
    match = table.choice("match", ("all", "any"), default="all")
    return Rule(
        id=_identifier(table),
        suggests=table.texts("suggests", nonempty=True),
        explanation=table.text("explanation"),
        conditions=tuple(_condition(t, fields) for t in table.tables("when", required=True, nonempty=True)),
        match="any" if match == "any" else "all",
        enabled=table.flag("enabled", True),
        origin=table.origin,
    )


# --------------------------------------------------------------------------- files and folders
def _read(path: Path, origin: Origin) -> _Table:
    try:
        with path.open("rb") as handle:
            return _Table(tomllib.load(handle), origin)
    except tomllib.TOMLDecodeError as exc:
        raise origin.error(f"not valid TOML: {exc}") from None
    except UnicodeDecodeError:
        raise origin.error("not valid UTF-8 text") from None
    except OSError as exc:
        raise origin.error(f"cannot be read: {exc.strerror or exc}") from None


def _files(root: Path, folder: str, user: bool) -> Iterator[tuple[Path, Origin]]:
    for path in sorted((root / folder).glob("*.toml")):
        name = str(path) if user else f"{folder}/{path.name}"
        yield path, Origin(name, "", user)


def _case_fields() -> dict[str, _Field]:
    table = _read(SHIPPED_DIR / "case_fields.toml", Origin("case_fields.toml"))
    table.only("fields")
    section = table.table("fields")
    if section is None:
        raise table.error("fields", "is required")
    fields = {}
    for path, raw in section.data.items():
        if not isinstance(raw, dict):
            raise section.error(path, "must be a table")
        spec = _Table(raw, section.origin.at(path))
        spec.only("kind", "values")
        fields[path] = _Field(spec.choice("kind", FIELD_KINDS), spec.texts("values", required=False))
    return fields


@dataclass
class _Layer:
    """The files of one folder (shipped or user), keyed by id."""

    frameworks: dict[str, Framework] = field(default_factory=dict)
    jurisdictions: dict[str, Jurisdiction] = field(default_factory=dict)
    rules: dict[str, Rule] = field(default_factory=dict)


def _add(entries: dict[str, T], key: str, entry: T, origin: Origin, name: str = "id") -> None:
    if key in entries:
        first = getattr(entries[key], "origin", Origin("?"))
        raise origin.error(f"{key!r} is already defined in {first.file}", name)
    entries[key] = entry


def _load_layer(root: Path, user: bool, fields: Mapping[str, _Field]) -> _Layer:
    layer = _Layer()
    for path, origin in _files(root, "frameworks", user):
        framework = _framework(_read(path, origin))
        _add(layer.frameworks, framework.id, framework, origin)
    for path, origin in _files(root, "jurisdictions", user):
        jurisdiction = _jurisdiction(_read(path, origin))
        _add(layer.jurisdictions, jurisdiction.code, jurisdiction, origin, "code")
    for path, origin in _files(root, "rules", user):
        table = _read(path, origin)
        table.only("rules")
        for rule_table in table.tables("rules", required=True):
            rule = _rule(rule_table, fields)
            _add(layer.rules, rule.id, rule, rule.origin, "id")
    return layer


def _merge(shipped: _Layer, user: _Layer) -> _Layer:
    # The user's entries replace shipped ones with the same id and extend the rest.
    return _Layer(
        frameworks={**shipped.frameworks, **user.frameworks},
        jurisdictions={**shipped.jurisdictions, **user.jurisdictions},
        rules={**shipped.rules, **user.rules},
    )


# --------------------------------------------------------------------------- cross-references
def _index_citations(layer: _Layer) -> dict[str, Citation]:
    citations: dict[str, Citation] = {}
    for framework in layer.frameworks.values():
        for citation in framework.citations:
            _add(citations, citation.id, citation, citation.origin)
    for jurisdiction in layer.jurisdictions.values():
        for citation in jurisdiction.citations:
            _add(citations, citation.id, citation, citation.origin)
    return citations


def _index_elements(layer: _Layer, citations: Mapping[str, Citation]) -> dict[str, Element]:
    elements: dict[str, Element] = {}
    for framework in layer.frameworks.values():
        for element in framework.elements:
            _add(elements, element.id, element, element.origin)
            _check_ids(element.citations, citations, element.origin, "citations", "citation")
        if framework.decision_rule:
            _check_ids(
                framework.decision_rule.citations, citations, framework.origin, "decision_rule.citations", "citation"
            )
    return elements


def _check_ids(ids: Sequence[str], known: Mapping[str, object], origin: Origin, key: str, what: str) -> None:
    for index, item in enumerate(ids):
        if item not in known:
            raise origin.error(f"{item!r} is not a known {what} id", f"{key}[{index}]")


def _check_references(layer: _Layer, citations: Mapping[str, Citation], elements: Mapping[str, Element]) -> None:
    for jurisdiction in layer.jurisdictions.values():
        origin = jurisdiction.origin
        _check_ids(jurisdiction.fallback_non_punishment, citations, origin, "fallback_non_punishment", "citation")
        _check_ids(jurisdiction.fallback_compensation, citations, origin, "fallback_compensation", "citation")
    for rule in layer.rules.values():
        _check_ids(rule.suggests, elements, rule.origin, "suggests", "element")


def _sorted_frameworks(frameworks: Mapping[str, Framework]) -> dict[str, Framework]:
    return {f.id: f for f in sorted(frameworks.values(), key=lambda f: (f.order, f.id))}


def default_user_dir(app_data_dir: Path | None = None) -> Path | None:
    """The lawyer's own legal_templates folder: $SAKSI_LEGAL_DIR, else <app data dir>/legal_templates.

    The app passes platformdirs' user data dir; this module stays free of dependencies.
    """
    override = os.environ.get(USER_DIR_ENV)
    if override:
        return Path(override)
    return app_data_dir / "legal_templates" if app_data_dir is not None else None


def party_status(library: Library, code: str) -> dict[str, dict[str, str]]:
    """The State's party status to Palermo, ACTIP, C29 and P29 for the drafting engine (party_status.py).

    The table is party-status.toml beside this module, with the lawyer's own folder ($SAKSI_LEGAL_DIR) on top.
    """
    from legal_templates.party_status import engine_rows  # that module imports this one

    return engine_rows(code, default_user_dir())


def load_library(user_dir: Path | None = None) -> Library:
    """Load and validate the shipped files, then the user's folder on top; raises LegalDataError."""
    fields = _case_fields()
    shipped = _load_layer(SHIPPED_DIR, False, fields)
    user = _load_layer(user_dir, True, fields) if user_dir is not None and user_dir.is_dir() else _Layer()
    layer = _merge(shipped, user)
    citations = _index_citations(layer)
    elements = _index_elements(layer, citations)
    _check_references(layer, citations, elements)
    return Library(
        frameworks=_sorted_frameworks(layer.frameworks),
        jurisdictions=dict(sorted(layer.jurisdictions.items())),
        rules=tuple(layer.rules.values()),
        citations=citations,
        elements=elements,
    )


# --------------------------------------------------------------------------- matching rules to a case
def _leaves(node: object, parts: Sequence[str], where: str) -> Iterator[tuple[str, object]]:
    """Every (concrete path, value) at a dotted path; lists of items are walked item by item."""
    if not parts:
        yield where, node
        return
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _leaves(item, parts, f"{where}.{index}")
        return
    if isinstance(node, Mapping) and parts[0] in node:
        yield from _leaves(node[parts[0]], parts[1:], _join(where, parts[0]))


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _matched_value(condition: Condition, value: object) -> tuple[bool, object]:
    """Whether one leaf value satisfies the condition, and the value to report."""
    op, wanted = condition.op, condition.value
    if op == "nonempty":
        return value not in (None, "", [], {}), value
    if op == "contains":
        return isinstance(value, list) and wanted in value, wanted
    if op == "any_of":
        candidates = value if isinstance(value, list) else [value]
        found = [c for c in candidates if isinstance(wanted, tuple) and c in wanted]
        return bool(found), found[0] if found else None
    if op == "equals":
        # True == 1 in Python; a yes/no answer must not match a number.
        return value == wanted and isinstance(value, bool) == isinstance(wanted, bool), value
    if _is_number(value) and _is_number(wanted):
        assert isinstance(value, int | float) and isinstance(wanted, int | float)
        return (value >= wanted if op == "gte" else value < wanted), value
    return False, None


def _first_match(document: Mapping[str, object], condition: Condition) -> tuple[str, object] | None:
    for where, value in _leaves(document, condition.path.split("."), ""):
        matched, shown = _matched_value(condition, value)
        if matched:
            return where, shown
    return None


def _rule_match(document: Mapping[str, object], rule: Rule) -> tuple[str, object] | None:
    matches = [_first_match(document, condition) for condition in rule.conditions]
    found = [m for m in matches if m is not None]
    if not found or (rule.match == "all" and len(found) < len(matches)):
        return None
    return found[0]


def match_rules(library: Library, document: Mapping[str, object]) -> list[Suggestion]:
    """The suggestions the enabled rules make for a case document (Case.to_document()), in rule order."""
    suggestions: list[Suggestion] = []
    for rule in library.rules:
        match = _rule_match(document, rule) if rule.enabled else None
        if match is not None:
            path, value = match
            suggestions.extend(Suggestion(e, rule.id, rule.explanation, path, value) for e in rule.suggests)
    return suggestions
