"""The ``saksi`` command: ``saksi`` opens the desktop app; ``saksi vault ...`` looks after vaults,
``saksi case ...`` and ``saksi evidence ...`` work on case files and exhibits, ``saksi frameworks ...``
and ``saksi analyse`` show the law and a case's proof matrix, ``saksi templates ...`` and ``saksi draft``
make filings, ``saksi report findings`` writes the anonymised findings, ``saksi demo`` fills a vault
with synthetic cases.

Exit codes: 0 success; 1 other error; 2 usage; 3 wrong passphrase, recovery
code or unknown user; 4 vault damaged, tampered or unreadable; 5 vault from a
newer Saksi; 6 input rejected; 130 interrupted. Messages go to stderr as one
or two plain sentences; a bug prints one line and leaves a crash log holding
only the exception type and stack frames (never messages: they may name people).
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from types import ModuleType

# Only light modules at the top: ``saksi --version`` and ``--help`` must start fast (tests/e2e/test_cli_startup.py),
# so each command's module (and with it SQLCipher, pydantic, reportlab...) is imported when that command runs.
from app.cli.defaults import AUDIT_KINDS, DEFAULT_EVIDENCE_CASES, DEFAULT_K, MIN_K
from storage.meta import ROLES, app_version

Command = Callable[[argparse.Namespace], int]


class _Lazy:
    """A command named by module and function, imported only when it runs."""

    def __init__(self, module: str, function: str) -> None:
        self.module, self.function = module, function

    def __call__(self, args: argparse.Namespace) -> int:
        from importlib import import_module

        func: Command = getattr(import_module(f"app.cli.{self.module}"), self.function)
        return func(args)


class _Commands:
    """``cli_vault.create`` and the like, without importing app/cli/vault_commands.py until a command is called."""

    def __init__(self, module: str) -> None:
        self.module = module

    def __getattr__(self, function: str) -> _Lazy:
        return _Lazy(self.module, function)


cli_analysis, cli_cases, cli_drafts = (
    _Commands("analysis_commands"),
    _Commands("case_commands"),
    _Commands("draft_commands"),
)
cli_evidence, cli_reports, cli_vault = (
    _Commands("evidence_commands"),
    _Commands("report_commands"),
    _Commands("vault_commands"),
)
cli_filings, cli_audit = _Commands("filing_commands"), _Commands("audit_commands")
cli_identifiers, cli_referral = _Commands("identifier_commands"), _Commands("referral_commands")


def say(message: str) -> None:
    from app.cli.prompt import say as tell

    tell(message)


EPILOG = """\
Secrets are never arguments. On a terminal they are asked without echo; scripts set
SAKSI_PASSPHRASE, SAKSI_NEW_PASSPHRASE and SAKSI_RECOVERY_CODE. --user may come from
SAKSI_USER and defaults to the vault's only user.

Exit codes: 0 success, 1 other error, 2 usage, 3 wrong passphrase / recovery code /
unknown user, 4 vault damaged or unreadable, 5 vault from a newer Saksi, 6 input rejected."""


# ---------------------------------------------------------------------- parser
def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, not '{text}'")
    return value


def _non_negative(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected a whole number (0 or more), not '{text}'")
    return value


def _fuzzy_date(text: str) -> str:
    """YYYY, YYYY-MM or YYYY-MM-DD (a date received may be remembered only roughly)."""
    try:
        if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text) is None:
            raise ValueError
        if len(text) == 10:
            date.fromisoformat(text)
        elif len(text) == 7 and not 1 <= int(text[5:]) <= 12:
            raise ValueError
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2024-03-15, 2024-03 or 2024, not '{text}'") from None
    return text


def _iso_date(text: str) -> date:
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text) is None:
            raise ValueError
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date like 2024-03-15, not '{text}'") from None


def _country(text: str) -> str:
    if re.fullmatch(r"[A-Za-z]{2}", text) is None:
        raise argparse.ArgumentTypeError(f"expected a two-letter country code like KH, not '{text}'")
    return text.upper()


def _user_option() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--user", metavar="NAME", help="act as this user (default: SAKSI_USER, or the only user)")
    return parent


def _command(
    sub: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    func: Command,
    help_text: str,
    group: str = "vault",
) -> argparse.ArgumentParser:
    """One command with its one-line help; its name (never its arguments) goes in crash logs."""
    parser = sub.add_parser(name, help=help_text, description=help_text, parents=[_user_option()])
    parser.set_defaults(func=func, command=f"{group} {name}".strip())
    return parser


def _add_vault_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(sub, "create", cli_vault.create, "Create a new vault and print its recovery code once.")
    p.add_argument("path", metavar="PATH", help="the new vault folder (NAME.saksi)")
    p = _command(sub, "verify", cli_vault.verify, "Check every page, the structure and the audit log.")
    p.add_argument("path", metavar="PATH")
    p = _command(sub, "backup", cli_vault.backup, "Write an encrypted, verified copy and print its path.")
    p.add_argument("path", metavar="PATH")
    p.add_argument("dest", metavar="DEST", help="a folder to put the backup in, or the backup's new name")
    p = _command(sub, "restore", cli_vault.restore_backup, "Restore a backup into a new folder.")
    p.add_argument("backup", metavar="BACKUP")
    p.add_argument("dest", metavar="DEST")
    p.add_argument("--replace", action="store_true", help="replace an existing vault at DEST (it is kept beside it)")
    p.add_argument("--yes", action="store_true", help="confirm --replace without being asked (for scripts)")
    p = _command(sub, "passwd", cli_vault.passwd, "Change your passphrase.")
    p.add_argument("path", metavar="PATH")
    p = _command(sub, "recover", cli_vault.recover, "Unlock with the recovery code and set a new passphrase.")
    p.add_argument("path", metavar="PATH")
    help_text = "List, add and remove users; reset passphrases; change roles."
    _add_users_commands(sub.add_parser("users", help=help_text, description=help_text))
    p = _command(sub, "rekey", cli_vault.rekey, "Re-encrypt under a new data key (admin); new recovery code.")
    p.add_argument("path", metavar="PATH")
    p = _command(sub, "recovery-code", cli_vault.recovery_code, "Replace the recovery code (admin).")
    p.add_argument("path", metavar="PATH")
    p = _command(sub, "auto-lock", cli_vault.auto_lock, "Show or set (admin) the longest idle time before locking.")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--max", type=int, metavar="MINUTES", help="set the limit for everyone (0: no limit)")
    p = _command(sub, "log", cli_vault.log, "Show the audit log, oldest of the last N entries first.")
    p.add_argument("path", metavar="PATH")
    p.add_argument("--limit", type=_positive, default=100, metavar="N", help="the last N entries (default 100)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_users_commands(users: argparse.ArgumentParser) -> None:
    users.add_argument("path", metavar="PATH")
    sub = users.add_subparsers(title="actions", metavar="ACTION", required=True)

    def action(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        return _command(sub, name, func, help_text, group="vault users")

    p = action("list", cli_vault.users_list, "List users, their roles and passphrase state.")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = action("add", cli_vault.users_add, "Add a user (admin); passphrase from SAKSI_NEW_PASSPHRASE.")
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", required=True, choices=ROLES)
    p = action("remove", cli_vault.users_remove, "Remove a user (admin); their history stays.")
    p.add_argument("name", metavar="NAME")
    p = action("reset", cli_vault.users_reset, "Set a temporary passphrase for a user (admin).")
    p.add_argument("name", metavar="NAME")
    p = action("role", cli_vault.users_role, "Change a user's role (admin).")
    p.add_argument("name", metavar="NAME")
    p.add_argument("role", metavar="ROLE", choices=ROLES, help=f"one of: {', '.join(ROLES)}")


REF_HELP = "the case reference, e.g. KH-2026-0001"


def _add_case_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        parser = _command(sub, name, func, help_text, group="case")
        parser.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
        return parser

    p = command("add", cli_cases.add, "Add a case from a JSON file (docs/case-format.md); print its reference.")
    p.add_argument("--json", required=True, metavar="FILE", help="the case document ('-' reads standard input)")
    p = command("list", cli_cases.list_cases, "List cases, optionally only those matching a search or status.")
    p.add_argument("--search", metavar="TEXT", help="any part of a name, identifier or other text, in any script")
    p.add_argument("--status", choices=_vocab().codes(_vocab().CASE_STATUS))
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command("show", cli_cases.show, "Show a case: journey, charges, deadlines, people and links, remedies.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--json", action="store_true", help="print the whole case document (recorded as an export)")
    p = command("export", cli_cases.export, "Write a case as JSON, in the format 'case add' reads.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--json", required=True, metavar="OUT", help="a new file ('-' writes to standard output)")
    p = command(
        "identification",
        cli_filings.identification,
        "Show or record the competent authority's identification decision (filings say 'presumed victim' until then).",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--by", metavar="AUTHORITY", help="the authority (and officer) that identified the client")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="the date of the decision")
    p.add_argument("--reference", dest="reference_number", metavar="NUMBER", help="the decision's number")
    p.add_argument(
        "--outcome",
        choices=_vocab().codes(_vocab().IDENTIFICATION_OUTCOMES),
        help="identified (default) or not_identified (a negative decision: the filings keep 'presumed victim')",
    )
    p.add_argument("--note", metavar="TEXT")
    p.add_argument("--clear", action="store_true", help="remove a decision recorded by mistake")
    p = command(
        "update",
        cli_referral.case_update,
        "Save an edited case document (as 'case export' writes it) as a new version; refused if the case changed since.",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--json", required=True, metavar="FILE", help="the edited case document")
    p.add_argument(
        "--version",
        required=True,
        type=_positive,
        metavar="N",
        help="the version the edit started from ('case export' prints it); a later save refuses the update",
    )
    p = command("deadlines", cli_cases.deadlines, "List open deadlines in the next N days, overdue ones included.")
    p.add_argument("--days", type=_non_negative, default=7, metavar="N", help="how many days ahead (default 7)")
    p.add_argument("--json", action="store_true", help="print JSON")


def _add_evidence_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    def command(name: str, func: Command, help_text: str) -> argparse.ArgumentParser:
        parser = _command(sub, name, func, help_text, group="evidence")
        parser.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
        return parser

    p = command("add", cli_evidence.add, "Import files and folders into a case, byte for byte, with their provenance.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("files", metavar="FILE", nargs="+", help="files, or folders (everything inside is imported)")
    p.add_argument("--received-from", metavar="TEXT", help="who gave the files (client, family, officer...)")
    p.add_argument("--received-on", type=_fuzzy_date, metavar="DATE", help="when they were received (YYYY-MM-DD)")
    p.add_argument("--via", metavar="TEXT", help="how they were received (phone transfer, USB, email...)")
    p.add_argument("--description", metavar="TEXT", help="what the files are")
    p.add_argument("--read-text", action="store_true", help="also read the text of the images (OCR, as read-text)")
    p = command("list", cli_evidence.list_items, "List a case's exhibits with their SHA-256.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command(
        "export",
        cli_evidence.export,
        "Export a court bundle (exhibits, SHA256SUMS, hash manifest, custody chain, index). An exhibit that has a"
        " redacted copy goes out as that copy; the others as their original.",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("dest", metavar="DEST", help="an existing folder to write the bundle in")
    scope = p.add_mutually_exclusive_group()
    scope.add_argument(
        "--redacted-only", action="store_true", help="only redacted copies; originals without one are left out"
    )
    scope.add_argument(
        "--originals",
        action="store_true",
        help="also the unredacted originals of redacted exhibits (named in a warning: identity documents,"
        " photos with a GPS position)",
    )
    p.add_argument("--zip", action="store_true", help="write one .zip file instead of a folder")
    p.add_argument(
        "--exhibit",
        action="extend",
        nargs="+",
        metavar="E",
        help="only these exhibits (after DEST), e.g. --exhibit E-1 E-3",
    )
    command("verify", cli_evidence.verify, "Re-hash every stored file and name any that no longer match.")
    p = command("show", cli_evidence.show, "Show one exhibit: its hash, text, and a chat's messages.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the exhibit, e.g. E-3")
    p.add_argument("--json", action="store_true", help="print JSON (a chat's messages as a 'messages' list)")
    p = command(
        "describe", cli_evidence.describe_exhibit, "Change what an exhibit is said to be (kept in its history)."
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the exhibit, e.g. E-3")
    p.add_argument("description", metavar="TEXT", help="the new description")
    p = command("renumber", cli_evidence.renumber, "Give an exhibit another number; the exhibits between move by one.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the exhibit, e.g. E-5 (an original: its copies follow it)")
    p.add_argument("number", metavar="N", type=int, help="its new number, e.g. 2 for E-2")
    p = command(
        "date-order",
        cli_evidence.date_order,
        "Read a WhatsApp export's dates in another order (DMY, MDY or YMD) when the one chosen is wrong.",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the chat exhibit, e.g. E-3")
    p.add_argument("order", metavar="ORDER", choices=["DMY", "MDY", "YMD", "dmy", "mdy", "ymd"], help="DMY, MDY or YMD")
    p = command(
        "read-text", cli_evidence.read_text, "Read the text of images (OCR with Tesseract) and any passport MRZ."
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", nargs="*", help="images to read (default: every image of the case)")
    p.add_argument("--languages", metavar="LIST", help="Tesseract languages, e.g. eng,khm,tha,mya,lao,vie,chi_sim")
    p = command("mrz", cli_evidence.mrz_command, "Show a passport's MRZ and what it would fill in the case.")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the image, e.g. E-4")
    p.add_argument("--accept", action="store_true", help="fill the case's empty identity fields from it")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command(
        "quote", cli_evidence.quote_messages, "Quote chat messages with their exhibit, number, time and sender."
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the chat exhibit, e.g. E-3")
    p.add_argument("messages", metavar="N", type=int, nargs="+", help="message numbers (as evidence show lists them)")
    p.add_argument("--fact", action="store_true", help="also add them to the case as a fact supported by the chat")
    p = command(
        "transcript",
        cli_evidence.transcript,
        "Write a chat's transcript PDF for court: messages with times, the export's SHA-256, its custody entry.",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("exhibit", metavar="E", help="the chat exhibit, e.g. E-3")
    p.add_argument("dest", metavar="DEST", help="a new .pdf file, or an existing folder")
    p.add_argument("--message", type=int, action="extend", nargs="+", metavar="N", help="only these messages")
    for name, help_text in (
        (
            "reread",
            "Read text and file exhibits again as chats (imported before Saksi read chats, or kept as plain files"
            " with a reason); the stored bytes stay as they are.",
        ),
        ("reparse", "The same as reread (its former name)."),
    ):
        p = command(name, cli_evidence.reread_chats, help_text)
        p.add_argument("reference", metavar="REF", help=REF_HELP)
        p.add_argument("exhibit", metavar="E", nargs="*", help="the exhibits (default: every text or file exhibit)")


def _add_legal_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """frameworks, analyse, templates, draft: the law, a case's analysis, and filings."""

    def plain(
        sub: argparse._SubParsersAction[argparse.ArgumentParser], name: str, func: Command, help_text: str, group: str
    ) -> argparse.ArgumentParser:
        parser = sub.add_parser(name, help=help_text, description=help_text)  # no vault, so no --user
        parser.set_defaults(func=func, command=f"{group} {name}")
        return parser

    frameworks = top.add_parser(
        "frameworks",
        help="The legal frameworks, their citations (with verification status) and elements.",
        description="The legal frameworks: shipped, and your own in SAKSI_LEGAL_DIR (see legal_templates/README.md).",
    )
    sub = frameworks.add_subparsers(title="frameworks commands", metavar="COMMAND", required=True)
    p = plain(
        sub,
        "list",
        cli_analysis.frameworks_list,
        "List frameworks: id, elements, unverified citations, title.",
        "frameworks",
    )
    p.add_argument("--json", action="store_true", help="print JSON")
    p = plain(
        sub,
        "show",
        cli_analysis.frameworks_show,
        "Show a framework's citations (unverified ones marked) and its elements by group.",
        "frameworks",
    )
    p.add_argument("id", metavar="ID", help="the framework id, e.g. palermo (see 'saksi frameworks list')")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = _command(
        top,
        "analyse",
        cli_analysis.analyse,
        "A case's proof matrix, summaries (not legal determinations), charge-by-charge nexus and remedy basis.",
        group="",
    )
    p.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument(
        "--framework",
        action="extend",
        nargs="+",
        metavar="ID",
        help="only these frameworks (default: those chosen for the case, else palermo, ilo-indicators, ilo-ec);"
        " an unknown id is refused (exit 6)",
    )
    p.add_argument("--json", action="store_true", help="print everything as one JSON object")
    p.add_argument(
        "--lang",
        choices=("en", "km", "th"),
        default="en",
        help="the language of the summaries and of the still-missing lines, as in a draft (default en)",
    )

    templates = top.add_parser(
        "templates",
        help="The filing templates and their languages.",
        description="Filing templates: shipped, and your own in SAKSI_LEGAL_DIR/filings.",
    )
    sub = templates.add_subparsers(title="templates commands", metavar="COMMAND", required=True)
    p = plain(
        sub,
        "list",
        cli_drafts.templates_list,
        "List templates: id, languages (and whether a native legal drafter wrote each), title.",
        "templates",
    )
    p.add_argument("--json", action="store_true", help="print JSON")

    p = _command(
        top,
        "draft",
        cli_drafts.draft,
        "Generate a filing for a case (saved in the vault as a draft) and export it as PDF or Word"
        " (lawyers and admins; a paralegal is refused with exit 1).",
        group="",
    )
    p.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument(
        "--template",
        required=True,
        metavar="ID",
        help="the template id (see 'saksi templates list'); an unknown template or language is refused (exit 6)",
    )
    p.add_argument(
        "--lang", default="en", metavar="LANG", help="the language: en (default), km or th, if the template has it"
    )
    p.add_argument("--recipient", metavar="TEXT", help="to whom the filing is addressed")
    p.add_argument(
        "--out",
        required=True,
        metavar="FILE",
        help="a new FILE.pdf or FILE.docx. Missing case data and citations still to be checked are listed on"
        " stderr ('missing: ...', 'unverified - check before filing: ...'); the export still succeeds (exit 0)",
    )


def _add_report_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = _command(
        sub,
        "findings",
        cli_reports.findings,
        "Write the anonymised findings (PDF, CSV tables, case rows in CTDC and HTCDS 2.0 form, README) into a new"
        " or empty folder.",
        group="report",
    )
    p.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
    p.add_argument("--out", required=True, metavar="DIR", help="a new or empty folder for the six files")
    p.add_argument(
        "--min-cell",
        type=int,
        default=DEFAULT_K,
        metavar="K",
        help=f"no count from 1 to K-1 is published (hidden counts show as 'x'), case rows released in groups of K"
        f" (default {DEFAULT_K});"
        f" K below {MIN_K} is refused (exit 6)",
    )
    p.add_argument(
        "--from", dest="start", type=_iso_date, metavar="DATE", help="cases opened on or after DATE (YYYY-MM-DD)"
    )
    p.add_argument(
        "--to", dest="end", type=_iso_date, metavar="DATE", help="cases opened on or before DATE (YYYY-MM-DD)"
    )
    p.add_argument("--jurisdiction", type=_country, metavar="CC", help="only cases with proceedings in this country")
    p.add_argument("--nationality", type=_country, metavar="CC", help="only clients of this nationality")
    p.add_argument("--status", choices=_vocab().codes(_vocab().CASE_STATUS), help="only cases with this status")


def _add_audit_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = top.add_parser(
        "audit", help="The audit log in words: list and export (admins see all, others their cases)."
    )
    sub = audit.add_subparsers(title="audit commands", metavar="COMMAND", required=True)
    for name, func, help_text in (
        ("list", cli_audit.list_entries, "List entries, oldest first, as sentences."),
        ("export", cli_audit.export, "Write the entries as audit-log.csv into a folder (itself recorded)."),
    ):
        p = _command(sub, name, func, help_text, group="audit")
        p.add_argument("path", metavar="VAULT")
        if name == "export":
            p.add_argument("--out", required=True, metavar="DIR", help="an existing folder")
        p.add_argument("--case", metavar="REF", help="only entries about this case")
        p.add_argument("--who", metavar="NAME", help="only what this person did")
        p.add_argument("--kind", choices=AUDIT_KINDS, help="only this kind of action")
        p.add_argument("--since", type=_iso_date, metavar="DATE", help="on or after DATE (YYYY-MM-DD)")
        p.add_argument("--until", type=_iso_date, metavar="DATE", help="on or before DATE (YYYY-MM-DD)")
        p.add_argument("--limit", type=_positive, default=2000, metavar="N", help="at most N entries (default 2000)")
        p.add_argument("--json", action="store_true", help="print JSON")


def _add_suggestion_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = top.add_parser("suggestions", help="List, accept or dismiss the intake answers' suggestions, in bulk.")
    sub = group.add_subparsers(title="suggestions commands", metavar="COMMAND", required=True)
    for name, func, help_text in (
        ("list", cli_filings.suggestions_list, "List a case's open suggestions with the client's answer behind each."),
        ("accept", cli_filings.suggestions_accept, "Accept suggestions: the client's answer becomes a tagged fact."),
        ("dismiss", cli_filings.suggestions_dismiss, "Dismiss suggestions so they are not offered again."),
    ):
        p = _command(sub, name, func, help_text, group="suggestions")
        p.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
        p.add_argument("reference", metavar="REF", help=REF_HELP)
        if name == "list":
            p.add_argument("--json", action="store_true", help="print JSON")
            continue
        p.add_argument("--element", action="append", metavar="ID", help="a suggested element id (repeatable)")
        p.add_argument("--all", action="store_true", help="every open suggestion")
        if name == "dismiss":
            p.add_argument("--note", metavar="TEXT", help="why they do not apply (kept with the case)")


def _add_referral_commands(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """office, partner, referral: this office's identity, its partners, and packages between them."""

    def group(name: str, help_text: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        parser = top.add_parser(
            name,
            help=help_text,
            description=help_text,
            epilog=EPILOG,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        return parser.add_subparsers(title=f"{name} commands", metavar="COMMAND", required=True)

    def command(
        sub: argparse._SubParsersAction[argparse.ArgumentParser],
        name: str,
        func: Command,
        help_text: str,
        group_name: str,
    ) -> argparse.ArgumentParser:
        parser = _command(sub, name, func, help_text, group=group_name)
        parser.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
        return parser

    sub = group("office", "This office's identity: its name, public key and fingerprint.")
    p = command(sub, "show", cli_referral.office_show, "Print the office's name, public key and fingerprint.", "office")
    p.add_argument("--json", action="store_true", help="print JSON: name, public_key, fingerprint")
    p = command(sub, "rename", cli_referral.office_rename, "Change the name partners see on packages.", "office")
    p.add_argument("name", metavar="NAME")

    sub = group("partner", "Partner offices whose keys were checked by fingerprint.")
    p = command(
        sub,
        "add",
        cli_referral.partner_add,
        "Record a partner's public key, once you have compared its fingerprint with them (audited).",
        "partner",
    )
    p.add_argument("name", metavar="NAME", help="what this office calls the partner")
    p.add_argument("public_key", metavar="PUBLIC_KEY", help="the partner's key (saksi-office:...)")
    p.add_argument("--fingerprint", metavar="FP", help="the fingerprint the partner read to you; must match the key")
    p = command(sub, "list", cli_referral.partner_list, "List the recorded partners.", "partner")
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command(sub, "remove", cli_referral.partner_remove, "Remove a partner (audited).", "partner")
    p.add_argument("partner", metavar="PARTNER", help="its name or fingerprint")

    sub = group("referral", "Encrypted, signed case packages for partner offices; import and merge them.")
    p = command(
        sub,
        "export",
        cli_referral.export,
        "Write a case (or consented parts) and chosen exhibits as one package only the partner can open."
        " Refused (exit 6) without the client's consent to refer it to that partner.",
        "referral",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument(
        "--to", required=True, metavar="PARTNER", help="a recorded partner's name or fingerprint, or a public key"
    )
    p.add_argument("--out", required=True, metavar="FILE", help="the new package file (e.g. KH-2026-0001.saksiref)")
    p.add_argument("--exhibits", action="extend", nargs="+", metavar="E", help="exhibits to include, e.g. E-1 E-3")
    p.add_argument(
        "--parts",
        action="extend",
        nargs="+",
        metavar="PART",
        choices=_vocab().codes(_vocab().REFERRAL_PARTS),
        help=f"only these parts (default: all): {', '.join(_vocab().codes(_vocab().REFERRAL_PARTS))}",
    )
    p.add_argument(
        "--originals",
        action="store_true",
        help="also unredacted originals of redacted exhibits (default: redacted copies)",
    )
    p = command(
        sub,
        "import",
        cli_referral.import_package,
        "Show who sent a package and what would change, then import it (a new case, or a merge that loses no edit)."
        " Exit 3: not addressed to this office; exit 4: tampered or wrongly signed. Nothing is written then.",
        "referral",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--yes", action="store_true", help="import without asking (for scripts)")
    p = command(
        sub,
        "form",
        cli_referral.form,
        "Write a referral form for a partner without Saksi: a PDF (English, Khmer or Thai) and an HTCDS-aligned"
        " JSON of the consented parts, in one ZIP encrypted with age (they open it with `age -d`)."
        " Refused (exit 6) without the client's consent naming that recipient.",
        "referral",
    )
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument(
        "--recipient", required=True, metavar="NAME", help="the partner organisation, as the consent names it"
    )
    p.add_argument("--language", default="en", choices=("en", "km", "th"), help="the form's language (default en)")
    p.add_argument("--out", required=True, metavar="FILE", help="the new encrypted file (e.g. KH-2026-0001.zip.age)")
    p.add_argument(
        "--age-recipient",
        default="",
        metavar="AGE1...",
        help="the partner's age public key (age-keygen); without it a passphrase is made and printed once",
    )
    p.add_argument(
        "--parts",
        action="extend",
        nargs="+",
        metavar="PART",
        choices=_vocab().codes(_vocab().REFERRAL_PARTS),
        help="only these parts (default: all the consent allows)",
    )
    p = command(sub, "conflicts", cli_referral.list_conflicts, "List a case's open merge conflicts.", "referral")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--json", action="store_true", help="print JSON")
    p = command(sub, "resolve", cli_referral.resolve, "Settle a merge conflict: keep ours or take theirs.", "referral")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("conflict", metavar="ID", help="the conflict's id (or its first characters)")
    p.add_argument("--take", required=True, choices=("ours", "theirs"))

    sub = group(
        "exchange", "A folder shared with partners (kept in step by Syncthing): outboxes and this office's inbox."
    )
    p = command(sub, "send", cli_referral.exchange_send, "Put a referral package in a partner's inbox.", "exchange")
    p.add_argument("reference", metavar="REF", help=REF_HELP)
    p.add_argument("--to", required=True, metavar="PARTNER", help="a recorded partner's name or fingerprint")
    p.add_argument("folder", metavar="FOLDER", help="the shared exchange folder")
    p.add_argument("--exhibits", action="extend", nargs="+", metavar="E", help="exhibits to include")
    p.add_argument(
        "--parts", action="extend", nargs="+", metavar="PART", choices=_vocab().codes(_vocab().REFERRAL_PARTS)
    )
    p = command(
        sub,
        "sync",
        cli_referral.exchange_sync,
        "Import every new package in this office's inbox from recorded partners (exit 1 if any was left).",
        "exchange",
    )
    p.add_argument("folder", metavar="FOLDER", help="the shared exchange folder")


def _vocab() -> ModuleType:
    """app.cases.vocab, imported when the parser is built (its dataclasses cost a third of ``saksi --version``)."""
    from app.cases import vocab

    return vocab


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="saksi",
        description="Saksi: encrypted case files and evidence. Without a command, opens the desktop app.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"saksi {app_version()}")
    parser.add_argument("--vault", metavar="PATH", help="the vault to offer first in the desktop app")
    top = parser.add_subparsers(title="commands", metavar="COMMAND")
    vault = top.add_parser(
        "vault",
        help="Create, check, back up and restore vaults; manage users.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_vault_commands(vault.add_subparsers(title="vault commands", metavar="COMMAND", required=True))
    case = top.add_parser(
        "case",
        help="Add, list, show and export case files; upcoming deadlines.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_case_commands(case.add_subparsers(title="case commands", metavar="COMMAND", required=True))
    evidence = top.add_parser(
        "evidence",
        help="Import, list, export and verify exhibits.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_evidence_commands(evidence.add_subparsers(title="evidence commands", metavar="COMMAND", required=True))
    _add_legal_commands(top)
    _add_suggestion_commands(top)
    p = _command(
        top,
        "identifiers",
        cli_identifiers.run,
        "Phone numbers, handles, e-mails, domains and wallets in chats, images and case records, and the cases each links.",
        group="",
    )
    p.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi)")
    p.add_argument("--shared", action="store_true", help="only those that appear in more than one case")
    p.add_argument("--case", metavar="REF", help="only those of this case (with every case that shares them)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--reindex", action="store_true", help="read every case record and exhibit again first")
    p.add_argument("--export", metavar="FILE", help="write them to a new CSV file (audited; lawyers and admins)")
    p.add_argument("--only", metavar="NORMALISED", nargs="+", help="with --export: only these (as NORMALISED shows)")
    _add_referral_commands(top)
    report = top.add_parser(
        "report",
        help="Write reports from the case files (findings, small counts suppressed).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_report_commands(report.add_subparsers(title="report commands", metavar="COMMAND", required=True))
    _add_audit_commands(top)
    demo = _command(
        top, "demo", cli_cases.run_demo, "Fill a vault (created if it does not exist) with synthetic cases.", group=""
    )
    demo.add_argument("path", metavar="VAULT", help="the vault folder (NAME.saksi); a new one is created if needed")
    demo.add_argument("--cases", type=_positive, required=True, metavar="N", help="how many cases to add")
    demo.add_argument("--seed", type=int, default=1, metavar="S", help="the same seed gives the same cases (default 1)")
    demo.add_argument(
        "--evidence-cases",
        type=_non_negative,
        default=DEFAULT_EVIDENCE_CASES,
        metavar="K",
        help="how many of the new cases also get synthetic exhibits (default %(default)s)",
    )
    return parser


# ---------------------------------------------------------------------- running
def main(argv: list[str] | None = None) -> int:
    if (sys.argv[1:] if argv is None else argv) == ["--image-worker"]:  # a frozen build's image decoder
        from app.evidence.imaging import serve

        serve(sys.stdin.buffer, sys.stdout.buffer)
        return 0
    if (sys.argv[1:] if argv is None else argv) == ["--version"]:  # without building every command's parser
        print(f"saksi {app_version()}")
        return 0
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, and usage errors (2)
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    func: Command | None = getattr(args, "func", None)
    if func is None:
        return _guarded(lambda: _desktop(args.vault), "desktop")
    if args.vault is not None:
        say("--vault only applies when opening the desktop app; give the vault to the command instead.")
        return 2
    return _guarded(lambda: func(args), str(args.command))


def _guarded(run: Callable[[], int], command: str) -> int:
    """Run one command and turn every outcome into an exit code and at most a couple of lines."""
    from sqlcipher3 import dbapi2

    from app.cli.prompt import interactive
    from storage.db import translate
    from storage.errors import SaksiError

    try:
        return run()
    except KeyboardInterrupt:
        if interactive():
            sys.stderr.write("\n")
        return 130
    except SaksiError as exc:
        say(exc.message)
        return exc.exit_code
    except dbapi2.Error as exc:  # the vault maps its own errors; this is a last net (a bug stays a crash)
        error = translate(exc)
        if not isinstance(error, SaksiError):
            return _crash(exc, command)
        say(error.message)
        return error.exit_code
    except BrokenPipeError:  # e.g. `saksi vault log ... | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # noqa: BLE001 - a bug: one line for the user, type and frames for the log
        return _crash(exc, command)


def _desktop(vault: str | None) -> int:
    """Start the desktop app; Qt is imported only here, so the vault commands never load it."""
    from storage.errors import SaksiError

    try:
        from ui.main import run_gui  # type: ignore[import-not-found,unused-ignore]
    except ImportError as exc:
        raise SaksiError(
            f"The desktop app cannot start in this installation ({exc.name or 'a module'} is missing). The saksi vault, case and evidence commands still work."
        ) from None
    path = Path(vault).expanduser() if vault else None
    # ui.main.run_gui is annotated ``str | None`` but wraps its argument in Path(); a Path is what it gets.
    return int(run_gui(path))


# ---------------------------------------------------------------------- crash log
def _crash(exc: BaseException, command: str) -> int:
    say(f"internal error ({type(exc).__name__}); please report it")
    try:
        path = write_crash_log(exc, command)
    except OSError:
        return 1
    say(f"A crash log (no personal data: only where in the code it failed) was written to {path}")
    return 1


def _short(filename: str) -> str:
    """Code paths only, without the home folder (it may carry a person's name)."""
    path = Path(filename)
    roots = [Path(__file__).resolve().parents[2], Path(sys.prefix), Path(sys.base_prefix)]
    for root in roots:
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def crash_report(exc: BaseException, command: str) -> str:
    """Exception types and stack frames (file:line:function) of the whole chain; never messages or values."""
    import traceback

    lines = [
        f"Saksi {app_version()} command-line crash at {datetime.now().isoformat(timespec='seconds')}",
        f"Python {sys.version.split()[0]} on {sys.platform}; command: {command}",
    ]
    current: BaseException | None = exc
    for _ in range(5):
        if current is None:
            break
        lines.append(f"{type(current).__module__}.{type(current).__qualname__}")
        lines += [f"  {_short(f.filename)}:{f.lineno}:{f.name}" for f in traceback.extract_tb(current.__traceback__)]
        current = current.__cause__ or current.__context__
    return "\n".join(lines) + "\n"


def write_crash_log(exc: BaseException, command: str) -> Path:
    from app.common.settings import log_dir

    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"crash-{datetime.now().strftime('%Y%m%d-%H%M%S')}-{os.getpid()}.log"
    path.write_text(crash_report(exc, command), encoding="utf-8")
    return path
