"""Run every benchmark and write docs/performance.md.

Each figure is reported next to a baseline measured in the same run on the same
machine, so the ratio means something on any computer; absolute times do not.
"""

from __future__ import annotations

import platform
import sys
from datetime import UTC, datetime
from pathlib import Path

from bench import cases_bench, drafting_bench, evidence_bench, findings_bench, text_bench, vault_bench

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sections = [
        vault_bench.run(),
        cases_bench.run(),
        evidence_bench.run(),
        drafting_bench.run(),
        findings_bench.run(),
        text_bench.run(),
    ]
    header = [
        "# Performance",
        "",
        "Written by `make bench` (bench/). Every time is the median of several runs and is shown against a",
        "baseline measured in the same run, so compare the ratios, not the absolute times.",
        "",
        f"- Measured: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- Machine: {platform.machine()}, {platform.system()} {platform.release()}, Python {sys.version.split()[0]}",
        "",
    ]
    text = "\n".join(header + [line for section in sections for line in section]) + "\n"
    (ROOT / "docs" / "performance.md").write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
