"""The ``saksi templates ...`` and ``saksi draft`` commands. Results go to stdout, messages to stderr.

Filing templates live in legal_templates/filings/ and the lawyer's own folder
(SAKSI_LEGAL_DIR/filings). ``draft`` generates a filing from a template, stores it in
the vault as a draft version (audited), and exports it as PDF or Word. What the case
lacks is listed ("missing: ..."), and so is every citation that still needs checking
against the official text; neither stops the export (exit 0): the draft is for the
lawyer to complete and check before filing.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path
from typing import Any

from app.cli.analysis_commands import legal_library
from app.cli.case_commands import clean, print_json, print_table, unlock
from app.cli.prompt import say
from app.drafting import case_drafts as drafts
from app.drafting import compose as drafting
from storage.errors import InputRejected, PermissionDenied
from storage.phrases import MAY_NOT_EXPORT_DRAFTS, UNVERIFIED_MARKER

FORMATS = (".pdf", ".docx")


def _templates() -> dict[str, drafting.TemplateInfo]:
    return drafting.list_templates(drafts.user_dir())


def _language(code: str) -> str:
    return drafting.LANGUAGES.get(code, code)


def templates_list(args: Namespace) -> int:
    found = _templates()
    if args.json:
        print_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "description": t.description,
                    "recipients": list(t.recipients),
                    "origin": t.origin,
                    "languages": [
                        {"language": v.language, "name": _language(v.language), "native_drafter": v.native_drafter}
                        for v in t.variants.values()
                    ],
                }
                for t in found.values()
            ]
        )
        return 0
    if not found:
        say("No filing templates are installed.")
        return 0

    def languages(info: drafting.TemplateInfo) -> str:
        return ", ".join(
            f"{v.language} ({'native drafter' if v.native_drafter else 'not by a native legal drafter'})"
            for v in info.variants.values()
        )

    print_table(("ID", "LANGUAGES", "TITLE"), ((t.id, languages(t), t.title) for t in found.values()))
    return 0


def _target(out: str) -> Path:
    """The file to write: .pdf or .docx, new, in an existing folder (checked before any secret is asked)."""
    target = Path(out)
    if target.suffix.lower() not in FORMATS:
        raise InputRejected(f"{target.name}: the draft is written as .pdf or .docx; give a name ending in one of them.")
    if target.exists() or target.is_symlink():
        raise InputRejected(f"{target} already exists; export never overwrites a file. Choose a new name.")
    if not target.parent.is_dir():
        raise InputRejected(f"The folder {target.parent} does not exist.")
    return target


def _article(library: Any, citation_id: str) -> str:
    try:
        return str(library.citation(citation_id).article)
    except KeyError:
        return "not in the legal library"


def draft(args: Namespace) -> int:
    target = _target(args.out)
    library = legal_library()
    info, variant = drafting.choose(args.template, args.lang, drafts.user_dir())  # unknown: exit 6
    with unlock(args) as vault:
        if not vault.user.may_export:  # refused before a draft is stored that could not leave the vault
            raise PermissionDenied(MAY_NOT_EXPORT_DRAFTS)
        files = drafts.Drafts(vault)
        generated = files.generate(args.reference, args.template, args.lang, args.recipient or "")
        written = files.export(generated.draft, target)
    gaps = list(dict.fromkeys([*generated.gaps, *drafting.gaps_in(generated.draft.text)]))
    say(
        f"Generated '{clean(info.title)}' ({_language(args.lang)}) for case {args.reference}; it is saved in the vault "
        f"as draft {generated.draft.id}, version {generated.draft.version}."
    )
    if not variant.native_drafter:
        say(
            f"note: this {_language(args.lang)} text was not written or reviewed by a native legal drafter; "
            "have it checked before filing."
        )
    for gap in gaps:
        say(f"missing: {clean(gap)}")
    for citation_id in generated.unconfirmed:
        say(f"{UNVERIFIED_MARKER.strip('[]')}: {citation_id} ({clean(_article(library, citation_id))})")
    say("The exported file is not encrypted: keep it safe and delete it when done.")
    print(written)
    return 0
