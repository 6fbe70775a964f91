"""Court bundle export: exhibits named by number, SHA256SUMS, hash manifest, custody chain, index PDF.

Protective by default: an exhibit that has a redacted copy goes out as that copy; the
original goes out only where no redacted copy exists. Putting an original next to its
redacted copy (``originals=True``, CLI ``--originals``) is an explicit choice, and the result
names those exhibits, saying which look like identity documents or carry a GPS position.

A recipient can check the bundle alone: ``sha256sum -c SHA256SUMS`` checks every file; the
index PDF carries the manifest's own SHA-256; custody.csv is a hash chain (README.txt says
how to recompute it) holding this case's custody entries and the export itself.

The bundle is written in a hidden staging folder (or a partial zip) and renamed into
place when complete, so a failure leaves nothing that looks finished. The intent is in
the audit log before the first byte is written (app.common.exports.audited).
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
import os
import re
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from app.common.exports import ExportRecord, audited, csv_bytes, csv_cell, inside, safe_name
from app.evidence.locker import EvidenceLocker
from storage import cases as case_store
from storage import evidence as store
from storage.audit import AuditEntry
from storage.errors import InputRejected, PermissionDenied, VaultDamaged
from storage.evidence import Item
from storage.files import os_error, utc_now
from storage.phrases import MAY_NOT_EXPORT_EVIDENCE, NO_CASE, NO_FOLDER
from storage.vault import Vault

GENESIS = "0" * 64
MANIFEST_FIELDS = [
    "exhibit",
    "file",
    "sha256",
    "size",
    "type",
    "original_filename",
    "derived_from",
    "received_from",
    "received_on",
    "via",
    "description",
]
CUSTODY_FIELDS = ["row", "exhibit", "seq", "at", "by", "action", "detail", "audit_hash", "prev_hash", "hash"]
CUSTODY_HIDDEN = ("to", "folder", "previous_transcription", "previous_translation")  # local paths, earlier texts
# Words that mark an identity document in a file name, description or transcription (English, Khmer, Thai...)
IDENTITY_WORDS = (
    "passport",
    "national id",
    "id card",
    "identity",
    "birth certificate",
    "work permit",
    "visa",
    "laissez",
    "លិខិតឆ្លងដែន",
    "អត្តសញ្ញាណ",
    "หนังสือเดินทาง",
    "บัตรประชาชน",
)
_EXTENSION = re.compile(r"\.[a-z0-9]{1,10}")


@dataclass(frozen=True)
class Exposure:
    """An original included next to its redacted copy, and why that matters."""

    label: str
    reasons: list[str]

    def describe(self) -> str:
        return f"{self.label} ({'; '.join(self.reasons)})"


@dataclass(frozen=True)
class Plan:
    items: list[Item]  # what goes into the bundle, in exhibit order
    skipped: list[str]  # originals left out: redacted copies only, and none exists
    replaced: list[str]  # originals left out because their redacted copy goes instead
    exposed: list[Exposure]  # originals included next to their redacted copy (an explicit choice)
    metadata: list[str]  # originals included (no redacted copy) whose file carries a GPS position


@dataclass(frozen=True)
class BundleResult:
    path: Path
    exhibits: list[str]
    skipped: list[str]
    replaced: list[str] = field(default_factory=list)
    exposed: list[Exposure] = field(default_factory=list)
    metadata: list[str] = field(default_factory=list)
    manifest_sha256: str = ""


# ----------------------------------------------------------------------------- what goes in
def is_chat_attachment(item: Item) -> bool:
    """A photo or file that came inside a chat export: it goes with its chat, as received."""
    return not item.is_original and item.derivation.get("op") == "chat attachment" and item.blob_id is not None


def is_redacted_copy(item: Item) -> bool:
    return not item.is_original and bool(item.derivation.get("boxes")) and item.blob_id is not None


def looks_like_identity_document(item: Item) -> bool:
    texts = [item.filename, item.transcription, *(p.provenance.description for p in item.provenance)]
    haystack = " ".join(texts).lower().replace("_", " ").replace("-", " ")
    return any(word in haystack for word in IDENTITY_WORDS)


def _exposure(original: Item) -> Exposure:
    reasons = []
    if looks_like_identity_document(original):
        reasons.append("looks like an identity document")
    if original.metadata.get("gps"):
        reasons.append("photo with a GPS position")
    return Exposure(original.label, reasons or ["unredacted original of a redacted exhibit"])


def plan_bundle(
    items: list[Item], selection: list[str] | None = None, *, originals: bool = False, redacted_only: bool = False
) -> Plan:
    """Which items a bundle holds: redacted copies where they exist, else originals (see the module doc)."""
    if originals and redacted_only:
        raise InputRejected("Choose either the originals as well or redacted copies only, not both.")
    live = [i for i in items if i.blob_id is not None]
    wanted = [i for i in live if selection is None or i.label in selection]
    redacted: dict[str, list[Item]] = {}
    for item in live:
        if is_redacted_copy(item):
            redacted.setdefault(str(item.original_id), []).append(item)
    chosen: dict[str, Item] = {}
    skipped, replaced, exposed, metadata = [], [], [], []
    for item in wanted:
        if not item.is_original:
            chosen[item.id] = item  # a copy asked for by its label (or, with no selection, only redacted ones)
            continue
        copies = redacted.get(item.id, [])
        for copy in copies:
            chosen[copy.id] = copy
        if copies and originals:
            chosen[item.id] = item
            exposed.append(_exposure(item))
        elif copies:
            replaced.append(item.label)
        elif redacted_only:
            skipped.append(item.label)
        else:
            chosen[item.id] = item
            if item.metadata.get("gps"):
                metadata.append(item.label)
    if selection is None:  # everything: copies that are not redactions stay in the vault (they show the original)
        chosen = {
            k: v
            for k, v in chosen.items()
            if v.is_original or is_redacted_copy(v) or (is_chat_attachment(v) and not redacted_only)
        }
    ordered = [i for i in live if i.id in chosen]
    return Plan(ordered, skipped, replaced, exposed, metadata)


def preview(
    vault: Vault,
    reference: str,
    selection: list[str] | None = None,
    *,
    originals: bool = False,
    redacted_only: bool = False,
) -> Plan:
    """What a bundle would hold, read on the caller's connection (the dialog shows it before anything is written)."""
    stored = case_store.get(vault.conn, reference)
    if stored is None:
        raise InputRejected(NO_CASE, reference=reference)
    items = store.items_of_case(vault.conn, stored.case_id)
    return plan_bundle(items, selection, originals=originals, redacted_only=redacted_only)


# ----------------------------------------------------------------------------- the export
def bundle_name(reference: str, redacted_only: bool, today: date | None = None) -> str:
    day = (today or date.today()).isoformat()
    return f"{safe_name(reference)}-exhibits-{day}" + ("-redacted" if redacted_only else "")


def export_bundle(
    locker: EvidenceLocker,
    reference: str,
    destination: str | os.PathLike[str],
    *,
    selection: list[str] | None = None,
    originals: bool = False,
    redacted_only: bool = False,
    as_zip: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BundleResult:
    vault = locker.vault
    if not vault.user.may_export:
        raise PermissionDenied(MAY_NOT_EXPORT_EVIDENCE)
    case_id = locker.case_id(reference)
    items = locker.items(reference)
    plan = plan_bundle(items, selection, originals=originals, redacted_only=redacted_only)
    if not plan.items:
        raise InputRejected(
            "There is nothing to export: no exhibits with redacted copies."
            if redacted_only
            else "There is nothing to export: no exhibits."
        )
    parent = Path(destination)
    if not parent.is_dir():
        raise InputRejected(NO_FOLDER, folder=parent)
    target = inside(parent, bundle_name(reference, redacted_only) + (".zip" if as_zip else ""))
    if target.exists() or target.is_symlink():
        raise InputRejected("{target} already exists; a bundle never overwrites anything.", target=target)
    staging = inside(parent, f".{target.name}.partial")
    detail = {
        "reference": reference,
        "bundle": target.name,
        "folder": str(parent),
        "exhibits": [i.label for i in plan.items],
        "redacted_only": redacted_only,
        "originals": [e.label for e in plan.exposed],
    }
    with audited(vault, "case.bundle_export", f"case:{case_id}", detail) as record:
        try:
            manifest_sha = _write(locker, reference, plan, items, record, staging, as_zip, progress)
            os.replace(staging, target)
        except OSError as exc:
            _remove(staging)
            raise os_error(exc, target) from None
        except BaseException:
            _remove(staging)
            raise
        for item in plan.items:
            store.record(vault.conn, vault.user.name, "evidence.export", item, {"bundle": target.name})
        record.outcome["manifest_sha256"] = manifest_sha
    return BundleResult(
        target,
        [i.label for i in plan.items],
        plan.skipped,
        plan.replaced,
        plan.exposed,
        plan.metadata,
        manifest_sha,
    )


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _extension(item: Item) -> str:
    """A plain extension (letters and digits only): the file name is the sender's, never trusted as a path."""
    suffix = Path(item.filename).suffix.lower()
    suffix = suffix if _EXTENSION.fullmatch(suffix) else ""
    known = mimetypes.guess_all_extensions(item.mime) or []
    if known and suffix not in known:
        return mimetypes.guess_extension(item.mime) or known[0]
    return suffix or ".bin"


def manifest_row(item: Item, file_name: str, labels: dict[str, str]) -> dict[str, Any]:
    first = item.provenance[0].provenance if item.provenance else store.Provenance()
    return {
        "exhibit": item.label,
        "file": file_name,
        "sha256": item.sha256,
        "size": item.size,
        "type": item.mime,
        "original_filename": item.filename,
        "derived_from": labels.get(str(item.original_id), "") if item.original_id else "",
        "derivation": "" if item.is_original else str(item.derivation.get("op", "")),  # chat attachment, redacted copy
        "received_from": first.received_from,
        "received_on": first.received_on,
        "via": first.via,
        "description": first.description,
    }


def _write(
    locker: EvidenceLocker,
    reference: str,
    plan: Plan,
    items: list[Item],
    record: ExportRecord,
    staging: Path,
    as_zip: bool,
    progress: Callable[[int, int], None] | None,
) -> str:
    """Write everything into the staging folder or zip; returns the SHA-256 of manifest.csv."""
    writer = _ZipWriter(staging) if as_zip else _FolderWriter(staging)
    labels = {i.id: i.label for i in items}
    rows = []
    try:
        for number, item in enumerate(plan.items, start=1):
            name = f"exhibits/{item.label}{_extension(item)}"
            writer.write_blob(name, locker, item)
            rows.append(manifest_row(item, name, labels))
            if progress:
                progress(number, len(plan.items))
        manifest_csv = csv_bytes(rows, MANIFEST_FIELDS)
        writer.write_bytes("manifest.csv", manifest_csv)
        manifest_json = json.dumps(
            {
                "case": reference,
                "created_at": utc_now(),
                "algorithm": "SHA-256",
                "exhibits": rows,
                "not_included": plan.skipped,
                "replaced_by_redacted_copy": plan.replaced,
                "originals_next_to_redacted_copies": [e.label for e in plan.exposed],
            },
            ensure_ascii=False,
            indent=2,
        ).encode("utf-8")
        writer.write_bytes("manifest.json", manifest_json)
        custody, head = custody_csv(locker, plan.items, record.intent)
        writer.write_bytes("custody.csv", custody)
        hashes = [
            ("manifest.csv", _sha(manifest_csv)),
            ("manifest.json", _sha(manifest_json)),
            ("custody.csv (last hash of the chain)", head),
        ]
        from app.writers.exhibit_index import index_pdf

        writer.write_bytes("index.pdf", index_pdf(reference, rows, plan.skipped, hashes))
        writer.write_bytes("README.txt", readme(reference, rows, plan, hashes).encode("utf-8"))
        writer.write_bytes("SHA256SUMS", "".join(f"{sha}  {name}\n" for name, sha in writer.hashes).encode("utf-8"))
    finally:
        writer.close()
    return _sha(manifest_csv)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# ----------------------------------------------------------------------------- custody chain
def chain_hash(prev_hash: str, cells: list[str]) -> str:
    """SHA-256 of the JSON array [prev_hash, cells...] (UTF-8, no spaces): what README.txt tells a recipient."""
    payload = json.dumps([prev_hash, *cells], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def custody_csv(locker: EvidenceLocker, items: list[Item], export: AuditEntry) -> tuple[bytes, str]:
    """This bundle's custody entries (its items' and the export's own), oldest first, as a hash chain."""
    entries: list[tuple[AuditEntry, str]] = [(e, item.label) for item in items for e in locker.custody(item)]
    entries.append((export, "bundle"))
    entries.sort(key=lambda pair: pair[0].seq)
    rows, prev = [], GENESIS
    for number, (entry, exhibit) in enumerate(entries, start=1):
        detail = {k: v for k, v in entry.detail.items() if k not in CUSTODY_HIDDEN}
        cells = [
            csv_cell(value)
            for value in (
                number,
                exhibit,
                entry.seq,
                entry.at,
                entry.actor,
                entry.action,
                json.dumps(detail, ensure_ascii=False, sort_keys=True),
                entry.hash,
            )
        ]
        digest = chain_hash(prev, cells)
        rows.append(dict(zip(CUSTODY_FIELDS, [*cells, prev, digest], strict=True)))
        prev = digest
    return csv_bytes(rows, CUSTODY_FIELDS), prev


CHECK_SCRIPT = """import csv, hashlib, json
prev = "0" * 64
with open("custody.csv", encoding="utf-8-sig", newline="") as f:
    for row in csv.DictReader(f):
        cells = [row[k] for k in ("row", "exhibit", "seq", "at", "by", "action", "detail", "audit_hash")]
        digest = hashlib.sha256(json.dumps([prev, *cells], ensure_ascii=False, separators=(",", ":")).encode()).hexdigest()
        assert row["prev_hash"] == prev and row["hash"] == digest, "custody.csv was changed at row " + row["row"]
        prev = digest
print("custody chain intact; last hash", prev)
"""


def readme(reference: str, rows: list[dict[str, Any]], plan: Plan, hashes: list[tuple[str, str]]) -> str:
    lines = [
        f"Exhibits of case {reference}, exported from Saksi on {date.today().isoformat()}.",
        "",
        "exhibits/      the files, named by exhibit number (E-3.1 is the first copy derived from E-3)",
        "manifest.csv   exhibit, file, SHA-256, size and provenance (also manifest.json)",
        "custody.csv    every recorded act on each exhibit (import, view, copy, export...), and this export",
        "index.pdf      the list of exhibits with their SHA-256, for filing; it also carries the hashes below",
        "SHA256SUMS     the SHA-256 of every other file in this bundle",
        "",
        "1. Check every file at once (Linux; macOS: shasum -a 256 -c SHA256SUMS), in this folder:",
        "     sha256sum -c SHA256SUMS",
        "   One file on Windows: certutil -hashfile exhibits\\E-1.jpg SHA256, and compare with SHA256SUMS.",
        "2. Check that this is the bundle that was filed: these hashes are printed in index.pdf:",
        *[f"     {name}: {sha}" for name, sha in hashes],
        "3. Check the custody log. custody.csv is a chain: row 1's prev_hash is 64 zeros; each row's hash is the",
        "   SHA-256 of the UTF-8 JSON array [prev_hash, row, exhibit, seq, at, by, action, detail, audit_hash]",
        "   (the cells exactly as in the file, no spaces after ',' or ':'), and is the next row's prev_hash.",
        "   Changing, removing or reordering any row breaks every later hash. audit_hash is the entry's hash in",
        "   the office's audit log, where the same entry can be shown. Python 3 recomputes the chain:",
        "",
        *["     " + line for line in CHECK_SCRIPT.splitlines()],
        "",
        "The custody log holds this case's entries only. The last row records this export (before it was written).",
    ]
    if plan.replaced:
        lines += ["", "Sent as their redacted copy (the original stays in the vault): " + ", ".join(plan.replaced)]
    if plan.exposed:
        lines += ["", "Unredacted originals included next to their redacted copy, by choice:"]
        lines += [f"  {e.describe()}" for e in plan.exposed]
    if plan.skipped:
        lines += ["", "Not included (no redacted copy exists): " + ", ".join(plan.skipped)]
    lines += ["", f"{len(rows)} exhibit file(s)."]
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------- writers
class _FolderWriter:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.hashes: list[tuple[str, str]] = []
        root.mkdir()

    def write_blob(self, name: str, locker: EvidenceLocker, item: Item) -> None:
        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("xb") as out:
            self._stream(item, locker, out.write)
            out.flush()
            os.fsync(out.fileno())
        self.hashes.append((name, item.sha256))

    def _stream(self, item: Item, locker: EvidenceLocker, write: Callable[[bytes], object]) -> None:
        digest = hashlib.sha256()
        for chunk in store.read_blob(locker.conn, str(item.blob_id)):
            digest.update(chunk)
            write(chunk)
        if digest.hexdigest() != item.sha256:
            raise VaultDamaged(
                "The stored bytes of {label} no longer match its SHA-256; run 'evidence verify'.", label=item.label
            )

    def write_bytes(self, name: str, data: bytes) -> None:
        (self.root / name).write_bytes(data)
        self.hashes.append((name, _sha(data)))

    def close(self) -> None:
        pass


class _ZipWriter(_FolderWriter):
    def __init__(self, path: Path) -> None:
        self.hashes = []
        self.zip = zipfile.ZipFile(path, "x", compression=zipfile.ZIP_STORED, allowZip64=True)

    def write_blob(self, name: str, locker: EvidenceLocker, item: Item) -> None:
        with self.zip.open(name, "w", force_zip64=True) as out:
            self._stream(item, locker, out.write)
        self.hashes.append((name, item.sha256))

    def write_bytes(self, name: str, data: bytes) -> None:
        self.zip.writestr(name, data)
        self.hashes.append((name, _sha(data)))

    def close(self) -> None:
        self.zip.close()
