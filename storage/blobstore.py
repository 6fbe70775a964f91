"""Evidence bytes as encrypted files in ``blobs/`` beside vault.db, indexed and keyed inside SQLCipher.

Why not in SQLCipher pages (profiled, docs/architecture.md "Evidence bytes"): SQLite writes every page
twice (WAL, then the checkpoint copy) and fsyncs both, SQLCipher pays AES-CBC plus HMAC-SHA512 per page,
and all of it runs on one thread. Here a file is read, hashed (SHA-256) and sealed (AES-256-GCM) once, in
a pipeline whose stages release the GIL, and written with writeback started as it goes.

File ``blobs/<file id>.blob``::

    header   32 bytes: b"SAKSIBLB", format 1, 3 zero bytes, chunk size (u32 BE), file id (16 bytes)
    chunks   AES-256-GCM(chunk) || 16-byte tag; every chunk holds ``chunk size`` bytes but the last

Each blob has its own random 256-bit key, stored only in the SQLCipher index ``blob_files`` with the file
name and sizes. A key seals one file once, so the nonce is the chunk number. The associated data is the
header, the chunk number, a last-chunk flag and the blob id: chunks cannot be reordered, dropped, moved to
another file, nor a file cut at a chunk boundary; the index (authenticated by SQLCipher) holds the expected
sizes. The plaintext is padded with zeros to its Padmé length (Nikitin et al., PETS 2019; at most +12%,
about +3% at 1 GB) so a file's size does not give away the exact size of the exhibit.

Rules that make it crash-safe:
- A blob file is only created while its connection holds the write lock (inside a transaction); it is
  fsynced, and so is its folder, before the row naming it can commit. A file whose row never committed has
  no key anywhere: it is garbage, removed at once when the transaction rolls back, or by ``sweep``.
- Deleting a blob deletes its key with the row (the file is then undecryptable) and names the file in
  ``blob_trash`` in the same transaction; ``purge`` unlinks it after the commit.
"""

from __future__ import annotations

import ctypes
import hashlib
import io
import os
import secrets
import shutil
import struct
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlcipher3 import dbapi2

from storage import db
from storage.errors import DiskFull, SaksiError, VaultDamaged, localized
from storage.files import fsync_dir, os_error
from storage.phrases import DISK_FULL

FOLDER = "blobs"
SUFFIX = ".blob"
MAGIC = b"SAKSIBLB"
FORMAT = 1
CHUNK_SIZE = 1 << 20
BATCH_CHUNKS = 4  # the pipeline moves 4 chunks per step: fewer thread hand-offs, 12 MiB of buffers in all
SLOTS = 3
TAG = 16
KEY_BYTES = 32
HEADER = struct.Struct(">8sB3xI16s")
WRITEBACK_BYTES = 32 << 20  # ask the kernel to start writing every 32 MiB so the final fsync is short
Progress = Callable[[int], None]


class Cancelled(SaksiError):
    """The user cancelled; nothing of this item was stored."""


@dataclass(frozen=True)
class Sealed:
    """A blob file just written (not yet in the index)."""

    path: Path
    key: bytes
    sha256: str
    size: int
    chunks: int
    chunk_size: int

    @property
    def file(self) -> str:
        return self.path.stem

    @property
    def stored_size(self) -> int:
        return stored_size(self.size, self.chunk_size)


@dataclass(frozen=True)
class BlobFile:
    """One row of the index: where a blob's bytes are and how to open them."""

    blob_id: str
    path: Path
    key: bytes
    size: int
    chunks: int
    chunk_size: int

    @property
    def padded(self) -> int:
        return padme(self.size)

    def chunk_length(self, index: int) -> int:
        return max(0, min(self.chunk_size, self.padded - index * self.chunk_size))

    def chunk_offset(self, index: int) -> int:
        return HEADER.size + index * (self.chunk_size + TAG)


def padme(length: int) -> int:
    """The Padmé length: rounds ``length`` so that it leaks O(log log length) bits."""
    if length < 2:
        return length
    exponent = length.bit_length() - 1
    mask = (1 << (exponent - exponent.bit_length())) - 1
    return (length + mask) & ~mask


def chunk_count(size: int, chunk_size: int) -> int:
    return max(1, -(-padme(size) // chunk_size))


def stored_size(size: int, chunk_size: int) -> int:
    return HEADER.size + padme(size) + TAG * chunk_count(size, chunk_size)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


def _aad(header: bytes, index: int, last: bool, blob_id: str) -> bytes:
    return header + index.to_bytes(8, "big") + (b"\x01" if last else b"\x00") + blob_id.encode("ascii")


# ----------------------------------------------------------------------------- where
def folder_of(conn: db.Connection) -> Path:
    """``blobs/`` beside the connection's database file."""
    for _seq, name, file in conn.execute("PRAGMA database_list"):
        if name == "main" and file:
            return Path(file).parent / FOLDER
    raise SaksiError("The evidence store needs a vault database on disk.")


def has_index(conn: db.Connection) -> bool:
    """False for a vault of a format before the blob store (while it is backed up before migrating)."""
    return bool(db.scalar(conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'blob_files'"))


# ----------------------------------------------------------------------------- writing
def write(
    conn: db.Connection,
    blob_id: str,
    stream: Any,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Sealed:
    """Stream ``stream`` (a binary file: readinto() or read()) into a new sealed, fsynced blob file.

    Called inside the caller's transaction, which holds the write lock; a source that fails to read
    raises its own OSError, a vault disk that fails to write raises DiskFull or another SaksiError.
    """
    if not conn.in_transaction:
        raise RuntimeError("blob files are written inside a transaction (it holds the write lock)")
    folder = folder_of(conn)
    _ensure_folder(folder)
    key, file_id = AESGCM.generate_key(256), secrets.token_bytes(16)
    path = folder / f"{file_id.hex()}{SUFFIX}"
    fd = _vault_io(path, os.open, path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    db.on_rollback(conn, lambda: _discard_if_unreferenced(conn, path))
    try:
        try:
            sha, size = _Sealer(fd, path, key, file_id, blob_id, CHUNK_SIZE).run(stream, progress, cancelled)
            _vault_io(path, os.fsync, fd)
        finally:
            os.close(fd)
        _vault_io(folder, fsync_dir, folder)
    except BaseException:
        with suppress(OSError):
            path.unlink(missing_ok=True)
        raise
    return Sealed(path, key, sha, size, chunk_count(size, CHUNK_SIZE), CHUNK_SIZE)


def record(conn: db.Connection, blob_id: str, sealed: Sealed, *, key_generation: int | None = None) -> None:
    """Index a sealed file under ``blob_id`` (inside the transaction that wrote it)."""
    generation = _current_generation(conn) if key_generation is None else key_generation
    conn.execute(
        "INSERT INTO blob_files(blob_id, file, key, chunk_size, stored_size, key_generation) VALUES (?,?,?,?,?,?)",
        (blob_id, sealed.file, sealed.key, sealed.chunk_size, sealed.stored_size, generation),
    )


def discard(sealed: Sealed) -> None:
    """Drop a file that will not be indexed (the same bytes were already stored)."""
    sealed.path.unlink(missing_ok=True)


def _ensure_folder(folder: Path) -> None:
    if not folder.is_dir():
        _vault_io(folder, folder.mkdir, 0o700, False, True)
        _vault_io(folder.parent, fsync_dir, folder.parent)


def _vault_io(path: Path, call: Callable[..., Any], *args: Any) -> Any:
    """Run a write to the vault's disk; its OSError becomes a plain SaksiError (a full disk: DiskFull)."""
    import errno

    try:
        return call(*args)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            raise DiskFull(DISK_FULL) from None
        raise os_error(exc, path) from None


def _fill(stream: Any, buffer: bytearray) -> int:
    """Read until ``buffer`` is full or the stream ends (a pipe or a USB stick may return short reads)."""
    view, filled = memoryview(buffer), 0
    readinto = getattr(stream, "readinto", None)
    while filled < len(buffer):
        if readinto is not None:
            got = readinto(view[filled:])
        else:
            data = stream.read(len(buffer) - filled)
            got = len(data)
            view[filled : filled + got] = data
        if not got:
            break
        filled += got
    return filled


class _Sealer:
    """Read -> (SHA-256 | AES-GCM + write) in three threads; hashlib, AESGCM and os.write release the GIL.

    The reader runs one batch ahead, so it knows which batch is the last one (its last chunk carries the
    last-chunk flag and the Padmé padding).
    """

    def __init__(self, fd: int, path: Path, key: bytes, file_id: bytes, blob_id: str, chunk_size: int) -> None:
        self.fd, self.path, self.blob_id, self.chunk_size = fd, path, blob_id, chunk_size
        self.aead = AESGCM(key)
        self.header = HEADER.pack(MAGIC, FORMAT, chunk_size, file_id)
        self.digest = hashlib.sha256()
        self.batch = chunk_size * BATCH_CHUNKS
        self.sealed = bytearray((chunk_size + TAG) * BATCH_CHUNKS)
        self.written = 0
        self.flushed = 0

    def run(self, stream: Any, progress: Progress | None, cancelled: Callable[[], bool] | None) -> tuple[str, int]:
        plain = [bytearray(self.batch) for _ in range(SLOTS)]
        busy: list[list[Future[None]]] = [[] for _ in range(SLOTS)]
        self._write(self.header)
        size, index, current = 0, 0, 0
        filled = _fill(stream, plain[0])
        small = filled < self.batch  # a photo or a document: one batch, no threads worth starting
        hasher: Any = _Inline() if small else ThreadPoolExecutor(1, thread_name_prefix="saksi-hash")
        sealer: Any = _Inline() if small else ThreadPoolExecutor(1, thread_name_prefix="saksi-seal")
        try:
            while True:
                if cancelled and cancelled():
                    raise Cancelled("Import cancelled; nothing of this file was stored.")
                following = (current + 1) % SLOTS
                for job in busy[following]:
                    job.result()
                ahead = _fill(stream, plain[following]) if filled == self.batch else 0
                view = memoryview(plain[current])
                busy[current] = [hasher.submit(self.digest.update, view[:filled])]
                if ahead:
                    busy[current].append(sealer.submit(self._seal, view, filled, index, False))
                else:
                    busy[current] += self._seal_last(sealer, plain[current], filled, size, index)
                size, index = size + filled, index + filled // self.chunk_size
                if progress:
                    progress(size)
                if not ahead:
                    break
                current, filled = following, ahead
            for jobs in busy:
                for job in jobs:
                    job.result()
        finally:
            hasher.shutdown(wait=True, cancel_futures=True)
            sealer.shutdown(wait=True, cancel_futures=True)
        return self.digest.hexdigest(), size

    def _seal_last(self, sealer: Any, buffer: bytearray, filled: int, before: int, index: int) -> list[Future[None]]:
        """The last batch of data, zero-padded to the Padmé length (which may need further zero batches)."""
        remaining = padme(before + filled) - before
        here = min(remaining, self.batch)
        buffer[filled:here] = bytes(here - filled)
        view = memoryview(buffer)
        jobs = [sealer.submit(self._seal, view, here, index, remaining == here)]
        zeros = memoryview(bytes(self.batch)) if remaining > here else None
        remaining, index = remaining - here, index + here // self.chunk_size
        while zeros is not None and remaining > 0:
            here = min(remaining, self.batch)
            jobs.append(sealer.submit(self._seal, zeros, here, index, remaining == here))
            remaining, index = remaining - here, index + here // self.chunk_size
        return jobs

    def _seal(self, view: memoryview, length: int, first: int, last: bool) -> None:
        out, used, offset, index = memoryview(self.sealed), 0, 0, first
        while True:
            part = min(self.chunk_size, length - offset)
            final = last and offset + part >= length
            aad = _aad(self.header, index, final, self.blob_id)
            self.aead.encrypt_into(_nonce(index), view[offset : offset + part], aad, out[used : used + part + TAG])
            used, offset, index = used + part + TAG, offset + part, index + 1
            if offset >= length:
                break
        self._write(out[:used])

    def _write(self, data: bytes | memoryview) -> None:
        view = memoryview(data)
        while view:
            view = view[_vault_io(self.path, os.write, self.fd, view) :]
        self.written += len(data)
        if self.written - self.flushed >= WRITEBACK_BYTES:
            start_writeback(self.fd, self.flushed, self.written - self.flushed)
            self.flushed = self.written


class _Inline:
    """An executor that runs each job at once in the calling thread (for files of one batch)."""

    def submit(self, fn: Callable[..., None], *args: Any) -> Future[None]:
        done: Future[None] = Future()
        try:
            fn(*args)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller through the future, as a pool would
            done.set_exception(exc)
        else:
            done.set_result(None)
        return done

    def shutdown(self, wait: bool = True, cancel_futures: bool = False) -> None:
        pass


def _linux_sync_file_range() -> Callable[[int, int, int, int], int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        call = ctypes.CDLL(None, use_errno=True).sync_file_range
    except (OSError, AttributeError):
        return None
    call.argtypes = [ctypes.c_int, ctypes.c_int64, ctypes.c_int64, ctypes.c_uint]
    call.restype = ctypes.c_int
    return cast(Callable[[int, int, int, int], int], call)


_SYNC_FILE_RANGE = _linux_sync_file_range()
_SYNC_FILE_RANGE_WRITE = 2


def start_writeback(fd: int, offset: int, length: int) -> None:
    """Start writing a range to disk without waiting, so the final fsync finds little left to do.

    Linux's sync_file_range(SYNC_FILE_RANGE_WRITE), as PostgreSQL's ``*_flush_after`` settings use it
    (Python's os module does not offer it). The pages stay cached, so reading the file back right away
    (an export, a thumbnail) does not go to the disk. Elsewhere the final fsync does all the work.
    """
    if _SYNC_FILE_RANGE is not None:
        _SYNC_FILE_RANGE(fd, offset, length, _SYNC_FILE_RANGE_WRITE)


# ----------------------------------------------------------------------------- reading
def locate(conn: db.Connection, blob_id: str) -> BlobFile:
    row = conn.execute(
        "SELECT f.file, f.key, b.size, b.chunks, f.chunk_size FROM blob_files f JOIN blobs b ON b.id = f.blob_id"
        " WHERE f.blob_id = ?",
        (blob_id,),
    ).fetchone()
    if row is None:
        raise VaultDamaged("The stored bytes of this exhibit are not in the evidence index; run Verify.")
    return BlobFile(blob_id, folder_of(conn) / f"{row[0]}{SUFFIX}", bytes(row[1]), row[2], row[3], row[4])


class _Opener:
    """Checks a blob file against its index entry, then decrypts chunks from it."""

    def __init__(self, blob: BlobFile) -> None:
        self.blob = blob
        try:
            self.handle: io.BufferedReader = blob.path.open("rb")
        except FileNotFoundError:
            raise VaultDamaged(
                "The evidence file {file} is missing; run Verify.", file=f"{FOLDER}/{blob.path.name}"
            ) from None
        except OSError as exc:
            raise VaultDamaged(
                "The evidence file {file} cannot be read ({reason}).",
                file=f"{FOLDER}/{blob.path.name}",
                reason=exc.strerror,
            ) from None
        self.aead = AESGCM(blob.key)
        self.header = self.handle.read(HEADER.size)
        actual = os.fstat(self.handle.fileno()).st_size
        try:
            magic, version, chunk_size, _file_id = HEADER.unpack(self.header)
        except struct.error:
            magic, version, chunk_size = b"", 0, 0
        expected = stored_size(blob.size, blob.chunk_size)
        if magic != MAGIC or version != FORMAT or chunk_size != blob.chunk_size or actual != expected:
            self.close()
            raise self.damaged("its header or size does not match the index")

    def damaged(self, why: str, **params: object) -> VaultDamaged:
        """``why`` is a message template of its own (translated where it is made)."""
        return VaultDamaged(
            "The evidence file {file} was altered or damaged ({why}); run Verify.",
            file=f"{FOLDER}/{self.blob.path.name}",
            why=localized(why, **params),
        )

    def decrypt_into(self, index: int, sealed: bytearray, out: memoryview) -> int:
        """Decrypt chunk ``index`` into ``out``; returns its plaintext length (padding included)."""
        return self.decrypt_run(index, 1, sealed, out)

    def decrypt_run(self, first: int, count: int, sealed: bytearray, out: memoryview) -> int:
        """Decrypt ``count`` chunks from ``first`` (read in one go) into ``out``; returns the plaintext length."""
        lengths = [self.blob.chunk_length(i) for i in range(first, first + count)]
        size = sum(lengths) + TAG * count
        view = memoryview(sealed)[:size]
        self.handle.seek(self.blob.chunk_offset(first))
        if self.handle.readinto(view) != size:
            raise self.damaged("chunk {index} is cut short", index=first + count - 1)
        read = written = 0
        for index, length in enumerate(lengths, start=first):
            aad = _aad(self.header, index, index == self.blob.chunks - 1, self.blob.blob_id)
            try:
                self.aead.decrypt_into(
                    _nonce(index), view[read : read + length + TAG], aad, out[written : written + length]
                )
            except InvalidTag:
                raise self.damaged("chunk {index} does not authenticate", index=index) from None
            read, written = read + length + TAG, written + length
        return written

    def close(self) -> None:
        self.handle.close()


class BlobReader(io.RawIOBase):
    """A seekable, read-only file over one blob's plaintext (for parsers that seek: mutagen, pypdf)."""

    def __init__(self, blob: BlobFile) -> None:
        super().__init__()
        self._source = _Opener(blob)
        self._blob = blob
        self._position = 0
        self._sealed = bytearray(blob.chunk_size + TAG)
        self._plain = bytearray(blob.chunk_size)
        self._cached = -1

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: self._blob.size}[whence]
        if base + offset < 0:
            raise ValueError("negative seek position")
        self._position = base + offset
        return self._position

    def readinto(self, buffer: Any) -> int:
        out = memoryview(buffer).cast("B")
        done = 0
        while done < len(out) and self._position < self._blob.size:
            index, start = divmod(self._position, self._blob.chunk_size)
            if index != self._cached:
                self._source.decrypt_into(index, self._sealed, memoryview(self._plain))
                self._cached = index
            end = min(self._blob.chunk_size, self._blob.size - index * self._blob.chunk_size)
            part = min(end - start, len(out) - done)
            out[done : done + part] = memoryview(self._plain)[start : start + part]
            done, self._position = done + part, self._position + part
        return done

    def close(self) -> None:
        if not self.closed:
            self._source.close()
        super().close()


def open_reader(conn: db.Connection, blob_id: str) -> BlobReader:
    return BlobReader(locate(conn, blob_id))


def iter_plain(blob: BlobFile) -> Iterator[memoryview]:
    """The plaintext in batches, decrypted one batch ahead in a thread (each view is valid until the next).

    Padding is authenticated (every chunk is decrypted) but not yielded.
    """
    source = _Opener(blob)
    batch = blob.chunk_size * BATCH_CHUNKS
    buffers = [bytearray(batch) for _ in range(2)]
    sealed = bytearray((blob.chunk_size + TAG) * BATCH_CHUNKS)

    def decrypt_batch(number: int, out: bytearray) -> int:
        first = number * BATCH_CHUNKS
        return source.decrypt_run(first, min(BATCH_CHUNKS, blob.chunks - first), sealed, memoryview(out))

    batches = -(-blob.chunks // BATCH_CHUNKS)
    worker = ThreadPoolExecutor(1, thread_name_prefix="saksi-open")
    try:
        pending = worker.submit(decrypt_batch, 0, buffers[0])
        given = 0
        for number in range(batches):
            length = pending.result()
            if number + 1 < batches:
                pending = worker.submit(decrypt_batch, number + 1, buffers[(number + 1) % 2])
            real = min(length, blob.size - given)
            given += real
            if real > 0:
                yield memoryview(buffers[number % 2])[:real]
    finally:
        worker.shutdown(wait=True, cancel_futures=True)
        source.close()


def copy_plain_to(blob: BlobFile, fd: int) -> None:
    """Write a blob's plaintext to ``fd`` (decrypting a batch ahead of the write), then fsync it."""
    written = flushed = 0
    for view in iter_plain(blob):
        rest = view
        while rest:
            rest = rest[os.write(fd, rest) :]
        written += len(view)
        if written - flushed >= WRITEBACK_BYTES:
            start_writeback(fd, flushed, written - flushed)
            flushed = written
    os.fsync(fd)


def check(blob: BlobFile) -> str:
    """'' when every chunk authenticates, else what is wrong (without decrypting into the caller's memory)."""
    try:
        for _view in iter_plain(blob):
            pass
    except VaultDamaged as exc:
        return exc.message
    return ""


def index(conn: db.Connection) -> list[BlobFile]:
    folder = folder_of(conn)
    rows = conn.execute(
        "SELECT f.blob_id, f.file, f.key, b.size, b.chunks, f.chunk_size FROM blob_files f"
        " JOIN blobs b ON b.id = f.blob_id ORDER BY f.file"
    )
    return [BlobFile(r[0], folder / f"{r[1]}{SUFFIX}", bytes(r[2]), r[3], r[4], r[5]) for r in rows]


def verify(conn: db.Connection) -> list[tuple[str, str]]:
    """(blob id, problem) for every indexed file that is missing, of the wrong size or does not authenticate."""
    if not has_index(conn):
        return []
    problems = [(blob.blob_id, problem) for blob in index(conn) if (problem := check(blob))]
    rotating = db.scalar(conn, "SELECT value FROM meta WHERE key = 'blob_rotation'")
    if rotating is not None:
        left = db.scalar(conn, "SELECT count(*) FROM blob_files WHERE key_generation < ?", (int(rotating),))
        problems.append(
            (
                "",
                f"A data key rotation stopped before {left} evidence file(s) were re-encrypted with new keys; "
                "rotate the data key again to finish.",
            )
        )
    return problems


# ----------------------------------------------------------------------------- deleting
def trash(conn: db.Connection, blob_id: str) -> None:
    """Forget a blob's key and name its file for ``purge`` (inside the caller's transaction)."""
    conn.execute("INSERT OR IGNORE INTO blob_trash(file) SELECT file FROM blob_files WHERE blob_id = ?", (blob_id,))
    conn.execute("DELETE FROM blob_files WHERE blob_id = ?", (blob_id,))


def purge(conn: db.Connection) -> None:
    """Unlink the files of committed deletions (best effort: a file still open elsewhere waits for next time)."""
    if conn.in_transaction or not has_index(conn):
        return
    folder = folder_of(conn)
    gone = []
    for (file,) in conn.execute("SELECT file FROM blob_trash").fetchall():
        try:
            (folder / f"{file}{SUFFIX}").unlink(missing_ok=True)
            gone.append((file,))
        except OSError:
            continue
    if gone:
        with db.transaction(conn):
            conn.executemany("DELETE FROM blob_trash WHERE file = ?", gone)
        with _not_waiting(conn), suppress(dbapi2.Error, SaksiError):  # drop the WAL's older copies of the keys' pages
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # (busy while another window reads: next time)


def sweep(conn: db.Connection) -> int:
    """Remove files no committed row names (a crash or kill -9 mid-import); returns how many.

    Runs only while it can take the write lock at once: every blob file is written under that lock, so
    no import is under way and an unnamed file is garbage. When busy, it waits for the next unlock.
    """
    if not has_index(conn):
        return 0
    purge(conn)
    folder = folder_of(conn)
    if not folder.is_dir():
        return 0
    with _not_waiting(conn):
        try:
            conn.execute("BEGIN IMMEDIATE")
        except SaksiError:  # busy (another window), or a disk that cannot take the lock: next time
            return 0
    removed = 0
    try:
        named = {r[0] for r in conn.execute("SELECT file FROM blob_files")}
        for path in folder.iterdir():
            if path.suffix == SUFFIX and path.stem not in named:
                with suppress(OSError):  # e.g. still open in another program on Windows: next time
                    path.unlink(missing_ok=True)
                    removed += 1
    finally:
        conn.execute("ROLLBACK")
    return removed


@contextmanager
def _not_waiting(conn: db.Connection) -> Iterator[None]:
    """Fail at once instead of waiting for another connection's lock (housekeeping can wait for next time)."""
    previous = int(db.scalar(conn, "PRAGMA busy_timeout") or 0)
    conn.execute("PRAGMA busy_timeout = 0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout = {previous}")


def _discard_if_unreferenced(conn: db.Connection, path: Path) -> None:
    """After a rollback: the transaction that wrote ``path`` never committed its row."""
    try:
        named = has_index(conn) and db.scalar(conn, "SELECT 1 FROM blob_files WHERE file = ?", (path.stem,))
    except (dbapi2.Error, SaksiError):  # after a rollback: never hide the error that caused it
        return  # the sweep at the next unlock removes it
    if not named:
        with suppress(OSError):  # the sweep at the next unlock removes it
            path.unlink(missing_ok=True)


# ----------------------------------------------------------------------------- copying (backup, restore)
def stored_bytes(conn: db.Connection) -> int:
    if not has_index(conn):
        return 0
    return int(db.scalar(conn, "SELECT coalesce(sum(stored_size), 0) FROM blob_files") or 0)


def copy_into(
    copy: db.Connection,
    source_folder: Path,
    snapshot_again: Callable[[], None],
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Copy the files ``copy``'s index names from ``source_folder`` into the blobs folder beside ``copy``.

    The index is a snapshot; the source goes on changing (a deletion or key rotation unlinks files after
    its commit). A file that vanished means the snapshot is stale: take it again and copy what is new.
    """
    if not has_index(copy):
        return
    target = folder_of(copy)
    for _attempt in range(5):
        wanted = index(copy)
        total, done, missing = sum(stored_size(b.size, b.chunk_size) for b in wanted), 0, False
        if wanted:
            _ensure_folder(target)
        for blob in wanted:
            size = stored_size(blob.size, blob.chunk_size)
            if not _copy_file(source_folder / blob.path.name, blob.path, size):
                missing = True
            done += size
            if progress:
                progress(done, total)
        if not missing:
            _remove_unnamed(target, {b.path.name for b in wanted})
            if wanted:
                fsync_dir(target)
            return
        snapshot_again()
    raise SaksiError("The vault changed too often while it was copied; try the backup again.")


def _copy_file(source: Path, target: Path, size: int) -> bool:
    """Copy (in the kernel where it can) and fsync one file; False when the source is gone.

    A blob file never changes once written, so one already copied in an earlier attempt is kept.
    """
    if target.exists() and target.stat().st_size == size:
        return True
    try:
        shutil.copyfile(source, target)
    except FileNotFoundError:
        if source.exists():
            raise
        target.unlink(missing_ok=True)
        return False
    with target.open("r+b") as out:
        os.fsync(out.fileno())
    return True


def _remove_unnamed(folder: Path, names: set[str]) -> None:
    if folder.is_dir():
        for path in folder.iterdir():
            if path.name not in names:
                path.unlink()


# ----------------------------------------------------------------------------- key rotation
def _current_generation(conn: db.Connection) -> int:
    return int(db.scalar(conn, "SELECT value FROM meta WHERE key = 'blob_key_generation'") or 0)


def rotate_keys(conn: db.Connection, generation: int, progress: Callable[[int, int], None] | None = None) -> None:
    """Re-encrypt every blob under a new key (after the data key was rotated), one transaction per blob.

    An old data key then opens nothing here even with an old copy of vault.db: the files its keys opened
    are gone. Interrupted, the vault still opens (each blob is whole under one key or the other), ``verify``
    says so, and rotating again finishes.
    """
    with db.transaction(conn):
        _set_meta(conn, "blob_rotation", str(generation))
    todo = [r[0] for r in conn.execute("SELECT blob_id FROM blob_files WHERE key_generation < ?", (generation,))]
    for number, blob_id in enumerate(todo, start=1):
        with db.transaction(conn):
            old = locate(conn, blob_id)
            expected = db.scalar(conn, "SELECT sha256 FROM blobs WHERE id = ?", (blob_id,))
            with BlobReader(old) as reader:
                sealed = write(conn, blob_id, reader)
            if sealed.sha256 != expected:
                raise VaultDamaged(
                    "The evidence file {file} does not match its SHA-256; run Verify.", file=f"{FOLDER}/{old.path.name}"
                )
            trash(conn, blob_id)
            record(conn, blob_id, sealed, key_generation=generation)
        purge(conn)
        if progress:
            progress(number, len(todo))
    with db.transaction(conn):
        _set_meta(conn, "blob_key_generation", str(generation))
        conn.execute("DELETE FROM meta WHERE key = 'blob_rotation'")


def _set_meta(conn: db.Connection, key: str, value: str) -> None:
    conn.execute(
        "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value)
    )


# ----------------------------------------------------------------------------- migration from format 4
class _ChunkRows(io.RawIOBase):
    """The chunks of a format-4 blob (rows of ``blob_chunks``) as a stream, one row in memory at a time."""

    def __init__(self, conn: db.Connection, blob_id: str, chunks: int) -> None:
        super().__init__()
        self.conn, self.blob_id, self.chunks = conn, blob_id, chunks
        self.seq, self.pending = 0, memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self.pending and self.seq < self.chunks:
            row = self.conn.execute(
                "SELECT data FROM blob_chunks WHERE blob = ? AND seq = ?", (self.blob_id, self.seq)
            ).fetchone()
            if row is None:
                raise VaultDamaged(
                    "Evidence bytes are missing (chunk {seq}); restore the vault from a backup.", seq=self.seq
                )
            self.pending, self.seq = memoryview(bytes(row[0])), self.seq + 1
        part = min(len(buffer), len(self.pending))
        memoryview(buffer).cast("B")[:part] = self.pending[:part]
        self.pending = self.pending[part:]
        return part


def move_chunks_to_files(conn: db.Connection) -> None:
    """Format 4 -> 5: write every ``blob_chunks`` blob as a sealed file (inside the migration's transaction;
    if it rolls back, the files written so far are removed with it)."""
    for blob_id, sha, chunks in conn.execute("SELECT id, sha256, chunks FROM blobs").fetchall():
        sealed = write(conn, blob_id, _ChunkRows(conn, blob_id, chunks))
        if sealed.sha256 != sha:
            raise VaultDamaged(
                "Stored evidence bytes do not match their SHA-256 ({sha}…); the vault was not migrated. "
                "Restore it from a backup, or run Verify in the earlier version of Saksi.",
                sha=sha[:12],
            )
        record(conn, blob_id, sealed, key_generation=0)
        conn.execute("UPDATE blobs SET chunks = ? WHERE id = ?", (sealed.chunks, blob_id))
