"""Run the benchmarks and write docs/performance.md.

Each figure is reported next to a baseline measured in the same run on the same
machine, so the ratio means something on any computer; absolute times do not.

``python -m bench --only large`` (``make bench ONLY=large``) runs some sections and
replaces just those in docs/performance.md, keeping the others as they were; each
section says when it was measured and how busy the machine was.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from bench import (
    cases_bench,
    drafting_bench,
    evidence_bench,
    findings_bench,
    large_files_bench,
    text_bench,
    vault_bench,
)

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "performance.md"
SECTIONS: dict[str, Callable[[], list[str]]] = {
    "vault": vault_bench.run,
    "cases": cases_bench.run,
    "large": large_files_bench.run,
    "mixed": evidence_bench.run_mixed,
    "images": evidence_bench.run_images,
    "drafting": drafting_bench.run,
    "findings": findings_bench.run,
    "text": text_bench.run,
}


def header() -> list[str]:
    return [
        "# Performance",
        "",
        "Written by `make bench` (bench/; `make bench ONLY=large,mixed` re-runs some sections). Every time is",
        "the median of several runs and is shown against a baseline measured in the same run, so compare the",
        "ratios, not the absolute times. Each section says when it ran and the load average around it: on a",
        "shared machine (load near or above the core count) its ratios are not to be trusted.",
        "",
        f"- Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python {sys.version.split()[0]},"
        f" {os.cpu_count()} cores",
        "",
    ]


def measured(name: str) -> list[str]:
    """Run one section, with a line under its heading saying when and how busy the machine was."""
    before, start = _load(), datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = SECTIONS[name]()
    stamp = f"_Measured {start} (`{name}`); load average {before} before, {_load()} after._"
    return [lines[0], "", stamp, *lines[1:]]


def _load() -> str:
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def split_sections(text: str) -> dict[str, list[str]]:
    """``## Title`` -> its lines (heading included), in the order of the file."""
    found: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        if line.startswith("## "):
            current = found.setdefault(line, [])
        if current is not None:
            current.append(line)
    return found


def merge(old: str, fresh: dict[str, list[str]]) -> str:
    """The new sections in place of the old ones with the same heading, the others kept; new ones at the end."""
    sections = split_sections(old)
    for lines in fresh.values():
        sections[lines[0]] = lines  # an existing heading keeps its place, a new one goes last
    body = [line for lines in sections.values() for line in [*_trimmed(lines), ""]]
    return "\n".join(header() + body).rstrip() + "\n"


def _trimmed(lines: list[str]) -> list[str]:
    while lines and not lines[-1].strip():
        lines = lines[:-1]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", default="", help=f"comma-separated sections: {', '.join(SECTIONS)}")
    args = parser.parse_args(argv)
    names = [n.strip() for n in args.only.split(",") if n.strip()] or list(SECTIONS)
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    fresh = {name: measured(name) for name in names}
    old = DOC.read_text(encoding="utf-8") if DOC.exists() and args.only else ""
    text = merge(old, fresh)
    DOC.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
