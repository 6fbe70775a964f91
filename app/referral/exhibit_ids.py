"""Exhibit ids in a referred case, from the sender's vault to the receiver's, matched by content hash.

A fact cites exhibits by their evidence item id (``facts[].evidence_ids``, ``facts[].quotes[].evidence_id``,
``remedies[].evidence_ids``), and an id is local to one vault: the exhibit E-2 the sender's fact cites is a
different item, with a different id, in the receiver's vault. So a package lists, for every id its case
document cites, the SHA-256 of that exhibit and of its redacted copies (``evidence_refs``); the receiver maps
each id to its own item holding one of those hashes (a redacted copy counts as its original here, so a fact
keeps citing the original), and rewrites the documents it merges (theirs and the shared bases) before the
merge, so a cited exhibit is never read as an edit. An id with no exhibit here (it was not sent) is kept as
it is: sent back, the office it came from reads it as its own again.

Item ids are random UUIDs, so replacing an exact string that is a mapped id cannot touch anything else.
"""

from __future__ import annotations

from typing import Any

from storage import evidence as evidence_store
from storage.db import Connection


def cited(document: dict[str, Any]) -> set[str]:
    """Every exhibit id the case document cites."""
    ids: set[str] = set()
    for fact in document.get("facts") or []:
        ids.update(str(i) for i in fact.get("evidence_ids") or [])
        ids.update(str(q.get("evidence_id")) for q in fact.get("quotes") or [] if q.get("evidence_id"))
    for remedy in document.get("remedies") or []:
        ids.update(str(i) for i in remedy.get("evidence_ids") or [])
    return ids


def refs_for(conn: Connection, case_id: str, document: dict[str, Any]) -> dict[str, list[str]]:
    """For each id the document cites: the SHA-256 of that exhibit, then of each of its derived copies."""
    items = evidence_store.items_of_case(conn, case_id)
    derived: dict[str, list[str]] = {}
    for item in items:
        if item.original_id:
            derived.setdefault(item.original_id, []).append(item.sha256)
    wanted = cited(document)
    return {i.id: [i.sha256, *derived.get(i.id, [])] for i in items if i.id in wanted}


def mapping(conn: Connection, case_id: str, refs: dict[str, list[str]]) -> dict[str, str]:
    """Their id -> our item id, for the ids whose exhibit this vault holds (by hash) in this case."""
    items = evidence_store.items_of_case(conn, case_id)
    ours = {i.id for i in items}
    by_hash: dict[str, str] = {}
    for item in items:
        by_hash.setdefault(item.sha256, item.original_id or item.id)  # a redacted copy stands for its original
    found: dict[str, str] = {}
    for their_id, hashes in refs.items():
        if their_id in ours:
            continue  # already ours (it went out from here and came back)
        local = next((by_hash[h] for h in hashes if h in by_hash), None)
        if local is not None:
            found[their_id] = local
    return found


def rewrite(value: Any, ids: dict[str, str]) -> Any:
    """``value`` with every string that is a mapped id replaced (a copy; nothing else changes)."""
    if not ids:
        return value
    if isinstance(value, str):
        return ids.get(value, value)
    if isinstance(value, list):
        return [rewrite(v, ids) for v in value]
    if isinstance(value, dict):
        return {k: rewrite(v, ids) for k, v in value.items()}
    return value


def refs_of_manifest(manifest: dict[str, Any]) -> dict[str, list[str]]:
    """The package's id -> hashes table, with the exhibits it carries (their ids and the originals they stand for)."""
    refs: dict[str, list[str]] = {}
    raw = manifest.get("evidence_refs")
    if isinstance(raw, dict):
        for key, hashes in raw.items():
            if isinstance(hashes, list):
                refs[str(key)] = [str(h) for h in hashes]
    for entry in manifest.get("exhibits") or []:
        for key in (entry.get("id"), entry.get("stands_for")):
            if key:
                refs.setdefault(str(key), [])
                if entry["sha256"] not in refs[str(key)]:
                    refs[str(key)].append(str(entry["sha256"]))
    return refs
