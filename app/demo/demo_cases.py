"""Synthetic demo cases drawn to resemble the seed's findings (shared/seed/).

For screenshots, benchmarks and the statistics report. Every client is plainly
synthetic: the first name on file starts with "DEMO". Proportions follow the seed's
narrative (young graduates, online job ads for IT/finance/call-centre work,
tourist visas, border pick-ups, passports taken, guarded compounds, detention
without support), not any real statistics.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from app.cases.case_files import CaseFiles
from app.cases.model import (
    Case,
    Charge,
    Client,
    Compound,
    Consent,
    Contact,
    Deadline,
    Detention,
    ElementTag,
    Exit,
    Fact,
    Identifier,
    IdentityDocument,
    Interview,
    Money,
    Name,
    Nexus,
    Person,
    Recruitment,
    Remedy,
    Session,
    Transportation,
    When,
)
from app.cli.defaults import DEFAULT_EVIDENCE_CASES
from storage.db import transaction
from storage.errors import InputRejected

KHMER_SYLLABLES = ["សុខ", "ចាន់", "ដារ៉ា", "សុភា", "វិចិត្រ", "ស្រីនិច", "ពិសិដ្ឋ", "រតនា", "បុប្ផា", "សំណាង", "ធីតា", "វណ្ណា"]
THAI_SYLLABLES = ["สม", "ชาย", "ศรี", "สุดา", "วิไล", "ประเสริฐ", "นภา", "กิตติ"]
BURMESE_SYLLABLES = ["အောင်", "မြင့်", "သူ", "ဇော်", "နွယ်", "ခိုင်"]
LATIN_GIVEN = ["Dara", "Sophea", "Vichet", "Srey Nich", "Piseth", "Ratana", "Bopha", "Samnang", "Thida", "Vanna"]
LATIN_FAMILY = ["Sok", "Chan", "Kim", "Heng", "Long", "Meas", "Nhem", "Ouk", "Pich", "Ros"]

NATIONALITIES = [("KH", 45), ("TH", 10), ("VN", 10), ("ID", 8), ("MM", 8), ("PH", 6), ("LA", 5), ("CN", 5), ("MY", 3)]
COMPOUND_COUNTRIES = [("KH", 40), ("MM", 30), ("LA", 15), ("PH", 10), ("TH", 5)]
PLACES = {
    "KH": ["Sihanoukville", "Bavet", "Poipet", "Phnom Penh"],
    "MM": ["Myawaddy", "Shwe Kokko", "Tachileik"],
    "LA": ["Golden Triangle SEZ", "Bokeo"],
    "PH": ["Pasay", "Bamban"],
    "TH": ["Mae Sot"],
}
CONTROL_RATES = {
    "documents_withheld": 0.85,
    "movement_restricted": 0.9,
    "threats": 0.7,
    "physical_violence": 0.5,
    "debt_bondage": 0.45,
    "wages_withheld": 0.65,
    "abusive_conditions": 0.6,
    "excessive_hours": 0.8,
    "isolation": 0.4,
    "threats_family": 0.2,
    "necessities_withheld": 0.25,
}
CHARGES = [
    ("Illegal entry", "Immigration law", "Immigration police"),
    ("Overstay", "Immigration law", "Immigration department"),
    ("Working without a permit", "Labour law", "Labour inspectorate"),
    ("Online fraud", "Criminal code", "Prosecutor"),
    ("Using false documents", "Criminal code", "Prosecutor"),
]
# Immigration and labour breaches are administrative: they go to the penalty waiver, not to the prosecutor.
CHARGE_KINDS = {"Illegal entry": "entry", "Overstay": "overstay", "Working without a permit": "work_permit"}
# Shared across cases: the same recruiters and accounts turn up in several files.
SHARED_RECRUITERS = [
    ("Recruiter 'Mr Lee' (synthetic)", "telegram", "@demo_jobs_kh"),
    ("Agent 'Ms Nita' (synthetic)", "phone", "+855 10 000 001"),
    ("Broker 'Ko Win' (synthetic)", "whatsapp", "+95 9 000 0002"),
    ("HR 'Jenny' (synthetic)", "facebook", "facebook.com/demo.hr.jobs"),
    ("Company 'Golden Tech Co' (synthetic)", "company", "Golden Tech Co (demo)"),
]


def weighted(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([c for c, _ in choices], weights=[w for _, w in choices])[0]


def _name(rng: random.Random, nationality: str, serial: int) -> list[Name]:
    given, family = rng.choice(LATIN_GIVEN), rng.choice(LATIN_FAMILY)
    names = [Name(text=f"DEMO {family} {given} {serial:04d}", script="Latn")]
    native = {"KH": (KHMER_SYLLABLES, "Khmr"), "TH": (THAI_SYLLABLES, "Thai"), "MM": (BURMESE_SYLLABLES, "Mymr")}
    if nationality in native:
        syllables, script = native[nationality]
        # the DEMO marker in the native-script name too: a Khmer filing names the client in Khmer, and a page
        # printed from a demo vault must never read as a real person's name
        names.append(Name(text=f"{DEMO_PREFIX} " + " ".join(rng.sample(syllables, 2)), script=script))
    return names


def _client(rng: random.Random, nationality: str, serial: int) -> Client:
    age = rng.choices([rng.randint(16, 17), rng.randint(18, 29), rng.randint(30, 42)], weights=[5, 80, 15])[0]
    skills = ["computer_literacy"] + [
        s for s, p in (("it", 0.4), ("english", 0.6), ("typing", 0.3)) if rng.random() < p
    ]
    return Client(
        names=_name(rng, nationality, serial),
        sex=weighted(rng, [("male", 60), ("female", 40)]),
        age=age + rng.randint(0, 2),
        age_at_recruitment=age,
        nationalities=[nationality],
        languages=["km" if nationality == "KH" else nationality.lower()] + (["en"] if "english" in skills else []),
        education=weighted(rng, [("high_school", 45), ("university", 40), ("vocational", 8), ("lower_secondary", 7)]),
        skills=skills,
        contacts=[Contact(kind="phone", value=f"+000 {serial:06d} (synthetic)", safe_to_contact=rng.random() < 0.5)],
        documents=[
            IdentityDocument(
                type="passport",
                number=f"DEMO{serial:06d}",
                issuer=nationality,
                held_by=weighted(rng, [("employer", 50), ("police", 20), ("client", 20), ("unknown", 10)]),
            )
        ],
    )


def _recruitment(rng: random.Random, nationality: str, recruited: date, people: list[Person]) -> Recruitment:
    online = rng.random() < 0.75
    salary = rng.choice([800, 1000, 1200, 1500, 2000])
    return Recruitment(
        when=When(date=recruited.strftime("%Y-%m"), approximate=rng.random() < 0.3),
        country=nationality,
        channel="online" if online else "offline",
        platforms=rng.sample(["facebook", "telegram", "whatsapp", "website", "tiktok"], rng.randint(1, 2))
        if online
        else [],
        method=(
            weighted(rng, [("online_ad", 60), ("social_network", 40)])
            if online
            else weighted(rng, [("broker", 35), ("agency", 25), ("friends", 25), ("family", 15)])
        ),
        job_advertised=weighted(
            rng,
            [
                ("it", 25),
                ("financial_analyst", 10),
                ("human_resources", 8),
                ("translation", 12),
                ("call_centre", 20),
                ("casino", 15),
                ("customer_service", 10),
            ],
        ),
        job_description="Job advertised with high pay and free housing (synthetic demo text).",
        promised_salary=Money(amount=str(salary), currency="USD"),
        promised_benefits=["high_pay"]
        + [
            b
            for b, p in (("free_accommodation", 0.8), ("free_documents", 0.5), ("free_transport", 0.6))
            if rng.random() < p
        ],
        recruiter_relationship=weighted(rng, [("stranger", 60), ("acquainted", 30), ("family", 10)]),
        recruiter_ids=[people[0].id] if people else [],
    )


def _transportation(rng: random.Random, nationality: str, country: str, recruited: date) -> Transportation:
    transit = rng.random() < 0.4 and nationality != country
    via = rng.choice([c for c in ("TH", "VN", "MY", "LA") if c not in (nationality, country)])
    route = (
        [nationality, via, country] if transit else ([nationality, country] if nationality != country else [country])
    )
    departed = recruited + timedelta(days=rng.randint(3, 40))
    return Transportation(
        departed=When(date=departed.isoformat(), approximate=rng.random() < 0.4),
        arrived=When(date=(departed + timedelta(days=rng.randint(1, 4))).isoformat()),
        modes=rng.sample(["air", "land", "sea"], rng.choice([1, 1, 2])),
        route=route,
        arranged_by=weighted(rng, [("agency", 40), ("recruiter", 25), ("victim", 20), ("family", 15)]),
        border_pickup=weighted(rng, [("yes", 65), ("no", 20), ("unknown", 15)]),
        visa=weighted(rng, [("tourist", 55), ("none", 30), ("visa_exempt", 10), ("unknown", 5)]),
        documents_held_by=weighted(rng, [("recruiter", 40), ("client", 50), ("unknown", 10)]),
    )


def _compound(rng: random.Random, country: str, arrived: date, months: int) -> Compound:
    return Compound(
        country=country,
        place=rng.choice(PLACES[country]),
        name=f"Compound {rng.choice('ABCDEFGH')}{rng.randint(1, 9)} (synthetic)",
        arrived=When(date=arrived.isoformat()),
        left=When(date=(arrived + timedelta(days=30 * months)).strftime("%Y-%m"), approximate=True),
        scam_work=rng.sample(["romance", "crypto_investment", "online_gambling", "phishing", "impersonation"], 2),
        hours_per_day=rng.choice([12, 14, 15, 16, 18]),
        days_per_week=rng.choice([6, 7, 7]),
        wage_promised=Money(amount=str(rng.choice([800, 1000, 1500])), currency="USD"),
        wage_paid=Money(amount=str(rng.choice([0, 0, 0, 100, 200])), currency="USD"),
        debt=Money(amount=str(rng.choice([0, 2000, 5000, 10000])), currency="USD"),
        controls=[c for c, p in CONTROL_RATES.items() if rng.random() < p],
    )


def _facts(rng: random.Random, case: Case) -> list[Fact]:
    compound = case.compounds[0]
    candidates = [  # (statement, source, elements it supports)
        (
            "The client answered a job advertisement promising office work with high pay.",
            "client_account",
            [
                "palermo.act.recruitment",
                "palermo.means.deception",
                "ilo.2",
                "ilo-ec.deceptive_recruitment.deceived_about_job",
            ],
        ),
        (
            "On arrival at the compound the client's passport was taken by the manager.",
            "client_account",
            ["ilo.7", "palermo.means.coercion", "ilo-ec.coercion_destination.confiscation_of_documents"],
        ),
        (
            "The compound was fenced and guarded; workers could not leave.",
            "client_account",
            ["ilo.3", "palermo.act.harbouring", "ilo-ec.coercion_destination.isolation_confinement_surveillance"],
        ),
        (
            f"The client was forced to work about {compound.hours_per_day} hours a day running online scams.",
            "client_account",
            ["palermo.purpose.forced_labour", "ilo.11", "ilo-ec.exploitation.excessive_hours"],
        ),
        (
            "The client was beaten for not meeting targets.",
            "client_account",
            ["ilo.5", "palermo.means.force", "ilo-ec.coercion_destination.violence_on_victims"],
        ),
        (
            "The manager said the client owed a debt for travel and food that must be worked off.",
            "client_account",
            ["ilo.9", "ilo-ec.coercion_destination.debt_bondage"],
        ),
        (
            "The job advertisement screenshot shows the promised salary and free housing.",
            "document",
            ["palermo.means.deception", "ilo.2"],
        ),
        ("Another worker confirms that phones were confiscated.", "witness", ["ilo.4"]),
        ("The immigration officer recorded that the client had no passport at the raid.", "officer", ["ilo.7"]),
    ]
    picked = [candidates[0], candidates[1], *rng.sample(candidates[2:], rng.randint(2, 5))]
    return [
        Fact(
            statement=text,
            source=source,
            confidence=rng.choice(["high", "medium", "medium", "low"]),
            when=When(date=compound.arrived.date[:7], approximate=True),
            tags=[ElementTag(element=e, by="demo", note="Tagged in the synthetic demo.") for e in elements],
        )
        for text, source, elements in picked
    ]


NEXUS_BASIS = ["actip.14.7", "ilo-p29.4.2", "ohchr.principle7"]


def _nexus(case: Case) -> None:
    """Link each demo charge to the facts that explain it, so the non-punishment view is never empty."""
    relevant = [f.id for f in case.facts if any(t.element in ("ilo.7", "ilo.3", "ilo.5") for t in f.tags)]
    for charge in case.charges:
        charge.nexus = Nexus(
            basis=list(NEXUS_BASIS),
            fact_ids=relevant[:3],
            model="causation" if charge.offence in ("Overstay", "Illegal entry") else "compulsion",
            # counsel's argument grounded in the client's account, never a finding; the offence as a noun phrase
            # after "charged as" reads for any offence ("using false documents", "overstay")
            argument=(
                f"According to the Client's account, the acts charged as {charge.offence.lower()} were a direct"
                " consequence of the trafficking (synthetic demo)."
            ),
        )


def _people(rng: random.Random, serial: int) -> list[Person]:
    if rng.random() < 0.35:
        name, kind, value = rng.choice(SHARED_RECRUITERS)
    else:
        name, kind, value = f"Recruiter {serial:04d} (synthetic)", "telegram", f"@demo_recruiter_{serial:04d}"
    people = [Person(role="recruiter", name=name, identifiers=[Identifier(kind=kind, value=value)])]
    if rng.random() < 0.5:
        people.append(
            Person(
                role="manager",
                name=f"Manager {rng.randint(1, 60):02d} (synthetic)",
                identifiers=[Identifier(kind="telegram", value=f"@demo_manager_{rng.randint(1, 60):02d}")],
            )
        )
    return people


def make_case(rng: random.Random, serial: int, today: date, lawyers: list[str]) -> Case:
    nationality = weighted(rng, NATIONALITIES)
    country = weighted(rng, COMPOUND_COUNTRIES)
    recruited = today - timedelta(days=rng.randint(60, 900))
    months = rng.randint(1, 10)
    people = _people(rng, serial)
    case = Case(
        status=weighted(rng, [("intake", 15), ("active", 60), ("closed", 15), ("referred", 10)]),
        lawyer=rng.choice(lawyers),
        jurisdiction=weighted(rng, [(country, 80), ("KH", 20)]),
        opened_on=min(today, recruited + timedelta(days=30 * months + rng.randint(10, 60))).isoformat(),
        client=_client(rng, nationality, serial),
        recruitment=_recruitment(rng, nationality, recruited, people),
        people=people,
    )
    case.transportation = _transportation(rng, nationality, country, recruited)
    arrived = date.fromisoformat(case.transportation.arrived.date)
    case.compounds = [_compound(rng, country, arrived, months)]
    case.exit = Exit(
        kind=weighted(
            rng, [("raid", 35), ("round_up", 20), ("rescue", 20), ("escape", 10), ("ransom_paid", 10), ("sold_on", 5)]
        ),
        when=When(date=(arrived + timedelta(days=30 * months)).strftime("%Y-%m")),
        country=country,
    )
    if case.exit.kind == "ransom_paid":
        case.exit.ransom = Money(amount=str(rng.choice([2000, 3000, 5000])), currency="USD")
    _after(rng, case, today)
    case.facts = _facts(rng, case)
    _nexus(case)
    case.consents = [
        Consent(
            what="Legal representation and use of the account in filings",
            use="legal",
            given_on=case.opened_on,
            recorded_by="demo",
        )
    ]
    case.interview = Interview(
        language="km" if nationality == "KH" else "en",
        interpreter="" if nationality == "KH" else "Interpreter (synthetic)",
        sessions=[Session(started_at=f"{case.opened_on}T09:00:00+07:00", ended_at=f"{case.opened_on}T11:00:00+07:00")],
        progress={s: "done" for s in ("profile", "recruitment", "transportation", "compound", "exit", "detention")},
        accounts={"recruitment": "Synthetic account: saw an advertisement online and applied."},
    )
    return case


def _after(rng: random.Random, case: Case, today: date) -> None:
    detained = rng.random() < 0.6
    exit_date = case.exit.when.date
    case.detention = Detention(
        detained="yes" if detained else "no",
        facility="Immigration detention centre (synthetic)" if detained else "",
        country=case.exit.country,
        since=exit_date if detained else "",
        basic_needs_met=weighted(rng, [("no", 70), ("yes", 20), ("unknown", 10)]) if detained else "unknown",
        interviews=rng.randint(2, 8) if detained else None,
        interviews_retraumatising=weighted(rng, [("yes", 60), ("no", 25), ("unknown", 15)]) if detained else "unknown",
        psychosocial_support=weighted(rng, [("no", 75), ("yes", 15), ("unknown", 10)]),
        repatriation_support=weighted(rng, [("no", 65), ("yes", 25), ("unknown", 10)]),
        fined=weighted(rng, [("yes", 45), ("no", 45), ("unknown", 10)]),
    )
    if case.detention.fined == "yes":
        case.detention.fine = Money(amount=str(rng.choice([100, 300, 600, 1200])), currency="USD")
    for offence, statute, authority in rng.sample(CHARGES, rng.randint(0, 2)):
        charge = Charge(
            offence=offence,
            statute=f"{statute} (verify)",
            authority=authority,
            case_number=f"DEMO/{rng.randint(100, 999)}",
            kind=CHARGE_KINDS.get(offence, "criminal"),
            stage=weighted(rng, [("investigation", 40), ("charged", 30), ("trial", 15), ("administrative", 15)]),
            non_punishment=weighted(rng, [("not_raised", 50), ("requested", 25), ("granted", 15), ("refused", 10)]),
        )
        charge.next_date = (today + timedelta(days=rng.randint(-5, 60))).isoformat()
        case.charges.append(charge)
        case.deadlines.append(
            Deadline(due_on=charge.next_date, title=f"Hearing: {offence}", kind="hearing", charge_id=charge.id)
        )
    if detained:
        due = (today + timedelta(days=rng.randint(0, 30))).isoformat()
        case.deadlines.append(Deadline(due_on=due, title="Detention review", kind="detention_review"))
    case.remedies = _remedies(rng, case)


def _remedies(rng: random.Random, case: Case) -> list[Remedy]:
    remedies = [
        Remedy(
            kind="recruitment_fee",
            amount=Money(amount=str(rng.choice([200, 500, 1000])), currency="USD"),
            paid_by="family",
        )
    ]
    wage = case.compounds[0].wage_promised.amount
    if wage:
        owed = int(wage) * rng.randint(1, 6)
        remedies.append(Remedy(kind="unpaid_wages", amount=Money(amount=str(owed), currency="USD"), paid_by="owed"))
    if case.exit.ransom.amount:
        remedies.append(Remedy(kind="ransom", amount=case.exit.ransom, paid_by="family"))
    return remedies


DEMO_PREFIX = "DEMO"


def holds_real_cases(files: CaseFiles) -> bool:
    """True when any case file (deleted ones too) is not a demo case: its client's name does not start with DEMO.
    Demo cases are never mixed into such a vault: statistics and bundles would carry made-up people."""
    row = files.conn.execute(
        "SELECT 1 FROM cases WHERE client_name NOT LIKE ? LIMIT 1", (DEMO_PREFIX + "%",)
    ).fetchone()
    return row is not None


def fill(
    files: CaseFiles,
    count: int,
    seed: int = 1,
    progress: Callable[[int, int], None] | None = None,
    evidence_cases: int = DEFAULT_EVIDENCE_CASES,
) -> list[str]:
    """Add ``count`` synthetic cases; returns their references. Batches of 200 per transaction.

    The first ``evidence_cases`` of them also get synthetic exhibits (drawing and decoding images
    for every one of 10,000 cases would take many minutes and gigabytes for no extra realism).
    """
    if holds_real_cases(files):
        raise InputRejected(
            "This vault holds real case files. Synthetic demo cases go in a vault of their own: create a new vault for training."
        )
    rng = random.Random(seed)
    today = date.today()
    lawyers = [u.name for u in files.vault.users() if u.role in ("lawyer", "admin")] or [files.vault.user.name]
    start = files.count() + 1
    references: list[str] = []
    for batch_start in range(0, count, 200):
        with transaction(files.conn):
            for i in range(batch_start, min(count, batch_start + 200)):
                references.append(files.create(make_case(rng, start + i, today, lawyers)).reference)
        if progress:
            progress(len(references), count)
    if evidence_cases:
        _attach_evidence(files, references[:evidence_cases], rng)
    files.vault.log("demo.fill", "vault", {"cases": count, "seed": seed, "with_evidence": min(count, evidence_cases)})
    return references


def _attach_evidence(files: CaseFiles, references: list[str], rng: random.Random) -> None:
    from app.demo.demo_exhibits import attach
    from app.evidence.locker import EvidenceLocker

    locker = EvidenceLocker(files.vault)
    try:
        for reference in references:
            case, version = files.load(reference)
            attach(locker, case, rng)
            files.save(case, version)  # the facts now point at their exhibits
    finally:
        locker.worker.close()
