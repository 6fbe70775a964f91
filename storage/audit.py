"""The append-only, hash-chained audit log (also the chain of custody).

Each entry stores the SHA-256 of the previous entry, so editing, deleting or
reordering any entry breaks every later hash. Triggers refuse UPDATE and
DELETE; the chain catches anyone who drops the triggers with the key in hand.
Removing the newest entries leaves a valid shorter chain, so since format 8 a
trigger keeps the head (number and hash of the newest entry) in ``meta``
too, and ``verify_chain`` checks that the chain still ends there.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from storage.db import Connection, transaction
from storage.errors import localized
from storage.files import utc_now

GENESIS = "0" * 64
HEAD_SINCE = 8  # the schema version from which meta keeps the head (storage/schema.py: _v8_audit_head)


@dataclass(frozen=True)
class AuditEntry:
    seq: int
    at: str
    actor: str
    action: str
    target: str
    detail: dict[str, Any]
    prev_hash: str
    hash: str


def entry_hash(seq: int, at: str, actor: str, action: str, target: str, detail_json: str, prev_hash: str) -> str:
    payload = json.dumps(
        [seq, at, actor, action, target, detail_json, prev_hash], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def append(
    conn: Connection, actor: str, action: str, target: str = "", detail: dict[str, Any] | None = None
) -> AuditEntry:
    """Add one entry, inside the caller's transaction if there is one."""
    detail_json = json.dumps(detail or {}, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with transaction(conn):
        last = conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        seq, prev = (last[0] + 1, last[1]) if last else (1, GENESIS)
        at = utc_now()
        digest = entry_hash(seq, at, actor, action, target, detail_json, prev)
        conn.execute(
            "INSERT INTO audit(seq, at, actor, action, target, detail, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?)",
            (seq, at, actor, action, target, detail_json, prev, digest),
        )
    return AuditEntry(seq, at, actor, action, target, detail or {}, prev, digest)


def entries(conn: Connection, *, target: str | None = None, limit: int = 200) -> list[AuditEntry]:
    """Newest first; optionally only those about one target."""
    sql = "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit"
    params: tuple[Any, ...] = ()
    if target is not None:
        sql += " WHERE target = ?"
        params = (target,)
    sql += " ORDER BY seq DESC LIMIT ?"
    rows = conn.execute(sql, (*params, limit)).fetchall()
    return [AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7]) for r in rows]


def verify_chain(conn: Connection) -> list[str]:
    """Recompute the chain; return one plain sentence per break found (empty when intact)."""
    problems: list[str] = []
    expected_prev, expected_seq = GENESIS, 1
    last: tuple[int, str] | None = None
    cursor = conn.execute("SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit ORDER BY seq")
    for seq, at, actor, action, target, detail, prev, digest in cursor:
        if seq != expected_seq:
            problems.append(
                localized("Audit log: entry {missing} is missing (next entry is {seq}).", missing=expected_seq, seq=seq)
            )
        if prev != expected_prev:
            problems.append(
                localized("Audit log: entry {seq} does not follow the entry before it (chain broken).", seq=seq)
            )
        if entry_hash(seq, at, actor, action, target, detail, prev) != digest:
            problems.append(
                localized("Audit log: entry {seq} was altered after it was written (hash mismatch).", seq=seq)
            )
        expected_prev, expected_seq = digest, seq + 1
        last = (seq, digest)
        if len(problems) >= 20:
            problems.append(localized("Audit log: more problems not listed."))
            return problems
    return problems + _head_problems(conn, last)


def _head_problems(conn: Connection, last: tuple[int, str] | None) -> list[str]:
    """The chain must end at the head kept in meta (vaults of format 8 and later)."""
    if int(conn.execute("PRAGMA user_version").fetchone()[0]) < HEAD_SINCE:
        return []
    row = conn.execute("SELECT value FROM meta WHERE key = 'audit_head'").fetchone()
    seq_text, _, digest = str(row[0]).partition(" ") if row else ("", "", "")
    if not seq_text.isdigit() or len(digest) != 64:
        return [localized("Audit log: the record of its newest entry is missing or damaged.")]
    head = int(seq_text)
    if last is None or last[0] < head:
        return [
            localized(
                "Audit log: the newest entries were removed (the log ends at entry {last}, but entry {head} was written).",
                last=last[0] if last else 0,
                head=head,
            )
        ]
    if last != (head, digest):
        return [
            localized("Audit log: its newest entry is not the one recorded as the newest (entries were rewritten).")
        ]
    return []
