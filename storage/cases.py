"""Case storage: the case document, its field history, and the indexes built from it.

Each case is stored as one JSON document (validated in app/) plus columns and
tables derived from it for the case list, full-text search and deadlines (the
identifiers that link cases: storage/identifiers.py). Every save records, per changed field, the old and
new value with who and when (``case_history``), bumps the version, and appends
an audit entry, all in one transaction. A save based on a stale version is refused
rather than overwriting someone else's edit.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from storage import audit
from storage.db import Connection, fts_phrase, like_escape, scalar, transaction
from storage.errors import InputRejected, SaksiError
from storage.files import utc_now

SORT_COLUMNS = {
    "reference": "c.reference",
    "client": "c.client_name COLLATE NOCASE",
    "status": "c.status",
    "nationality": "c.nationality",
    "lawyer": "c.lawyer COLLATE NOCASE",
    "detention": "c.in_detention",
    "next_deadline": "c.next_deadline",
    "opened": "c.opened_on",
    "updated": "c.updated_at",
}


class StaleCase(SaksiError):
    """The case changed since it was loaded (another window or user saved first)."""

    exit_code = 1


@dataclass
class CaseIndex:
    """What app/ derives from a case document for lists, search, deadlines and links."""

    reference: str
    status: str
    client_name: str
    nationality: str
    jurisdiction: str
    lawyer: str
    paralegal: str
    opened_on: str
    in_detention: bool
    search_text: str
    deadlines: list[tuple[str, str, str, str, bool, str]] = field(default_factory=list)
    # (deadline id, due_on, title, kind, done, charge_id)


@dataclass(frozen=True)
class CaseRow:
    case_id: str
    reference: str
    status: str
    client_name: str
    nationality: str
    jurisdiction: str
    lawyer: str
    paralegal: str
    in_detention: bool
    next_deadline: str | None
    opened_on: str
    updated_at: str


@dataclass(frozen=True)
class StoredCase:
    case_id: str
    reference: str
    version: int
    document: dict[str, Any]
    created_at: str
    created_by: str
    updated_at: str
    updated_by: str


@dataclass(frozen=True)
class Change:
    version: int
    at: str
    actor: str
    path: str
    old: Any
    new: Any


@dataclass(frozen=True)
class DeadlineRow:
    case_id: str
    reference: str
    client_name: str
    deadline_id: str
    due_on: str
    title: str
    kind: str
    done: bool
    charge_id: str


@dataclass(frozen=True)
class Filters:
    search: str = ""
    status: str = ""
    nationality: str = ""
    jurisdiction: str = ""
    lawyer: str = ""
    detained_only: bool = False


# ----------------------------------------------------------------------------- references
def next_reference(conn: Connection, prefix: str, year: int) -> str:
    """``KH-2026-0001``: the next number for this prefix and year (never reused, deleted cases included)."""
    stem = f"{prefix}-{year}-"
    last = scalar(
        conn,
        "SELECT max(CAST(substr(reference, ?) AS INTEGER)) FROM cases WHERE reference LIKE ? || '%'",
        (len(stem) + 1, stem),
    )
    return f"{stem}{(last or 0) + 1:04d}"


def reference_exists(conn: Connection, reference: str) -> bool:
    return scalar(conn, "SELECT 1 FROM cases WHERE reference = ?", (reference,)) is not None


# ----------------------------------------------------------------------------- writing
def insert(conn: Connection, actor: str, case_id: str, document: dict[str, Any], index: CaseIndex) -> int:
    if reference_exists(conn, index.reference):
        raise InputRejected("A case with reference {reference} already exists.", reference=index.reference)
    if scalar(conn, "SELECT 1 FROM cases WHERE id = ?", (case_id,)):
        raise InputRejected("A case with id {case_id} already exists in this vault.", case_id=case_id)
    now = utc_now()
    with transaction(conn):
        cursor = conn.execute(
            "INSERT INTO cases(id, reference, status, client_name, nationality, jurisdiction, lawyer, paralegal,"
            " opened_on, in_detention, next_deadline, version, created_at, created_by, updated_at, updated_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)",
            (case_id, *_columns(index), now, actor, now, actor),
        )
        conn.execute("INSERT INTO case_documents(case_id, document) VALUES (?, ?)", (case_id, _dump(document)))
        _write_indexes(conn, case_id, int(cursor.lastrowid or 0), index)
        audit.append(conn, actor, "case.create", f"case:{case_id}", {"reference": index.reference})
    return 1


def update(
    conn: Connection,
    actor: str,
    case_id: str,
    document: dict[str, Any],
    index: CaseIndex,
    expected_version: int | None = None,
) -> int:
    """Save a new version; returns it. Unchanged documents are not saved (returns the current version)."""
    with transaction(conn):
        row = conn.execute(
            "SELECT c.rowid, c.version, d.document FROM cases c JOIN case_documents d ON d.case_id = c.id"
            " WHERE c.id = ? AND c.deleted_at IS NULL",
            (case_id,),
        ).fetchone()
        if row is None:
            raise InputRejected("That case does not exist (or was deleted).")
        rowid, version, old_json = row
        if expected_version is not None and expected_version != version:
            raise StaleCase(
                "Someone saved this case after you opened it. Your changes were not saved; reopen the case and apply them again."
            )
        changes = diff(json.loads(old_json), document)
        if not changes:
            return int(version)
        version += 1
        now = utc_now()
        current_reference = scalar(conn, "SELECT reference FROM cases WHERE id = ?", (case_id,))
        if index.reference != current_reference and reference_exists(conn, index.reference):
            raise InputRejected("A case with reference {reference} already exists.", reference=index.reference)
        conn.execute(
            "UPDATE cases SET reference=?, status=?, client_name=?, nationality=?, jurisdiction=?, lawyer=?,"
            " paralegal=?, opened_on=?, in_detention=?, next_deadline=?, version=?, updated_at=?, updated_by=? WHERE id=?",
            (*_columns(index), version, now, actor, case_id),
        )
        conn.execute("UPDATE case_documents SET document = ? WHERE case_id = ?", (_dump(document), case_id))
        conn.executemany(
            "INSERT INTO case_history(case_id, version, at, actor, path, old, new) VALUES (?,?,?,?,?,?,?)",
            [(case_id, version, now, actor, path, _dump(old), _dump(new)) for path, old, new in changes],
        )
        _write_indexes(conn, case_id, int(rowid), index)
        paths = [c[0] for c in changes]
        detail: dict[str, Any] = {"reference": index.reference, "version": version, "fields": paths[:40]}
        if len(paths) > 40:
            detail["more_fields"] = len(paths) - 40
        audit.append(conn, actor, "case.update", f"case:{case_id}", detail)
    return int(version)


def delete(conn: Connection, actor: str, case_id: str, reason: str) -> None:
    """Soft delete: the document stays (encrypted) with a tombstone; it leaves lists, search and links."""
    if not reason.strip():
        raise InputRejected("Say why the case is deleted; the reason is kept in the audit log.")
    with transaction(conn):
        row = conn.execute(
            "SELECT rowid, reference FROM cases WHERE id = ? AND deleted_at IS NULL", (case_id,)
        ).fetchone()
        if row is None:
            raise InputRejected("That case does not exist (or was already deleted).")
        conn.execute("UPDATE cases SET deleted_at = ?, deleted_by = ? WHERE id = ?", (utc_now(), actor, case_id))
        _clear_indexes(conn, case_id, int(row[0]))
        audit.append(conn, actor, "case.delete", f"case:{case_id}", {"reference": row[1], "reason": reason})


def _columns(index: CaseIndex) -> tuple[Any, ...]:
    return (
        index.reference,
        index.status,
        index.client_name,
        index.nationality,
        index.jurisdiction,
        index.lawyer,
        index.paralegal,
        index.opened_on,
        int(index.in_detention),
        min((d[1] for d in index.deadlines if not d[4]), default=None),
    )


def _clear_indexes(conn: Connection, case_id: str, rowid: int) -> None:
    conn.execute("DELETE FROM case_fts WHERE rowid = ?", (rowid,))
    # The format-2 table of a case's identifiers is read by nothing now (found_identifiers, spelled by the one
    # normaliser, links cases): an old vault's rows go as each case is saved, and no new ones are written.
    conn.execute("DELETE FROM identifiers WHERE case_id = ?", (case_id,))
    conn.execute("DELETE FROM deadlines WHERE case_id = ?", (case_id,))


def _write_indexes(conn: Connection, case_id: str, rowid: int, index: CaseIndex) -> None:
    _clear_indexes(conn, case_id, rowid)
    conn.execute("INSERT INTO case_fts(rowid, text) VALUES (?, ?)", (rowid, index.search_text))
    conn.executemany(
        "INSERT INTO deadlines(case_id, deadline_id, due_on, title, kind, done, charge_id) VALUES (?,?,?,?,?,?,?)",
        [
            (case_id, d_id, due, title, kind, int(done), charge)
            for d_id, due, title, kind, done, charge in index.deadlines
        ],
    )


# ----------------------------------------------------------------------------- history
def _flatten(value: Any, path: str, out: dict[str, Any]) -> None:
    if isinstance(value, dict):
        if not value and path:
            out[path] = value
        for key, item in value.items():
            _flatten(item, f"{path}.{key}" if path else key, out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) and "id" in v for v in value):
        for item in value:  # lists of items: keyed by id, so reordering is not a change of content
            _flatten(item, f"{path}[{item['id']}]", out)
    else:
        out[path] = value


def flatten(document: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    _flatten(document, "", out)
    return out


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[tuple[str, Any, Any]]:
    """Changed leaf fields as (path, old, new); None stands for absent."""
    before, after = flatten(old), flatten(new)
    paths = sorted(set(before) | set(after))
    return [(p, before.get(p), after.get(p)) for p in paths if before.get(p) != after.get(p)]


def history(conn: Connection, case_id: str, path_prefix: str = "") -> list[Change]:
    """Earlier values of a field (or of all fields under a prefix), newest first."""
    rows = conn.execute(
        "SELECT version, at, actor, path, old, new FROM case_history WHERE case_id = ?"
        " AND (path = ? OR path LIKE ? ESCAPE '\\')"
        " ORDER BY version DESC, path",
        (case_id, path_prefix, like_escape(path_prefix) + "%"),
    ).fetchall()
    return [Change(r[0], r[1], r[2], r[3], json.loads(r[4]), json.loads(r[5])) for r in rows]


# ----------------------------------------------------------------------------- reading
def get(conn: Connection, key: str) -> StoredCase | None:
    """By id or reference."""
    row = conn.execute(
        "SELECT c.id, c.reference, c.version, d.document, c.created_at, c.created_by, c.updated_at, c.updated_by"
        " FROM cases c JOIN case_documents d ON d.case_id = c.id WHERE (c.id = ? OR c.reference = ?) AND c.deleted_at IS NULL",
        (key, key),
    ).fetchone()
    if row is None:
        return None
    return StoredCase(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], row[7])


def all_documents(conn: Connection) -> Iterable[dict[str, Any]]:
    for (document,) in conn.execute(
        "SELECT d.document FROM cases c JOIN case_documents d ON d.case_id = c.id"
        " WHERE c.deleted_at IS NULL ORDER BY c.reference"
    ):
        yield json.loads(document)


def _where(filters: Filters) -> tuple[str, list[Any]]:
    clauses, params = ["c.deleted_at IS NULL"], []
    text = filters.search.strip()
    if len(text) >= 3:  # trigram index: any script, any part of a word
        clauses.append("c.rowid IN (SELECT rowid FROM case_fts WHERE case_fts MATCH ?)")
        params.append(fts_phrase(text))
    elif text:
        clauses.append("c.rowid IN (SELECT rowid FROM case_fts WHERE text LIKE ? ESCAPE '\\')")
        params.append(f"%{like_escape(text)}%")
    for column, value in (
        ("status", filters.status),
        ("nationality", filters.nationality),
        ("jurisdiction", filters.jurisdiction),
        ("lawyer", filters.lawyer),
    ):
        if value:
            clauses.append(f"c.{column} = ?")
            params.append(value)
    if filters.detained_only:
        clauses.append("c.in_detention = 1")
    return " AND ".join(clauses), params


def list_cases(
    conn: Connection,
    filters: Filters | None = None,
    *,
    sort: str = "reference",
    descending: bool = False,
    limit: int = 200,
    offset: int = 0,
) -> list[CaseRow]:
    where, params = _where(filters or Filters())
    order = SORT_COLUMNS.get(sort, SORT_COLUMNS["reference"])
    direction = "DESC" if descending else "ASC"
    order_sql = f"{order} {direction}"
    if sort == "next_deadline":  # cases without a deadline go last either way
        order_sql = f"c.next_deadline IS NULL, {order_sql}"
    sql = (
        "SELECT c.id, c.reference, c.status, c.client_name, c.nationality, c.jurisdiction, c.lawyer, c.paralegal,"
        " c.in_detention, c.next_deadline,"
        " c.opened_on, c.updated_at"
        f" FROM cases c WHERE {where} ORDER BY {order_sql}, c.reference LIMIT ? OFFSET ?"
    )
    rows = conn.execute(sql, (*params, limit, offset)).fetchall()
    return [CaseRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10], r[11]) for r in rows]


def count_cases(conn: Connection, filters: Filters | None = None) -> int:
    where, params = _where(filters or Filters())
    return int(scalar(conn, f"SELECT count(*) FROM cases c WHERE {where}", tuple(params)))


def distinct_values(conn: Connection, column: str) -> list[str]:
    if column not in {"status", "nationality", "jurisdiction", "lawyer"}:
        raise ValueError(column)
    rows = conn.execute(f"SELECT DISTINCT {column} FROM cases WHERE deleted_at IS NULL AND {column} != '' ORDER BY 1")
    return [r[0] for r in rows]


def deadlines(
    conn: Connection, *, start: date | None = None, end: date | None = None, include_done: bool = False
) -> list[DeadlineRow]:
    clauses, params = ["c.deleted_at IS NULL"], []
    if start:
        clauses.append("d.due_on >= ?")
        params.append(start.isoformat())
    if end:
        clauses.append("d.due_on <= ?")
        params.append(end.isoformat())
    if not include_done:
        clauses.append("d.done = 0")
    rows = conn.execute(
        "SELECT c.id, c.reference, c.client_name, d.deadline_id, d.due_on, d.title, d.kind, d.done, d.charge_id"
        f" FROM deadlines d JOIN cases c ON c.id = d.case_id WHERE {' AND '.join(clauses)}"
        " ORDER BY d.due_on, c.reference",
        tuple(params),
    ).fetchall()
    return [DeadlineRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]), r[8]) for r in rows]


def get_setting(conn: Connection, key: str, default: str) -> str:
    value = scalar(conn, "SELECT value FROM vault_settings WHERE key = ?", (key,))
    return default if value is None else str(value)


def set_setting(conn: Connection, actor: str, key: str, value: str) -> None:
    with transaction(conn):
        conn.execute(
            "INSERT INTO vault_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
        audit.append(conn, actor, "settings.change", f"setting:{key}", {"value": value})


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
