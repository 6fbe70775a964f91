"""Case files: create, save with history, find, link, export and import (no Qt)."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from app.cases.access import visible_case_ids
from app.cases.model import Case, parse_case
from app.common.exports import audited, check_reference
from app.evidence.identifiers import case_region, normalise
from app.evidence.identifiers_index import index_case
from storage import cases as store
from storage import identifiers as identifier_store
from storage import jsonsafe
from storage.db import Connection, transaction
from storage.errors import InputRejected, PermissionDenied, SaksiError
from storage.phrases import MAY_NOT_EXPORT_CASES, NO_CASE
from storage.vault import Vault

DEFAULT_PREFIX = "KH"
_PREFIX = re.compile(r"^[A-Z][A-Z0-9]{0,7}$")
_SKIP_KEYS = {
    "id",
    "format",
    "evidence_ids",
    "quotes",
    "recruiter_ids",
    "fact_ids",
    "basis",
    "element",
    "from_rule",
    "charge_id",
}


@dataclass(frozen=True)
class Link:
    kind: str
    value: str
    person: str
    other_cases: list[str]


def _strings(value: Any, key: str = "") -> list[str]:
    if key in _SKIP_KEYS:
        return []
    if isinstance(value, str):
        return [value] if value else []
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _strings(v, k)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v, key)]
    return []


def build_index(case: Case) -> store.CaseIndex:
    document = case.to_document()
    deadlines = [(d.id, d.due_on, d.title, d.kind, d.done, d.charge_id) for d in case.deadlines]
    detained = case.detention.detained == "yes" and not case.detention.until
    return store.CaseIndex(
        reference=case.reference,
        status=case.status,
        client_name=case.client.display_name,
        nationality=case.client.nationalities[0] if case.client.nationalities else "",
        jurisdiction=case.jurisdiction,
        lawyer=case.lawyer,
        paralegal=case.paralegal,
        opened_on=case.opened_on,
        in_detention=detained,
        search_text="\n".join(_strings(document)),
        deadlines=deadlines,
    )


class CaseFiles:
    """The case-file use cases for one unlocked vault and its signed-in user."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    @property
    def conn(self) -> Connection:
        """The vault's connection now (a data-key rotation gives the vault a new one)."""
        return self.vault.conn

    # ------------------------------------------------------------------ settings
    def prefix(self) -> str:
        return store.get_setting(self.conn, "case_prefix", DEFAULT_PREFIX)

    def set_prefix(self, prefix: str) -> None:
        prefix = prefix.strip().upper()
        if not _PREFIX.match(prefix):
            raise InputRejected(
                "A reference prefix is 1 to 8 capital letters or digits, starting with a letter (e.g. KH)."
            )
        store.set_setting(self.conn, self.vault.user.name, "case_prefix", prefix)

    # ------------------------------------------------------------------ writing
    def create(self, case: Case) -> Case:
        """Store a new case; assigns a reference (PREFIX-YEAR-NNNN) when it has none."""
        if not case.reference:
            year = int(case.opened_on[:4]) if case.opened_on else date.today().year
            case.reference = store.next_reference(self.conn, self.prefix(), year)
        check_reference(case.reference)  # a reference becomes part of export file names: never a path
        document = case.to_document()
        with transaction(self.conn):
            store.insert(self.conn, self.vault.user.name, case.id, document, build_index(case))
            index_case(self.conn, case.id, document)
        return case

    def save(self, case: Case, expected_version: int | None = None) -> int:
        """Save edits; every changed field keeps its earlier value. Returns the new version."""
        stored = store.get(self.conn, case.id)
        if stored is None or stored.reference != case.reference:
            check_reference(case.reference)  # an older vault's odd reference may stay; a new one must be valid
        document = case.to_document()
        with transaction(self.conn):
            version = store.update(
                self.conn, self.vault.user.name, case.id, document, build_index(case), expected_version
            )
            index_case(self.conn, case.id, document)  # identifiers linking cases, with the field they are in
        return version

    def delete(self, reference: str, reason: str) -> None:
        if not self.vault.user.may_delete:
            raise PermissionDenied("Your role does not allow deleting cases. Ask a lawyer or an admin.")
        stored = self._stored(reference)
        store.delete(self.conn, self.vault.user.name, stored.case_id, reason)

    # ------------------------------------------------------------------ reading
    def load(self, reference: str) -> tuple[Case, int]:
        stored = self._stored(reference)
        return parse_case(stored.document), stored.version

    def _stored(self, reference: str) -> store.StoredCase:
        stored = store.get(self.conn, reference)
        if stored is None:
            raise InputRejected(NO_CASE, reference=reference)
        return stored

    def find(self, filters: store.Filters | None = None, **kwargs: Any) -> list[store.CaseRow]:
        return store.list_cases(self.conn, filters, **kwargs)

    def count(self, filters: store.Filters | None = None) -> int:
        return store.count_cases(self.conn, filters)

    def choices(self, column: str) -> list[str]:
        """The values a list column (status, nationality, jurisdiction, lawyer) takes in this vault."""
        return store.distinct_values(self.conn, column)

    def documents(self) -> list[dict[str, Any]]:
        """Every case document (for the findings report)."""
        return list(store.all_documents(self.conn))

    def links(self, case: Case) -> list[Link]:
        """Identifiers of this case's people that other cases name too, in their records, chats or text read
        from images: spelled by app/evidence/identifiers.py (the one normaliser), with this case's country as the
        default region. A paralegal sees links to their own cases only (app/cases/access.py)."""
        region = case_region(case.to_document())
        keys = {
            (ident.kind, ident.value): normalise(ident.kind, ident.value, region)
            for person in case.people
            for ident in person.identifiers
        }
        shared = identifier_store.cases_naming(
            self.conn, [k for k in keys.values() if k], case.id, visible_case_ids(self.vault)
        )
        found = []
        for person in case.people:
            for ident in person.identifiers:
                others = shared.get(keys[(ident.kind, ident.value)], [])
                if others:
                    found.append(Link(ident.kind, ident.value, person.name, others))
        return found

    def history(self, reference: str, path: str = "") -> list[store.Change]:
        return store.history(self.conn, self._stored(reference).case_id, path)

    def upcoming(self, days: int = 7, today: date | None = None) -> list[store.DeadlineRow]:
        """Open deadlines up to ``days`` ahead, overdue ones included."""
        start = today or date.today()
        return store.deadlines(self.conn, end=start + timedelta(days=days))

    def deadlines(self, *, include_done: bool = False) -> list[store.DeadlineRow]:
        return store.deadlines(self.conn, include_done=include_done)

    # ------------------------------------------------------------------ JSON in and out
    def export_json(
        self, reference: str, write: Callable[[bytes], object] | None = None, destination: str = ""
    ) -> dict[str, Any]:
        """The case as the documented JSON. ``write`` puts the bytes outside the vault (a file, stdout),
        after the intent is in the audit log; the outcome (with the SHA-256 written) is recorded after."""
        if not self.vault.user.may_export:
            raise PermissionDenied(MAY_NOT_EXPORT_CASES)
        case, _version = self.load(reference)
        document = case.to_document()
        data = json_bytes(document)
        detail = {"reference": case.reference, "format": "json", "to": destination or "the calling program"}
        with audited(self.vault, "case.export", f"case:{case.id}", detail) as record:
            if write is not None:
                write(data)
            record.outcome["sha256"] = hashlib.sha256(data).hexdigest()
        return document

    def import_json(self, data: Any) -> Case:
        """Create a case from the documented JSON (docs/case-format.md); rejected whole if invalid."""
        return self.create(parse_case(data))


def json_bytes(document: dict[str, Any]) -> bytes:
    """A case document as exported: UTF-8 JSON, indented, scripts as they are (not \\u escapes)."""
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def read_case_file(path: Path) -> Any:
    try:
        return jsonsafe.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputRejected("There is no file {path}.", path=path) from None
    except UnicodeDecodeError:
        raise InputRejected("{path} is not UTF-8 text.", path=path) from None
    except jsonsafe.TooDeep as exc:
        raise InputRejected(
            "{path} is not a Saksi case file: its JSON is {problem}.", path=path, problem=str(exc)
        ) from None
    except json.JSONDecodeError as exc:
        raise InputRejected(
            "{path} is not valid JSON (line {line}, column {column}: {problem}).",
            path=path,
            line=exc.lineno,
            column=exc.colno,
            problem=exc.msg,
        ) from None
    except OSError as exc:
        raise SaksiError("Could not read {path}: {reason}.", path=path, reason=exc.strerror) from None
