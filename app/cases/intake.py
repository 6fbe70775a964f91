"""The guided intake interview: sections and questions as data, and the interview's bookkeeping.

Each question names the field of the case document it fills (a dotted path such as
``recruitment.channel``), its kind of answer and vocabulary, and whether it is
sensitive. Sensitive questions can be skipped, or marked "do not ask again"
(recorded in the case, with who and when), so a client is never made to repeat a
painful account. The UI builds its widgets from these definitions; answers are
written straight into the case document and saved as the interviewer goes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from app.cases import vocab
from app.cases.model import SECTIONS, Case, Session, Skip
from storage.files import utc_now

Kind = Literal[
    "text",
    "longtext",
    "choice",
    "choices",
    "yesno",
    "number",
    "date",
    "fuzzydate",
    "when",
    "money",
    "country",
    "countries",
    "languages",
    "items",
]


@dataclass(frozen=True)
class Question:
    id: str  # dotted path into the case document; also the question's id for skips
    prompt: str
    kind: Kind
    terms: tuple[vocab.Term, ...] = ()
    sensitive: bool = False
    help: str = ""


@dataclass(frozen=True)
class Section:
    id: str
    title: str
    intro: str
    questions: tuple[Question, ...]


Q = Question
SECTION_LIST: tuple[Section, ...] = (
    Section(
        "profile",
        "About the client",
        "Who the client is. Ask only what the client is comfortable sharing.",
        (
            Q("client.names", "Names the client uses (any script), and aliases", "items"),
            Q("client.sex", "Sex", "choice", vocab.SEX),
            Q("client.gender", "Gender, in the client's own words (optional)", "text"),
            Q("client.date_of_birth", "Date of birth (or year)", "fuzzydate"),
            Q("client.age", "Age now", "number"),
            Q(
                "client.age_at_recruitment",
                "Age when recruited",
                "number",
                help="Under 18 when recruited: a child under Palermo art. 3(c)-(d); the means need not be shown.",
            ),
            Q("client.nationalities", "Nationalities", "countries"),
            Q("client.languages", "Languages spoken", "languages"),
            Q("client.education", "Education", "choice", vocab.EDUCATION),
            Q("client.skills", "Skills", "choices", vocab.SKILLS),
            Q("client.contacts", "How to reach the client safely", "items"),
            Q("client.documents", "Identity documents, and who holds them now", "items"),
        ),
    ),
    Section(
        "recruitment",
        "Recruitment",
        "How the client heard of the job and who recruited them.",
        (
            Q("recruitment.when", "When were you recruited?", "when"),
            Q("recruitment.country", "In which country?", "country"),
            Q("recruitment.place", "Where (town, province)?", "text"),
            Q("recruitment.channel", "Online or offline?", "choice", vocab.RECRUITMENT_CHANNEL),
            Q("recruitment.platforms", "Which apps or websites?", "choices", vocab.PLATFORMS),
            Q("recruitment.method", "How were you approached?", "choice", vocab.RECRUITMENT_METHOD),
            Q("recruitment.job_advertised", "What job was offered?", "choice", vocab.JOBS_ADVERTISED),
            Q("recruitment.job_description", "What did the offer say?", "longtext"),
            Q("recruitment.promised_salary", "Salary promised", "money"),
            Q("recruitment.promised_benefits", "Other promises", "choices", vocab.BENEFITS),
            Q("recruitment.recruiter_relationship", "Did you know the recruiter?", "choice", vocab.RELATIONSHIP),
        ),
    ),
    Section(
        "transportation",
        "The journey",
        "How the client travelled to the compound.",
        (
            Q("transportation.departed", "When did you leave?", "when"),
            Q("transportation.arrived", "When did you arrive?", "when"),
            Q("transportation.modes", "How did you travel?", "choices", vocab.TRANSPORT_MODES),
            Q("transportation.route", "Countries on the way, in order (from home to the compound)", "countries"),
            Q("transportation.arranged_by", "Who arranged the travel?", "choice", vocab.ARRANGED_BY),
            Q("transportation.border_pickup", "Were you picked up at a border?", "yesno", vocab.YES_NO),
            Q("transportation.visa", "Which visa did you have?", "choice", vocab.VISA),
            Q(
                "transportation.documents_held_by",
                "Who held your documents during the journey?",
                "choice",
                vocab.HELD_BY,
            ),
        ),
    ),
    Section(
        "compound",
        "Inside the compound",
        "The work and the conditions. Go at the client's pace; sensitive questions can be skipped.",
        (
            Q("compounds", "Compounds or companies where the client was held", "items"),
            Q("compounds.0.scam_work", "What work were you forced to do?", "choices", vocab.SCAM_WORK),
            Q("compounds.0.hours_per_day", "Hours worked per day", "number"),
            Q("compounds.0.days_per_week", "Days per week", "number"),
            Q("compounds.0.wage_paid", "Wages actually paid", "money"),
            Q("compounds.0.debt", "Debt you were told you owed", "money", sensitive=True),
            Q(
                "compounds.0.controls",
                "What was done to keep you there?",
                "choices",
                vocab.CONTROLS,
                sensitive=True,
                help="Passport taken, guards, threats, violence, debt, unpaid wages... Tick what the client describes.",
            ),
        ),
    ),
    Section(
        "exit",
        "Leaving the compound",
        "How the client got out.",
        (
            Q("exit.kind", "How did you leave?", "choice", vocab.EXIT_KINDS),
            Q("exit.when", "When?", "when"),
            Q("exit.country", "In which country?", "country"),
            Q("exit.place", "Where?", "text"),
            Q("exit.ransom", "Ransom paid (by whom, how much)", "money", sensitive=True),
            Q("exit.by_whom", "Who helped or carried out the rescue or raid?", "text"),
        ),
    ),
    Section(
        "detention",
        "Detention",
        "Treatment after the raid, rescue or escape.",
        (
            Q("detention.detained", "Were you detained?", "yesno", vocab.YES_NO),
            Q("detention.facility", "Where (facility)?", "text"),
            Q("detention.country", "In which country?", "country"),
            Q("detention.since", "Since when?", "fuzzydate"),
            Q("detention.until", "Until when (empty if still detained)?", "fuzzydate"),
            Q(
                "detention.basic_needs_met",
                "Were basic needs met (food, water, hygiene, medical care)?",
                "yesno",
                vocab.YES_NO,
            ),
            Q("detention.interviews", "How many times were you interviewed?", "number"),
            Q(
                "detention.interviews_retraumatising",
                "Were the interviews distressing?",
                "yesno",
                vocab.YES_NO,
                sensitive=True,
            ),
            Q("detention.psychosocial_support", "Did you receive psychosocial support?", "yesno", vocab.YES_NO),
            Q("detention.repatriation_support", "Did you receive help to return home?", "yesno", vocab.YES_NO),
            Q("detention.fined", "Were you fined?", "yesno", vocab.YES_NO),
            Q("detention.fine", "Fine amount", "money"),
            Q("detention.conditions", "Conditions in detention", "longtext", sensitive=True),
        ),
    ),
    Section(
        "proceedings",
        "Charges and proceedings",
        "Each charge or penalty the client faces.",
        (
            Q("charges", "Charges against the client", "items"),
            Q("deadlines", "Hearings, reviews and other dates", "items"),
        ),
    ),
    Section(
        "needs",
        "Needs and consent",
        "What the client needs now, and what they agree to.",
        (
            Q(
                "interview.needs",
                "What does the client need now (safety, health, family, return, documents)?",
                "longtext",
            ),
            Q("consents", "Consents given (use of the account, sharing with whom)", "items"),
            Q("remedies", "Money lost or owed (fees, debts, ransom, unpaid wages...)", "items"),
        ),
    ),
)

assert tuple(s.id for s in SECTION_LIST) == SECTIONS


def section(section_id: str) -> Section:
    return next(s for s in SECTION_LIST if s.id == section_id)


def question(question_id: str) -> Question:
    return next(q for s in SECTION_LIST for q in s.questions if q.id == question_id)


# --------------------------------------------------------------------------- reading and writing answers
def get_answer(case: Case, path: str) -> Any:
    """The current value at a dotted path (list indexes allowed), or None when a list item is missing."""
    target: Any = case
    for part in path.split("."):
        if part.isdigit():
            index = int(part)
            if index >= len(target):
                return None
            target = target[index]
        else:
            target = getattr(target, part)
    return target


def set_answer(case: Case, path: str, value: Any) -> None:
    """Set a field; validated by the model (raises pydantic.ValidationError on a wrong value)."""
    parts = path.split(".")
    parent: Any = case
    for part in parts[:-1]:
        if part.isdigit():
            index = int(part)
            while index >= len(parent):  # answering about "the compound" creates it
                parent.append(_new_item_for(case, path))
            parent = parent[index]
        else:
            parent = getattr(parent, part)
    setattr(parent, parts[-1], value)


def _new_item_for(case: Case, path: str) -> Any:
    from app.cases.model import Compound

    if path.startswith("compounds."):
        return Compound()
    raise ValueError(f"no item can be created for {path}")


# --------------------------------------------------------------------------- skips, progress, sessions
def skip(case: Case, question_id: str, who: str, *, do_not_ask: bool = False, reason: str = "") -> None:
    """Record that a question was skipped (or must not be asked again); replaces an earlier skip."""
    question(question_id)  # unknown ids are a programming error
    others = [s for s in case.interview.skipped if s.question != question_id]
    case.interview.skipped = [
        *others,
        Skip(question=question_id, do_not_ask=do_not_ask, reason=reason, recorded_by=who, at=utc_now()),
    ]


def unskip(case: Case, question_id: str) -> None:
    case.interview.skipped = [s for s in case.interview.skipped if s.question != question_id]


def skipped(case: Case, question_id: str) -> Skip | None:
    return next((s for s in case.interview.skipped if s.question == question_id), None)


def do_not_ask(case: Case, question_id: str) -> bool:
    found = skipped(case, question_id)
    return bool(found and found.do_not_ask)


def questions_to_ask(case: Case, section_id: str) -> list[Question]:
    """The section's questions minus those marked "do not ask again"."""
    return [q for q in section(section_id).questions if not do_not_ask(case, q.id)]


def set_progress(case: Case, section_id: str, state: Literal["not_started", "in_progress", "done"]) -> None:
    case.interview.progress = {**case.interview.progress, section_id: state}
    if state == "in_progress":
        case.interview.current_section = section_id


def progress(case: Case) -> tuple[int, int]:
    """(sections done, sections in all)."""
    done = sum(1 for s in SECTIONS if case.interview.progress.get(s) == "done")
    return done, len(SECTIONS)


def start_session(case: Case, interviewer: str) -> None:
    """Begin (or resume) an interview session; an unfinished earlier session is closed first."""
    end_session(case)
    case.interview.sessions = [
        *case.interview.sessions,
        Session(
            started_at=utc_now(),
            interviewer=interviewer,
            language=case.interview.language,
            interpreter=case.interview.interpreter,
        ),
    ]


def end_session(case: Case) -> None:
    """Pause: close the open session, keeping the current section for resuming."""
    sessions = case.interview.sessions
    if sessions and not sessions[-1].ended_at:
        last = sessions[-1].model_copy(update={"ended_at": utc_now()})
        case.interview.sessions = [*sessions[:-1], last]


def resume_section(case: Case) -> str:
    """Where to pick up: the section in progress, else the first not done."""
    current = case.interview.current_section
    if current and case.interview.progress.get(current) != "done":
        return current
    return next((s for s in SECTIONS if case.interview.progress.get(s) != "done"), SECTIONS[-1])
