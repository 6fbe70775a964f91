"""Unlock (Argon2id + slot unwrap + open) and open time against a bare SQLCipher open."""

from __future__ import annotations

import tempfile
from pathlib import Path

import sqlcipher3

from bench.timing import median_seconds
from storage.db import PAGE_SIZE, connect
from storage.keyslots import DEFAULT_KDF, KeyFile
from storage.vault import Vault

PASSPHRASE = "benchmark passphrase 2026"
RUNS = 7


def bare_open(path: Path, key: bytes) -> None:
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
    conn.execute(f"PRAGMA cipher_page_size = {PAGE_SIZE}")
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    conn.close()


def run() -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "Bench", "admin", PASSPHRASE)
        folder, key = vault.path, vault._data_key
        vault.close()
        keyfile = KeyFile.load(folder / "keys.json")

        bare = median_seconds(lambda: bare_open(folder / "vault.db", key), RUNS)
        saksi_open = median_seconds(lambda: connect(folder / "vault.db", key).close(), RUNS)
        unwrap = median_seconds(lambda: keyfile.unlock_user("admin", PASSPHRASE), RUNS)
        unlock = median_seconds(lambda: Vault.open(folder, "admin", PASSPHRASE).close(), RUNS)

    def row(name: str, seconds: float) -> str:
        return f"| {name} | {seconds * 1000:.1f} ms | {seconds / bare:.1f}x |"

    kdf = DEFAULT_KDF
    return [
        "## Unlocking a vault",
        "",
        f"Argon2id cost: {kdf.memory_kib // 1024} MiB, t={kdf.time_cost}, p={kdf.parallelism}. The KDF is meant to be",
        "slow (it is what a thief guessing passphrases pays per guess); opening with the data key is not.",
        "",
        "| step | median | vs bare SQLCipher open |",
        "|---|---|---|",
        row("bare SQLCipher open with the raw key (baseline)", bare),
        row("Saksi database open (key, pragmas, WAL)", saksi_open),
        row("Argon2id + AES-GCM slot unwrap", unwrap),
        row("full unlock (`Vault.open`: unwrap, open, schema check, audit entry)", unlock),
        "",
    ]
