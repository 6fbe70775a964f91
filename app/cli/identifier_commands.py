"""``saksi identifiers VAULT``: phone numbers, handles, e-mails, domains and wallets found in chats, text read
from images and case records, and the cases each one links. ``--export`` writes the chosen ones to a CSV
file for a report to a platform or the police (an audited export, for lawyers and admins)."""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from app.cli.case_commands import clean, print_json, print_table, unlock
from app.cli.prompt import say
from app.evidence.chat_upgrade import catch_up
from app.evidence.identifiers_index import export_csv, listing, reindex_all, sources_text
from storage import identifiers as store
from storage.errors import InputRejected


def _progress(done: int, total: int) -> None:
    if done == total or done % 500 == 0:
        say(f"Indexing identifiers: {done} of {total} case records and exhibits.")


def as_json(identifier: store.Identifier) -> dict[str, Any]:
    return {
        "kind": identifier.kind,
        "value": identifier.value,
        "normalised": identifier.normalised,
        "spellings": identifier.spellings,
        "cases": identifier.cases,
        "sources": [s.as_json() for s in identifier.sources],
    }


def run(args: Namespace) -> int:
    with unlock(args) as vault:
        if args.reindex:
            reindex_all(vault, _progress)
        else:
            catch_up(vault, _progress)  # once after an upgrade: old chat exports read as chats, then the index
        found = listing(vault, shared=args.shared, case_reference=args.case or "")  # a paralegal: their cases
        if args.export:
            chosen = [i for i in found if not args.only or i.normalised in args.only]
            missing = sorted(set(args.only or []) - {i.normalised for i in chosen})
            if missing:
                raise InputRejected("Not found: {values}.", values=", ".join(missing))
            export_csv(vault, chosen, Path(args.export))
            say(f"Wrote {len(chosen)} identifiers to {args.export}. It is not encrypted: keep it safe.")
            return 0
    if args.json:
        print_json([as_json(i) for i in found])
        return 0
    if not found:
        say("No identifiers found." if not args.shared else "No identifier appears in more than one case.")
        return 0
    rows = ((i.kind, i.value, i.normalised, str(len(i.cases)), ", ".join(i.cases), _sources(i)) for i in found)
    print_table(("KIND", "VALUE", "NORMALISED", "CASES", "REFERENCES", "SOURCES"), (tuple(map(clean, r)) for r in rows))
    return 0


def _sources(identifier: store.Identifier) -> str:
    return sources_text(identifier)
