"""Offices in step through a shared folder that an existing sync engine (Syncthing) keeps in step.

Saksi never syncs a vault. Two offices share one folder, e.g. ``Saksi-exchange/``, which Syncthing
(or a USB stick carried between them) copies both ways. Inside, each office has an inbox named by
its fingerprint: ``to-XXXXXXXX.../``. Sending writes a referral package (app/referral/packages.py) into the
partner's inbox; syncing imports every package in this office's inbox that it has not seen, oldest
first, and remembers it by SHA-256 so a package is never imported twice. Packages from an office
that is not a recorded partner are left where they are and reported, never imported unattended.

A package is written under a hidden ``.partial`` name and renamed when complete; the folder's
``.stignore`` tells Syncthing to skip such names, so a partner never picks up half a file.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.common.exports import safe_name
from app.referral import packages as referral
from storage import cases as case_store
from storage import office
from storage.db import transaction
from storage.errors import InputRejected, SaksiError
from storage.files import os_error, utc_now
from storage.phrases import NO_FOLDER
from storage.vault import ProgressFn as Progress
from storage.vault import Vault

STIGNORE = "// Saksi: packages still being written\n(?d).*.partial\n"
SETTING = "exchange.folder"  # this vault's shared folder, chosen in the desktop (vault_settings)


def inbox_name(fingerprint: str) -> str:
    return "to-" + fingerprint.replace("-", "")


def prepare(folder: Path) -> None:
    if not folder.is_dir():
        raise InputRejected(NO_FOLDER, folder=folder)
    ignore = folder / ".stignore"
    if not ignore.exists():
        ignore.write_text(STIGNORE, encoding="utf-8")


def send(
    vault: Vault,
    reference: str,
    to: str,
    folder: Path,
    *,
    exhibits: list[str] | None = None,
    parts: list[str] | None = None,
) -> referral.ExportResult:
    """Write a package for ``to`` into its inbox in the shared folder (audited like any referral export)."""
    prepare(folder)
    recipient = referral.resolve_recipient(vault, to)
    inbox = folder / inbox_name(recipient.identity.fingerprint)
    try:
        inbox.mkdir(exist_ok=True)
    except OSError as exc:
        raise os_error(exc, inbox) from None
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    name = f"{stamp}-{safe_name(reference)}-{uuid.uuid4().hex[:8]}{referral.SUFFIX}"
    partial = inbox / f".{name}.partial"
    result = referral.export_referral(vault, reference, to, partial, exhibits=exhibits, parts=parts)
    target = inbox / name
    os.replace(partial, target)
    return referral.ExportResult(target, result.recipient, result.parts, result.exhibits, result.size)


@dataclass
class SyncReport:
    imported: list[tuple[str, referral.ImportResult]] = field(default_factory=list)  # (file, result)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): not imported, left in place
    already: int = 0


def sync(vault: Vault, folder: Path, progress: Progress | None = None) -> SyncReport:
    """Import every package in this office's inbox not seen before, oldest first (by file name)."""
    prepare(folder)
    me = office.get_office(vault.conn)
    inbox = folder / inbox_name(me.fingerprint)
    report = SyncReport()
    if not inbox.is_dir():
        return report
    paths = sorted(inbox.glob(f"*{referral.SUFFIX}"))
    for number, path in enumerate(paths):
        if progress is not None:
            progress(number, len(paths))
        data = referral.read_package(path)
        digest = hashlib.sha256(data).hexdigest()
        if vault.conn.execute("SELECT 1 FROM exchange_seen WHERE sha256 = ?", (digest,)).fetchone():
            report.already += 1
            continue
        try:
            plan = referral.plan_import(vault, data)
            if plan.partner is None:
                report.skipped.append((path.name, "from an office that is not a recorded partner"))
                continue
            result = referral.apply_import(vault, plan)
        except referral.NothingNew:
            report.already += 1  # imported by hand before, or older than one taken: nothing to do, ever
            _seen(vault, digest, path.name)
            continue
        except SaksiError as exc:
            report.skipped.append((path.name, exc.message))
            continue
        _seen(vault, digest, path.name)
        report.imported.append((path.name, result))
    return report


# ----------------------------------------------------------------------------- what the desktop shows
@dataclass(frozen=True)
class Waiting:
    name: str
    size: int
    seen: bool  # imported (or recognised) before


def configured_folder(vault: Vault) -> Path | None:
    value = case_store.get_setting(vault.conn, SETTING, "")
    return Path(value) if value else None


def set_folder(vault: Vault, folder: Path) -> None:
    """Remember the shared folder for this vault (audited as a setting), after checking it is a folder."""
    prepare(folder)
    case_store.set_setting(vault.conn, vault.user.name, SETTING, str(folder))


def waiting(vault: Vault, folder: Path) -> list[Waiting]:
    """The packages in this office's inbox, oldest first, each marked seen or not."""
    inbox = folder / inbox_name(office.get_office(vault.conn).fingerprint)
    if not inbox.is_dir():
        return []
    found = []
    for path in sorted(inbox.glob(f"*{referral.SUFFIX}")):
        try:
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            size = path.stat().st_size
        except OSError:
            continue  # being replaced by the sync engine: the next look sees it
        seen = vault.conn.execute("SELECT 1 FROM exchange_seen WHERE sha256 = ?", (digest,)).fetchone() is not None
        found.append(Waiting(path.name, size, seen))
    return found


def sent(vault: Vault, folder: Path) -> list[tuple[str, int]]:
    """(partner name, packages in its inbox) for each recorded partner."""
    counts = []
    for partner in office.partners(vault.conn):
        inbox = folder / inbox_name(partner.fingerprint)
        counts.append((partner.name, len(list(inbox.glob(f"*{referral.SUFFIX}"))) if inbox.is_dir() else 0))
    return counts


def _seen(vault: Vault, digest: str, name: str) -> None:
    with transaction(vault.conn):
        vault.conn.execute(
            "INSERT OR IGNORE INTO exchange_seen(sha256, file, at) VALUES (?, ?, ?)", (digest, name, utc_now())
        )
