"""The legal library's data: citations, frameworks, jurisdictions, rules, and the error that names a file and key."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, TypeVar

from storage.errors import InputRejected, localized, template
from storage.phrases import UNVERIFIED_MARKER  # defined once for every layer; re-exported here

SHIPPED_DIR = Path(__file__).resolve().parent
USER_DIR_ENV = "SAKSI_LEGAL_DIR"

STATUSES = ("confirmed-verbatim", "confirmed-substance", "unverified")
# How ../shared/legal-sources.md writes them, for the message that refuses a misspelt status.
STATUS_SHORT = {"confirmed-verbatim": "C-V", "confirmed-substance": "C-S"}
SUMMARY_LABEL = "(summary, not the official wording)"
GLOSS_LABEL = "Working translation by Saksi, not an official translation"
STRENGTHS = ("strong", "medium", "weak")
OPERATORS = ("contains", "equals", "any_of", "nonempty", "gte", "lt")
FIELD_KINDS = ("text", "number", "bool", "list")

# Which operators make sense on which kind of case field.
OPERATORS_BY_KIND: dict[str, tuple[str, ...]] = {
    "list": ("contains", "any_of", "nonempty"),
    "text": ("equals", "any_of", "nonempty"),
    "number": ("equals", "gte", "lt", "nonempty"),
    "bool": ("equals",),
}
ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
CODE_PATTERN = re.compile(r"^[A-Z]{2}$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")

Status = Literal["confirmed-verbatim", "confirmed-substance", "unverified"]
T = TypeVar("T")


# --------------------------------------------------------------------------- errors
WHERE = template("{file}: {key}: {problem}")
WHERE_FILE = template("{file}: {problem}")


class LegalDataError(InputRejected):
    """A legal data file is wrong: names the file, the dotted key and what is wrong.

    The problem is a template with named parameters, like every Saksi message:
    ``LegalDataError("{value} is not a known citation id", file=..., key="citations[0]", value="'x'")``.
    ``str(exc)`` and the CLI give "FILE: KEY: PROBLEM" in English; ``exc.message`` the same in the
    language of the moment. A SAKSI_LEGAL_DIR folder is the user's input, so it is an InputRejected (exit 6).
    """

    def __init__(self, problem: str, /, *, file: str, key: str = "", **params: object) -> None:
        super().__init__(problem, **params)
        self.file, self.key = file, key

    @property
    def problem(self) -> str:
        """What is wrong, in the language of the moment, without the file and key."""
        return localized(self.template, **self.params)

    def _where(self, problem: str, translate: Callable[..., str]) -> str:
        if self.key:
            return translate(WHERE, file=self.file, key=self.key, problem=problem)
        return translate(WHERE_FILE, file=self.file, problem=problem)

    @property
    def message(self) -> str:
        return self._where(self.problem, localized)

    def __str__(self) -> str:
        english = self.template.format(**self.params) if self.params else self.template
        return self._where(english, lambda text, **params: text.format(**params))


@dataclass(frozen=True)
class Origin:
    """Where an entry was read: the file (relative for shipped files, full path for the user's) and key."""

    file: str
    key: str = ""
    user: bool = False

    def at(self, key: str) -> Origin:
        return Origin(self.file, join_key(self.key, key), self.user)

    def where(self, key: str = "") -> dict[str, str]:
        """The file and key for a LegalDataError: ``LegalDataError("...", **origin.where("id"))``."""
        return {"file": self.file, "key": join_key(self.key, key)}


def join_key(prefix: str, key: str) -> str:
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
