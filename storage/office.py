"""The office identity and its partners.

Every vault is one office. Its identity is a name, an X25519 key pair (partners encrypt
referral packages to it, HPKE RFC 9180) and an Ed25519 key pair (it signs the packages it
sends). The private halves live only in the ``office`` table, inside SQLCipher. What an
office hands to partners is one string, its *public key*::

    saksi-office:<base64url of the 32-byte X25519 public key + the 32-byte Ed25519 public key>

and its *fingerprint*, which two people compare out of band (read aloud on a call, in person)
before either records the other as a partner: the first 160 bits of
SHA-256("saksi-office/1" + both public keys) in base32, eight groups of four.

Partners are recorded by the fingerprint the user confirmed; adding and removing one is
audited. Nothing here encrypts or signs: app/referral/packages.py does, with these keys.
"""

from __future__ import annotations

import base64
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519, x25519
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat

from storage import audit
from storage.db import Connection, scalar, transaction
from storage.errors import InputRejected
from storage.files import utc_now

KEY_PREFIX = "saksi-office:"
FINGERPRINT_DOMAIN = b"saksi-office/1"
MAX_NAME = 80
_B32_GROUPS = re.compile(r"[^A-Z2-7]")


@dataclass(frozen=True)
class PublicIdentity:
    """What partners know of an office: both public keys (and a name chosen by whoever records it)."""

    encryption: bytes  # X25519, 32 bytes
    signing: bytes  # Ed25519, 32 bytes

    @property
    def public_key(self) -> str:
        return KEY_PREFIX + base64.urlsafe_b64encode(self.encryption + self.signing).decode().rstrip("=")

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.encryption, self.signing)

    def encryption_key(self) -> x25519.X25519PublicKey:
        return x25519.X25519PublicKey.from_public_bytes(self.encryption)

    def signing_key(self) -> ed25519.Ed25519PublicKey:
        return ed25519.Ed25519PublicKey.from_public_bytes(self.signing)


@dataclass(frozen=True)
class Office:
    name: str
    identity: PublicIdentity
    created_at: str
    _encryption_private: bytes
    _signing_private: bytes

    @property
    def public_key(self) -> str:
        return self.identity.public_key

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    def decryption_key(self) -> x25519.X25519PrivateKey:
        return x25519.X25519PrivateKey.from_private_bytes(self._encryption_private)

    def signer(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self._signing_private)


@dataclass(frozen=True)
class Partner:
    name: str
    identity: PublicIdentity
    added_at: str
    added_by: str

    @property
    def fingerprint(self) -> str:
        return self.identity.fingerprint

    @property
    def public_key(self) -> str:
        return self.identity.public_key


def fingerprint_of(encryption: bytes, signing: bytes) -> str:
    digest = hashlib.sha256(FINGERPRINT_DOMAIN + encryption + signing).digest()[:20]
    text = base64.b32encode(digest).decode()
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def same_fingerprint(typed: str, actual: str) -> bool:
    """Compare as people type: case, spaces and dashes do not matter; 0/1/8 read as O/I/B (like the recovery code)."""
    cleaned = typed.upper().translate(str.maketrans("018", "OIB"))
    return _B32_GROUPS.sub("", cleaned) == actual.replace("-", "")


def parse_public_key(text: str) -> PublicIdentity:
    """An office's public key string, as ``office show`` prints it; anything else is refused (exit 6)."""
    cleaned = "".join(text.split())
    if not cleaned.startswith(KEY_PREFIX):
        raise InputRejected("That is not a Saksi office public key: it should start with 'saksi-office:'.")
    body = cleaned[len(KEY_PREFIX) :]
    try:
        raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
    except ValueError:
        raw = b""
    if len(raw) != 64:
        raise InputRejected("That office public key is cut short or mistyped; copy it again from the partner.")
    identity = PublicIdentity(raw[:32], raw[32:])
    try:
        identity.encryption_key()
        identity.signing_key()
    except ValueError:
        raise InputRejected(
            "That office public key is cut short or mistyped; copy it again from the partner."
        ) from None
    return identity


def check_name(name: str) -> str:
    name = " ".join(name.split())
    if not name or len(name) > MAX_NAME:
        raise InputRejected("An office name is 1 to {most} characters.", most=MAX_NAME)
    return name


# ----------------------------------------------------------------------------- the office itself
def default_name(conn: Connection) -> str:
    """The vault folder's name without .saksi (and without the staging suffix while a vault is created)."""
    row = conn.execute("PRAGMA database_list").fetchone()
    folder = Path(row[2]).parent.name if row and row[2] else ""
    match = re.fullmatch(r"\.?(.*?)\.saksi(\.creating-[0-9a-f]+)?", folder)
    return check_name((match.group(1) if match else folder) or "Office")


def create_identity(conn: Connection, name: str) -> None:
    """Make the office's key pairs (inside the caller's transaction: a migration or vault creation)."""
    enc, sig = x25519.X25519PrivateKey.generate(), ed25519.Ed25519PrivateKey.generate()
    raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    identity = PublicIdentity(
        enc.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
        sig.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw),
    )
    conn.execute(
        "INSERT INTO office(id, name, encryption_private, signing_private, public_key, fingerprint, created_at)"
        " VALUES (1, ?, ?, ?, ?, ?, ?)",
        (
            check_name(name),
            enc.private_bytes(*raw),
            sig.private_bytes(*raw),
            identity.public_key,
            identity.fingerprint,
            utc_now(),
        ),
    )


def get_office(conn: Connection) -> Office:
    row = conn.execute(
        "SELECT name, encryption_private, signing_private, public_key, created_at FROM office WHERE id = 1"
    ).fetchone()
    if row is None:
        raise InputRejected("This vault has no office identity.")
    return Office(row[0], parse_public_key(row[3]), row[4], bytes(row[1]), bytes(row[2]))


def rename_office(conn: Connection, actor: str, name: str) -> None:
    name = check_name(name)
    with transaction(conn):
        old = scalar(conn, "SELECT name FROM office WHERE id = 1")
        conn.execute("UPDATE office SET name = ? WHERE id = 1", (name,))
        audit.append(conn, actor, "office.rename", "office", {"from": old, "to": name})


def next_sequence(conn: Connection) -> int:
    """The number of the next package this office seals: partners refuse one not newer than the last they took."""
    with transaction(conn):
        conn.execute("UPDATE office SET sequence = sequence + 1 WHERE id = 1")
        return int(scalar(conn, "SELECT sequence FROM office WHERE id = 1") or 0)


# ----------------------------------------------------------------------------- partners
def add_partner(conn: Connection, actor: str, name: str, public_key: str, confirmed_fingerprint: str) -> Partner:
    """Record a partner's key once the user has compared its fingerprint with the partner (out of band)."""
    name = check_name(name)
    identity = parse_public_key(public_key)
    if not same_fingerprint(confirmed_fingerprint, identity.fingerprint):
        raise InputRejected(
            "The fingerprint you compared ({typed}) is not this key's ({actual}). Do not record it: ask the partner to send their key again.",
            typed=confirmed_fingerprint.strip(),
            actual=identity.fingerprint,
        )
    own = scalar(conn, "SELECT fingerprint FROM office WHERE id = 1")
    if own == identity.fingerprint:
        raise InputRejected("That is this office's own key.")
    with transaction(conn):
        taken = conn.execute(
            "SELECT fingerprint FROM partners WHERE name = ? AND removed_at IS NULL AND fingerprint != ?",
            (name, identity.fingerprint),
        ).fetchone()
        if taken:
            raise InputRejected("A partner named '{name}' is already recorded with another key.", name=name)
        now = utc_now()
        conn.execute(
            "INSERT INTO partners(fingerprint, name, public_key, added_at, added_by) VALUES (?,?,?,?,?)"
            " ON CONFLICT(fingerprint) DO UPDATE SET name = excluded.name, added_at = excluded.added_at,"
            " added_by = excluded.added_by, removed_at = NULL, removed_by = NULL",
            (identity.fingerprint, name, identity.public_key, now, actor),
        )
        audit.append(
            conn, actor, "partner.add", f"partner:{identity.fingerprint}", {"name": name, "compared": "fingerprint"}
        )
    return Partner(name, identity, now, actor)


def remove_partner(conn: Connection, actor: str, name_or_fingerprint: str) -> Partner:
    partner = find_partner(conn, name_or_fingerprint)
    if partner is None:
        raise InputRejected("There is no partner '{partner}' in this vault.", partner=name_or_fingerprint)
    with transaction(conn):
        conn.execute(
            "UPDATE partners SET removed_at = ?, removed_by = ? WHERE fingerprint = ?",
            (utc_now(), actor, partner.fingerprint),
        )
        audit.append(conn, actor, "partner.remove", f"partner:{partner.fingerprint}", {"name": partner.name})
    return partner


def partners(conn: Connection) -> list[Partner]:
    rows = conn.execute(
        "SELECT name, public_key, added_at, added_by FROM partners WHERE removed_at IS NULL ORDER BY name"
    ).fetchall()
    return [Partner(r[0], parse_public_key(r[1]), r[2], r[3]) for r in rows]


def find_partner(conn: Connection, key: str) -> Partner | None:
    """By name, fingerprint (as typed) or public key."""
    for partner in partners(conn):
        if key.strip() in (partner.name, partner.public_key) or same_fingerprint(key, partner.fingerprint):
            return partner
    return None


def partner_by_fingerprint(conn: Connection, fingerprint: str) -> Partner | None:
    return next((p for p in partners(conn) if p.fingerprint == fingerprint), None)
