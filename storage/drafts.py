"""Drafts of filings: each save is a new, append-only version; citation confirmations are per draft."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from storage import audit
from storage.db import Connection, scalar, transaction
from storage.errors import InputRejected
from storage.files import utc_now


@dataclass(frozen=True)
class Draft:
    id: str
    case_id: str
    template: str
    language: str
    recipient: str
    title: str
    created_at: str
    created_by: str
    confirmed: tuple[str, ...]  # citation ids the lawyer confirmed for this draft
    version: int
    text: str
    saved_at: str
    saved_by: str


def create(
    conn: Connection, actor: str, *, case_id: str, template: str, language: str, recipient: str, title: str, text: str
) -> str:
    draft_id = str(uuid.uuid4())
    now = utc_now()
    with transaction(conn):
        conn.execute(
            "INSERT INTO drafts(id, case_id, template, language, recipient, title, created_at, created_by)"
            " VALUES (?,?,?,?,?,?,?,?)",
            (draft_id, case_id, template, language, recipient, title, now, actor),
        )
        conn.execute(
            "INSERT INTO draft_versions(draft_id, version, at, actor, text, note) VALUES (?,1,?,?,?,?)",
            (draft_id, now, actor, text, "generated from the template"),
        )
        audit.append(
            conn,
            actor,
            "draft.create",
            f"draft:{draft_id}",
            {"case": case_id, "template": template, "language": language},
        )
    return draft_id


def save_version(conn: Connection, actor: str, draft_id: str, text: str, note: str = "") -> int:
    with transaction(conn):
        version = int(scalar(conn, "SELECT max(version) FROM draft_versions WHERE draft_id = ?", (draft_id,)) or 0)
        if version == 0:
            raise InputRejected("That draft does not exist.")
        current = scalar(
            conn, "SELECT text FROM draft_versions WHERE draft_id = ? AND version = ?", (draft_id, version)
        )
        if current == text:
            return version
        conn.execute(
            "INSERT INTO draft_versions(draft_id, version, at, actor, text, note) VALUES (?,?,?,?,?,?)",
            (draft_id, version + 1, utc_now(), actor, text, note),
        )
        audit.append(conn, actor, "draft.save", f"draft:{draft_id}", {"version": version + 1})
    return version + 1


def set_confirmed(conn: Connection, actor: str, draft_id: str, citation_id: str, confirmed: bool) -> None:
    """The lawyer confirms (or withdraws confirming) an unverified citation for this draft only."""
    with transaction(conn):
        raw = scalar(conn, "SELECT confirmed FROM drafts WHERE id = ?", (draft_id,))
        if raw is None:
            raise InputRejected("That draft does not exist.")
        ids = set(json.loads(raw))
        ids = ids | {citation_id} if confirmed else ids - {citation_id}
        conn.execute("UPDATE drafts SET confirmed = ? WHERE id = ?", (json.dumps(sorted(ids)), draft_id))
        audit.append(
            conn,
            actor,
            "draft.confirm_citation" if confirmed else "draft.unconfirm_citation",
            f"draft:{draft_id}",
            {"citation": citation_id},
        )


def get(conn: Connection, draft_id: str, version: int | None = None) -> Draft | None:
    row = conn.execute(
        "SELECT d.id, d.case_id, d.template, d.language, d.recipient, d.title, d.created_at, d.created_by, d.confirmed,"
        " v.version, v.text, v.at, v.actor FROM drafts d JOIN draft_versions v ON v.draft_id = d.id WHERE d.id = ?"
        " AND v.version = COALESCE(?, (SELECT max(version) FROM draft_versions WHERE draft_id = d.id))",
        (draft_id, version),
    ).fetchone()
    if row is None:
        return None
    return Draft(
        row[0],
        row[1],
        row[2],
        row[3],
        row[4],
        row[5],
        row[6],
        row[7],
        tuple(json.loads(row[8])),
        row[9],
        row[10],
        row[11],
        row[12],
    )


def of_case(conn: Connection, case_id: str) -> list[Draft]:
    ids = [r[0] for r in conn.execute("SELECT id FROM drafts WHERE case_id = ? ORDER BY created_at", (case_id,))]
    return [d for d in (get(conn, i) for i in ids) if d is not None]


def versions(conn: Connection, draft_id: str) -> list[tuple[int, str, str, str]]:
    """(version, when, who, note), newest first."""
    rows = conn.execute(
        "SELECT version, at, actor, note FROM draft_versions WHERE draft_id = ? ORDER BY version DESC", (draft_id,)
    ).fetchall()
    return [(r[0], r[1], r[2], r[3]) for r in rows]
