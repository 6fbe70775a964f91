"""One strict pydantic model for every kind of TOML file in legal_templates/, and the error that names file and key.

A lawyer may point SAKSI_LEGAL_DIR at a folder of their own files, so everything here is user input: a wrong
type, a missing field, an unknown key ("stauts") or a status that is not one of legal-sources.md's is refused
when the library loads, never silently read. ``validate`` turns pydantic's first error into a LegalDataError:
"frameworks/actip.toml: citations[3].status: 'verifed' is not one of confirmed-verbatim (C-V), ...".

The models only check; legal_templates.parsers turns them into the frozen data the app uses (models.py).
Checks that need more than one key (a placeholder must be unverified, an element's group must be one of its
framework's) are model validators that name the key they refuse through ``refused(..., at=(...))``.
"""

from __future__ import annotations

import tomllib
import types
import typing
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, model_validator
from pydantic_core import ErrorDetails, PydanticCustomError

from legal_templates.models import (
    CODE_PATTERN,
    ID_PATTERN,
    LANGUAGE_PATTERN,
    OPERATORS_BY_KIND,
    STATUS_SHORT,
    LegalDataError,
    Origin,
)
from storage.errors import template

M = TypeVar("M", bound=BaseModel)
REFUSED = "saksi_legal"  # the error type of every refusal written here (its template and parameters in ctx)


def refused(problem: str, /, *, at: Sequence[str | int] = (), **params: object) -> PydanticCustomError:
    """A refusal in a validator: ``problem`` is a template (marked with template()), ``at`` the key below the
    model being validated when the refusal is about one of its keys."""
    return PydanticCustomError(REFUSED, problem, {"template": problem, "params": params, "at": tuple(at)})


# --------------------------------------------------------------------------- value types
def _text(value: str) -> str:
    if not value.strip():
        raise refused(template("must not be empty"))
    return value


def _identifier(value: str) -> str:
    if not ID_PATTERN.match(value):
        raise refused(template("{value} must be lower-case letters, digits, '.', '_' or '-'"), value=repr(value))
    return value


def _code(value: str) -> str:
    if not CODE_PATTERN.match(value):
        raise refused(template("{value} must be a two-letter country code such as KH"), value=repr(value))
    return value


def _language(value: str) -> str:
    if not LANGUAGE_PATTERN.match(value):
        raise refused(template("{value} must be a language code such as en, th, ms, id, vi"), value=repr(value))
    return value


def _iso_date(value: str) -> str:
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise refused(template("{value} must be a date such as 2026-03-15"), value=repr(value)) from None
    return value


Text = Annotated[str, AfterValidator(_text)]  # text that must say something ("  " is refused)
Id = Annotated[str, AfterValidator(_identifier)]
Code = Annotated[str, AfterValidator(_code)]
Language = Annotated[str, AfterValidator(_language)]
IsoDate = Annotated[str, AfterValidator(_iso_date)]  # "" or a date
Texts = list[Text]
Status = Literal["confirmed-verbatim", "confirmed-substance", "unverified"]
Count = Annotated[int, Field(ge=0)]


def _at_least_one(value: Sequence[object]) -> Sequence[object]:
    if not value:
        raise refused(template("must list at least one entry"))
    return value


AtLeastOne = AfterValidator(_at_least_one)
NonEmptyTexts = Annotated[Texts, AtLeastOne]


class Strict(BaseModel):
    """No unknown key, no type coercion (TOML gives real types: "3" is not a number), frozen once read.

    TOML arrays are Python lists, and strict pydantic takes a tuple only from a tuple: lists here, tuples in
    the frozen data parsers.py makes."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


# --------------------------------------------------------------------------- frameworks/*.toml
class CitationModel(Strict):
    id: Id
    instrument: Text
    article: Text
    text: Text
    source: Text
    status: Status
    verified_by: str = ""
    verified_on: IsoDate = ""
    language: Language = "en"
    gloss: Text = ""
    note: Text = ""
    placeholder: bool = False
    lead: Text = ""
    guidance: bool = False

    @model_validator(mode="after")
    def _placeholder_is_unverified(self) -> CitationModel:
        if self.placeholder and self.status != "unverified":
            raise refused(template("a placeholder must have status 'unverified'"), at=("status",))
        return self


class GroupModel(Strict):
    id: Id
    label: Text
    description: Text = ""


class ElementModel(Strict):
    id: Id
    group: Text
    label: Text
    description: Text
    citations: NonEmptyTexts
    corroborate: Texts
    strength: Literal["strong", "medium", "weak", ""] = ""
    strength_status: Status | None = None
    note: Text = ""
    placeholder: bool = False

    @model_validator(mode="after")
    def _complete(self) -> ElementModel:
        if not self.corroborate and not self.placeholder:
            raise refused(template("must list at least one entry"), at=("corroborate",))
        if self.strength and self.strength_status is None:
            raise refused(template("is required"), at=("strength_status",))
        return self


class CombinationModel(Strict):
    strong: Count = 0
    medium: Count = 0
    weak: Count = 0

    @model_validator(mode="after")
    def _something(self) -> CombinationModel:
        if not (self.strong or self.medium or self.weak):
            raise refused(template("needs a positive count of strong, medium or weak indicators"))
        return self


class DecisionRuleModel(Strict):
    text: Text
    status: Status
    citations: NonEmptyTexts
    dimension_positive: Annotated[list[CombinationModel], AtLeastOne]
    victim_rule: Annotated[list[NonEmptyTexts], AtLeastOne]


class FrameworkFile(Strict):
    id: Id
    title: Text
    description: Text
    caution: Text = ""
    order: int = 100
    groups: list[GroupModel] = []
    citations: Annotated[list[CitationModel], AtLeastOne]
    elements: list[ElementModel] = []
    decision_rule: DecisionRuleModel | None = None

    @model_validator(mode="after")
    def _groups_are_known(self) -> FrameworkFile:
        groups = [group.id for group in self.groups]
        for index, element in enumerate(self.elements):
            if element.group not in groups:
                raise refused(
                    template("{value} is not a group of this framework ({groups})"),
                    at=("elements", index, "group"),
                    value=repr(element.group),
                    groups=", ".join(groups),
                )
            if self.decision_rule is not None and not element.strength:
                raise refused(
                    template("is required in a framework with a decision rule"), at=("elements", index, "strength")
                )
        for index, alternatives in enumerate(self.decision_rule.victim_rule if self.decision_rule else ()):
            for dimension in alternatives:
                if dimension not in groups:
                    raise refused(
                        template("{value} is not a group of this framework ({groups})"),
                        at=("decision_rule", "victim_rule", index),
                        value=repr(dimension),
                        groups=", ".join(groups),
                    )
        return self


# --------------------------------------------------------------------------- jurisdictions/*.toml
class StatuteModel(Strict):
    title: Text
    year: int | None = None
    status: Status
    source: Text
    note: Text = ""


def _required_provision(value: list[CitationModel]) -> list[CitationModel]:
    if not value:
        raise refused(template("is required (use a placeholder entry when the provision is unknown)"))
    return value


Provisions = list[CitationModel]
RequiredProvisions = Annotated[Provisions, AfterValidator(_required_provision)]
PROVISION_KINDS = ("definition", "non_punishment", "compensation", "assistance", "pending", "other")


class JurisdictionFile(Strict):
    code: Code
    name: Text
    note: Text = ""
    statutes: Annotated[list[StatuteModel], AtLeastOne]
    definition: Provisions = []
    non_punishment: RequiredProvisions = Field(default=[], validate_default=True)
    compensation: RequiredProvisions = Field(default=[], validate_default=True)
    assistance: Provisions = []
    pending: Provisions = []
    other: Provisions = []
    fallback_non_punishment: NonEmptyTexts
    fallback_compensation: Texts = []


# --------------------------------------------------------------------------- case_fields.toml and rules/*.toml
class FieldSpecModel(Strict):
    kind: Literal["text", "number", "bool", "list"]
    values: Texts = []  # the allowed codes, when the field has a vocabulary


class CaseFieldsFile(Strict):
    fields: dict[str, FieldSpecModel]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


class ConditionModel(Strict):
    path: Text
    op: Literal["contains", "equals", "any_of", "nonempty", "gte", "lt"]
    value: Any = None  # its type depends on the field and the operator: checked below

    @model_validator(mode="after")
    def _fits_the_field(self, info: ValidationInfo) -> ConditionModel:
        fields: Mapping[str, FieldSpecModel] = (info.context or {}).get("fields", {})
        if self.path not in fields:
            raise refused(
                template("{value} is not a known case field (see legal_templates/case_fields.toml)"),
                at=("path",),
                value=repr(self.path),
            )
        spec = fields[self.path]
        if self.op not in OPERATORS_BY_KIND[spec.kind]:
            raise refused(
                template("{op} does not apply to {path} ({kind}); use {allowed}"),
                at=("op",),
                op=repr(self.op),
                path=self.path,
                kind=spec.kind,
                allowed=", ".join(OPERATORS_BY_KIND[spec.kind]),
            )
        self._check_value(spec)
        return self

    def _check_value(self, spec: FieldSpecModel) -> None:
        given = "value" in self.model_fields_set
        if self.op == "nonempty":
            if given:
                raise refused(template("'nonempty' takes no value"), at=("value",))
            return
        if not given:
            raise refused(template("is required"), at=("value",))
        if self.op == "any_of":
            if not isinstance(self.value, list) or not self.value:
                raise refused(template("must be a list of texts"), at=("value",))
            for index, code in enumerate(self.value):
                if not isinstance(code, str):
                    raise refused(template("must be text"), at=("value", index))
                _check_code(code, spec, ("value", index))
            return
        self._check_scalar(spec)

    def _check_scalar(self, spec: FieldSpecModel) -> None:
        if spec.kind == "number" and not _is_number(self.value):
            raise refused(template("must be a number"), at=("value",))
        if spec.kind == "bool" and not isinstance(self.value, bool):
            raise refused(template("must be true or false"), at=("value",))
        if spec.kind in ("text", "list"):
            if not isinstance(self.value, str):
                raise refused(template("must be text"), at=("value",))
            _check_code(self.value, spec, ("value",))


def _check_code(value: str, spec: FieldSpecModel, at: tuple[str | int, ...]) -> None:
    if spec.values and value not in spec.values:
        raise refused(
            template("{value} is not one of {options}"), at=at, value=repr(value), options=", ".join(spec.values)
        )


class RuleModel(Strict):
    id: Id
    suggests: NonEmptyTexts
    explanation: Text
    when: Annotated[list[ConditionModel], AtLeastOne]
    match: Literal["all", "any"] = "all"
    enabled: bool = True


class RulesFile(Strict):
    rules: list[RuleModel]


# --------------------------------------------------------------------------- party-status.toml
Instrument = Literal["palermo", "actip", "ilo-c29", "ilo-p29"]
FilingLanguage = Literal["en", "km", "th"]


class NamesModel(Strict):
    en: Text
    km: Text = ""
    th: Text = ""


class InstrumentModel(NamesModel):
    noun: NamesModel


class PartyRowModel(Strict):
    jurisdiction: Code
    instrument: Instrument
    status: Literal["ratified", "acceded", "signed", "not-party", "unverified"]
    date: IsoDate = ""
    date_kind: Literal["", "ratification", "deposit"] = ""
    source: Text
    verification: Status
    note: Text = ""

    @model_validator(mode="after")
    def _unverified_is_not_confirmed(self) -> PartyRowModel:
        if self.status == "unverified" and self.verification != "unverified":
            raise refused(template("an unverified status cannot be confirmed"), at=("verification",))
        return self


class PartyStatusFile(Strict):
    instruments: dict[Instrument, InstrumentModel] = {}
    names: dict[Code, NamesModel] = {}
    party: list[PartyRowModel] = []


# --------------------------------------------------------------------------- filings/*.toml
class FilingVariantModel(Strict):
    native_drafter: bool = False
    note: Text = ""  # shown beside a variant not written by a native legal drafter


class FilingFile(Strict):
    title: Text
    description: Text
    recipients: Texts = []
    languages: Annotated[dict[FilingLanguage, FilingVariantModel], AtLeastOne]


# --------------------------------------------------------------------------- reading and validating
def read_toml(path: Path, origin: Origin) -> dict[str, Any]:
    """The TOML file's data; a file that cannot be read or parsed is refused by name."""
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except tomllib.TOMLDecodeError as exc:
        raise LegalDataError("not valid TOML: {error}", **origin.where(), error=str(exc)) from None
    except UnicodeDecodeError:
        raise LegalDataError("not valid UTF-8 text", **origin.where()) from None
    except OSError as exc:
        raise LegalDataError("cannot be read: {error}", **origin.where(), error=exc.strerror or str(exc)) from None


def validate(model: type[M], data: object, origin: Origin, context: Mapping[str, object] | None = None) -> M:
    """``data`` checked against ``model``; the first problem is raised as a LegalDataError naming file and key."""
    try:
        return model.model_validate(data, context=dict(context or {}))
    except ValidationError as exc:
        raise refusal(model, _first(exc.errors()), origin) from None


def _first(errors: list[ErrorDetails]) -> ErrorDetails:
    """The first error, but an unknown key before a missing one in the same table: "stauts" explains "status"."""
    first = errors[0]
    for error in errors:
        if error["type"] == "extra_forbidden" and tuple(error["loc"][:-1]) == tuple(first["loc"][:-1]):
            return error
    return first


def load(model: type[M], path: Path, origin: Origin, context: Mapping[str, object] | None = None) -> M:
    return validate(model, read_toml(path, origin), origin, context)


# --------------------------------------------------------------------------- pydantic's error, in Saksi's words
MESSAGES = {
    "missing": template("is required"),
    "string_type": template("must be text"),
    "bool_type": template("must be true or false"),
    "int_type": template("must be a whole number"),
    "float_type": template("must be a number"),
    "list_type": template("must be a list"),
    "tuple_type": template("must be a list"),
    "dict_type": template("must be a table"),
    "model_type": template("must be a table"),
    "model_attributes_type": template("must be a table"),
    "greater_than_equal": template("must not be negative"),
}
UNKNOWN_KEY = template("unknown key (expected one of {expected})")
NOT_ONE_OF = template("{value} is not one of {options}")
WRONG = template("is not valid: {detail}")


def refusal(model: type[BaseModel], error: ErrorDetails, origin: Origin) -> LegalDataError:
    loc = tuple(error["loc"])
    kind, ctx = error["type"], error.get("ctx") or {}
    if kind == REFUSED:
        loc += tuple(ctx["at"])
        return LegalDataError(ctx["template"], **origin.where(key_path(loc)), **ctx["params"])
    where = origin.where(key_path(loc))
    if kind == "extra_forbidden":
        table = _model_at(model, loc[:-1])
        return LegalDataError(UNKNOWN_KEY, **where, expected=", ".join(table.model_fields) if table else "?")
    if kind == "literal_error":
        return LegalDataError(NOT_ONE_OF, **where, value=repr(error["input"]), options=_options(model, loc))
    if kind in MESSAGES:
        return LegalDataError(MESSAGES[kind], **where)
    return LegalDataError(WRONG, **where, detail=error["msg"])  # a kind of error no file has shown yet


def key_path(loc: Sequence[str | int]) -> str:
    """("citations", 3, "status") -> "citations[3].status"; pydantic's "[key]" marker (a bad table key) is dropped."""
    path = ""
    for part in loc:
        if part == "[key]":
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def _unwrap(annotation: Any) -> Any:
    """The model, list item or Literal under Annotated[...], X | None, list[X] and dict[K, X]."""
    while True:
        origin, args = typing.get_origin(annotation), typing.get_args(annotation)
        if origin is Annotated:
            annotation = args[0]
        elif origin in (typing.Union, types.UnionType):
            annotation = next(a for a in args if a is not type(None))
        else:
            return annotation


def _annotation_at(model: type[BaseModel], loc: Sequence[str | int]) -> Any:
    if loc and loc[-1] == "[key]":  # a table key that is not allowed: the dict's key type, two steps up
        table = _annotation_at(model, loc[:-2])
        return _unwrap(typing.get_args(table)[0]) if typing.get_origin(table) is dict else None
    node: Any = model
    for part in loc:
        node = _unwrap(node)
        origin, args = typing.get_origin(node), typing.get_args(node)
        if isinstance(node, type) and issubclass(node, BaseModel) and isinstance(part, str):
            if part not in node.model_fields:
                return None
            node = node.model_fields[part].annotation
        elif origin in (tuple, list) and args:
            node = args[0]
        elif origin is dict and args:
            node = args[1]
        else:
            return None
    return _unwrap(node)


def _model_at(model: type[BaseModel], loc: Sequence[str | int]) -> type[BaseModel] | None:
    found = _annotation_at(model, loc)
    return found if isinstance(found, type) and issubclass(found, BaseModel) else None


def _options(model: type[BaseModel], loc: Sequence[str | int]) -> str:
    found = _annotation_at(model, loc)
    values: list[str] = []
    for part in typing.get_args(found) if typing.get_origin(found) is Literal else ():
        values.append(f"{part} ({STATUS_SHORT[part]})" if part in STATUS_SHORT else str(part))
    return ", ".join(v for v in values if v) or "?"
