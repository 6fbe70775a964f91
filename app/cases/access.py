"""Which cases a user's cross-case views draw on: the identifiers index, the Recruiters view, a case's links,
the "also in cases" marks of a chat.

Admins and lawyers see every case: linking a recruiter's number across the office's cases is the point of
those views. A paralegal sees identifiers and links only from the cases they are the lawyer or paralegal of
(the same rule as the audit viewer, app/common/audit_log.py). Other cases are left out entirely, not counted: a
count of hidden cases would still tell a paralegal that a client of another case was recruited by the same
person, which is what the rule keeps from them. Roles are accountability, not cryptographic separation
(docs/architecture.md): this decides what the app shows, not what the data key can read.
"""

from __future__ import annotations

from storage.errors import PermissionDenied
from storage.vault import User, Vault


def sees_every_case(user: User) -> bool:
    return user.role in ("admin", "lawyer")


def visible_case_ids(vault: Vault) -> frozenset[str] | None:
    """The ids of the cases ``vault.user`` may see in cross-case views; None means every case."""
    user = vault.user
    if sees_every_case(user):
        return None
    rows = vault.conn.execute(
        "SELECT id FROM cases WHERE deleted_at IS NULL AND (lawyer = ? OR paralegal = ?)", (user.name, user.name)
    )
    return frozenset(r[0] for r in rows)


def may_see(visible: frozenset[str] | None, case_id: str) -> bool:
    return visible is None or case_id in visible


def check_case(vault: Vault, case_id: str, reference: str) -> None:
    """Refuse a cross-case view of a case this user is not on (a paralegal asking for another's case)."""
    if not may_see(visible_case_ids(vault), case_id):
        raise PermissionDenied(
            "A paralegal sees the identifiers of the cases they are the lawyer or paralegal of; {reference} is not one of them.",
            reference=reference,
        )
