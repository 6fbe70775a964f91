"""What an office does without Saksi, as timed commands: openssl, gpg (careful and default), sha256sum.

None of them fsyncs its output (it is in the page cache when the command returns); Saksi does, so the
exhibit is on disk when an import returns. The comparisons below are therefore its worst case.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PASSPHRASE = "benchmark passphrase 2026"
OPENSSL = ["openssl", "enc", "-aes-256-cbc", "-pbkdf2", "-pass", f"pass:{PASSPHRASE}"]
# GnuPG 2.2's symmetric defaults: AES-256 (Debian's build) and ZIP compression at level 6, which spends
# its time trying to compress photos and videos that are compressed already.
GPG_DEFAULTS: list[str] = []
GPG_CAREFUL = ["--cipher-algo", "AES256", "--compress-algo", "none"]
GPG_LABEL_CAREFUL = "`gpg --symmetric --cipher-algo AES256 --compress-algo none` + `sha256sum`"
GPG_LABEL_DEFAULTS = "`gpg --symmetric` with its defaults (ZIP compression) + `sha256sum`"
OPENSSL_LABEL = "`openssl enc -aes-256-cbc -pbkdf2` (no hash, no record)"


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    return time.perf_counter() - start


@contextmanager
def gpg_home(folder: Path) -> Iterator[Path]:
    """A GnuPG home of its own; the agent gpg starts for it is stopped afterwards."""
    home = folder / "gnupg"
    home.mkdir(mode=0o700, exist_ok=True)
    try:
        yield home
    finally:
        subprocess.run(["gpgconf", "--homedir", str(home), "--kill", "gpg-agent"], check=False, capture_output=True)


def gpg(home: Path, options: list[str], source: Path, target: Path, *, decrypt: bool = False) -> float:
    target.unlink(missing_ok=True)
    action = ["--decrypt"] if decrypt else ["--symmetric", *options]
    base = ["gpg", "--homedir", str(home), "--batch", "--yes", "--pinentry-mode", "loopback"]
    return timed([*base, "--passphrase", PASSPHRASE, *action, "-o", str(target), str(source)])


def openssl(source: Path, target: Path, *, decrypt: bool = False) -> float:
    target.unlink(missing_ok=True)
    return timed([*OPENSSL, *(["-d"] if decrypt else []), "-in", str(source), "-out", str(target)])


def sha256sum(paths: list[Path]) -> float:
    return timed(["sha256sum", *map(str, paths)])


def write_random(path: Path, megabytes: int) -> None:
    """Random bytes stand in for photos and videos: they are compressed already, so they do not compress."""
    with path.open("wb") as out:
        for _ in range(megabytes):
            out.write(os.urandom(1 << 20))
