"""Keeping the identifier index current: per exhibit when its text changes (chat import, OCR, a
transcription), per case when its record is saved, and once over everything after an upgrade."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.cases.access import check_case, visible_case_ids
from app.common.exports import audited, csv_bytes
from app.evidence.identifiers import case_region, extract, from_case
from storage import cases as case_store
from storage import chats as chat_store
from storage import evidence as evidence_store
from storage import identifiers as store
from storage.db import Connection, transaction
from storage.errors import InputRejected, PermissionDenied
from storage.evidence import Item
from storage.files import os_error
from storage.phrases import ALREADY_EXISTS, NO_CASE
from storage.vault import Vault


def _region(conn: Connection, case_id: str) -> str:
    stored = case_store.get(conn, case_id)
    return case_region(stored.document) if stored else ""


def item_rows(conn: Connection, item: Item, region: str) -> list[tuple[int | None, str, str, str]]:
    texts: list[tuple[int | None, str]] = []
    if item.kind == "chat":
        for message in chat_store.messages(conn, item.id):
            hrefs = " ".join(e.get("href", "") for e in message.extra.get("entities", []))
            texts.append((message.seq, f"{message.text} {hrefs}"))
    texts += [(None, t) for t in (item.ocr_text, item.transcription, item.translation) if t]
    rows: list[tuple[int | None, str, str, str]] = []
    seen: set[tuple[int | None, str]] = set()
    for seq, text in texts:
        for found in extract(text, region):
            if (seq, found.normalised) not in seen:
                seen.add((seq, found.normalised))
                rows.append((seq, found.kind, found.value, found.normalised))
    return rows


def index_item(conn: Connection, item_id: str) -> None:
    item = evidence_store.get_item(conn, item_id, with_provenance=False)
    if item is None or item.deleted_at:
        return
    with transaction(conn):
        store.replace_for_item(conn, item.case_id, item.id, item_rows(conn, item, _region(conn, item.case_id)))


def index_case(conn: Connection, case_id: str, document: dict[str, Any]) -> None:
    region = case_region(document)
    rows = [(path, f.kind, f.value, f.normalised) for path, f in from_case(document, region)]
    with transaction(conn):
        store.replace_for_case(conn, case_id, rows)


def reindex_all(vault: Vault, progress: Callable[[int, int], None] | None = None) -> int:
    """Every case record and exhibit again (after an upgrade, or on request); one transaction per source."""
    conn = vault.conn
    cases = [(r[0], r[1]) for r in conn.execute("SELECT id, reference FROM cases WHERE deleted_at IS NULL")]
    items = [r[0] for r in conn.execute("SELECT id FROM evidence WHERE deleted_at IS NULL")]
    total, done = len(cases) + len(items), 0
    for case_id, reference in cases:
        stored = case_store.get(conn, reference)
        if stored is not None:
            index_case(conn, case_id, stored.document)
        done += 1
        if progress:
            progress(done, total)
    for item_id in items:
        index_item(conn, item_id)
        done += 1
        if progress:
            progress(done, total)
    with transaction(conn):
        store.mark_indexed(conn)
    return total


def ensure_indexed(vault: Vault, progress: Callable[[int, int], None] | None = None) -> bool:
    """Re-index once when the index is missing or was built by an older extraction. True if it ran."""
    if store.indexed_version(vault.conn) == store.INDEX_VERSION:
        return False
    reindex_all(vault, progress)
    return True


def listing(vault: Vault, *, shared: bool = False, case_reference: str = "") -> list[store.Identifier]:
    """The identifiers this user may see (app/cases/access.py): a paralegal's list, its case counts and its
    "shared" test are made of their own cases only; ``case_reference`` narrows to those one case names."""
    case_id = None
    if case_reference:
        stored = case_store.get(vault.conn, case_reference)
        if stored is None:
            raise InputRejected(NO_CASE, reference=case_reference)
        check_case(vault, stored.case_id, stored.reference)
        case_id = stored.case_id
    return store.listing(vault.conn, shared=shared, case_id=case_id, visible=visible_case_ids(vault))


def sources_text(identifier: store.Identifier, limit: int = 6) -> str:
    """``KH-2026-0001 E-1 #4; KH-2026-0002 people/Lee``: where an identifier was found."""
    parts = []
    for s in identifier.sources[:limit]:
        where = s.exhibit + (f" #{s.message}" if s.message is not None else "") if s.exhibit else s.field
        parts.append(f"{s.case} {where}")
    more = len(identifier.sources) - limit
    return "; ".join(parts) + (f"; +{more} more" if more > 0 else "")


def export_csv(vault: Vault, chosen: list[store.Identifier], target: Path) -> None:
    """The chosen identifiers, their spellings and where they were found, as CSV for a report to a platform
    or the police: an audited export (intent first, SHA-256 after), for lawyers and admins."""
    if not vault.user.may_export:
        raise PermissionDenied("Your role does not allow exporting identifiers. Ask a lawyer or an admin.")
    if target.exists():
        raise InputRejected(ALREADY_EXISTS, target=target)
    rows = [
        {
            "kind": i.kind,
            "value": i.value,
            "normalised": i.normalised,
            "spellings": " | ".join(i.spellings),
            "cases": len(i.cases),
            "found_in": sources_text(i, limit=50),
        }
        for i in chosen
    ]
    data = csv_bytes(rows, ["kind", "value", "normalised", "spellings", "cases", "found_in"])
    detail = {"to": str(target), "identifiers": [i.normalised for i in chosen]}
    with audited(vault, "identifiers.export", "identifiers", detail) as record:
        try:
            with target.open("xb") as out:
                out.write(data)
        except FileExistsError:
            raise InputRejected(ALREADY_EXISTS, target=target) from None
        except OSError as exc:
            target.unlink(missing_ok=True)
            raise os_error(exc, target) from None
        record.outcome["sha256"] = hashlib.sha256(data).hexdigest()
