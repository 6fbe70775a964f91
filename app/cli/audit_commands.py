"""``saksi audit list|export``: the audit log in words, filtered like the desktop viewer (app/common/audit_log.py)."""

from __future__ import annotations

import json
from argparse import Namespace
from dataclasses import asdict
from pathlib import Path

from app.cli.prompt import say
from app.cli.vault_commands import unlock
from app.common import audit_log


def _filters(args: Namespace) -> audit_log.Filters:
    return audit_log.Filters(
        case=args.case or "", who=args.who or "", kind=args.kind or "", since=args.since, until=args.until
    )


def list_entries(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        shown = audit_log.lines(vault, _filters(args), limit=args.limit)
    if args.json:
        print(json.dumps([asdict(x) for x in shown], ensure_ascii=False, indent=2))
        return 0
    for x in reversed(shown):  # oldest first, like a log
        case = f"  [{x.case}]" if x.case else ""
        print(f"{x.at}  {x.who}  {x.what}{case}")
    return 0


def export(args: Namespace) -> int:
    vault, _ = unlock(args)
    with vault:
        target, count = audit_log.export_csv(vault, Path(args.out), _filters(args))
    say(f"Wrote {count} entries to {target}. The export is recorded in the audit log.")
    return 0
