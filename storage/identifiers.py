"""Identifiers found in evidence and case records, each with its source, and the cases they link.

Rows are rewritten per source (one exhibit, or one case's record) whenever that source changes, inside
the change's own transaction. ``meta.identifiers_index`` holds the version of the extraction that built
the index; an older or missing value means "re-index once" (app/evidence/identifiers_index.py does it).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field

from storage.db import Connection, scalar
from storage.meta import IDENTIFIERS_INDEX

INDEX_VERSION = IDENTIFIERS_INDEX


@dataclass
class Source:
    case: str  # reference
    exhibit: str = ""  # label, e.g. E-3
    message: int | None = None
    field: str = ""
    value: str = ""  # the spelling at this source

    def as_json(self) -> dict[str, object]:
        out: dict[str, object] = {"case": self.case}
        if self.exhibit:
            out["exhibit"] = self.exhibit
        if self.message is not None:
            out["message"] = self.message
        if self.field:
            out["field"] = self.field
        if self.value:
            out["value"] = self.value
        return out


@dataclass
class Identifier:
    kind: str
    value: str  # the first spelling found
    normalised: str
    cases: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    spellings: list[str] = field(default_factory=list)


def replace_for_item(
    conn: Connection, case_id: str, evidence_id: str, rows: Iterable[tuple[int | None, str, str, str]]
) -> None:
    """(message seq, kind, value, normalised) of one exhibit, replacing what it had (caller's transaction)."""
    conn.execute("DELETE FROM found_identifiers WHERE evidence_id = ?", (evidence_id,))
    conn.executemany(
        "INSERT INTO found_identifiers(case_id, evidence_id, message_seq, kind, value, normalised)"
        " VALUES (?,?,?,?,?,?)",
        [(case_id, evidence_id, seq, kind, value, norm) for seq, kind, value, norm in rows],
    )


def replace_for_case(conn: Connection, case_id: str, rows: Iterable[tuple[str, str, str, str]]) -> None:
    """(field, kind, value, normalised) of one case's record, replacing what it had."""
    conn.execute("DELETE FROM found_identifiers WHERE case_id = ? AND evidence_id IS NULL", (case_id,))
    conn.executemany(
        "INSERT INTO found_identifiers(case_id, field, kind, value, normalised) VALUES (?,?,?,?,?)",
        [(case_id, path, kind, value, norm) for path, kind, value, norm in rows],
    )


def listing(
    conn: Connection, *, shared: bool = False, case_id: str | None = None, visible: Collection[str] | None = None
) -> list[Identifier]:
    """Every identifier (or those in more than one case; or those of one case, with all the cases that
    share each), with its sources, most-shared first. ``visible``: only rows of these case ids (None: all),
    so cases, sources and "shared" all count the visible cases only."""
    rows = conn.execute(
        "SELECT f.normalised, f.kind, f.value, c.reference, e.exhibit_no, e.derived_no, e.original_id, f.message_seq,"
        " f.field, f.case_id FROM found_identifiers f JOIN cases c ON c.id = f.case_id AND c.deleted_at IS NULL"
        " LEFT JOIN evidence e ON e.id = f.evidence_id"
        " WHERE f.evidence_id IS NULL OR e.deleted_at IS NULL ORDER BY c.reference, e.exhibit_no, f.message_seq"
    ).fetchall()
    found: dict[str, Identifier] = {}
    in_case: set[str] = set()
    for norm, kind, value, reference, exhibit_no, derived_no, original_id, seq, path, row_case in rows:
        if visible is not None and row_case not in visible:
            continue
        entry = found.setdefault(norm, Identifier(kind, value, norm))
        if reference not in entry.cases:
            entry.cases.append(reference)
        if value not in entry.spellings:
            entry.spellings.append(value)
        label = "" if exhibit_no is None else f"E-{exhibit_no}" + (f".{derived_no}" if original_id else "")
        entry.sources.append(Source(reference, label, seq, path, value))
        if row_case == case_id:
            in_case.add(norm)
    result = list(found.values())
    if case_id is not None:
        result = [i for i in result if i.normalised in in_case]
    if shared:
        result = [i for i in result if len(i.cases) > 1]
    return sorted(result, key=lambda i: (-len(i.cases), i.normalised))


def indexed_version(conn: Connection) -> str:
    return str(scalar(conn, "SELECT value FROM meta WHERE key = 'identifiers_index'") or "")


def mark_indexed(conn: Connection) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES ('identifiers_index', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (INDEX_VERSION,),
    )


def shared_by_message(
    conn: Connection, evidence_id: str, visible: Collection[str] | None = None
) -> dict[int, list[tuple[str, list[str]]]]:
    """For each message of a chat: the identifiers in it that other (visible) cases name too, with those cases."""
    rows = conn.execute(
        "SELECT DISTINCT mine.message_seq, mine.normalised, c.reference, c.id FROM found_identifiers mine"
        " JOIN found_identifiers theirs ON theirs.normalised = mine.normalised AND theirs.case_id != mine.case_id"
        " JOIN cases c ON c.id = theirs.case_id AND c.deleted_at IS NULL"
        " WHERE mine.evidence_id = ? AND mine.message_seq IS NOT NULL ORDER BY mine.message_seq, c.reference",
        (evidence_id,),
    ).fetchall()
    found: dict[int, dict[str, list[str]]] = {}
    for seq, normalised, reference, other_id in rows:
        if visible is not None and other_id not in visible:
            continue
        cases = found.setdefault(seq, {}).setdefault(normalised, [])
        if reference not in cases:
            cases.append(reference)
    return {seq: list(by_id.items()) for seq, by_id in found.items()}


def cases_naming(
    conn: Connection, normalised: Collection[str], except_case: str, visible: Collection[str] | None = None
) -> dict[str, list[str]]:
    """For each of these identifiers: the references of the (visible) cases other than ``except_case`` that
    name it anywhere (record, chat, text read from an image), in reference order."""
    wanted = sorted(set(normalised))
    found: dict[str, list[str]] = {}
    for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
        chunk = wanted[start : start + 500]
        rows = conn.execute(
            "SELECT DISTINCT f.normalised, c.reference, c.id FROM found_identifiers f"
            " JOIN cases c ON c.id = f.case_id AND c.deleted_at IS NULL"
            " LEFT JOIN evidence e ON e.id = f.evidence_id"
            f" WHERE f.normalised IN ({','.join('?' * len(chunk))}) AND f.case_id != ?"
            " AND (f.evidence_id IS NULL OR e.deleted_at IS NULL) ORDER BY c.reference",
            (*chunk, except_case),
        ).fetchall()
        for norm, reference, other_id in rows:
            if visible is None or other_id in visible:
                refs = found.setdefault(norm, [])
                if reference not in refs:
                    refs.append(reference)
    return found
