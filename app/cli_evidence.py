"""The ``saksi evidence ...`` commands: import files, list exhibits, export a court bundle, re-hash everything.

Results go to stdout, messages to stderr. Images are decoded only in the worker
subprocess of app.imaging, which is always closed before the command returns.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager

from app.bundle import BundleResult, export_bundle
from app.cli_cases import clean, print_json, print_table, unlock
from app.cli_prompt import say
from app.evidence import EvidenceLocker
from storage.errors import InputRejected, VaultDamaged
from storage.evidence import Item, Provenance


@contextmanager
def _locker(args: Namespace) -> Iterator[EvidenceLocker]:
    with unlock(args) as vault:
        locker = EvidenceLocker(vault)
        try:
            yield locker
        finally:
            locker.worker.close()


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _preview(item: Item) -> str:
    return item.preview or "yes"


def add(args: Namespace) -> int:
    provenance = Provenance(
        received_from=args.received_from or "",
        received_on=args.received_on or "",
        via=args.via or "",
        description=args.description or "",
    )
    with _locker(args) as locker:
        results = locker.import_paths(args.reference, args.files, provenance)
    if not results:
        raise InputRejected("There were no files to import (the folders given are empty).")
    refused = [r for r in results if r.error]
    for result in results:
        if result.error:
            say(clean(result.message))
        else:
            print(clean(result.message), flush=True)
    stored = sum(r.item is not None for r in results)
    duplicates = sum(r.duplicate_of is not None for r in results)
    summary = f"{_count(stored, 'file')} stored, {duplicates} already in the case"
    say(summary + (f", {len(refused)} refused (see above); the others were stored." if refused else "."))
    stopped = [r.stopped for r in results if r.stopped]
    if stopped:  # e.g. the disk is full: the import could not finish (exit 1), and said so above
        return stopped[0]
    return InputRejected.exit_code if refused else 0


def list_items(args: Namespace) -> int:
    with _locker(args) as locker:
        items = locker.items(args.reference)
    labels = {i.id: i.label for i in items}
    if args.json:
        print_json(
            [
                {
                    "exhibit": i.label,
                    "filename": i.filename,
                    "sha256": i.sha256,
                    "size": i.size,
                    "type": i.mime,
                    "kind": i.kind,
                    "preview": _preview(i),
                    "derived_from": labels.get(i.original_id) if i.original_id else None,
                }
                for i in items
            ]
        )
        return 0
    if not items:
        say(f"Case {args.reference} has no exhibits yet.")
        return 0
    header = ("EXHIBIT", "FILENAME", "SHA-256", "SIZE", "TYPE", "PREVIEW")
    print_table(header, ((i.label, i.filename, i.sha256, str(i.size), i.mime, _preview(i)) for i in items))
    return 0


def export(args: Namespace) -> int:
    selection = [label.upper() for label in args.exhibit] if args.exhibit else None
    with _locker(args) as locker:
        for label in selection or []:
            locker.by_label(args.reference, label)  # an unknown exhibit is an error, not silently left out
        result = export_bundle(
            locker,
            args.reference,
            args.dest,
            selection=selection,
            originals=args.originals,
            redacted_only=args.redacted_only,
            as_zip=args.zip,
        )
    say(
        f"Exported {_count(len(result.exhibits), 'exhibit')} ({', '.join(result.exhibits)}) with SHA256SUMS,"
        " a SHA-256 manifest, the custody chain and an index."
    )
    for line in bundle_notes(result):
        say(line)
    say("The bundle is not encrypted: keep it safe and delete it when it is no longer needed.")
    print(clean(str(result.path)))
    return 0


def bundle_notes(result: BundleResult) -> list[str]:
    """What the lawyer must know about what went out (and what did not)."""
    notes = []
    if result.replaced:
        notes.append(f"Sent as their redacted copy (the originals stay in the vault): {', '.join(result.replaced)}.")
    if result.exposed:
        notes.append(
            "warning: unredacted originals included next to their redacted copy, as asked: "
            + "; ".join(e.describe() for e in result.exposed)
            + "."
        )
    if result.metadata:
        notes.append(
            f"warning: {', '.join(result.metadata)}: photo(s) whose file records a GPS position, sent as the original"
            " because no redacted copy exists. A redacted copy (rebuilt from pixels) carries no location."
        )
    if result.skipped:
        notes.append(f"Not included, because they have no redacted copy: {', '.join(result.skipped)}.")
    return notes


def verify(args: Namespace) -> int:
    total = [0]

    def progress(done: int, count: int) -> None:
        total[0] = count

    with _locker(args) as locker:
        problems = locker.verify_all(progress)
    if not problems:
        say(f"All {_count(total[0], 'stored file')} match the SHA-256 recorded when they were imported.")
        return 0
    for problem in problems:
        say(problem)
    say(
        "Keep this vault folder as it is (do not delete it). Restore your latest backup into a new folder and verify it there."
    )
    return VaultDamaged.exit_code
