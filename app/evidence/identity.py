"""A passport's or ID card's MRZ offered as the client's identity document: suggestions the lawyer accepts,
never applied silently. Only fields the case leaves empty are filled; a differing value is shown, not
overwritten; the document is added once (by number)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.cases.case_files import CaseFiles
from app.cases.model import Case, IdentityDocument, Name
from storage import audit
from storage.errors import InputRejected
from storage.evidence import Item
from storage.vault import Vault

SEXES = {"M": "male", "F": "female", "X": "other"}


@dataclass(frozen=True)
class Suggestion:
    field: str  # client.names, client.date_of_birth, client.sex, client.nationalities, client.documents
    current: str
    suggested: str

    @property
    def fills_empty(self) -> bool:
        return not self.current


def _alpha2(alpha3: str) -> str:
    from iso3166 import countries_by_alpha3

    country = countries_by_alpha3.get(alpha3.upper())
    return country.alpha2 if country else ""


def suggestions(case: Case, mrz: dict[str, Any]) -> list[Suggestion]:
    client = case.client
    name = " ".join(p for p in (str(mrz.get("given_names", "")), str(mrz.get("surname", ""))) if p).title()
    document = f"{'passport' if mrz.get('kind') == 'TD3' else 'national_id'} {mrz.get('document_number', '')}"
    found = [
        Suggestion("client.names", client.display_name, name),
        Suggestion("client.date_of_birth", client.date_of_birth, str(mrz.get("birth_date", ""))),
        Suggestion("client.sex", "" if client.sex == "unknown" else client.sex, SEXES.get(str(mrz.get("sex")), "")),
        Suggestion("client.nationalities", ", ".join(client.nationalities), _alpha2(str(mrz.get("nationality", "")))),
    ]
    numbers = {d.number for d in client.documents}
    if mrz.get("document_number") not in numbers:
        found.append(Suggestion("client.documents", "", document))
    return [s for s in found if s.suggested and s.suggested != s.current]


def accept(vault: Vault, reference: str, item: Item) -> list[Suggestion]:
    """Apply the MRZ of ``item`` to the case where the case is empty; returns what was applied."""
    mrz = item.metadata.get("mrz")
    if not isinstance(mrz, dict):
        raise InputRejected("No machine-readable zone was read from {label}.", label=item.label)
    if not mrz.get("valid"):
        raise InputRejected(
            "The check digits of the machine-readable zone of {label} do not all hold; check the document and type the details in.",
            label=item.label,
        )
    files = CaseFiles(vault)
    case, version = files.load(reference)
    applied = [s for s in suggestions(case, mrz) if s.fills_empty]
    for suggestion in applied:
        _apply(case, suggestion, mrz, item)
    if applied:
        files.save(case, version)
        audit.append(
            vault.conn,
            vault.user.name,
            "case.mrz_accepted",
            f"case:{case.id}",
            {"exhibit": item.label, "fields": [s.field for s in applied]},
        )
    return applied


def _apply(case: Case, suggestion: Suggestion, mrz: dict[str, Any], item: Item) -> None:
    client = case.client
    if suggestion.field == "client.names":
        client.names.append(Name(text=suggestion.suggested, kind="name", script="Latn"))
    elif suggestion.field == "client.date_of_birth":
        client.date_of_birth = suggestion.suggested
    elif suggestion.field == "client.sex":
        client.sex = suggestion.suggested
    elif suggestion.field == "client.nationalities":
        client.nationalities = [suggestion.suggested]
    elif suggestion.field == "client.documents":
        client.documents.append(
            IdentityDocument(
                type="passport" if mrz.get("kind") == "TD3" else "national_id",
                number=str(mrz.get("document_number", "")),
                issuer=str(mrz.get("issuer", "")),
                expiry=str(mrz.get("expiry_date", "")),
            )
        )
