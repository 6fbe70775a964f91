"""The ``saksi report ...`` commands. Results go to stdout, messages to stderr.

``report findings`` writes what the case files say about who is trafficked and how, for
sharing: findings.pdf, findings-tables.csv, timeline.csv, cases-ctdc.csv, cases-htcds.csv
and README.txt, into a new or empty folder. No count from 1 to K-1 is published (K at least
3, default 5): hidden counts show as "x", and more cells are hidden where one could be worked
out from the rest of the export (app.analysis.findings); case rows are released only in groups of at
least K (app.analysis.findings_export). Exporting needs a role allowed to export and is recorded in
the audit log before anything is written.
"""

from __future__ import annotations

from argparse import Namespace
from pathlib import Path

from app.analysis.findings import MIN_K, ReportFilters
from app.analysis.findings_export import export_findings
from app.cli.case_commands import unlock
from app.cli.prompt import UsageError, say
from storage.errors import InputRejected


def _folder(out: str) -> Path:
    """A new or empty folder whose parent exists (checked before any secret is asked)."""
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InputRejected(f"{folder} is a file; give a new or empty folder for the report.")
    if folder.is_dir() and any(folder.iterdir()):
        raise InputRejected(f"{folder} is not empty; choose a new or empty folder for the report.")
    if not folder.parent.is_dir():
        raise InputRejected(f"The folder {folder.parent} does not exist.")
    return folder


def findings(args: Namespace) -> int:
    if args.min_cell < MIN_K:
        raise InputRejected(f"The minimum cell size cannot be below {MIN_K}: smaller counts could point to a person.")
    if args.start and args.end and args.start > args.end:
        raise UsageError(f"--from ({args.start}) is after --to ({args.end}).")
    folder = _folder(args.out)
    filters = ReportFilters(
        start=args.start,
        end=args.end,
        jurisdiction=args.jurisdiction or "",
        nationality=args.nationality or "",
        status=args.status or "",
    )
    with unlock(args) as vault:
        result = export_findings(vault, folder, filters=filters, k=args.min_cell)
    say(
        f"Wrote {', '.join(result.files)} ({filters.describe()}); no count from 1 to {args.min_cell - 1} is published"
        f' (hidden counts show as "x"). Case rows released: {result.rows_released}; withheld: {result.rows_suppressed}.'
    )
    say("The files are not encrypted. Read README.txt before sharing them, and share one export only.")
    print(result.folder)
    return 0
