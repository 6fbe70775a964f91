"""One large exhibit (a phone dump, a screen recording): 300 MB and 1 GB, import and export.

Against openssl and gpg on the same file in the same run. The rounds are interleaved (Saksi, openssl,
gpg, then again) and each ratio is the median of the ratios within a round, so a burst of work from
another process lands on both sides of a ratio rather than on one. Saksi runs in a child process
(a new vault each round, created before the clock starts) so its peak memory is its own.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from bench import baselines

SIZES_MB = (300, 1024)
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "5"))
MEMORY_LIMIT_MB = 150
RATIO_LIMIT = 1.25

CHILD = """
import json, resource, sys, time
from pathlib import Path
from app.cases.model import Case
from app.cases.case_files import CaseFiles
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault

def high_water_mb():
    # VmHWM is this process's own peak; ru_maxrss would also count the bench process it was forked from.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (1024 if sys.platform != "darwin" else 1 << 20)

def reset_high_water():
    try:  # Linux: from here on the peak is the import's own
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass

vault, _ = Vault.create(sys.argv[1], "admin", sys.argv[2])
reference = CaseFiles(vault).create(Case()).reference
locker = EvidenceLocker(vault)
unlocked = high_water_mb()
reset_high_water()
start = time.perf_counter()
(result,) = locker.import_paths(reference, [sys.argv[3]], Provenance())
imported = time.perf_counter() - start
assert result.item, result.error
start = time.perf_counter()
locker.export_working_copy(result.item, sys.argv[4])
exported = time.perf_counter() - start
locker.worker.close()
during = high_water_mb()
print(json.dumps({"import": imported, "export": exported, "peak": max(unlocked, during), "import_peak": during}))
"""


@dataclass
class Times:
    runs: dict[str, list[float]] = field(default_factory=dict)

    def add(self, name: str, seconds: float) -> None:
        self.runs.setdefault(name, []).append(seconds)

    def median(self, name: str) -> float:
        return statistics.median(self.runs[name])

    def ratios(self, name: str, base: str) -> list[float]:
        """Per-round ratios (rounds where both ran)."""
        return [a / b for a, b in zip(self.runs[name], self.runs[base], strict=False)]

    def ratio(self, name: str, base: str) -> float:
        return statistics.median(self.ratios(name, base))

    def spread(self, name: str, base: str) -> str:
        found = self.ratios(name, base)
        return f"{min(found):.2f}-{max(found):.2f}" if len(found) > 1 else "one run"


def saksi(tmp: Path, number: int, source: Path) -> dict[str, float]:
    vault, export = tmp / f"Vault-{number}", tmp / f"export-{number}.bin"
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(vault), baselines.PASSPHRASE, str(source), str(export)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    shutil.rmtree(vault.with_name(vault.name + ".saksi"))
    export.unlink()
    result: dict[str, float] = json.loads(out.splitlines()[-1])
    return result


def measure(tmp: Path, megabytes: int) -> tuple[Times, dict[str, float]]:
    source = tmp / f"exhibit-{megabytes}.mp4"
    baselines.write_random(source, megabytes)
    times, peaks = Times(), {"peak": 0.0, "import_peak": 0.0}
    with baselines.gpg_home(tmp) as home:
        for number in range(ROUNDS):
            if number % 2:  # every other round openssl goes first, so neither side always runs second
                openssl_round(tmp, source, times)
            result = saksi(tmp, number, source)
            times.add("saksi", result["import"])
            times.add("saksi export", result["export"])
            peaks = {k: max(peaks[k], result[k]) for k in peaks}
            if not number % 2:
                openssl_round(tmp, source, times)
            gpg_round(tmp, source, home, times, first=number == 0)
    source.unlink()
    return times, peaks


def openssl_round(tmp: Path, source: Path, times: Times) -> None:
    out, back = tmp / "out.bin", tmp / "back.bin"
    times.add("openssl", baselines.openssl(source, out))
    times.add("openssl -d", baselines.openssl(out, back, decrypt=True))
    for path in (out, back):
        path.unlink()


def gpg_round(tmp: Path, source: Path, home: Path, times: Times, *, first: bool) -> None:
    out, back = tmp / "out.gpg", tmp / "back.bin"
    sha = baselines.sha256sum([source])
    times.add("gpg careful", baselines.gpg(home, baselines.GPG_CAREFUL, source, out) + sha)
    times.add("gpg -d", baselines.gpg(home, [], out, back, decrypt=True))
    if first:  # minutes on a large file; one run shows the order of magnitude
        times.add("gpg defaults", baselines.gpg(home, baselines.GPG_DEFAULTS, source, out) + sha)
    for path in (out, back):
        path.unlink(missing_ok=True)


def table(megabytes: int, times: Times, peaks: dict[str, float]) -> list[str]:
    def rate(seconds: float) -> str:
        return f"{megabytes / seconds:.0f} MB/s"

    def row(label: str, name: str, base: str) -> str:
        median = times.median(name)
        ratio = f"{times.ratio(name, base):.2f}x ({times.spread(name, base)})" if name != base else "1.00x"
        return f"| {label} | {median:.2f} s | {rate(median)} | {ratio} |"

    gpg_note = f"{len(times.runs['gpg defaults'])} run"
    return [
        f"### {megabytes} MB",
        "",
        "| import (encrypt) | median | throughput | vs openssl (per-round range) |",
        "|---|---|---|---|",
        row("Saksi import (SHA-256, AES-256-GCM, custody record, fsync)", "saksi", "openssl"),
        row(baselines.OPENSSL_LABEL, "openssl", "openssl"),
        row(baselines.GPG_LABEL_CAREFUL, "gpg careful", "openssl"),
        row(f"{baselines.GPG_LABEL_DEFAULTS}, {gpg_note}", "gpg defaults", "openssl"),
        "",
        "| export (decrypt) | median | throughput | vs openssl -d (per-round range) |",
        "|---|---|---|---|",
        row("Saksi export of a working copy (authenticated, custody record, fsync)", "saksi export", "openssl -d"),
        row("`openssl enc -d`", "openssl -d", "openssl -d"),
        row("`gpg --decrypt` (careful file)", "gpg -d", "openssl -d"),
        "",
        f"Peak memory of the Saksi process: {peaks['peak']:.0f} MB RSS in all (creating the vault with its 64 MiB"
        f" Argon2id included), {peaks['import_peak']:.0f} MB during the import and export themselves.",
        "",
    ]


def verdict(results: dict[int, tuple[Times, dict[str, float]]]) -> list[str]:
    checks = []
    for megabytes, (times, _peaks) in results.items():
        checks += [
            (f"{megabytes} MB import within {RATIO_LIMIT}x of openssl", times.ratio("saksi", "openssl") <= RATIO_LIMIT),
            (f"{megabytes} MB import faster than gpg (careful) + sha256sum", times.ratio("saksi", "gpg careful") < 1),
            (
                f"{megabytes} MB export within {RATIO_LIMIT}x of openssl -d",
                times.ratio("saksi export", "openssl -d") <= RATIO_LIMIT,
            ),
        ]
    biggest = max(results)
    checks.append(
        (f"peak memory under {MEMORY_LIMIT_MB} MB for {biggest} MB", results[biggest][1]["peak"] < MEMORY_LIMIT_MB)
    )
    return ["Targets (issue 18), from this run:", ""] + [
        f"- {'met' if ok else '**not met**'}: {what}" for what, ok in checks
    ]


def run() -> list[str]:
    with tempfile.TemporaryDirectory(dir=os.environ.get("BENCH_TMP")) as name:
        results = {megabytes: measure(Path(name), megabytes) for megabytes in SIZES_MB}
    lines = [
        "## Large evidence files",
        "",
        "One file of random bytes (video and phone dumps do not compress), imported into a new vault and exported",
        f"again, against the same file through openssl and gpg; {ROUNDS} interleaved rounds (openssl before Saksi",
        "every other round), ratios are medians of per-round ratios, with their range. Saksi's times include",
        "fsync (the exhibit is on disk when the import returns); openssl and gpg leave their output in the page",
        "cache. `BENCH_ROUNDS=9 make bench ONLY=large` for more rounds.",
        "",
    ]
    for megabytes, (times, peaks) in results.items():
        lines += table(megabytes, times, peaks)
    return lines + verdict(results) + [""]
