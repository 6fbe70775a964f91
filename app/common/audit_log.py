"""The audit log for people: each entry as a sentence ("exported exhibits E-1 to E-3 to ..."), who, when and the
case it is about; filtered by case, person, kind and date; exported as CSV (itself an audited export).

The chain (storage/audit.py) stores targets as record ids (``case:<uuid>``) and details as JSON. Neither is shown:
ids become case references and exhibit numbers, details become words. Who sees what: an admin sees every
entry; anyone else sees the entries about the cases they are the lawyer or paralegal of, and their own.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from app.cases import field_words
from app.cli.defaults import AUDIT_KINDS
from app.common.exports import audited, csv_bytes, inside
from storage import audit
from storage.errors import InputRejected, localized, template
from storage.files import os_error
from storage.vault import Vault

KINDS = AUDIT_KINDS
KIND_NAMES = {
    "vault": template("Vault and sign-ins"),
    "users": template("Users"),
    "cases": template("Case files"),
    "evidence": template("Evidence"),
    "drafts": template("Drafts"),
    "exports": template("Exports"),
}

# action -> (kind, sentence). Parameters: {exhibit}, {exhibits}, {to}, {reference}, {user}, {role}, {value}...
SENTENCES: dict[str, tuple[str, str]] = {
    "vault.create": ("vault", template("created the vault")),
    "vault.unlock": ("vault", template("unlocked the vault")),
    "vault.backup": ("vault", template("backed up the vault to {to}")),
    "vault.restore": ("vault", template("restored the vault from a backup")),
    "vault.rotate_key": ("vault", template("rotated the data key")),
    "vault.recovery_code_replaced": ("vault", template("replaced the recovery code")),
    "vault.auto_lock_limit": ("vault", template("set the longest time before the vault locks to {minutes} minutes")),
    "device.remember": ("vault", template("let this device unlock without a passphrase")),
    "device.forget": ("vault", template("made this device forget the vault")),
    "settings.change": ("vault", template("changed a vault setting")),
    "demo.fill": ("cases", template("added {cases} synthetic demo cases")),
    "user.add": ("users", template("added the user {user} ({role})")),
    "user.remove": ("users", template("removed the user {user}")),
    "user.role": ("users", template("changed the role of {user}")),
    "user.reset_passphrase": ("users", template("reset the passphrase of {user}")),
    "user.change_passphrase": ("users", template("changed their passphrase")),
    "case.create": ("cases", template("opened the case file")),
    "case.update": ("cases", template("edited the case file")),
    "case.delete": ("cases", template("deleted the case file")),
    "evidence.import": ("evidence", template("added exhibit {exhibit}")),
    # a copy's sentence follows its derivation (DERIVED): these are for a copy whose kind is not known
    "evidence.derive": ("evidence", template("made {exhibit}, a copy of {original}")),
    "evidence.derived_from": ("evidence", template("a copy of {exhibit} was made: {copy}")),
    "evidence.provenance": ("evidence", template("changed where exhibit {exhibit} comes from")),
    "evidence.describe": ("evidence", template("changed the description of exhibit {exhibit}")),
    "evidence.renumber": ("evidence", template("renumbered exhibit {exhibit}")),
    "evidence.delete": ("evidence", template("deleted exhibit {exhibit}")),
    "evidence.view": ("evidence", template("viewed exhibit {exhibit}")),
    "evidence.export": ("exports", template("exported exhibit {exhibit} to {to}")),
    "draft.create": ("drafts", template('started the draft "{draft}"')),
    "draft.save": ("drafts", template('saved the draft "{draft}"')),
    "draft.delete": ("drafts", template('deleted the draft "{draft}"')),
    "draft.export": ("exports", template('exported the draft "{draft}" to {to}')),
    "case.export": ("exports", template("exported the case file to {to}")),
    "case.bundle_export": ("exports", template("exported exhibits {exhibits} to {to}")),
    "analysis.export": ("exports", template("exported the proof matrix to {to}")),
    "report.export": ("exports", template("exported the findings report to {to}")),
    "audit.export": ("exports", template("exported the audit log to {to}")),
    # chats, OCR, referral and drafting entries: each action the app records has its sentence (a test checks)
    "vault.migrate": ("vault", template("upgraded the vault to a newer format")),
    "office.rename": ("vault", template("renamed the office")),
    "partner.add": ("vault", template("recorded the partner office {partner} after comparing its fingerprint")),
    "partner.remove": ("vault", template("removed the partner office {partner}")),
    "case.mrz_accepted": ("cases", template("filled the client's identity document from exhibit {exhibit}")),
    "case.referral_import": ("cases", template("merged a referral package from {partner} into the case ({parts})")),
    "case.conflict_resolved": ("cases", template("settled a conflicting edit from {partner} ({field}): {took}")),
    "evidence.text": ("evidence", template("edited the transcription or translation of exhibit {exhibit}")),
    "evidence.ocr": ("evidence", template("read the text in exhibit {exhibit}")),
    "evidence.chat": ("evidence", template("read exhibit {exhibit} as a chat export")),
    "evidence.chat_date_order": ("evidence", template("read the dates of chat {exhibit} in another order")),
    "evidence.not_a_chat": (
        "evidence",
        template("kept exhibit {exhibit} as a plain file: it could not be read as a chat"),
    ),
    "evidence.referral_received": ("evidence", template("received exhibit {exhibit} in a referral package")),
    "draft.confirm_citation": ("drafts", template("confirmed a citation against the official text")),
    "draft.unconfirm_citation": ("drafts", template("withdrew the confirmation of a citation")),
    "case.referral_export": (
        "exports",
        template("sent the case to {partner} in a referral package ({parts}; exhibits: {exhibits})"),
    ),
    "case.referral_form": ("exports", template("wrote an encrypted referral form for {partner} ({parts})")),
    "identifiers.export": ("exports", template("exported identifiers to {to}")),
}
# derivation op -> (the copy's own entry, the original's entry). A chat's media are stored as they came, so
# saying "redacted" of them would tell a court the client's evidence was altered.
DERIVED: dict[str, tuple[str, str]] = {
    "redacted copy": (template("made a redacted copy {exhibit}"), template("a redacted copy of {exhibit} was made")),
    "cropped copy": (template("made a cropped copy {exhibit}"), template("a cropped copy of {exhibit} was made")),
    "rotated copy": (template("made a rotated copy {exhibit}"), template("a rotated copy of {exhibit} was made")),
    "chat attachment": (
        template("stored {exhibit}, an attachment of the chat {original}, as it is in the export"),
        template("stored {copy}, an attachment of the chat {exhibit}, as it is in the export"),
    ),
}
UNKNOWN = template("did something Saksi does not describe yet ({action})")
TRYING = template("started: {action}")  # an export's intent entry
FAILED = template("failed: {action}")
WHOLE_CASE = template("the whole case")
NO_EXHIBITS = template("none")
TOOK_THEIRS = template("took the partner's value")
KEPT_OURS = template("kept this office's value")


@dataclass(frozen=True)
class Line:
    """One entry as people read it."""

    seq: int
    at: str  # UTC, ISO 8601
    who: str
    kind: str
    what: str  # a sentence, in the language of the moment
    case: str  # the case reference, or ""


@dataclass(frozen=True)
class Filters:
    case: str = ""  # a case reference
    who: str = ""
    kind: str = ""  # one of KINDS
    since: date | None = None
    until: date | None = None  # inclusive

    def check(self) -> None:
        if self.kind and self.kind not in KINDS:
            raise InputRejected("Choose one of these kinds: {kinds}.", kinds=", ".join(KINDS))
        if self.since and self.until and self.since > self.until:
            raise InputRejected("The start date is after the end date.")


class Names:
    """Turns record ids into case references and exhibit numbers (read once per listing)."""

    def __init__(self, vault: Vault) -> None:
        conn = vault.conn
        cases = conn.execute("SELECT id, reference, lawyer, paralegal FROM cases").fetchall()
        self.cases: dict[str, str] = {row[0]: row[1] for row in cases}
        self.case_people: dict[str, tuple[str, str]] = {row[0]: (row[2] or "", row[3] or "") for row in cases}
        self.evidence: dict[str, tuple[str, str]] = {}
        self.copies: dict[tuple[str, str], str] = {}  # (original id, copy's SHA-256) -> how the copy was made
        query = "SELECT id, exhibit_no, derived_no, original_id, case_id, derivation, sha256 FROM evidence"
        for row in conn.execute(query):
            self.evidence[row[0]] = (f"E-{row[1]}" + (f".{row[2]}" if row[3] else ""), row[4])
            if row[3]:
                self.copies[(row[3], row[6])] = _op(row[5])
        drafts = conn.execute("SELECT id, case_id, title FROM drafts").fetchall()
        self.drafts: dict[str, str] = {row[0]: row[1] for row in drafts}
        self.draft_titles: dict[str, str] = {row[0]: row[2] for row in drafts}

    def case_of(self, target: str) -> str:
        """The case id a target belongs to, or ""."""
        kind, _, record = target.partition(":")
        if kind == "case":
            return record
        if kind == "evidence":
            return self.evidence.get(record, ("", ""))[1]
        if kind == "draft":
            return self.drafts.get(record, "")
        return ""


def _op(derivation: str | None) -> str:
    try:
        found = json.loads(derivation or "{}")
    except ValueError:
        return ""
    return str(found.get("op", "")) if isinstance(found, dict) else ""


def _sentence(action: str, detail: Mapping[str, Any], record: str, names: Names) -> tuple[str, str]:
    """(kind, sentence) of an action; a copy's entries in the words of how the copy was made."""
    kind, sentence = SENTENCES.get(action, ("vault", UNKNOWN))
    if action == "evidence.derive":
        derivation = detail.get("derivation")
        op = str(derivation.get("op", "")) if isinstance(derivation, Mapping) else ""
    elif action == "evidence.derived_from":  # entries before the op was recorded: from the copy itself
        op = str(detail.get("op") or names.copies.get((record, str(detail.get("sha256", ""))), ""))
    else:
        return kind, sentence
    if op in DERIVED:
        return kind, DERIVED[op][action == "evidence.derived_from"]
    return kind, sentence


def _words(value: Any) -> str:
    if isinstance(value, list):
        return _range(value)
    return "" if value is None else str(value)


def _range(labels: list[Any]) -> str:
    """E-1, E-2, E-3 -> "E-1 to E-3"; gaps are listed: "E-1, E-4"."""
    texts = [str(v) for v in labels]
    numbers = [int(t[2:]) if t.startswith("E-") and t[2:].isdigit() else None for t in texts]
    if len(texts) > 2 and None not in numbers and numbers == list(range(numbers[0], numbers[0] + len(numbers))):  # type: ignore[operator,arg-type]
        return localized("{first} to {last}", first=texts[0], last=texts[-1])
    return ", ".join(texts)


def _partner(detail: Mapping[str, Any], fingerprint: str) -> str:
    """A partner office by name, with its fingerprint where the entry has one (names are not unique)."""
    name = str(detail.get("partner") or detail.get("from") or detail.get("recipient") or detail.get("name") or "")
    fingerprint = str(detail.get("fingerprint") or fingerprint)
    if name and fingerprint and fingerprint not in name:
        return f"{name} ({fingerprint})"
    return name or fingerprint or "?"


def describe(entry: audit.AuditEntry, names: Names) -> Line:
    action = entry.action
    suffix = ""
    for ending in (".intent", ".failed"):
        if action.endswith(ending):
            action, suffix = action[: -len(ending)], ending
    detail: Mapping[str, Any] = entry.detail
    case_id = names.case_of(entry.target)
    reference = names.cases.get(case_id, str(detail.get("reference", "")))
    _kind, _, record = entry.target.partition(":")
    kind, sentence = _sentence(action, detail, record, names)
    # Each parameter is worked out only if the sentence uses it (a listing describes every entry of the log).
    makers: dict[str, Callable[[], Any]] = {
        "action": lambda: action,
        "exhibit": lambda: detail.get("exhibit") or names.evidence.get(record, ("?", ""))[0],
        "exhibits": lambda: _words(detail.get("exhibits", [])) or localized(NO_EXHIBITS),
        "to": lambda: (
            detail.get("to") or detail.get("destination") or detail.get("folder") or detail.get("bundle") or ""
        ),
        "reference": lambda: reference,
        "user": lambda: record if _kind == "user" else "",
        "role": lambda: detail.get("role", ""),
        "minutes": lambda: detail.get("minutes", ""),
        "cases": lambda: detail.get("cases", ""),
        "draft": lambda: (names.draft_titles.get(record) or detail.get("title") or "?") if _kind == "draft" else "",
        "partner": lambda: _partner(detail, record if _kind == "partner" else ""),
        "parts": lambda: _words(detail.get("parts", [])) or localized(WHOLE_CASE),
        "field": lambda: field_words.words(str(detail.get("path", ""))),
        "took": lambda: localized(TOOK_THEIRS if detail.get("took") == "theirs" else KEPT_OURS),
        "original": lambda: detail.get("from", "?"),
        "copy": lambda: detail.get("copy", "?"),
    }
    what = localized(sentence, **{k: _words(make()) for k, make in makers.items() if "{" + k + "}" in sentence})
    if suffix == ".intent":
        what = localized(TRYING, action=what)
    elif suffix == ".failed":
        what = localized(FAILED, action=what)
    return Line(entry.seq, entry.at, entry.actor, kind, what, reference)


def _visible(entry: audit.AuditEntry, vault: Vault, names: Names) -> bool:
    user = vault.user
    if user.is_admin or entry.actor == user.name:
        return True
    people = names.case_people.get(names.case_of(entry.target))
    return people is not None and user.name in people


def _in_period(at: str, filters: Filters) -> bool:
    day = datetime.fromisoformat(at).date()
    return (filters.since is None or day >= filters.since) and (filters.until is None or day <= filters.until)


def lines(vault: Vault, filters: Filters = Filters(), *, limit: int = 2000) -> list[Line]:
    """The newest ``limit`` entries this user may see that match ``filters``, newest first."""
    filters.check()
    names = Names(vault)
    found: list[Line] = []
    for entry in _all_entries(vault):
        if not _visible(entry, vault, names) or not _in_period(entry.at, filters):
            continue
        if filters.who and entry.actor != filters.who:
            continue
        line = describe(entry, names)
        if (filters.kind and line.kind != filters.kind) or (filters.case and line.case != filters.case):
            continue
        found.append(line)
        if len(found) >= limit:
            break
    return found


def _all_entries(vault: Vault) -> Iterable[audit.AuditEntry]:
    rows = vault.conn.execute(
        "SELECT seq, at, actor, action, target, detail, prev_hash, hash FROM audit ORDER BY seq DESC"
    )
    for r in rows:
        yield audit.AuditEntry(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])


def case_references(vault: Vault) -> list[str]:
    """Every case's reference, sorted (for the case filter)."""
    return sorted({r[0] for r in vault.conn.execute("SELECT reference FROM cases")})


def people(vault: Vault) -> list[str]:
    """Everyone who appears as an actor (for the person filter)."""
    return [r[0] for r in vault.conn.execute("SELECT DISTINCT actor FROM audit ORDER BY actor")]


FIELDS = ("when_utc", "who", "kind", "what", "case")


def export_csv(
    vault: Vault, folder: Path, filters: Filters = Filters(), *, write: Callable[[Path, bytes], None] | None = None
) -> tuple[Path, int]:
    """Write what ``lines`` shows as ``audit-log.csv`` in ``folder`` (never overwriting); recorded in the log."""
    shown = lines(vault, filters, limit=1_000_000)
    target = inside(folder, "audit-log.csv")
    if target.exists():
        raise InputRejected("{target} already exists; an export never overwrites anything.", target=target)
    rows = [{"when_utc": x.at, "who": x.who, "kind": x.kind, "what": x.what, "case": x.case} for x in shown]
    detail = {"to": str(target), "entries": len(rows), "filters": _describe(filters)}
    with audited(vault, "audit.export", "vault", detail):
        data = csv_bytes(rows, FIELDS)
        if write is not None:
            write(target, data)
        else:
            try:
                with open(target, "xb") as out:
                    out.write(data)
            except OSError as exc:
                raise os_error(exc, target) from None
    return target, len(rows)


def _describe(filters: Filters) -> str:
    parts = [
        f"{name}={value}"
        for name, value in (
            ("case", filters.case),
            ("who", filters.who),
            ("kind", filters.kind),
            ("since", filters.since.isoformat() if filters.since else ""),
            ("until", filters.until.isoformat() if filters.until else ""),
        )
        if value
    ]
    return ", ".join(parts) or "none"
