"""The case document: one client's whole file, in the journey order of the seed.

A case is one JSON document (docs/case-format.md) validated by these pydantic
models; the same format is used for storage, export and import, so a round trip
loses nothing. Repeating items (names, facts, people, charges...) carry stable
ids so history, links and later merging refer to them, not to list positions.
Dates may be partial ("2024", "2024-03") and marked approximate.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.cases import vocab
from storage.errors import InputRejected, localized
from storage.upgrades import apply_upgrades

FORMAT: Literal["saksi.case/2"] = "saksi.case/2"
OLDER_FORMATS = ("saksi.case/1",)  # read and upgraded by ``upgrade_document`` (see UPGRADES)
_FUZZY_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def _vocab(terms: tuple[vocab.Term, ...]) -> Any:
    allowed = vocab.codes(terms)

    def check(value: str) -> str:
        if value not in allowed:
            raise ValueError(f"'{value}' is not one of: {', '.join(allowed)}")
        return value

    return AfterValidator(check)


def _fuzzy_date(value: str) -> str:
    if value and not _FUZZY_DATE.match(value):
        raise ValueError("a date must look like 2024, 2024-03 or 2024-03-15")
    if value and len(value) == 10:
        date.fromisoformat(value)
    elif value and len(value) == 7 and not 1 <= int(value[5:]) <= 12:
        raise ValueError("the month must be 01 to 12")
    return value


def _full_date(value: str) -> str:
    if value:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ValueError("a date must look like 2024-03-15") from None
    return value


def _country(value: str) -> str:
    value = value.strip().upper()
    if value and not _COUNTRY.match(value):
        raise ValueError("a country is a two-letter ISO code, e.g. KH, TH, MM")
    return value


def _amount(value: str) -> str:
    if value:
        try:
            number = Decimal(value)
        except InvalidOperation:
            raise ValueError("an amount is a number such as 1500 or 1500.50") from None
        if number < 0 or not number.is_finite():
            raise ValueError("an amount cannot be negative")
    return value


def _currency(value: str) -> str:
    value = value.strip().upper()
    if value and not _CURRENCY.match(value):
        raise ValueError("a currency is a three-letter ISO code, e.g. USD, KHR, THB")
    return value


FuzzyDate = Annotated[str, AfterValidator(_fuzzy_date)]
FullDate = Annotated[str, AfterValidator(_full_date)]
Country = Annotated[str, AfterValidator(_country)]
Amount = Annotated[str, AfterValidator(_amount)]
Currency = Annotated[str, AfterValidator(_currency)]


def new_id() -> str:
    return str(uuid.uuid4())


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, str_strip_whitespace=True)


class Item(Model):
    id: str = Field(default_factory=new_id)


class When(Model):
    """A date that may be partial and approximate, as clients remember them."""

    date: FuzzyDate = ""
    approximate: bool = False


class Money(Model):
    amount: Amount = ""
    currency: Currency = ""


# --------------------------------------------------------------------------- client
class Name(Item):
    text: str
    kind: Literal["name", "alias", "other"] = "name"
    script: str = ""  # e.g. Khmr, Thai, Mymr, Latn (ISO 15924), optional


class Contact(Item):
    kind: Annotated[str, _vocab(vocab.CONTACT_KINDS)] = "phone"
    value: str
    safe_to_contact: bool = False
    note: str = ""


class IdentityDocument(Item):
    type: Annotated[str, _vocab(vocab.DOCUMENT_TYPES)] = "passport"
    number: str = ""
    issuer: str = ""
    expiry: FuzzyDate = ""
    held_by: Annotated[str, _vocab(vocab.HELD_BY)] = "unknown"


class Client(Model):
    names: list[Name] = Field(default_factory=list)
    sex: Annotated[str, _vocab(vocab.SEX)] = "unknown"
    gender: str = ""  # self-described, optional
    date_of_birth: FuzzyDate = ""
    age: int | None = Field(default=None, ge=0, le=120)
    age_at_recruitment: int | None = Field(default=None, ge=0, le=120)
    nationalities: list[Country] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    education: Annotated[str, _vocab(vocab.EDUCATION)] = "unknown"
    skills: list[Annotated[str, _vocab(vocab.SKILLS)]] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    documents: list[IdentityDocument] = Field(default_factory=list)

    @property
    def display_name(self) -> str:
        return next((n.text for n in self.names if n.kind == "name"), self.names[0].text if self.names else "")

    @property
    def minor_at_recruitment(self) -> bool | None:
        """A child under Palermo 3(d) when recruited; None when the age is not known."""
        return None if self.age_at_recruitment is None else self.age_at_recruitment < 18


class Consent(Item):
    what: str  # what the client agreed to
    use: Annotated[str, _vocab(vocab.CONSENT_USES)] = "other"  # for which use
    use_note: str = ""  # the use in the client's or lawyer's words (format 1's free-text use lands here)
    recipient: str = ""  # shared with whom, in words
    partners: list[str] = Field(default_factory=list)  # fingerprints of the partner offices this covers
    parts: list[Annotated[str, _vocab(vocab.REFERRAL_PARTS)]] = Field(default_factory=list)  # empty: all parts
    given_on: FullDate = ""
    recorded_by: str = ""
    withdrawn_on: FullDate = ""


# --------------------------------------------------------------------------- journey
class Recruitment(Model):
    when: When = Field(default_factory=When)
    country: Country = ""
    place: str = ""
    channel: Annotated[str, _vocab(vocab.RECRUITMENT_CHANNEL)] = "unknown"
    platforms: list[Annotated[str, _vocab(vocab.PLATFORMS)]] = Field(default_factory=list)
    method: Annotated[str, _vocab(vocab.RECRUITMENT_METHOD)] | None = None
    job_advertised: Annotated[str, _vocab(vocab.JOBS_ADVERTISED)] | None = None
    job_description: str = ""
    promised_salary: Money = Field(default_factory=Money)
    promised_benefits: list[Annotated[str, _vocab(vocab.BENEFITS)]] = Field(default_factory=list)
    recruiter_relationship: Annotated[str, _vocab(vocab.RELATIONSHIP)] = "unknown"
    recruiter_ids: list[str] = Field(default_factory=list)  # ids of people in this case


class Transportation(Model):
    departed: When = Field(default_factory=When)
    arrived: When = Field(default_factory=When)
    modes: list[Annotated[str, _vocab(vocab.TRANSPORT_MODES)]] = Field(default_factory=list)
    route: list[Country] = Field(default_factory=list)  # origin, transit countries..., destination
    arranged_by: Annotated[str, _vocab(vocab.ARRANGED_BY)] = "unknown"
    border_pickup: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    visa: Annotated[str, _vocab(vocab.VISA)] = "unknown"
    documents_held_by: Annotated[str, _vocab(vocab.HELD_BY)] = "unknown"

    @property
    def transit_countries(self) -> list[str]:
        return self.route[1:-1]


class Compound(Item):
    country: Country = ""
    place: str = ""
    name: str = ""  # compound or company name
    arrived: When = Field(default_factory=When)
    left: When = Field(default_factory=When)
    scam_work: list[Annotated[str, _vocab(vocab.SCAM_WORK)]] = Field(default_factory=list)
    hours_per_day: int | None = Field(default=None, ge=0, le=24)
    days_per_week: int | None = Field(default=None, ge=0, le=7)
    wage_promised: Money = Field(default_factory=Money)
    wage_paid: Money = Field(default_factory=Money)
    debt: Money = Field(default_factory=Money)
    controls: list[Annotated[str, _vocab(vocab.CONTROLS)]] = Field(default_factory=list)


class Exit(Model):
    kind: Annotated[str, _vocab(vocab.EXIT_KINDS)] | None = None
    when: When = Field(default_factory=When)
    country: Country = ""
    place: str = ""
    ransom: Money = Field(default_factory=Money)
    by_whom: str = ""


class Detention(Model):
    detained: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    facility: str = ""
    country: Country = ""
    since: FuzzyDate = ""
    until: FuzzyDate = ""
    basic_needs_met: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    interviews: int | None = Field(default=None, ge=0)
    interviews_retraumatising: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    psychosocial_support: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    repatriation_support: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    fined: Annotated[str, _vocab(vocab.YES_NO)] = "unknown"
    fine: Money = Field(default_factory=Money)
    conditions: str = ""


class Nexus(Model):
    """Why this charge should not be punished: the record the drafting turns into a submission."""

    basis: list[str] = Field(default_factory=list)  # citation ids from legal_templates (international + national)
    # the facts showing the act was directly related to, or a consequence of, the trafficking
    fact_ids: list[str] = Field(default_factory=list)
    model: Literal["", "compulsion", "causation", "presumption"] = ""
    argument: str = ""  # the lawyer's own words


class Charge(Item):
    offence: str
    kind: Annotated[str, _vocab(vocab.CHARGE_KINDS)] = "criminal"
    statute: str = ""
    authority: str = ""
    case_number: str = ""
    stage: Annotated[str, _vocab(vocab.CHARGE_STAGES)] = "investigation"
    next_date: FullDate = ""
    fine: Money = Field(default_factory=Money)
    non_punishment: Annotated[str, _vocab(vocab.NON_PUNISHMENT)] = "not_raised"
    outcome: str = ""
    nexus: Nexus = Field(default_factory=Nexus)

    @property
    def administrative(self) -> bool:
        """An overstay, entry or work-permit penalty: for the immigration or labour authority, not the prosecutor."""
        return self.kind in vocab.ADMINISTRATIVE_CHARGE_KINDS or self.stage == "administrative"


# --------------------------------------------------------------------------- facts, people, money, dates
class ElementTag(Model):
    """A fact tagged with a legal element or indicator (ids from legal_templates)."""

    element: str
    stance: Literal["supports", "disputes"] = "supports"
    note: str = ""
    by: str = ""
    at: str = ""
    from_rule: str = ""  # the suggestion rule it came from, when accepted from a suggestion


class QuotedMessage(Model):
    """A chat message quoted in a fact: the chat exhibit's id and the message's number in the export."""

    evidence_id: str
    seq: int


class Fact(Item):
    when: When = Field(default_factory=When)
    statement: str
    source: Annotated[str, _vocab(vocab.FACT_SOURCES)] = "client_account"
    confidence: Annotated[str, _vocab(vocab.CONFIDENCE)] = "medium"
    evidence_ids: list[str] = Field(default_factory=list)  # exhibits (evidence item ids) that support it
    quotes: list[QuotedMessage] = Field(default_factory=list)  # chat messages the statement quotes
    tags: list[ElementTag] = Field(default_factory=list)  # legal elements and indicators it bears on


class Identifier(Item):
    kind: Annotated[str, _vocab(vocab.IDENTIFIER_KINDS)]
    value: str

    @field_validator("value")
    @classmethod
    def not_empty(cls, value: str) -> str:
        if not value:
            raise ValueError("an identifier needs a value")
        return value


class Person(Item):
    role: Annotated[str, _vocab(vocab.PERSON_ROLES)] = "other"
    name: str = ""
    identifiers: list[Identifier] = Field(default_factory=list)
    notes: str = ""


class Remedy(Item):
    kind: Annotated[str, _vocab(vocab.REMEDY_KINDS)]
    amount: Money = Field(default_factory=Money)
    when: When = Field(default_factory=When)
    paid_by: Annotated[str, _vocab(vocab.PAID_BY)] = "client"
    notes: str = ""
    claimed: bool = False
    obtained: Money = Field(default_factory=Money)
    evidence_ids: list[str] = Field(default_factory=list)  # exhibits behind the amount (receipts, transfers...)


class Deadline(Item):
    due_on: FullDate
    title: str
    kind: Annotated[str, _vocab(vocab.DEADLINE_KINDS)] = "other"
    charge_id: str = ""  # the proceeding it belongs to, if any
    done: bool = False

    @field_validator("due_on")
    @classmethod
    def required(cls, value: str) -> str:
        if not value:
            raise ValueError("a deadline needs a date")
        return value


# --------------------------------------------------------------------------- the interview
SECTIONS = ("profile", "recruitment", "transportation", "compound", "exit", "detention", "proceedings", "needs")


class Skip(Model):
    question: str  # question id, e.g. "compound.controls"
    do_not_ask: bool = False  # "do not ask again": recorded so nobody asks it again
    reason: str = ""
    recorded_by: str = ""
    at: str = ""


class Session(Model):
    started_at: str
    ended_at: str = ""
    interviewer: str = ""
    language: str = ""
    interpreter: str = ""


class Interview(Model):
    language: str = ""
    interpreter: str = ""  # name of the interpreter, empty when none
    sessions: list[Session] = Field(default_factory=list)
    progress: dict[str, Literal["not_started", "in_progress", "done"]] = Field(default_factory=dict)
    current_section: str = ""
    skipped: list[Skip] = Field(default_factory=list)
    accounts: dict[str, str] = Field(default_factory=dict)  # free-text account per section
    needs: str = ""

    @field_validator("progress", "accounts")
    @classmethod
    def known_sections(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = [k for k in value if k not in SECTIONS]
        if unknown:
            raise ValueError(f"unknown interview section(s): {', '.join(unknown)}")
        return value


class Dismissal(Model):
    """A suggestion the lawyer dismissed, so it is not offered again."""

    rule: str
    element: str
    note: str = ""
    by: str = ""
    at: str = ""


class Analysis(Model):
    frameworks: list[str] = Field(default_factory=list)  # chosen for the proof matrix; empty = the defaults
    dismissed: list[Dismissal] = Field(default_factory=list)


class Identification(Model):
    """A competent authority's decision that the client is a victim of trafficking (ACTIP art. 14(1)).

    Saksi never decides this. Until it is recorded the filings speak of "a presumed victim", and rights
    that depend on identification (ACTIP art. 14(8)) are not invoked.
    """

    decided_by: str = ""  # the authority (and officer) that decided
    decided_on: FullDate = ""
    reference: str = ""  # the decision's number or file reference
    outcome: Annotated[str, _vocab(vocab.IDENTIFICATION_OUTCOMES)] = "identified"
    note: str = ""

    @property
    def decided(self) -> bool:
        """A decision is on file, whatever its outcome."""
        return bool(self.decided_by and self.decided_on)

    @property
    def recorded(self) -> bool:
        """The client was identified as a victim: only then may a filing say "a victim"."""
        return self.decided and self.outcome == "identified"


# --------------------------------------------------------------------------- the case
class Case(Model):
    format: Literal["saksi.case/2"] = FORMAT
    id: str = Field(default_factory=new_id)
    reference: str = ""  # assigned by the vault when empty, e.g. KH-2026-0001
    status: Annotated[str, _vocab(vocab.CASE_STATUS)] = "intake"
    lawyer: str = ""
    paralegal: str = ""
    jurisdiction: Country = ""  # where the proceedings are
    opened_on: FullDate = Field(default_factory=lambda: date.today().isoformat())
    client: Client = Field(default_factory=Client)
    consents: list[Consent] = Field(default_factory=list)
    recruitment: Recruitment = Field(default_factory=Recruitment)
    transportation: Transportation = Field(default_factory=Transportation)
    compounds: list[Compound] = Field(default_factory=list)
    exit: Exit = Field(default_factory=Exit)
    detention: Detention = Field(default_factory=Detention)
    identification: Identification = Field(default_factory=Identification)
    charges: list[Charge] = Field(default_factory=list)
    facts: list[Fact] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    remedies: list[Remedy] = Field(default_factory=list)
    deadlines: list[Deadline] = Field(default_factory=list)
    interview: Interview = Field(default_factory=Interview)
    analysis: Analysis = Field(default_factory=Analysis)
    notes: str = ""

    def to_document(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    @model_validator(mode="before")
    @classmethod
    def _upgrade(cls, data: Any) -> Any:
        return upgrade_document(data) if isinstance(data, dict) else data


def _from_format_1(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 -> 2 (partner referrals): a consent's free-text use becomes a code, its words kept in use_note."""
    upgraded = {**data, "format": "saksi.case/2"}
    consents = []
    for consent in data.get("consents") or []:
        if isinstance(consent, dict) and "use" in consent:
            use = str(consent.get("use") or "")
            known = use in vocab.codes(vocab.CONSENT_USES)
            consent = {**consent, "use": use if known else "other", "use_note": "" if known else use}
        consents.append(consent)
    upgraded["consents"] = consents
    return upgraded


# One upgrader per older format, each to the next: a document of any released format is brought to
# FORMAT in order as it loads (stored, imported or received). tests/fixtures/case-documents keeps one of each.
UPGRADES: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {"saksi.case/1": _from_format_1}


def upgrade_document(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` in FORMAT when it is of an older format (unchanged otherwise: validation says what is wrong)."""
    return apply_upgrades(data, UPGRADES, lambda d: d["format"] if isinstance(d.get("format"), str) else None)


def covers(consent: Consent, use: str, partner_fingerprint: str) -> bool:
    """Does this consent (still) allow ``use`` for that partner office?"""
    return consent.use == use and not consent.withdrawn_on and partner_fingerprint in consent.partners


def parse_case(data: Any) -> Case:
    """Validate a case document; the error names the first wrong field, e.g. ``client.sex``."""
    if not isinstance(data, dict):
        raise InputRejected("A case must be a JSON object.")
    try:
        return Case.model_validate(data)
    except ValidationError as exc:
        raise InputRejected(describe_errors(exc)) from None


def describe_errors(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        where = ".".join(str(p) for p in error["loc"]) or "(case)"
        message = localized(str(error["msg"]).removeprefix("Value error, "))  # this file's ValueErrors
        if error["type"] == "extra_forbidden":
            message = localized("unknown field")
        parts.append(f"{where}: {message}")
    more = len(exc.errors()) - 5
    problems = "; ".join(parts)
    if more > 0:
        return localized("Invalid case: {problems} (and {count} more).", problems=problems, count=more)
    return localized("Invalid case: {problems}.", problems=problems)
