"""Hidden staging folders (``.NAME.saksi.creating-XXXX``, ``.partial-``, ``.restoring-``) and their cleanup.

A vault, a backup or a restore is written into a staging folder that is renamed into place when complete.
A kill -9 or a power cut leaves the staging folder behind; the next create, backup, restore or unlock in
that folder removes it, safely: only a folder whose name Saksi gives, holding only files Saksi writes
there, and that no running Saksi holds. The writer holds an exclusive lock on ``.lock`` inside it for as
long as it works (released by the kernel when the process dies, however it dies).
"""

from __future__ import annotations

import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no flock; an old enough folder counts as stale instead
    fcntl = None  # type: ignore[assignment]

LOCK = ".lock"
PATTERN = re.compile(r"^\..+\.saksi(\.restoring-[0-9a-f]{8})?\.(creating|partial|restoring)-[0-9a-f]{8}$")
OURS = re.compile(r"^(\.lock|keys\.json|vault\.db(-wal|-shm|-journal)?|blobs|\.keys\.json\..+\.tmp)$")
YOUNG_SECONDS = 60  # a folder this new without a lock may be between mkdir and lock
UNLOCKED_STALE_SECONDS = 24 * 3600  # without flock (Windows): a day-old staging folder is abandoned


@contextmanager
def staging(path: Path) -> Iterator[Path]:
    """Make the staging folder ``path`` and hold its lock until the block ends (then it is renamed or removed)."""
    path.mkdir()
    fd = os.open(path / LOCK, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if fcntl is not None:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        yield path
    finally:
        os.close(fd)


def release(path: Path) -> None:
    """Remove the lock file just before the folder is renamed into place (the vault must not carry it)."""
    with suppress(OSError):
        (path / LOCK).unlink()


def clean_stale(parent: Path) -> int:
    """Remove abandoned staging folders in ``parent``; returns how many. Never raises."""
    removed = 0
    try:
        candidates = [p for p in parent.iterdir() if PATTERN.match(p.name) and p.is_dir() and not p.is_symlink()]
    except OSError:
        return 0
    for folder in candidates:
        with suppress(OSError):
            if _abandoned(folder):
                shutil.rmtree(folder)
                removed += 1
    return removed


def _abandoned(folder: Path) -> bool:
    names = [p.name for p in folder.iterdir()]
    if not all(OURS.match(name) for name in names):
        return False  # something else is in there: not ours to delete
    age = time.time() - folder.stat().st_mtime
    lock = folder / LOCK
    if not lock.exists():
        return age > YOUNG_SECONDS
    if fcntl is None:
        return age > UNLOCKED_STALE_SECONDS
    fd = os.open(lock, os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a running Saksi holds it
    finally:
        os.close(fd)
    return True
