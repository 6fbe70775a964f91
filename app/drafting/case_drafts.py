"""Draft filings for a case: generate from a template, edit, save versions, confirm citations, export."""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.cases.case_files import CaseFiles
from app.common.exports import audited
from app.common.settings import data_dir
from app.drafting import compose as drafting
from app.writers.draft_docx import draft_docx
from app.writers.draft_pdf import DocumentInfo, draft_pdf
from storage import drafts as store
from storage import evidence as evidence_store
from storage.errors import InputRejected, PermissionDenied
from storage.files import os_error
from storage.phrases import ALREADY_EXISTS, MAY_NOT_EXPORT_DRAFTS
from storage.vault import Vault

NOT_NATIVE = {
    "km": "This Khmer text was not written or reviewed by a native Khmer legal drafter. Have it checked before filing.",
    "th": "This Thai text was not written or reviewed by a native Thai legal drafter. Have it checked before filing.",
}


@cache
def library(folder: Path | None = None) -> Any:
    """The legal library: shipped files plus the lawyer's own folder (cached; cache_clear() after edits)."""
    from legal_templates.loader import load_library

    return load_library(folder if folder is not None else user_dir())


def user_dir() -> Path | None:
    """$SAKSI_LEGAL_DIR, else legal_templates/ in the app's data folder."""
    from legal_templates.loader import default_user_dir

    found: Path | None = default_user_dir(data_dir())
    return found


@dataclass(frozen=True)
class Generated:
    draft: store.Draft
    gaps: list[str]
    unconfirmed: list[str]


class Drafts:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.cases = CaseFiles(vault)
        self.library = library()

    def exhibits(self, reference: str) -> list[dict[str, Any]]:
        case_id = self.cases.load(reference)[0].id
        items = evidence_store.items_of_case(self.vault.conn, case_id)
        return [drafting.exhibit_view(i, i.provenance[0].provenance.description if i.provenance else "") for i in items]

    def generate(self, reference: str, template: str, language: str, recipient: str = "") -> Generated:
        case, _ = self.cases.load(reference)
        info, _variant = drafting.choose(template, language, user_dir())
        rendered = drafting.render(
            template,
            language,
            case,
            library=self.library,
            exhibits=self.exhibits(reference),
            recipient=recipient,
            author=case.lawyer or self.vault.user.name,
            user_dir=user_dir(),
        )
        draft_id = store.create(
            self.vault.conn,
            self.vault.user.name,
            case_id=case.id,
            template=template,
            language=language,
            recipient=recipient,
            title=info.title,
            text=rendered.text,
        )
        draft = self.get(draft_id)
        return Generated(draft, rendered.gaps, self.unconfirmed(draft))

    def get(self, draft_id: str, version: int | None = None) -> store.Draft:
        found = store.get(self.vault.conn, draft_id, version)
        if found is None:
            raise InputRejected("That draft does not exist.")
        return found

    def of_case(self, reference: str) -> list[store.Draft]:
        return store.of_case(self.vault.conn, self.cases.load(reference)[0].id)

    def save(self, draft_id: str, text: str, note: str = "") -> int:
        return store.save_version(self.vault.conn, self.vault.user.name, draft_id, text, note)

    def confirm(self, draft_id: str, citation_id: str, confirmed: bool = True) -> None:
        """The lawyer checked this citation against the official text, for this draft (audited)."""
        if self.vault.user.role == "paralegal":
            raise PermissionDenied("Only a lawyer or an admin can confirm a citation for filing.")
        store.set_confirmed(self.vault.conn, self.vault.user.name, draft_id, citation_id, confirmed)

    def versions(self, draft_id: str) -> list[tuple[int, str, str, str]]:
        """(version, when, who, note) of a draft, newest first."""
        return store.versions(self.vault.conn, draft_id)

    def unconfirmed(self, draft: store.Draft) -> list[str]:
        return drafting.unconfirmed(draft.text, self.library, draft.confirmed)

    def resolved_text(self, draft: store.Draft) -> str:
        return drafting.resolve(draft.text, self.library, draft.confirmed)

    def info(self, draft: store.Draft, reference: str) -> DocumentInfo:
        note = "" if self._native(draft) else NOT_NATIVE.get(draft.language, "")
        lawyer = self.cases.load(reference)[0].lawyer if reference else ""
        author = lawyer or draft.created_by
        return DocumentInfo(draft.title, reference, draft.language, self.exhibits(reference), note, author)

    def _native(self, draft: store.Draft) -> bool:
        try:
            _info, variant = drafting.choose(draft.template, draft.language, user_dir())
        except InputRejected:
            return True
        return variant.native_drafter

    def render_bytes(self, draft: store.Draft, kind: str) -> bytes:
        reference = self._reference(draft)
        blocks = drafting.parse(self.resolved_text(draft))
        info = self.info(draft, reference)
        if kind == "pdf":
            return draft_pdf(blocks, info)
        if kind == "docx":
            return draft_docx(blocks, info)
        raise InputRejected("Unknown export format '{kind}'; use .pdf or .docx.", kind=kind)

    def _reference(self, draft: store.Draft) -> str:
        row = self.vault.conn.execute("SELECT reference FROM cases WHERE id = ?", (draft.case_id,)).fetchone()
        return str(row[0]) if row else ""

    def export(self, draft: store.Draft, destination: str | os.PathLike[str]) -> Path:
        if not self.vault.user.may_export:
            raise PermissionDenied(MAY_NOT_EXPORT_DRAFTS)
        target = Path(destination)
        kind = target.suffix.lower().lstrip(".")
        data = self.render_bytes(draft, kind)
        if target.exists():
            raise InputRejected(ALREADY_EXISTS, target=target)
        detail = {
            "version": draft.version,
            "format": kind,
            "to": str(target),
            "unconfirmed": self.unconfirmed(draft),
            "gaps": drafting.gaps_in(draft.text),
        }
        with audited(self.vault, "draft.export", f"draft:{draft.id}", detail):  # intent first, outcome after
            try:
                with target.open("xb") as out:  # never over a file that appeared meanwhile
                    out.write(data)
            except FileExistsError:
                raise InputRejected(ALREADY_EXISTS, target=target) from None
            except OSError as exc:
                target.unlink(missing_ok=True)
                raise os_error(exc, target) from None
        return target
