"""Looking at and tampering with the evidence files of a vault's blob store (storage/blobstore.py), for tests."""

from __future__ import annotations

from pathlib import Path

from storage import blobstore
from storage.db import Connection


def blob_path(conn: Connection, blob_id: str) -> Path:
    return blobstore.locate(conn, blob_id).path


def files_on_disk(vault_folder: Path) -> set[str]:
    folder = vault_folder / blobstore.FOLDER
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def unindexed_files(conn: Connection, vault_folder: Path) -> set[str]:
    named = {f"{r[0]}{blobstore.SUFFIX}" for r in conn.execute("SELECT file FROM blob_files")}
    return files_on_disk(vault_folder) - named


def flip_byte(path: Path, offset: int = blobstore.HEADER.size) -> None:
    """Change one stored byte (by default the first byte of the first chunk's ciphertext)."""
    with path.open("r+b") as handle:
        handle.seek(offset)
        byte = handle.read(1)
        handle.seek(offset)
        handle.write(bytes([byte[0] ^ 0x01]))
