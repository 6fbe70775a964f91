"""Fault trials -> docs/reliability.md (``make reliability``; a few minutes, not part of ``make test``).

Each trial does one bad thing to a real vault and then asks the questions a user would: does it still
open, does verify find the damage, is anything that was saved missing, and did the user get a designed
message (never an internal error, a hang, or "wrong passphrase" for damage)? The figures:

- **trials**: how many times it was done (random times, places and bytes, seeded: the run is repeatable);
- **detected**: damage named by unlock or verify, or hostile input refused with its message;
- **lost**: anything committed that was gone or changed afterwards, or a vault that no longer opened;
- **wrong**: an internal error, a hang, a misleading message, or damage not detected.

``python -m bench.reliability [--trials N] [--seed S]``; N scales every kind (default 20).
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "reliability.md"
sys.path.insert(0, str(ROOT))

from app.cases.case_files import CaseFiles, read_case_file  # noqa: E402
from app.cases.model import Case  # noqa: E402
from app.evidence.locker import EvidenceLocker  # noqa: E402
from storage.errors import InputRejected, SaksiError, VaultDamaged, WrongSecret  # noqa: E402
from storage.evidence import Provenance  # noqa: E402
from storage.keyslots import KdfParams  # noqa: E402
from storage.vault import Vault  # noqa: E402

USER, PASSPHRASE = "amara", "correct horse battery staple"
FAST = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)  # trial vaults: unlock in milliseconds
PAGE = 16384


@dataclass
class Row:
    kind: str
    how: str
    trials: int = 0
    detected: int = 0
    lost: int = 0
    wrong: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes and len(self.notes) < 3:
            self.notes.append(text)


# ---------------------------------------------------------------------------------------------- helpers
def new_vault(folder: Path, cases: int = 0, evidence: int = 0) -> tuple[list[str], dict[str, str]]:
    """A vault with ``cases`` cases and ``evidence`` files in the first; (references, exhibit -> sha256)."""
    with Vault.create(folder, USER, PASSPHRASE, kdf=FAST)[0] as vault:
        files = CaseFiles(vault)
        refs = [
            files.create(Case(client={"names": [{"text": f"Client {n} " + "x" * 800}]})).reference for n in range(cases)
        ]
        hashes = {}
        if refs and evidence:
            locker = EvidenceLocker(vault)
            for n in range(evidence):
                data = random.randbytes(random.choice((20_000, 300_000, 2_500_000)))
                source = folder.parent / f"e{n}.bin"
                source.write_bytes(data)
                result = locker.import_file(refs[0], source, Provenance())
                assert result.item is not None
                hashes[result.item.label] = hashlib.sha256(data).hexdigest()
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return refs, hashes


def state_of(folder: Path) -> tuple[set[str], dict[str, str]]:
    """Case references and exhibit hashes as the vault now has them (re-hashed from the stored bytes)."""
    from storage import evidence as store

    with Vault.open(folder, USER, PASSPHRASE) as vault:
        refs = {str(r[0]) for r in vault.conn.execute("SELECT reference FROM cases")}
        hashes = {}
        for ref in refs:
            for item in EvidenceLocker(vault).items(ref):
                if item.blob_id:
                    hashes[item.label] = store.rehash(vault.conn, item.blob_id)[0]
                    assert hashes[item.label] == item.sha256
    return refs, hashes


def verify_problems(folder: Path) -> list[str]:
    with Vault.open(folder, USER, PASSPHRASE) as vault:
        return [p.message for p in vault.verify()]


CHILD = r"""
import os, random, sys, time
sys.path.insert(0, sys.argv[1])
from app.cases.model import Case
from app.cases.case_files import CaseFiles
from app.evidence.locker import EvidenceLocker
from storage.evidence import Provenance
from storage.vault import Vault
folder, mode, source = sys.argv[2], sys.argv[3], sys.argv[4]
vault = Vault.open(folder, "amara", "correct horse battery staple")
print("ready", flush=True)
if mode == "import":
    locker = EvidenceLocker(vault)
    ref = vault.conn.execute("SELECT reference FROM cases").fetchone()[0]
    while True:
        result = locker.import_file(ref, source, Provenance(received_from=str(time.time())))
        print("stored", result.item.label if result.item else result.duplicate_of.label, flush=True)
        with open(source, "r+b") as fh:  # new bytes: the next import is a new exhibit
            fh.write(os.urandom(64))
else:
    files = CaseFiles(vault)
    n = 0
    while True:
        stored = files.create(Case(client={"names": [{"text": "Edited %d" % n}]}))
        print("stored", stored.reference, flush=True)
        n += 1
"""


def kill_trial(folder: Path, mode: str, source: Path, rng: random.Random) -> tuple[set[str], bool]:
    """Run the child, kill -9 it at a random moment; (what it said was stored, whether it had started)."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(ROOT), str(folder), mode, str(source)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout is not None
    started = child.stdout.readline().strip() == "ready"
    time.sleep(rng.uniform(0.0, 1.2))
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    stored = {line.split()[1] for line in out.splitlines() if line.startswith("stored")}
    return stored, started


# ---------------------------------------------------------------------------------------------- trials
def kills(mode: str, trials: int, work: Path, rng: random.Random) -> Row:
    what = "an evidence import (8 MB file, several batches)" if mode == "import" else "case creation and edits"
    row = Row(f"kill -9 during {mode}", f"a child process {what}, killed at a random moment; then unlock, verify")
    base = work / f"kill-{mode}.saksi"
    new_vault(base, cases=1)
    source = work / f"kill-{mode}.bin"
    source.write_bytes(os.urandom(8 * 1024 * 1024))
    committed = 0
    for n in range(trials):
        folder = work / f"kill-{mode}-{n}.saksi"
        shutil.copytree(base, folder)
        before_refs, before_hashes = state_of(folder)
        stored, _started = kill_trial(folder, mode, source, rng)
        committed += len(stored)
        row.trials += 1
        try:
            problems = verify_problems(folder)
            refs, hashes = state_of(folder)
        except SaksiError as exc:
            row.lost += 1
            row.note(f"did not open: {exc}")
            continue
        if problems:
            row.wrong += 1
            row.note("verify: " + "; ".join(problems[:2]))
        missing = (stored - set(hashes) - refs) | (before_refs - refs) | (set(before_hashes) - set(hashes))
        if missing:
            row.lost += 1
            row.note(f"missing after the kill: {sorted(missing)[:3]}")
        leftovers = [p.name for p in (folder / "blobs").glob("*.blob")] if (folder / "blobs").is_dir() else []
        with Vault.open(folder, USER, PASSPHRASE) as vault:
            indexed = {r[0] for r in vault.conn.execute("SELECT file FROM blob_files")}
        if any(Path(name).stem not in indexed for name in leftovers):
            row.wrong += 1
            row.note("a sealed file without its row survived the next unlock")
        shutil.rmtree(folder)
    row.note(f"{committed} commits were reported before the kills; each was there afterwards, whole")
    return row


def damage(trials: int, work: Path, rng: random.Random) -> Row:
    row = Row(
        "damaged vaults",
        "one random fault per copy: bytes flipped in a random page of vault.db, in a sealed evidence file or in "
        "a key slot; vault.db truncated; an evidence file deleted; another vault's keys.json",
    )
    base = work / "damage.saksi"
    new_vault(base, cases=60, evidence=4)
    other = work / "other.saksi"
    new_vault(other)
    faults: list[Callable[[Path], str]] = [
        lambda f: _flip(f / "vault.db", rng.randrange(PAGE, (f / "vault.db").stat().st_size), rng),
        lambda f: _flip(f / "vault.db", rng.randrange(16, PAGE), rng),
        lambda f: _flip(rng.choice(sorted((f / "blobs").glob("*.blob"))), None, rng),
        lambda f: _truncate(f / "vault.db", rng),
        lambda f: _delete_blob(f, rng),
        lambda f: _flip_slot(f / "keys.json", rng),
        lambda f: _foreign_keys(f, other),
    ]
    for n in range(trials):
        folder = work / f"damage-{n}.saksi"
        shutil.copytree(base, folder)
        fault = faults[n % len(faults)]
        what = fault(folder)
        row.trials += 1
        try:
            with Vault.open(folder, USER, PASSPHRASE) as vault:
                read_only = vault.read_only is not None
                problems = vault.verify()
            found = bool(problems) or read_only
        except WrongSecret:
            found = False
            row.note(f"{what}: said wrong passphrase")
        except SaksiError as exc:
            found = isinstance(exc, VaultDamaged)
            if not found:
                row.note(f"{what}: {type(exc).__name__}")
        except Exception as exc:  # noqa: BLE001 - counted: an internal error is a failure of the trial
            found = False
            row.note(f"{what}: internal error {type(exc).__name__}")
        if found:
            row.detected += 1
        else:
            row.wrong += 1
            row.note(f"not detected: {what}")
        shutil.rmtree(folder)
    return row


def _flip(path: Path, offset: int | None, rng: random.Random) -> str:
    data = bytearray(path.read_bytes())
    at = rng.randrange(32, len(data)) if offset is None else offset
    data[at] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(data))
    return f"bit flipped in {path.name} at {at}"


def _truncate(path: Path, rng: random.Random) -> str:
    size = path.stat().st_size
    keep = rng.randrange(PAGE, size)
    with path.open("r+b") as fh:
        fh.truncate(keep)
    return f"vault.db cut to {keep} of {size} bytes"


def _delete_blob(folder: Path, rng: random.Random) -> str:
    rng.choice(sorted((folder / "blobs").glob("*.blob"))).unlink()
    return "an evidence file deleted"


def _flip_slot(path: Path, rng: random.Random) -> str:
    raw = json.loads(path.read_text())
    slot = next(s for s in raw["slots"] if s["kind"] == "user")
    name = rng.choice(["wrapped", "nonce", "salt"])
    value = bytearray(base64.b64decode(slot[name]))
    value[rng.randrange(len(value))] ^= 1 << rng.randrange(8)
    slot[name] = base64.b64encode(bytes(value)).decode()
    path.write_text(json.dumps(raw))
    return f"bit flipped in the admin slot's {name}"


def _foreign_keys(folder: Path, other: Path) -> str:
    shutil.copyfile(other / "keys.json", folder / "keys.json")
    return "another vault's keys.json"


def hostile(work: Path) -> Row:
    """Each hostile input once; designed = refused (or kept) with its message, no internal error or hang."""
    row = Row(
        "hostile input",
        "links out of a folder and to folders, a FIFO, devices, a 100 MB file truncated mid-import, malformed, "
        "oversized and deeply nested keys.json, deep case JSON, non-UTF-8 passphrases and files",
    )
    base = work / "hostile.saksi"
    refs, _ = new_vault(base, cases=1)
    trials: list[tuple[str, Callable[[], bool]]] = []
    folder = work / "incoming"
    folder.mkdir()
    (folder / "ok.txt").write_text("a chat")
    (work / "outside.txt").write_text("not evidence")
    (folder / "out.txt").symlink_to(work / "outside.txt")
    (folder / "dir").symlink_to(work, target_is_directory=True)
    os.mkfifo(folder / "fifo")

    def folder_import() -> bool:
        with Vault.open(base, USER, PASSPHRASE) as vault:
            results = EvidenceLocker(vault).import_paths(refs[0], [folder, "/dev/zero"], Provenance())
        stored = {Path(r.path).name for r in results if r.item or r.duplicate_of}
        return stored == {"ok.txt"} and all(r.error for r in results if Path(r.path).name != "ok.txt")

    def truncated() -> bool:
        big = work / "big.bin"
        with big.open("wb") as fh:
            fh.truncate(100 * 1024 * 1024)
        calls = 0

        def cut() -> bool:
            nonlocal calls
            calls += 1
            if calls == 2:
                os.truncate(big, 30 * 1024 * 1024)
            return False

        with Vault.open(base, USER, PASSPHRASE) as vault:
            [result] = EvidenceLocker(vault).import_paths(refs[0], [big], Provenance(), cancelled=cut)
        return result.item is None and "changed while" in result.error

    trials += [
        ("folder with links, a FIFO and /dev/zero", folder_import),
        ("100 MB file truncated mid-import", truncated),
    ]
    keys = json.loads((base / "keys.json").read_text())
    for name, value in [
        ("time_cost", 10**9),
        ("memory_kib", 1 << 40),
        ("parallelism", 0),
        ("nonce", "AAAA"),
        ("salt", ""),
        ("kind", "root"),
        ("user", 3),
        ("kdf", "fast"),
        ("generation", "1"),
    ]:
        trials.append((f"keys.json {name} = {value!r}", lambda n=name, v=value: _bad_keys(base, keys, n, v)))
    for label, text in [
        ("keys.json nested 100,000 deep", "[" * 100_000 + "]" * 100_000),
        ("keys.json of 2 MB", " " * 2_000_000 + "{}"),
        ("keys.json not UTF-8", "\udcff"),
    ]:
        trials.append((label, lambda t=text: _raw_keys(base, keys, t)))
    deep = work / "deep.json"
    deep.write_text('{"client": ' + "[" * 200_000 + "]" * 200_000 + "}")
    latin = work / "latin.json"
    latin.write_bytes('{"client": {"names": [{"text": "Fran\xe7ois"}]}}'.encode("latin-1"))
    trials.append(("case file nested 200,000 deep", lambda: _refused(lambda: read_case_file(deep))))
    trials.append(("case file in Latin-1", lambda: _refused(lambda: read_case_file(latin))))
    bad = b"caf\xe9 in latin-1".decode("utf-8", "surrogateescape")
    trials.append(("non-UTF-8 passphrase", lambda: _refused(lambda: Vault.open(base, USER, bad))))
    for label, check in trials:
        row.trials += 1
        started = time.monotonic()
        try:
            ok = check()
        except Exception as exc:  # noqa: BLE001 - counted
            ok = False
            row.note(f"{label}: {type(exc).__name__}")
        if ok and time.monotonic() - started < 30:
            row.detected += 1
        else:
            row.wrong += 1
            row.note(f"not as designed: {label}")
    return row


def _bad_keys(base: Path, keys: dict[str, object], name: str, value: object) -> bool:
    raw = json.loads(json.dumps(keys))
    slot = next(s for s in raw["slots"] if s["kind"] == "user")
    if name in ("time_cost", "memory_kib", "parallelism"):
        slot["kdf"][name] = value
    else:
        slot[name] = value
    return _raw_keys(base, keys, json.dumps(raw))


def _raw_keys(base: Path, keys: dict[str, object], text: str) -> bool:
    path = base / "keys.json"
    path.write_bytes(text.encode("utf-8", "surrogateescape"))
    try:
        Vault.open(base, USER, PASSPHRASE).close()
        return False
    except VaultDamaged:
        return True
    finally:
        path.write_text(json.dumps(keys))


def _refused(call: Callable[[], object]) -> bool:
    try:
        call()
    except InputRejected:
        return True
    return False


# ---------------------------------------------------------------------------------------------- report
def render(rows: list[Row], seconds: float, seed: int) -> str:
    when = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    lines = [
        "# Reliability: fault trials",
        "",
        f"Written by `make reliability` (`python -m bench.reliability`, seed {seed}) on {when}, "
        f"{platform.machine()} {platform.system()}, Python {platform.python_version()}, {seconds:.0f} s. "
        "Real vaults in a temporary folder, real kill -9, real damaged bytes; nothing is mocked.",
        "",
        "| fault | trials | detected | lost | wrong |",
        "|---|---:|---:|---:|---:|",
    ]
    lines += [f"| {r.kind} | {r.trials} | {r.detected} | {r.lost} | {r.wrong} |" for r in rows]
    total = [sum(getattr(r, k) for r in rows) for k in ("trials", "detected", "lost", "wrong")]
    lines += [f"| **all** | **{total[0]}** | **{total[1]}** | **{total[2]}** | **{total[3]}** |", ""]
    lines += [
        "- **detected**: damage named by unlock or verify (VaultDamaged, a read-only session, or a verify problem), "
        "or hostile input refused with its designed message. For kills there is nothing to detect: the "
        "figure that matters is **lost**.",
        "- **lost**: a case or exhibit the process had reported stored (or that was there before) missing or "
        "changed afterwards, or a vault that no longer opened.",
        "- **wrong**: an internal error, a hang, damage reported as a wrong passphrase, damage not detected, "
        "a verify problem after a kill, or a sealed file left without its row after the next unlock.",
        "",
        "## What each trial does",
        "",
    ]
    for r in rows:
        lines.append(f"- **{r.kind}**: {r.how}." + (" " + " ".join(f"({n})" for n in r.notes) if r.notes else ""))
    lines += [
        "",
        "The full and read-only disk cases need a mount and run in the tests instead "
        "(tests/e2e/test_cli_faults.py: a tmpfs in a private mount namespace).",
        "",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=DOC)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    random.seed(args.seed)
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="saksi-reliability-") as tmp:
        work = Path(tmp)
        rows = []
        for make in (
            lambda: kills("import", args.trials, work, rng),
            lambda: kills("edit", args.trials, work, rng),
            lambda: damage(args.trials * 2, work, rng),
            lambda: hostile(work),
        ):
            row = make()
            print(f"{row.kind}: {row.trials} trials, {row.detected} detected, {row.lost} lost, {row.wrong} wrong")
            rows.append(row)
    args.out.write_text(render(rows, time.monotonic() - started, args.seed), encoding="utf-8")
    print(f"wrote {args.out}")
    return 0 if not any(r.lost or r.wrong for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
