"""The ``saksi evidence ...`` commands: import files, list exhibits, export a court bundle, re-hash everything.

Results go to stdout, messages to stderr. Images are decoded only in the worker
subprocess of app.evidence.imaging, which is always closed before the command returns.
"""

from __future__ import annotations

from argparse import Namespace
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from app.cli.case_commands import clean, print_json, print_table, unlock
from app.cli.prompt import say
from app.evidence.bundle import BundleResult, export_bundle
from app.evidence.chat_exhibits import chat_summary, quote_into_fact
from app.evidence.chat_upgrade import catch_up, may_be_read, reread
from app.evidence.chats import whatsapp
from app.evidence.locker import EvidenceLocker
from app.writers.chat_transcript import export_transcript
from storage.errors import DiskFull, InputRejected, ReadOnlyMedia, VaultDamaged
from storage.evidence import Item, Provenance


def catch_up_progress(done: int, total: int) -> None:
    if done == total or done % 500 == 0:
        say(f"After the upgrade: reading old chat exports and identifiers, {done} of {total}.")


@contextmanager
def _locker(args: Namespace) -> Iterator[EvidenceLocker]:
    with unlock(args) as vault:
        try:
            catch_up(vault, catch_up_progress)  # once after an upgrade: old chat exports read as chats
        except (DiskFull, ReadOnlyMedia) as exc:  # the command itself may still work (a listing, an export)
            say(f"Old chat exports were not read again: {exc.message}")
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
        if args.read_text:  # OCR of the images just stored, in the sandboxed decoder (a few seconds each)
            for result in results:
                if result.item is not None and result.item.kind == "image":
                    done = locker.read_text(result.item)
                    failed = done.metadata.get("ocr_failed")
                    read = f"{failed}" if failed else f"{len(locker.ocr_text(done))} characters of text read."
                    say(clean(f"{done.label}: {read}"))
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


def _notes(message: dict[str, Any]) -> str:
    """What came with a message, as the transcript says it: an attachment by its exhibit, or that the export
    lacks it; media the phone left out; a deleted message."""
    notes = []
    if message["attachment"]:
        notes.append(message["attachment_exhibit"] or f"{message['attachment']} (not in the export)")
    if message["media_omitted"]:
        notes.append("media not included in the export")
    if message["kind"] == "deleted":
        notes.append("deleted message: its text is not in the export")
    return "".join(f" [{note}]" for note in notes)


def show(args: Namespace) -> int:
    """One exhibit: what it is, its text, and for a chat its messages (``--json`` for programs)."""
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        described = describe(locker, item)
    if args.json:
        print_json(described)
        return 0
    for key in ("exhibit", "filename", "description", "sha256", "size", "type", "kind", "derived_from"):
        if described.get(key) not in (None, ""):
            print(clean(f"{key}: {described[key]}"))
    chat = described.get("chat")
    if chat:
        print(clean(f"format: {chat['format']}, {chat['messages']} messages, {', '.join(chat['senders'])}"))
        if chat.get("date_order"):
            print(clean(f"date order: {chat['date_order']} ({chat['date_order_explained']})"))
        if chat.get("undecodable_bytes"):
            n = chat["undecodable_bytes"]
            print(f"{n} byte(s) could not be decoded: each is read as U+FFFD; the stored file is kept as it was.")
        for message in described["messages"]:
            when = (message["time"] or "?").replace("T", " ")
            print(clean(f"#{message['seq']} {when} {message['sender'] or '-'}: {message['text']}{_notes(message)}"))
    if described.get("not_a_chat"):
        print(clean(f"kept as a plain file: {described['not_a_chat']}"))
    if described.get("text"):
        print(clean(f"text read from the image:\n{described['text']}"))
    return 0


def describe_exhibit(args: Namespace) -> int:
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        before = item.description
        item = locker.set_description(item, args.description)
    if item.description == before:
        say(clean(f"{item.label} already had that description; nothing changed."))
    else:
        say(clean(f"{item.label} is now described as: {item.description}"))
    return 0


def renumber(args: Namespace) -> int:
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        originals = [i for i in locker.items(args.reference) if i.is_original]
        if not item.is_original:
            raise InputRejected(
                "{label} is a copy; it keeps its original's number. Renumber the original instead.", label=item.label
            )
        numbers = sorted(i.exhibit_no for i in originals)  # a deleted exhibit's number stays with its tombstone
        if args.number not in numbers:
            raise InputRejected(
                "Choose one of the numbers the case's exhibits hold: {numbers}.",
                numbers=", ".join(f"E-{n}" for n in numbers),
            )
        ordered = [i for i in originals if i.id != item.id]
        ordered.insert(numbers.index(args.number), item)
        locker.renumber(args.reference, ordered)
    say(clean(f"{args.exhibit} is now E-{args.number}; the exhibits between moved by one."))
    return 0


def describe(locker: EvidenceLocker, item: Item) -> dict[str, Any]:
    labels = {i.id: i.label for i in locker.items_all(item.case_id)}
    described: dict[str, Any] = {
        "exhibit": item.label,
        "filename": item.filename,
        "sha256": item.sha256,
        "size": item.size,
        "type": item.mime,
        "kind": item.kind,
        "description": item.description,
        "preview": _preview(item),
        "derived_from": labels.get(str(item.original_id)) if item.original_id else None,
        "derivation": item.derivation or None,
        "metadata": {k: v for k, v in item.metadata.items() if k not in ("chat", "mrz")},
        "transcription": item.transcription,
        "translation": item.translation,
        "text": locker.text_of(item),
        "ocr_text": locker.ocr_text(item),
    }
    summary = chat_summary(item)
    if summary:
        explained = whatsapp.REASONS.get(str(summary.get("date_order_reason", "")), "")
        if summary.get("date_order_reason") == "chosen":
            explained = explained.format(user=summary.get("date_order_chosen_by", ""))
        described["chat"] = {**summary, "date_order_explained": explained}
        described["messages"] = [m.as_json(labels) for m in locker.messages(item)]
        described["attachments"] = [c.label for c in locker.copies_of(item)]
    if item.metadata.get("not_a_chat"):  # it looked like a chat export but could not be read as one
        described["not_a_chat"] = item.metadata["not_a_chat"]
    if item.metadata.get("mrz"):
        described["mrz"] = item.metadata["mrz"]
    return described


def date_order(args: Namespace) -> int:
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        locker.set_date_order(item, args.order)
        item = locker.item(item.id)
        summary = chat_summary(item)
    say(f"{item.label}: dates now read as {summary['date_order']}; {summary['first']} to {summary['last']}.")
    return 0


def quote_messages(args: Namespace) -> int:
    """Print messages as quotes (exhibit and message number, time, sender); ``--fact`` adds them as a fact."""
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        quotes = locker.quote(item, args.messages)
        if args.fact:
            fact = quote_into_fact(locker.vault, args.reference, item, args.messages)
            say(f"Added as a fact of case {args.reference} (id {fact.id}), supported by {item.label}.")
    for line in quotes:
        print(clean(line.line()))
    return 0


def transcript(args: Namespace) -> int:
    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        target = export_transcript(locker.vault, args.reference, item, args.dest, args.message or None)
    say("The transcript is not encrypted: keep it safe and delete it when it is no longer needed.")
    print(clean(str(target)))
    return 0


def read_text(args: Namespace) -> int:
    """OCR of images (all of the case's images when no exhibit is named), in the sandboxed decoder."""
    languages = [lang.strip() for lang in (args.languages or "").split(",") if lang.strip()] or None
    with _locker(args) as locker:
        items = [locker.by_label(args.reference, e) for e in args.exhibit] or [
            i for i in locker.items(args.reference) if i.kind == "image"
        ]
        for item in items:
            done = locker.read_text(item, languages)
            failed = done.metadata.get("ocr_failed")
            characters = len(locker.ocr_text(done))
            line = f"{done.label}: {failed}" if failed else f"{done.label}: {characters} characters read."
            if done.metadata.get("mrz"):
                valid = done.metadata["mrz"]["valid"]
                line += " A machine-readable zone was found" + (
                    " and its check digits hold." if valid else ", but its check digits do not all hold."
                )
            say(clean(line))
    return 0


def mrz_command(args: Namespace) -> int:
    from app.cases.case_files import CaseFiles
    from app.evidence import identity

    with _locker(args) as locker:
        item = locker.by_label(args.reference, args.exhibit)
        found = item.metadata.get("mrz")
        if not found:
            raise InputRejected(
                "No machine-readable zone was read from {label}; run 'saksi evidence read-text' first.",
                label=item.label,
            )
        if args.accept:
            applied = identity.accept(locker.vault, args.reference, item)
            say(f"Applied to case {args.reference}: {', '.join(s.field for s in applied) or 'nothing (all filled)'}.")
            return 0
        case, _version = CaseFiles(locker.vault).load(args.reference)
        offered = identity.suggestions(case, found)
    if args.json:
        print_json({"mrz": found, "suggestions": [s.__dict__ for s in offered]})
        return 0
    print(clean(f"{found['kind']} {found['document_number']} {found['surname']}, {found['given_names']}"))
    print(
        clean(
            f"valid: {found['valid']} ({', '.join(k for k, ok in found['checks'].items() if not ok) or 'all checks hold'})"
        )
    )
    for s in offered:
        state = "fills an empty field" if s.fills_empty else f"differs from the case's {s.current!r}: not applied"
        print(clean(f"{s.field}: {s.suggested} ({state})"))
    say("Nothing was changed. Add --accept to fill the empty fields from the MRZ.")
    return 0


def reread_chats(args: Namespace) -> int:
    """Read plain text and file exhibits again as chats (imported before Saksi read chats, or kept as plain files
    with a reason); the stored bytes stay as they are, each exhibit keeps its number."""
    with _locker(args) as locker:
        if args.exhibit:
            items = [locker.by_label(args.reference, e) for e in args.exhibit]
        else:
            items = [i for i in locker.items(args.reference) if may_be_read(i)]
        if not items:
            say(f"Case {args.reference} has no exhibit that could be a chat export.")
        for item in items:
            done = reread(locker.vault, item)
            if done.chat:
                summary = chat_summary(done.item)
                line = f"{item.label}: read as a chat ({summary.get('format')}, {summary.get('messages')} messages)."
            else:
                line = f"{item.label}: " + (done.reason or "not a chat export; left as it is.")
            say(clean(line))
    return 0
