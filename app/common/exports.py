"""Leaving the vault: case references, safe file names, audit-first records, and the one CSV writer.

Everything Saksi writes outside the vault goes through here:

- ``check_reference``: a case reference is letters, digits and ``-`` (bounded length), checked on
  every way in (create, import, JSON, a changed reference). It is never a path.
- ``safe_name`` / ``inside``: every export path is built from a safe name and checked to stay
  in the folder the user chose. Older vaults may hold odd references; they still open, and
  their exports get a safe name.
- ``audited``: the intent is in the audit log before the first byte leaves the vault, the
  outcome after; a failure is recorded too, so no export exists without a record.
- ``csv_bytes``: every CSV Saksi writes; cells that a spreadsheet would run as a formula
  (starting with ``=``, ``+``, ``-``, ``@``, tab or CR: the OWASP rule) are prefixed with ``'``.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.common.display import escaped
from storage import audit
from storage.errors import InputRejected, SaksiError
from storage.vault import Vault

MAX_REFERENCE = 40
_REFERENCE = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,38}[A-Za-z0-9])?")
_UNSAFE = re.compile(r"[^A-Za-z0-9-]+")
# Names Windows reserves in every folder, whatever the extension
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(10)), *(f"LPT{i}" for i in range(10))}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# ----------------------------------------------------------------------------- references and paths
def check_reference(reference: str) -> str:
    """A valid case reference, unchanged; anything else is refused with a plain message (exit 6)."""
    if not _REFERENCE.fullmatch(reference):
        shown = escaped(reference[:60]) + ("…" if len(reference) > 60 else "")
        raise InputRejected(
            "The case reference '{shown}' is not allowed: use 1 to {most} letters (A-Z), digits and '-',"
            " starting and ending with a letter or digit, e.g. KH-2026-0001.",
            shown=shown,
            most=MAX_REFERENCE,
        )
    return reference


def safe_name(text: str, fallback: str = "case") -> str:
    """A file-name stem from a reference or label: itself when it is a valid reference, else a cleaned form.

    The cleaned form keeps letters, digits and '-', and ends with 8 hex digits of the original's
    SHA-256 so two odd references never share a name.
    """
    if _REFERENCE.fullmatch(text) and text.upper() not in _RESERVED:
        return text
    stem = _UNSAFE.sub("_", text).strip("_-")[:MAX_REFERENCE] or fallback
    if stem.upper() in _RESERVED:
        stem = f"{fallback}-{stem}"
    return f"{stem}-{hashlib.sha256(text.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def inside(folder: Path, name: str) -> Path:
    """``folder / name``, refused unless it names an entry directly inside ``folder`` (no separators, no links out)."""
    if name in ("", ".", "..") or any(c in name for c in "/\\\x00") or Path(name).is_absolute():
        raise InputRejected("'{name}' cannot be used as a file name.", name=escaped(name))
    target = folder / name
    if target.resolve().parent != folder.resolve():
        raise InputRejected(
            "{target} would be written outside {folder}; nothing was written.",
            target=escaped(str(target)),
            folder=escaped(str(folder)),
        )
    return target


# ----------------------------------------------------------------------------- audit first
@dataclass
class ExportRecord:
    """Handed to the code that writes: the intent entry, and what to add to the outcome entry."""

    intent: audit.AuditEntry
    outcome: dict[str, Any] = field(default_factory=dict)


@contextmanager
def audited(vault: Vault, action: str, target: str, detail: Mapping[str, Any]) -> Iterator[ExportRecord]:
    """Record ``ACTION.intent`` before the export writes anything, then ``ACTION`` or ``ACTION.failed``.

    If the intent cannot be recorded (a full disk, a read-only vault), nothing is exported.
    If recording the failure fails too, the intent entry still stands for the attempt.
    """
    intent = audit.append(vault.conn, vault.user.name, f"{action}.intent", target, dict(detail))
    record = ExportRecord(intent)
    try:
        yield record
    except BaseException as exc:
        reason = exc.message if isinstance(exc, SaksiError) else type(exc).__name__
        with suppress(SaksiError):  # the intent entry still stands for the attempt
            audit.append(
                vault.conn,
                vault.user.name,
                f"{action}.failed",
                target,
                {**detail, "intent": intent.seq, "reason": reason},
            )
        raise
    audit.append(vault.conn, vault.user.name, action, target, {**detail, **record.outcome, "intent": intent.seq})


# ----------------------------------------------------------------------------- CSV
def csv_cell(value: Any) -> str:
    """The cell as text; one that a spreadsheet would run as a formula starts with ``'`` instead."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_bytes(rows: Iterable[Mapping[str, Any]], fields: Sequence[str]) -> bytes:
    """UTF-8 with a BOM (so Excel reads Khmer correctly), a header row, every cell escaped, CRLF rows (RFC 4180).

    With CRLF as the row end, a cell holding a CR or LF is always quoted, so no reader splits it.
    """
    text = io.StringIO(newline="")
    out = csv.writer(text, lineterminator="\r\n")
    out.writerow([csv_cell(f) for f in fields])
    for row in rows:
        out.writerow([csv_cell(row.get(f)) for f in fields])
    return ("\ufeff" + text.getvalue()).encode("utf-8")
