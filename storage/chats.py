"""The messages of chat exhibits: stored once at import, searchable, re-timed when the date order changes.

The export itself is an ordinary exhibit (its bytes in the blob store); these rows index it. Each message
keeps the date as written (``raw_time``) beside the ISO time read from it, so a changed date order rewrites
the times and nothing else (audited with the old and new order).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from storage import audit
from storage.db import Connection, fts_phrase, like_escape, transaction


@dataclass(frozen=True)
class StoredMessage:
    seq: int
    time: str
    raw_time: str
    sender: str
    text: str
    kind: str
    attachment: str
    attachment_id: str | None
    media_omitted: bool
    reply_to: int | None
    forwarded_from: str
    edited: str
    source_id: str
    extra: dict[str, Any]

    def as_json(self, labels: dict[str, str] | None = None) -> dict[str, Any]:
        labels = labels or {}
        return {
            "seq": self.seq,
            "time": self.time or None,
            "sender": self.sender,
            "text": self.text,
            "kind": self.kind,
            "attachment": self.attachment or None,
            "attachment_exhibit": labels.get(self.attachment_id or "") if self.attachment_id else None,
            "media_omitted": self.media_omitted,
            "reply_to": self.reply_to,
            "forwarded_from": self.forwarded_from or None,
            "edited": self.edited or None,
            **({"entities": self.extra["entities"]} if self.extra.get("entities") else {}),
        }


COLUMNS = (
    "seq, time, raw_time, sender, text, kind, attachment, attachment_id, media_omitted, reply_to, forwarded_from,"
    " edited, source_id, extra"
)


def _row(r: tuple[Any, ...]) -> StoredMessage:
    return StoredMessage(
        r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], bool(r[8]), r[9], r[10], r[11], r[12], json.loads(r[13])
    )


def insert_messages(conn: Connection, evidence_id: str, rows: Iterable[dict[str, Any]]) -> int:
    """Store a chat's messages (inside the caller's transaction); returns how many."""
    count = 0
    for row in rows:
        cursor = conn.execute(
            "INSERT INTO chat_messages(evidence_id, seq, time, raw_time, sender, text, kind, attachment,"
            " attachment_id, media_omitted, reply_to, forwarded_from, edited, source_id, extra)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                evidence_id,
                row["seq"],
                row["time"],
                row.get("raw_time", ""),
                row["sender"],
                row["text"],
                row["kind"],
                row.get("attachment", ""),
                row.get("attachment_id"),
                int(bool(row.get("media_omitted"))),
                row.get("reply_to"),
                row.get("forwarded_from", ""),
                row.get("edited", ""),
                row.get("source_id", ""),
                json.dumps(row.get("extra") or {}, ensure_ascii=False),
            ),
        )
        conn.execute(
            "INSERT INTO chat_fts(rowid, text) VALUES (?, ?)",
            (cursor.lastrowid, "\n".join(p for p in (row["sender"], row["text"], row.get("attachment", "")) if p)),
        )
        count += 1
    return count


def messages(conn: Connection, evidence_id: str, *, start: int = 0, limit: int = -1) -> list[StoredMessage]:
    rows = conn.execute(
        f"SELECT {COLUMNS} FROM chat_messages WHERE evidence_id = ? AND seq > ? ORDER BY seq LIMIT ?",
        (evidence_id, start, limit),
    ).fetchall()
    return [_row(r) for r in rows]


def message(conn: Connection, evidence_id: str, seq: int) -> StoredMessage | None:
    row = conn.execute(
        f"SELECT {COLUMNS} FROM chat_messages WHERE evidence_id = ? AND seq = ?", (evidence_id, seq)
    ).fetchone()
    return _row(row) if row else None


def count(conn: Connection, evidence_id: str) -> int:
    return int(conn.execute("SELECT count(*) FROM chat_messages WHERE evidence_id = ?", (evidence_id,)).fetchone()[0])


def search(conn: Connection, case_id: str, text: str, limit: int = 500) -> list[tuple[str, int]]:
    """(exhibit id, message seq) of the case's chat messages whose sender, text or attachment contain ``text``."""
    if len(text) < 3:
        sql, arg = "SELECT rowid FROM chat_fts WHERE text LIKE ? ESCAPE '\\'", f"%{like_escape(text)}%"
    else:
        sql, arg = "SELECT rowid FROM chat_fts WHERE chat_fts MATCH ?", fts_phrase(text)
    rows = conn.execute(
        "SELECT m.evidence_id, m.seq FROM chat_messages m JOIN evidence e ON e.id = m.evidence_id"
        f" WHERE e.case_id = ? AND e.deleted_at IS NULL AND m.id IN ({sql}) ORDER BY e.exhibit_no, m.seq LIMIT ?",
        (case_id, arg, limit),
    ).fetchall()
    return [(r[0], r[1]) for r in rows]


def retime(
    conn: Connection,
    actor: str,
    evidence_id: str,
    label: str,
    old_order: str,
    new_order: str,
    reread: Callable[[str, str], str],
) -> None:
    """Read every message's date again under ``new_order`` (the lawyer's correction), in one transaction."""
    with transaction(conn):
        rows = conn.execute(
            "SELECT id, raw_time FROM chat_messages WHERE evidence_id = ? AND raw_time != ''", (evidence_id,)
        ).fetchall()
        for row_id, raw_time in rows:
            conn.execute("UPDATE chat_messages SET time = ? WHERE id = ?", (reread(raw_time, new_order), row_id))
        audit.append(
            conn,
            actor,
            "evidence.chat_date_order",
            f"evidence:{evidence_id}",
            {"exhibit": label, "from": old_order, "to": new_order, "messages": len(rows)},
        )


def delete_messages(conn: Connection, evidence_id: str) -> None:
    """With the exhibit's bytes (deletion keeps a tombstone, not the content)."""
    conn.execute(
        "DELETE FROM chat_fts WHERE rowid IN (SELECT id FROM chat_messages WHERE evidence_id = ?)", (evidence_id,)
    )
    conn.execute("DELETE FROM chat_messages WHERE evidence_id = ?", (evidence_id,))
