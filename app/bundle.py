"""Court bundle export: exhibits named by number, hash manifest (CSV and JSON), custody log, index PDF.

The bundle is written in a hidden staging folder (or a partial zip) and renamed into
place when complete, so a failure leaves nothing that looks finished. Every exported
item gets a custody entry; the bundle itself is recorded on the case.
"""

from __future__ import annotations

import csv
import io
import json
import mimetypes
import os
import shutil
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from app.evidence import EvidenceLocker
from storage import evidence as store
from storage.errors import InputRejected, PermissionDenied
from storage.evidence import Item
from storage.keyslots import os_error, utc_now

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


@dataclass(frozen=True)
class BundleResult:
    path: Path
    exhibits: list[str]
    skipped: list[str]  # originals left out because no redacted copy exists


def _extension(item: Item) -> str:
    suffix = Path(item.filename).suffix.lower()
    guessed = mimetypes.guess_extension(item.mime) or ""
    if guessed and suffix not in (mimetypes.guess_all_extensions(item.mime) or []):
        return guessed
    return suffix or guessed or ".bin"


def manifest_row(item: Item, file_name: str, originals: dict[str, Item]) -> dict[str, Any]:
    first = item.provenance[0].provenance if item.provenance else store.Provenance()
    return {
        "exhibit": item.label,
        "file": file_name,
        "sha256": item.sha256,
        "size": item.size,
        "type": item.mime,
        "original_filename": item.filename,
        "derived_from": originals[item.original_id].label if item.original_id in originals else "",
        "received_from": first.received_from,
        "received_on": first.received_on,
        "via": first.via,
        "description": first.description,
    }


def choose_items(items: list[Item], selection: list[str] | None, redacted_only: bool) -> tuple[list[Item], list[str]]:
    """The items to export (by label selection), and originals skipped for want of a redacted copy."""
    chosen = [i for i in items if selection is None or i.label in selection]
    if not redacted_only:
        return chosen, []
    copies = [
        i
        for i in items
        if not i.is_original
        and (selection is None or i.label in selection or any(o.id == i.original_id for o in chosen))
    ]
    with_copy = {i.original_id for i in copies}
    skipped = [i.label for i in chosen if i.is_original and i.id not in with_copy]
    return copies, skipped


def export_bundle(
    locker: EvidenceLocker,
    reference: str,
    destination: str | os.PathLike[str],
    *,
    selection: list[str] | None = None,
    redacted_only: bool = False,
    as_zip: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> BundleResult:
    vault = locker.vault
    if not vault.user.may_export:
        raise PermissionDenied("Your role does not allow exporting evidence. Ask a lawyer or an admin.")
    items = locker.items(reference)
    originals = {i.id: i for i in items if i.is_original}
    chosen, skipped = choose_items(items, selection, redacted_only)
    if not chosen:
        raise InputRejected(
            "There is nothing to export: no exhibits with redacted copies."
            if redacted_only
            else "There is nothing to export: no exhibits."
        )
    name = f"{reference}-exhibits-{date.today().isoformat()}" + ("-redacted" if redacted_only else "")
    parent = Path(destination)
    if not parent.is_dir():
        raise InputRejected("The folder {folder} does not exist.", folder=parent)
    target = parent / (name + (".zip" if as_zip else ""))
    if target.exists():
        raise InputRejected("{target} already exists; a bundle never overwrites anything.", target=target)
    staging = parent / f".{target.name}.partial"
    try:
        files = _write(locker, reference, chosen, originals, skipped, staging, as_zip, progress)
        os.replace(staging, target)
    except OSError as exc:
        _remove(staging)
        raise os_error(exc, target) from None
    except BaseException:
        _remove(staging)
        raise
    for item, file_name in files:
        store.record(vault.conn, vault.user.name, "evidence.export", item, {"bundle": target.name, "file": file_name})
    vault.log(
        "case.bundle_export",
        f"case:{locker.case_id(reference)}",
        {
            "reference": reference,
            "bundle": str(target),
            "exhibits": [i.label for i, _ in files],
            "redacted_only": redacted_only,
        },
    )
    return BundleResult(target, [i.label for i, _ in files], skipped)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)


def _write(
    locker: EvidenceLocker,
    reference: str,
    chosen: list[Item],
    originals: dict[str, Item],
    skipped: list[str],
    staging: Path,
    as_zip: bool,
    progress: Callable[[int, int], None] | None,
) -> list[tuple[Item, str]]:
    writer = _ZipWriter(staging) if as_zip else _FolderWriter(staging)
    files: list[tuple[Item, str]] = []
    rows = []
    try:
        for number, item in enumerate(chosen, start=1):
            file_name = f"{item.label}{_extension(item)}"
            writer.write_blob(f"exhibits/{file_name}", locker, item)
            files.append((item, file_name))
            rows.append(manifest_row(item, f"exhibits/{file_name}", originals))
            if progress:
                progress(number, len(chosen))
        writer.write_bytes("manifest.csv", _csv(rows, MANIFEST_FIELDS))
        writer.write_bytes(
            "manifest.json",
            json.dumps(
                {
                    "case": reference,
                    "created_at": utc_now(),
                    "algorithm": "SHA-256",
                    "exhibits": rows,
                    "not_included": skipped,
                },
                ensure_ascii=False,
                indent=2,
            ).encode("utf-8"),
        )
        writer.write_bytes("custody.csv", _custody_csv(locker, chosen))
        from app.exhibit_index import index_pdf

        writer.write_bytes("index.pdf", index_pdf(reference, rows, skipped))
        writer.write_bytes("README.txt", _readme(reference, rows, skipped).encode("utf-8"))
    finally:
        writer.close()
    return files


def _csv(rows: list[dict[str, Any]], fields: list[str]) -> bytes:
    text = io.StringIO()
    out = csv.DictWriter(text, fieldnames=fields, lineterminator="\n")
    out.writeheader()
    out.writerows(rows)
    return ("\ufeff" + text.getvalue()).encode("utf-8")  # BOM: Excel then reads Khmer correctly


def _custody_csv(locker: EvidenceLocker, items: list[Item]) -> bytes:
    rows = []
    for item in items:
        for entry in locker.custody(item):
            detail = {
                k: v
                for k, v in entry.detail.items()
                if k not in ("to", "previous_transcription", "previous_translation")
            }
            rows.append(
                {
                    "exhibit": item.label,
                    "seq": entry.seq,
                    "at": entry.at,
                    "by": entry.actor,
                    "action": entry.action,
                    "detail": json.dumps(detail, ensure_ascii=False),
                    "entry_hash": entry.hash,
                }
            )
    return _csv(rows, ["exhibit", "seq", "at", "by", "action", "detail", "entry_hash"])


def _readme(reference: str, rows: list[dict[str, Any]], skipped: list[str]) -> str:
    lines = [
        f"Exhibits of case {reference}, exported from Saksi on {date.today().isoformat()}.",
        "",
        "exhibits/      the files, named by exhibit number (E-3.1 is the first copy derived from E-3)",
        "manifest.csv   exhibit, file, SHA-256, size and provenance (also manifest.json)",
        "custody.csv    every recorded act on each exhibit (import, view, copy, export...), with audit hashes",
        "index.pdf      the list of exhibits with their SHA-256, for filing",
        "",
        "Check a file: sha256sum exhibits/E-1.jpg (Linux), shasum -a 256 (macOS), certutil -hashfile FILE SHA256 (Windows)",
        "and compare with manifest.csv.",
    ]
    if skipped:
        lines += ["", "Not included (no redacted copy exists): " + ", ".join(skipped)]
    lines += ["", f"{len(rows)} file(s)."]
    return "\n".join(lines) + "\n"


class _FolderWriter:
    def __init__(self, root: Path) -> None:
        self.root = root
        root.mkdir()

    def write_blob(self, name: str, locker: EvidenceLocker, item: Item) -> None:
        from app.evidence import write_blob

        target = self.root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        write_blob(locker.vault, item, target)

    def write_bytes(self, name: str, data: bytes) -> None:
        (self.root / name).write_bytes(data)

    def close(self) -> None:
        pass


class _ZipWriter:
    def __init__(self, path: Path) -> None:
        self.zip = zipfile.ZipFile(path, "x", compression=zipfile.ZIP_STORED, allowZip64=True)

    def write_blob(self, name: str, locker: EvidenceLocker, item: Item) -> None:
        if item.blob_id is None:
            raise InputRejected("{label} was deleted; only its tombstone remains.", label=item.label)
        with self.zip.open(name, "w", force_zip64=True) as out:
            for chunk in store.read_blob(locker.conn, item.blob_id):
                out.write(chunk)

    def write_bytes(self, name: str, data: bytes) -> None:
        self.zip.writestr(name, data)

    def close(self) -> None:
        self.zip.close()
