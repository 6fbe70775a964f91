"""This office's identity and the partner offices it trusts, for a vault (the desktop's office dialog and the
referral dialog call these; storage.office keeps the SQL)."""

from __future__ import annotations

from storage import evidence as evidence_store
from storage import office
from storage.office import Office, Partner, PublicIdentity
from storage.vault import Vault


def this_office(vault: Vault) -> Office:
    return office.get_office(vault.conn)


def partners(vault: Vault) -> list[Partner]:
    return office.partners(vault.conn)


def partner(vault: Vault, fingerprint: str) -> Partner | None:
    return office.partner_by_fingerprint(vault.conn, fingerprint)


def parse_key(text: str) -> PublicIdentity:
    """A typed or pasted public key (InputRejected if it is not one)."""
    return office.parse_public_key(text)


def add(vault: Vault, name: str, public_key: str, confirmed_fingerprint: str) -> Partner:
    """Record a partner (audited) once the user compared its fingerprint with the partner's."""
    return office.add_partner(vault.conn, vault.user.name, name, public_key, confirmed_fingerprint)


def remove(vault: Vault, fingerprint: str) -> Partner:
    return office.remove_partner(vault.conn, vault.user.name, fingerprint)


def sendable_exhibits(vault: Vault, case_id: str) -> list[tuple[str, str]]:
    """(label, file name) of the case's originals that carry a file: what a referral may include."""
    return [
        (item.label, item.filename)
        for item in evidence_store.items_of_case(vault.conn, case_id)
        if item.is_original and item.blob_id is not None
    ]
