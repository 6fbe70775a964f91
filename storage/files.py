"""Files outside the database: atomic replacement, folder fsync, UTC timestamps, and the one place
``OSError`` becomes a plain message. Used by every module that writes a file (keys.json, settings,
exports, bundles, evidence files)."""

from __future__ import annotations

import os
import tempfile
from datetime import UTC
from pathlib import Path

from storage.errors import DiskFull, SaksiError


def utc_now() -> str:
    from datetime import datetime

    return datetime.now(UTC).isoformat(timespec="seconds")


def write_atomic(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash leaves either the old or the new file."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise os_error(exc, path) from None


def fsync_dir(folder: Path) -> None:
    if os.name == "nt":  # directories cannot be fsynced on Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def os_error(exc: OSError, path: Path) -> SaksiError:
    """Turn an OSError into a plain message; the single place file errors are mapped."""
    import errno

    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return DiskFull(
            "There is not enough space to write {path}. Free some space and try again; nothing was changed.", path=path
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return SaksiError("Saksi is not allowed to write {path} ({reason}).", path=path, reason=exc.strerror)
    return SaksiError("Could not write {path}: {reason}.", path=path, reason=exc.strerror or exc)
