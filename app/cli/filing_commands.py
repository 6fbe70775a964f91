"""``saksi case identification`` and ``saksi suggestions``: what the filings need from the case file.

The identification decision (who decided, when, the reference) is what lets a filing call the client
"a victim" and invoke ACTIP art. 14(8); until it is recorded the filings say "a presumed victim".
Suggestions from the intake answers are listed, accepted or dismissed one by one or all at once;
accepting records the client's answer as the fact and keeps the rule's sentence as an analyst note.
"""

from __future__ import annotations

from argparse import Namespace
from typing import Any

from app.analysis import elements as analysis
from app.cases.case_files import CaseFiles
from app.cases.identification import check_decision
from app.cases.model import Identification
from app.cli.analysis_commands import legal_library
from app.cli.case_commands import clean, print_json, print_table, unlock
from storage.errors import InputRejected


def identification(args: Namespace) -> int:
    with unlock(args) as vault:
        files = CaseFiles(vault)
        case, version = files.load(args.reference)
        if args.clear:
            case.identification = Identification()
        elif args.by or args.date or args.reference_number or args.outcome:
            if not (args.by and args.date):
                raise InputRejected("An identification decision needs --by (the authority) and --date.")
            case.identification = check_decision(
                Identification(
                    decided_by=args.by,
                    decided_on=args.date,
                    reference=args.reference_number or "",
                    outcome=args.outcome or "identified",
                    note=args.note or "",
                )
            )
        else:
            _show_identification(case.identification)
            return 0
        files.save(case, version)
    _show_identification(case.identification)
    return 0


def _show_identification(found: Identification) -> None:
    if not found.decided:
        print("No identification decision recorded: the filings call the client a presumed victim.")
        return
    reference = f" (decision {found.reference})" if found.reference else ""
    if not found.recorded:
        print(
            clean(
                f"Not identified as a victim by {found.decided_by} on {found.decided_on}{reference}: "
                "the filings call the client a presumed victim."
            )
        )
        return
    print(clean(f"Identified as a victim by {found.decided_by} on {found.decided_on}{reference}."))


def _chosen(found: list[Any], args: Namespace) -> list[Any]:
    if args.all:
        return found
    wanted = set(args.element or ())
    if not wanted:
        raise InputRejected("Name the suggestions with --element ID (repeatable), or use --all.")
    chosen = [s for s in found if s.element in wanted]
    unknown = wanted - {s.element for s in chosen}
    if unknown:
        raise InputRejected("No open suggestion for: {elements}.", elements=", ".join(sorted(unknown)))
    return chosen


def suggestions_list(args: Namespace) -> int:
    library = legal_library()
    with unlock(args) as vault:
        case, _version = CaseFiles(vault).load(args.reference)
    found = analysis.suggestions(case, library)
    if args.json:
        print_json(
            [
                {"element": s.element, "rule": s.rule, "answer": analysis.answer_statement(s), "why": s.explanation}
                for s in found
            ]
        )
        return 0
    if not found:
        print("No suggestions: every suggested element is tagged on a fact or dismissed.")
        return 0
    print_table(
        ("ELEMENT", "CLIENT'S ANSWER", "WHY (ANALYST NOTE)"),
        [(s.element, analysis.answer_statement(s), s.explanation) for s in found],
    )
    return 0


def suggestions_accept(args: Namespace) -> int:
    return _change(args, accept=True)


def suggestions_dismiss(args: Namespace) -> int:
    return _change(args, accept=False)


def _change(args: Namespace, *, accept: bool) -> int:
    library = legal_library()
    with unlock(args) as vault:
        files = CaseFiles(vault)
        case, version = files.load(args.reference)
        chosen = _chosen(analysis.suggestions(case, library), args)
        who = vault.user.name
        if accept:
            analysis.accept_all(case, chosen, who)
        else:
            analysis.dismiss_all(case, chosen, who, args.note or "")
        if chosen:
            files.save(case, version)
    verb = "Accepted" if accept else "Dismissed"
    for suggestion in chosen:
        print(clean(f"{verb}: {suggestion.element} ({suggestion.rule})"))
    if not chosen:
        print("No open suggestions.")
    return 0
