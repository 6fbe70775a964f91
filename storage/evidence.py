"""Evidence storage: originals as content-addressed blobs; items, provenance, custody.

Bytes stream into a sealed file of the blob store (storage/blobstore.py) in
bounded memory; the SHA-256 is computed while they stream. The file is written
under a random blob id and the blob is named by its hash only at the end, so the
same bytes are stored once. Everything about one import (file, index row, item,
provenance, audit entry) is one transaction: a failure (file vanished, disk full,
cancel, kill -9) leaves nothing half-stored. The audit chain is the chain of custody: every
import, view, export, derivation, renumbering and deletion is an entry whose
target is ``evidence:<id>``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from storage import audit, blobstore, chats
from storage.blobstore import Cancelled as Cancelled
from storage.db import Connection, fts_phrase, like_escape, scalar, transaction
from storage.errors import InputRejected
from storage.files import utc_now

Progress = Callable[[int], None]  # bytes so far


@dataclass(frozen=True)
class Provenance:
    received_from: str = ""  # client, family, witness, officer, other (free text allowed)
    received_on: str = ""
    via: str = ""  # phone transfer, USB, email, messaging app...
    source_app: str = ""  # original app or device
    description: str = ""
    language: str = ""
    notes: str = ""
    source_path: str = ""  # the file name it came from (not the full path: folder names can identify people)


@dataclass(frozen=True)
class ProvenanceRecord:
    recorded_at: str
    recorded_by: str
    provenance: Provenance


@dataclass(frozen=True)
class Item:
    id: str
    case_id: str
    exhibit_no: int
    original_id: str | None
    derived_no: int
    derivation: dict[str, Any]
    blob_id: str | None
    sha256: str
    size: int
    filename: str
    mime: str
    kind: str
    imported_at: str
    imported_by: str
    metadata: dict[str, Any]
    preview: str  # "" when a preview exists, else the plain reason there is none
    transcription: str
    translation: str
    deleted_at: str | None = None
    deleted_by: str | None = None
    delete_reason: str | None = None
    has_thumbnail: bool = False
    provenance: list[ProvenanceRecord] = field(default_factory=list)
    ocr_text: str = ""  # read from the image by Tesseract; the transcription is the lawyer's own

    @property
    def label(self) -> str:
        """E-3 for an original, E-3.1 for its first derived copy."""
        return f"E-{self.exhibit_no}" + (f".{self.derived_no}" if self.original_id else "")

    @property
    def is_original(self) -> bool:
        return self.original_id is None

    @property
    def description(self) -> str:
        """What the exhibit is: the first provenance record's description (bundles, drafts and referrals use it)."""
        return self.provenance[0].provenance.description if self.provenance else ""


ITEM_COLUMNS = (
    "id, case_id, exhibit_no, original_id, derived_no, derivation, blob_id, sha256, size, filename, mime, kind,"
    " imported_at, imported_by, metadata, preview, transcription, translation, deleted_at, deleted_by, delete_reason,"
    " thumbnail IS NOT NULL, ocr_text"
)


def _item(row: tuple[Any, ...]) -> Item:
    return Item(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        json.loads(row[5]),
        row[6],
        row[7],
        row[8],
        row[9],
        row[10],
        row[11],
        row[12],
        row[13],
        json.loads(row[14]),
        row[15],
        row[16],
        row[17],
        row[18],
        row[19],
        row[20],
        bool(row[21]),
        ocr_text=row[22],
    )


# ----------------------------------------------------------------------------- blobs
def store_stream(
    conn: Connection, stream: Any, *, progress: Progress | None = None, cancelled: Callable[[], bool] | None = None
) -> tuple[str, str, int, bool]:
    """Stream bytes into the vault (inside the caller's transaction).

    Returns (blob id, sha256, size, already_stored). When the same bytes are already
    stored, the new file is dropped and the existing blob is returned.
    """
    staged = str(uuid.uuid4())
    sealed = blobstore.write(conn, staged, stream, progress=progress, cancelled=cancelled)
    existing = scalar(conn, "SELECT id FROM blobs WHERE sha256 = ?", (sealed.sha256,))
    if existing:
        blobstore.discard(sealed)
        return str(existing), sealed.sha256, sealed.size, True
    conn.execute(
        "INSERT INTO blobs(id, sha256, size, chunks) VALUES (?, ?, ?, ?)",
        (staged, sealed.sha256, sealed.size, sealed.chunks),
    )
    blobstore.record(conn, staged, sealed)
    return staged, sealed.sha256, sealed.size, False


def read_blob(conn: Connection, blob_id: str) -> Iterator[bytes]:
    """The bytes of a blob, a few MiB at a time (bounded memory; each piece is the caller's to keep)."""
    for view in blobstore.iter_plain(blobstore.locate(conn, blob_id)):
        yield bytes(view)


def open_blob(conn: Connection, blob_id: str) -> blobstore.BlobReader:
    """A seekable read-only file over a blob's bytes, for parsers that seek (nothing is decrypted ahead)."""
    return blobstore.open_reader(conn, blob_id)


def read_head(conn: Connection, blob_id: str, limit: int) -> bytes:
    with open_blob(conn, blob_id) as reader:
        return reader.read(limit)


def blob_size(conn: Connection, blob_id: str) -> int:
    return int(scalar(conn, "SELECT size FROM blobs WHERE id = ?", (blob_id,)) or 0)


def read_all(conn: Connection, blob_id: str, limit: int) -> bytes | None:
    """The whole blob in memory, or None when it is larger than ``limit``."""
    if blob_size(conn, blob_id) > limit:
        return None
    return b"".join(read_blob(conn, blob_id))


def rehash(conn: Connection, blob_id: str) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    for view in blobstore.iter_plain(blobstore.locate(conn, blob_id)):
        digest.update(view)
        size += len(view)
    return digest.hexdigest(), size


def all_blobs(conn: Connection) -> list[tuple[str, str, int]]:
    return [(r[0], r[1], r[2]) for r in conn.execute("SELECT id, sha256, size FROM blobs ORDER BY sha256")]


def labels_of(conn: Connection, blob_id: str) -> str:
    """The exhibits whose bytes a blob holds, e.g. ``2026-0001 E-3, 2026-0004 E-1.1``."""
    rows = conn.execute(
        "SELECT c.reference, e.exhibit_no, e.derived_no, e.original_id FROM evidence e JOIN cases c ON c.id = e.case_id"
        " WHERE e.blob_id = ?",
        (blob_id,),
    ).fetchall()
    return ", ".join(f"{r[0]} E-{r[1]}" + (f".{r[2]}" if r[3] else "") for r in rows) or blob_id


def _drop_blob_if_unused(conn: Connection, blob_id: str) -> None:
    in_use = scalar(conn, "SELECT 1 FROM evidence WHERE blob_id = ? AND deleted_at IS NULL", (blob_id,))
    if not in_use:
        blobstore.trash(conn, blob_id)  # its key goes now; its file once the deletion has committed
        conn.execute("UPDATE evidence SET blob_id = NULL WHERE blob_id = ?", (blob_id,))
        conn.execute("DELETE FROM blobs WHERE id = ?", (blob_id,))


# ----------------------------------------------------------------------------- items
def next_exhibit_no(conn: Connection, case_id: str) -> int:
    last = scalar(conn, "SELECT max(exhibit_no) FROM evidence WHERE case_id = ? AND original_id IS NULL", (case_id,))
    return int(last or 0) + 1


def find_original_by_hash(conn: Connection, case_id: str, sha256: str) -> Item | None:
    row = conn.execute(
        f"SELECT {ITEM_COLUMNS} FROM evidence WHERE case_id = ? AND sha256 = ? AND original_id IS NULL"
        " AND deleted_at IS NULL",
        (case_id, sha256),
    ).fetchone()
    return _item(row) if row else None


def insert_item(
    conn: Connection,
    actor: str,
    *,
    case_id: str,
    blob: tuple[str, str, int],
    filename: str,
    mime: str,
    kind: str,
    provenance: Provenance,
    original: Item | None = None,
    derivation: dict[str, Any] | None = None,
    origin: str = "",
) -> str:
    """Add an item (inside the caller's transaction) with its first provenance record and custody entry.
    ``origin`` says how the bytes came when it was not a file (e.g. re-encoded from the clipboard)."""
    blob_id, sha, size = blob
    item_id = str(uuid.uuid4())
    if original is None:
        exhibit_no, derived_no = next_exhibit_no(conn, case_id), 0
    else:
        exhibit_no = original.exhibit_no
        derived_no = int(scalar(conn, "SELECT count(*) FROM evidence WHERE original_id = ?", (original.id,))) + 1
    conn.execute(
        "INSERT INTO evidence(id, case_id, exhibit_no, original_id, derived_no, derivation, blob_id, sha256, size,"
        " filename, mime, kind, imported_at, imported_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            item_id,
            case_id,
            exhibit_no,
            original.id if original else None,
            derived_no,
            json.dumps(derivation or {}),
            blob_id,
            sha,
            size,
            filename,
            mime,
            kind,
            utc_now(),
            actor,
        ),
    )
    _insert_provenance(conn, item_id, actor, provenance)
    label = f"E-{exhibit_no}" + (f".{derived_no}" if original else "")
    if original is None:
        audit.append(
            conn,
            actor,
            "evidence.import",
            f"evidence:{item_id}",
            {"case": case_id, "exhibit": label, "sha256": sha, "size": size, "filename": filename}
            | ({"origin": origin} if origin else {}),
        )
    else:
        detail = {
            "case": case_id,
            "exhibit": label,
            "sha256": sha,
            "from": original.label,
            "derivation": derivation or {},
        }
        audit.append(conn, actor, "evidence.derive", f"evidence:{item_id}", detail)
        audit.append(
            conn,
            actor,
            "evidence.derived_from",
            f"evidence:{original.id}",
            {"copy": label, "sha256": sha, "op": (derivation or {}).get("op", "")},
        )
    _index_text(conn, item_id)
    return item_id


def _insert_provenance(conn: Connection, item_id: str, actor: str, p: Provenance) -> None:
    conn.execute(
        "INSERT INTO provenance(evidence_id, recorded_at, recorded_by, received_from, received_on, via, source_app,"
        " description, language, notes, source_path) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (
            item_id,
            utc_now(),
            actor,
            p.received_from,
            p.received_on,
            p.via,
            p.source_app,
            p.description,
            p.language,
            p.notes,
            p.source_path,
        ),
    )


def add_provenance(conn: Connection, actor: str, item: Item, provenance: Provenance, *, reason: str) -> None:
    """Record another provenance for an item (e.g. the same screenshot received again from someone else)."""
    with transaction(conn):
        _insert_provenance(conn, item.id, actor, provenance)
        audit.append(
            conn, actor, "evidence.provenance", f"evidence:{item.id}", {"exhibit": item.label, "reason": reason}
        )
        _index_text(conn, item.id)


def provenance_of(conn: Connection, item_id: str) -> list[ProvenanceRecord]:
    rows = conn.execute(
        "SELECT recorded_at, recorded_by, received_from, received_on, via, source_app, description, language, notes,"
        " source_path FROM provenance WHERE evidence_id = ? ORDER BY rowid",
        (item_id,),
    ).fetchall()
    return [ProvenanceRecord(r[0], r[1], Provenance(*r[2:])) for r in rows]


def get_item(conn: Connection, item_id: str, *, with_provenance: bool = True) -> Item | None:
    row = conn.execute(f"SELECT {ITEM_COLUMNS} FROM evidence WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return None
    item = _item(row)
    if with_provenance:
        item = _with_provenance(conn, item)
    return item


def _with_provenance(conn: Connection, item: Item) -> Item:
    from dataclasses import replace

    return replace(item, provenance=provenance_of(conn, item.id))


def items_of_case(conn: Connection, case_id: str, *, include_deleted: bool = False) -> list[Item]:
    sql = f"SELECT {ITEM_COLUMNS} FROM evidence WHERE case_id = ?"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    rows = conn.execute(sql + " ORDER BY exhibit_no, derived_no", (case_id,)).fetchall()
    return [_with_provenance(conn, _item(r)) for r in rows]


def thumbnail(conn: Connection, item_id: str) -> bytes | None:
    value = scalar(conn, "SELECT thumbnail FROM evidence WHERE id = ?", (item_id,))
    return bytes(value) if value is not None else None


def set_analysis(
    conn: Connection, item_id: str, *, metadata: dict[str, Any], preview: str, thumbnail_png: bytes | None
) -> None:
    """Metadata and thumbnail read after import (a failing decoder never blocks the import itself)."""
    with transaction(conn):
        conn.execute(
            "UPDATE evidence SET metadata = ?, preview = ?, thumbnail = ? WHERE id = ?",
            (json.dumps(metadata, ensure_ascii=False, default=str), preview, thumbnail_png, item_id),
        )


def set_ocr(conn: Connection, actor: str, item: Item, *, text: str, metadata: dict[str, Any]) -> None:
    """Text read from the image by OCR, kept apart from the lawyer's transcription (both are kept)."""
    with transaction(conn):
        conn.execute(
            "UPDATE evidence SET ocr_text = ?, metadata = ? WHERE id = ?",
            (text, json.dumps(metadata, ensure_ascii=False, default=str), item.id),
        )
        detail = {"exhibit": item.label, "chars": len(text), "languages": metadata.get("ocr_languages", "")}
        if metadata.get("mrz"):
            detail["mrz_valid"] = bool(metadata["mrz"].get("valid"))
        audit.append(conn, actor, "evidence.ocr", f"evidence:{item.id}", detail)
        _index_text(conn, item.id)


def ocr_text(conn: Connection, item_id: str) -> str:
    return str(scalar(conn, "SELECT ocr_text FROM evidence WHERE id = ?", (item_id,)) or "")


def set_text(conn: Connection, actor: str, item: Item, *, transcription: str, translation: str) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE evidence SET transcription = ?, translation = ? WHERE id = ?", (transcription, translation, item.id)
        )
        audit.append(
            conn,
            actor,
            "evidence.text",
            f"evidence:{item.id}",
            {
                "exhibit": item.label,
                "transcription_chars": len(transcription),
                "translation_chars": len(translation),
                "previous_transcription": item.transcription,
                "previous_translation": item.translation,
            },
        )
        _index_text(conn, item.id)


def set_description(conn: Connection, actor: str, item: Item, description: str) -> None:
    """Change what the exhibit is said to be. The first provenance record holds the description every export
    uses; the custody entry keeps the words it had before, so the history shows each change."""
    if len(description) > 2000:
        raise InputRejected("A description is at most 2,000 characters; put longer text in the transcription.")
    with transaction(conn):
        first = conn.execute(
            "SELECT rowid, description FROM provenance WHERE evidence_id = ? ORDER BY rowid LIMIT 1", (item.id,)
        ).fetchone()
        previous = str(first[1]) if first else ""
        if previous == description:
            return
        if first is None:
            _insert_provenance(conn, item.id, actor, Provenance(description=description))
        else:
            conn.execute("UPDATE provenance SET description = ? WHERE rowid = ?", (description, first[0]))
        audit.append(
            conn,
            actor,
            "evidence.describe",
            f"evidence:{item.id}",
            {"exhibit": item.label, "previous": previous, "description": description},
        )
        _index_text(conn, item.id)


def _index_text(conn: Connection, item_id: str) -> None:
    row = conn.execute(
        "SELECT rowid, filename, transcription, translation, ocr_text FROM evidence WHERE id = ?", (item_id,)
    ).fetchone()
    descriptions = [
        r[0]
        for r in conn.execute(
            "SELECT description || ' ' || notes || ' ' || received_from FROM provenance WHERE evidence_id = ?",
            (item_id,),
        )
    ]
    conn.execute("DELETE FROM evidence_fts WHERE rowid = ?", (row[0],))
    conn.execute("INSERT INTO evidence_fts(rowid, text) VALUES (?, ?)", (row[0], "\n".join([*row[1:], *descriptions])))


def search(conn: Connection, case_id: str, text: str) -> list[str]:
    """Item ids of a case whose file name, provenance, transcription or translation contain ``text``."""
    if len(text) < 3:
        sql, arg = "SELECT rowid FROM evidence_fts WHERE text LIKE ? ESCAPE '\\'", f"%{like_escape(text)}%"
    else:
        sql, arg = "SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH ?", fts_phrase(text)
    rows = conn.execute(
        f"SELECT id FROM evidence WHERE case_id = ? AND deleted_at IS NULL AND rowid IN ({sql}) ORDER BY exhibit_no",
        (case_id, arg),
    ).fetchall()
    found = [r[0] for r in rows]
    for item_id, _seq in chats.search(conn, case_id, text):  # a chat is found by what its messages say
        if item_id not in found:
            found.append(item_id)
    return found


def record(conn: Connection, actor: str, action: str, item: Item, detail: dict[str, Any] | None = None) -> None:
    """A custody entry: view, export, working copy..."""
    audit.append(conn, actor, action, f"evidence:{item.id}", {"exhibit": item.label, **(detail or {})})


def custody(conn: Connection, item_id: str) -> list[audit.AuditEntry]:
    """The item's custody timeline, oldest first."""
    return list(reversed(audit.entries(conn, target=f"evidence:{item_id}", limit=10_000)))


def renumber(conn: Connection, actor: str, case_id: str, ordered_ids: list[str]) -> None:
    """Give the case's originals, in the given order, the numbers they hold between them (1..n unless exhibits
    were deleted); copies follow their original. A deleted exhibit's tombstone keeps its number: giving it to a
    live exhibit made two E-2s, one of them a tombstone, and E-2 in a filing ambiguous."""
    originals = {i.id: i for i in items_of_case(conn, case_id) if i.is_original}
    if sorted(ordered_ids) != sorted(originals):
        raise InputRejected("Renumbering must list every exhibit of the case exactly once.")
    numbers = sorted(o.exhibit_no for o in originals.values())
    with transaction(conn):
        for number, item_id in zip(numbers, ordered_ids, strict=True):
            old = originals[item_id]
            conn.execute(
                "UPDATE evidence SET exhibit_no = ? WHERE id = ? OR original_id = ?", (number, item_id, item_id)
            )
            if old.exhibit_no != number:
                audit.append(
                    conn, actor, "evidence.renumber", f"evidence:{item_id}", {"from": old.label, "to": f"E-{number}"}
                )


def delete_item(conn: Connection, actor: str, item: Item, reason: str) -> None:
    """Remove an item's bytes, keeping a tombstone (hash, who, when, why). Copies made from it go too."""
    if not reason.strip():
        raise InputRejected("Say why the exhibit is deleted; the reason is kept with its tombstone.")
    with transaction(conn):
        targets = [item.id] + [
            r[0]
            for r in conn.execute("SELECT id FROM evidence WHERE original_id = ? AND deleted_at IS NULL", (item.id,))
        ]
        for target in targets:
            blob_id = scalar(conn, "SELECT blob_id FROM evidence WHERE id = ?", (target,))
            conn.execute(
                "UPDATE evidence SET deleted_at = ?, deleted_by = ?, delete_reason = ?, thumbnail = NULL WHERE id = ?",
                (utc_now(), actor, reason, target),
            )
            if blob_id:
                _drop_blob_if_unused(conn, str(blob_id))
            chats.delete_messages(conn, target)  # the tombstone keeps the hash, not the content
            conn.execute("DELETE FROM found_identifiers WHERE evidence_id = ?", (target,))
            label = get_item(conn, target, with_provenance=False)
            audit.append(
                conn,
                actor,
                "evidence.delete",
                f"evidence:{target}",
                {
                    "exhibit": label.label if label else "",
                    "sha256": item.sha256 if target == item.id else "",
                    "reason": reason,
                },
            )
    blobstore.purge(conn)
