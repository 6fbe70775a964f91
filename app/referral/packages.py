"""Referral packages: a case (or its consented parts) and chosen exhibits, for one partner office.

A package is one file, encrypted to the recipient office and signed by the sender, built only
from library constructions (docs/architecture.md, "Referral packages"):

    "SAKSIREF" | version (1 byte) | header length (4 bytes, big-endian) | header | HPKE ciphertext

- header: JSON ``{"format", "suite", "to"}``, ``to`` being the recipient's fingerprint, so an
  office can say "not for us" without trying its key. It is bound to the ciphertext as the HPKE
  ``info``: changing it makes decryption fail.
- ciphertext: HPKE (RFC 9180) base mode, DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM,
  single-shot, from ``cryptography``. Only the recipient's X25519 private key opens it.
- plaintext: ``statement length | statement | Ed25519 signature (64) | contents``. The statement
  names the sender (name, public key), the recipient's fingerprint, the time and the SHA-256 of
  the contents; the signature over it (domain-separated) proves which office sent it, and because
  it names the recipient, a partner cannot re-encrypt a package it received to a third office
  and pass it off as addressed there (Davis, "Defective Sign & Encrypt", 2001).
- contents: ``manifest length | manifest JSON | exhibit bytes``, one after another in manifest
  order, each with its SHA-256 and size in the manifest.

Exports are refused (exit 6) unless the case holds a consent with use ``referral`` that covers the
partner (and the parts); they are audited before the file is written and after. Imports read and
check everything before writing anything: not addressed here is exit 3; a broken header, a failed
decryption or a bad signature exit 4.
"""

from __future__ import annotations

import copy
import hashlib
import io
import json
import struct
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hpke

from app.cases import merge, vocab
from app.cases.case_files import CaseFiles, build_index
from app.cases.field_words import words
from app.cases.model import Case, covers, parse_case
from app.common.exports import audited, check_reference
from app.evidence.bundle import CUSTODY_HIDDEN, plan_bundle
from app.evidence.locker import HEAD_BYTES, sniff
from app.referral import exhibit_ids
from storage import audit, office
from storage import cases as case_store
from storage import evidence as evidence_store
from storage.db import transaction
from storage.errors import InputRejected, PermissionDenied, SaksiError
from storage.evidence import Item, Provenance
from storage.files import utc_now
from storage.phrases import MAY_NOT_EXPORT_CASES, NO_CASE
from storage.vault import Vault

FORMAT = "saksi.referral/1"
MAGIC = b"SAKSIREF"
VERSION = 1
SUITE_NAME = "HPKE base DHKEM(X25519,HKDF-SHA256) HKDF-SHA256 AES-256-GCM"
SIGNATURE_DOMAIN = b"saksi.referral/1 statement\x00"
MAX_PACKAGE = 512 * 1024 * 1024  # single-shot HPKE holds the package in memory: keep it bounded
SUFFIX = ".saksiref"
ALWAYS = ("format", "id", "reference", "status", "lawyer", "paralegal", "jurisdiction", "opened_on", "consents")
PART_KEYS: dict[str, tuple[str, ...]] = {
    "client": ("client",),
    "journey": ("recruitment", "transportation", "compounds", "exit"),
    "detention": ("detention",),
    "charges": ("charges",),
    "facts": ("facts",),
    "people": ("people",),
    "remedies": ("remedies",),
    "deadlines": ("deadlines",),
    "interview": ("interview",),
    "notes": ("notes", "analysis"),
}


class NotForThisOffice(SaksiError):
    """The package is addressed to another office (exit 3, like a key that does not fit)."""

    exit_code = 3


class PackageDamaged(SaksiError):
    """Tampered, cut short, wrongly signed, or not a Saksi referral package (exit 4)."""

    exit_code = 4


class NothingNew(SaksiError):
    """A package already imported, or older than one already imported from the same office for the case."""

    exit_code = 1


def _suite() -> hpke.Suite:
    return hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def canonical(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def document_sha256(document: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(document)).hexdigest()


# ----------------------------------------------------------------------------- sealing and opening
def seal(contents: bytes, sender: office.Office, recipient: office.PublicIdentity) -> bytes:
    """Sign ``contents`` as ``sender`` for ``recipient`` and encrypt the whole to the recipient."""
    statement = canonical(
        {
            "format": FORMAT,
            "sender": {"name": sender.name, "public_key": sender.public_key},
            "recipient": recipient.fingerprint,
            "created_at": utc_now(),
            "contents_sha256": hashlib.sha256(contents).hexdigest(),
            "contents_size": len(contents),
        }
    )
    signature = sender.signer().sign(SIGNATURE_DOMAIN + statement)
    plaintext = struct.pack(">I", len(statement)) + statement + signature + contents
    header = canonical({"format": FORMAT, "suite": SUITE_NAME, "to": recipient.fingerprint})
    ciphertext = _suite().encrypt(plaintext, recipient.encryption_key(), info=_info(header))
    return MAGIC + bytes([VERSION]) + struct.pack(">I", len(header)) + header + ciphertext


def _info(header: bytes) -> bytes:
    return FORMAT.encode() + b"\x00" + header


@dataclass(frozen=True)
class Opened:
    sender_name: str  # as the sender calls itself
    sender: office.PublicIdentity
    created_at: str
    contents: bytes


def read_header(data: bytes) -> dict[str, Any]:
    if len(data) < 13 or data[:8] != MAGIC:
        raise PackageDamaged("This file is not a Saksi referral package.")
    if data[8] != VERSION:
        raise PackageDamaged(
            "This referral package was made by a newer version of Saksi (package format {version}). Update Saksi to read it.",
            version=data[8],
        )
    (length,) = struct.unpack(">I", data[9:13])
    try:
        header = json.loads(data[13 : 13 + length].decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT or not isinstance(header.get("to"), str):
        raise PackageDamaged("The referral package's header is damaged or was changed; nothing was imported.")
    return header


def open_package(data: bytes, me: office.Office) -> Opened:
    """Decrypt and check the signature; raises NotForThisOffice (3) or PackageDamaged (4). Writes nothing."""
    header = read_header(data)
    if header["to"] != me.fingerprint:
        raise NotForThisOffice(
            "This referral package is addressed to another office (fingerprint {fingerprint}), not to this one ({own}). Nothing was imported.",
            fingerprint=header["to"],
            own=me.fingerprint,
        )
    (length,) = struct.unpack(">I", data[9:13])
    header_bytes = data[13 : 13 + length]
    try:
        plaintext = _suite().decrypt(data[13 + length :], me.decryption_key(), info=_info(header_bytes))
    except (InvalidTag, ValueError):
        raise PackageDamaged(
            "The referral package was changed or damaged after it was sealed (it does not decrypt). Nothing was imported."
        ) from None
    (slen,) = struct.unpack(">I", plaintext[:4])
    statement_bytes = plaintext[4 : 4 + slen]
    signature = plaintext[4 + slen : 4 + slen + 64]
    contents = plaintext[4 + slen + 64 :]
    try:
        statement = json.loads(statement_bytes.decode("utf-8"))
        sender = office.parse_public_key(statement["sender"]["public_key"])
        sender.signing_key().verify(signature, SIGNATURE_DOMAIN + statement_bytes)
    except (InvalidSignature, ValueError, KeyError, TypeError, InputRejected):
        raise PackageDamaged(
            "The referral package's signature does not check out: it was not sealed by the office it names. Nothing was imported."
        ) from None
    if statement.get("recipient") != me.fingerprint:
        raise NotForThisOffice(
            "The sender signed this package for another office ({fingerprint}); it was passed on to you. Nothing was imported.",
            fingerprint=str(statement.get("recipient")),
        )
    if hashlib.sha256(contents).hexdigest() != statement.get("contents_sha256"):
        raise PackageDamaged("The referral package's contents do not match its signature. Nothing was imported.")
    return Opened(str(statement["sender"].get("name", "")), sender, str(statement.get("created_at", "")), contents)


def pack_contents(manifest: dict[str, Any], blobs: list[bytes]) -> bytes:
    body = canonical(manifest)
    return struct.pack(">I", len(body)) + body + b"".join(blobs)


def unpack_contents(contents: bytes) -> tuple[dict[str, Any], list[bytes]]:
    """The manifest and each exhibit's bytes, every one checked against its SHA-256 and size."""
    try:
        (length,) = struct.unpack(">I", contents[:4])
        manifest = json.loads(contents[4 : 4 + length].decode("utf-8"))
        offset = 4 + length
        blobs = []
        for exhibit in manifest["exhibits"]:
            size = int(exhibit["size"])
            data = contents[offset : offset + size]
            offset += size
            if len(data) != size or hashlib.sha256(data).hexdigest() != exhibit["sha256"]:
                raise ValueError
            blobs.append(data)
        if offset != len(contents) or not isinstance(manifest.get("case"), dict):
            raise ValueError
    except (ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise PackageDamaged("The referral package's contents are malformed. Nothing was imported.") from None
    return manifest, blobs


# ----------------------------------------------------------------------------- what a case lets go
def parts_of(requested: list[str] | None) -> list[str]:
    known = vocab.codes(vocab.REFERRAL_PARTS)
    if not requested:
        return list(known)
    unknown = [p for p in requested if p not in known]
    if unknown:
        raise InputRejected(
            "Unknown part(s): {parts}. The parts are: {known}.", parts=", ".join(unknown), known=", ".join(known)
        )
    return [p for p in known if p in requested]


def scope_of(parts: list[str]) -> set[str]:
    return {key for part in parts for key in PART_KEYS[part]}


def restrict(document: dict[str, Any], parts: list[str]) -> dict[str, Any]:
    keys = set(ALWAYS) | scope_of(parts)
    return {k: copy.deepcopy(v) for k, v in document.items() if k in keys}


def consent_for(case: Case, partner: office.PublicIdentity, parts: list[str]) -> str:
    """The id of a consent that allows referring these parts to this partner; refused (exit 6) otherwise."""
    for consent in case.consents:
        if covers(consent, "referral", partner.fingerprint) and (not consent.parts or set(parts) <= set(consent.parts)):
            return consent.id
    raise InputRejected(
        "The case {reference} has no consent to refer these parts to the office {fingerprint}. Record the client's consent (use 'referral', naming this partner) first; nothing was written.",
        reference=case.reference,
        fingerprint=partner.fingerprint,
    )


@dataclass(frozen=True)
class Recipient:
    identity: office.PublicIdentity
    name: str  # the partner's recorded name, or "" for a key given directly

    @property
    def shown(self) -> str:
        return self.name or self.identity.fingerprint


def resolve_recipient(vault: Vault, to: str) -> Recipient:
    """A recorded partner (name, fingerprint or public key), or a public key given directly."""
    partner = office.find_partner(vault.conn, to)
    if partner is not None:
        return Recipient(partner.identity, partner.name)
    if to.strip().startswith(office.KEY_PREFIX):
        return Recipient(office.parse_public_key(to), "")
    raise InputRejected(
        "There is no partner '{partner}'. Give a recorded partner's name or an office public key (saksi-office:...).",
        partner=to,
    )


# ----------------------------------------------------------------------------- export
@dataclass(frozen=True)
class ExportResult:
    path: Path
    recipient: Recipient
    parts: list[str]
    exhibits: list[str]
    size: int


def _custody(conn: Any, item: Item) -> list[dict[str, Any]]:
    return [
        {
            "seq": e.seq,
            "at": e.at,
            "by": e.actor,
            "action": e.action,
            "detail": {k: v for k, v in e.detail.items() if k not in CUSTODY_HIDDEN},
            "hash": e.hash,
        }
        for e in evidence_store.custody(conn, item.id)
    ]


def build_package(
    vault: Vault,
    reference: str,
    to: str,
    *,
    exhibits: list[str] | None = None,
    parts: list[str] | None = None,
    originals: bool = False,
) -> tuple[bytes, dict[str, Any], Recipient, list[Item], str]:
    """Everything an export writes, in memory and checked: (package, manifest, recipient, items, consent id)."""
    if not vault.user.may_export:
        raise PermissionDenied(MAY_NOT_EXPORT_CASES)
    recipient = resolve_recipient(vault, to)
    chosen_parts = parts_of(parts)
    files = CaseFiles(vault)
    case, _version = files.load(reference)
    consent_id = consent_for(case, recipient.identity, chosen_parts)
    document = restrict(case.to_document(), chosen_parts)
    items: list[Item] = []
    if exhibits:
        all_items = evidence_store.items_of_case(vault.conn, case.id)
        labels = {i.label for i in all_items if i.blob_id is not None}
        missing = [e for e in exhibits if e not in labels]
        if missing:
            raise InputRejected("The case {ref} has no exhibit {label}.", ref=case.reference, label=", ".join(missing))
        items = plan_bundle(all_items, exhibits, originals=originals).items
    labels_by_id = {i.id: i.label for i in evidence_store.items_of_case(vault.conn, case.id)}
    blobs, entries = [], []
    for item in items:
        data = b"".join(evidence_store.read_blob(vault.conn, str(item.blob_id)))
        first = item.provenance[0].provenance if item.provenance else Provenance()
        entries.append(
            {
                "id": item.id,
                "stands_for": str(item.original_id or ""),  # a redacted copy goes in place of its original
                "label": item.label,
                "sha256": item.sha256,
                "size": len(data),
                "mime": item.mime,
                "filename": item.filename,
                "derived_from": labels_by_id.get(str(item.original_id), "") if item.original_id else "",
                "redacted": bool(item.derivation.get("boxes")),
                "description": first.description,
                "received_from": first.received_from,
                "received_on": first.received_on,
                "custody": _custody(vault.conn, item),
            }
        )
        blobs.append(data)
    me = office.get_office(vault.conn)
    known = [
        r[0]
        for r in vault.conn.execute(
            "SELECT DISTINCT sha256 FROM case_snapshots WHERE case_id = ? ORDER BY sha256", (case.id,)
        )
    ]
    sha = document_sha256(document)
    manifest = {
        "format": FORMAT,
        "case": document,
        "case_sha256": sha,
        "parts": chosen_parts,
        "known_versions": sorted({*known, sha}),  # the documents this office has seen: the receiver's merge base
        "exhibits": entries,
        "evidence_refs": exhibit_ids.refs_for(vault.conn, case.id, document),  # cited ids -> hashes, for the receiver
        "sender_office": me.name,
        "package_id": str(uuid.uuid4()),
        "sequence": office.next_sequence(vault.conn),  # the receiver refuses one older than the last it took
    }
    contents = pack_contents(manifest, blobs)
    if len(contents) > MAX_PACKAGE:
        raise InputRejected(
            "The package would be {size} MB; the most one package holds is {most} MB. Send fewer exhibits per package.",
            size=len(contents) // 2**20,
            most=MAX_PACKAGE // 2**20,
        )
    return seal(contents, me, recipient.identity), manifest, recipient, items, consent_id


def export_referral(
    vault: Vault,
    reference: str,
    to: str,
    out: Path,
    *,
    exhibits: list[str] | None = None,
    parts: list[str] | None = None,
    originals: bool = False,
) -> ExportResult:
    """Write the package to ``out`` (a new file), audited before and after."""
    from app.cli.case_commands import write_new_file

    package, manifest, recipient, items, consent_id = build_package(
        vault, reference, to, exhibits=exhibits, parts=parts, originals=originals
    )
    if out.exists() or out.is_symlink():
        raise InputRejected("{path} already exists; a package never overwrites a file.", path=out)
    case = manifest["case"]
    detail = {
        "reference": case["reference"],
        "partner": recipient.name,
        "fingerprint": recipient.identity.fingerprint,
        "parts": manifest["parts"],
        "exhibits": [i.label for i in items],
        "consent": consent_id,
        "file": out.name,
    }
    with audited(vault, "case.referral_export", f"case:{case['id']}", detail) as record:
        write_new_file(out, package)
        record.outcome["sha256"] = hashlib.sha256(package).hexdigest()
        with transaction(vault.conn):
            _snapshot(vault, case["id"], case, recipient.identity.fingerprint, "sent")
            for item in items:
                evidence_store.record(
                    vault.conn,
                    vault.user.name,
                    "evidence.export",
                    item,
                    {"referral": out.name, "partner": recipient.shown},
                )
    return ExportResult(out, recipient, manifest["parts"], [i.label for i in items], len(package))


def _snapshot(vault: Vault, case_id: str, document: dict[str, Any], partner: str, direction: str) -> None:
    vault.conn.execute(
        "INSERT OR IGNORE INTO case_snapshots(case_id, sha256, document, partner, direction, at) VALUES (?,?,?,?,?,?)",
        (case_id, document_sha256(document), canonical(document).decode("utf-8"), partner, direction, utc_now()),
    )


# ----------------------------------------------------------------------------- import
@dataclass
class ExhibitPlan:
    label: str  # the sender's label
    sha256: str
    size: int
    known_as: str  # "" when new here, else the local label holding the same bytes
    data: bytes = field(repr=False, default=b"")
    entry: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportPlan:
    """What an import would do; nothing is written until ``apply_import``."""

    package_sha256: str
    sender_name: str
    sender: office.PublicIdentity
    partner: office.Partner | None
    created_at: str
    parts: list[str]
    case_id: str
    reference: str  # the case's reference as the sender has it
    local_reference: str  # the reference it has or will have here
    new_case: bool
    version: int  # our version the merge is based on (0 for a new case)
    base_found: bool
    document: dict[str, Any]  # the case as it will be stored
    taken: list[str]
    conflicts: list[merge.Conflict]
    exhibits: list[ExhibitPlan]
    theirs: dict[str, Any] = field(repr=False, default_factory=dict)
    package_id: str = ""
    sequence: int = 0
    evidence_refs: dict[str, list[str]] = field(repr=False, default_factory=dict)

    @property
    def sender_known(self) -> bool:
        return self.partner is not None

    def words(self, path: str) -> str:
        """A field this import touches, in words (read through the merged case, then theirs)."""
        return words(path, self.document, self.theirs)


def read_package(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_PACKAGE + 2**20:
            raise PackageDamaged("This file is too large to be a Saksi referral package.")
        return path.read_bytes()
    except FileNotFoundError:
        raise InputRejected("There is no file {path}.", path=path) from None
    except IsADirectoryError:
        raise InputRejected("{path} is a folder, not a referral package.", path=path) from None
    except OSError as exc:
        raise SaksiError("Could not read {path}: {reason}.", path=path, reason=exc.strerror) from None


def plan_import(vault: Vault, data: bytes) -> ImportPlan:
    """Open, check and compare with this vault; raises before anything is written."""
    me = office.get_office(vault.conn)
    opened = open_package(data, me)
    manifest, blobs = unpack_contents(opened.contents)
    if manifest.get("format") != FORMAT:
        raise PackageDamaged("The referral package's contents are malformed. Nothing was imported.")
    parts = parts_of(list(manifest.get("parts") or []))
    theirs = manifest["case"]
    theirs_case = parse_case(theirs)  # a broken case document is refused whole (exit 6)
    partner = office.partner_by_fingerprint(vault.conn, opened.sender.fingerprint)
    package_id, sequence = _replay_check(vault, manifest, data, opened, theirs_case.id)
    stored = case_store.get(vault.conn, theirs_case.id)
    refs = exhibit_ids.refs_of_manifest(manifest)
    ids = exhibit_ids.mapping(vault.conn, theirs_case.id, refs) if stored is not None else {}
    base_found, taken, conflicts, version = False, [], [], 0
    if stored is None:
        document = theirs_case.to_document()
        local_reference = theirs_case.reference
        if case_store.reference_exists(vault.conn, local_reference):
            local_reference = ""  # another case has it here: a new reference is given on import
        new_case = True
    else:
        if partner is None:
            raise InputRejected(
                "This package changes the case {reference}, and its sender ({fingerprint}) is not a recorded partner. Record the partner's key after comparing fingerprints, then import again.",
                reference=stored.reference,
                fingerprint=opened.sender.fingerprint,
            )
        # their exhibit ids become ours (by hash) in theirs and in the shared versions, so a cited exhibit is no edit
        common = [
            exhibit_ids.rewrite(d, ids)
            for d in _common(vault, theirs_case.id, list(manifest.get("known_versions") or []))
        ]
        base = common[0] if common else None
        base_found = base is not None
        ours = parse_case(stored.document).to_document()
        scope = scope_of(parts) | set(ALWAYS)  # the reference, status, consents... always travel, so they merge too
        result = merge.three_way(base, ours, exhibit_ids.rewrite(theirs_case.to_document(), ids), scope, common[1:])
        document = parse_case(result.document).to_document()
        taken, conflicts, version = result.taken, result.conflicts, stored.version
        local_reference, new_case = stored.reference, False
    exhibits = []
    existing = {} if new_case else {i.sha256: i.label for i in evidence_store.items_of_case(vault.conn, theirs_case.id)}
    for entry, blob in zip(manifest["exhibits"], blobs, strict=True):
        exhibits.append(
            ExhibitPlan(entry["label"], entry["sha256"], len(blob), existing.get(entry["sha256"], ""), blob, entry)
        )
    return ImportPlan(
        hashlib.sha256(data).hexdigest(),
        opened.sender_name,
        opened.sender,
        partner,
        opened.created_at,
        parts,
        theirs_case.id,
        theirs_case.reference,
        local_reference,
        new_case,
        version,
        base_found,
        document,
        taken,
        conflicts,
        exhibits,
        theirs,
        package_id,
        sequence,
        refs,
    )


def _replay_check(vault: Vault, manifest: dict[str, Any], data: bytes, opened: Opened, case_id: str) -> tuple[str, int]:
    """The package's id and sequence number; refused when imported before or older than the last one taken."""
    package_id = str(manifest.get("package_id") or hashlib.sha256(data).hexdigest())  # before format 8: its hash
    sequence = manifest.get("sequence")
    sequence = sequence if isinstance(sequence, int) and not isinstance(sequence, bool) else 0
    seen = vault.conn.execute("SELECT at FROM referral_received WHERE package_id = ?", (package_id,)).fetchone()
    if seen is not None:
        raise NothingNew(
            "This package was already imported on {when}; there is nothing new in it. Nothing was imported.",
            when=str(seen[0])[:16].replace("T", " "),
        )
    newest = vault.conn.execute(
        "SELECT sequence, sealed_at FROM referral_received WHERE sender = ? AND case_id = ?"
        " ORDER BY sequence DESC LIMIT 1",
        (opened.sender.fingerprint, case_id),
    ).fetchone()
    # Older = a lower number *and* sealed earlier: a sender restored from a backup counts again from a lower
    # number, but its new packages are sealed later, and must not be refused.
    if sequence and newest is not None and sequence < int(newest[0]) and opened.created_at < str(newest[1]):
        newest = int(newest[0])
        raise NothingNew(
            "This package is older than one already imported from the same office for this case (package {number}, already {newest}); its changes are in the newer one. Nothing was imported.",
            number=sequence,
            newest=newest,
        )
    return package_id, sequence


def _common(vault: Vault, case_id: str, known: list[str]) -> list[dict[str, Any]]:
    """The documents both offices saw, newest first: ours (sent or received) whose hash the sender lists.
    The first is the merge base."""
    if not known:
        return []
    marks = ",".join("?" * len(known))
    rows = vault.conn.execute(
        f"SELECT document, max(at) AS last FROM case_snapshots WHERE case_id = ? AND sha256 IN ({marks})"
        " GROUP BY sha256 ORDER BY last DESC",
        (case_id, *known),
    ).fetchall()
    return [json.loads(r[0]) for r in rows]


@dataclass(frozen=True)
class ImportResult:
    reference: str
    new_case: bool
    taken: int
    conflicts: int
    exhibits_added: list[str]
    exhibits_known: list[str]


def apply_import(vault: Vault, plan: ImportPlan) -> ImportResult:
    """Write the import in one transaction: the case, its conflicts, the exhibits, the audit entries."""
    sender_fp = plan.sender.fingerprint
    shown = plan.partner.name if plan.partner else plan.sender_name
    added: list[str] = []
    known: list[str] = []
    files = CaseFiles(vault)
    with transaction(vault.conn):
        if plan.new_case:
            case = parse_case(plan.document)
            case.reference = plan.local_reference
            if case.reference:
                check_reference(case.reference)
            files.create(case)
            reference = case.reference
        else:
            case = parse_case(plan.document)
            case_store.update(vault.conn, vault.user.name, case.id, case.to_document(), build_index(case), plan.version)
            reference = case.reference
        now = utc_now()
        for conflict in plan.conflicts:
            vault.conn.execute(
                "INSERT INTO case_conflicts(id, case_id, path, base, ours, theirs, partner, package, at)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    str(uuid.uuid4()),
                    case.id,
                    conflict.path,
                    canonical(conflict.base).decode(),
                    canonical(conflict.ours).decode(),
                    canonical(conflict.theirs).decode(),
                    sender_fp,
                    plan.package_sha256,
                    now,
                ),
            )
        _snapshot(vault, case.id, plan.theirs, sender_fp, "received")
        for exhibit in plan.exhibits:
            label = _import_exhibit(vault, case.id, exhibit, shown, sender_fp)
            (known if exhibit.known_as else added).append(label)
        remapped = _cite_our_exhibits(vault, case.id, plan)
        vault.conn.execute(
            "INSERT INTO referral_received(package_id, sender, case_id, sequence, sha256, sealed_at, at)"
            " VALUES (?,?,?,?,?,?,?)",
            (plan.package_id, sender_fp, case.id, plan.sequence, plan.package_sha256, plan.created_at, now),
        )
        audit.append(
            vault.conn,
            vault.user.name,
            "case.referral_import",
            f"case:{case.id}",
            {
                "reference": reference,
                "from": shown,
                "fingerprint": sender_fp,
                "known_partner": plan.partner is not None,
                "package_sha256": plan.package_sha256,
                "new_case": plan.new_case,
                "parts": plan.parts,
                "fields_taken": plan.taken[:40],
                "conflicts": [c.path for c in plan.conflicts][:40],
                "exhibits_added": added,
                "exhibits_known": known,
                "exhibit_ids_mapped": remapped,
                "package_id": plan.package_id,
                "sequence": plan.sequence,
            },
        )
    return ImportResult(reference, plan.new_case, len(plan.taken), len(plan.conflicts), added, known)


def _cite_our_exhibits(vault: Vault, case_id: str, plan: ImportPlan) -> int:
    """Now that the exhibits are here, the ids the case (and its new conflicts) cite become this vault's."""
    ids = exhibit_ids.mapping(vault.conn, case_id, plan.evidence_refs)
    stored = case_store.get(vault.conn, case_id)
    assert stored is not None
    document = exhibit_ids.rewrite(stored.document, ids)
    if document != stored.document:
        case = parse_case(document)
        case_store.update(vault.conn, vault.user.name, case_id, case.to_document(), build_index(case), stored.version)
    for row in vault.conn.execute(
        "SELECT id, base, ours, theirs FROM case_conflicts WHERE case_id = ? AND package = ?",
        (case_id, plan.package_sha256),
    ).fetchall():
        values = [canonical(exhibit_ids.rewrite(json.loads(v), ids)).decode() for v in row[1:]]
        vault.conn.execute("UPDATE case_conflicts SET base = ?, ours = ?, theirs = ? WHERE id = ?", (*values, row[0]))
    return len(ids)


def _import_exhibit(vault: Vault, case_id: str, exhibit: ExhibitPlan, sender: str, fingerprint: str) -> str:
    """A new exhibit (by hash), or the existing one; either way the sender's custody entries are kept."""
    entry = exhibit.entry
    what = entry.get("description") or ""
    provenance = Provenance(
        received_from=sender,
        received_on=utc_now()[:10],
        via="Saksi referral package",
        description=what,
        notes=f"Their exhibit {exhibit.label}" + (" (redacted copy)" if entry.get("redacted") else ""),
        source_path=entry.get("filename", ""),
    )
    item = evidence_store.find_original_by_hash(vault.conn, case_id, exhibit.sha256)
    if item is None:
        mime, kind = sniff(exhibit.data[:HEAD_BYTES])  # the type from the bytes, as on any import
        blob_id, sha, size, _known = evidence_store.store_stream(vault.conn, io.BytesIO(exhibit.data))
        item_id = evidence_store.insert_item(
            vault.conn,
            vault.user.name,
            case_id=case_id,
            blob=(blob_id, sha, size),
            filename=str(entry.get("filename") or exhibit.label),
            mime=mime,
            kind=kind,
            provenance=provenance,
        )
        found = evidence_store.get_item(vault.conn, item_id)
        assert found is not None
        item = found
    else:
        evidence_store.add_provenance(
            vault.conn, vault.user.name, item, provenance, reason="received again in a referral package"
        )
    evidence_store.record(
        vault.conn,
        vault.user.name,
        "evidence.referral_received",
        item,
        {
            "from": sender,
            "fingerprint": fingerprint,
            "their_label": exhibit.label,
            "their_custody": entry.get("custody", []),
        },
    )
    return item.label


# ----------------------------------------------------------------------------- conflicts
@dataclass(frozen=True)
class OpenConflict:
    id: str
    path: str
    base: Any
    ours: Any
    theirs: Any
    partner: str  # the partner's name when recorded, else its fingerprint
    at: str
    field: str = ""  # the path in words ("Fact 2 (...) › statement")


def conflicts(vault: Vault, reference: str) -> list[OpenConflict]:
    stored = case_store.get(vault.conn, reference)
    if stored is None:
        raise InputRejected(NO_CASE, reference=reference)
    names = {p.fingerprint: p.name for p in office.partners(vault.conn)}
    rows = vault.conn.execute(
        "SELECT id, path, base, ours, theirs, partner, at FROM case_conflicts WHERE case_id = ? AND resolved_at IS NULL"
        " ORDER BY at, path",
        (stored.case_id,),
    ).fetchall()
    found = []
    for r in rows:
        base, ours, theirs = json.loads(r[2]), json.loads(r[3]), json.loads(r[4])
        found.append(
            OpenConflict(r[0], r[1], base, ours, theirs, names.get(r[5], r[5]), r[6], words(r[1], stored.document))
        )
    return found


def resolve(vault: Vault, reference: str, conflict_id: str, take: str) -> int:
    """Settle one conflict with ``ours`` or ``theirs``; saves a new case version. Returns it."""
    if take not in ("ours", "theirs"):
        raise InputRejected("Choose 'ours' or 'theirs'.")
    match = [c for c in conflicts(vault, reference) if c.id == conflict_id or c.id.startswith(conflict_id)]
    if len(match) != 1:
        raise InputRejected(
            "There is no open conflict {conflict} in the case {reference}.", conflict=conflict_id, reference=reference
        )
    conflict = match[0]
    files = CaseFiles(vault)
    stored = case_store.get(vault.conn, reference)
    assert stored is not None
    with transaction(vault.conn):
        version = stored.version
        if take == "theirs":
            document = merge.apply_choice(stored.document, conflict.path, conflict.theirs)
            version = files.save(parse_case(document), stored.version)
        vault.conn.execute(
            "UPDATE case_conflicts SET resolved_at = ?, resolved_by = ?, chosen = ? WHERE id = ?",
            (utc_now(), vault.user.name, take, conflict.id),
        )
        audit.append(
            vault.conn,
            vault.user.name,
            "case.conflict_resolved",
            f"case:{stored.case_id}",
            {"reference": stored.reference, "path": conflict.path, "took": take, "partner": conflict.partner},
        )
    return version
