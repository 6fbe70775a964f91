"""The ``saksi case ...`` and ``saksi demo`` commands. Results go to stdout, messages to stderr.

Case documents travel in the documented JSON format (docs/case-format.md): ``case add``
reads it, ``case export`` writes it, and a file that fails validation is rejected whole
(exit 6) naming the wrong field. Input is read and validated before the vault is unlocked.
"""

from __future__ import annotations

import json
import os
import sys
import unicodedata
from argparse import Namespace
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from app.cases import vocab
from app.cases.case_files import CaseFiles, Link, read_case_file
from app.cases.model import Case, Money, When, parse_case
from app.cli.prompt import NEW_PASSPHRASE, PASSPHRASE, USER, new_passphrase, say, secret, user_name
from app.cli.vault_commands import unlock as open_as_user
from app.common.display import escaped
from app.demo import demo_cases as demo
from storage import jsonsafe
from storage.cases import DeadlineRow, Filters
from storage.db import scalar
from storage.errors import InputRejected
from storage.files import os_error
from storage.vault import Vault, check_user_name, vault_path

DEMO_ADMIN = "demo-admin"
PROGRESS_EVERY = 500


# ---------------------------------------------------------------------- shared with app.cli.evidence_commands
def unlock(args: Namespace) -> Vault:
    """The vault at ``args.path``, opened as the chosen user (see app.cli.vault_commands)."""
    return open_as_user(args)[0]


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def clean(text: str) -> str:
    """One printable line: control, bidi and other invisible characters (in a file name, a name) shown escaped."""
    return escaped(text)


def display_width(text: str) -> int:
    """Columns a terminal gives ``text``: combining marks (Khmer, Thai vowels) take none, wide CJK two."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def print_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Columns padded to the widest cell (by display width); the last column is not padded."""
    table = [[clean(cell) for cell in header]] + [[clean(cell) for cell in row] for row in rows]
    widths = [max(display_width(row[i]) for row in table) for i in range(len(header))]
    for row in table:
        cells = [cell + " " * (widths[i] - display_width(cell)) for i, cell in enumerate(row[:-1])]
        print("  ".join([*cells, row[-1]]).rstrip())


def write_new_file(path: Path, data: bytes) -> None:
    """Write a file that must not exist yet; a failed write leaves nothing behind."""
    try:
        with path.open("xb") as out:
            try:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            except BaseException:
                out.close()
                path.unlink(missing_ok=True)
                raise
    except FileExistsError:
        raise InputRejected(f"{path} already exists; export never overwrites a file. Choose a new name.") from None
    except OSError as exc:
        raise os_error(exc, path) from None


# ---------------------------------------------------------------------- case add / list / show / export
def _read_input(source: str) -> Any:
    if source == "-":
        try:
            return jsonsafe.loads(sys.stdin.buffer.read().decode("utf-8"))
        except UnicodeDecodeError:
            raise InputRejected("The case on standard input is not UTF-8 text.") from None
        except jsonsafe.TooDeep as exc:
            raise InputRejected(
                "The case on standard input is not a Saksi case file: its JSON is {problem}.", problem=str(exc)
            ) from None
        except json.JSONDecodeError as exc:
            raise InputRejected(
                f"The case on standard input is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})."
            ) from None
    return read_case_file(Path(source))


def add(args: Namespace) -> int:
    case = parse_case(_read_input(args.json))  # rejected whole, before any secret is asked
    with unlock(args) as vault:
        created = CaseFiles(vault).create(case)
    say(f"Added case {created.reference} ({clean(created.client.display_name) or 'client not named'}).")
    print(created.reference)
    return 0


def list_cases(args: Namespace) -> int:
    filters = Filters(search=args.search or "", status=args.status or "")
    with unlock(args) as vault:
        files = CaseFiles(vault)
        rows = files.find(filters, limit=max(files.count(filters), 1))
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        say("No cases match." if args.search or args.status else "This vault has no cases yet.")
        return 0
    header = ("REFERENCE", "CLIENT", "STATUS", "NATIONALITY", "LAWYER", "DETAINED", "NEXT DEADLINE")
    print_table(
        header,
        (
            (
                r.reference,
                r.client_name,
                r.status,
                r.nationality,
                r.lawyer,
                "yes" if r.in_detention else "",
                r.next_deadline or "",
            )
            for r in rows
        ),
    )
    return 0


def show(args: Namespace) -> int:
    with unlock(args) as vault:
        files = CaseFiles(vault)
        if args.json:  # the whole document leaves the vault: the same permission and record as an export
            files.export_json(args.reference, _to_stdout, "standard output")
            return 0
        case, version = files.load(args.reference)
        links = files.links(case)
    for line in summary(case, version, links):
        print(clean(line))
    return 0


def export(args: Namespace) -> int:
    target = None if args.json == "-" else Path(args.json)
    if target is not None and (target.exists() or target.is_symlink()):
        raise InputRejected(f"{target} already exists; export never overwrites a file. Choose a new name.")
    if target is not None and not target.parent.is_dir():
        raise InputRejected(f"The folder {target.parent} does not exist.")
    with unlock(args) as vault:
        version = CaseFiles(vault).load(args.reference)[1]
        if target is None:
            CaseFiles(vault).export_json(args.reference, _to_stdout, "standard output")
            say(f"version {version} (give 'case update --version {version}' when saving an edit of it)")
            return 0
        document = CaseFiles(vault).export_json(args.reference, lambda data: write_new_file(target, data), str(target))
    say(
        f"Exported case {document['reference']} at version {version} (give 'case update --version {version}' when saving an edit of it). The file is not encrypted: keep it safe and delete it when done."
    )
    print(clean(str(target)))
    return 0


def _to_stdout(data: bytes) -> None:
    sys.stdout.buffer.write(data)
    sys.stdout.flush()


def deadlines(args: Namespace) -> int:
    today = date.today()
    with unlock(args) as vault:
        rows = CaseFiles(vault).upcoming(args.days, today)
    if args.json:
        print_json([asdict(row) for row in rows])
        return 0
    if not rows:
        say(f"No open deadlines in the next {args.days} days, and none overdue.")
        return 0
    header = ("DUE", "WHEN", "REFERENCE", "CLIENT", "KIND", "TITLE")
    print_table(
        header,
        (
            (
                r.due_on,
                _relative(r, today),
                r.reference,
                r.client_name,
                vocab.label(vocab.DEADLINE_KINDS, r.kind),
                r.title,
            )
            for r in rows
        ),
    )
    return 0


def _relative(row: DeadlineRow, today: date) -> str:
    days = (date.fromisoformat(row.due_on) - today).days
    if days < 0:
        return f"overdue {-days} day{'s' if days < -1 else ''}"
    if days == 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


# ---------------------------------------------------------------------- the readable summary
def _when(when: When) -> str:
    if not when.date:
        return "date not known"
    return when.date + (" (approx.)" if when.approximate else "")


def _money(money: Money) -> str:
    return f"{money.amount} {money.currency}".strip()


def _labels(terms: tuple[vocab.Term, ...], codes: Iterable[str]) -> str:
    return ", ".join(vocab.label(terms, code) for code in codes)


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _totals(amounts: Iterable[Money]) -> str:
    sums: dict[str, Decimal] = {}
    for money in amounts:
        try:
            value = Decimal(money.amount) if money.amount else None
        except InvalidOperation:
            value = None
        if value is not None:
            sums[money.currency] = sums.get(money.currency, Decimal(0)) + value
    return ", ".join(f"{value} {currency}".strip() for currency, value in sorted(sums.items())) or "0"


def _journey(case: Case) -> list[str]:
    r, t, x, d = case.recruitment, case.transportation, case.exit, case.detention
    steps = [
        (
            "Recruited",
            _join(
                _when(r.when),
                ", ".join(p for p in (r.place, r.country) if p),
                vocab.label(vocab.RECRUITMENT_CHANNEL, r.channel)
                + (f" ({_labels(vocab.PLATFORMS, r.platforms)})" if r.platforms else ""),
                vocab.label(vocab.RECRUITMENT_METHOD, r.method) if r.method else "",
                f"job advertised: {vocab.label(vocab.JOBS_ADVERTISED, r.job_advertised)}" if r.job_advertised else "",
                f"promised {_money(r.promised_salary)}" if r.promised_salary.amount else "",
            ),
        ),
        (
            "Travelled",
            _join(
                f"departed {_when(t.departed)}" if t.departed.date else "",
                f"arrived {_when(t.arrived)}" if t.arrived.date else "",
                " → ".join(t.route),
                _labels(vocab.TRANSPORT_MODES, t.modes).lower(),
                f"arranged by: {vocab.label(vocab.ARRANGED_BY, t.arranged_by)}" if t.arranged_by != "unknown" else "",
                f"visa: {vocab.label(vocab.VISA, t.visa)}" if t.visa != "unknown" else "",
            ),
        ),
    ]
    for compound in case.compounds:
        steps.append(
            (
                "Compound",
                _join(
                    ", ".join(p for p in (compound.name, compound.place, compound.country) if p),
                    f"{_when(compound.arrived)} to {_when(compound.left)}",
                    _labels(vocab.SCAM_WORK, compound.scam_work),
                    f"{compound.hours_per_day} hours a day" if compound.hours_per_day is not None else "",
                    f"{compound.days_per_week} days a week" if compound.days_per_week is not None else "",
                    f"controls: {_labels(vocab.CONTROLS, compound.controls)}" if compound.controls else "",
                ),
            )
        )
    steps.append(
        (
            "Exit",
            _join(
                vocab.label(vocab.EXIT_KINDS, x.kind) if x.kind else "",
                _when(x.when) if x.when.date else "",
                ", ".join(p for p in (x.place, x.country) if p),
                f"ransom {_money(x.ransom)}" if x.ransom.amount else "",
            ),
        )
    )
    steps.append(
        (
            "Detention",
            _join(
                f"detained: {vocab.label(vocab.YES_NO, d.detained).lower()}",
                ", ".join(p for p in (d.facility, d.country) if p),
                f"since {d.since}" if d.since else "",
                f"until {d.until}" if d.until else "",
                f"fined {_money(d.fine)}" if d.fine.amount else "",
            ),
        )
    )
    width = max(len(name) for name, _ in steps)
    return [
        f"  {number}. {name:<{width}}  {text or 'not recorded'}" for number, (name, text) in enumerate(steps, start=1)
    ]


def _people(case: Case, links: list[Link]) -> list[str]:
    shared = {(link.kind, link.value): link.other_cases for link in links}
    lines = []
    for person in case.people:
        lines.append(f"  - {vocab.label(vocab.PERSON_ROLES, person.role)}: {person.name or 'name not known'}")
        for ident in person.identifiers:
            line = f"      {vocab.label(vocab.IDENTIFIER_KINDS, ident.kind)} {ident.value}"
            others = shared.get((ident.kind, ident.value))
            if others:
                plural = "case" if len(others) == 1 else "cases"
                line += f": also in {len(others)} other {plural} ({', '.join(others)})"
            lines.append(line)
    return lines


def summary(case: Case, version: int, links: list[Link]) -> list[str]:
    """The case in plain lines: who, the journey in order, charges, deadlines, people and their links, remedies."""
    client = case.client
    others = [n.text for n in client.names if n.text != client.display_name]
    about = _join(
        vocab.label(vocab.SEX, client.sex),
        f"age {client.age}" if client.age is not None else "",
        f"{client.age_at_recruitment} when recruited" if client.age_at_recruitment is not None else "",
        f"nationality {', '.join(client.nationalities)}" if client.nationalities else "",
        f"languages {', '.join(client.languages)}" if client.languages else "",
    )
    lines = [
        f"{case.reference}  {vocab.label(vocab.CASE_STATUS, case.status)}  opened {case.opened_on or 'date not known'}"
        f"  (version {version})",
        f"Client     {client.display_name or 'not named'}" + (f" (also: {', '.join(others)})" if others else ""),
        f"           {about}",
        "Team       "
        + _join(
            f"lawyer {case.lawyer}" if case.lawyer else "no lawyer assigned",
            f"paralegal {case.paralegal}" if case.paralegal else "",
            f"proceedings in {case.jurisdiction}" if case.jurisdiction else "",
        ),
    ]
    if client.minor_at_recruitment:
        lines.append("           A child when recruited (Palermo Protocol art. 3(d)).")
    lines += ["", "Journey", *_journey(case)]

    lines += ["", f"Charges ({len(case.charges)})"]
    for charge in case.charges:
        lines.append(
            "  - "
            + _join(
                charge.offence + (f" ({charge.statute})" if charge.statute else ""),
                vocab.label(vocab.CHARGE_STAGES, charge.stage),
                charge.authority,
                f"case no. {charge.case_number}" if charge.case_number else "",
                f"next date {charge.next_date}" if charge.next_date else "",
                f"non-punishment: {vocab.label(vocab.NON_PUNISHMENT, charge.non_punishment)}",
                f"outcome: {charge.outcome}" if charge.outcome else "",
            )
        )

    open_count = sum(not d.done for d in case.deadlines)
    lines += ["", f"Deadlines ({open_count} open, {len(case.deadlines) - open_count} done)"]
    for deadline in sorted(case.deadlines, key=lambda d: d.due_on):
        kind = vocab.label(vocab.DEADLINE_KINDS, deadline.kind)
        kind = "" if kind.lower() in deadline.title.lower() else f" ({kind})"
        lines.append(f"  {deadline.due_on}  {deadline.title}{kind}" + ("  [done]" if deadline.done else ""))

    lines += ["", f"People ({len(case.people)})", *_people(case, links)]

    lines += ["", f"Remedies ({len(case.remedies)})"]
    for remedy in case.remedies:
        lines.append(
            "  - "
            + _join(
                f"{vocab.label(vocab.REMEDY_KINDS, remedy.kind)}: {_money(remedy.amount) or 'amount not known'}",
                f"paid by: {vocab.label(vocab.PAID_BY, remedy.paid_by)}",
                "claimed" if remedy.claimed else "",
                f"obtained {_money(remedy.obtained)}" if remedy.obtained.amount else "",
            )
        )
    if case.remedies:
        lines.append(
            f"  Total: {_totals(r.amount for r in case.remedies)}; obtained: {_totals(r.obtained for r in case.remedies)}"
        )

    lines += ["", f"Facts: {len(case.facts)} recorded; consents: {len(case.consents)}"]
    return lines


# ---------------------------------------------------------------------- demo
def _demo_vault(args: Namespace) -> tuple[Vault, str | None]:
    """The vault to fill: opened if it exists, else created (returning its recovery code)."""
    folder = vault_path(args.path)
    if folder.exists():
        user = user_name(args.path, args.user)
        return Vault.open(args.path, user, secret(PASSPHRASE, f"Passphrase for {user}: ")), None
    name = check_user_name(args.user or os.environ.get(USER) or DEMO_ADMIN)
    passphrase = new_passphrase(PASSPHRASE, NEW_PASSPHRASE, prompt=f"New passphrase for {name}: ")
    vault, code = Vault.create(folder, name, passphrase)
    say(f"Created the demo vault {vault.path} with {name} as its admin.")
    return vault, code


def run_demo(args: Namespace) -> int:
    vault, code = _demo_vault(args)
    with vault:
        if code is not None:
            print(f"Recovery code: {code}", flush=True)
        files = CaseFiles(vault)
        already_demo = scalar(vault.conn, "SELECT 1 FROM audit WHERE action = 'demo.fill' LIMIT 1") is not None
        if files.count() and not already_demo:
            raise InputRejected(
                f"{vault.path} holds real cases. Synthetic demo cases go in a vault of their own: give a new vault name."
            )
        shown = [0] if sys.stderr.isatty() else None  # the last count reported

        def progress(done: int, total: int) -> None:
            if shown is not None and (done // PROGRESS_EVERY > shown[0] // PROGRESS_EVERY or done == total):
                shown[0] = done
                say(
                    f"{done} of {total} cases added"
                    + ("; now drawing synthetic exhibits..." if done == total and args.evidence_cases else "...")
                )

        references = demo.fill(files, args.cases, seed=args.seed, progress=progress, evidence_cases=args.evidence_cases)
    with_evidence = min(len(references), args.evidence_cases)
    say(
        f"Added {len(references)} synthetic cases ({with_evidence} with synthetic exhibits). Every name in them is made up."
    )
    print(len(references))
    return 0
