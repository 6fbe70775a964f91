"""``saksi office ...``, ``saksi partner ...``, ``saksi referral ...`` and ``saksi case update``.

An office hands its public key to a partner and both read their fingerprints to each other
(by phone, in person) before recording the other's key. Referral packages are encrypted to
the partner and signed (app/referral/packages.py); importing shows who sent it and what would change
before anything is written.
"""

from __future__ import annotations

import json
from argparse import Namespace
from pathlib import Path
from typing import Any

from app.cases.case_files import CaseFiles, read_case_file
from app.cases.model import parse_case
from app.cli.case_commands import clean, print_json, print_table, unlock
from app.cli.prompt import confirm, interactive, say
from app.referral import packages as referral
from storage import office
from storage.errors import InputRejected


# ---------------------------------------------------------------------- office
def office_show(args: Namespace) -> int:
    with unlock(args) as vault:
        me = office.get_office(vault.conn)
    if args.json:
        print_json({"name": me.name, "public_key": me.public_key, "fingerprint": me.fingerprint})
        return 0
    print(f"Office:      {clean(me.name)}")
    print(f"Public key:  {me.public_key}")
    print(f"Fingerprint: {me.fingerprint}")
    say("Give the public key to a partner; read the fingerprint to them by phone or in person so they can check it.")
    return 0


def office_rename(args: Namespace) -> int:
    with unlock(args) as vault:
        office.rename_office(vault.conn, vault.user.name, args.name)
        name = office.get_office(vault.conn).name
    say(f"This office is now called {clean(name)}.")
    return 0


# ---------------------------------------------------------------------- partners
def partner_add(args: Namespace) -> int:
    identity = office.parse_public_key(args.public_key)  # checked before any secret is asked
    typed = args.fingerprint
    if typed is None:
        if not interactive():
            raise InputRejected(
                "Give the fingerprint you compared with the partner: --fingerprint XXXX-XXXX-... (read it to each other by phone or in person)."
            )
        say(f"The key's fingerprint is {identity.fingerprint}.")
        say("Ask the partner to read theirs (saksi office show); type it as they read it:")
        typed = input("Fingerprint: ")
    with unlock(args) as vault:
        partner = office.add_partner(vault.conn, vault.user.name, args.name, args.public_key, typed)
    say(f"Recorded the partner {clean(partner.name)} ({partner.fingerprint}).")
    return 0


def partner_list(args: Namespace) -> int:
    with unlock(args) as vault:
        found = office.partners(vault.conn)
    if args.json:
        print_json(
            [
                {
                    "name": p.name,
                    "fingerprint": p.fingerprint,
                    "public_key": p.public_key,
                    "added_at": p.added_at,
                    "added_by": p.added_by,
                }
                for p in found
            ]
        )
        return 0
    if not found:
        say("No partners recorded yet (saksi partner add).")
        return 0
    print_table(["NAME", "FINGERPRINT", "ADDED"], [[p.name, p.fingerprint, p.added_at[:10]] for p in found])
    return 0


def partner_remove(args: Namespace) -> int:
    with unlock(args) as vault:
        partner = office.remove_partner(vault.conn, vault.user.name, args.partner)
    say(f"Removed the partner {clean(partner.name)}; packages from them now show as from an unknown office.")
    return 0


# ---------------------------------------------------------------------- referral export / import
def export(args: Namespace) -> int:
    out = Path(args.out)
    if out.exists():
        raise InputRejected(f"{out} already exists; a package never overwrites a file.")
    with unlock(args) as vault:
        result = referral.export_referral(
            vault, args.reference, args.to, out, exhibits=args.exhibits, parts=args.parts, originals=args.originals
        )
    say(
        f"Wrote {result.path} ({result.size} bytes) for {clean(result.recipient.shown)}: parts {', '.join(result.parts)};"
        f" exhibits {', '.join(result.exhibits) or 'none'}. Only that office can open it."
    )
    return 0


def form(args: Namespace) -> int:
    from app.referral import form as referral_form

    out = Path(args.out)
    if out.exists():
        raise InputRejected(f"{out} already exists; a form never overwrites a file.")
    with unlock(args) as vault:
        result = referral_form.export_form(
            vault,
            args.reference,
            args.recipient,
            out,
            language=args.language,
            parts=args.parts,
            age_recipient=args.age_recipient,
        )
    say(f"Wrote {result.path} ({result.size} bytes) for {clean(args.recipient)}: parts {', '.join(result.parts)}.")
    if result.passphrase:
        say("Its passphrase (shown once: read it to the partner by phone, never send it with the file):")
        print(result.passphrase)
        say("They open it with: age -d -o referral.zip FILE (typing the passphrase), then unzip referral.zip.")
    else:
        say("Only the holder of that age key can open it: age -d -i KEYFILE -o referral.zip FILE.")
    return 0


def _value(value: Any) -> str:
    text = "(absent)" if value is None else json.dumps(value, ensure_ascii=False)
    return clean(text if len(text) <= 70 else text[:69] + "…")


def describe(plan: referral.ImportPlan) -> list[str]:
    """What the person sees before saying yes (also the lines --yes prints)."""
    if plan.partner:
        who = f"From {clean(plan.partner.name)} (a recorded partner), fingerprint {plan.sender.fingerprint}"
    else:
        who = (
            f"From an office that is NOT a recorded partner: calls itself {clean(plan.sender_name)!r},"
            f" fingerprint {plan.sender.fingerprint}. Check it with them before trusting it."
        )
    lines = [who, f"Sealed {plan.created_at}; parts: {', '.join(plan.parts)}"]
    if plan.new_case:
        where = plan.local_reference or "a new reference (that reference is taken here)"
        lines.append(f"A new case here: {clean(plan.reference)}, stored as {where}.")
    else:
        basis = "the last version both offices saw" if plan.base_found else "no common earlier version"
        lines.append(
            f"Merges into {clean(plan.local_reference)} (version {plan.version}), against {basis}:"
            f" {len(plan.taken)} field(s) take their value, {len(plan.conflicts)} conflict(s)."
        )
        lines += [f"  takes  {clean(plan.words(path))}" for path in plan.taken[:30]]
        lines += [
            f"  conflict {clean(plan.words(c.path))}: ours {_value(c.ours)} / theirs {_value(c.theirs)}"
            for c in plan.conflicts
        ]
    for exhibit in plan.exhibits:
        status = f"already here as {exhibit.known_as}" if exhibit.known_as else "new"
        lines.append(
            f"  exhibit {clean(exhibit.label)} ({exhibit.size} bytes, sha256 {exhibit.sha256[:12]}…): {status}"
        )
    return lines


def import_package(args: Namespace) -> int:
    data = referral.read_package(Path(args.file))
    referral.read_header(data)  # not a package at all: said before any secret is asked
    with unlock(args) as vault:
        plan = referral.plan_import(vault, data)
        for line in describe(plan):
            say(line)
        if not confirm("import", "Import this package?", yes=args.yes):
            say("Nothing was imported.")
            return 1
        result = referral.apply_import(vault, plan)
    if result.new_case:
        say(f"Imported the case {result.reference}.")
    else:
        say(f"Merged into {result.reference}: {result.taken} field(s) taken, {result.conflicts} conflict(s) kept.")
    if result.conflicts:
        say(f"See them with: saksi referral conflicts VAULT {result.reference}")
    print(result.reference)
    return 0


def list_conflicts(args: Namespace) -> int:
    with unlock(args) as vault:
        found = referral.conflicts(vault, args.reference)
    if args.json:
        print_json([c.__dict__ for c in found])
        return 0
    if not found:
        say("No open conflicts.")
        return 0
    print_table(
        ["ID", "FIELD", "OURS", "THEIRS", "FROM"],
        [[c.id[:8], c.field, _value(c.ours), _value(c.theirs), c.partner] for c in found],
    )
    return 0


def resolve(args: Namespace) -> int:
    with unlock(args) as vault:
        version = referral.resolve(vault, args.reference, args.conflict, args.take)
    say(f"Settled: kept {args.take}; the case is at version {version}.")
    return 0


# ---------------------------------------------------------------------- case update
def case_update(args: Namespace) -> int:
    case = parse_case(read_case_file(Path(args.json)))  # rejected whole, before any secret is asked
    with unlock(args) as vault:
        files = CaseFiles(vault)
        current, _version = files.load(args.reference)
        if case.id != current.id:
            raise InputRejected(
                f"The document is the case {case.id}, not {args.reference} ({current.id}); nothing was saved."
            )
        version = files.save(case, args.version)
    say(f"Saved {case.reference} as version {version}.")
    print(version)
    return 0


# ---------------------------------------------------------------------- exchange folder
def exchange_send(args: Namespace) -> int:
    from app.referral import exchange

    with unlock(args) as vault:
        result = exchange.send(
            vault, args.reference, args.to, Path(args.folder), exhibits=args.exhibits, parts=args.parts
        )
    say(f"Put {result.path.name} in {clean(result.recipient.shown)}'s inbox ({result.size} bytes).")
    print(result.path)
    return 0


def exchange_sync(args: Namespace) -> int:
    from app.referral import exchange

    with unlock(args) as vault:
        report = exchange.sync(vault, Path(args.folder))
    for name, result in report.imported:
        what = "new case" if result.new_case else f"{result.taken} field(s) taken, {result.conflicts} conflict(s)"
        say(f"imported {name}: {result.reference} ({what})")
    for name, why in report.skipped:
        say(f"left {name}: {why}")
    say(f"{len(report.imported)} imported, {len(report.skipped)} left, {report.already} seen before.")
    return 0 if not report.skipped else 1
