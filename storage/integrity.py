"""A vault whose pages fail authentication is not written to.

At unlock a **probe** runs SQLite's ``quick_check`` for a fraction of a second: it reads every page of
every table and index in order, and each read checks that page's HMAC, so a small vault is checked
whole before the first write. A larger one is finished by a **full check** in the background (the
desktop app) or by ``saksi vault verify``. Damage found by any of them is remembered in a marker file
beside the database (``integrity-failed.json``: when, which check, the page message; no case data),
so every later unlock, in the app or the CLI, opens the vault read-only until a verify finds it
intact or a backup is restored into a new folder.
"""

from __future__ import annotations

import json
import time
from contextlib import suppress
from pathlib import Path

from sqlcipher3 import dbapi2

from storage import db
from storage.errors import SaksiError, VaultDamaged

PROBE_SECONDS = 0.25
MARKER = "integrity-failed.json"
OK, UNFINISHED, DAMAGED = "ok", "unfinished", "damaged"


def probe(conn: db.Connection, seconds: float | None = None) -> tuple[str, str]:
    """(OK | UNFINISHED | DAMAGED, what failed) after at most ``seconds`` of ``quick_check``."""
    budget = PROBE_SECONDS if seconds is None else seconds
    if budget <= 0:  # no probe at all: the full check decides
        return UNFINISHED, ""
    deadline = time.monotonic() + budget
    conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except dbapi2.OperationalError as exc:
        if db.result_code(exc) == dbapi2.SQLITE_INTERRUPT:  # the time was up (interrupts are never mapped)
            return UNFINISHED, ""
        raise
    except VaultDamaged as exc:  # malformed, not a database, a read error: a page failed its HMAC
        return DAMAGED, _what(exc)
    finally:
        conn.set_progress_handler(None, 0)
    if rows == ["ok"]:
        return OK, ""
    return DAMAGED, rows[0].splitlines()[-1][:200] if rows[0].strip() else "quick_check"


def full_check(conn: db.Connection) -> list[str]:
    """Every page's HMAC and the whole structure (no time limit); the problems, [] if intact."""
    try:
        problems = [str(r[0]) for r in conn.execute("PRAGMA cipher_integrity_check")]
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check")]
    except VaultDamaged as exc:
        return [_what(exc)]
    return problems + ([] if rows == ["ok"] else rows[:3])


def _what(exc: SaksiError) -> str:
    """SQLite's own words for the damage ("database disk image is malformed"): the marker and verify show them."""
    return str(exc.sqlite_error or exc)


def marked(folder: Path) -> dict[str, str] | None:
    """The recorded damage of the vault at ``folder``, or None."""
    path = folder / MARKER
    if not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8")[:10000])
    except (OSError, ValueError):
        raw = {}
    if not isinstance(raw, dict):
        raw = {}
    return {k: str(raw.get(k, "")) for k in ("at", "check", "problem")}


def mark(folder: Path, check: str, problem: str) -> None:
    """Remember damage (best effort: on a full or read-only disk it is found again at the next unlock)."""
    from storage.files import utc_now, write_atomic

    if marked(folder) is not None:
        return
    record = {"at": utc_now(), "check": check, "problem": problem[:200]}
    with suppress(SaksiError, OSError):
        write_atomic(folder / MARKER, json.dumps(record, indent=2).encode("utf-8"))


def clear(folder: Path) -> None:
    with suppress(OSError):
        (folder / MARKER).unlink(missing_ok=True)


def refusal(record: dict[str, str]) -> VaultDamaged:
    """The error every write raises on a damaged vault."""
    return VaultDamaged(
        "This vault failed its integrity check ({problem}; {at}), so Saksi opens it read-only: nothing can be changed. Verify it again (saksi vault verify, or Settings > Verify) or restore your latest backup into a new folder.",
        problem=record.get("problem") or record.get("check") or "damaged pages",
        at=_when(record.get("at", "")),
    )


def _when(iso: str) -> str:
    """``2026-12-06T23:35:48+00:00`` as ``2026-12-06 23:35 UTC`` (the marker is written in UTC)."""
    return f"{iso[:16].replace('T', ' ')} UTC" if len(iso) >= 16 else iso
