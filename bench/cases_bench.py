"""Demo fill of 10,000 cases; case-list first page and search latency, against a plain SQLite copy.

The plain copy is the same database exported without encryption (synthetic demo data only, in a
temporary folder that is deleted afterwards) and queried with the same SQL in the same run.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from app.cases.case_files import CaseFiles
from app.demo import demo_cases as demo
from bench.timing import median_seconds
from storage import cases as store
from storage.db import Connection
from storage.vault import Vault

CASES = 10_000
QUERIES = {
    "part of a Khmer name": "ចាន់",
    "part of a Latin name": "Chan",
    "a recruiter's Telegram handle": "@demo_jobs",
    "a word in the facts": "beaten",
    "two letters (scan, no index)": "So",
}


def plain_copy(vault: Vault, folder: Path) -> Connection:
    target = folder / "plain.db"
    vault.conn.execute(f"ATTACH DATABASE '{target}' AS plain KEY ''")
    vault.conn.execute("SELECT sqlcipher_export('plain')")
    vault.conn.execute("DETACH DATABASE plain")
    conn: Connection = sqlcipher3.connect(str(target), isolation_level=None)
    return conn


def run(cases: int = CASES) -> list[str]:
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = Vault.create(Path(tmp) / "Bench", "admin", "benchmark passphrase 2026")
        files = CaseFiles(vault)
        start = time.perf_counter()
        demo.fill(files, cases, seed=1)
        fill_seconds = time.perf_counter() - start
        plain = plain_copy(vault, Path(tmp))
        rows = [
            _row("case list, first page (200 rows, by reference)", lambda c: store.list_cases(c), vault.conn, plain),
            _row(
                "case list sorted by next deadline",
                lambda c: store.list_cases(c, sort="next_deadline"),
                vault.conn,
                plain,
            ),
        ]
        for label, text in QUERIES.items():
            filters = store.Filters(search=text)
            rows.append(_row(f"search: {label}", lambda c, f=filters: store.list_cases(c, f), vault.conn, plain))
        plain.close()
        vault.close()
    return [
        "## Case files",
        "",
        f"`saksi demo --cases {cases}`: {fill_seconds:.1f} s ({cases / fill_seconds:.0f} cases/s, validation,",
        "history, search index and audit entry included).",
        "",
        f"Latency over {cases:,} cases, encrypted vault against the same query on a plain (unencrypted) SQLite copy:",
        "",
        "| query | Saksi (encrypted) | plain SQLite | ratio |",
        "|---|---|---|---|",
        *rows,
        "",
    ]


def _row(label: str, query: Callable[[Connection], object], encrypted: Connection, plain: Connection) -> str:
    query(encrypted)  # warm the page cache in both, as a user typing would
    query(plain)
    ours, theirs = median_seconds(lambda: query(encrypted), 9) * 1000, median_seconds(lambda: query(plain), 9) * 1000
    return f"| {label} | {ours:.1f} ms | {theirs:.1f} ms | {ours / theirs:.2f}x |"
